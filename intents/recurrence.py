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
    r"|(?P<adverb>daily|weekly|monthly|yearly|annually)"
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
    r"\b(?:for\s+(?P<n>\d+)\s+(?:times|occurrences|sessions|days|weeks|months|years)"
    r"|(?P<n2>\d+)\s+(?:times|occurrences))\b",
    re.I,
)
_UNTIL = re.compile(r"\b(?:until|till|through|ending)\s+", re.I)


def take(reading: Reading) -> None:
    """Read a repetition into `fields.recurrence_rule`; its end date is not the entry's date."""
    scan = reading.scan
    every = scan.first(_EVERY)
    if every is None:
        return
    scan.take_match(every)
    unit = every["unit"] or _ADVERB.get((every["adverb"] or "").lower(), "week")
    parts = [f"FREQ={_FREQ[unit.lower()]}"]
    if every["n"]:
        parts.append(f"INTERVAL={2 if every['n'].lower() == 'other' else int(every['n'])}")
    if count := scan.first(_COUNT):
        scan.take_match(count)
        parts.append(f"COUNT={count['n'] or count['n2']}")
    elif until := scan.first(_UNTIL):
        hit = _date_after(reading, until.start())
        if hit is not None:
            scan.take(until.start(), until.end())
            last = reading.clock.at(hit.span.end or hit.span.start, time(23, 59, 59))
            parts.append("UNTIL=" + last.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
    reading.fields["recurrence_rule"] = ";".join(parts)


def _date_after(reading: Reading, position: int) -> dates.Hit | None:
    """The first date phrase after `position` (not the entry's own, earlier one), taken."""
    for hit in dates.find(reading.scan, reading.clock, "future"):
        if hit.begin >= position:
            reading.scan.take(hit.begin, hit.end)
            return hit
    return None
