"""Times of day and meeting windows ("3pm", "9:30am", "at 11", "2-4pm", "for 30 minutes")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

from intents import durations
from intents.scan import Scan, ending_at

_MER = r"(?:a\.?m\.?|p\.?m\.?|a|p)(?![\w])"
_CLOCK = rf"(?P<h>\d{{1,2}})(?::(?P<m>[0-5]\d))?\s*(?P<mer>{_MER})?"
_CLOCK2 = rf"(?P<h2>\d{{1,2}})(?::(?P<m2>[0-5]\d))?\s*(?P<mer2>{_MER})?"
_RANGE = re.compile(
    rf"(?:\b(?P<lead>from|at|between)\s+|@\s*|(?<![\w/.$-])){_CLOCK}\s*"
    rf"(?:-|to|until|till|til|and)\s*{_CLOCK2}(?![\w/:.]|\s*(?:h|hrs?|hours?|min)\b)",
    re.I,
)
# Without "at"/"from"/... a number is a time only with minutes or am/pm: looked for first, so a
# long run of plain numbers is not matched number by number only to be turned down.
_SINGLE = re.compile(
    rf"(?:\b(?P<lead>at|from|by|around|@)\s*|(?<![\w/.$:-])(?=\d{{1,2}}(?::[0-5]\d|\s*{_MER})))"
    rf"{_CLOCK}"
    rf"(?![\w/:.]|\s*(?:h|hrs?|hours?|min|minutes?|days?|weeks?)\b)",
    re.I,
)
_NAMED = re.compile(
    r"\b(?:at\s+|@\s*)?(?P<word>noon|midday|midnight|end\s+of\s+(?:the\s+)?day)\b"
    r"|\b(?:at|@|over)\s+(?P<meal>lunch(?:time)?)\b",
    re.I,
)
_ALL_DAY = re.compile(r"\b(?:all|full|whole)[- ]?day\b", re.I)
_FOR = re.compile(r"\bfor\s*$", re.I)
_NAMED_TIMES = {"noon": 12, "midday": 12, "midnight": 0, "lunch": 12, "lunchtime": 12, "end": 17}
_DAYPARTS = {"morning": 9, "am": 9, "afternoon": 14, "pm": 14, "evening": 18, "night": 19}


@dataclass(frozen=True, slots=True)
class Window:
    """When a meeting happens in its day: start, end or length, or all day."""

    start: time | None = None
    end: time | None = None
    minutes: int | None = None
    all_day: bool = False


def _hour(hour: int, meridiem: str | None, bare_rule: bool) -> int | None:
    """24-hour value; with `bare_rule` a 7-11 is morning, 12 noon and 1-6 afternoon."""
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        pm = meridiem.lower().startswith("p")
        return (hour % 12) + (12 if pm else 0)
    if hour > 23:
        return None
    if bare_rule and 1 <= hour <= 6:
        return hour + 12
    return hour


def _bare(hour: str) -> bool:
    """ "3" or "3:30" take the bare-hour rule; "03:30" is a 24-hour clock."""
    return not (len(hour) == 2 and hour.startswith("0"))


def daypart_time(part: str | None) -> time | None:
    """A default start for "this morning", "tomorrow afternoon" and the like."""
    hour = _DAYPARTS.get(part or "")
    return time(hour) if hour is not None else None


def _clock(match: re.Match[str]) -> bool:
    """Whether a match is clearly a time (meridiem, minutes, or "at"/"from")."""
    return bool(match["mer"] or match["m"] or match["lead"])


def take(scan: Scan, date_order: str = "MDY") -> Window | None:
    """Find and mark a meeting window: a range, a start (with "for <duration>"), or all day."""
    if found := scan.first(_ALL_DAY):
        scan.take_match(found)
        return Window(all_day=True)
    start = end = None
    for found in scan.matches(_RANGE):
        if not (_clock(found) or found["mer2"] or found["m2"]):
            continue
        first_mer, second_mer = found["mer"], found["mer2"]
        h1, h2 = int(found["h"]), int(found["h2"])
        either = first_mer or second_mer
        end_hour = _hour(h2, second_mer or first_mer, not either and _bare(found["h2"]))
        start_hour = _hour(h1, either, not either and _bare(found["h"]))
        if start_hour is None or end_hour is None:
            continue
        if not first_mer and second_mer and start_hour > end_hour:
            start_hour -= 12
        elif end_hour <= start_hour and end_hour < 12 and not second_mer:
            end_hour += 12
        start = time(start_hour, int(found["m"] or 0))
        end = time(end_hour % 24, int(found["m2"] or 0))
        scan.take_match(found)
        break
    if start is None:
        start = _take_single(scan)
    minutes = None
    if start is not None and end is None:
        seconds = _take_for(scan, date_order)
        minutes = seconds // 60 if seconds else None
    if start is None and end is None:
        return None
    return Window(start=start, end=end, minutes=minutes)


def _take_single(scan: Scan) -> time | None:
    for found in scan.matches(_SINGLE):
        if not _clock(found):
            continue
        hour = _hour(int(found["h"]), found["mer"], not found["mer"] and _bare(found["h"]))
        if hour is None:
            continue
        scan.take_match(found)
        return time(hour, int(found["m"] or 0))
    if named := scan.first(_NAMED):
        scan.take_match(named)
        return time(_NAMED_TIMES[(named["word"] or named["meal"]).split()[0].lower()])
    return None


def _take_for(scan: Scan, date_order: str) -> int | None:
    """A length introduced by "for" ("for 30 minutes", "for an hour")."""
    found = durations.find(scan, date_order)
    if found is None:
        return None
    seconds, match = found
    lead = ending_at(_FOR, scan.text, match.start())
    if lead is None:
        return None
    scan.take(lead.start(), match.end())
    return seconds


def take_time(scan: Scan) -> time | None:
    """A single time of day, marked as understood."""
    return _take_single(scan)
