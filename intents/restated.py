"""Changes to appointments, logged calls and emails, and tasks said as a statement of fact,
rewritten as the change command they mean (the rules `corrections.rewrite` tries first).

People tell the bot what is now true: "the garcia hearing on the 8th is 9am now not 9:30", "jones
depo is in conference room B now", "the notice of deposition email actually went out dec 1 at
4:05pm", "priya's taking the lease review task", "chen financial disclosures now due mon dec 7".
Each rule needs the record's kind said (an appointment, call or email word, or "task") and a value
that looks like one (a day or a clock time, a place, a person, a priority), and a sign that it is
news about a record already there ("now", "not ...", "instead of ...", "moved", "actually", "the"),
so a new appointment typed as a sentence ("lunch w hannah is at noon tmrw") stays one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from intents import dates, lazy, prefilter, requests
from intents.lexicon import WHOLE_SERIES

Rule = Callable[[str], str | None]

# the words that name an appointment, a call or an email
_EVENT = (
    r"depo|depos|deposition|hearing|meeting|mtg|conference|conf|appointment|appt|closing|deadline"
    r"|mediation|trial|call|email|e-mail|lunch|dinner|coffee|session|consult|consultation|zoom"
    r"|standup|catch-?up|check-?in|arraignment|sentencing|interview|walkthrough"
)
_EVENT_WORD = lazy.regex(rf"\b(?:{_EVENT})s?\b", re.I)
_EMAIL = lazy.regex(r"\b(?:email|e-mail)s?\b", re.I)
_CLOCK_SAID = r"\d(?::[0-5]\d|\s*(?:am|pm|a\.m\.|p\.m\.))|\bnoon\b"
_ONE_EVENT = lazy.regex(rf"\b(?:{_EVENT})$", re.I)
_COMM_WORD = lazy.regex(r"\b(?:email|e-mail|call|voicemail|vm)s?\b", re.I)
_TASK_WORD = lazy.regex(r"\b(?:task|todo|to-do)\b", re.I)
_DEFINITE = lazy.regex(r"^(?:the|my|our|that|this|\S+['’]s)\s", re.I)

_WEEKDAY = rf"{dates.WEEKDAY_ANY}\.?"
_MONTH = rf"{dates.MONTH}\.?"
_DAY = (
    rf"(?:(?:next|this|coming)\s+)?{_WEEKDAY}(?:\s+(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|the\s+\d{{1,2}}(?:st|nd|rd|th)?))?"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?"
    r"|tmrw|tmr|tomorrow|today|tonight|yesterday|yest|the\s+\d{1,2}(?:st|nd|rd|th)"
)
_CLOCK = r"(?:\d{1,2}(?::[0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.|a|p)?|noon|midday)"
_TIMES = rf"{_CLOCK}(?:\s*(?:-|–|to|until|till|til)\s*{_CLOCK})?"
# a length: "3 hours", "30 min", "an hour and a half", "1.5h"
_LENGTH = (
    r"(?:(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six)\s*(?:hours?|hrs?|h|minutes?|mins?)\b"
    r"(?:\s+and\s+a\s+half)?|half\s+an?\s+hour)"
)
# a day, a time of day, or both ("dec 15, 9:30", "monday 12/7, 10 to 12", "3:30")
_WHEN = lazy.regex(
    rf"^(?:on\s+)?(?:(?P<day>{_DAY})(?:\s*,?\s*(?:at\s+|from\s+|still\s+)?(?P<time>{_TIMES}))?"
    rf"|(?:at\s+|from\s+)?(?P<alone>{_TIMES}))$",
    re.I,
)
_RANGE = lazy.regex(rf"^{_CLOCK}\s*(?:-|–|to|until|till|til)\s*{_CLOCK}$", re.I)

# "not 9:30", "instead of 10", "not dec 1": the old value, said beside the new one
_OLD = lazy.regex(r"\s*,?\s*(?:not|instead\s+of|rather\s+than|no\s+longer)\s+[^,]+$", re.I)
# ", court granted the extension", ", A is being painted": why, after the value
_WHY = lazy.regex(r"\s*[,;(]\s*(?!\d)(?=[a-z]).*$", re.I)
# "now", "instead", and "same time" (rule "moved to a day, same time": the day alone is new)
_NOW = lazy.regex(
    r"\s+(?:now|instead|actually|then)$|^(?:now|actually)\s+"
    r"|\s*,?\s+(?:at\s+)?(?:the\s+)?same\s+(?:time|hour)(?:\s+(?:slot|as\s+before))?$",
    re.I,
)

# "X is at 3:30 now", "X is now on monday", "X starts at 1pm", "X got pushed to dec 15",
# "X moved to dec 14", "X is moving to monday", "X was dec 2 at 2:20pm", "X went out dec 1"
_MOVED = r"(?:moving|moved|pushed|bumped|rescheduled|changed|shifted)(?:\s+(?:back|up|out))?"
_EVENT_AT = lazy.regex(
    r"^(?P<subject>.+?)\s+(?P<verb>(?:is|was|has\s+been|got|been|gets)\s+(?:now\s+)?"
    rf"{_MOVED}\s+(?:to|until|till)|{_MOVED}\s+(?:to|until|till)"
    r"|(?:now\s+|actually\s+)?(?:starts|begins|start|begin)(?:\s+at)?"
    r"|(?:actually\s+)?(?:went\s+out|was\s+sent|got\s+sent|came\s+in|happened|took\s+place)"
    r"(?:\s+(?:on|at))?"
    r"|(?:is|was|are)(?:\s+(?:now|actually|really))*(?:\s+(?:on|at|for))?"
    r"|now(?:\s+(?:on|at|from))?)"  # "hannahs medical appt tmrw now 1pm til 2"
    r"\s+(?P<value>.+)$",
    re.I,
)
_NEWS = lazy.regex(r"\b(?:now|not|instead|actually|still)\b", re.I)


def _value(said: str) -> str:
    """The new value alone: without the old one, the reason and "now"."""
    value = _bare(said)
    return value if _WHEN.match(value) else _bare(_WHY.sub("", value))


def _bare(said: str) -> str:
    value, previous = said.strip(" .!"), None
    while previous != value:
        previous = value
        value = _NOW.sub("", _OLD.sub("", value)).strip(" ,.!")
    return value


def _when(value: str) -> str | None:
    """The day and time in the words the change grammars read ("dec 15 at 9:30", "monday 12/7
    from 10 to 12"), or None when `value` is not one."""
    found = _WHEN.match(value)
    if found is None:
        return None
    time = found["time"] or found["alone"]
    if found["day"] and time:
        lead = "from" if _RANGE.match(time) else "at"
        return f"{found['day']} {lead} {time}"
    return found["day"] or (f"from {time}" if _RANGE.match(time) else time)


# "..., and block out 3 hours this time since ...": the new length said after the new time
_LENGTH_AFTER = lazy.regex(
    rf"\s*[,;]?\s+(?:and\s+)?(?:block(?:\s+out|\s+off)?|make\s+it|for)\s+(?P<len>{_LENGTH})"
    r"(?:\s+(?:this\s+time|instead|total|long))*(?:\s*[,;]?\s+(?:since|because|as|so)\b.*)?$",
    re.I,
)
# "bob jones's lawyer has a conflict wednesday, so the jones depo ...": the story before "so"
_STORY_SO = lazy.regex(r"^.*?[,;]?\s+so\s+(?=(?:the|my|our|\S+['’]s)\s)", re.I)


def event_moved(text: str) -> str | None:
    """`event_moved`: "<appointment, call or email> is at <when> now (not <old>)" -> "move <it>
    to <when>" (for the length said after it); a logged call or email said to have happened
    then -> "change <it> to <when>"."""
    length = prefilter.search(_LENGTH_AFTER, text)
    found = prefilter.match(_EVENT_AT, text[: length.start()] if length else text)
    if found is None:
        return None
    subject, verb = _STORY_SO.sub("", found["subject"]).strip(" ,-"), found["verb"].lower()
    if not _EVENT_WORD.search(subject) or _TASK_WORD.search(subject):
        return None
    when = _when(_value(found["value"]))
    if when is None:
        return None
    moved = re.search(_MOVED, verb) is not None or verb.startswith(("start", "begin"))
    if not (moved or _NEWS.search(text) or _DEFINITE.match(subject)):
        return None  # "lunch w hannah is at noon tmrw": a new one, told as a sentence
    past = verb.startswith("was") or any(w in verb for w in ("went", "sent", "came", "happened"))
    if past and _COMM_WORD.search(subject):
        # "my acme call was on monday": a day alone may be a time entry's (they have no hour)
        timed = found["value"] and re.search(_CLOCK_SAID, found["value"], re.I)
        return f"change {subject} to {when}" if timed or _EMAIL.search(subject) else None
    return f"move {subject} to {when}" + (f" for {length['len']}" if length else "")


# "jones depo is in conference room B now", "the garcia hearing is at Courtroom 4B now", "the
# jones deposition on wed is moving to the 12th floor boardroom", "... will be in Part 14 at
# Kings County Supreme", "... so the monday team meeting should be in the library": a few words
# ending with a kind of room (an ordinal or a name before it), after a story ending in "so"
_ROOM_WORD = (
    r"(?:conference\s+room|conf\s+room|room|rm|courtroom|suite|floor|office|dept\.?|department"
    r"|boardroom|library|chambers|lobby|part\s+\d+|zoom|teams|webex)"
)
_ROOM_SAID = (
    r"(?:the\s+)?(?:(?:\d+(?:st|nd|rd|th)|(?!(?:in|at|on|to|now|and|the)\b)[a-z][\w'’.-]*)\s+){0,3}?"
    rf"{_ROOM_WORD}\b.*"
)
_PLACE_STATED = lazy.regex(
    r"^(?:.+?\s+so\s+)?(?P<subject>.+?)\s+(?:is|was|will\s+be|should\s+be)\s+(?:now\s+|actually\s+)*"
    rf"(?:moving\s+|moved\s+)?(?:in|at|to)\s+(?P<place>{_ROOM_SAID})$",
    re.I,
)
# "put the robert jones deposition in conference room B", after a story ("conf room A is taken
# saturday, put ..."): the room of an appointment already there
_PUT_IN = lazy.regex(
    r"^(?:.+?[,;:.]\s+(?:so\s+)?)?(?:(?:pls|please|can|could|u|you)\s+)*put\s+"
    rf"(?P<subject>(?:the|my|our|\S+['’]s)\s+.+?)\s+(?:in|into)\s+(?P<place>{_ROOM_SAID})$",
    re.I,
)
# "every weekly team meeting (the whole series) should have the location set to the large
# conference room", "the jones depo needs to have its location changed to room B"
_PLACE_SET = lazy.regex(
    r"^(?P<subject>.+?)\s+(?:should|needs\s+to|must|has\s+to)\s+have\s+(?:the|its|their|a)\s+"
    r"(?:location|place|venue|room)\s+(?:set|changed|updated|moved|switched)\s+to\s+(?P<place>.+)$",
    re.I,
)
# the statement's request to change what it said: ". can you update the location", "- please
# change it on the whole series"
_UPDATE_ASKED = lazy.regex(
    r"\s*(?:[.,;!–—]|\s-)+\s*(?:(?:pls|please|can|could|would|u|you)\s+)*(?:update|change|fix"
    r"|amend)\s+(?:the\s+|its\s+|it\b|that\b)(?:location|place|venue|room|calendar|entry)?.*$",
    re.I,
)
# "location for the garcia hearing: Courtroom 4B", "the jones depo location is now room B"
_PLACE_LABELLED = lazy.regex(
    r"^(?:(?:the\s+)?(?:location|place|venue|room)\s+(?:for|of|on)\s+(?P<subject>.+?)\s*(?::|->|=|"
    r"\s(?:is|should\s+be|will\s+be)(?:\s+now)?)\s*(?P<place>.+)"
    r"|(?P<subject2>.+?)\s*[-,:]?\s+(?:location|place|venue)\s*(?::|->|=|\s(?:is|should\s+be)"
    r"(?:\s+now)?)\s*(?P<place2>.+))$",
    re.I,
)


def event_place(text: str) -> str | None:
    """`event_place`: "<appointment> is in <room> now" / "location for <appointment>: <place>" /
    "put <appointment> in <room>" -> "change the location of <it> to '<place>'" (quoted: a place
    may have commas), said of the whole series when the request after it says so."""
    asked = prefilter.search(_UPDATE_ASKED, text)
    said = text[: asked.start()] if asked else text
    series = WHOLE_SERIES.search(asked.group()) if asked else None
    found = prefilter.match(_PLACE_LABELLED, said)
    if found is not None:
        subject = found["subject"] or found["subject2"]
        place = found["place"] or found["place2"]
    elif (found := prefilter.match(_PLACE_SET, said)) is not None:
        subject, place = found["subject"], found["place"]
    elif (
        found := prefilter.match(_PLACE_STATED, said) or prefilter.match(_PUT_IN, said)
    ) is not None:
        subject, place = found["subject"], _WHY.sub("", found["place"])
        if not (_NEWS.search(said) or _DEFINITE.match(subject)):
            return None
    else:
        return None
    if (inside := WHOLE_SERIES.search(place)) is not None:  # "... for the entire series"
        place, series = place[: inside.start()], inside
    place = _NOW.sub("", place.strip(" .!")).strip(" ,'\"")
    if not _EVENT_WORD.search(subject) or _COMM_WORD.search(subject) or not place:
        return None
    if asked is None and booking(subject, text):
        return None
    whole = series.group() if series else ""
    return f"change the location of {subject.strip(' ,-')} to '{place}'{whole}"


def booking(subject: str, text: str) -> bool:
    """ "client mtg w ravi friday 3pm, location: ..." : a subject with its clock time, said with
    no article and no word of change, describes a new entry, not one to change."""
    timed = re.search(_CLOCK_SAID, subject, re.I) is not None
    return timed and not _DEFINITE.match(subject) and not _NEWS.search(text)


# "priya's taking the lease review task", "marcus is doing the chen disclosures task now, not
# hannah", "hannah has the trust deed task now"
_TAKER = lazy.regex(
    r"^(?P<who>[a-z][\w.-]*(?:\s+(?!is\b|will\b|has\b)[a-z][\w.-]*)?)(?:['’]s|\s+is|\s+will|\s+has)?\s+"
    r"(?:be\s+)?(?:taking(?:\s+over)?|doing|handling|owning|picking\s+up|takes|took(?:\s+over)?"
    r"|got|gets|has|owns|handles|will\s+take|covering)\s+"
    r"(?P<task>(?:the|that|this)\s+.+?\b(?:task|todo|to-do))(?:\s+now)?"
    r"(?:\s*,?\s*(?:not|instead\s+of|from)\s+\w+)?(?:\s+(?:now|instead))?$",
    re.I,
)
_NOT_PEOPLE = frozenset({"who", "what", "which", "i", "we", "it", "that", "this", "nobody"})


def task_taken(text: str) -> str | None:
    """`task_taken`: "<person> is taking <the X task> (not <other>)" -> "assign <it> to <person>"."""
    found = prefilter.match(_TAKER, text)
    if found is None or found["who"].lower() in _NOT_PEOPLE:
        return None
    return f"assign {found['task']} to {found['who']}"


# "chen financial disclosures now due mon dec 7", "trust deed for patel - due date moved to dec
# 11", "the witness list task is due friday now"
_DUE_STATED = lazy.regex(
    r"^(?P<task>.+?)\s*(?:[-:,–—]\s*)?(?:(?:is|are)\s+)?(?:now\s+)?(?:due(?:\s+date)?"
    rf"\s+(?:is\s+|was\s+)?(?:now\s+)?(?:{_MOVED}\s+(?:to\s+)?|(?:changed\s+)?to\s+)?|due\s+now\s+)"
    r"(?:on\s+|by\s+)?(?P<day>.+)$",
    re.I,
)
_NEW_TASK = lazy.regex(r"^(?:task|todo|to-do|new|add|create|remind)\b", re.I)
_CHANGE_SIGN = lazy.regex(rf"\bnow\b|{_MOVED}|\bnot\b|\binstead\b", re.I)


def task_due(text: str) -> str | None:
    """`task_due`: "<task> now due <day>" / "<task> - due date moved to <day>" -> "push <the task>
    to <day>" (a task, as only a task is due)."""
    found = prefilter.match(_DUE_STATED, text)
    if found is None or not _CHANGE_SIGN.search(text):
        return None
    task, day = found["task"].strip(" ,-"), _value(found["day"])
    if _NEW_TASK.match(task):
        return None  # "task: call the clerk, now due friday": a new one
    when = _WHEN.match(day)
    if (
        when is None
        or not when["day"]
        or (_EVENT_WORD.search(task) and not _TASK_WORD.search(task))
    ):
        return None
    named = task if _TASK_WORD.search(task) else f"{task} task"
    return f"push {named} to {when['day']}"


# "the garcia medical records request task is high priority now", "witness list task is now urgent"
_PRIORITY_STATED = lazy.regex(
    r"^(?P<task>.+?\b(?:task|todo|to-do))\s+(?:is|was)\s+(?:now\s+|actually\s+)*(?:a\s+)?"
    r"(?P<p>high|urgent|low|normal|medium)(?:[- ]?(?:priority|prio|pri))?(?:\s+now)?(?:\s*,.*)?$",
    re.I,
)


def task_priority(text: str) -> str | None:
    """`task_priority`: "<the X task> is high priority now" -> "set <it> to high priority"."""
    found = prefilter.match(_PRIORITY_STATED, text)
    if found is None:
        return None
    return f"set {found['task']} to {found['p'].lower()} priority"


# "retitle the patel trustee call log 'X'", "rename the depo outline task "Y"": the new name
# quoted at the end, without "to"
_RENAMED_QUOTED = lazy.regex(
    r"^(?P<verb>rename|retitle|re-title|re-name|re-subject|resubject)\s+(?P<what>.+?)"
    r"(?<!\bto)(?<!\bas)\s+(?P<name>(?P<q>['\"“‘]).+['\"”’])"
    rf"(?P<series>{WHOLE_SERIES.pattern})?$",
    re.I,
)


def renamed_quoted(text: str) -> str | None:
    """`renamed_quoted`: "retitle <record> '<name>'" -> "rename <record> to '<name>'"."""
    found = prefilter.match(_RENAMED_QUOTED, text)
    if found is None:
        return None
    return f"rename {found['what']} to {found['name']}{found['series'] or ''}"


# "no team mtg next monday (dec 7) pls, kill just that one": an appointment said to be off
_NONE_ON = lazy.regex(
    rf"^no\s+(?P<what>.+?)\s+(?:on\s+)?(?P<day>{_DAY})(?:\s*\((?P<inner>{_DAY})\))?"
    r"(?:\s+(?:pls|please|this\s+week))?(?:\s*[,;:–—-].*)?$",
    re.I,
)


def event_off(text: str) -> str | None:
    """`event_off`: "no <appointment> <day>" -> "cancel the <appointment> on <day>"."""
    found = prefilter.match(_NONE_ON, text)
    if found is None or not _ONE_EVENT.search(found["what"]):
        return None  # "no calls today": none of them, a look-up
    return f"cancel the {found['what']} on {found['inner'] or found['day']}"


# ", not the witness one", "(not the motion one)", ", only", ", rest stays": which one is meant
# said by the ones that are not
_CONTRAST = lazy.regex(
    r"(?<!\s)\s*(?:[,;(]\s*|\s[-–—]\s*)(?:but\s+)?not\s+the\s+(?:[\w'’-]+\s+){1,4}(?:one|ones|entry|task"
    r"|email|call|meeting)\)?\s*$",
    re.I,
)


def drop_contrast(text: str) -> str:
    """`not_the_other`: the request without a trailing "not the X one" (which is not meant)."""
    return prefilter.sub(_CONTRAST, "", text)


# "the witness availability email should be on the garcia matter": a call or email's matter
_ON_MATTER = lazy.regex(
    r"^(?P<record>.+?)\s+(?:should\s+(?:be|have\s+been)|belongs|goes|is\s+actually)\s+(?:on|under|in"
    r"|with)\s+(?P<matter>.+?)(?:\s+instead)?$",
    re.I,
)


def comm_matter(text: str) -> str | None:
    """`comm_on_matter`: "<call or email> should be on <matter>" -> "move <it> to <matter>"."""
    found = prefilter.match(_ON_MATTER, text)
    if found is None or not _COMM_WORD.search(found["record"]):
        return None
    if _WHEN.match(found["matter"]) or _TASK_WORD.search(found["record"]):
        return None
    return f"move {found['record']} to {found['matter']}"


# "subject on john smith's witness availability email should read 'Re: ...'"
_SUBJECT_FIRST = lazy.regex(
    r"^(?:the\s+)?(?:subject|title)(?:\s+line)?\s+(?:on|of|for|in)\s+(?P<record>.+?)\s*"
    r"(?:should\s+(?:read|be|say)|needs\s+to\s+(?:read|be|say)|is\s+now|->|=|:)\s*(?P<value>.+)$",
    re.I,
)


def subject_first(text: str) -> str | None:
    """`subject_first`: "subject on <call or email> should read <value>" -> change it."""
    found = prefilter.match(_SUBJECT_FIRST, text)
    if found is None or not _COMM_WORD.search(found["record"]):
        return None
    return f"change the subject of {found['record']} to {found['value']}"


# "dr hart's expert report on injuries — push it to wed dec 16": the record, then the change to
# "it" after a dash
_CHANGE_AFTER = lazy.regex(
    r"^(?P<record>[^-–—:;]+?)\s*(?:\s[-–—]|[–—:;]|->|=>|→)\s*(?:(?:pls|please|can\s+you|just)\s+)*"
    r"(?P<verb>push|move|bump|reschedule|postpone|mark|set|reassign|assign|give|rename|change)\s+"
    r"(?:it|that|this)\s+(?P<rest>.+)$",
    re.I,
)


# a change only a task takes: a new assignee, a priority, a task's status
_TASK_ONLY = lazy.regex(
    r"^(?:(?:reassign|assign|give|hand)\b.*|.*\b(?:priority|prio|in\s+progress|in\s+review"
    r"|pending)\b.*)$",
    re.I,
)
_KIND_SAID = lazy.regex(
    rf"\b(?:task|todo|to-do|entry|expense|time|note|matter|case|{_EVENT})s?\b", re.I
)


def change_after(text: str) -> str | None:
    """`change_after`: "<record> - push it to <day>" -> "push <record> to <day>"; a record said by
    its work alone ("witness list for johnson — give it to priya") is a task when the change is
    one only a task takes."""
    found = prefilter.match(_CHANGE_AFTER, text)
    if found is None:
        return None
    record = found["record"].strip()
    change = f"{found['verb']} {found['rest']}"
    priority = re.search(r"\b(?:priority|prio)\b", change, re.I) is not None
    if (
        _TASK_ONLY.match(change)
        and not _TASK_WORD.search(record)
        and (priority or not _KIND_SAID.search(record))
    ):
        record = requests.as_task(record)
    return f"{found['verb']} {record} {found['rest']}"


# "bump X to high pri - actually it is already high, just move it to 12/9": the change taken
# back and said again for "it", the record of the first
_TAKEN_BACK = lazy.regex(
    r"^(?P<verb>[a-z]+)\s+(?P<record>.+?)\s+(?:to|as)\s+[^-–—,;]+?\s*(?:[-–—,;]\s*)+"
    r"(?:actually|wait|no|sorry|scratch\s+that|never\s*mind)\b.*?[,;-]\s*(?:just\s+|instead\s+)?"
    r"(?P<again>move|push|bump|reschedule|mark|set|change|assign|give|reassign)\s+(?:it|that)\s+"
    r"(?P<rest>.+)$",
    re.I,
)


def taken_back(text: str) -> str | None:
    """`taken_back`: "<verb> <record> to <X> - actually ..., just <verb> it <Y>" -> "<verb> <record>
    <Y>": the change said last, on the record said first."""
    found = prefilter.match(_TAKEN_BACK, text)
    if found is None or not _CHANGE_VERB.match(found["verb"]):
        return None
    return f"{found['again']} {found['record'].strip()} {found['rest']}"


_CHANGE_VERB = lazy.regex(
    r"^(?:move|push|bump|reschedule|mark|set|change|update|assign|reassign|give)$", re.I
)


# rule "an appointment's new length": "block 3 hrs for the jones depo instead of 2", "can we cut
# the 12/14 team meeting down to 30 min", "extend the garcia hearing to 2 hours"
_LENGTH_ASKED = lazy.regex(
    r"^(?:(?:pls|please|can|could|u|you|we)\s+)*(?:block(?:\s+out|\s+off)?\s+(?P<len>"
    rf"{_LENGTH})\s+(?:for|on)\s+(?P<what>(?:the|my|our|\S+['’]s)\s+.+?)|(?:cut|shorten|trim"
    r"|extend|lengthen)\s+(?P<what2>(?:the|my|our|\S+['’]s)\s+.+?)\s+(?:down\s+|up\s+|out\s+)?to\s+"
    rf"(?P<len2>{_LENGTH}))(?P<old>\s*,?\s*(?:instead\s+of|not|rather\s+than)\s+[\w.]+"
    r"(?:\s+(?:hours?|hrs?|h|minutes?|mins?))?)?(?:\s*(?:[,;.]|\s[-–—])\s*.*)?$",
    re.I,
)


def event_length(text: str) -> str | None:
    """`event_length`: "block <length> for <appointment> instead of <old>" / "cut <appointment>
    down to <length>" -> "change the length of <it> to <length>"."""
    found = prefilter.match(_LENGTH_ASKED, text)
    if found is None:
        return None
    what = found["what"] or found["what2"]
    if not _EVENT_WORD.search(what) or _COMM_WORD.search(what) or _TASK_WORD.search(what):
        return None
    if found["what"] and not found["old"]:
        return None  # "block 2 hours for the jones depo prep tomorrow": a new block of time
    return f"change the length of {what} to {found['len'] or found['len2']}"


# rule "an appointment's new end": "robert jones depo wed will run til 1pm", "the garcia hearing
# now ends at 4", "extend the mediation until 5pm": the time it ends, its start kept.
# Counter-examples: "block 9 to 11 for the depo prep" (a new block), "the depo is at 1pm now" (a
# new start), a call or a task ("the call ran until 3": logged, not on the calendar).
_END_SAID = lazy.regex(
    r"^(?:(?:pls|please|can|could|u|you|we)\s+)*(?:extend\s+(?P<what>(?:the|my|our|\S+['’]s)\s+.+?)"
    r"\s+(?:until|till|til|to)|(?P<what2>(?:the\s+|my\s+|our\s+)?.+?)\s+(?:now\s+)?(?:(?:will|'ll|should)\s+)?"
    r"(?:run|runs|go|goes|last|lasts|end|ends|finish|finishes)\s+(?:now\s+)?(?:until|till|til|at|to))\s+"
    rf"(?P<clock>{_CLOCK})(?:\s+now)?[\s.!]*$",
    re.I,
)


def event_end(text: str) -> str | None:
    """`event_end`: "<appointment> will run until <time>" / "extend <appointment> until <time>"
    -> "change the end of <it> to <time>"."""
    found = prefilter.match(_END_SAID, text)
    if found is None:
        return None
    what = (found["what"] or found["what2"]).strip()
    if not _EVENT_WORD.search(what) or _COMM_WORD.search(what) or _TASK_WORD.search(what):
        return None
    article = "" if _DEFINITE.match(what + " ") else "the "
    return f"change the end of {article}{what} to {found['clock']}"


# rule "an appointment's new start, its end said too": "marcus's hearing on sat the 19th starts at
# 10 not 9:30, still ends at 11", "the patel meeting now begins at 2 and ends at 3:30": both times,
# not the start moved with the length kept. Counter-example: "the depo starts at 1 now" (the start
# alone: the length is kept).
_SPAN_SAID = lazy.regex(
    rf"^(?P<what>.+?)\s+(?:now\s+)?(?:starts?|begins?|is\s+starting)\s+(?:now\s+)?(?:at\s+)?"
    rf"(?P<start>{_CLOCK})(?:\s+now)?(?:\s*,?\s*(?:not|instead\s+of|rather\s+than)\s+{_CLOCK})?"
    r"(?:\s*[,;]\s*|\s+[-–—]\s*|\s+)(?:(?:and|but)\s+)?(?:(?:it|that)\s+)?(?:still\s+)?"
    rf"(?:ends?|finish(?:es)?|runs?\s+(?:until|till|til|to))\s+(?:at\s+)?(?P<end>{_CLOCK})"
    r"(?:\s+(?:still|as\s+before))?[\s.!]*$",
    re.I,
)


def _clock(said: str) -> str:
    """A clock time as the grammars read it in a change: "10" -> "10:00"."""
    said = said.strip()
    return f"{said}:00" if said.isdigit() else said


def event_span(text: str) -> str | None:
    """`event_span`: "<appointment> starts at <time>, ends at <time>" -> "change <it> to
    <start>-<end>"."""
    found = prefilter.match(_SPAN_SAID, text)
    if found is None:
        return None
    what = found["what"].strip()
    if not _EVENT_WORD.search(what) or _COMM_WORD.search(what) or _TASK_WORD.search(what):
        return None
    article = "" if _DEFINITE.match(what + " ") else "the "
    return f"change {article}{what} to {_clock(found['start'])}-{_clock(found['end'])}"


# rule "words for an appointment's description": "globex filing deadline add note response due by
# 5pm via nyscef", "<story> - can you add that to the depo's description"
_NOTE_ADDED = lazy.regex(
    rf"^(?P<what>.+?\b(?:{_EVENT})s?)\s*[-:,–—]?\s+add\s+(?:a\s+)?note\s*[:–—-]?\s+(?P<text>.+)$",
    re.I,
)
_THAT_ADDED = lazy.regex(
    r"^(?P<text>.+?)\s*(?:[-–—,;.:]\s*)+(?:(?:pls|please|can|could|would|u|you)\s+)*add\s+"
    r"(?:that|this|it|all\s+that)\s+(?:to|in|on|into)\s+(?:the\s+)?(?P<what>.+?)(?:['’]s)?\s+"
    r"(?:description|notes|details)(?:\s+(?:pls|please))?$",
    re.I,
)


def event_noted(text: str) -> str | None:
    """`event_noted`: "<appointment> add note <text>" / "<text> - add that to <appointment>'s
    description" -> "change the description of <it> to '<text>'"."""
    found = prefilter.match(_NOTE_ADDED, text) or prefilter.match(_THAT_ADDED, text)
    if found is None or _COMM_WORD.search(found["what"]) or _TASK_WORD.search(found["what"]):
        return None
    what, said = found["what"].strip(" ,-"), found["text"].strip(" ,-")
    if not _EVENT_WORD.search(what) or not said:
        return None
    article = "" if _DEFINITE.match(what + " ") else "the "
    return f"change the description of {article}{what} to '{said}'"


# rule "a change asked after a story": "northwind cancelled on us, delete the northwind kickoff
# meeting from thursday", "chen's lawyer is out sick so remove the chen settlement conference
# from tomorrow", "we're dropping the weekly team meeting, please delete the whole recurring
# series", "hannah's stuck, she asked me to shift her thing on tuesday to 4pm": the request is
# the clause after the story; an appointment it does not name ("it",
# "the whole series") is the one the story names
_ASKED_AFTER = lazy.regex(
    r"^(?P<story>.+?)(?:\s*[,;:.!]\s+|\s+[-–—]+\s+|\s+(?=so\s)|\s*[,;]?\s+(?:she|he|they|[a-z]+)"
    r"\s+(?:asked|wants|wanted|told|needs)\s+(?:me|us)\s+to\s+)(?:so\s+|and\s+)?"
    r"(?:(?:pls|please|can|could|would|u|you|just)\s+)*"
    r"(?P<verb>delete|remove|cancel|kill|scrap|drop|move|push|reschedule|bump|shift|rename|change"
    r"|update)\s+(?P<rest>(?:the|my|our|her|his|their|it|that|this|[^\s']+['’]s)\b.*)$",
    re.I,
)
# "her thing on tuesday", "his slot friday": an appointment said vaguely, which is asked about
_VAGUE = lazy.regex(r"^(?:the|my|our|her|his|their)\s+(?:thing|stuff|slot|block)\b", re.I)
_EVENT_NAMED = lazy.regex(
    rf"\b(?:the|my|our|[^\s']+['’]s)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{_EVENT})s?\b"
    r"(?!\s+(?:room|rm|center|centre|hall|line)\b)",
    re.I,
)
_GONE = lazy.regex(r"(?:delete|remove|cancel|kill|scrap|drop)$", re.I)
_CLAUSE_BREAK = lazy.regex(r"\s*[,;.!?]\s|\s+[-–—]+\s+")
_STORY_COMMAND = lazy.regex(
    r"^(?:delete|remove|cancel|kill|move|push|change|update|rename)\b", re.I
)


def asked_after(text: str) -> str | None:
    """`asked_after_story`: "<story>, <verb> <appointment> ..." -> "<verb> <appointment> ..."."""
    found = prefilter.match(_ASKED_AFTER, text)
    if found is None or _STORY_COMMAND.match(found["story"]):
        return None
    verb, rest = found["verb"], found["rest"]
    said = _CLAUSE_BREAK.split(rest, maxsplit=1)[0]  # the record asked about, not the reason after
    if _EVENT_WORD.search(said) or _VAGUE.match(rest):
        return None if _TASK_WORD.search(said) else f"{verb} {rest}"
    named = _EVENT_NAMED.search(found["story"])
    pointed = re.match(r"(?:it|that|this)\b", rest, re.I) or WHOLE_SERIES.match(rest)
    if named is None or pointed is None or not _GONE.match(verb):
        return None  # "..., please change it on the whole series": the change is the story's
    return f"{verb} {named.group()} {rest}"


COMMANDS: tuple[Rule, ...] = (
    taken_back,
    event_length,
    event_span,  # before `event_end`'s reading of "ends at" alone
    event_end,
    event_noted,
    asked_after,
)
STATEMENTS: tuple[Rule, ...] = (
    event_place,  # before `change_after`: "<X> should be in <room> - please change it on ..."
    change_after,
    subject_first,
    comm_matter,
    renamed_quoted,
    event_off,
    task_taken,
    task_priority,
    task_due,
    event_moved,
)
