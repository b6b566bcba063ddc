"""What searches share: date windows mapped to each resource's query parameters, and `query`."""

from __future__ import annotations

import re
from datetime import date, time, timedelta

from intents import dates, lazy
from intents.clock import iso
from intents.lexicon import wordset
from intents.reading import Reading

_QUERY_CUE = lazy.regex(
    r"\b(?:named|called|titled|matching|containing|mentioning|about|with\s+name|for|re|query|"
    r"search\s+for|like)\b:?\s*",
    re.I,
)
_NOISE = wordset(
    "all any every list of the a an my me i show find search get for with in on is are were was "
    "there do did have has what which who where whats what's entries entry records please due "
    "that this uploaded added created new recent recently modified changed who's whos "
    "responsible originating handling working when does anything something everything"
)


def window(reading: Reading, lean: dates.Lean | None = None) -> dates.Range | None:
    """The date window of a search, marked understood."""
    return dates.take_range(reading.scan, reading.clock, lean or reading.lean)


def set_dates(reading: Reading, found: dates.Range | None, start: str, end: str) -> None:
    """Put a window into two date parameters (YYYY-MM-DD)."""
    if found is None:
        return
    if found.start:
        reading.fields[start] = found.start.isoformat()
    if found.end:
        reading.fields[end] = found.end.isoformat()


def day_start(reading: Reading, day: date) -> str:
    return iso(reading.clock.at(day, time(0, 0)))


def day_end(reading: Reading, day: date) -> str:
    return iso(reading.clock.at(day, time(23, 59, 59)))


def set_times(reading: Reading, found: dates.Range | None, start: str, end: str) -> None:
    """Put a window into two timestamp parameters (start and end of day, with offsets)."""
    if found is None:
        return
    if found.start:
        reading.fields[start] = day_start(reading, found.start)
    if found.end:
        reading.fields[end] = day_end(reading, found.end)


def yesterday(reading: Reading) -> date:
    return reading.clock.today - timedelta(days=1)


def query(reading: Reading) -> None:
    """Whatever is left of a search becomes Clio's `query` (wildcard text search)."""
    cue = reading.scan.first(_QUERY_CUE)
    if cue:
        reading.scan.take_match(cue)
    text = reading.free_text()
    words = text.split()
    while words and words[0].lower() in _NOISE:
        words.pop(0)
    while words and words[-1].lower() in _NOISE:
        words.pop()
    text = " ".join(words).strip(" ?.!,;:\"'")
    if text:
        reading.fields["query"] = text
