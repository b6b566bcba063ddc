"""Changes said as a statement of fact, rewritten as the change command they mean.

People correct a record the way they would tell a colleague: "fix my last entry - it was 45 min
not 1.5h", "the courier expense on johnson was $55 not $45", "john smith works at globex now",
"hannah is taking over the garcia matter", "smith v jones is closed now". Each named rule below
reads one such shape and returns the plain command the grammars already know ("change my last
entry to 45 min", "change john smith's company to globex", ...); `rewrite` leaves every other
message as it is. The rules are narrow on purpose: the value must look like a value (an amount,
a duration, a day, a matter, a billable flag, a status) or the subject must name a field, so a
new entry whose note says "was" is never read as a change.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from intents import restated

Rule = Callable[[str], str | None]

_LEAD = re.compile(
    r"^(?:(?:actually|oops|sorry|correction|fyi|hey|ugh|ok|okay|so)\b[\s,:!.-]*)+", re.I
)
_QUESTION = re.compile(r"^(?:what|who|whose|which|when|where|how|is|are|was|does|do|did)\b", re.I)

# "X should have been Y", "X was actually Y", "X is Y", "X needs to be Y" (+ "not Z").
_STATED = re.compile(
    r"^(?:(?:pls|please)\s+)?(?:(?:fix|correct)\s+)?(?P<subject>.+?)(?:\s*[,;:–—-]\s*|\s+)"
    r"(?:(?:it|that|this|which)\s+)?(?P<verb>should(?:\s+have|'ve|’ve)\s+been|should\s+be"
    r"|should\s+(?:say|read)|needs\s+to\s+be|ought\s+to\s+be|(?:was|is|were)(?:\s+actually|\s+really)?)\s+"
    r"(?:actually\s+)?(?P<value>.+?)(?:\s*,?\s*(?:not|no\s+longer|instead\s+of|rather\s+than)\s+(?P<old>[^,]+?))?"
    r"(?:\s+instead)?\s*$",
    re.I,
)
_AMOUNT = re.compile(
    r"^(?:\$\s*)?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:\s*(?:k|dollars|bucks|usd))?"
    r"(?:\s*(?:h|hr|hrs|hours?|m|min|mins|minutes?)\b\.?(?:\s*\d+\s*(?:m|min|mins|minutes?))?)?$",
    re.I,
)
_DAY = re.compile(
    r"^(?:on\s+)?(?:(?:last|this|past)\s+)?(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
    r"[a-z]*|yesterday|yest\.?|today|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
    r"[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}/\d{1,2}(?:/\d{2,4})?)$",
    re.I,
)
_MATTER_VALUE = re.compile(r"^(?:on|in|under|for|billed\s+to)\s+(?P<matter>.+)$", re.I)
_SECOND_SAY = re.compile(
    r"\s*[,;]?\s+(?:but\s+)?(?:it\s+)?should(?:\s+have|'ve|’ve)?\s+be(?:en)?\s+", re.I
)
_CODE_VALUE = re.compile(r"^(?:under|as|coded\s+(?:as|to))\s+(?P<code>[a-z]\d{3}\b.*)$", re.I)
_NOT_A_MATTER = re.compile(
    r"\b(?:task|entry|entries|expense|time|hearing|event|call|meeting)\b", re.I
)
_BILLABLE = re.compile(r"^(?:non[- ]?billable|not\s+billable|billable|no\s+charge)$", re.I)
_STATUS = re.compile(r"^(?:open|opened|closed|pending)(?:\s+now)?$", re.I)
_RECORD = re.compile(
    r"\b(?:entry|entries|expense|time|call|fee|cost|charge|disbursement|invoice|last|it|that"
    r"|meeting|one|mileage|transcript|courier|parking)\b",
    re.I,
)
_MATTER_WORD = re.compile(r"\b(?:matter|case|file|v\.?|vs\.?)\b", re.I)
# A field named in the subject: "lena hart's title", "the chen matter description".
_FIELD = re.compile(
    r"\b(?:title|job\s+title|e-?mail(?:\s+address)?|phone(?:\s+number)?|cell|mobile|address"
    r"|company|employer|description|practice\s+area|responsible\s+(?:attorney|lawyer|staff)"
    r"|rate|activity|note)\s*$",
    re.I,
)


_HOURS = re.compile(r"(?<=\d)\s*(?:hrs|hr|hours|hour)\b\.?", re.I)  # "2.4 hrs" -> "2.4h"
_AFTERWORD = re.compile(r"\s+(?:actually|really|now|instead|tho|though)$", re.I)


# "dr hart moved practices - company is now X": why the field changed, after the person.
_MOVED_ON = re.compile(
    r"\s+(?:has\s+|just\s+)?(?:moved|switched|changed|left)\s+(?:practices?|jobs?|firms?|employers?"
    r"|offices?|companies|company|hospitals?)\b.*$|\s*[-:–—,;]+$",
    re.I,
)


_PERSON_FIELD = re.compile(
    r"^(?:company|employer|title|job\s+title|e-?mail(?:\s+address)?|phone(?:\s+number)?|cell"
    r"|mobile)$",
    re.I,
)


def _stated(text: str) -> str | None:
    """`stated_value`: "<record or field> was/should be <value> (not <old>)" -> a change."""
    found = _STATED.match(text)
    if not found:
        return None
    subject = found["subject"].strip(" ,;:-")
    value = found["value"].rstrip(" ,.;").lstrip(" ,;")
    value = _SECOND_SAY.split(value)[-1]  # "was for yesterday, should be today": the new one
    value = _AFTERWORD.sub("", value)  # "is 2 hrs actually"
    value = re.sub(r"^now\s+", "", value, flags=re.I)  # "company is now X"
    if not subject or not value or _QUESTION.match(subject):
        return None
    if field := _FIELD.search(subject):
        owner = _MOVED_ON.sub("", subject[: field.start()].strip())
        if owner and not re.search(r"(?:'s|’s|s')$", owner) and not _RECORD.search(owner):
            named = field.group(0).strip()
            if _PERSON_FIELD.match(named) and not _MATTER_WORD.search(owner):
                return f"change {owner}'s {named} to {value}"  # "dr hart - company is now X"
            return f"change {named} on {owner} to {value}"  # "the chen matter"
        return f"change {subject} to {value}"
    pronoun = re.fullmatch(
        r"(?:it|this|that|everything|all|which|who|what|he|she|they)", subject, re.I
    )
    if (
        _STATUS.match(value) and not _NOT_A_MATTER.search(subject) and not pronoun
    ):  # "chen divorce is closed"
        return f"move {subject} to {value.split()[0]}"
    if found["verb"].lower().endswith(("say", "read")) and _RECORD.search(subject):
        return f"change {subject} note to {value}"  # "the police report entry should say ..."
    old = (found["old"] or "").strip()
    # rule "one amount for another": "my answer review today was 2.4 hrs not 1.8" names a record
    # by its work alone; the old amount beside the new one says it is a correction.
    swapped = (
        bool(old)
        and not re.match(r"[\d.$]", subject)
        and _AMOUNT.match(value) is not None
        and _AMOUNT.match(old) is not None
    )
    if not _RECORD.search(subject) and not swapped:
        return None
    if _AMOUNT.match(value):
        return f"change {subject} to {_HOURS.sub('h', value)}"
    if _DAY.match(value):
        day = re.sub(r"^on\s+", "", value, flags=re.I)
        return f"change the date on {subject} to {day}"
    if _BILLABLE.match(value):
        return f"make {subject} {value}"
    if code := _CODE_VALUE.match(value):  # "should be under L210": the activity, not a matter
        return f"change the activity on {subject} to {code['code']}"
    if (matter := _MATTER_VALUE.match(value)) and not _DAY.match(value):
        return f"move {subject} to {matter['matter']}"
    return None


# "sarah johnson's new email is x", "john smith's phone number changed to y".
_NEW_DETAIL = re.compile(
    r"^(?P<who>.+?)(?:'s|’s|s')\s+(?:new\s+)?(?P<field>e-?mail(?:\s+address)?|phone(?:\s+number)?"
    r"|cell(?:\s+number)?|mobile(?:\s+number)?|(?:home\s+|work\s+)?address|title|job\s+title"
    r"|number)\s+(?:is\s+now|is|was|has\s+changed\s+to|changed\s+to|now\s+is|should\s+be)\s+"
    r"(?P<value>.+)$",
    re.I,
)


# "robert jones new cell 973-555-0188", "lena hart new email lh@x.com": the value itself says
# which field (a phone number or an address with @).
_NEW_BARE = re.compile(
    r"^(?P<who>[a-z][\w'’.-]*(?:\s+[a-z][\w'’.-]*){0,2})\s+(?:has\s+(?:a\s+)?)?new\s+"
    r"(?P<field>e-?mail(?:\s+address)?|phone(?:\s+number)?|cell(?:\s+number)?|mobile(?:\s+number)?"
    r"|number)\s*(?:is\s+|[:=-]\s*)?(?P<value>\+?[\d(][\d\s().-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.]+)$",
    re.I,
)


def _new_detail(text: str) -> str | None:
    """`new_detail`: "<person>'s (new) <field> is <value>" -> change that field."""
    found = _NEW_DETAIL.match(text) or _NEW_BARE.match(text)
    if not found:
        return None
    field = found["field"].lower()
    field = "phone" if field.startswith("number") else field
    return f"change {found['who']}'s {field} to {found['value']}"


# "john smith works at globex now", "david o'brien is now at northwind", "x moved to globex".
_EMPLOYER = re.compile(
    r"^(?P<who>.+?)\s+(?:now\s+)?(?:works|is\s+working|is\s+now\s+working|is\s+now|now\s+works"
    r"|has\s+moved|moved|went)\s+(?:at|for|to|over\s+to)\s+(?P<company>.+?)(?:\s+now)?$",
    re.I,
)
_STREET = re.compile(r"^\d+\s+\w+", re.I)


def _employer(text: str) -> str | None:
    """`new_employer`: "<person> works at <company> now" -> change the contact's company;
    "<person> moved to <street address>" -> change the address."""
    found = _EMPLOYER.match(text)
    if not found or _RECORD.search(found["who"]) or _MATTER_WORD.search(found["who"]):
        return None
    who, value = found["who"].strip(), found["company"].strip()
    if _STREET.match(value):
        return f"change {who}'s address to {value}"
    return f"change {who}'s company to {value}"


# "hannah is taking over the garcia matter", "make marcus responsible on the acme case".
_TAKE_OVER = re.compile(
    r"^(?P<who>\S+(?:\s+(?!is\b|will\b)\S+)?)\s+(?:is\s+|will\s+be\s+)?(?:taking|takes|took)\s+over\s+"
    r"(?P<matter>.+?)(?:\s+now|\s+from\s+\w+)?$",
    re.I,
)
_MAKE_RESPONSIBLE = re.compile(
    r"^(?:make|set|put)\s+(?P<who>\S+(?:\s+\S+)?)\s+(?:as\s+)?(?P<role>responsible(?:\s+staff)?"
    r"(?:\s+(?:attorney|lawyer))?)\s+(?:on|for)\s+(?P<matter>.+)$",
    re.I,
)


_SHOULD_BE_RESPONSIBLE = re.compile(
    r"^(?P<who>\S+(?:\s+(?!is\b|should\b|will\b)\S+)?)\s+(?:should\s+be|is\s+now|is|will\s+be)\s+"
    r"(?:the\s+)?(?:now\s+)?(?P<role>responsible(?:\s+staff)?(?:\s+(?:attorney|lawyer))?)\s+(?:on|for)\s+"
    r"(?P<matter>.+)$",
    re.I,
)


# "smith v jones - hannah is taking over as responsible atty": the matter said first.
_MATTER_THEN_TAKER = re.compile(
    r"^(?P<matter>.+?)\s*[-:–—,;]\s*(?P<who>\S+(?:\s+(?!is\b|will\b)\S+)?)\s+(?:is\s+|will\s+be\s+)?"
    r"(?:taking|takes|took)\s+(?:it\s+)?over(?:\s+(?:as|the)\s+(?P<role>(?:the\s+)?responsible\s+"
    r"(?:atty|attorney|lawyer|staff)|(?:the\s+)?(?:atty|attorney|lawyer|lead)))?(?:\s+now)?$",
    re.I,
)


def _responsible(text: str) -> str | None:
    """`new_responsible`: "<person> is taking over <matter>" / "make <person> responsible on
    <matter>" -> change the matter's responsible attorney (or staff)."""
    if found := _MAKE_RESPONSIBLE.match(text) or _SHOULD_BE_RESPONSIBLE.match(text):
        role = "responsible staff" if "staff" in found["role"].lower() else "responsible attorney"
        return f"change {role} on {found['matter']} to {found['who']}"
    first = _MATTER_THEN_TAKER.match(text)
    if first and (first["role"] or _MATTER_WORD.search(first["matter"])):
        staff = "staff" in (first["role"] or "").lower()
        role = "responsible staff" if staff else "responsible attorney"
        return f"change {role} on {first['matter']} to {first['who']}"
    found = _TAKE_OVER.match(text)
    if found and _MATTER_WORD.search(found["matter"]):
        return f"change responsible attorney on {found['matter']} to {found['who']}"
    return None


