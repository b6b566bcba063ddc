"""Durations in time entries and meetings ("1.5h", "2h30m", "1:15", "an hour and a half")."""

from __future__ import annotations

import re

from intents import lazy
from intents.numbers import WORD_PATTERN, number
from intents.scan import Scan, ending_at

_H = r"(?:hours?|hrs?|hs|h)\.?"
_M = r"(?:minutes?|mins?|mns?|m)\.?"
_DIGITS = {
    "MDY": r"(?:\d+(?:\.\d+)?|\.\d+)",
    "DMY": r"(?:\d+(?:[.,]\d+)?|[.,]\d+)",
}
_NUMWORD = rf"(?:\d+|{WORD_PATTERN})"
_HOUR = r"(?:hour|hr)s?\b\.?"  # "half an hour", "half hr", "quarter hr"
_PART = r"(?:an?\s+)?(?P<f>half|quarter|three[- ]quarters?)\b"
_PARTS = {"half": 0.5, "quarter": 0.25}


def _compile(digits: str) -> list[re.Pattern[str]]:
    edge = r"(?<![\w.,$£€])"
    return [
        re.compile(
            rf"{edge}(?P<h>{digits})\s*{_H}(?:\s*(?:and\s+|,\s*)?(?P<m>\d{{1,2}})\s*(?:{_M})?)?(?![\w%/:-])"
            rf"(?!\s+and\s+{_PART})",
            re.I,
        ),
        # "an hr and a half", "2 and a quarter hours", "hour and 45": hours and a part of one
        re.compile(
            rf"\b(?=\w++\s+(?:\w++\s+)?and\s)"  # cheap first look for "and" as 2nd or 3rd word
            rf"(?:(?:(?:an?|one)\s+)?{_HOUR}|(?P<h>{_NUMWORD})(?P<u>\s*{_H})?)\s+and\s+"
            rf"(?:{_PART}|(?P<m>\d{{1,2}})(?:\s*{_M})?)(?P<v>\s+{_H})?(?![\w:%/])",
            re.I,
        ),
        re.compile(rf"\b(?:an?\s+)?half\s+(?:an?\s+)?{_HOUR}|\bhalf[- ]{_HOUR}", re.I),
        re.compile(rf"\b(?:an?\s+)?quarter\s+(?:of\s+)?(?:an?\s+)?{_HOUR}", re.I),
        re.compile(rf"\bthree[- ]quarters\s+(?:of\s+)?(?:an?\s+)?{_HOUR}", re.I),
        re.compile(
            rf"\b(?=[a-z]++\s+h)(?P<h>{WORD_PATTERN})\s+{_H}(?:\s+and\s+(?P<m>{_NUMWORD})\s+{_M})?(?!\w)",
            re.I,
        ),
        re.compile(
            rf"{edge}(?=[\w.,]+(?:[- ][a-z]+)?\s*m)(?P<m>{digits}|{WORD_PATTERN})\s*{_M}(?![\w%])",
            re.I,
        ),
        re.compile(r"\ban?\s+minute\b", re.I),
        # "3 tenths", "a tenth of an hour": six minutes each
        re.compile(
            rf"\b(?=\w++\s+tenth)(?P<t>{_NUMWORD}|an?)\s+tenths?(?:\s+of\s+an?\s+(?:hour|hr)\b)?(?!\w)",
            re.I,
        ),
    ]


_PATTERNS = {order: _compile(digits) for order, digits in _DIGITS.items()}
_HALF_HOUR = {2: 1800, 3: 900, 4: 2700, 7: 60}  # pattern index -> seconds
_COLON = lazy.regex(
    r"(?<![\w:/.])(?P<h>\d{1,2}):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?![\w:]|\s*[ap]\.?m\b)", re.I
)
# "9:45 this morning" is a time of day, unless it ends a stretch ("9-10:30 this morning")
_DAYPART_AFTER = lazy.regex(
    r"\s*(?:this\s+(?:morning|afternoon|evening|am|pm)|tonight|last\s+night)\b", re.I
)
# "this morning 8:45", "at 8:45": a time of day said before its clock time
_CLOCK_BEFORE = lazy.regex(
    r"\b(?:(?:this|tomorrow|yesterday)\s+(?:morning|afternoon|evening)|tonight|at|around|@)\s*$",
    re.I,
)
_STRETCH_BEFORE = lazy.regex(r"\d\s*(?:-|–|to)\s*$", re.I)
_BARE = {
    "MDY": lazy.regex(
        r"(?<![\w.,$£€/-])(?P<n>\d{1,2}(?:\.\d+)?|\.\d+)(?![\w.,/:%-]|\s*[ap]\.?m\b)"
    ),
    "DMY": lazy.regex(
        r"(?<![\w.,$£€/-])(?P<n>\d{1,2}(?:[.,]\d+)?|[.,]\d+)(?![\w.,/:%-]|\s*[ap]\.?m\b)"
    ),
}


