"""Repeating calendar entries: "every week for 6 weeks", "daily until Dec 31", "monthly, 12 times".

The result is Clio's `recurrence_rule`, an RRULE: `FREQ=WEEKLY;COUNT=6`,
`FREQ=DAILY;UNTIL=20261231T235959Z` (the end of that day in the person's zone, in UTC).
"""

from __future__ import annotations

import re
from datetime import UTC, time

from intents import dates, lazy
from intents.numbers import CARDINAL_PATTERN, number
from intents.reading import Reading

_DAY = rf"{dates.WEEKDAY_ANY}s?"
# "tue and thu", "mondays, wednesdays & fridays"
_DAYS = rf"{_DAY}(?:\s*(?:,\s*and|,|/|&|and|\+)\s*{_DAY}\b)*"
_EVERY = lazy.regex(
    r"\b(?:(?:every|each)\s+(?:(?P<workdays>week|business|working|work)\s*day"
    rf"|(?:(?P<other>other)\s+)?(?P<days>{_DAYS}))"
    r"|(?:every|each)\s+(?:(?P<n>\d+|other)\s+)?(?P<unit>day|week|month|year)s?"
    r"|(?P<adverb>daily|weekly|monthly|yearly|annually)|(?P<twice>bi-?weekly|fortnightly))\b",
    re.I,
)
_FREQ = {"day": "DAILY", "week": "WEEKLY", "month": "MONTHLY", "year": "YEARLY"}
_ADVERB = {
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "yearly": "year",
    "annually": "year",
}
# "for 6 weeks", "12 times", "six sessions", "6 of them": how many times, said in digits or words
_N = rf"(?:\d+|{CARDINAL_PATTERN})"
_COUNT = lazy.regex(
    rf"\b(?:for\s+(?:the\s+)?(?:next\s+)?(?P<n>{_N})\s+(?:times|occurrences|sessions|meetings"
    r"|(?P<unit>days|weeks|wks|months|mos|years))"
    rf"|(?P<n2>{_N})\s+(?:times|occurrences|sessions|meetings|of\s+them"
    r"|(?P<unit2>days|weeks|wks|months|years)))\b",
    re.I,
)
# a count said in a longer unit than the repetition: "daily for 2 weeks" is 14 times
_PER = {("day", "weeks"): 7, ("week", "years"): 52, ("month", "years"): 12}
_SAME = {"day": "days", "week": "weeks", "month": "months", "year": "years"}
_SHORT_UNIT = {"wks": "weeks", "mos": "months"}
# "on fridays", "tuesdays and thursdays 3pm", "weekly on mon and wed", "weekly ... every monday":
# the weekdays it repeats on
_PLURAL_DAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s"
_ON_DAYS = lazy.regex(
    rf"\b(?:(?:on|every|each)\s+(?P<on>{_DAYS})|(?P<plural>{_PLURAL_DAY}(?:\s*(?:,\s*and|,|/|&|and)\s*"
    rf"{_PLURAL_DAY})*))\b",
    re.I,
)
_ONE_DAY = lazy.regex(_DAY, re.I)
_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_WORKDAYS = (0, 1, 2, 3, 4)
_UNTIL = lazy.regex(r"\b(?:until|till|through|ending)\s+", re.I)


def take(reading: Reading) -> tuple[int, ...]:
    """Read a repetition into `fields.recurrence_rule`; its end date is not the entry's date.
    Returns the weekdays it repeats on when they are said ("every tue and thu", "on fridays"),
    Monday as 0: a weekly rule then names them (`BYDAY=TU,TH`)."""
    scan = reading.scan
    every = scan.first(_EVERY)
    if every is None:
        return ()
    scan.take_match(every)
    unit = (every["unit"] or _ADVERB.get((every["adverb"] or "").lower(), "week")).lower()
    parts = [f"FREQ={_FREQ[unit]}"]
    interval = 2 if every["twice"] or every["other"] else 1
    if every["n"]:
        interval = 2 if every["n"].lower() == "other" else int(every["n"])
    if interval > 1:
        parts.append(f"INTERVAL={interval}")
    weekdays = _weekdays(reading, every, unit)
    if weekdays:
        parts.append("BYDAY=" + ",".join(_CODES[day] for day in weekdays))
    if count := scan.first(_COUNT):
        said = (count["unit"] or count["unit2"] or "").lower()
        said = _SHORT_UNIT.get(said, said)
        times = int(number(count["n"] or count["n2"]) or 0)
        if said and said != _SAME[unit]:
            times *= _PER.get((unit, said), 0)
        elif said:  # "every tue and thu for 4 weeks": 8 times
            times = max(1, times // interval) * max(1, len(weekdays))
        if times:
            scan.take_match(count)
            parts.append(f"COUNT={times}")
    elif until := scan.first(_UNTIL):
        hit = _date_after(reading, until.start())
        if hit is not None:
            scan.take(until.start(), until.end())
            last = reading.clock.at(hit.span.end or hit.span.start, time(23, 59, 59))
            parts.append("UNTIL=" + last.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
    reading.fields["recurrence_rule"] = ";".join(parts)
    return weekdays


def _weekdays(reading: Reading, every: re.Match[str], unit: str) -> tuple[int, ...]:
    """The weekdays a weekly repetition is on: said after "every" ("every mon and wed", "every
    weekday") or, for "weekly", as "on fridays", "tuesdays and thursdays", "on mon" (taken)."""
    if every["workdays"]:
        return _WORKDAYS
    said = every["days"]
    if said is None and unit == "week" and (days := reading.scan.first(_ON_DAYS)):
        reading.scan.take_match(days)
        said = days["on"] or days["plural"]
    if said is None:
        return ()
    return tuple(sorted({dates.weekday_index(day) for day in _ONE_DAY.findall(said)}))


def _date_after(reading: Reading, position: int) -> dates.Hit | None:
    """The first date phrase after `position` (not the entry's own, earlier one), taken."""
    for hit in dates.find(reading.scan, reading.clock, "future"):
        if hit.begin >= position:
            reading.scan.take(hit.begin, hit.end)
            return hit
    return None