# rule "a call's or email's new subject": "re-subject the trustee questions call w patel as
# 'trustee selection'", "notice of deposition email - subject should read 'amended ...'".
_RESUBJECT = re.compile(
    r"^(?:re-?subject|re-?title|retitle)\s+(?P<record>.+?)\s+(?:as|to)\s+(?P<value>.+)$", re.I
)
_SUBJECT_AFTER = re.compile(
    r"^(?P<record>.+?)\s*(?:[-:–—,;]\s*|\s)(?:the\s+|its\s+)?(?:subject|title)(?:\s+line)?\s+"
    r"(?:should\s+(?:read|be|say)|is\s+now|needs\s+to\s+be|to|->|=)\s*:?\s+(?P<value>.+)$",
    re.I,
)
_CALL_OR_EMAIL = re.compile(
    r"\b(?:call|calls|email|e-mail|emails|phone\s+call|message|msg)\b", re.I
)


def _subject(text: str) -> str | None:
    """`new_subject`: "re-subject <call or email> as <value>" / "<call or email> - subject should
    read <value>" -> change the subject of that record."""
    found = _RESUBJECT.match(text) or _SUBJECT_AFTER.match(text)
    if not found or not _CALL_OR_EMAIL.search(found["record"]) or _COMMAND.match(found["record"]):
        return None
    return f"change the subject of {found['record'].strip()} to {found['value']}"


