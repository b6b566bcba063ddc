"""Dates, times and durations as people write them: a converted corpus through `intents.parse`.

Run from the repository root: `python benchmarks/dates_corpus_bench.py [--set SET] [--verbose]
[--json] [--strict]`. The data is under `tests/intents/dates/` (`reference.json` gives the
reference time, Tuesday 2013-02-12 04:30 at UTC-2, read here in the fixed zone `Etc/GMT+2`):

- `everyday`, `wider`: Duckling's English time corpus (`duckling_en.jsonl`, converted by
  `tools/convert_duckling_corpus.py`). Each expression is wrapped in a command whose record takes
  that kind of value, parsed, and the value compared at the expression's grain:
  - a time of day, a range of times, a part of a day or a period ("tonight", "end of the month"):
    `schedule meeting <expr>`, `start_at`/`end_at` as local wall time (`all_day` is no time);
  - one day: `schedule meeting <expr>` (the date of `start_at`), or `log 1h on Smith v Jones
    <expr>` (`date`) when the day is before the reference day: work done leans to the past;
  - a week, month or year, and "last/next N days/weeks/...": a search's window against the whole
    period: `time entries <expr>` (`start_date`..`end_date`) when it starts on or before the
    reference day, else `calendar entries <expr>` (`from`..`to`): planned things lean to the
    future;
  - a deadline ("by EOM", "by 2:00pm"): `task draft the brief <expr>`, `due_at` (tasks carry a
    date: a deadline at a time of day is compared on its date).
  Instants compare at their grain, ranges at both ends, windows and whole periods exactly, parts
  of a day or period by the reading falling within them.
- `negative`: Duckling's negative corpus, `schedule meeting <text>` must read no date or time.
- `issue`: the issue's own examples (`issue_examples.jsonl`), whole messages with the expected
  record fields (and `absent` ones), or `ask` where the reading must signal doubt.

Outcomes: right; asked (not right, but the intent says it is unsure: an alternative, a hint or an
assumption other than a plain default); not read (no value); wrong (a confident wrong value, the
worst). "words left" counts right values whose expression left words in the record's text.
dateparser (`parse`, else the first `search_dates` hit; `languages=["en"]`, `RELATIVE_BASE` the
reference time, `PREFER_DATES_FROM` past for the past-leaning wrapper, else future) runs on the
same expressions for comparison; it gives one datetime, so an interval counts as right when that
datetime is its start (ranges) or falls within it (periods, windows, whole weeks/months/years).

Exit code: 0; 1 with `--strict` when a target of the issue is missed (everyday >= 95% right with
no wrong value, wider >= 85%); 2 when the data is missing or malformed.
"""

from __future__ import annotations

import argparse
import calendar
import json
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATA = ROOT / "tests" / "intents" / "dates"
SETS = ("everyday", "wider", "negative", "issue")
TIME_GRAINS = ("second", "minute", "hour")
WHOLE_PERIODS = ("week", "month", "year")
TARGETS = {"everyday": 95.0, "wider": 85.0}

CALENDAR = "schedule meeting {}"
TIME_ENTRY = "log 1h on Smith v Jones {}"
SEARCH = "time entries {}"
PLANNED = "calendar entries {}"
TASK = "task draft the brief {}"
_CLEAN = {  # what each wrapper's record holds when the expression was read whole
    CALENDAR: ("calendar_entries", "create", {"summary", "start_at", "end_at", "all_day"}, {}),
    TIME_ENTRY: (
        "activities",
        "create",
        {"type", "quantity", "date"},
        {"matter": "Smith v Jones"},
    ),
    SEARCH: ("activities", "search", {"type", "start_date", "end_date"}, {}),
    PLANNED: ("calendar_entries", "search", {"from", "to"}, {}),
    TASK: ("tasks", "create", {"name", "due_at"}, {}),
}
_TEXT = {CALENDAR: ("summary", "meeting"), TASK: ("name", "draft the brief")}
# assumptions that state a plain default, not doubt about the reading
_PLAIN = ("no time given", "no title given", "no date given", "time of day dropped", "no matter")


@dataclass(frozen=True)
class Got:
    """A value read: local wall-time start and end (equal for one moment or one day)."""

    start: datetime
    end: datetime
    all_day: bool = False


@dataclass
class Result:
    """One example's outcome."""

    set: str
    text: str
    message: str
    outcome: str
    expected: Any
    got: str | None
    words_left: bool = False
    micros: float = 0.0
    dateparser: str | None = None
    dateparser_got: str | None = None
    dateparser_micros: float = 0.0


# --- data --------------------------------------------------------------------------------------


def load(name: str) -> list[dict[str, Any]]:
    """The JSON lines of one data file."""
    return [json.loads(line) for line in (DATA / name).read_text().splitlines() if line.strip()]