_FRACTION = lazy.regex(
    rf"(?<![\w.,/$£€-])(?:(?P<whole>\d{{1,2}})(?:\s+|-))?(?P<n>\d{{1,2}})/(?P<d>\d{{1,2}})\s*{_H}(?!\w)",
    re.I,
)
_CLOCK = r"(?P<{0}>\d{{1,2}})(?::(?P<{0}m>[0-5]\d))?\s*(?P<{0}p>[ap]\.?m\b\.?)?"
_RANGE = lazy.regex(
    rf"(?<![\w.,/:$£€-]){_CLOCK.format('a')}\s*(?:-|–|to\b|until\b|till\b)\s*{_CLOCK.format('b')}"
    r"(?![\w/:-]|\.\d)",
    re.I,
)
_TWELVE = 12 * 60


def _clock_minutes(found: re.Match[str], side: str) -> list[int] | None:
    """The minutes after midnight a clock time may be: both halves of the day unless told."""
    hour, minute, half = int(found[side]), int(found[f"{side}m"] or 0), found[f"{side}p"]
    if hour > 23 or (half and not 1 <= hour <= 12):
        return None
    if half:
        return [(hour % 12 + (12 if half[0].lower() == "p" else 0)) * 60 + minute]
    base = hour * 60 + minute
    return [base, base + _TWELVE] if hour < 12 else [base]


def take_fraction(scan: Scan) -> int | None:
    """ "1/2 hr", "3/4 h", "1 1/2 hours": a duration in fractions of an hour, in seconds."""
    for found in scan.matches(_FRACTION):
        n, d = int(found["n"]), int(found["d"])
        if 0 < n < d:
            scan.take_match(found)
            return round((int(found["whole"] or 0) + n / d) * 3600)
    return None


# "from 10 to 12 this morning", "10-12 this afternoon": bare hours are a stretch of clock time
# when the part of the day after them names their half of the day
_HALF_AFTER = lazy.regex(
    r"\s*(?:this\s+(?P<half>am|pm)|(?P<night>last\s+night)|(?:this|yesterday|mon|tues?|wed(?:nes)?"
    r"|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\s+(?P<part>morning|afternoon|evening))\b",
    re.I,
)
_AFTERNOON = 12 * 60
_FROM_BEFORE = lazy.regex(r"\bfrom\s+$", re.I)


def _half_named(found: re.Match[str]) -> str | None:
    """ "am" or "pm": the half of the day a part of the day right after a stretch names."""
    after = _HALF_AFTER.match(found.string, found.end())
    if after is None:
        return None
    if after["half"]:
        return after["half"].lower()
    return "am" if after["part"] and after["part"].lower() == "morning" else "pm"


def stretch(scan: Scan) -> tuple[int, int, re.Match[str]] | None:
    """ "9:30-11", "8-9:15", "1pm-2:30pm": a stretch of clock time, as the minutes after
    midnight it starts and ends at. One side needs minutes or am/pm, or the part of the day
    after it names its half ("from 10 to 12 this morning"); an end before the start is read in
    the afternoon."""
    for found in scan.matches(_RANGE):
        half = _half_named(found)
        if not (found["am"] or found["ap"] or found["bm"] or found["bp"] or half):
            continue
        starts, ends = _clock_minutes(found, "a"), _clock_minutes(found, "b")
        if not starts or not ends:
            continue
        if half and not (found["ap"] or found["bp"]):  # the stretch starts in that half
            starts = [s for s in starts if (s >= _AFTERNOON) == (half == "pm")] or starts
        pairs = [(end - start, start, end) for start in starts for end in ends]
        gaps = sorted(p for p in pairs if 0 < p[0] <= 16 * 60)
        if gaps:
            return gaps[0][1], gaps[0][2], found
    return None


def take_range(scan: Scan) -> int | None:
    """The length of a `stretch` of clock time, in seconds, marking it understood."""
    found = stretch(scan)
    if found is None:
        return None
    scan.take_match(found[2])
    if said := ending_at(_FROM_BEFORE, scan.text, found[2].start()):  # "from 2 to 5 ..."
        scan.take_match(said)
    return (found[1] - found[0]) * 60


def _seconds(index: int, match: re.Match[str], comma: bool) -> int | None:
    if index in _HALF_HOUR:
        return _HALF_HOUR[index]
    groups = match.groupdict()
    if groups.get("t"):
        tenths = 1.0 if groups["t"].lower() in ("a", "an") else number(groups["t"], comma)
        return round(tenths * 360) if tenths and 0 < tenths <= 240 else None
    hours = number(groups["h"], comma) if groups.get("h") else 0.0
    minutes = number(groups["m"], comma) if groups.get("m") else 0.0
    if hours is None or minutes is None:
        return None
    if index == 1:
        if groups["h"] and not (groups["u"] or groups["v"]):
            return None  # "2 and a half": no unit said
        hours = hours if groups["h"] else 1.0
        hours += _PARTS.get((groups["f"] or "").lower(), 0.75 if groups["f"] else 0.0)
    total = round(hours * 3600 + minutes * 60)
    return total if 0 < total <= 24 * 3600 * 7 else None