# rule "a task said done": "the deposition outline task is done" -> "mark ... done", so a
# meeting word in the task's name ("deposition") does not make it an event.
_TASK_DONE = re.compile(
    r"^(?P<task>(?:the|my|our|\S+['’]s)\s+.+?\s+(?:task|todo|to-do))\s+(?:is|was)\s+(?:now\s+)?"
    r"(?:all\s+)?(?:done|complete|completed|finished)(?:\s+now)?$",
    re.I,
)


def _task_done(text: str) -> str | None:
    """`task_done`: "<the X task> is done" -> "mark <the X task> done"."""
    found = _TASK_DONE.match(text)
    return f"mark {found['task']} done" if found else None


# "put my police report entry on the garcia matter instead".
_PUT_ON = re.compile(
    r"^(?:put|switch|move)\s+(?P<subject>.+?\b(?:entry|expense|time)\b.*?)\s+(?:on|onto|under"
    r"|over\s+to)\s+(?P<matter>.+?)(?:\s+instead)?$",
    re.I,
)


def _put_on(text: str) -> str | None:
    """`entry_onto_matter`: "put <entry> on <matter> instead" -> move it to that matter."""
    found = _PUT_ON.match(text)
    if not found or re.match(r"^\s*[\d.$]", found["subject"]):
        return None
    return f"move {found['subject']} to {found['matter']}"


