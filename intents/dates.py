"""Date phrases: find them in free text and resolve them against the user's today.

Common phrases are read here with precompiled patterns and calendar arithmetic; anything left
that still looks like a date goes to dateparser (`fallback.py`), one cut-out phrase at a time.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal, Protocol

from intents import lazy, prefilter
from intents.clock import Clock
from intents.lexicon import (
    NARRATIVE_BEFORE,
    NARRATIVE_NOUNS,
    OF_RECORD_AFTER,
    ORDINAL_PATTERN,
    ORDINALS,
    REQUEST_CUES,
    STORY_ACTS,
    TALK_ACTS,
)
from intents.numbers import WORD_PATTERN, number
from intents.scan import Scan, ending_at

Lean = Literal["past", "future"]
Period = Literal["day", "week", "weekend", "month", "quarter", "year", "range"]

MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|wednsday|wensday|wedensday"
    r"|thrusday|thursdy|tuseday|tusday|firday|weds|tues|thurs|thrus|thur|tue|thu|fri)"
)
WEEKDAY_ANY = rf"(?:{WEEKDAY}|mon|wed|sat|sun)"
# "mon", "wed", "sat", "sun" are words too: a weekday only before a time ("wed 2pm", "mon 9-10"),
# after a cue of when ("by mon", "starting wed", "on sat", "remind me wed") or as a clause's last
# word.
_SHORT_WEEKDAY = (
    r"(?:(?<=\bon\s)|(?<=\bby\s)|(?<=\bdue\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\bstarting\s)"
    r"|(?<=\bbefore\s)|(?<=\bremind\sme\s)|(?<=\bweek\s)|(?<=\bwk\s))(?:mon|wed|sat|sun)(?=\b)"  # "remind me wed to ..."
    r"|(?:mon|wed|sat|sun)(?=\s+(?:at\s+|@\s*|from\s+)?\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\b|-|–|\s*$|,"
    r"|\s(?:to|til|till|until)\s+\d))"  # "wed 11:30 to 12:30"
    # set off as a clause of its own at the end: "..., wed", "... - mon", "... // sat."
    r"|(?:(?<=[,;/–—]\s)|(?<=[,;/–—])|(?<=\s-\s))(?:mon|wed|sat|sun)(?=\s*[.!]?\s*$)"
    # "mon" and "wed" (seldom words in a request) closing a clause: "an hour wed, court
    # appearance", "$7.80 postage patel mon"
    r"|(?<=\s)(?:mon|wed)(?=\s*(?:,|[.!]?\s*$))"
    # ... or before a length: "drafted parental leave section sun 1.7 hrs"
    r"|(?<=\s)(?:mon|wed|sat|sun)(?=\s+\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|mins?|minutes?)\b)"
    # ... or before what the work was on: "2.4h of legal research mon on retaliation claims"
    r"|(?<=\s)(?:mon|wed)(?=\s+(?:on|about|regarding|for|with|w/)\s)"
    # a part of the day after it, or a topic: "wed afternoon", "sat night", "called him wed re
    # the docs"; after a length or "of": "2.5 sat prepping", "spent most of wed at their offices"
    r"|(?:mon|wed|sat|sun)(?=\s+(?:morning|afternoon|evening|night|am|pm|a\.m\.|p\.m\.|re|abt)\b)"
    r"|(?:(?<=\bof\s)|(?<=\d\s)|(?<=\dh\s)|(?<=hr\s)|(?<=hrs\s)|(?<=\bhours\s))(?:mon|wed|sat|sun)\b"
)
_WEEKDAYS = {"mo": 0, "tu": 1, "we": 2, "th": 3, "fr": 4, "fi": 4, "sa": 5, "su": 6}
_COUNT = rf"(?:\d+|{WORD_PATTERN}|a\s+couple\s+of|a\s+few|an?)"
# a unit of days, with its short forms ("in 2 wks", "3 mos ago", "last 2 yrs")
_UNIT = r"business\s+day|day|week|wk|month|mth|mo|year|yr"
_UNITS = {"wk": "week", "mth": "month", "mo": "month", "yr": "year"}


def _unit(text: str) -> str:
    """A unit said as `_UNIT` reads it, in full ("wk" is "week")."""
    word = " ".join(text.lower().split())
    return _UNITS.get(word, word)


_SUFFIX = r"(?:st|nd|rd|th)"


@dataclass(frozen=True, slots=True)
class Span:
    """A resolved date phrase: one day, or a range of days."""

    start: date
    end: date
    period: Period = "day"
    daypart: str | None = None


@dataclass(frozen=True, slots=True)
class Hit:
    """Where a date phrase was found, what it means, and the word before it ("on", "due")."""

    begin: int
    end: int
    span: Span
    prefix: str = ""


Resolver = Callable[[re.Match[str], Clock, Lean], Span | None]


def _day(value: date, daypart: str | None = None) -> Span:
    return Span(value, value, "day", daypart)


def _monday(value: date) -> date:
    return value - timedelta(days=value.weekday())


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(value: date, months: int) -> date:
    """Same day `months` later, clamped to the month's end."""
    index = value.year * 12 + value.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(value.day, last))


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest(month: int, day: int, today: date, lean: Lean) -> date | None:
    """The occurrence of month/day nearest today (a tie goes the way of `lean`)."""
    candidates = [
        found
        for year in range(today.year - 4, today.year + 5)
        if (found := _valid(year, month, day)) is not None
    ]
    if not candidates:
        return None
    if lean == "future":  # a plan: the next one (a date just gone stays the nearest)
        ahead = [c for c in candidates if c >= today - timedelta(days=7)]
        return min(ahead, key=lambda c: c - today) if ahead else None
    toward = -1
    return min(candidates, key=lambda c: (abs((c - today).days), -toward * (c - today).days))


def _year(text: str | None, today: date | None = None) -> int | None:
    """A written year; two digits are this century unless that is over 20 years ahead
    ("10/31/74" is 1974)."""
    if not text:
        return None
    value = int(text)
    if value >= 100:
        return value
    this = (today or date.today()).year
    return value + 2000 if value + 2000 <= this + 20 else value + 1900


def month_number(text: str) -> int:
    """1-12 for a month name or its abbreviation."""
    return _MONTHS[text[:3].lower()]


def weekday_index(text: str) -> int:
    return _WEEKDAYS[text[:2].lower()]


def weekday(target: int, qualifier: str | None, today: date, lean: Lean) -> date:
    """Resolve a weekday: bare (by lean), "last", "this" (Monday-Sunday week) or "next"."""
    qualifier = (qualifier or "").lower()
    if qualifier in ("last", "lst", "past", "previous", "prev"):
        return today - timedelta(days=(today.weekday() - target - 1) % 7 + 1)
    if qualifier in ("this", "current"):  # a plan's "this friday" said on a weekend is ahead
        found = _monday(today) + timedelta(days=target)
        weekend = today.weekday() >= 5
        return (
            found + timedelta(weeks=1) if lean == "future" and weekend and found < today else found
        )
    if qualifier in ("next", "nxt", "coming") or lean == "future":
        return today + timedelta(days=(target - today.weekday() - 1) % 7 + 1)
    return today - timedelta(days=(today.weekday() - target) % 7)