def find(scan: Scan, date_order: str = "MDY") -> tuple[int, re.Match[str]] | None:
    """The earliest duration in the free text, as (seconds, match)."""
    best: tuple[int, re.Match[str]] | None = None
    comma = date_order == "DMY"
    for index, pattern in enumerate(_PATTERNS[date_order]):
        found = scan.first(pattern)
        if found is None or (best and found.start() >= best[1].start()):
            continue
        seconds = _seconds(index, found, comma)
        if seconds:
            best = (seconds, found)
    return best


def has_colon(scan: Scan) -> bool:
    """Whether the text holds an "h:mm" length (a time entry's "1:15"), not a time of day."""
    found = scan.first(_COLON)
    if found is not None and ending_at(_CLOCK_BEFORE, scan.text, found.start()):
        return False  # "this morning 8:45", "at 8:45": a time of day
    if found is None or not _DAYPART_AFTER.match(scan.text, found.end()):
        return found is not None
    return ending_at(_STRETCH_BEFORE, scan.text, found.start()) is not None


def take(scan: Scan, date_order: str = "MDY", colon: bool = False) -> int | None:
    """Find, mark as understood and return a duration in seconds."""
    found = find(scan, date_order)
    if colon:
        clock = scan.first(_COLON)
        if clock and ending_at(_CLOCK_BEFORE, scan.text, clock.start()):
            clock = None  # "at 8:45": a time of day, no length
        if clock and (found is None or clock.start() < found[1].start()):
            seconds = int(clock["h"]) * 3600 + int(clock["m"]) * 60 + int(clock["s"] or 0)
            if seconds:
                found = (seconds, clock)
    if found is None:
        return None
    scan.take_match(found[1])
    return found[0]


def bare_hours_at(scan: Scan, start: int, date_order: str = "MDY") -> tuple[int, int] | None:
    """A bare number right at `start` read as hours ("log 1.5 on X"), as (seconds, end)."""
    found = _BARE[date_order].match(scan.text, start)
    if found is None or not scan.is_free(*found.span()):
        return None
    hours = number(found["n"], date_order == "DMY")
    if not hours or hours > 24:
        return None
    return round(hours * 3600), found.end()


def take_bare_hours(scan: Scan, start: int, date_order: str = "MDY") -> int | None:
    """Like `bare_hours_at`, marking the number understood."""
    found = bare_hours_at(scan, start, date_order)
    if found is None:
        return None
    scan.take(start, found[1])
    return found[0]


# Tenths of an hour: lawyers bill in decimals of an hour and often say no unit ("smith v jones .3
# reviewing", "time: chen, 1.5, drafting", "spent .2 w/ her"). A decimal number that is not money,
# a clock time, a date or a numbered section ("section 4.2"), with one decimal (0.1 to 16) or a
# quarter-hour's two ("1.25", "0.75"), is such a length when it is the only one in the message.
_TENTHS = lazy.regex(
    r"(?<![\w.,$£€/#:§-])(?P<n>\d{0,2}\.(?:\d|25|50|75))"
    r"(?![\w/:%-]|[.,]\d|\s*(?:[ap]\.?m\b|dollars?\b|bucks\b|usd\b|k\b|%))",
    re.I,
)
_NUMBERED = lazy.regex(
    r"\b(?:sections?|sec|clause|article|art|para(?:graph)?|rules?|version|ver|v|pages?|pg|pp?|"
    r"items?|steps?|exhibits?|ex|chapter|ch|no|number|part|schedule|form|tab|question|q)\.?\s*$",
    re.I,
)


def find_tenths(scan: Scan) -> tuple[int, re.Match[str]] | None:
    """The one unitless decimal length of hours in the free text ("... .3 reviewing ..."), as
    (seconds, match); none when there are two (which one is the length is unsure)."""
    found = [
        m
        for m in scan.matches(_TENTHS)
        if not _NUMBERED.search(scan.text[max(0, m.start() - 12) : m.start()])
    ]
    if len(found) != 1:
        return None
    hours = float(found[0]["n"])
    if not 0 < hours <= 16:
        return None
    return round(hours * 3600), found[0]


def take_tenths(scan: Scan) -> int | None:
    """Like `find_tenths`, marking the number understood."""
    found = find_tenths(scan)
    if found is None:
        return None
    scan.take_match(found[1])
    return found[0]