# "make my last one 2.5h", "make it 45 min": the person's newest entry, given a new length.
_LAST_ONE = re.compile(
    r"^(?:make|change)\s+(?:my\s+last(?:\s+one)?|the\s+last\s+one)\s+(?:to\s+|into\s+)?(?P<value>.+)$",
    re.I,
)


def _last_one(text: str) -> str | None:
    """`last_one`: "make my last one <length or amount>" -> change my last entry."""
    found = _LAST_ONE.match(text)
    if not found or not _AMOUNT.match(found["value"].strip()):
        return None
    return f"change my last entry to {found['value'].strip()}"


# "put the northwind matter back to open", "set smith v jones back to pending".
_BACK_TO = re.compile(
    r"^(?:put|set|switch|change|move|turn)\s+(?P<subject>.+?)\s+(?:back\s+)?(?:to|into|as)\s+"
    r"(?P<status>open|closed|pending)(?:\s+status)?$",
    re.I,
)


def _back_to(text: str) -> str | None:
    """`matter_back_to`: "put <matter> back to open" -> move the matter to that status."""
    found = _BACK_TO.match(text)
    if not found or not re.search(r"\bback\b|\bmatter\b|\bcase\b", text, re.I):
        return None
    return f"move {found['subject']} to {found['status'].lower()}"


