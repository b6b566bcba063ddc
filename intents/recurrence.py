"""Repeating calendar entries: "every week for 6 weeks", "daily until Dec 31", "monthly, 12 times".

The result is Clio's `recurrence_rule`, an RRULE: `FREQ=WEEKLY;COUNT=6`,
`FREQ=DAILY;UNTIL=20261231T235959Z` (the end of that day in the person's zone, in UTC).
"""

from __future__ import annotations

import re
from datetime import UTC, time

from intents import dates
from intents.reading import Reading

_EVERY = re.compile(
    r"\b(?:(?:every|each)\s+(?:(?P<n>\d+|other)\s+)?(?P<unit>day|week|month|year)s?"
    r"|(?P<adverb>daily|weekly|monthly|yearly|annually)|(?P<twice>bi-?weekly|fortnightly)"
    r"|(?:every|each)(?=\s+(?:mon|tue|wed|thu|fri|sat|sun)\w*\b))\b",
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
_COUNT = re.compile(
    r"\b(?:for\s+(?P<n>\d+)\s+(?:times|occurrences|sessions|(?P<unit>days|weeks|months|years))"
    r"|(?P<n2>\d+)\s+(?:times|occurrences|(?P<unit2>days|weeks|months|years)))\b",
    re.I,
)
# a count said in a longer unit than the repetition: "daily for 2 weeks" is 14 times
_PER = {("day", "weeks"): 7, ("week", "years"): 52, ("month", "years"): 12}
_SAME = {"day": "days", "week": "weeks", "month": "months", "year": "years"}
# "on fridays", "tuesdays 3pm": the weekday it repeats on, the first one the entry's day
_ON_DAYS = re.compile(
    r"\b(?:on\s+)?(?P<wd>mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s\b", re.I
)
_WEEKDAY_INDEX = {"mo": 0, "tu": 1, "we": 2, "th": 3, "fr": 4, "sa": 5, "su": 6}
_UNTIL = re.compile(r"\b(?:until|till|through|ending)\s+", re.I)


def take(reading: Reading) -> int | None:
    """Read a repetition into `fields.recurrence_rule`; its end date is not the entry's date.
    Returns the weekday it repeats on when one is said ("on fridays"), Monday as 0."""
    scan = reading.scan
    every = scan.first(_EVERY)
    if every is None:
        return None
    scan.take_match(every)
    unit = (every["unit"] or _ADVERB.get((every["adverb"] or "").lower(), "week")).lower()
    parts = [f"FREQ={_FREQ[unit]}"]
    interval = 2 if every["twice"] else 1
    if every["n"]:
        interval = 2 if every["n"].lower() == "other" else int(every["n"])
    if interval > 1:
        parts.append(f"INTERVAL={interval}")
    if count := scan.first(_COUNT):
        said = (count["unit"] or count["unit2"] or "").lower()
        times = int(count["n"] or count["n2"])
        if said and said != _SAME[unit]:
            times *= _PER.get((unit, said), 0)
        elif said:
            times = max(1, times // interval)
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
    if unit == "week" and (days := scan.first(_ON_DAYS)):
        scan.take_match(days)
        return _WEEKDAY_INDEX[days["wd"][:2].lower()]
    return None


def _date_after(reading: Reading, position: int) -> dates.Hit | None:
    """The first date phrase after `position` (not the entry's own, earlier one), taken."""
    for hit in dates.find(reading.scan, reading.clock, "future"):
        if hit.begin >= position:
            reading.scan.take(hit.begin, hit.end)
            return hit
    return None