def _shift(today: date, count: int, unit: str) -> date:
    unit = _unit(unit)
    if unit.startswith("business"):
        step = 1 if count >= 0 else -1
        value, left = today, abs(count)
        while left:
            value += timedelta(days=step)
            left -= value.weekday() < 5
        return value
    if unit.startswith("day"):
        return today + timedelta(days=count)
    if unit.startswith("week"):
        return today + timedelta(weeks=count)
    if unit.startswith("month"):
        return add_months(today, count)
    return add_months(today, 12 * count)


def _count(text: str) -> int | None:
    words = text.lower().split()
    if words[0] == "a" and len(words) > 1:
        return {"couple": 2, "few": 3}.get(words[1])
    value = number(words[0])
    return int(value) if value is not None and value == int(value) else None


def period_span(unit: str, qualifier: str, today: date) -> Span:
    """The Monday-Sunday week, calendar month, quarter or year that `qualifier` names."""
    step = {"last": -1, "previous": -1, "prev": -1, "next": 1, "coming": 1}.get(qualifier, 0)
    unit = unit.lower()
    if unit == "week":
        start = _monday(today) + timedelta(weeks=step)
        return Span(start, start + timedelta(days=6), "week")
    if unit == "weekend":
        saturday = _monday(today) + timedelta(weeks=step, days=5)
        return Span(saturday, saturday + timedelta(days=1), "weekend")
    if unit == "month":
        start = add_months(today.replace(day=1), step)
        return Span(start, _month_end(start.year, start.month), "month")
    if unit == "quarter":
        first = add_months(today.replace(day=1, month=(today.month - 1) // 3 * 3 + 1), 3 * step)
        last = add_months(first, 2)
        return Span(first, _month_end(last.year, last.month), "quarter")
    year = today.year + step
    return Span(date(year, 1, 1), date(year, 12, 31), "year")


def _r_iso(m: re.Match[str], clock: Clock, lean: Lean) -> Span | None:
    found = _valid(int(m["y"]), int(m["m"]), int(m["d"]))
    return _day(found) if found else None


def _numeric_parts(a: str, b: str, clock: Clock) -> tuple[int, int]:
    first, second = int(a), int(b)
    return (first, second) if clock.date_order == "MDY" else (second, first)


def _r_numeric_year(m: re.Match[str], clock: Clock, lean: Lean) -> Span | None:
    month, day = _numeric_parts(m["a"], m["b"], clock)
    found = _valid(_year(m["y"], clock.today) or 0, month, day)
    return _day(found) if found else None


def _r_numeric(m: re.Match[str], clock: Clock, lean: Lean) -> Span | None:
    month, day = _numeric_parts(m["a"], m["b"], clock)
    if not 1 <= month <= 12:
        return None
    found = _nearest(month, day, clock.today, lean)
    return _day(found) if found else None


def _day_number(text: str) -> int:
    return int(text) if text.isdigit() else ORDINALS[text.lower()]


def _r_month_day(m: re.Match[str], clock: Clock, lean: Lean) -> Span | None:
    month, day, year = month_number(m["mon"]), _day_number(m["d"]), _year(m["y"])
    found = _valid(year, month, day) if year else _nearest(month, day, clock.today, lean)
    named = m.groupdict().get("wd") or m.groupdict().get("wd_after")
    if found and named and not year and found.weekday() != weekday_index(named):
        # the weekday fixes the year: the nearest year where the date falls on it
        base = found.year
        years = sorted(range(base - 6, base + 7), key=lambda y: (abs(y - base), -y))
        fits = [
            d for y in years if (d := _valid(y, month, day)) and d.weekday() == weekday_index(named)
        ]
        found = fits[0] if fits else None
    return _day(found) if found else None


def _r_relative(m: re.Match[str], clock: Clock, lean: Lean) -> Span | None:
    word = m["w"].lower()
    if word.startswith(("today", "tdy", "tonight")):
        offset = 0
    elif word.startswith("y"):
        offset = -1
    else:
        offset = 1
    part = (m["part"] or "").lower() or ("evening" if word in ("tonight", "tonite") else None)
    return _day(clock.today + timedelta(days=offset), part)


def _r_two_days(m: re.Match[str], clock: Clock, lean: Lean) -> Span | None:
    return _day(clock.today + timedelta(days=-2 if m["dir"].lower() == "before" else 2))


def _r_daypart(m: re.Match[str], clock: Clock, lean: Lean) -> Span | None:
    if m["part"] is None:
        return _day(clock.today - timedelta(days=1), "evening")
    return _day(clock.today, m["part"].lower())


def _r_in(m: re.Match[str], clock: Clock, lean: Lean) -> Span | None:
    count = _count(m["n"])
    return _day(_shift(clock.today, count, m["u"])) if count is not None else None


def _r_ago(m: re.Match[str], clock: Clock, lean: Lean) -> Span | None:
    count = _count(m["n"])
    if count is None:
        return None
    back = m["dir"].lower() in ("ago", "back", "earlier", "before")
    return _day(_shift(clock.today, -count if back else count, m["u"]))


def _r_in_hours(m: re.Match[str], clock: Clock, lean: Lean) -> Span | None:
    count = _count(m["n"])
    if count is None:
        return None
    minutes = count * (60 if m["u"].lower().startswith("h") else 1)
    return _day(clock.later(clock.now, timedelta(minutes=minutes)).date())


def _r_weekdays_away(m: re.Match[str], clock: Clock, lean: Lean) -> Span | None:
    """ "3 fridays from now" (the third Friday ahead), "2 thursdays ago" (the second back)."""
    count = _count(m["n"])
    if not count or count > 52:
        return None
    target = weekday_index(m["wd"])
    if m["dir"].lower() in ("ago", "back"):
        return _day(weekday(target, "last", clock.today, lean) - timedelta(weeks=count - 1))
    return _day(weekday(target, "next", clock.today, lean) + timedelta(weeks=count - 1))


def _r_weeks_from_day(m: re.Match[str], clock: Clock, lean: Lean) -> Span | None:
    """Rule "a week from a named day": "a week from wednesday", "two weeks from this friday",
    "3 days after next monday": the named day (ahead, unless "last"), then that much later."""
    count = _count(m["n"])
    if not count or count > 52:
        return None
    day = weekday(weekday_index(m["wd"]), m["q"], clock.today, "future")
    return _day(_shift(day, count, m["u"]))


def _r_fortnight(m: re.Match[str], clock: Clock, lean: Lean) -> Span | None:
    return _day(clock.today + timedelta(days=14))


class _Groups(Protocol):
    """A match's groups by name (a `re.Match`, or a `_Merged` one); like `re.Match`, a group
    that took no part reads as None, and one the pattern guarantees reads as its text."""

    def __getitem__(self, name: str, /) -> str | Any: ...


_QUALIFIERS = {"following": "next", "nxt": "next", "lst": "last"}


def _r_weekday(m: _Groups, clock: Clock, lean: Lean) -> Span | None:
    target = weekday_index(m["wd"])
    part = (m["part"] or "").lower() or None
    if m["wk"]:
        qualifier = _QUALIFIERS.get(said := m["wk"].lower().split()[-1], said)
        week = period_span("week", qualifier, clock.today).start
        return _day(week + timedelta(days=target), part)
    if m["after"]:
        return _day(weekday(target, "next", clock.today, lean) + timedelta(weeks=1), part)
    return _day(weekday(target, m["q"], clock.today, lean), part)


def _r_edge(m: re.Match[str], clock: Clock, lean: Lean) -> Span | None:
    today = clock.today
    abbr = (m["abbr"] or "").lower()
    if abbr:
        units = {"w": "week", "m": "month", "y": "year", "q": "quarter"}
        edge, qualifier = ("start" if abbr.startswith("bo") else "end"), ""
        unit = units.get(abbr[2:3], "day") if abbr.startswith(("eo", "bo")) else "day"
    else:
        edge, qualifier, unit = m["edge"].lower(), (m["q"] or "").lower(), m["u"].lower()
        qualifier = {"following": "next", "past": "last"}.get(qualifier, qualifier)
    if unit == "day":
        return _day(today)
    span = period_span(unit, qualifier, today)
    if edge in ("start", "beginning", "first"):
        return _day(span.start)
    if unit == "week":
        friday = span.start + timedelta(days=4)
        if not qualifier and friday < today:
            friday += timedelta(weeks=1)
        return _day(friday)
    return _day(span.end)


def _r_unit_end(m: re.Match[str], clock: Clock, lean: Lean) -> Span | None:
    """ "by month end", "month-end", "by this month's end", "next quarter end": the last day of
    that month or quarter."""
    qualifier = {"current": "this"}.get((m["q"] or "").lower(), (m["q"] or "").lower())
    unit = "quarter" if m["u"].lower().startswith("q") else "month"
    return _day(period_span(unit, qualifier, clock.today).end)


def _month_named(m: re.Match[str], clock: Clock, lean: Lean) -> date:
    """The first day of the month a rule names: "october [2014]", "this/next/last month"."""
    if m["mon"]:
        month, year = month_number(m["mon"]), _year(m["y"])
        if year is None:
            year = clock.today.year
            if lean == "future" and month < clock.today.month:
                year += 1
            elif lean == "past" and month > clock.today.month:
                year -= 1
        return date(year, month, 1)
    qualifier = m.groupdict().get("mq") or "this"
    return period_span("month", qualifier.lower(), clock.today).start


def _r_nth_weekday(m: re.Match[str], clock: Clock, lean: Lean) -> Span | None:
    """ "first tuesday of october", "last friday in october", "last day of october 2015"."""
    first = _month_named(m, clock, lean)
    last = _month_end(first.year, first.month)
    nth = m["nth"].lower()
    if m["wd"] is None:  # "last day of", "third day of"
        return _day(last if nth == "last" else first + timedelta(days=ORDINALS.get(nth, 1) - 1))
    target = weekday_index(m["wd"])
    if nth == "last":
        return _day(last - timedelta(days=(last.weekday() - target) % 7))
    found = first + timedelta(days=(target - first.weekday()) % 7)
    found += timedelta(weeks=ORDINALS.get(nth, 1) - 1)
    return _day(found) if found.month == first.month else None


def _r_month_edge(m: re.Match[str], clock: Clock, lean: Lean) -> Span | None:
    """ "end of April" (its last day), "beginning of 2017" (its first)."""
    start = m["edge"].lower() in ("start", "beginning")
    if m["y"]:
        year = int(m["y"])
        return _day(date(year, 1, 1) if start else date(year, 12, 31))
    named = date(int(m["y2"]), month_number(m["mon"]), 1) if m["y2"] else None
    first = named or _month_named(m, clock, lean)
    return _day(first if start else _month_end(first.year, first.month))


def _r_weekday_day(m: re.Match[str], clock: Clock, lean: Lean) -> Span | None:
    """ "Tuesday the 19th": the nearest 19th (ahead for a plan, back for work) on a Tuesday."""
    day, target, today = int(m["d"]), weekday_index(m["wd"]), clock.today
    step = 1 if lean == "future" else -1
    start = today.replace(day=1)
    for months in range(0, 24):
        first = add_months(start, step * months)
        found = _valid(first.year, first.month, day)
        near = found and (found >= today - timedelta(days=7) if step > 0 else found <= today)
        if found and near and found.weekday() == target:
            return _day(found)
    return None


def _r_day_of_month(m: re.Match[str], clock: Clock, lean: Lean) -> Span | None:
    """ "the 20th of the previous month", "the 5th of next month"."""
    qualifier = {"previous": "last", "following": "next", "coming": "next"}.get(
        m["q"].lower(), m["q"].lower()
    )
    first = period_span("month", qualifier, clock.today).start
    found = _valid(first.year, first.month, int(m["d"]))
    return _day(found) if found else None


def _r_last_weekend(m: re.Match[str], clock: Clock, lean: Lean) -> Span | None:
    """ "last weekend of October": its last Saturday and the Sunday after."""
    first = _month_named(m, clock, lean)
    last = _month_end(first.year, first.month)
    saturday = last - timedelta(days=(last.weekday() - 5) % 7)
    return Span(saturday, saturday + timedelta(days=1), "weekend")


def _r_month_part(m: re.Match[str], clock: Clock, lean: Lean) -> Span | None:
    """ "early March" (1st-10th), "mid March" (11th-20th), "late March" (21st to the end)."""
    first = _month_named(m, clock, lean)
    part = m["part"].lower()
    if part == "early":
        return Span(first, first.replace(day=10), "range")
    if part.startswith("mid"):
        return Span(first.replace(day=11), first.replace(day=20), "range")
    return Span(first.replace(day=21), _month_end(first.year, first.month), "range")


def _r_ordinal(m: re.Match[str], clock: Clock, lean: Lean) -> Span | None:
    day, today = int(m["d"]), clock.today
    if not 1 <= day <= 31:
        return None
    step = 1 if lean == "future" else -1
    month_start = today.replace(day=1)
    for months in range(0, 13):
        start = add_months(month_start, step * months)
        found = _valid(start.year, start.month, day)
        if found and (found >= today if lean == "future" else found <= today):
            return _day(found)
    return None


def _r_period(m: _Groups, clock: Clock, lean: Lean) -> Span | None:
    qualifier = (m["q"] or "this").lower()
    qualifier = {"past": "last", "following": "next", "upcoming": "next", "this past": "last"}.get(
        " ".join(qualifier.split()), qualifier
    )
    unit = m["u"].lower()
    if unit.startswith(("week-", "week ", "wkend")) or unit == "weekend":
        unit = "weekend"
    unit = _PERIOD_ABBREVIATIONS.get(unit, unit)
    return period_span(unit, qualifier, clock.today)


# "this wk", "last mo", "next qtr": short forms of a period's unit
_PERIOD_ABBREVIATIONS = {
    "yr": "year",
    "wk": "week",
    "mo": "month",
    "mth": "month",
    "qtr": "quarter",
}


def _r_last_n(m: re.Match[str], clock: Clock, lean: Lean) -> Span | None:
    count = _count(m["n"])
    if not count:
        return None
    unit, ahead = _unit(m["u"]), m["dir"].lower() == "next"
    if unit.startswith(("day", "business")):  # whole days, today not counted
        if ahead:
            return Span(clock.today + timedelta(days=1), _shift(clock.today, count, unit), "range")
        return Span(_shift(clock.today, -count, unit), clock.today - timedelta(days=1), "range")
    # whole weeks, months or years next to the current one, as "last week" is a calendar week
    current = period_span(unit, "this", clock.today)
    if ahead:
        last = period_span(unit, "this", _shift(current.start, count, unit)).end
        return Span(current.end + timedelta(days=1), last, "range")
    return Span(_shift(current.start, -count, unit), current.start - timedelta(days=1), "range")


def _r_month_q(m: _Groups, clock: Clock, lean: Lean) -> Span | None:
    """ "next March" (the next one after this month), "last March", "March after next"."""
    month, today = month_number(m["mon"]), clock.today
    qualifier = "next" if m["after"] else (m["q"] or "this").lower()
    year = today.year
    if qualifier == "next":
        year += month <= today.month
    elif qualifier == "last":
        year -= month >= today.month
    if m["after"]:
        year += 1
    return Span(date(year, month, 1), _month_end(year, month), "month")


def _r_year(m: re.Match[str], clock: Clock, lean: Lean) -> Span | None:
    year = int(m["y"])
    return Span(date(year, 1, 1), date(year, 12, 31), "year")


def _r_numeric_month(m: re.Match[str], clock: Clock, lean: Lean) -> Span | None:
    """ "2014-10", "2014/10", "2/2013": a whole month."""
    year, month = int(m["y"] or m["y2"]), int(m["m"] or m["m2"])
    if not 1 <= month <= 12:
        return None
    return Span(date(year, month, 1), _month_end(year, month), "month")


def _r_day_mon_year(m: re.Match[str], clock: Clock, lean: Lean) -> Span | None:
    """ "31/Oct/1974", "31-Oct-74"."""
    found = _valid(_year(m["y"], clock.today) or 0, month_number(m["mon"]), int(m["d"]))
    return _day(found) if found else None


def _r_month(m: _Groups, clock: Clock, lean: Lean) -> Span | None:
    month, today = month_number(m["mon"]), clock.today
    year = _year(m["y"])
    if year is None:
        year = today.year
        if lean == "past" and month > today.month:
            year -= 1
        elif lean == "future" and month < today.month:
            year += 1
    return Span(date(year, month, 1), _month_end(year, month), "month")


_I = re.I
# Lookaheads that cost far less than the alternations they guard, on long messages: a weekday
# only where a letter is; a month name followed by a number; a number after at most a word.
_WD_PREFIX = rf"(?:(?=[a-z])(?P<wd>{WEEKDAY_ANY}),?\s+(?:the\s+)?)?"
_WD_AFTER = rf"(?:,\s*(?P<wd_after>{WEEKDAY_ANY})\b\.?)?"
_DAY_WORD = rf"(?:\d{{1,2}}|{ORDINAL_PATTERN})"
_MONTH_THEN_NUMBER = r"(?=(?:[a-z]++,?\s+(?:the\s+)?)?[a-z]++\.?\s+\d)"
_NUMBER_FIRST = r"(?=(?:[a-z]++,?\s+(?:the\s+)?)?\d)"
_NOT_NAME = r"(?!\s+(?:v\.?|vs\.?|versus)\s)(?!\s+(?-i:[A-Z])[a-z])"
RULES: list[tuple[re.Pattern[str], Resolver]] = [
    (lazy.regex(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:T[\d:.]+Z?)?\b"), _r_iso),
    (  # "31/Oct/1974", "31-Oct-74"
        lazy.regex(
            rf"(?<![\w/.-])(?P<d>\d{{1,2}})(?P<sep>[/-])(?P<mon>{MONTH})(?P=sep)(?P<y>\d{{4}}|\d{{2}})\b",
            _I,
        ),
        _r_day_mon_year,
    ),
    (  # "2014-10", "2014/10", "2/2013"
        lazy.regex(
            r"(?<![\w/.-])(?:(?P<y>(?:19|20)\d\d)[-/](?P<m>\d{1,2})|(?P<m2>\d{1,2})/(?P<y2>(?:19|20)\d\d))"
            r"(?![\w/.:-]*\d)"
        ),
        _r_numeric_month,
    ),
    (  # "Tuesday the 19th", "Tuesday 19th", "next monday the 21st" (the day says which week)
        lazy.regex(
            rf"\b(?:(?:this|next|nxt|coming|last|past)\s+)?(?P<wd>{WEEKDAY_ANY}),?\s+(?:the\s+(?P<d>\d{{1,2}}){_SUFFIX}?|(?P<d2>\d{{1,2}}){_SUFFIX})\b"
            rf"(?!\s+(?:of\s+)?{MONTH}\b)(?!\s*(?:[:.]\d|[ap]\.?m\b))",
            _I,
        ),
        lambda m, c, lean: _r_weekday_day(_Merged(m), c, lean),  # type: ignore[arg-type]
    ),
    (  # "the 20th of the previous month"
        lazy.regex(
            rf"\b(?:the\s+)?(?P<d>\d{{1,2}}){_SUFFIX}\s+of\s+(?:the\s+)?"
            r"(?P<q>this|next|last|previous|following|coming|current)\s+month\b",
            _I,
        ),
        _r_day_of_month,
    ),
    (  # "last weekend of October 2017", "last wkend in July"
        lazy.regex(
            rf"\blast\s+(?:week-?\s?end|wkend)\s+(?:of|in)\s+(?P<mon>{MONTH})\b\.?(?:,?\s+(?P<y>\d{{4}})\b)?",
            _I,
        ),
        _r_last_weekend,
    ),
    (  # "early March", "mid March", "late March 2014"
        lazy.regex(
            rf"\b(?P<part>early|mid|middle\s+of|late)[- ]?\s*(?P<mon>{MONTH})\b\.?(?:,?\s+(?P<y>\d{{4}})\b)?",
            _I,
        ),
        _r_month_part,
    ),
    (  # "first tuesday of october", "last friday in october 2014", "last day of the month"
        lazy.regex(
            rf"\b(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+"
            rf"(?:(?P<wd>{WEEKDAY_ANY})|day)\s+(?:of|in)\s+(?:(?P<mon>{MONTH})\b\.?(?:,?\s+(?P<y>\d{{4}})\b)?"
            r"|(?:the\s+)?(?P<mq>this|next|last|previous|current)?\s*month\b)",
            _I,
        ),
        _r_nth_weekday,
    ),
    (  # "end of April", "at the beginning of 2017"
        lazy.regex(
            rf"\b(?:the\s+)?(?P<edge>end|start|beginning)\s+of\s+(?:(?P<mon>{MONTH})\b\.?"
            r"(?:,?\s+(?P<y2>\d{4})\b)?|(?P<y>\d{4})\b)",
            _I,
        ),
        _r_month_edge,
    ),
    (
        lazy.regex(
            r"(?<![\w/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
            r"(?![\w/.-]*\d)"
        ),
        _r_numeric_year,
    ),
    (
        lazy.regex(
            rf"\b{_MONTH_THEN_NUMBER}{_WD_PREFIX}(?P<mon>{MONTH})\.?\s+(?:the\s+)?(?P<d>\d{{1,2}}){_SUFFIX}?\b"
            rf"(?:,?\s+(?P<y>\d{{4}})\b)?{_WD_AFTER}(?!\s*(?:[:.]\d|[ap]\.?m\b|h\b|hrs?\b|hours?\b|min))",
            _I,
        ),
        _r_month_day,
    ),
    (
        lazy.regex(
            rf"\b{_NUMBER_FIRST}{_WD_PREFIX}(?P<d>\d{{1,2}}){_SUFFIX}?\s+(?:of\s+)?(?P<mon>{MONTH})\b\.?"
            rf"(?:,?\s+(?P<y>\d{{4}})\b)?",
            _I,
        ),
        _r_month_day,
    ),
    (  # "the second of march", "march third 2015"
        lazy.regex(
            rf"\b(?:the\s+)?(?P<d>{ORDINAL_PATTERN})\s+of\s+(?P<mon>{MONTH})\b\.?(?:,?\s+(?P<y>\d{{4}})\b)?"
            rf"|\b(?P<mon2>{MONTH})\s+(?:the\s+)?(?P<d2>{ORDINAL_PATTERN})\b(?:,?\s+(?P<y2>\d{{4}})\b)?",
            _I,
        ),
        lambda m, c, lean: _r_month_day(_Merged(m), c, lean),  # type: ignore[arg-type]
    ),
    (  # "11/26", "thurs 11/26" (the weekday said with the date is part of it)
        lazy.regex(
            rf"(?:\b(?:eod|cob|eob)\s+(?:on\s+)?)?(?:\b(?P<wd>{WEEKDAY_ANY})\.?,?\s+)?"
            r"(?<![\w/.,$-])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\w/]|[.,]\d)",
            _I,
        ),
        _r_numeric,
    ),
    (
        lazy.regex(r"\b(?:the\s+)?day\s+(?P<dir>before|after)\s+(?:yesterday|tomorrow)\b", _I),
        _r_two_days,
    ),
    (
        lazy.regex(
            rf"\b(?:in|within)\s+(?:(?:the\s+)?next\s+)?(?P<n>{_COUNT})\s+"
            rf"(?P<u>{_UNIT})s?\b",
            _I,
        ),
        _r_in,
    ),
    (
        lazy.regex(
            rf"\b(?P<n>{_COUNT})\s+(?P<u>{_UNIT})s?\s+"
            r"(?P<dir>ago|back|earlier|from\s+(?:right\s+)?now|from\s+today|later|hence|out)\b",
            _I,
        ),
        _r_ago,
    ),
    (
        lazy.regex(
            # "first thing tomorrow", "tomorrow first thing", "eod tmrw": the day's start or end
            # is the day
            r"\b(?:first\s+thing\s+|(?:eod|cob|eob)\s+)?"
            r"(?P<w>today|tonight|tdy|tomorrow|tomorow|tommorow|tommorrow|tomm?rw|tmrw?|tmw|2morrow"
            r"|yesterday|yesturday|yesterdy|yesteday|yday|yest|ystrdy|tonite)\b"
            r"(?:\s+(?P<part>morning|afternoon|evening|night|am|pm)(?:ish)?\b|\s+first\s+thing\b)?",
            _I,
        ),
        _r_relative,
    ),
    (
        lazy.regex(
            r"\b(?:(?:earlier|later)\s+)?this\s+(?P<part>morning|afternoon|evening)\b|\blast\s+night\b",
            _I,
        ),
        _r_daypart,
    ),
    (lazy.regex(r"\bin\s+a\s+fortnight\b", _I), _r_fortnight),
    (
        lazy.regex(
            rf"\b(?P<n>{_COUNT})\s+(?P<u>day|week|wk)s?\s+(?:from|after)\s+"
            rf"(?:(?P<q>this|next|nxt|coming|last)\s+)?(?P<wd>{WEEKDAY_ANY})\b\.?",
            _I,
        ),
        _r_weeks_from_day,
    ),
    (
        lazy.regex(
            rf"\b(?P<n>{_COUNT})\s+(?P<wd>{WEEKDAY_ANY})s\s+(?P<dir>from\s+(?:right\s+)?now|hence|ago|back)\b",
            _I,
        ),
        _r_weekdays_away,
    ),
    (
        lazy.regex(rf"\b(?:in|within)\s+(?P<n>{_COUNT})\s+(?P<u>hours?|hrs?|minutes?|mins?)\b", _I),
        _r_in_hours,
    ),
    (
        lazy.regex(
            # "eod fri": the day's end is the day ("eod" alone is today's, below)
            rf"\b(?:(?:eod|cob|eob)\s+(?:on\s+)?)?"
            # "next week thursday", "nxt wk thurs": the week said first
            r"(?:(?P<wk2>this|next|nxt|last|lst)\s+(?:week|wk)\s+(?:on\s+)?(?=\w+\b(?!\s+(?:week|wk)\b)))?"
            # "this coming friday", "this past monday": "this" says nothing more
            rf"(?:(?:this\s+(?=(?:coming|past)\s))?(?P<q>last|lst|this|next|nxt|coming|past|previous|prev)\s+(?P<wd>{WEEKDAY_ANY})"
            rf"|(?P<wd2>{WEEKDAY}|{_SHORT_WEEKDAY}))\b\.?(?:\s+(?:of\s+|from\s+)?(?P<wk>this|next|nxt|last|lst|the\s+following)\s+(?:week|wk)\b"
            r"|\s+(?P<after>after\s+next))?"
            r"(?:\s+(?P<part>morning|afternoon|evening|night)\b)?",
            _I,
        ),
        lambda m, c, lean: _r_weekday(_Merged(m), c, lean),
    ),
    (
        lazy.regex(
            r"\b(?:the\s+)?(?P<edge>end|start|beginning|close|first)\s+of\s+(?:the\s+)?"
            r"(?P<q>this|next|last|current|coming|past|previous|following)?\s*(?P<u>day|week|month|year|quarter)\b"
            # "eod tmrw", "cob 12/9", "eod fri": the day said after the day's end is the day
            rf"|\b(?P<abbr>eod|cob|eob|eow|eom|eoy|eoq|bom|boy|bow)\b(?!\s+(?:on\s+)?(?:{WEEKDAY_ANY}"
            r"|today|tdy|tomorrow|tomorow|tommorow|tommorrow|tomm?rw|tmrw?|tmw|2morrow"
            rf"|\d{{1,2}}/\d{{1,2}}|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)|{MONTH})\b)",
            _I,
        ),
        _r_edge,
    ),
    (  # "by month end", "month-end.", "by this month's end, high priority": a clause's end, not
        # a kind of work ("the month-end close")
        lazy.regex(
            r"\b(?:the\s+)?(?:(?P<q>this|next|current)\s+)?(?P<u>month|quarter|qtr)(?:['’]s)?[-\s]?end\b"
            r"(?=\s*(?:$|[,;.!?)]|(?:and|high|low|normal|urgent|priority|pls|please|assigned|for|on"
            r"|to|with|if)\b))",
            _I,
        ),
        _r_unit_end,
    ),
    (
        lazy.regex(
            rf"\bthe\s+(?P<d>\d{{1,2}}){_SUFFIX}\b(?!\s+(?:of\s+)?{MONTH}\b)"
            r"(?!\s+of\s+(?:next|this|last|the)\b)",
            _I,
        ),
        _r_ordinal,
    ),
    (
        lazy.regex(
            rf"\b(?P<dir>last|past|previous|next)\s+(?P<n>{_COUNT})\s+(?P<u>{_UNIT})s?\b",
            _I,
        ),
        _r_last_n,
    ),
    (
        lazy.regex(
            r"\b(?:the\s+)?(?P<q>this|last|next|past|previous|coming|current|following|upcoming)\s+(?P<u>week|month|quarter|year|yr|wk|mo|mth|qtr)\b(?![-\s]?end)"
            r"|\b(?P<q2>this\s+past|this|last|next|the|coming)\s+(?P<u2>week-?\s?end|wkend)\b",
            _I,
        ),
        lambda m, c, lean: _r_period(_Merged(m), c, lean),
    ),
    (
        lazy.regex(
            rf"\b(?:(?:in|during|for|since|from|of)\s+)(?P<mon>{MONTH})\b\.?(?:\s+(?P<y>\d{{4}})\b)?{_NOT_NAME}"
            rf"|\b(?P<mon2>{MONTH})\.?\s+(?P<y2>\d{{4}})\b",
            _I,
        ),
        lambda m, c, lean: _r_month(_Merged(m), c, lean),
    ),
    (  # "next March", "March after next", "this March"
        lazy.regex(
            rf"\b(?P<q>next|this|last)\s+(?P<mon>{MONTH})\b{_NOT_NAME}|\b(?P<mon2>{MONTH})\s+(?P<after>after\s+next)\b",
            _I,
        ),
        lambda m, c, lean: _r_month_q(_Merged(m), c, lean),
    ),
    (  # "in 2014", "during 2012"
        lazy.regex(r"\b(?:in|during|for|of)\s+(?P<y>(?:19|20)\d\d)\b(?![/.:-]\d)", _I),
        _r_year,
    ),
]


class _Merged:
    """A match whose alternative groups (`wd2`, `q2`, ...) answer to their base names."""

    __slots__ = ("_match",)

    def __init__(self, match: re.Match[str]) -> None:
        self._match = match

    def __getitem__(self, name: str, /) -> str | Any:
        groups = self._match.groupdict()
        return groups.get(name) or groups.get(f"{name}2")

    def groupdict(self) -> dict[str, str | None]:
        return {name: self[name] for name in self._match.groupdict()}


_PREFIX = lazy.regex(
    r"(?:\b(?P<word>on|by|for|as\s+of|dated|date\s+it(?:\s+(?:on|for|as))?|due(?:\s+(?:on|by|for))?|from|since|until|till|til"
    r"|through|thru|before|after|starting|between)\s+)$",
    re.I,
)


# Date phrases are short: which rule reads the text at a place is settled by what lies at
# most this far after it, so the first hits need no reading beyond.
_SETTLED = 1_000


def find(scan: Scan, clock: Clock, lean: Lean, first: int | None = None) -> list[Hit]:
    """Every date phrase in the free text, in reading order, without marking them; with
    `first`, only the first few, reading no further into a long message than they need.

    An anchored phrase no single rule reads whole ("3 weeks from tomorrow", "the 5th of next
    month") goes to dateparser, and its reading replaces the rules' readings inside it.
    """
    hits: list[Hit] = []
    taken = bytearray(len(scan.text))
    earliest: list[int] = []  # the `first` smallest beginnings so far
    horizon = len(scan.text)
    for pattern, resolve in RULES:
        if scan.search(pattern, 0) is None:
            continue  # most rules find nothing: no need to walk their matches
        for found in scan.matches(pattern):
            begin, end = found.span()
            if begin > horizon:
                break
            if any(taken[begin:end]):
                continue
            span = resolve(found, clock, lean)
            if span is None:
                continue
            taken[begin:end] = b"\x01" * (end - begin)
            hits.append(_prefixed(scan, begin, end, span))
            if first:
                earliest = sorted([*earliest, hits[-1].begin])[:first]
                if len(earliest) == first:
                    horizon = min(horizon, earliest[-1] + _SETTLED)
    from intents import fallback

    for begin, end in fallback.phrases(scan):
        if any(hit.begin <= begin and end <= hit.end for hit in hits):
            continue
        day = fallback.read(scan.text[begin:end], clock, lean)
        if day is not None:
            hits = [hit for hit in hits if hit.end <= begin or hit.begin >= end]
            hits.append(_prefixed(scan, begin, end, _day(day)))
    hits = [_week_of(scan, hit) for hit in hits]
    hits.sort(key=lambda hit: hit.begin)
    return hits[:first] if first else hits


_WEEK_OF = lazy.regex(r"\b(?:the\s+)?week\s+of\s+$", re.I)


def _week_of(scan: Scan, hit: Hit) -> Hit:
    """ "the week of october 7th": the Monday-Sunday week holding that day."""
    found = ending_at(_WEEK_OF, scan.text, hit.begin) if hit.span.period == "day" else None
    if found is None or not scan.is_free(*found.span()):
        return hit
    monday = _monday(hit.span.start)
    return Hit(found.start(), hit.end, Span(monday, monday + timedelta(days=6), "week"))


def _prefixed(scan: Scan, begin: int, end: int, span: Span) -> Hit:
    """A hit extended over the word introducing it ("on", "by", "due", "since")."""
    before = ending_at(_PREFIX, scan.text, begin)
    if before and scan.is_free(*before.span()):
        return Hit(before.start(), end, span, " ".join(before["word"].lower().split()))
    return Hit(begin, end, span)


def covering(hits: list[Hit], pos: int) -> Hit | None:
    """The first of `hits` (in reading order) that covers the character at `pos`."""
    index = bisect.bisect_right(hits, pos, key=lambda hit: hit.begin)
    return next((hit for hit in hits[max(0, index - 4) : index] if pos < hit.end), None)


_NOUN_AFTER = lazy.regex(
    rf"(?:['’]s)?\s*(?:(?:at\s+)?\d{{1,2}}(?::[0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.)\s+)?(?:{NARRATIVE_NOUNS})s?\b",
    re.I,
)  # "monday hearing", "fri 9am hearing", "fri's depo"
_NAMED_DAY = lazy.regex(rf"\d|\b{WEEKDAY_ANY}\b", re.I)  # not "yesterday trial prep"
_CLAUSE_BEFORE = lazy.regex(rf"\b(?:{NARRATIVE_BEFORE})\s+$", re.I)


def narrative(scan: Scan, hit: Hit) -> bool:
    """A date that belongs to the story, not to the record: one naming a noun ("monday
    hearing", "12/14 hearing"), or said in a clause ("was on 11/28", "will sign next week")."""
    if _NOUN_AFTER.match(scan.text, hit.end) and _NAMED_DAY.search(scan.text, hit.begin, hit.end):
        return True
    if _it_was(scan, hit) is not None:
        return False
    return _CLAUSE_BEFORE.search(scan.text, max(0, hit.begin - 30), hit.begin) is not None


# rule "the work's day said after it": "$15.75 for certified copies, it was Wednesday", "log 1h
# ..., I think it was tuesday": a clause of its own whose subject is only "it" or "that", said
# last, tells the day of what was just said (not "the hearing was on the 11th": a story's event)
_IT_WAS = lazy.regex(r"(?:^|[,;.!?–—(]\s*|\s-\s*)(?P<it>(?:it|that)\s+was\s+(?:on\s+)?)$", re.I)
_SAID_LAST = lazy.regex(r"[\s.!?)]*$")


def _it_was(scan: Scan, hit: Hit) -> re.Match[str] | None:
    """The "it was" before a day said last in its own clause, or None."""
    if _SAID_LAST.fullmatch(scan.text, hit.end) is None:
        return None
    return _IT_WAS.search(scan.text[max(0, hit.begin - 30) : hit.begin])


_DUE_PREFIXES = frozenset({"due", "due on", "due by", "by"})
_REQUEST_PREFIXES = frozenset(
    {"for", "on", "dated", "date it", "date it on", "date it for", "as of"}
)
_SENTENCE_END = lazy.regex(r"[.!?;\n](?=\s)|[.!?]$")
_CLAUSE_END = lazy.regex(r"[.!?;:,()\n–—]|\s-\s|\b(?:and|but|so|then)\s")
_REQUEST_CUE = lazy.regex(rf"\b(?:{REQUEST_CUES})\b", re.I)
_OF_RECORD = lazy.regex(OF_RECORD_AFTER, re.I)
_SET_OFF = lazy.regex(r"(?:[,–—]|\s-)\s*$")
_CLOSING = lazy.regex(r"[\s.!)]*$")
# "the hearing on the 11th", "the hearing reminder for the 8th": the day of another event
_EVENT_BEFORE = lazy.regex(
    rf"(?P<lead>\b(?:[a-z]+\s+){{1,3}})?\b(?:{NARRATIVE_NOUNS})s?(?:\s+[a-z]+)?\s+$", re.I
)
# being at the event is the work: "attending the chen mediation on nov 30"
_ATTENDING = lazy.regex(
    r"\b(?:attend(?:ed|ing)?|cover(?:ed|ing)?|argu(?:ed|ing|e)|appear(?:ed|ing)\s+at|s[ai]t\s+in"
    r"|sitting\s+in|defend(?:ed|ing)?|tak(?:e|ing)|took|ran|run(?:ning)?|handl(?:ed|ing))\b",
    re.I,
)
_ACT_BEFORE = lazy.regex(rf"^(?P<who>.*?)\b(?:{STORY_ACTS})\b", re.I)
_TALK_BEFORE = lazy.regex(rf"^(?P<who>.*?)\b(?:{STORY_ACTS}|{TALK_ACTS})\b", re.I)
# an act word used as an adjective ("the signed lease docs", "a filed copy") tells no act
_DETERMINER_END = lazy.regex(r"\b(?:the|a|an|our|their|his|her|my|your|its|this|that)\s+$", re.I)
_SPEAKER = lazy.regex(r"^\s*(?:(?:and|so|then|but|ok|also)\s+)*(?:i|we|i've|we've|i'd)?\s*$", re.I)
# a past clause told before a date ("was on 11/28") is the story's whatever the record; a
# present or future one ("is 12/23", "is set for") says when a planned thing is
_PAST_BEFORE = lazy.regex(r"\b(?:was|were|had|has|re)\s+$", re.I)


def _start_of(pattern: re.Pattern[str], text: str, pos: int, window: int = 160) -> int:
    """Where the sentence or clause (by `pattern`'s ends) holding `pos` begins."""
    begin = max(0, pos - window)
    last = begin
    for found in pattern.finditer(text, begin, pos):
        last = found.end()
    return last


def _of_record(scan: Scan, hit: Hit) -> bool:
    return _OF_RECORD.match(scan.text, hit.end) is not None


def _requested(scan: Scan, hit: Hit) -> bool:
    """Rule "the request's date": a day said with the request itself dates the record, over
    any day in the story around it: "due"/"by" before it; "for"/"on" before it with the
    request's verb or length earlier in its sentence ("log 3.2 hrs for me on garcia for
    friday"); a word of the record after it ("her thursday time"); or set off at the very end
    of a sentence asking for the record ("1.75 hrs client meeting on her case, this morning").
    Not: "the hearing on the 11th", "spent 2h for the hearing on friday" (see `_story`)."""
    text = scan.text
    if hit.prefix in _DUE_PREFIXES or _of_record(scan, hit):
        return True
    sentence = text[_start_of(_SENTENCE_END, text, hit.begin) : hit.begin]
    if hit.prefix in _REQUEST_PREFIXES and _REQUEST_CUE.search(sentence):
        return True
    closes = _CLOSING.fullmatch(text, hit.end) is not None
    return closes and bool(_SET_OFF.search(sentence)) and bool(_REQUEST_CUE.search(sentence))


def _story(
    scan: Scan, hit: Hit, lean: Lean, today: date, acts: bool = True, events: bool = True
) -> str | None:
    """Rule "the story's date": a day that belongs to another event than the record. "event":
    an event named right before it ("the hearing on the 11th"; not "attending the mediation on
    nov 30", where being there is the work); "act": someone else's act told
    in its clause ("the clerk emailed on friday", "their GC sent back comments thursday
    night"; not "i emailed him friday", not "emailed the client friday", the speaker's own);
    "ahead": a day still to come for work done ("prebills first thing tmrw"), which dates the
    work only when no other day is said."""
    text = scan.text
    before = max(0, hit.begin - 60)
    event = (
        _EVENT_BEFORE.search(text, before, hit.begin)
        if prefilter.may_hold(_EVENT_BEFORE, text)
        else None
    )
    if (
        events
        and hit.prefix in ("on", "for")
        and event
        and not _ATTENDING.search(event["lead"] or "")
    ):
        return "event"
    clause = text[_start_of(_CLAUSE_END, text, hit.begin) : hit.begin]
    act = (_TALK_BEFORE if lean == "future" else _ACT_BEFORE).search(clause)
    if (
        acts
        and act
        and not _DETERMINER_END.search(act["who"])
        and (lean == "future" or not _SPEAKER.match(act["who"]))
    ):
        return "act"
    if lean == "past" and hit.span.start > today:
        return "ahead"
    return None


def take(
    scan: Scan,
    clock: Clock,
    lean: Lean,
    story: bool = False,
    acts: bool = True,
    events: bool = True,
) -> Hit | None:
    """The date phrase that dates the record, marked as understood (with "on", "by" or "due"
    before it); narrative dates stay in the text.

    With `story` (a record of the speaker's own work or plans, in a message that may tell
    what happened around it), rule "the request's date" picks among several days, and days of
    the story (`_story`) do not date the record: work with no day of its own is today's; a
    planned entry may still take the day of the event it names ("calendar the hearing on the
    11th at 10"). Without `acts` (a call or an email: someone's act is the record), days of
    others' acts are not the story's; without `events` (money spent: "a cab to the status
    conference on monday"), the day of an event named is when it was spent. The same day said
    again ("friday got away from me ... log it for friday") is taken too, so it leaves the note."""
    found = find(scan, clock, lean, first=6 if story else 3)
    if not story:
        for hit in found:
            if hit.prefix in _DUE_PREFIXES or not narrative(scan, hit):
                scan.take(hit.begin, hit.end)
                return hit
        return None
    kept = [
        hit
        for hit in found
        if (hit.prefix in _DUE_PREFIXES and lean == "future")
        or (hit.prefix not in _DUE_PREFIXES and not narrative(scan, hit))
        or (
            lean == "future"
            and not _PAST_BEFORE.search(scan.text, max(0, hit.begin - 30), hit.begin)
        )
    ]
    kinds = {id(hit): _story(scan, hit, lean, clock.today, acts, events) for hit in kept}
    plain = [hit for hit in kept if kinds[id(hit)] is None]
    asked = [
        hit
        for hit in kept
        if _requested(scan, hit)
        and (kinds[id(hit)] is None or hit.prefix in _DUE_PREFIXES or _of_record(scan, hit))
    ]
    # a day still to come, said alone, still dates work (a slip, checked by `sanity`); a
    # planned entry may take the day of the event it names
    last = "ahead" if lean == "past" else "event"
    fallback = [hit for hit in kept if kinds[id(hit)] == last]
    ranked = asked or plain or fallback
    if not ranked:
        return None
    # rule "the day over the period": "not sure where the weekend went. yesterday I did an hour
    # of research": a day said beside a longer stretch dates the work
    chosen = min(ranked, key=lambda hit: hit.span.period != "day")
    for hit in plain:
        if hit is chosen or (hit.span == chosen.span and not narrative(scan, hit)):
            scan.take(hit.begin, hit.end)
    scan.take(chosen.begin, chosen.end)
    if (it := _it_was(scan, chosen)) is not None:  # "..., it was wednesday": no part of the note
        scan.take(chosen.begin - len(it["it"]), chosen.begin)
    return chosen


_JOIN = lazy.regex(r"\s*(?:-|to|and|until|till|til|through|thru)\s*$", re.I)
_UNTIL = r"\s*(?:-|to|through|thru|until|till)\s*"
_DAY_RANGE = lazy.regex(
    rf"\b(?P<mon>{MONTH})\.?\s+(?P<d>\d{{1,2}}){_SUFFIX}?{_UNTIL}(?:(?P<mon2>{MONTH})\.?\s+)?"
    rf"(?P<d2>\d{{1,2}}){_SUFFIX}?\b(?:,?\s+(?P<y>\d{{4}})\b)?"
    rf"|(?:\bfrom\s+)?(?:\bthe\s+)?(?<![\w/.:$-])(?P<d3>\d{{1,2}}){_SUFFIX}?{_UNTIL}(?:the\s+)?"
    rf"(?P<d4>\d{{1,2}}){_SUFFIX}?\s+(?:of\s+)?(?P<mon3>{MONTH})\b\.?(?:,?\s+(?P<y3>\d{{4}})\b)?",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Range:
    """A search window: either end may be open."""

    start: date | None
    end: date | None
    prefix: str = ""


def take_day_run(scan: Scan, clock: Clock, lean: Lean) -> Range | None:
    """Days running within one month ("Nov 1-15", "Dec 3 to 5"), marked."""
    days = scan.first(_DAY_RANGE)
    if days is None:
        return None
    if days["mon"]:
        month, year, day, day2 = month_number(days["mon"]), _year(days["y"]), days["d"], days["d2"]
        month2 = month_number(days["mon2"]) if days["mon2"] else month
    else:
        month, year, day, day2 = (
            month_number(days["mon3"]),
            _year(days["y3"]),
            days["d3"],
            days["d4"],
        )
        month2 = month
    first = _valid(year, month, int(day)) if year else _nearest(month, int(day), clock.today, lean)
    last = first and _valid(first.year + (month2 < month), month2, int(day2))
    if not (first and last and last >= first):
        return None
    scan.take_match(days)
    return Range(first, last)


def take_range(scan: Scan, clock: Clock, lean: Lean) -> Range | None:
    """The date window a search names ("last week", "since Monday", "Nov 1-15"), marked."""
    run = take_day_run(scan, clock, lean)
    if run:
        return run
    hits = find(scan, clock, lean, first=2)
    if not hits:
        return None
    first = hits[0]
    if len(hits) > 1:
        second = hits[1]
        between = scan.text[first.end : second.begin]
        joined = _JOIN.fullmatch(between) or (not between.strip() and second.prefix)
        if joined and first.span.start <= second.span.end:
            scan.take(first.begin, second.end)
            return Range(first.span.start, second.span.end, first.prefix)
    scan.take(first.begin, first.end)
    span, prefix, today = first.span, first.prefix, clock.today
    if prefix in ("since", "from", "starting"):
        return Range(span.start, today if lean == "past" and span.start <= today else None, prefix)
    if prefix == "after":
        return Range(span.end + timedelta(days=1), None, prefix)
    if prefix == "before":
        return Range(None, span.start - timedelta(days=1), prefix)
    if prefix in ("until", "till", "til", "through", "thru", "by", "due by"):
        return Range(None, span.end, prefix)
    return Range(span.start, span.end, prefix)