# "change the description of the chen matter to X", "change the note on my acme entry to X".
_FIELD_FIRST = re.compile(
    r"^(?P<verb>change|update|set|edit|amend)\s+(?:the\s+)?(?P<field>description|note|narrative)"
    r"\s+(?:of|on|for|in)\s+(?P<subject>.+?\b(?:entry|expense|time|matter|case)\b.*?)\s+to\s+"
    r"(?P<value>.+)$",
    re.I,
)


def _field_first(text: str) -> str | None:
    """`field_first`: "change the <field> of <record> to <value>" -> "change <record> <field> to
    <value>", the order the grammars read (the field word first would name a note)."""
    found = _FIELD_FIRST.match(text)
    if not found:
        return None
    return f"{found['verb']} {found['subject']} {found['field']} to {found['value']}"


# "add '& 911 transcript' to the note on my police report entry".
_APPEND = re.compile(
    r"^(?:add|append)\s+(?P<text>.+?)\s+to\s+(?:the\s+)?(?:note|description|narrative)\s+"
    r"(?:on|of|for|in)\s+(?P<subject>.+?\b(?:entry|expense|time)\b.*)$",
    re.I,
)


def _append(text: str) -> str | None:
    """`note_append`: "add <words> to the note on <entry>" -> append them to the entry's note."""
    found = _APPEND.match(text)
    if not found:
        return None
    return f"append {found['text']} to the note on {found['subject']}"


# "the entry i just logged", "the one i just put in": the person's newest entry.
_JUST_LOGGED = re.compile(
    r"\b(?:the|that)\s+(?:time\s+entry|entry|one|time)\s+i\s+(?:just\s+)?(?:logged|entered|made|did"
    r"|put\s+in|added|recorded)\b",
    re.I,
)
# rule "delete said after it": "the X task on johnson - get rid of it", "the police report
# entry (smith, 11/24) - delete it", "X -> remove": the record first, the delete after a dash.
_DELETE_AFTER = re.compile(
    r"^(?P<subject>.+?)\s*(?:[-–—:;,]|->|=>|→)\s*(?:(?:pls|please|just|can\s+you|u)\s+)*"
    r"(?P<verb>delete|remove|get\s+rid\s+of|kill|trash|scrap|drop|nuke|erase|cancel)"
    r"(?:\s+(?:it|that|this|them|the\s+thing))?(?:\s+(?:pls|please|thx|thanks))?$",
    re.I,
)


def _delete_after(text: str) -> str | None:
    """`delete_after`: "<record> - delete it" -> "delete <record>"."""
    found = _DELETE_AFTER.match(text)
    if not found or _COMMAND.match(found["subject"]):
        return None
    return f"delete {found['subject'].strip()}"


