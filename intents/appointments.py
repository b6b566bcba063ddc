"""Whether a message with a length or a stretch of clock time is an appointment ahead or time
already worked: "45 min call w/ maria garcia fri 2pm" is a call to put on the calendar, "2 hour
strategy meeting garcia yesterday" and "1pm-2:30pm yesterday garcia - depo prep" are time worked.

`when` tells where the message puts itself in time, read on a copy (nothing is marked): a day
before today, a past cue ("this morning", "had", "ago") or a clock time already gone today is
`past`; a day after today, a weekday (read ahead) or a clock time later today is `ahead`.
"""

from __future__ import annotations

import re
from datetime import time
from typing import Literal

from intents import dates, lazy
from intents.reading import Reading
from intents.scan import Scan

When = Literal["past", "ahead"]

# A clock time said with am/pm ("930am" too), "at N" ("@ N") or noon; a stretch of bare hours ("10-11", "9-9:30");
# or a bare hour right after a day ("next mon 10", "12/9 8").
_MER = r"(?:a\.?m\.?|p\.?m\.?|(?<=\d)[ap](?![\w.]))"  # "4p": a or p right after the hour
_TOMORROW = r"(?:tom+or+ow|tmrw?|tmw)"  # and its usual misspellings
CLOCK = lazy.regex(
    rf"(?<![$.,])\b(?P<h>\d{{1,2}})(?::?(?P<m>[0-5]\d))?\s*(?P<mer>{_MER})(?!\w)|(?:\bat\s+|@\s*)(?P<at>\d{{1,2}})\b"
    r"|\b(?P<noon>noon)\b",
    re.I,
)
HOUR_RANGE = lazy.regex(
    r"(?<![\w/.:$-])(?P<h>\d{1,2})(?::[0-5]\d)?\s*(?:-|–|to)\s*\d{1,2}(?::[0-5]\d)?"
    r"(?![\w/:.%]|\s*(?:h|hrs?|hours?|mins?|minutes?|days?|weeks?|k)\b)",
    re.I,
)
# "930-1230", "2-330": clock times without a colon (see `times`, rule "clock times without a
# colon"), one side at least with its minutes glued to an hour of 1-12
_GLUED = r"(?:1[0-2]|0?[1-9])[0-5][05]"
_SIDE = rf"(?:{_GLUED}|\d{{1,2}}(?::[0-5]\d)?)"
GLUED_RANGE = lazy.regex(
    rf"(?<![\w/.:$-])(?:(?P<h>1[0-2]|0?[1-9])(?P<m>[0-5][05])\s*(?:-|–|to)\s*{_SIDE}"
    rf"|(?P<h3>\d{{1,2}})(?::(?P<m3>[0-5]\d))?\s*(?:-|–|to)\s*{_GLUED})(?![\w/:.%-])",
    re.I,
)
HOUR_AFTER_DAY = lazy.regex(
    rf"(?:\b(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day)?|\b\d{{1,2}}/\d{{1,2}}|{_TOMORROW}|today)"
    r"\s+(?:at\s+)?(?:(?P<h>\d{1,2})(?::[0-5]\d)?|(?P<h3>1[0-2]|0?[1-9])(?P<m3>[0-5][05]))\s*$",
    re.I,
)
_PAST = lazy.regex(
    r"\b(?:this\s+morning|earlier(?:\s+today)?|ago|yesterday|last\s+night|had|was|were|did|just)\b",
    re.I,
)
# "prep for fri 9am hearing", "2h prep for tomorrow's 10am depo": the appointment is what the
# work was for, said after "for" with its day or time; the length is time worked ("for 90 min"
# is the length itself).
FOR_EVENT = lazy.regex(
    r"\bfor\s+(?:the\s+|a\s+|an\s+|my\s+|our\s+)?(?:(?:next|this)\s+)?"
    r"(?:\d{1,2}(?::[0-5]\d)?\s*(?:a\.?m\.?|p\.?m\.?)?(?=[\s']|$)(?!\s*(?:h|hrs?|hours?|mins?|minutes?)\b)"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)"
    r"|tomorrow|tmrw|today|tonight|\d{1,2}/\d{1,2})",
    re.I,
)
# "tomorrow 12:30", "12/9 11:15", "dec 16 2:00": a time with its minutes right after a day,
# without am/pm
DAY_CLOCK = lazy.regex(
    rf"(?:\b(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day)?|\b\d{{1,2}}/\d{{1,2}}|\b{_TOMORROW}"
    r"|\btoday|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?,?)\s+(?:at\s+)?(?:(?P<h>\d{1,2}):(?P<m>[0-5]\d)|(?P<h3>1[0-2]|0?[1-9])(?P<m3>[0-5]\d))"
    r"(?![\w:]|\s*(?:h|hrs?|hours?|m|mins?|minutes?)\b)",  # "fri 1230 @ gramercy tavern"
    re.I,
)
# "starting 2:30", "beginning at 10": where the appointment starts, without am/pm
START_AT = lazy.regex(
    r"\b(?:starting|beginning|begins|starts)\s+(?:at\s+)?(?P<h>\d{1,2})(?::(?P<m>[0-5]\d))?"
    r"(?![\w/:.]|\s*(?:h|hrs?|hours?|mins?|minutes?|days?)\b)",
    re.I,
)
# Meeting words that are not resource nouns of their own.
MEETING = lazy.regex(
    r"\b(?:zoom|teams|webex|facetime|video\s+call|conf\s+call|in[- ]person|lunch|coffee|breakfast"
    r"|dinner|drinks"
    r"|(?:working|work|strategy|prep|planning)\s+session|interview|site\s+(?:visit|inspection|tour)"
    r"|walk[- ]?(?:thru|through)"  # "walk thru of premises w landlord thu 2p"
    r"|meet(?:ing)?\s+(?:w/|w|with))\b",
    re.I,
)
_CLOCKS = (CLOCK, HOUR_RANGE, GLUED_RANGE, HOUR_AFTER_DAY, DAY_CLOCK, START_AT)
_OFFICE_PM = 7  # a bare hour 1-7 is in the afternoon (office hours 8-11 am, 12-7 pm)


def clock_said(text: str) -> bool:
    """Whether the message says a time of day an appointment starts at."""
    return any(p.search(text) for p in _CLOCKS)


def _start(text: str) -> time | None:
    """The first time of day said, with office hours for a bare hour."""
    for pattern in _CLOCKS:
        found = pattern.search(text)
        if found is None:
            continue
        groups = found.groupdict()
        if groups.get("noon"):
            return time(12)
        hour = int(groups.get("h") or groups.get("h3") or groups.get("at") or 0)
        mer = (groups.get("mer") or "").lower()
        if hour > 23 or (mer and not 1 <= hour <= 12):
            return None
        if mer:
            hour = hour % 12 + (12 if mer.startswith("p") else 0)
        elif 1 <= hour <= _OFFICE_PM:
            hour += 12
        return time(hour, int(groups.get("m") or groups.get("m3") or 0))
    return None


def when(reading: Reading, *, by_clock: bool = True) -> When | None:
    """Where the message puts itself in time, or None when it does not say (without `by_clock`,
    a time of day alone does not say)."""
    text = reading.text
    if _PAST.search(text):
        return "past"
    clock = reading.clock
    hits = dates.find(Scan(text), clock, "future", first=1)
    if hits:
        day = hits[0].span.start
        if day != clock.today:
            return "past" if day < clock.today else "ahead"
    start = _start(text) if by_clock else None
    if start is None:
        return None
    return "ahead" if clock.at(clock.today, start) > clock.now else "past"
