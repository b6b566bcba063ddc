"""Calendar entries: "schedule hearing in Smith v Jones Nov 20 at 9am", "meeting with Jane
tomorrow 2-4pm at the courthouse", "all day Friday: trial prep", "what's on my calendar today",
"Marcus's agenda tomorrow", "… invite @Marcus and Jane Roe on the firm calendar" (see
`attendees`), "move Monday's status call to 4pm", "cancel my 3pm meeting tomorrow".

`start_at`/`end_at` are ISO 8601 with the UTC offset of that date; an entry lasts one hour unless
said otherwise; with no time it is all day (00:00:00 to 23:59:59 of the date).

An existing entry is named by its id as Clio gives it (an opaque string: "calendar entry
770004_20261130"), or by what it is (`refs.calendar_entry`) and when it is
(`refs.calendar_entry_on`: its day, `YYYY-MM-DD`, or with a time its start, ISO 8601).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime, time, timedelta, timezone

from intents import (
    attendees,
    dates,
    durations,
    lazy,
    matter_refs,
    names,
    records,
    recurrence,
    refs,
    search,
    shifts,
    times,
)
from intents.clock import Clock, iso
from intents.commands import Command, entry_id
from intents.lexicon import CLOCK_OFFSETS, FORUMS, ON_CALENDAR, TAKEN_OFF, WHOLE_SERIES
from intents.markup import ENTITY_CHARS
from intents.numbers import WORD_PATTERN, number
from intents.reading import Reading
from intents.scan import Scan, ending_at

_LOCATION = lazy.regex(
    r"(?:\b(?:location\s*:?|at|in)|@)\s+(?P<place>(?:the\s+)?(?:(?-i:[A-Z0-9])[\w.'’&-]*"
    r"(?:\s+(?:(?:of|the|and|offices?|building|chambers|clinic|home|residence|hall)(?![\w'’])|&"
    r"|(?-i:[A-Z0-9])[\w.'’&-]*))*|(?:courthouse|court|offices?|"
    r"conference\s+room|courtroom|room|chambers|library|boardroom|lobby|clinic|hospital|"
    r"client'?s\s+office|our\s+office|my\s+office)\b"
    # "the office of Metro Court Reporting", "the offices of opposing counsel": whose place it is
    r"(?:\s+of\s+(?:the\s+)?(?:(?-i:[A-Z0-9])[\w.'’&-]*(?:\s+(?:&|(?-i:[A-Z0-9])[\w.'’&-]*))*"
    r"|opposing\s+counsel|(?:our|their|his|her)\s+\w+))?(?:\s+(?-i:[A-Z0-9])[\w-]*)*))",
    re.I,
)
# "via zoom", "on teams", or the platform alone as a clause of its own (", zoom") or the last word
# ("10a-12p zoom")
_VIRTUAL = lazy.regex(
    r"(?:\b(?:via|on|over)\s+(?P<place>zoom|teams|google\s+meet|meet|webex|skype)\b"
    r"|(?:(?<=[,;])\s*|\s+(?=\S+(?:\s+meet)?\s*$))(?P<alone>zoom|teams|google\s+meet|webex|skype)"
    r"\s*(?=$|[,;.]))",
    re.I,
)
_PLACE_NOUN = (
    r"(?:court(?:house|room)?|ct|office|offices|room|rm|reporting|hall|building|center|centre|"
    r"depot|station|terminal|plaza|ave|avenue|street|st(?=\s*(?:$|[,;]))|blvd|boulevard|"
    r"hospital|clinic|library|chambers|boardroom|lobby|cafe|café|restaurant|bistro|hotel|club|jail|prison|"
    r"house|home|residence|apartment|place|plant|factory|warehouse|site|rooftop|venue)"
)
# "… on atlantic ave", "… on 5th avenue": the street a place is on belongs to the place
_STREET_TAIL = (
    r"(?:\s+(?:on|at|off)\s+(?:[\w.'’-]+\s+){0,2}?(?:ave|avenue|street|st|blvd|boulevard|road|rd"
    r"|broadway|square|sq)\b\.?)"
)
# "… plant in newark", "… her place in park slope": the town a place is in belongs to it
_TOWN_TAIL = (
    r"(?:\s+in\s+(?!(?:the|a|an|person|morning|afternoon|evening|time|case|re)\b)[a-z][\w'’-]+"
    r"(?:\s+(?!(?:to|for|with|on|at|about|re|and|by|from|the|her|his|their)\b)[a-z][\w'’-]+)?"
    r"(?=\s*(?:[,;.]|$|\s(?:to|for|with|about|re|on|at|from)\b)))"
)
# "cafe luxembourg", "hotel edison": a venue and its name, said before the end of a clause
_VENUE = r"(?:cafe|café|hotel|club|restaurant|bistro)"
# "at family court", "at metro court reporting": a few words that end with a kind of place
_PLACE_AT = lazy.regex(
    rf"(?:\bat|@)\s+(?P<place>(?:the\s+)?(?:[\w.'’&-]+\s+){{0,3}}(?:{_VENUE}\s+[a-z][\w'’&-]+"
    rf"(?=\s*(?:[,;]|$))|{_PLACE_NOUN}(?:\s+(?:[a-z]?\d+[a-z]?|[a-z])\b(?![\w'’]))?)"
    rf"{_STREET_TAIL}?{_TOWN_TAIL}?)\b",
    re.I,
)
# "conference room b", "conf rm A", "courtroom 4b", "rm 12": a room needs no "at"
_ROOM = lazy.regex(
    r"\b(?P<place>(?:conference|conf\.?)\s+(?:room|rm)\.?\s+(?:[a-z]|\d+[a-z]?)"
    r"|(?:court\s?room|ctrm)\.?\s+(?:[a-z]|\d+[a-z]?)|(?:room|rm)\.?\s+\d+[a-z]?)\b(?![\w'’])",
    re.I,
)
_QUERY_NOUNS = frozenset(
    {"hearing", "deposition", "depo", "trial", "meeting", "appointment", "conference",
     "consultation", "mediation", "court date", "mtg", "appt", "consult"}
)  # fmt: skip
_MATTER_CUES = frozenset({"for", "re", "regarding", "on", "under"})
_UPCOMING = lazy.regex(r"\b(?:upcoming|coming\s+up|next\s+few\s+days|soon)\b", re.I)
_OWNER = lazy.regex(
    rf"(?P<who>{ENTITY_CHARS}|\b(?-i:[A-Z][\w.-]*))(?:'s|’s|s')\s+(?=(?:agenda|calendar|schedule"
    r"|diary)\b)",
    re.I,
)
_POSSESSIVE = lazy.regex(r"(?:'s|’s)(?!\w)")
# Assumptions a planner reads back: the new time of an entry moved keeps its day, its time or
# its length when those were not said.
_FOR_DAYS = lazy.regex(rf"\bfor\s+(?P<n>\d{{1,3}}|{WORD_PATTERN})\s+days?\b", re.I)
NO_DATE = "no date given"
NO_TIME = "no time given: all day"
NO_DAY = "no day given, only a stretch of days"
_BROAD = frozenset({"week", "month", "quarter", "year", "weekend"})
KEEPS_LENGTH = "the entry keeps its length unless one is given"
SERIES = "calendar_entry_series"  # a ref: the change is the whole series', not one occurrence's


def read(reading: Reading, command: Command) -> None:
    {
        "create": _create,
        "search": _search,
        "update": _update,
    }.get(reading.action, _record)(reading, command)


def zoned(clock: Clock, day: date, at: time, zone: str) -> datetime:
    """A wall-clock time written in a named zone ("8:00 PST"), as the user's local time."""
    offset = timezone(timedelta(minutes=CLOCK_OFFSETS[zone]))
    return datetime.combine(day, at, tzinfo=offset).astimezone(clock.tz)