# rule "kill said for delete": "kill the update conflict check task" (a pay link is expired and
# a timer stopped instead, which their own rules read).
_KILL = re.compile(r"^(?:kill|nuke)\s+(?P<what>(?!.*\b(?:link|timer|clock)\b).+)$", re.I)


def _kill(text: str) -> str | None:
    """`kill_record`: "kill <record>" -> "delete <record>"."""
    found = _KILL.match(text)
    return f"delete {found['what']}" if found else None


# rule "a comment after the request": "remove the X task, globex no longer needs it", "move my
# X entry to today, i logged it on the wrong day", "... was 405 not 350, pls fix": a clause that
# speaks of the record as "it", or asks to fix, says why, not which record or what change.
_CHANGE_VERB = re.compile(
    r"^(?:change|update|edit|fix|move|push|bump|reschedule|delete|remove|kill|cancel|mark|close"
    r"|reopen|reassign|assign|rename|set|drop|trash|scrap)\b",
    re.I,
)
_COMMENT = re.compile(
    r"\s*[,;]\s*(?:(?:pls|please|can\s+you|could\s+you)\s+)?(?:fix(?:\s+(?:it|that|pls|please))?"
    r"|(?:[a-z]+\s+){0,4}(?:no\s+longer|not\s+any\s?more|doesn'?t|don'?t|does\s+not|do\s+not)"
    r"\s+needs?\s+(?:it|that|this|them)(?:\s+any\s?more)?"
    r"|(?:i|we|he|she|they|\w+)\s+(?:finished|completed|did|handled|wrapped\s+up|took\s+care\s+of)"
    r"\s+(?:it|that|this)(?:\s+(?:already|today|yesterday))?"
    r"|(?:i|we|he|she|they|\w+)\s+(?:logged|put|entered|booked|filed|added|did|made)\s+(?:it|that|this)"
    r"\s+(?:on|under|to|for|in)\s+the\s+wrong\s+\w+)\s*$",
    re.I,
)


def drop_comment(text: str) -> str:
    """`comment_after`: the request without a trailing comment on why it is asked."""
    if not _CHANGE_VERB.match(text) and not _STATED_HINT.search(text):
        return text
    return _COMMENT.sub("", text)


_STATED_HINT = re.compile(
    r"\b(?:was|is|should\s+be)\b.*\bnot\b|\b(?:is|are|was)\s+(?:now\s+)?(?:done|complete|completed|finished)\b",
    re.I,
)

# rule "where and when in brackets": "the police report entry (smith, 11/24) - delete it": a
# matter and a day said in brackets after a record are where and when it is.
_ASIDE = re.compile(
    r"(?P<noun>\b(?:entry|task|expense|call|email|time|meeting|event|note|hearing|depo))\s*"
    r"\((?P<inner>[^()]{1,60})\)",
    re.I,
)
_NAME_PART = re.compile(r"^\s*[a-z][a-z'’.-]*(?:\s+[a-z][a-z'’.-]*){0,2}\s*$", re.I)


_NOT_PLACE = re.compile(r"^(?:due|re|about|by|at|from|to|with|\d)", re.I)


def _aside_part(part: str) -> str:
    part = part.strip()
    if _DAY.match(part):
        return part if part.lower().startswith("on ") else f"from {part}"
    if _MATTER_VALUE.match(part) or _NOT_PLACE.match(part):
        return part
    return f"on {part}"


def _aside(found: re.Match[str]) -> str:
    parts = [p for p in found["inner"].split(",") if p.strip()]
    if not all(_DAY.match(p.strip()) or _NAME_PART.match(p) for p in parts):
        return found.group()
    return (
        found["noun"]
        + " "
        + " ".join(_aside_part(p) for p in found["inner"].split(",") if p.strip())
    )


def spell_aside(text: str) -> str:
    """A change request with its bracketed matter and day said in words."""
    if not (_CHANGE_VERB.match(text) or _DELETE_AFTER.match(text)):
        return text
    value = _NEW_VALUE.search(text)  # "rename X to Smith v Jones (appeal)": the value's own
    cut = value.start() if value else len(text)
    return _ASIDE.sub(_aside, text[:cut]) + text[cut:]


