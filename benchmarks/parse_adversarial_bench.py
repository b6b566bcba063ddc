"""Speed of `intents.parse` on hostile text: does parsing stay linear in the message's length?

Run from the repository root: `python benchmarks/parse_adversarial_bench.py [--all]`. Each input
family repeats one unit (a cue word, a date, a mention, a run of digits...) after a command that
reads it, to 1,000, 4,000, 16,000 and 40,000 characters (40,000 is Slack's longest message).
For each family it prints the time of one parse at each size (median of several), the slope of
a log-log fit of time against size (1 is linear, 2 quadratic) and, as the baseline measured in
the same process, how many times slower the 40,000-character parse is than one regex pass that
splits the same text into words. `--all` tries every unit after every command instead.
Times are the CPU time of the parsing thread: on an idle machine that is the wall time, and
other work on a shared machine does not count.
Targets: every 4,000-character parse at most 20 ms; every slope at most 1.3. Exits 1 when
either is missed.
"""

from __future__ import annotations

import math
import re
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = (1_000, 4_000, 16_000, 40_000)
TARGET_4K_MS = 20.0
TARGET_SLOPE = 1.3
NOW = datetime(2026, 11, 18, 10, 30)
TZ = "America/New_York"
WORDS = re.compile(r"\w+|\S")

# Commands that send the rest of the message to each grammar.
COMMANDS = {
    "time": "log 1h ",
    "expense": "expense $5 ",
    "task": "task ",
    "move task": "move task 12 ",
    "calendar": "schedule meeting ",
    "email": "email ",
    "note": "note on Smith: ",
    "matters": "find matters ",
    "new matter": "new matter ",
    "contact": "add contact ",
    "watch": "watch tasks ",
    "my tasks": "my tasks ",
    "my time": "my time ",
    "upload": "upload ",
    "bills": "bills ",
    "payment": "payment link ",
    "timer": "start timer ",
    "damages": "damages ",
    "users": "users ",
    "help": "help ",
    "none": "",
}

MIXED = (
    "log 1.5h on Smith v Jones re: <@U02ABC> nov 3 11/12 at 3pm for 2h due friday "
    "<https://app.clio.com/nc/#/matters/1045|matter> 00042-Smith $45.20 日本語 😀 *bold* ~x~ "
)

# family -> (command, repeated unit)
FAMILIES: dict[str, tuple[str, str]] = {
    "cue to": ("time", "to "),
    "cue for": ("time", "for "),
    "cue on": ("time", "on "),
    "cue re": ("time", "re "),
    "cue in": ("time", "in "),
    "cue at": ("calendar", "at "),
    "cue with": ("calendar", "with "),
    "cue every": ("calendar", "every "),
    "cue due": ("task", "due "),
    "cue by": ("task", "by "),
    "cue to, task update": ("move task", "to "),
    "cue until": ("contact", "until "),
    "cue from": ("email", "from "),
    "cue of": ("matters", "of "),
    "cue the": ("note", "the "),
    "cue matter": ("upload", "matter "),
    "cue case": ("watch", "case "),
    "case name": ("time", "Smith v "),
    "capitals": ("matters", "Smith "),
    "company": ("contact", "Inc "),
    "date nov 3": ("time", "nov 3 "),
    "date 11/12": ("time", "11/12 "),
    "date tomorrow": ("task", "tomorrow "),
    "date the 5th": ("calendar", "the 5th "),
    "date next week": ("my tasks", "next week "),
    "date 3 weeks ago": ("my time", "3 weeks ago "),
    "time 3pm": ("calendar", "3pm "),
    "time 9:30/": ("calendar", "9:30/"),
    "numbers": ("calendar", "1 "),
    "duration 1h": ("none", "1h "),
    "duration 2h30m": ("time", "2h30m "),
    "money $5": ("expense", "$5 "),
    "priority": ("task", "high priority "),
    "mention": ("task", "<@U123> "),
    "link": ("time", "<https://x|y> "),
    "email address": ("contact", "a@b.co "),
    "phone": ("contact", "555-1234 "),
    "display number": ("time", "00042-Smith "),
    "hash id": ("calendar", "#12 "),
    "bold": ("users", "*a* "),
    "struck": ("timer", "~"),
    "html entity": ("note", "&amp; "),
    "apostrophes": ("damages", "'"),
    "angle brackets": ("payment", "<"),
    "digits": ("time", "1234567890"),
    "joined words": ("time", "a-"),
    "struck, commas": ("move task", "~a~, "),
    "trailing punctuation": ("help", "! "),
    "punctuation": ("time", ".,;:!?-/"),
    "whitespace": ("time", " \t\n"),
    "one long word": ("none", "a"),
    "japanese": ("time", "日本語の文章 "),
    "emoji": ("time", "😀🎉 "),
    "mixed": ("none", MIXED),
}