def _period(start: date, grain: str) -> tuple[date, date]:
    """The first and last day of the week, month or year starting at `start`."""
    if grain == "week":
        return start, start + timedelta(days=6)
    if grain == "month":
        return start, start.replace(day=calendar.monthrange(start.year, start.month)[1])
    return start, start.replace(month=12, day=31)


def _floor(moment: datetime, grain: str) -> datetime:
    moment = moment.replace(microsecond=0)
    if grain in ("minute", "hour"):
        moment = moment.replace(second=0)
    return moment.replace(minute=0) if grain == "hour" else moment


def wrapper(line: dict[str, Any], today: date) -> str:
    """The command an expression is wrapped in (see the module docstring)."""
    kind, grain = line["kind"], line["grain"]
    if kind == "deadline":
        return TASK
    first = date.fromisoformat((line["interval"][0] if "interval" in line else line["value"])[:10])
    if kind == "window" or (kind == "instant" and grain in WHOLE_PERIODS):
        return SEARCH if first <= today else PLANNED
    if kind == "instant" and grain == "day" and first < today:
        return TIME_ENTRY
    return CALENDAR


# --- reading an intent -------------------------------------------------------------------------


class Reader:
    """Reads an `Intent` back as local wall time in the reference zone."""

    def __init__(self, zone: ZoneInfo) -> None:
        self.zone = zone

    def local(self, text: str) -> datetime:
        return datetime.fromisoformat(text).astimezone(self.zone).replace(tzinfo=None)

    def value(self, intent: Any, wrap: str) -> Got | None:
        """The value the wrapper's record took, or None when no date or time was read."""
        resource, action, _, _ = _CLEAN[wrap]
        fields = intent.fields
        if (intent.resource, intent.action) != (resource, action):
            return None
        if wrap == CALENDAR:
            unread = any(a.startswith("no date given") for a in intent.assumptions)
            if "start_at" not in fields or (unread and fields.get("all_day")):
                return None
            start, end = self.local(fields["start_at"]), self.local(fields["end_at"])
            return Got(start, end, bool(fields.get("all_day")))
        if wrap == TIME_ENTRY:
            if "date" not in fields or "no date given: today" in intent.assumptions:
                return None
            return _days(fields["date"], fields["date"])
        if wrap == SEARCH:
            if "start_date" not in fields or "end_date" not in fields:
                return None
            return _days(fields["start_date"], fields["end_date"])
        if wrap == PLANNED:
            if "from" not in fields or "to" not in fields:
                return None
            return Got(self.local(fields["from"]), self.local(fields["to"]), all_day=True)
        return _days(fields["due_at"], fields["due_at"]) if "due_at" in fields else None


def _days(first: str, last: str) -> Got:
    return Got(datetime.fromisoformat(first), datetime.fromisoformat(last), all_day=True)


def words_left(intent: Any, wrap: str) -> bool:
    """The expression left words in the record (title, note, refs, query or unparsed)."""
    _, _, allowed, refs = _CLEAN[wrap]
    text_field, own = _TEXT.get(wrap, (None, None))
    return (
        bool(set(intent.fields) - allowed - ({text_field} if text_field else set()))
        or intent.refs != refs
        or bool(intent.unparsed)
        or (text_field is not None and intent.fields.get(text_field) != own)
    )


def doubts(intent: Any) -> bool:
    """The intent says it is unsure: an alternative, a hint, or an assumption beyond a default."""
    return (
        bool(intent.alternatives)
        or intent.hint is not None
        or any(not a.startswith(_PLAIN) for a in intent.assumptions)
    )


# --- judging -------------------------------------------------------------------------------------


def expected_bounds(line: dict[str, Any]) -> tuple[datetime, datetime]:
    """The expected value as (start, end) datetimes; a whole week/month/year as its days."""
    if "interval" in line:
        first, last = line["interval"]
        return datetime.fromisoformat(first), datetime.fromisoformat(last)
    value = datetime.fromisoformat(line["value"])
    if line["kind"] == "instant" and line["grain"] in WHOLE_PERIODS:
        first, last = _period(value.date(), line["grain"])
        return datetime.combine(first, value.time()), datetime.combine(last, value.time())
    return value, value


def right(line: dict[str, Any], got: Got, one_point: bool = False) -> bool:
    """The value at the expression's grain. `one_point`: dateparser gives one datetime only."""
    kind, grain = line["kind"], line["grain"]
    first, last = expected_bounds(line)
    if kind == "deadline":
        return got.end.date() == first.date()
    if kind == "period" or (one_point and (kind == "window" or grain in WHOLE_PERIODS)):
        if grain in TIME_GRAINS:
            return first <= got.start and got.end <= last
        return first.date() <= got.start.date() and got.end.date() <= last.date()
    if kind == "window" or grain in WHOLE_PERIODS:
        return (got.start.date(), got.end.date()) == (first.date(), last.date())
    ends = [(got.start, first)]
    if kind == "range" and not one_point:
        ends.append((got.end, last))
    if grain in TIME_GRAINS:
        return not got.all_day and all(_floor(g, grain) == _floor(e, grain) for g, e in ends)
    return all(g.date() == e.date() for g, e in ends)