_NEW_VALUE = re.compile(r"\s(?:to|as|into)\s", re.I)


_LONGEST = 240  # characters: a correction is one short sentence (and parsing stays linear)
COMMANDS: tuple[Rule, ...] = (
    *restated.COMMANDS,
    _delete_after,
    _kill,
    _subject,
    _task_done,
    _put_on,
    _responsible,
    _last_one,
    _back_to,
    _field_first,
    _append,
)  # said as a command, but not the usual one
STATEMENTS: tuple[Rule, ...] = (*restated.STATEMENTS, _new_detail, _employer, _stated)
_COMMAND = re.compile(
    r"^(?:change|update|set|edit|move|make|delete|remove|log|add|new|put|create|open|close|show"
    r"|list|find|search|watch|unwatch|get|give|pull|tell|notify|alert|remind|schedule|book)\b",
    re.I,
)
_THAT_LAST = re.compile(r"^(?:that\s+|this\s+|the\s+)?(?=(?:last|latest|previous)\b)", re.I)


# "at 10 - oops make that 11 -", "3pm, no wait, i mean 4pm": a time or a number corrected in
# passing; the value said again replaces the one before it
_VALUE = r"\d{1,2}(?::[0-5]\d)?(?:\s*[ap]\.?m\.?)?"
_SAID_AGAIN = re.compile(
    rf"(?<![\w/.:$])(?P<old>{_VALUE})\s*(?:[-–—,(]\s*)+(?:(?:oops|sorry|wait|actually|correction"
    r"|no)\b[\s,!.-]*)*(?:make\s+(?:that|it)|i\s+mean|no)\s+"
    rf"(?P<new>{_VALUE})(?![\w/:.])\s*(?:[-–—)]+\s*|(?=[,;]|$))",
    re.I,
)


# "w bluebird bakery - actually no, the northwind matter -": what follows a cue word, taken back
# and said again; the new words take the place of the old after the same cue
_CUE = r"(?:w/?|with|for|on|re|in|under|at)"
_PHRASE_AGAIN = re.compile(
    rf"\b(?P<cue>{_CUE})\s+(?P<old>(?:(?!{_CUE}\b)[\w'’&.]+\s*){{1,4}}?)\s*[-–—,]\s*"
    r"(?:actually\s+no|no\s+wait|scratch\s+that|i\s+mean)\b[\s,:]*"
    r"(?P<new>[^-–—,;]+?)\s*(?:[-–—]+\s*|(?=[,;]|$))",
    re.I,
)


def said_again(text: str) -> str:
    """`said_again`: the text with a value or the words after a cue corrected in passing
    replaced by their correction."""
    text = _SAID_AGAIN.sub(lambda m: m["new"] + (", " if m.end() < len(m.string) else ""), text)
    return _PHRASE_AGAIN.sub(_phrase_again, text)


_LEADING_CUE = re.compile(rf"^{_CUE}\s", re.I)


def _phrase_again(found: re.Match[str]) -> str:
    new = found["new"]
    said = new if _LEADING_CUE.match(new) else f"{found['cue']} {new}"  # "at nobu - i mean at x"
    return said + (" " if found.end() < len(found.string) else "")


def rewrite(text: str) -> str:
    """The change command `text` states, or `text` itself when it states none."""
    if not isinstance(text, str) or "\n" in text:
        return text
    text = said_again(text)
    if "?" in text or len(text) > _LONGEST:
        return text
    text = restated.drop_contrast(text)
    body = _THAT_LAST.sub("my ", _LEAD.sub("", text.strip()).rstrip(" .!"))
    body, just = _JUST_LOGGED.subn("my last entry", body)
    if (spelt := spell_aside(body)) != body:
        return rewrite(spelt)
    if (bare := drop_comment(body)) != body:
        return rewrite(bare)
    for rule in COMMANDS:
        if (said := rule(body)) is not None:
            return said
    if _COMMAND.match(body):
        return body if just else text  # already a command the grammars read
    for rule in STATEMENTS:
        if (said := rule(body)) is not None:
            return said
    return text