def message(command: str, unit: str, size: int) -> str:
    """`command` followed by `unit` repeated, cut to `size` characters."""
    head = COMMANDS[command]
    return (head + unit * (size // len(unit) + 1))[:size]


def _parse(text: str) -> None:
    from intents import parse

    parse(text, now=NOW, tz=TZ)


def timed(call, text: str, size: int) -> float:
    """Median milliseconds of one call (fewer rounds for the longest texts)."""
    rounds = 5 if size <= 4_000 else 3
    found = []
    for _ in range(rounds):
        start = time.thread_time()
        call(text)
        found.append((time.thread_time() - start) * 1000)
    return statistics.median(found)


def slope(times: list[float]) -> float:
    """The exponent of a least-squares fit time = a * size ** slope."""
    xs = [math.log(size) for size in SIZES]
    ys = [math.log(max(t, 1e-3)) for t in times]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )


def main(argv: list[str]) -> int:
    _parse("log 1.5h on Smith v Jones yesterday drafting motion")  # imports, warm caches
    if "--all" in argv:
        units = sorted({unit for _, unit in FAMILIES.values()})
        families = {f"{c} + {u!r}": (c, u) for c in COMMANDS for u in units}
    else:
        families = FAMILIES
    print(f"intents.parse on {len(families)} input families; CPU ms per parse (median)")
    header = "".join(f"{size:>10,}" for size in SIZES)
    print(f"{'family':<34}{header}   slope   x words@40K")
    worst_4k, worst_slope = ("", 0.0), ("", 0.0)
    for name, (command, unit) in families.items():
        texts = [message(command, unit, size) for size in SIZES]
        for text in texts[:2]:
            _parse(text)  # this family's grammar imported, caches warm
        times = [timed(_parse, text, size) for text, size in zip(texts, SIZES, strict=True)]
        baseline = timed(WORDS.findall, texts[-1], SIZES[-1])
        fit = slope(times)
        cells = "".join(f"{t:10.2f}" for t in times)
        print(f"{name:<34}{cells}   {fit:5.2f}   {times[-1] / baseline:8.0f}", flush=True)
        if times[1] > worst_4k[1]:
            worst_4k = (name, times[1])
        if fit > worst_slope[1]:
            worst_slope = (name, fit)
    ok_time = worst_4k[1] <= TARGET_4K_MS
    ok_slope = worst_slope[1] <= TARGET_SLOPE
    print(
        f"worst at 4,000 characters: {worst_4k[1]:.2f} ms ({worst_4k[0]}); "
        f"target <= {TARGET_4K_MS:.0f} ms: {'ok' if ok_time else 'MISSED'}"
    )
    print(
        f"worst slope: {worst_slope[1]:.2f} ({worst_slope[0]}); "
        f"target <= {TARGET_SLOPE}: {'ok' if ok_slope else 'MISSED'}"
    )
    return 0 if ok_time and ok_slope else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