def outcome(value_right: bool, intent: Any, read: bool) -> str:
    if value_right:
        return "right"
    if doubts(intent):
        return "asked"
    return "wrong" if read else "unread"


def _show(got: Got | None) -> str | None:
    if got is None:
        return None
    if got.all_day:
        first, last = got.start.date().isoformat(), got.end.date().isoformat()
        return first if first == last else f"{first}..{last}"
    first, last = got.start.isoformat(), got.end.isoformat()
    return first if first == last else f"{first}..{last}"


# --- running -------------------------------------------------------------------------------------


class Bench:
    """Runs the sets through `intents.parse` (and dateparser) at the reference time."""

    def __init__(self, reference: dict[str, Any], with_dateparser: bool) -> None:
        from intents import parse

        self.parse = parse
        self.now = datetime.fromisoformat(reference["now"])
        self.tz = reference["tz"]
        self.reader = Reader(ZoneInfo(self.tz))
        self.with_dateparser = with_dateparser

    def _timed(self, text: str, date_order: str = "MDY") -> tuple[Any, float]:
        self.parse(text, now=self.now, tz=self.tz, date_order=date_order)  # warm, then time
        start = time.perf_counter_ns()
        intent = self.parse(text, now=self.now, tz=self.tz, date_order=date_order)
        return intent, (time.perf_counter_ns() - start) / 1000

    def _dateparser(self, text: str, lean: str) -> tuple[Got | None, float]:
        import dateparser
        from dateparser.search import search_dates

        settings = {"RELATIVE_BASE": self.now, "PREFER_DATES_FROM": lean}
        start = time.perf_counter_ns()
        found = dateparser.parse(text, languages=["en"], settings=settings)
        if found is None:
            hits = search_dates(text, languages=["en"], settings=settings)
            found = hits[0][1] if hits else None
        micros = (time.perf_counter_ns() - start) / 1000
        if found is None:
            return None, micros
        if found.tzinfo is not None:
            found = found.astimezone(self.reader.zone).replace(tzinfo=None)
        return Got(found, found), micros

    def duckling(self, line: dict[str, Any]) -> Result:
        wrap = wrapper(line, self.now.date())
        message = wrap.format(line["text"])
        intent, micros = self._timed(message)
        got = self.reader.value(intent, wrap)
        is_right = got is not None and right(line, got)
        expected = line.get("value", line.get("interval"))
        result = Result(
            line["set"],
            line["text"],
            message,
            outcome(is_right, intent, got is not None),
            expected,
            _show(got),
            is_right and words_left(intent, wrap),
            micros,
        )
        if self.with_dateparser:
            theirs, result.dateparser_micros = self._dateparser(
                line["text"], "past" if wrap == TIME_ENTRY else "future"
            )
            result.dateparser_got = _show(theirs)
            result.dateparser = (
                "unread"
                if theirs is None
                else "right"
                if right(line, theirs, one_point=True)
                else "wrong"
            )
        return result

    def negative(self, line: dict[str, Any]) -> Result:
        message = CALENDAR.format(line["text"])
        intent, micros = self._timed(message)
        got = self.reader.value(intent, CALENDAR)
        verdict = "right" if got is None else "asked" if doubts(intent) else "wrong"
        result = Result("negative", line["text"], message, verdict, None, _show(got), False, micros)
        if self.with_dateparser:
            theirs, result.dateparser_micros = self._dateparser(line["text"], "future")
            result.dateparser = "right" if theirs is None else "wrong"
            result.dateparser_got = _show(theirs)
        return result

    def issue(self, line: dict[str, Any]) -> Result:
        intent, micros = self._timed(line["text"], line.get("date_order", "MDY"))
        shown = json.dumps(
            {"resource": intent.resource, "action": intent.action, "fields": intent.fields}
            | ({"assumptions": intent.assumptions} if intent.assumptions else {})
            | ({"hint": intent.hint} if intent.hint else {})
        )
        if line.get("ask"):
            verdict = "right" if doubts(intent) else "wrong"
            return Result(
                "issue", line["text"], line["text"], verdict, "asks", shown, False, micros
            )
        expect = line["expect"]
        fields = intent.fields
        matches = (
            (intent.resource, intent.action) == (expect["resource"], expect["action"])
            and all(fields.get(k) == v for k, v in expect["fields"].items())
            and not any(k in fields for k in line.get("absent", []))
        )
        read = all(k in fields for k in expect["fields"])
        verdict = outcome(matches, intent, read)
        return Result("issue", line["text"], line["text"], verdict, expect, shown, False, micros)