def window(
    reading: Reading,
    day: date | None,
    span: times.Window | None,
    daypart: str | None,
    last_day: date | None = None,
) -> None:
    """Write `start_at`, `end_at` (and `all_day`) for a day (to `last_day`) and a time window."""
    clock, fields = reading.clock, reading.fields
    start_time = span.start if span else None
    if span and span.day:
        day = span.day.date()
    if start_time is None and not (span and span.all_day):
        start_time = times.daypart_time(daypart)
    elif span and start_time is not None:
        start_time = times.in_part(start_time, span.bare, daypart)
    if day is None:
        day = clock.today
        if start_time and clock.at(day, start_time) < clock.now:
            day += timedelta(days=1)
        reading.assumptions.append(f"{NO_DATE}: {day.isoformat()}")
    if start_time is None:
        fields["all_day"] = True
        fields["start_at"] = iso(clock.at(day, time(0, 0)))
        fields["end_at"] = iso(clock.at(last_day or day, time(23, 59, 59)))
        if not (span and span.all_day):
            reading.assumptions.append(NO_TIME)
        return
    start = clock.at(day, start_time)
    if span and span.zone:
        start = zoned(clock, day, start_time, span.zone)
        reading.assumptions.append(f"time given in {span.zone.upper()}: shown in your time")
    if span and span.end:
        end_day = last_day or (day + timedelta(days=1) if span.end <= start_time else day)
        end: datetime = (
            zoned(clock, end_day, span.end, span.zone) if span.zone else clock.at(end_day, span.end)
        )
    else:
        end = clock.later(start, timedelta(minutes=(span.minutes if span else None) or 60))
        if last_day:
            end = clock.at(last_day, end.astimezone(clock.tz).time())
    fields["start_at"], fields["end_at"] = iso(start), iso(end)


# "..., description: bring the mri report", "notes - go over the trustee list", "agenda: ...": a
# labelled text of the entry, running to the next thing understood (or the end)
_DESCRIPTION = lazy.regex(
    r"(?:^|(?<=[\s,;(]))(?:description|desc|details|notes?|agenda)\s*(?::|[-–—]+)\s*(?=\S)", re.I
)


