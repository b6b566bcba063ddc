"""dateparser is a fallback: imported on first need, and only ever given a cut-out phrase."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime

import pytest

from intents import fallback, parse

NOW = datetime(2026, 11, 18, 10, 30)
CODE = """
import sys
from datetime import datetime
from intents import parse
now = datetime(2026, 11, 18, 10, 30)
parse("log 1.5h on Smith v Jones yesterday drafting motion", now=now, tz="America/New_York")
parse("tasks due next week", now=now, tz="America/New_York")
print("dateparser" in sys.modules)
parse("task file brief due 3 weeks from tomorrow", now=now, tz="America/New_York")
print("dateparser" in sys.modules)
"""


def test_dateparser_is_imported_only_when_needed() -> None:
    run = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["False", "True"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("task file brief due 3 weeks from tomorrow", "3 weeks from tomorrow"),
        ("task pay invoice due the last day of next year", "the last day of next year"),
        ("log 1h on May v. Smith a fortnight ago call", "a fortnight ago"),
    ],
)
def test_dateparser_sees_only_the_date_phrase(
    monkeypatch: pytest.MonkeyPatch, text: str, phrase: str
) -> None:
    seen: list[str] = []
    read = fallback.read

    def spy(text: str, clock, lean: str) -> date | None:
        seen.append(text)
        return read(text, clock, lean)

    monkeypatch.setattr(fallback, "read", spy)
    parse(text, now=NOW, tz="America/New_York")
    assert seen == [phrase]


def test_plain_messages_never_reach_dateparser(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError(args)

    monkeypatch.setattr(fallback, "read", refuse)
    for text in (
        "log 1.5h on Smith v Jones yesterday drafting motion",
        "spent 2 hours on May v. Smith",
        "0.3 call with March Holdings",
        "log 2h on Sun Microsystems last friday",
        "my tasks due this week",
    ):
        parse(text, now=NOW, tz="America/New_York")