# --- reporting -----------------------------------------------------------------------------------


def totals(results: list[Result]) -> dict[str, Any]:
    counts = Counter(r.outcome for r in results)
    found: dict[str, Any] = {
        "n": len(results),
        "right": counts["right"],
        "right_pct": round(100 * counts["right"] / len(results), 1) if results else 0.0,
        "wrong": counts["wrong"],
        "unread": counts["unread"],
        "asked": counts["asked"],
        "words_left": sum(r.words_left for r in results),
        "median_us": round(statistics.median(r.micros for r in results), 1) if results else 0.0,
    }
    if results and results[0].dateparser is not None:
        theirs = Counter(r.dateparser for r in results)
        found["dateparser"] = {
            "right": theirs["right"],
            "right_pct": round(100 * theirs["right"] / len(results), 1),
            "wrong": theirs["wrong"],
            "unread": theirs["unread"],
            "median_us": round(statistics.median(r.dateparser_micros for r in results), 1),
        }
    return found


def targets_met(summary: dict[str, dict[str, Any]]) -> dict[str, bool]:
    met = {}
    if "everyday" in summary:
        everyday = summary["everyday"]
        met["everyday"] = everyday["right_pct"] >= TARGETS["everyday"] and everyday["wrong"] == 0
    if "wider" in summary:
        met["wider"] = summary["wider"]["right_pct"] >= TARGETS["wider"]
    return met


def print_report(
    reference: dict[str, Any],
    summary: dict[str, dict[str, Any]],
    results: list[Result],
    verbose: bool,
) -> None:
    print(
        f"dates corpus: reference {reference['weekday']} {reference['now'].replace('T', ' ')} "
        f"UTC{reference['utc_offset']} ({reference['tz']}); Duckling EN (BSD) + issue examples"
    )
    print(
        f"{'set':<10}{'n':>5}{'right':>9}{'wrong':>7}{'unread':>8}{'asked':>7}"
        f"{'words left':>12}{'median parse':>15}"
    )
    for name, row in summary.items():
        print(
            f"{name:<10}{row['n']:>5}{row['right_pct']:>8.1f}%{row['wrong']:>7}{row['unread']:>8}"
            f"{row['asked']:>7}{row['words_left']:>12}{row['median_us']:>12.1f} us"
        )
    for name, row in summary.items():
        if "dateparser" in row:
            theirs = row["dateparser"]
            print(
                f"dateparser {name:<9} right {theirs['right_pct']:5.1f}%  wrong {theirs['wrong']:>3}"
                f"  unread {theirs['unread']:>3}  median {theirs['median_us']:8.1f} us"
            )
    met = targets_met(summary)
    if met:
        print(
            "targets: "
            + "; ".join(
                f"{name} >= {TARGETS[name]:.0f}%"
                + (" with no wrong value" if name == "everyday" else "")
                + f": {'met' if ok else 'MISSED'}"
                for name, ok in met.items()
            )
        )
    if verbose:
        for result in results:
            if result.outcome != "right" or result.words_left:
                label = "right, words left" if result.outcome == "right" else result.outcome
                print(
                    f"[{result.set}] {label}: {result.message!r}\n"
                    f"    expected {json.dumps(result.expected)}\n    got      {result.got}"
                )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=SETS, help="run one set only")
    parser.add_argument("--verbose", action="store_true", help="list each failure")
    parser.add_argument("--json", action="store_true", help="print JSON for machine reading")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--no-dateparser", action="store_true", help="skip the comparison")
    args = parser.parse_args(argv)
    try:
        reference = json.loads((DATA / "reference.json").read_text())
        duckling = load("duckling_en.jsonl")
        negative = load("duckling_en_negative.jsonl")
        issue = load("issue_examples.jsonl")
    except (OSError, ValueError) as error:
        print(f"dates corpus: cannot read the data under {DATA}: {error}", file=sys.stderr)
        return 2
    chosen = [args.set] if args.set else list(SETS)
    bench = Bench(reference, with_dateparser=not args.no_dateparser)
    results: list[Result] = []
    summary: dict[str, dict[str, Any]] = {}
    for name in chosen:
        if name == "negative":
            found = [bench.negative(line) for line in negative]
        elif name == "issue":
            found = [bench.issue(line) for line in issue]
        else:
            found = [bench.duckling(line) for line in duckling if line["set"] == name]
        results += found
        summary[name] = totals(found)
    met = targets_met(summary)
    if args.json:
        print(
            json.dumps(
                {
                    "reference": reference,
                    "sets": summary,
                    "targets_met": met,
                    "examples": [vars(r) for r in results],
                },
                indent=1,
            )
        )
    else:
        print_report(reference, summary, results, args.verbose)
    return 1 if args.strict and not all(met.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