def _described(reading: Reading, label: re.Match[str] | None) -> None:
    """The text after a `_DESCRIPTION` label found before the entry's time was read, up to the
    next word understood since, is its description; an empty one leaves the label in the title."""
    scan = reading.scan
    if label is None or not scan.is_free(*label.span()):
        return
    end = scan.mask.find(b"\x01", label.end())
    end = len(scan.text) if end < 0 else end
    text = reading.message.plain(scan.text[label.end() : end]).strip(" .,;")
    if text:
        scan.take(label.start(), end)
        reading.fields["description"] = text


def _create(reading: Reading, command: Command) -> None:
    scan = reading.scan
    label = scan.first(_DESCRIPTION)
    weekdays = recurrence.take(reading)
    run = dates.take_day_run(scan, reading.clock, "future")
    span = times.take(scan, reading.clock.date_order, reading.clock.now)
    hit = (
        None
        if run
        else _dated_time(scan, reading) or dates.take(scan, reading.clock, "future", story=True)
    )
    if span is None and (hit or run) is not None:  # "thurs 2-3": bare hours after the day
        span = times.take(scan, reading.clock.date_order, bare_ranges=True)
    if span is None:
        span = times.take(scan, reading.clock.date_order)
    if span is None and hit is not None:
        span = _hour_after_day(scan, hit)
    if span is None or (span.start is None and not span.all_day):
        length = durations.take(scan, reading.clock.date_order)
        if length:
            span = times.Window(start=span.start if span else None, minutes=length // 60)
    elif span.start is not None and span.end is None and span.minutes is None:
        length = durations.take(scan, reading.clock.date_order)  # "30 min call … 11am"
        if length:
            span = dataclasses.replace(span, minutes=length // 60)
    day = run.start if run else hit.span.start if hit else None
    if day is None and weekdays:  # "weekly on fridays", "every tue and thu": the first of them
        today = reading.clock.today
        day = today + timedelta(days=min((wd - today.weekday()) % 7 or 7 for wd in weekdays))
    last_day = run.end if run else None
    if day is not None and last_day is None and (days := scan.first(_FOR_DAYS)):
        count = number(days["n"])
        if count and 1 <= count <= 366:  # "18th Dec for 10 days"
            scan.take_match(days)
            last_day = day + timedelta(days=int(count))
    daypart = hit.span.daypart if hit else None
    window(reading, day, span, daypart, last_day)
    if hit and hit.span.period in _BROAD and reading.fields.get("all_day") and not run:
        # "set up mtg with northwind next week": no day was said, only a stretch of days
        reading.assumptions.append(f"{NO_DAY}: the {hit.span.period}")
    _described(reading, label)
    attendees.take_calendar(reading)
    if said := ON_CALENDAR.search(reading.text):  # "put X on the calendar": not in its title
        reading.scan.take_match(said)  # (its noun may be read already, "on" not)
    attendees.take_attendees(reading)
    matter_refs.take_matter(reading, cues=_MATTER_CUES)
    _location(reading)
    summary = _LEAD_CUE.sub("", reading.free_text())
    reading.fields = {"summary": summary or command.noun_text or "Meeting", **reading.fields}
    if not summary:
        reading.assumptions.append("no title given")


# a bare hour said right after the day, ending the message or before a place or a matter; its
# minutes may be glued to it ("tue 1030", rule "clock times without a colon": an hour of 1-12,
# minutes on the five)
_HOUR_AFTER = lazy.regex(
    r"\s*(?:(?P<h>\d{1,2})(?::(?P<m>[0-5]\d))?|(?P<gh>1[0-2]|0?[1-9])(?P<gm>[0-5][05]))"
    r"(?=\s*$|\s*[,;]|\s+(?:at|in|for|re|on|w/|with)\b)"
)


def _hour_after_day(scan: Scan, hit: dates.Hit) -> times.Window | None:
    """ "mtg w/ hannah next mon 10": a bare hour after the day is its time (office hours)."""
    found = _HOUR_AFTER.match(scan.text, hit.end)
    hour = int((found["h"] or found["gh"]) if found else 0)
    if found is None or not scan.is_free(*found.span()) or not 1 <= hour <= 12:
        return None
    scan.take_match(found)
    start = time(hour + 12 if hour <= _OFFICE_PM else hour, int(found["m"] or found["gm"] or 0))
    return times.Window(start=start, bare=True)


_OFFICE_PM = 6  # a bare 1-6 is afternoon, as `times` reads bare hours


# "cal: chen med 12/14 930-1230", "cal smith v jones - ...": the calendar's label opening a note
_LEAD_CUE = lazy.regex(
    r"^(?:(?:an?|for|re:?|regarding|on|under)\s+(?:the\s+)?|cal\b\s*[:–—-]?\s*(?=\w))", re.I
)
_TIME_GAP = lazy.regex(r"[\s,]*(?:at\s+|@\s*|from\s+)?", re.I)


def _dated_time(scan: Scan, reading: Reading) -> dates.Hit | None:
    """A date said right before the entry's time dates the entry, even where a clause before
    it would make it the story's ("will signing 12/15 at 3pm")."""
    for hit in dates.find(scan, reading.clock, "future", first=3):
        after = _TIME_GAP.match(scan.text, hit.end)
        at = after.end() if after else hit.end
        if at < len(scan.text) and not scan.is_free(at, at + 1):
            scan.take(hit.begin, hit.end)
            return hit
    return None


# "lunch with ravi fri 12-1:30 at nobu", "at balthazar, re the settlement": one to three words
# after "at" end the message or come before its subject
# ", cook county courthouse", ", kings county supreme court", ", JAMS midtown": a clause of a few
# words that ends with a kind of place, or a forum's name and its branch, is where the entry is
_PLACE_CLAUSE = lazy.regex(
    r"(?<=[,;])\s*(?P<place>(?:the\s+|(?:my|our|his|her|their|that)\s+)?(?:(?!(?:re|for|with|w"
    r"|on|about|from|to|in|out|of|my|call|mtg|meeting)\b)[a-z][\w.'’&-]*\s+){0,4}"
    rf"(?:{_PLACE_NOUN}|place|spot){_STREET_TAIL}?|{FORUMS}(?:\s+[a-z][\w'’-]*){{0,2}})"
    r"(?:\s+(?:[a-z]?\d+[a-z]?|[a-z]))?\s*(?=$|[,;.])",
    re.I,
)
_AT_END = lazy.regex(
    r"(?:\bat|@)\s+(?P<place>(?:the\s+)?(?!(?:the|a|an|my|our|his|her|their|least|all|once|some"
    r"|noon|midnight|night|lunch|lunchtime|breakfast|dinner|eod|cob|latest|earliest|first|last"
    r"|some\s+point|that\s+time|this\s+point)\b)"
    r"(?:st\.?\s+|saint\s+)?[a-z][\w'’&-]{2,}(?:\s+[a-z][\w'’&-]*){0,2})\s*(?=$|[,;]|[.!?](?:\s|$))",
    re.I,
)
# "le pain on 5th ave": a name and the street it is on, as a clause of its own
_STREET_CLAUSE = lazy.regex(
    r"(?<=[,;])\s*(?P<place>(?:(?!(?:re|for|with|w|on|about|from|to|in|out|of|my|call|mtg|meeting"
    r"|an?|the)\b)[a-z][\w.'’&-]*\s+){1,3}?(?:on|at|off)\s+(?:[\w.'’-]+\s+){0,2}?"
    r"(?:ave|avenue|street|st|blvd|boulevard|road|rd|broadway|square|sq)\b\.?)"
    r"\s*(?=$|[,;.])",
    re.I,
)
# "cal: chen med 12/14 930-1230 jams", "garcia hrg prep tues 2-330 law library", "..., JAMS
# midtown": a word or four ending the message right after what was understood (its time), ending
# with a kind of place or a forum's name (and its branch), is where the entry is, with no "at"
_PLACE_LAST = lazy.regex(
    rf"(?P<place>(?!(?:re|for|with|w|on|about|from|to|in|of|call|mtg|meeting)\b)"
    rf"(?:[a-z][\w.'’&-]*\s+){{0,3}}(?:{_PLACE_NOUN}|{FORUMS}(?:\s+[a-z][\w'’-]*){{0,2}}))\W*",
    re.I,
)
# "in the big conf room", "in the small boardroom": a room said with a word or two before it
_IN_ROOM = lazy.regex(
    r"\b(?:in|at)\s+(?P<place>(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,2}(?:conf(?:erence|\.)?\s*(?:room|rm)"
    r"|boardroom|courtroom|war\s+room)\b(?:\s+(?:[a-z]|\d+[a-z]?)\b(?![\w'’]))?)",
    re.I,
)
# What follows a place and belongs to it (rule "the place kept whole"): its address ("her office
# 205 main st", "their offices (163 Main St)", "room 312 at 60 centre st"), a unit ("suite 1200",
# "4th floor") or a room said as a clause after it ("st mary's, radiology consult room").
_STREET_WORD = (
    r"(?:st|street|ave|avenue|blvd|boulevard|rd|road|pl|place|broadway|way|dr|drive|ln|lane|sq"
    r"|square|pkwy|parkway|plaza)"
)
_PLACE_TAIL = lazy.regex(
    r"(?:\s*,?\s*\(\s*|\s*,\s*|\s+(?:at|@|on)\s+|\s+)"
    rf"(?P<addr>\d+[a-z]?(?:\s+[\w.'’-]+){{1,3}}?\s+{_STREET_WORD}\b\.?)(?:\s*\))?"
    rf"|\s+(?P<street>{_STREET_WORD})\b\.?(?=\s*(?:$|[,;.!?]))"  # "... office on court st"
    rf"|\s+(?:on|off)\s+(?P<on_street>(?:[\w.'’-]+\s+){{0,2}}?{_STREET_WORD}\b\.?)"  # "on Court Street"
    r"|(?:\s*,\s*|\s+)(?P<unit>(?:suite|ste|fl|floor|rm|room|#)\.?\s*\d+[a-z]?"
    r"|\d+(?:st|nd|rd|th)\s+(?:fl|floor)\b\.?)"
    r"|\s*,\s*(?P<room>(?:(?!(?:re|for|with|about|on|an?|the|pls|please|can|put|add)\b)[\w'’.-]+\s+){0,3}"
    r"(?:room|rm|clinic|floor|fl|suite|wing|lobby|chambers|courtroom|part\s+\d+)"
    r"(?:\s+(?:[a-z]?\d+[a-z]?|\d+(?:st|nd|rd|th)\s+(?:fl|floor)))?)(?=\s*(?:$|[,;.]))",
    re.I,
)
# "..., 400 industrial way, newark", "..., 233 south wacker dr": a street address as a clause of
# its own, with the town when it ends the message
_ADDRESS_CLAUSE = lazy.regex(
    rf"(?<=[,;])\s*(?P<place>\d+[a-z]?(?:\s+[\w.'’-]+){{1,3}}?\s+{_STREET_WORD}\b\.?"
    r"(?:\s*,\s*[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?(?=\s*$))?)\s*(?=$|[,;.])",
    re.I,
)
# "location: 12 park pl 5th floor", "address is 88 pine street", "venue - JAMS": the place labelled
_LABELLED_PLACE = lazy.regex(
    r"\b(?:location|venue|address|addr)(?:\s*[:-]\s*|\s+is\s+|\s+(?=\d))"
    r"(?P<place>[^\s,;][^,;]*?)\s*(?=$|[,;]|\.(?:\s|$))",
    re.I,
)
_ABBREVIATED = lazy.regex(r"\b(?:st|ave|blvd|rd|dr|ln|pl|sq|ste|fl|rm)\.$", re.I)
_TRAILING_NUMBER = lazy.regex(r"\s+\d+[a-z]?$", re.I)
_A_TIME = lazy.regex(r"^\s*\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*$", re.I)


# "kings county supreme, courtroom 4": the building said before the room, as a clause of its own
_BUILDING_BEFORE = lazy.regex(
    r"(?:^|(?<=[\s,;]))(?P<head>(?:(?!(?:re|for|with|w|on|about|at|in|to)\b)[a-z][\w.'’&-]*\s+){0,3}"
    r"(?:supreme|court|courthouse|ct|county|hospital|building|center|centre|hall|tower|plaza"
    r"|offices?)),\s*$",
    re.I,
)


def _place_start(scan: Scan, start: int) -> int:
    """Where a room found at `start` begins once the building said before it is added."""
    found = ending_at(_BUILDING_BEFORE, scan.text, start)
    if found is None or not scan.is_free(found.start("head"), start):
        return start
    return found.start("head")


def _place_end(scan: Scan, end: int) -> int:
    """Where a place found ending at `end` ends once what belongs to it is added."""
    text = scan.text
    for _ in range(3):
        found = _PLACE_TAIL.match(text, end)
        if found is None:
            number = _TRAILING_NUMBER.search(text, max(0, end - 8), end)
            found = _PLACE_TAIL.match(text, number.start()) if number else None
            if found is None or not found["addr"]:
                return end
        if not scan.is_free(end, found.end()):
            return end
        end = found.end()
    return end


def _location(reading: Reading) -> None:
    """Where the entry is: the first place a pattern finds (never a time), kept whole with
    what follows it and belongs to it (`_PLACE_TAIL`)."""
    scan = reading.scan
    patterns = (
        _LABELLED_PLACE, _VIRTUAL, _ROOM, _IN_ROOM, _LOCATION, _PLACE_AT, _AT_END, _PLACE_CLAUSE,
        _ADDRESS_CLAUSE,
    )  # fmt: skip
    for pattern in (*patterns, _STREET_CLAUSE):
        found = scan.first(pattern)
        if not found:
            continue
        group = "alone" if pattern is _VIRTUAL and not found["place"] else "place"
        if _A_TIME.match(found[group]):
            continue
        start = found.start()
        if pattern is _VIRTUAL:
            place = found[group]
            place, end = place[:1].upper() + place[1:], found.end()
        else:
            end = _place_end(scan, found.end(group))
            start = found.start(group)
            start = _place_start(scan, start) if pattern in (_ROOM, _IN_ROOM) else start
            place = scan.text[start:end].strip(" ,")
            place = place[:-1] if place.endswith(".") and not _ABBREVIATED.search(place) else place
        if place.lower().startswith("the "):
            place = place[4:]
        scan.take(min(start, found.start()), max(end, found.end()))
        if pattern is not _ADDRESS_CLAUSE and (address := scan.first(_ADDRESS_CLAUSE)):
            # "at the globex warehouse ..., 400 industrial way, newark": the place and its address
            scan.take_match(address)
            place = f"{place}, {address['place'].strip()}"
        reading.fields["location"] = place
        return
    _place_last(reading)


_CLAUSE_END = lazy.regex(r"[,;]|\s*[,;]")


def _place_last(reading: Reading) -> None:
    """The last free words, right after the understood time, when `_PLACE_LAST` holds them: they
    end the message, or their clause, after which all is understood ("monday 9:30am kings county
    supreme court, 30 min")."""
    scan = reading.scan
    segments = scan.segments()
    if not segments or segments[-1][0] == 0:
        return
    start, end = segments[-1]
    if scan.is_free(end, len(scan.text)):
        found = _PLACE_LAST.fullmatch(scan.text, start, len(scan.text))
    elif scan.text[end - 1] in ",;" or _CLAUSE_END.match(scan.text, end):
        found = _PLACE_LAST.fullmatch(scan.text, start, end)
    else:
        found = None
    if found is None:
        return
    scan.take(start, end)
    reading.fields["location"] = found["place"]


def _search(reading: Reading, command: Command) -> None:
    scan, fields = reading.scan, reading.fields
    if found := scan.first(_UPCOMING):
        scan.take_match(found)
        fields["from"] = search.day_start(reading, reading.clock.today)
    search.set_times(reading, search.window(reading, "future"), "from", "to")
    for found in scan.matches(_POSSESSIVE):  # "tomorrow's hearings"
        if found.start() and scan.mask[found.start() - 1]:
            scan.take_match(found)
    if (owner := scan.first(_OWNER)) and (who := attendees.person(reading, owner["who"])):
        scan.take_match(owner)  # "Marcus's agenda", "<@U…>'s calendar"
        reading.refs["user"] = who
    elif not refs.take_mention(reading, "user"):
        refs.take_me(reading, "user")
    matter_refs.take_matter(reading)
    noun = command.noun_text
    singular = noun[:-1] if noun.endswith("s") else noun
    if singular in _QUERY_NOUNS:
        scan.take(command.noun_start, command.noun_end)
        fields["query"] = singular
    else:
        search.query(reading)


def _describe(reading: Reading) -> None:
    """Without an id, the entry is named by what is left ("my meeting with Acme")."""
    text = _FIELD_OF.sub("", _MINE.sub("", reading.free_text()))
    text = _ONE_ONLY.sub("", _STATED_TAIL.sub("", text))
    if text and text.lower() not in ("my", "our", "me"):
        reading.refs["calendar_entry"] = names.clean(text)


_MINE = lazy.regex(r"^(?:(?:just|only)\s+)?(?:(?:my|our)\s+)?", re.I)
# "cancel the team meeting on dec 14 only, rest stays": that occurrence alone, said of the rest
_ONE_ONLY = lazy.regex(
    r"(?:(?<![\s,;-])[\s,;-]*\b(?:only|just\s+(?:that|this)\s+(?:one|day|week)|not\s+the\s+(?:whole\s+)?"
    r"series|(?:the\s+)?rest\s+(?:stays?|remains?|(?:is|are)\s+fine)|keep\s+the\s+rest))+\s*$",
    re.I,
)
# "change the location of the jones depo ...": the field changed is not a word of the entry
_FIELD_OF = lazy.regex(
    r"^(?:the\s+)?(?:location|place|venue|room|title|summary|name|time|date|day|start|description"
    r"|notes?|details|length|duration|end(?:\s+time|ing\s+time)?)\s+(?:of|for|on)\s+",
    re.I,
)
_PLACE_FIELD = lazy.regex(r"\s*(?:the\s+)?(?:location|place|venue)\s+(?:of|for|on)\s", re.I)
_NOTES_FIELD = lazy.regex(
    r"\s*(?:the\s+)?(?:description|notes?|details)\s+(?:of|for|on)\s", re.I
)  # "change the description of the jones depo to ...": all after "to" is the text
# "change the length of the jones depo to 3 hours": the entry's new length, from its start
_LENGTH_FIELD = lazy.regex(r"\s*(?:the\s+)?(?:length|duration)\s+(?:of|for|on)\s", re.I)
LENGTH = "length_minutes"
# "change the end of the jones depo to 1pm": the time the entry ends, its start kept
_END_FIELD = lazy.regex(r"\s*(?:the\s+)?end(?:\s+time|ing\s+time)?\s+(?:of|for|on)\s", re.I)
END = "end_time"
_STATED_TAIL = lazy.regex(
    r"\s+(?:is\s+now|should\s+be|needs\s+to\s+be|is)(?:\s+(?:at|on|in))?$", re.I
)
_NEW = lazy.regex(
    r"\b(?:to|until|till|(?:should\s+be|is\s+now|needs\s+to\s+be)(?:\s+(?:at|on|in))?)\s+(?=\S)",
    re.I,
)
_NOT_WAS = lazy.regex(
    r"[,\s]+(?:not|instead\s+of)\s+(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:am|pm|a|p)?(?=[\s,.!]*$)", re.I
)
_BARE_HOUR = lazy.regex(r"\s*(?:at\s+)?(\d{1,2})(?::(\d\d))?(?=[\s,.!]*$)")


def _bare_hour(scan: Scan, pos: int) -> times.Window | None:
    """ "move my 10am to 11": an hour alone after "to" is the new start (8-11 in the morning,
    12-7 in the afternoon, as a working day goes)."""
    found = _BARE_HOUR.match(scan.text, pos)
    if found is None or not scan.is_free(*found.span(1)):
        return None
    hour, minute = int(found[1]), int(found[2] or 0)
    if not 1 <= hour <= 12 or minute > 59:
        return None
    scan.take(found.start(1), found.end())
    return times.Window(start=time(hour + 12 if hour < 8 else hour, minute), bare=True)


def _renamed_or_described(reading: Reading) -> None:
    if "calendar_entry" not in reading.refs:
        _describe(reading)
    if "calendar_entry" not in reading.refs and "calendar_entry_on" not in reading.refs:
        reading.hint = "Which calendar entry? e.g. 'event 55' or 'Monday's status call'."
        reading.confidence = 0.5


def _renamed(
    reading: Reading, cut: re.Match[str], named: str | None, field: str = "summary"
) -> None:
    """ "rename the depo on saturday to 'X'": the new summary after "to"; before it, the entry;
    "change the location of the garcia hearing to Courtroom 4B, Kings County": the new place."""
    scan = reading.scan
    scan.take_match(cut)
    pieces = [scan.text[a:b] for a, b in scan.segments() if a >= cut.end()]
    scan.take(cut.start(), len(scan.text))
    summary = reading.message.plain(" ".join(pieces)).strip(" ,;:-")
    if len(summary) > 1 and summary[0] == summary[-1] and summary[0] in "\"'":
        summary = summary[1:-1].strip()
    if summary:
        reading.fields[field] = summary
    if not named:
        _entry_on(reading, cut.start())
        _describe(reading)
    if "calendar_entry" not in reading.refs and "calendar_entry_on" not in reading.refs:
        reading.hint = "Which calendar entry? e.g. 'event 55' or 'Monday's status call'."
        reading.confidence = 0.5


def _lengthened(reading: Reading, cut: re.Match[str], named: str | None) -> None:
    """ "change the length of the jones depo to 3 hours": its new length after "to"; before
    it, the entry."""
    scan = reading.scan
    saved = bytes(scan.mask[: cut.end()])
    scan.take(0, cut.end())
    length = durations.take(scan, reading.clock.date_order)
    scan.mask[: cut.end()] = saved
    if length:
        reading.fields[LENGTH] = length // 60
        scan.take(cut.start(), len(scan.text))
    if not named:
        _entry_on(reading, cut.start())
        _describe(reading)
    _renamed_or_described(reading)


def _ended(reading: Reading, cut: re.Match[str], named: str | None) -> None:
    """ "change the end of the jones depo to 1pm": its new end after "to" (a bare hour as a
    working day goes); before it, the entry."""
    scan = reading.scan
    saved = bytes(scan.mask[: cut.end()])
    scan.take(0, cut.end())
    span = times.take(scan, reading.clock.date_order) or _bare_hour(scan, cut.end())
    scan.mask[: cut.end()] = saved
    if span and span.start:
        reading.fields[END] = span.start.strftime("%H:%M")
        scan.take(cut.start(), len(scan.text))
    if not named:
        _entry_on(reading, cut.start())
        _describe(reading)
    _renamed_or_described(reading)


def _take_id(reading: Reading, command: Command) -> str | None:
    """ "event 55", a Clio link, or an id Clio gave ("calendar entry 770004_20261130")."""
    found = records.take_ident(reading, command, "calendar_entry")
    if found or command.noun is None or command.noun.content:
        return found
    ident = entry_id(reading.text, command.noun_end)
    if ident is None or not reading.scan.is_free(*ident.span()):
        return None
    reading.scan.take(command.noun_start, ident.end())
    reading.refs["calendar_entry"] = ident["id"]
    return ident["id"]


# rule "an entry's day is the nearest": an entry already on the calendar named by a day more than
# half a year ahead ("the o'brien closing on 11/13", said on 3 December) is the one just gone.
_FAR_AHEAD = timedelta(days=183)


def _day_named(scan: Scan, clock: Clock) -> dates.Hit | None:
    """The first single day said in the free text, read as a plan (the next one) unless that is
    more than half a year ahead and the same words name a day gone by."""
    hits = [h for h in dates.find(scan, clock, "future") if h.span.start == h.span.end]
    if not hits or hits[0].span.start - clock.today <= _FAR_AHEAD:
        return hits[0] if hits else None
    gone = [h for h in dates.find(scan, clock, "past") if h.begin == hits[0].begin]
    return gone[0] if gone and gone[0].span.start == gone[0].span.end else hits[0]


def _entry_on(reading: Reading, before: int) -> date | None:
    """When the entry is, said before `before`: "Monday's status call", "the status call on
    Monday", "my 3pm meeting tomorrow" give `refs.calendar_entry_on` (a time alone is today's)."""
    scan, clock = reading.scan, reading.clock
    saved = bytes(scan.mask[before:])
    scan.take(before, len(scan.text))
    hit = _day_named(scan, clock)
    if hit:
        scan.take(hit.begin, hit.end)
        if possessive := _POSSESSIVE.match(scan.text, hit.end):
            scan.take_match(possessive)
    at = times.take_time(scan)
    scan.mask[before:] = saved
    if hit is None and at is None:
        return None
    day = hit.span.start if hit else clock.today
    if hit is None:
        reading.assumptions.append(f"no date given for the entry: {day.isoformat()}")
    reading.refs["calendar_entry_on"] = iso(clock.at(day, at)) if at else day.isoformat()
    return day


def _whole_series(reading: Reading) -> None:
    """ "... - the whole series, every occurrence": said of the series, and no words of it."""
    for found in list(reading.scan.matches(WHOLE_SERIES)):
        reading.scan.take_match(found)
        reading.refs[SERIES] = "all"


def _record(reading: Reading, command: Command) -> None:
    _whole_series(reading)
    if off := TAKEN_OFF.match(reading.text):  # "take X off the calendar": X names it
        reading.scan.take(0, off.start("what"))
        reading.scan.take(off.end("what"), off.end())
    if _take_id(reading, command) is None:
        _entry_on(reading, len(reading.text))
        _describe(reading)
    if "calendar_entry" not in reading.refs and "calendar_entry_on" not in reading.refs:
        reading.hint = "Which calendar entry? e.g. 'event 55' or 'Monday's status call'."
        reading.confidence = 0.5
    reading.free_text(take=False)


def _update(reading: Reading, command: Command) -> None:
    """New time after "to"; before it, the entry: by id, or what it is and when ("move Monday's
    status call to 4pm": that Monday at 4pm). Without "to", a date is the new one."""
    scan, order = reading.scan, reading.clock.date_order
    _whole_series(reading)
    named = _take_id(reading, command)
    if shifts.take(reading, command.verb):  # "push the depo back an hour": the rest names it
        if not named:
            _entry_on(reading, len(reading.text))
        _renamed_or_described(reading)
        return
    if correction := scan.first(_NOT_WAS):  # "at 1pm not 10": what it was names nothing
        scan.take_match(correction)
    cut = scan.first(_NEW)
    if cut and command.verb == "rename":
        _renamed(reading, cut, named)
        return
    if cut and _PLACE_FIELD.match(reading.text, command.verb_end):  # all after "to" is the place
        _renamed(reading, cut, named, "location")
        return
    if cut and _NOTES_FIELD.match(reading.text, command.verb_end):
        _renamed(reading, cut, named, "description")
        return
    if cut and _LENGTH_FIELD.match(reading.text, command.verb_end):
        _lengthened(reading, cut, named)
        return
    if cut and _END_FIELD.match(reading.text, command.verb_end):
        _ended(reading, cut, named)
        return
    old = dates.find(scan, reading.clock, "future", first=1)
    if cut:
        saved = bytes(scan.mask[: cut.end()])
        scan.take(0, cut.end())
    span = times.take(scan, order) or (_bare_hour(scan, cut.end()) if cut else None)
    hit = dates.take(scan, reading.clock, "future")
    if cut:
        scan.mask[: cut.end()] = saved
        if span or hit:
            scan.take_match(cut)
    entry_day = None
    if cut and (span or hit) and not named:
        entry_day = _entry_on(reading, cut.start())
    elif hit is None and old and cut and old[0].begin < cut.start() and not named:
        entry_day = _entry_on(reading, cut.start())  # "the depo on saturday is now in room b"
    elif hit is None and old and not cut:
        hit = old[0]
    if hit or span:
        window(reading, hit.span.start if hit else entry_day, span, None)
        if not (span and (span.end or span.minutes or span.all_day)):
            reading.assumptions.append(KEEPS_LENGTH)
    _location(reading)
    if command.verb == "rename" or scan.first(re.compile(r"\b(?:title|summary|name)\b", re.I)):
        found = scan.first(re.compile(r"\b(?:title|summary|name)?\s*(?:to|as|:)\s*", re.I))
        if found:
            scan.take_match(found)
        text = reading.free_text()
        if text:
            reading.fields["summary"] = text
    if "calendar_entry" not in reading.refs:
        _describe(reading)
    if "calendar_entry" not in reading.refs and "calendar_entry_on" not in reading.refs:
        reading.hint = "Which calendar entry? e.g. 'event 55' or 'Monday's status call'."
        reading.confidence = 0.5
    reading.free_text(take=False)
