"""Times of day and meeting windows ("3pm", "9:30am", "at 11", "2-4pm", "for 30 minutes")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from intents import durations, lazy
from intents.lexicon import CLOCK_OFFSETS, DAYPART_HALF, HOUR_WORDS, MINUTE_WORDS
from intents.numbers import number
from intents.scan import Scan, ending_at

_MER = r"(?:a\.?m\.?|p\.?m\.?|a|p)(?![\w])"
_CLOCK = rf"(?P<h>\d{{1,2}})(?::(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?)?\s*(?P<mer>{_MER})?"
_ZONE = rf"(?:\s*\(?(?P<zone>{'|'.join(z for z in CLOCK_OFFSETS if len(z) > 1)})\)?(?!\w))?"
# "in the morning", "o'clock": the hour's part of the day, said after it
_TAIL = (
    r"(?P<oc>\s*o['\u2019]?clock)?"
    r"(?:\s+in\s+(?:the\s+)?(?P<part>morning|afternoon|evening|night|am|pm)(?!\w))?"
)
# a bare hour followed by the day it is on ("8 tonight", "9 tomorrow evening")
_DAY_AFTER = r"\s+(?:tonight|today|tomorrow|this\s+(?:morning|afternoon|evening))\b"
_CLOCK2 = rf"(?P<h2>\d{{1,2}})(?::(?P<m2>[0-5]\d)(?::[0-5]\d)?)?\s*(?P<mer2>{_MER})?"
# Without "at"/"from"/... a number is a time only with minutes or am/pm: looked for first, so a
# long run of plain numbers is not matched number by number only to be turned down.
_SINGLE = lazy.regex(
    rf"(?:(?P<lead>\b(?:at|from|by|around)|@)\s*|(?<![\w/.$:-])(?=\d{{1,2}}(?::[0-5]\d|\s*{_MER}"
    rf"|\s*o['\u2019]?clock|\s+in\s+the\s+(?:morning|afternoon|evening|am|pm)\b|{_DAY_AFTER})))"
    rf"{_CLOCK}(?:\s(?P<sm>[0-5]\d)(?![\w/:.]))?{_TAIL}{_ZONE}"
    rf"(?![\w/.]|:\d|\s*(?:h|hrs?|hours?|min|minutes?|days?|weeks?)\b)",
    re.I,
)
# "a quarter past 3pm", "20 past noon", "twenty after 3", "a quarter to noon"
_WORDS = lazy.regex(
    rf"(?<![/.:$-])\b(?:(?:at|@)\s+)?(?P<n>(?:a\s+)?quarter|half|\d{{1,2}}|{MINUTE_WORDS})"
    r"(?P<unit>\s+minutes?)?\s+(?P<dir>past|after|from|to|till|before|of)\s+"
    rf"(?P<h>\d{{1,2}}h?|noon|midday|midnight|{'|'.join(HOUR_WORDS)})(?:\s*(?P<mer>{_MER}))?{_TAIL}{_ZONE}(?![\w:/])",
    re.I,
)
_RANGE = lazy.regex(
    rf"(?:\b(?P<lead>from|at|between)\s+|@\s*|(?<![\w/.$-])){_CLOCK}"
    rf"(?:\s*(?:{'|'.join(z for z in CLOCK_OFFSETS if len(z) > 1)})\b)?\s*"
    rf"(?:-|to|until|untill|till|til|and)\s*{_CLOCK2}{_ZONE}(?![\w/:.]|\s*(?:h|hrs?|hours?|min)\b)",
    re.I,
)
# rule "clock times without a colon": "930-1230", "2-330", "1030-1130a" are a stretch of the day
# written the way a hurried calendar note writes it; one side at least has its minutes glued to
# its hour (an hour of 1-12), never a year run ("2025-2026"), a phone number ("917-555-0188") nor
# an invoice run ("1001-1005": not minutes on the five).
_GLUED = r"(?P<{h}>\d{{1,2}}?)(?P<{c}>:)?(?P<{m}>[0-5]\d)?"
_DIGITS_RANGE = lazy.regex(
    r"(?:\b(?P<lead>from|between)\s+|@\s*|(?<![\w/.$:-]))"
    + _GLUED.format(h="h", c="c", m="m")
    + rf"\s*(?P<mer>{_MER})?\s*(?:-|–|to|until|untill|till|til)\s*"
    + _GLUED.format(h="h2", c="c2", m="m2")
    + rf"\s*(?P<mer2>{_MER})?(?![\w/:.%-]|\s*(?:h|hrs?|hours?|min)\b)",
    re.I,
)


def _glued(found: re.Match[str]) -> bool:
    """Whether a range read by `_DIGITS_RANGE` is one of clock times without a colon."""
    glued = False
    for hour, colon, minutes in (("h", "c", "m"), ("h2", "c2", "m2")):
        if found[minutes] and not found[colon]:
            if not 1 <= int(found[hour]) <= 12 or int(found[minutes]) % 5:
                return False
            glued = True
    return glued


# "10am-noon", "9-midnight": a range that ends at a named hour ("15 to noon" is 11:45)
_TO_NAMED = lazy.regex(
    rf"(?:\b(?P<lead>from|at|between)\s+|@\s*|(?<![\w/.$-])){_CLOCK}\s*(?P<sep>-|–|to|until|till|til)\s*"
    r"(?P<word>noon|mid-?\s?day|midnight)\b",
    re.I,
)
# "noon to 1:30", "from noon until 2", "midday-1pm": a range that starts at noon ends after it
_FROM_NAMED = lazy.regex(
    r"(?:\b(?P<between>between\s+)|\bfrom\s+|@\s*|(?<![\w/.$-]))(?:noon|mid-?\s?day)\s*"
    r"(?:-|–|to|until|till|til|(?(between)and|(?!)))\s*(?P<h2>\d{1,2})(?::(?P<m2>[0-5]\d))?"
    rf"(?:\s*(?P<mer2>{_MER}))?(?![\w/:.]|\s*(?:h|hrs?|hours?|min)\b)",
    re.I,
)
_DAY_AFTER_RE = lazy.regex(_DAY_AFTER, re.I)
# a part of the day said alone ("in the afternoon", "morning of the 15th"): its usual start
_PART_ALONE = lazy.regex(
    r"\bin\s+the\s+(?P<part>morning|afternoon|evening)\b|\b(?P<part2>morning|afternoon|evening)\s+of\b"
    r"|\b(?P<early>early\s+(?:in\s+the\s+)?morning|in\s+the\s+early\s+hours(?:\s+of\s+the\s+morning)?)\b"
    r"|\b(?P<late>late)(?=\s+(?:tonight|tonite|last\s+night)\b)",
    re.I,
)
_PART_START = {"early": time(7), "late": time(22)}
# "now" as the time ("call ravi now"), not the word of a change told ("the conference is now set
# for dec 21", "it's now at 3")
_NOW = lazy.regex(
    r"(?<!from\s)(?<!from\sright\s)(?<!\bis\s)(?<!\bare\s)(?<!'s\s)(?<!’s\s)\b(?:right\s+)?now\b"
    r"(?!\s+(?:set|scheduled|moved|booked|confirmed|planned|on|at|for)\b)"
    r"|\bat\s+the\s+moment\b|\bATM\b",
    re.I,
)
# "15h00", "16h", "9h30" (the hour before an h), and "1030", "730 pm" (no colon)
_ZONES = "|".join(z for z in CLOCK_OFFSETS if len(z) > 1)
_H_CLOCK = r"(?P<hh>\d{1,2})h(?P<hm>[0-5]\d)?"
_H_SINGLE = lazy.regex(
    rf"(?:(?P<lead>\b(?:at|from|around|approximately|about)|@)\s*)?(?<![\w/.$:-]){_H_CLOCK}"
    rf"(?P<ish>ish)?{_ZONE}(?![\w/:.])",
    re.I,
)
_H_RANGE = lazy.regex(
    rf"(?:\b(?:from|between)\s+)?(?<![\w/.$:-]){_H_CLOCK}(?:\s*(?:{_ZONES})\b)?\s*"
    rf"(?:-|to|until|untill|till|and)\s*(?P<h2>\d{{1,2}})h(?P<m2>[0-5]\d)?{_ZONE}(?![\w/:.])",
    re.I,
)
_STREET = r"(?:st|street|ave|avenue|rd|road|blvd|boulevard|ln|lane|dr|drive|pl|place|way|pkwy)"
# "fri 1230 at gramercy tavern", "12/15 930": digits right after a day are its time of day
_AFTER_DAY = "|".join(
    rf"(?<=\b{day}\s)"
    for day in (
        *("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("today", "tmrw", "tmr", "tomorrow"),
    )
)
_DIGITS_CLOCK = lazy.regex(
    # "730 pm", "1030a", but not "room 1127 at the courthouse"
    rf"(?:(?P<lead>\b(?:at|around|approximately|about)|@)\s*|(?<![\w/.$:-])(?=\d{{3,4}}\s*{_MER})"
    rf"|(?=\d)(?:{_AFTER_DAY}|(?<=\d/\d\d\s)|(?<=\d/\d\s)))"
    rf"(?<![\w/.$:-])(?P<h>\d{{1,2}})(?P<m>[0-5]\d)(?:ish)?\s*(?P<mer>{_MER})?{_TAIL}(?![\w/:.-])"
    rf"(?!\s+(?:(?!(?:on|at|in|to)\b)[\w.'’-]+\s+){{1,2}}?{_STREET}\b)",  # "at 205 main street"
    re.I,
)
# "in a couple of minutes", "in a few hours", "in 1/4 h", "in 2 more minutes"
_IN_COUNT = lazy.regex(
    r"\b(?:in|within)\s+(?:about\s+|another\s+)?(?P<n>a\s+couple(?:\s+of)?|couple(?:\s+of)?|a\s+few|few"
    r"|a\s+pair\s+of|[1-3]/[24]|\d{1,3})\s+(?:more\s+)?(?P<u>minutes?|mins?|hours?|hrs?|h)\b"
    r"|\b(?:in|within)\s+(?P<n2>[1-3]/[24])\s*(?P<u2>h)\b",
    re.I,
)
_AMOUNTS = {"couple": 2, "a couple": 2, "few": 3, "a few": 3, "pair": 2, "a pair": 2,
            "1/4": 0.25, "1/2": 0.5, "3/4": 0.75}  # fmt: skip
_HOUR_WORD = "(?:" + "|".join(sorted(HOUR_WORDS, key=len, reverse=True)) + ")"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
# "at three", "seven thirty p.m.", "nine fifty nine a m", "eight tonight", "half three"
_WORD_CLOCK = lazy.regex(
    rf"(?:(?P<lead>\b(?:at|@))\s*)?\b(?P<half>half\s+)?(?P<hw>{_HOUR_WORD})"
    rf"(?:\s+(?P<mw>(?:twenty|thirty|forty|fifty)(?:[- ]{_UNITS})?|ten|fifteen|o\s*'?\s*clock|oh\s+{_UNITS}))?"
    rf"(?:\s*(?P<mer>a\.?\s?m\.?|p\.?\s?m\.?)(?![\w]))?{_TAIL}(?!\w)",
    re.I,
)
_FROM_NOW = lazy.regex(r"\b(?:in|within)\s+(?:about\s+|around\s+)?$", re.I)
_LATER = lazy.regex(r"\s+(?:from\s+now|later|hence)\b", re.I)
_NAMED = lazy.regex(
    r"\b(?:at\s+|@\s*)?(?P<word>noon|mid-?\s?day|midnight|end\s+of\s+(?:the\s+)?day)\b"
    r"|(?:\b(?:at|over|after)\s+|@\s*|\b(?:tomorrow|today)\s+(?=lunch))(?P<meal>lunch(?:time)?)\b",
    re.I,
)
_ALL_DAY = lazy.regex(r"\b(?:all|full|whole)[- ]?day\b", re.I)
_FOR = lazy.regex(
    r"\b(?:for|(?:for\s+)?(?:about|around|roughly|approximately|approx\.?))\s*$", re.I
)
_NAMED_TIMES = {"noon": 12, "midday": 12, "midnight": 0, "lunch": 12, "lunchtime": 12, "end": 17}
_DAYPARTS = {"morning": 9, "am": 9, "afternoon": 14, "pm": 14, "evening": 18, "night": 19}


@dataclass(frozen=True, slots=True)
class Window:
    """When a meeting happens in its day: start, end or length, or all day."""

    start: time | None = None
    end: time | None = None
    minutes: int | None = None
    all_day: bool = False
    bare: bool = False  # an hour without am/pm ("at 11"): the day's part may move it
    zone: str | None = None  # the zone written after the time ("8:00 PST")
    day: datetime | None = None  # "in 15 minutes": the moment, counted from now


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
    """Whether a match is clearly a time (meridiem, minutes, "at"/"from", or a part of day)."""
    groups = match.groupdict()
    if any(groups.get(key) for key in ("mer", "m", "lead", "oc", "part")):
        return True
    return _DAY_AFTER_RE.match(match.string, match.end()) is not None


@dataclass(frozen=True, slots=True)
class _At:
    """A time of day as read: `bare` when no am/pm said which half of the clock."""

    start: time
    bare: bool = False
    zone: str | None = None


def _zone(match: re.Match[str]) -> str | None:
    zone = match.groupdict().get("zone")
    return zone.lower() if zone else None


def _halved(hour: int, part: str | None) -> int:
    """A bare hour moved into the half of the clock its part of the day names."""
    half = DAYPART_HALF.get((part or "").lower())
    if half == "pm" and hour < 12:
        return hour + 12
    if half == "am" and hour >= 12 and hour != 12:
        return hour - 12
    return hour


def take(
    scan: Scan, date_order: str = "MDY", now: datetime | None = None, bare_ranges: bool = False
) -> Window | None:
    """Find and mark a meeting window: a range, a start (with "for <duration>"), or all day;
    with `now`, also a start counted from it ("in 15 minutes", "in an hour"); with
    `bare_ranges`, a stretch of bare hours is a window too ("zoom thurs 2-3" is 2-3 pm, by the
    bare-hour rule of office hours)."""
    if found := scan.first(_ALL_DAY):
        scan.take_match(found)
        return Window(all_day=True)
    if now is not None and (moment := _take_from_now(scan, now, date_order)) is not None:
        return Window(start=moment.time(), day=moment)
    if now is not None and (found := scan.first(_NOW)):
        scan.take_match(found)
        return Window(start=now.time().replace(second=0, microsecond=0), day=now)
    start = end = None
    zone = None
    if found := scan.first(_H_RANGE):
        start_hour, end_hour = int(found["hh"]), int(found["h2"])
        if start_hour < 24 and end_hour < 24:
            start = time(start_hour, int(found["hm"] or 0))
            end = time(end_hour, int(found["m2"] or 0))
            zone = _zone(found)
            scan.take_match(found)
    if start is None and (found := scan.first(_TO_NAMED)):
        hour = _hour(int(found["h"]), found["mer"], not found["mer"] and _bare(found["h"]))
        plain_to = (
            found["sep"].lower() == "to"
            and not (found["mer"] or found["m"])
            and not _morning_to_noon(found)
        )
        if hour is not None and not plain_to:
            start = time(hour, int(found["m"] or 0))
            end = time(_NAMED_TIMES[found["word"].lower().replace(" ", "").replace("-", "")], 0)
            scan.take_match(found)
    if start is None and (found := scan.first(_FROM_NAMED)):
        after_noon = _hour(int(found["h2"]), found["mer2"] or "pm", False)
        if after_noon is not None and after_noon >= 12:
            start, end = time(12, 0), time(after_noon, int(found["m2"] or 0))
            scan.take_match(found)
    glued = [] if start else [f for f in scan.matches(_DIGITS_RANGE) if _glued(f)]
    for found in [] if start else [*scan.matches(_RANGE), *glued]:
        cued = _clock(found) or found["mer2"] or found["m2"]
        if not (cued or (bare_ranges and int(found["h"]) <= 12 and int(found["h2"]) <= 12)):
            continue
        first_mer, second_mer = found["mer"], found["mer2"]
        h1, h2 = int(found["h"]), int(found["h2"])
        either = first_mer or second_mer
        end_read = _hour(h2, second_mer or first_mer, not either and _bare(found["h2"]))
        start_read = _hour(h1, either, not either and _bare(found["h"]))
        if start_read is None or end_read is None:
            continue
        start_hour, end_hour = start_read, end_read
        if not first_mer and second_mer and start_hour > end_hour:
            start_hour -= 12
        elif (end_hour, int(found["m2"] or 0)) <= (start_hour, int(found["m"] or 0)) and (
            end_hour < 12 and not second_mer
        ):
            end_hour += 12  # "11-1" ends in the afternoon; "9-9:30" stays in the morning
        start = time(start_hour, int(found["m"] or 0))
        end = time(end_hour % 24, int(found["m2"] or 0))
        zone = _zone(found)
        scan.take_match(found)
        break
    at = None
    if start is None:
        at = _take_single(scan)
    minutes = None
    if (start or at) is not None and end is None:
        seconds = _take_for(scan, date_order)
        minutes = seconds // 60 if seconds else None
    if at is not None and at.bare and (part := scan.first(_PART_ALONE)):
        scan.take_match(part)  # "in the evening at eight", "early morning @ 3"
        named = part["part"] or part["part2"] or ("morning" if part["early"] else "night")
        hour = _halved(at.start.hour, named.lower())
        at = _At(at.start.replace(hour=hour), False, at.zone)
    if at is not None and minutes is None and not at.bare:
        end = _end_apart(scan, at.start)
    if at is not None:
        return Window(start=at.start, end=end, minutes=minutes, bare=at.bare, zone=at.zone)
    if start is None and end is None:
        if now is not None and (found := scan.first(_PART_ALONE)):
            scan.take_match(found)
            return Window(start=_part_start(found))
        return None
    return Window(start=start, end=end, minutes=minutes, zone=zone)


# rule "the end said apart": "Thursday at 10am, until noon", "at 2pm, I think until 3:30": the
# end said in a clause of its own after the start (not "to 3", which may count anything else)
_END_APART = lazy.regex(
    r"[,;]\s*(?:and\s+)?(?:(?:until|untill|till|til)\s+|(?:ending|ends?|finishing|done)\s+(?:at|by)\s+"
    r"|to\s+(?=\d{1,2}(?::[0-5]\d|\s*(?:a\.?m\.?|p\.?m\.?)(?!\w))|noon|midday|midnight))"
    rf"(?:(?P<word>noon|midday|midnight)|(?P<h>\d{{1,2}})(?::(?P<m>[0-5]\d))?\s*(?P<mer>{_MER})?)"
    r"(?![\w/:.]|\s*(?:h|hrs?|hours?|min|minutes?|days?|weeks?|people|pages?)\b)",
    re.I,
)


def _end_apart(scan: Scan, start: time) -> time | None:
    """The end of a meeting said apart after its start, marked as understood; the hour without
    am or pm is the first after the start."""
    found = scan.first(_END_APART)
    if found is None:
        return None
    if found["word"]:
        end = time(_NAMED_TIMES[found["word"].lower()], 0)
    else:
        hour, minute = int(found["h"]), int(found["m"] or 0)
        if hour > 23:
            return None
        if found["mer"]:
            hour = hour % 12 + (12 if found["mer"].lower().startswith("p") else 0)
        elif hour <= 12 and (hour, minute) <= (start.hour, start.minute):
            hour += 12
        end = time(hour % 24, minute)
    if (end.hour, end.minute) <= (start.hour, start.minute) and end != time(0, 0):
        return None
    scan.take(found.start() + 1, found.end())
    return end


def _part_start(found: re.Match[str]) -> time | None:
    """The start a part of the day said alone gives ("early morning" 07:00, "late tonight" 22:00)."""
    for key, start in _PART_START.items():
        if found[key]:
            return start
    return daypart_time((found["part"] or found["part2"]).lower())


def _take_from_now(scan: Scan, now: datetime, date_order: str) -> datetime | None:
    """ "in 15 minutes", "in an hour", "2 minutes from now": now plus the length."""
    if counted := scan.first(_IN_COUNT):
        said, unit_text = counted["n"] or counted["n2"], counted["u"] or counted["u2"]
        amount = _AMOUNTS.get(" ".join(said.lower().split()[-2:]).replace("of", "").strip())
        amount = amount or number(said.split()[-1])
        if amount:
            unit = 60 if unit_text.lower().startswith("m") else 3600
            scan.take_match(counted)
            return (now.astimezone(UTC) + timedelta(seconds=amount * unit)).astimezone(now.tzinfo)
    found = durations.find(scan, date_order)
    if found is None:
        return None
    seconds, match = found
    lead = ending_at(_FROM_NOW, scan.text, match.start())
    after = _LATER.match(scan.text, match.end())
    if lead is None and after is None:
        return None
    scan.take(lead.start() if lead else match.start(), after.end() if after else match.end())
    return (now.astimezone(UTC) + timedelta(seconds=seconds)).astimezone(now.tzinfo)


_FROM_BEFORE = lazy.regex(r"\b(?:from|between)\s*$", re.I)


def _morning_to_noon(found: re.Match[str]) -> bool:
    """ "from 10 to noon", "9 to noon": a morning office hour (7-11) or "from" before a number
    said "to noon" starts a range; "15 to noon", "a quarter to noon" are 11:45."""
    said = (found.groupdict().get("n") or found.groupdict().get("h") or "").strip()
    word = (found.groupdict().get("word") or found.groupdict().get("h") or "").lower()
    if not said.isdigit() or not word.startswith(("noon", "mid")) or word == "midnight":
        return False
    lead = found.groupdict().get("lead") or ""
    before = found.string[: found.start()]
    return (
        7 <= int(said) <= 11
        or lead.lower() in ("from", "between")
        or bool(_FROM_BEFORE.search(before))
    )


def _words(found: re.Match[str]) -> time | None:
    """ "a quarter past 3pm" and the like, as a time of day."""
    words = found["n"].lower().replace("-", " ").split()
    said = words[-1]
    minutes = {"quarter": 15, "half": 30}.get(said)
    if minutes is None:
        values = [number(word) for word in words]
        if None in values:
            return None
        minutes = int(sum(v for v in values if v is not None))
    hour_text = found["h"].lower().rstrip("h")
    if hour_text in HOUR_WORDS:
        hour_text = str(HOUR_WORDS[hour_text])
    direction = found["dir"].lower()
    if direction in ("to", "till") and not found["unit"] and _morning_to_noon(found):
        return None  # "10 to noon" is a range of hours
    if direction in ("to", "till", "before", "of") and not (
        found["unit"] or not said.isdigit() or not hour_text.isdigit()
    ):
        return None  # "10 to 3pm" is a range of hours
    if hour_text.isdigit():
        hour = _hour(int(hour_text), found["mer"], not found["mer"])
        if hour is None:
            return None
        hour = _halved(hour, found["part"]) if not found["mer"] else hour
    else:
        hour = 0 if hour_text == "midnight" else 12
    if not 0 < minutes < 60:
        return None
    total = hour * 60 + (minutes if direction in ("past", "after", "from") else -minutes)
    return time(total % 1440 // 60, total % 60)


def _word_clock(found: re.Match[str], scan: Scan) -> _At | None:
    """A time said in words; it needs "at", am/pm, a part of the day or a day after it."""
    groups = found.groupdict()
    cued = any(groups.get(k) for k in ("lead", "mer", "part", "oc")) or found["half"]
    if not cued and _DAY_AFTER_RE.match(scan.text, found.end()) is None:
        return None
    hour_said = HOUR_WORDS[found["hw"].lower()]
    minutes, said = 0, (found["mw"] or "").lower().replace("-", " ").split()
    if said and said[0] not in ("o", "oh", "o'clock") and not said[0].startswith("o"):
        minutes = int(sum(number(w) or 0 for w in said))
    elif said and said[0] == "oh":
        minutes = int(number(said[1]) or 0)
    if found["half"]:
        minutes = 30  # "half three" is 3:30
    mer = found["mer"].replace(" ", "") if found["mer"] else None
    hour = _hour(hour_said, mer, not mer)
    if hour is None:
        return None
    if found["part"] and not mer:
        hour = _halved(hour_said, found["part"])
    bare = not mer and not found["part"]
    return _At(time(hour, minutes), bare)


def _h_clock(found: re.Match[str]) -> bool:
    """ "16h", "8h00 GMT", "at 9h30": a clock, not a length ("2h", "1h30" alone are lengths)."""
    hour = int(found["hh"])
    said = found["lead"] or found["zone"] or found["ish"] or found["hm"] == "00" or hour >= 10
    return bool(said) and hour < 24


def _take_single(scan: Scan) -> _At | None:
    for found in scan.matches(_WORDS):
        said = _words(found)
        if said is not None:
            scan.take_match(found)
            return _At(said, False, _zone(found))
    for found in scan.matches(_H_SINGLE):
        if _h_clock(found):
            scan.take_match(found)
            return _At(time(int(found["hh"]), int(found["hm"] or 0)), False, _zone(found))
    for found in scan.matches(_DIGITS_CLOCK):
        mer = found["mer"]
        hour = _hour(int(found["h"]), mer, not mer)
        if hour is not None:
            if found["part"] and not mer:
                hour = _halved(int(found["h"]), found["part"])
            scan.take_match(found)
            return _At(time(hour, int(found["m"])), not mer and not found["part"])
    for found in scan.matches(_WORD_CLOCK):
        worded = _word_clock(found, scan)
        if worded is not None:
            scan.take_match(found)
            return worded
    for found in scan.matches(_SINGLE):
        if not _clock(found):
            continue
        if found["sm"] and not found["lead"]:
            continue
        mer = found["mer"]
        hour = _hour(int(found["h"]), mer, not mer and _bare(found["h"]))
        if hour is None:
            continue
        if found["part"] and not mer:
            hour = _halved(int(found["h"]) % 24, found["part"])
        scan.take_match(found)
        minute = int(found["m"] or found["sm"] or 0)
        bare = not mer and not found["part"] and _bare(found["h"]) and int(found["h"]) <= 12
        return _At(time(hour, minute, int(found["s"] or 0)), bare, _zone(found))
    if found_named := scan.first(_NAMED):
        found = found_named
        if found["meal"]:  # "tomorrow lunch": the day stays for the date
            scan.take(found.start("meal"), found.end())
        else:
            scan.take_match(found)
        named = (found["word"] or found["meal"]).lower()
        if found.group(0).lower().startswith("after"):
            return _At(time(13))  # "after lunch"
        key = "midday" if named.startswith("mid") and named != "midnight" else named.split()[0]
        return _At(time(_NAMED_TIMES[key]))
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
    at = _take_single(scan)
    return at.start if at else None


def in_part(start: time, bare: bool, part: str | None) -> time:
    """A bare hour moved by the part of the day its date named ("tonight at 11" is 23:00,
    "3 tomorrow morning" 03:00)."""
    if not bare or part is None:
        return start
    hour = start.hour
    if DAYPART_HALF.get(part) == "am" and 13 <= hour <= 18:
        hour -= 12  # the bare-hour rule had made 1-6 afternoon
    return start.replace(hour=_halved(hour, part))
