"""Parsing time grows linearly with the message: a text four times longer costs at most about
four times as much, whatever is repeated in it (the benchmark `parse_adversarial_bench.py`
measures the same at 1-40 KB and prints the figures).

Times are the CPU time of this thread (the best of a few runs), so other work on the machine
does not count; a quadratic path costs 16 times as much at four times the length, far above
the bound.
"""

from __future__ import annotations

import gc
import time
from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from intents import parse

NOW = datetime(2026, 11, 18, 10, 30)
SHORT, LONG = 1_000, 4_000
RATIO, SLACK_MS = 8.0, 3.0  # linear is about 4; quadratic 16

COMMANDS = st.sampled_from(
    [
        "log 1h ",
        "task ",
        "move task 12 ",
        "schedule meeting ",
        "email ",
        "note on Smith: ",
        "find matters ",
        "new matter ",
        "add contact ",
        "update contact Jane ",
        "watch tasks ",
        "my time ",
        "upload ",
        "bills ",
        "payment link ",
        "start timer ",
        "damages ",
        "",
    ]
)
REPEATED = (
    "to for on re at with due from every in by of the matter case v opened title email a I 1 "
    "1h 2h30m 3pm 9:30 nov 3 11/12 tomorrow friday the 5th ago $5 #12 00042-Smith Smith Inc "
    "a@b.co 555-1234 <@U123> <https://x|y> *a* ~a~ 's & - , . : / ( ) 日本語 😀"
)
UNITS = st.sampled_from(REPEATED.split())
SEPARATORS = st.sampled_from([" ", " ", " ", "", ", ", "-", "'", "/", "."])
RANDOM_UNIT = st.text(min_size=1, max_size=8)


def _cpu_ms(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.thread_time()
        parse(text, now=NOW, tz="America/New_York")
        best = min(best, time.thread_time() - start)
    return best * 1000


def _repeated(command: str, unit: str, size: int) -> str:
    return (command + unit * (size // len(unit) + 1))[:size]


def _assert_linear(command: str, unit: str) -> None:
    short, long = _repeated(command, unit, SHORT), _repeated(command, unit, LONG)
    parse(long, now=NOW, tz="America/New_York")  # the grammar imported, caches warm
    gc.disable()
    try:
        small, large = _cpu_ms(short), _cpu_ms(long)
    finally:
        gc.enable()
    assert large <= RATIO * small + SLACK_MS, (command, unit, small, large)


@settings(max_examples=40, deadline=None)
@given(COMMANDS, UNITS, SEPARATORS)
def test_parse_time_is_linear_in_repeated_words(command: str, word: str, separator: str) -> None:
    _assert_linear(command, word + separator)


@settings(max_examples=40, deadline=None)
@given(COMMANDS, RANDOM_UNIT)
def test_parse_time_is_linear_in_any_repeated_text(command: str, unit: str) -> None:
    _assert_linear(command, unit)
