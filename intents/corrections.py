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
from functools import lru_cache

from intents import durations, lazy, listed_changes, prefilter, requests, restated
from intents import lexicon as lx
from intents.scan import Scan

Rule = Callable[[str], str | None]

_LEAD = lazy.regex(
    r"^(?:(?:(?:actually|oops|sorry|(?:(?:small|quick|minor|one)\s+)?correction|fyi|hey|ugh|ok|okay|so"
    r"|pls|please|plz|oh\s+no|oh)\b"
    r"|per\s+[a-z]+\s*,)[\s,:!.-]*)+",
    re.I,
)
_QUESTION = lazy.regex(r"^(?:what|who|whose|which|when|where|how|is|are|was|does|do|did)\b", re.I)

# "X should have been Y", "X was actually Y", "X is Y", "X needs to be Y" (+ "not Z").
_STATED = lazy.regex(
    r"^(?:(?:pls|please)\s+)?(?:(?:fix|correct)\s+)?(?P<subject>.+?)(?:\s*[,;:–—-]\s*|\s+)"
    r"(?:(?:it|that|this|which)\s+)?(?P<verb>should(?:\s+have|'ve|’ve)\s+been|(?:should|shd|shld)\s+be"
    r"|should\s+(?:say|read)|needs\s+to\s+be|ought\s+to\s+be|(?:was|is|were|are)(?:\s+actually|\s+really)?"
    r"|took(?:\s+(?P<taker>(?!\d)[a-z]+))?|(?:actually\s+|really\s+)?(?:ran|lasted|came\s+to"
    r"|totall?ed|amounted\s+to))\s+"
    r"(?:actually\s+)?(?P<value>.+?)(?:\s*,?\s*(?:not|no\s+longer|instead\s+of|rather\s+than)\s+"
    r"(?P<old>\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[^,]*?|[^,]+?)(?P<why>\s*[,;]\s*.+)?)?"
    r"(?:\s+instead)?\s*$",
    re.I,
)
_AMOUNT = lazy.regex(
    r"^(?:\$\s*)?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:\s*(?:k|dollars|bucks|usd))?"
    r"(?:\s*(?:h|hr|hrs|hours?|m|min|mins|minutes?)\b\.?(?:\s*\d+\s*(?:m|min|mins|minutes?))?"
    r"|h\d{2})?$",
    re.I,
)
# A day as people name it: "fri the 27th", "tuesday 12/1", "nov 23", "the 24th", "yesterday".
# a weekday as typed ("mon", "tues", "weds", "thurs", "friday"), and never "month" or "satisfied"
_WEEKDAY_SAID = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)\b"
)
_DAY_SAID = (
    rf"(?:(?:{_WEEKDAY_SAID}\.?,?\s+)?(?:the\s+)?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}(?:st|nd|rd|th))"
    rf"|(?:(?:last|this|past)\s+)?{_WEEKDAY_SAID}"
    r"|yesterday|yest\.?|today|this\s+(?:morning|afternoon)|last\s+night"
    r"|end\s+of\s+(?:the\s+)?(?:month|week)|eom|eow)"
)
_DAY = lazy.regex(rf"^(?:on\s+)?{_DAY_SAID}$", re.I)
_MATTER_VALUE = lazy.regex(r"^(?:on|in|under|for|billed\s+to)\s+(?P<matter>.+)$", re.I)
_SECOND_SAY = lazy.regex(
    r"\s*[,;]?\s+(?:but\s+)?(?:it\s+)?should(?:\s+have|'ve|’ve)?\s+(?:just\s+|only\s+)?be(?:en)?\s+"
    r"(?:just\s+|only\s+)?",
    re.I,
)
_CODE_VALUE = lazy.regex(r"^(?:under|as|coded\s+(?:as|to))\s+(?P<code>[a-z]\d{3}\b.*)$", re.I)
_NOT_A_MATTER = lazy.regex(
    r"\b(?:task|entry|entries|expense|time|hearing|event|call|meeting)\b", re.I
)
_BILLABLE = lazy.regex(r"^(?:non[- ]?billable|not\s+billable|billable|no\s+charge)$", re.I)
_STATUS = lazy.regex(r"^(?:open|opened|closed|pending)(?:\s+now)?$", re.I)
_RECORD = lazy.regex(
    r"\b(?:entry|entries|expense|time|call|fee|cost|charge|disbursement|invoice|last|it|that"
    r"|meeting|one|mileage|transcript|courier|parking)\b",
    re.I,
)
_MATTER_WORD = lazy.regex(r"\b(?:matter|case|file|v\.?|vs\.?)\b", re.I)
# A field named in the subject: "lena hart's title", "the chen matter description".
_FIELD = lazy.regex(
    r"\b(?:title|job\s+title|e-?mail(?:\s+address)?|phone(?:\s+number)?|cell|mobile|address"
    r"|company|employer|description|practice\s+area|responsible\s+(?:attorney|lawyer|staff)"
    r"|rate|activity|note)\s*$",
    re.I,
)


_HOURS = lazy.regex(r"(?<=\d)\s*(?:hrs|hr|hours|hour)\b\.?", re.I)  # "2.4 hrs" -> "2.4h"
_H_MM = lazy.regex(r"^(\d+)h(\d{2})$", re.I)  # "3h15" -> "3.25h"


def _decimal(found: re.Match[str]) -> str:
    return f"{int(found[1]) + int(found[2]) / 60:g}h"


_AFTERWORD = lazy.regex(r"\s+(?:actually|really|now|instead|tho|though)$", re.I)


# "dr hart moved practices - company is now X": why the field changed, after the person.
_MOVED_ON = lazy.regex(
    r"\s+(?:has\s+|just\s+)?(?:moved|switched|changed|left)\s+(?:practices?|jobs?|firms?|employers?"
    r"|offices?|companies|company|hospitals?)\b.*$|\s*[-:–—,;]+$",
    re.I,
)


# "the binder time priya put in", "the intake mtg that marcus logged": who logged it says whose
# entry ("priya's binder time"); the verb is no word of the entry's.
_WHO_LOGGED = lazy.regex(
    r"^(?P<what>.+?)\s+(?:(?:that|which)\s+)?(?P<who>(?!i\b|we\b|you\b|u\b)[a-z]+)\s+(?:put\s+in"
    r"|logged|entered|booked|recorded|did)(?P<when>\s+(?:on\s+)?(?:(?:last|this|past)\s+)?(?:mon|tue"
    r"|wed|thu|fri|sat|sun)[a-z]*|\s+(?:yesterday|today|this\s+morning))?$",
    re.I,
)


_ARTICLE = lazy.regex(r"^(?:the|that|this)\s+", re.I)


def _whose(subject: str) -> str:
    """`subject` with who logged it said first: "the X time priya put in" -> "priya's the X time"."""
    found = _WHO_LOGGED.match(subject)
    if not found:
        return subject
    what = _ARTICLE.sub("", found["what"])
    return f"{found['who']}'s {what}{found['when'] or ''}"


# A personal-injury damage named by what it is for ("lost wages for garcia should be 4,800"):
# a damage, not an expense, unless an entry is named.
_DAMAGE_NAME = lazy.regex(
    r"\b(?:lost\s+(?:wages|earnings|income)|medical\s+(?:expenses|specials)|pain\s+(?:and|&)\s+"
    r"suffering|property\s+damage|loss\s+of\s+consortium|emotional\s+distress)\b(?!\s+damages?\b)",
    re.I,
)
_ENTRY = lazy.regex(r"\b(?:entry|entries|expense|time|damages?)\b", re.I)
_BARE = lazy.regex(r"^\d[\d,]*(?:\.\d+)?$|^\.\d+$")
_UNIT = lazy.regex(r"(?<=\d)\s*(?P<unit>[a-z]+)\.?$", re.I)
_MONEY_RECORD = lazy.regex(
    r"\b(?:expense|fee|cost|charge|disbursement|invoice|transcript|courier|mileage|parking|bill)\b",
    re.I,
)


def _unit(value: str, old: str, subject: str) -> str:
    """A bare number given the unit the old value or the record says: "25" after "18 min" is
    minutes, "465" for a charge is dollars (never a matter's number)."""
    if not _BARE.match(value):
        return value
    if unit := _UNIT.search(old):
        return f"{value} {unit['unit']}"
    return f"${value}" if _MONEY_RECORD.search(subject) or old.startswith("$") else value


# words that may follow a length said in full: "1:15 total", "an hour and a half all in"
_LENGTH_TAIL = lazy.regex(r"^\s*(?:total|in\s+total|all\s+in|flat|altogether)?\s*$", re.I)


def _length(value: str) -> str:
    """A length said in words or as h:mm, as hours: "an hour and a half" -> "1.5h", "1:15 total"
    -> "1.25h"; any other value as it is (a bare number stays for `_unit`)."""
    if _AMOUNT.match(value) or not re.search(r"[a-z:]", value, re.I):
        return value
    scan = Scan(value)
    seconds = durations.take(scan, colon=True)
    rest = "".join(c for c, seen in zip(value, scan.mask, strict=True) if not seen)
    if not seconds or not _LENGTH_TAIL.match(rest):
        return value
    return f"{seconds / 3600:g}h"


_WHY_SAID = lazy.regex(r",\s|\s+(?:with|because|since|per|incl\.?|including|due\s+to)\s+", re.I)


def _why_after(value: str) -> str:
    """A value with the reason said after it dropped: "62.50, receipt just came in" -> "62.50"."""
    head = _WHY_SAID.split(value, maxsplit=1)[0]
    head = _length(_AFTERWORD.sub("", head.strip()))
    if head != value and (_AMOUNT.match(head) or _DAY.match(head) or _BILLABLE.match(head)):
        return head
    return value


_PERSON_FIELD = lazy.regex(
    r"^(?:company|employer|title|job\s+title|e-?mail(?:\s+address)?|phone(?:\s+number)?|cell"
    r"|mobile)$",
    re.I,
)


_LOGGED_AT = lazy.regex(r"^(?:logged|entered|recorded|booked|down|in)?\s*(?:at|as)\s+", re.I)

# a call or an email, then ":" and a story of several words: the value is the story's, no change
_TOLD = lazy.regex(r"^[^:]*\b(?:calls?|e-?mails?|log)\b[^:]*:\s+\S+(?:\s+\S+){3}", re.I)


# the old value said after the new one: ", the entry only says 1h", "but it shows $45"
_OLD_SAID = lazy.regex(
    r"\s*[,;]\s*(?:but\s+)?(?:the\s+(?:entry|record|expense)|it|clio)\s+(?:only\s+)?(?:says"
    r"|shows|has|reads)\s+(?P<old>\$?\d[\d.,:]*\s*[a-z]*)$",
    re.I,
)


# rule "a new record's day said after it": "expense for the patel matter: $15.75 for certified
# copies, it was Wednesday", "expense $30 acme courier, it was friday": a record said as new (its
# noun, then what it is or costs) whose day a clause of "it was" adds is no correction
_NEW_RECORD = lazy.regex(
    r"^(?:(?:an?|new|one)\s+)*(?:expense|exp|cost|disbursement|time(?:\s+entry)?)\s*(?::|for\b|of\b"
    r"|\$|\d)|^\$\s*\d|^\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|mins?|minutes?)\b",
    re.I,
)
_IT_WAS = lazy.regex(r"[,;.]\s*(?:it|that)\s+was\s+(?!(?:actually|really)\b)", re.I)


def _stated(text: str) -> str | None:
    """`stated_value`: "<record or field> was/should be <value> (not <old>)" -> a change."""
    found = prefilter.match(_STATED, text)
    if not found:
        return None
    subject = _whose(found["subject"].strip(" ,;:-"))
    value = found["value"].rstrip(" ,.;").lstrip(" ,;")
    parts = _SECOND_SAY.split(value)  # "was for yesterday, should be today": the new one
    value, first = parts[-1], _LOGGED_AT.sub("", parts[0]) if len(parts) > 1 else ""
    value = re.sub(r"^(?:now|dated)\s+", "", value, flags=re.I)  # "company is now X"
    if said_old := _OLD_SAID.search(value):  # "was 1:15 total, the entry only says 1h"
        value, first = value[: said_old.start()], said_old["old"]
    value = _why_after(_AFTERWORD.sub("", value))  # "is 2 hrs actually", "was 62.50, receipt came"
    value = _length(value)  # "should read an hour and a half", "was 1:15 total"
    if not subject or not value or _QUESTION.match(subject):
        return None
    if _TOLD.search(subject):  # "inbound call from dr hart: the report is late, new ETA is dec 14"
        return None
    if found["verb"].lower().startswith("took"):  # "the binder took priya 1.25 hrs not 1"
        if not _AMOUNT.match(value):
            return None
        taker = (found["taker"] or "").lower()
        whose = (
            "my" if taker == "me" else f"{taker}'s" if taker not in ("", "us", "him", "her") else ""
        )
        subject = f"{whose} {_ARTICLE.sub('', subject) if whose else subject}".strip()
    if field := _FIELD.search(subject):
        owner = _MOVED_ON.sub("", subject[: field.start()].strip())
        if restated.booking(owner, text):  # "closing prep tue 10-11am, address is 88 pine st"
            return None
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
    old = (found["old"] or first).strip()  # "is logged at 18 min, should be 30": minutes
    # rule "one amount for another": "my answer review today was 2.4 hrs not 1.8" names a record
    # by its work alone; the old amount beside the new one says it is a correction.
    # "... was actually 3h15": "actually" says so too.
    actually = "actually" in found["verb"].lower() or bool(re.search(r"\bactually\s*$", text, re.I))
    swapped = (
        (bool(old) or actually)
        and not re.match(r"[\d.$]", subject)
        and _AMOUNT.match(value) is not None
        and (actually or _AMOUNT.match(old) is not None)
    )
    # a day for a day after "actually" with the old one said ("X thurs 12/3 was actually fri
    # 12/4"), or a billable flag (only an entry is billed), says so too.
    redated = actually and _DAY.match(value) is not None and _LAST_DAY.search(subject) is not None
    if not _RECORD.search(subject) and not swapped and not redated and not _BILLABLE.match(value):
        return None
    if _AMOUNT.match(value) and _DAMAGE_NAME.search(subject) and not _ENTRY.search(subject):
        damage = _DAMAGE_NAME.sub(r"\g<0> damage", subject, count=1)  # "lost wages for garcia"
        return f"change {damage} to {value}"
    if _AMOUNT.match(value):
        said = _H_MM.sub(_decimal, _HOURS.sub("h", _unit(value, old, subject)))
        return f"change {subject} to {said}"
    if _DAY.match(value) and _NEW_RECORD.match(subject) and _IT_WAS.search(text):
        return None  # "expense $30 acme courier, it was friday": a new record's day
    if _DAY.match(value):
        day = re.sub(r"^on\s+", "", value, flags=re.I)
        if old_day := _LAST_DAY.search(subject):  # the day it has now named it: no more needed
            subject = entry_named(subject[: old_day.start()])
        return f"change the date on {subject} to {day}"
    if _BILLABLE.match(value):
        return f"make {entry_named(subject)} {value}"
    if code := _CODE_VALUE.match(value):  # "should be under L210": the activity, not a matter
        return f"change the activity on {subject} to {code['code']}"
    if (matter := _MATTER_VALUE.match(value)) and not _DAY.match(value):
        return f"move {subject} to {matter['matter']}"
    return None


# rule "a date said wrong, then the right one": "the X entry says sat 11/28 but i did that fri the
# 27th", "hannah's X is dated 11/30 but her timesheet has it on sunday the 29th", "i reviewed the X
# on 11/23, not the 24th", "the X email went out this morning, not yesterday". Two days, one said
# as the old: the other is the record's new date. Not "log 1h on X on 11/23" (a command).
_SAYS_DAY = lazy.regex(
    rf"^(?P<subject>.+?)\s+(?:says|shows|reads|is\s+dated|was\s+dated|is\s+(?:logged|entered"
    rf"|down|booked)\s+(?:on|for|as)|has\s+(?:it\s+)?(?:on|as))\s+(?P<old>{_DAY_SAID})\s*,?\s+"
    rf"but\s+(?:.+?\s+)?(?:on\s+|for\s+)?(?P<new>{_DAY_SAID})$",
    re.I,
)
_DAY_NOT = lazy.regex(
    rf"^(?P<subject>.+?)\s+(?:(?:was|is|went\s+out|was\s+sent|got\s+sent|happened|took\s+place"
    rf"|was\s+held|was\s+done)\s+)?(?:on\s+)?(?P<new>{_DAY_SAID})\s*,?\s+not\s+(?:on\s+)?"
    rf"(?P<old>{_DAY_SAID})$",
    re.I,
)
_KIND_NOUN = lazy.regex(
    r"\b(?:entry|entries|expense|time|call|e-?mail|meeting|hearing|depo|deposition|task|note"
    r"|event|appointment|fee|cost|charge|invoice|transcript|courier|mileage|parking|letter)\b",
    re.I,
)
_PART_OF_DAY = {"this morning": "today", "this afternoon": "today", "last night": "yesterday"}


def _redated(text: str) -> str | None:
    """`redated`: "<record> says <old day> but ... <new day>", "<record> on <new>, not <old>"
    -> "change <record> date to <new>"; work told in the first person is my entry."""
    found = prefilter.match(_SAYS_DAY, text) or prefilter.match(_DAY_NOT, text)
    if not found or _COMMAND.match(found["subject"]):
        return None
    subject = re.sub(r"^i\s+", "my ", found["subject"].strip(" ,;:-"), flags=re.I)
    if not _KIND_NOUN.search(subject):
        subject += " entry"  # a date said of work: a time entry, not a calendar event
    new = found["new"].strip()
    return f"change {subject} date to {_PART_OF_DAY.get(new.lower(), new)}"


# rule "the wrong field": "the X entry has the wrong date, it was nov 23 not the 24th", "tom's
# X entry is on the wrong matter, should be acme contract review": the field named wrong, then
# the right value said as a statement.
_WRONG_FIELD = lazy.regex(
    r"^(?P<subject>.+?)\s+(?:has|had|shows|is\s+on|was\s+on|is\s+under|was\s+put\s+on)\s+the\s+"
    r"wrong\s+(?P<field>date|day|amount|hours|time|length|matter|case|client|file)\s*[,;:.–—-]+\s*"
    r"(?:(?:it|that)\s+)?(?P<rest>(?:was|is|should|shd|needs|ought)\b.+)$",
    re.I,
)
_MATTER_FIELD = lazy.regex(r"^(?:matter|case|client|file)$", re.I)
_ON_VALUE = lazy.regex(r"^(?P<verb>\S+(?:\s+(?:be|been|actually))*)\s+(?!on\b|in\b|under\b)", re.I)


def _wrong_field(text: str) -> str | None:
    """`wrong_field`: "<record> has the wrong <field>, it was <value>" -> "<record> was <value>"."""
    found = _WRONG_FIELD.match(text)
    if not found:
        return None
    rest = found["rest"]
    if _MATTER_FIELD.match(found["field"]):  # "should be acme contract review": on that matter
        rest = _ON_VALUE.sub(lambda m: f"{m['verb']} on ", rest, count=1)
    return _stated(f"{found['subject']} {rest}")


# rule "a value said wrong, then the right one": "hannah's patel call - 18 min is wrong, make it 25".
_WRONG_VALUE = lazy.regex(
    r"^(?P<subject>.+?)\s*(?:[-:–—,;]\s*|\s)(?:the\s+)?(?P<old>\$?\d[\d,.]*\s*[a-z]*)\s+(?:is|was)\s+"
    r"(?:wrong|incorrect|off)\s*[,;:.–—-]*\s*(?:(?:pls|please|so|just)\s+)*(?:make|change|set)\s+"
    r"(?:it|that|this)\s+(?:to\s+)?(?P<value>\$?\d[\d,.]*(?:\s*[a-z]+)?)$",
    re.I,
)


def _wrong_value(text: str) -> str | None:
    """`wrong_value`: "<record> - <old> is wrong, make it <value>" -> change it to <value>."""
    found = _WRONG_VALUE.match(text)
    if not found or not _AMOUNT.match(found["old"].strip()):
        return None
    value = _unit(found["value"].strip(), found["old"].strip(), found["subject"])
    if not _AMOUNT.match(value):
        return None
    return f"change {found['subject']} to {_HOURS.sub('h', value)}"


# rule "said wrong, then what it was": "last expense i put in is wrong, it was $405 not 350", "the
# garcia courier charge is off - should be $52": the record said wrong, then its value.
_WRONG_THEN = lazy.regex(
    r"^(?P<subject>.+?)\s+(?:is|was|['’]s)\s+(?:wrong|incorrect|off)\s*[,;:.–—-]+\s*(?:it\s+(?:was|is"
    r"|should\s+be|should\s+have\s+been)|it['’]s|should\s+be|shd\s+be|s/b)\s+(?P<value>\$?\d[\d,.]*"
    r"(?:\s*[a-z]+)?)(?:\s*,?\s*(?:not|instead\s+of|rather\s+than)\s+\$?[\d.,]+\s*[a-z]*)?[\s.!]*$",
    re.I,
)
# "the last expense i put in": the writer's own last record of that kind
_I_PUT_IN = lazy.regex(
    r"^(?:the\s+|my\s+)?(?P<last>last|latest)\s+(?P<kind>[\w-]+(?:\s+entry)?)\s+i\s+(?:just\s+)?(?:put\s+in"
    r"|logged|entered|added|made|did)$",
    re.I,
)


def _wrong_then(text: str) -> str | None:
    """`wrong_then`: "<record> is wrong, it was <value>" -> change it to <value>."""
    found = prefilter.match(_WRONG_THEN, text)
    if not found or not _AMOUNT.match(found["value"].strip()):
        return None
    subject = _I_PUT_IN.sub(r"my \g<last> \g<kind>", found["subject"].strip())
    return f"change {subject} to {_HOURS.sub('h', found['value'].strip())}"


# rule "a task goes to someone": "marcus is slammed - can the prepare witness list task on johnson
# go to priya instead", "the conflict check task should go over to tom": a task (by its noun) going
# to a colleague is reassigned to them; what comes before the ask is why.
_GOES_TO = lazy.regex(
    r"(?:^|[-–—,.;:!]\s*)(?:(?:so|pls|please|can|could|should|let)\s+)*(?P<record>(?:the|my|[\w.-]+['’]s)\s+"
    r"(?:(?!\s[-–—]\s)[^,;.!?]){1,60}?\b(?:task|todo|to-do)(?:\s+(?:on|for|in)\s+[^,;.!?]{1,30}?)?)"
    r"\s+(?:should\s+|can\s+|could\s+)?go\s+(?:over\s+)?to\s+"
    r"(?P<who>me|[^\W\d_]+)(?:\s+instead)?[\s?.!]*$",
    re.I,
)


def _goes_to(text: str) -> str | None:
    """`goes_to`: "... can the <task> go to priya instead" -> "reassign the <task> to priya"."""
    found = prefilter.search(_GOES_TO, text)
    return f"reassign {found['record']} to {found['who']}" if found else None


# rule "what it says, then what it should": "alice's court filing fee on smith from the 10th says
# $350, the court actually charged 405. fix the amount", "priya's research on smith from last friday
# is in at 1.5h, she says it was really 1.2. pls fix", "hannah's mediation prep on chen is at 275/hr
# - she agreed 250 for chen, pls change the rate on that entry": a record said first with the value
# it holds, then the value it should hold, after "really", "actually" or "agreed". Counter-example:
# "my 2h entry on garcia says drafting, it was really research" (no new number: a new note).
_OLD_THEN_NEW = lazy.regex(
    r"^(?P<record>(?:the|my|that|[\w.-]+['’]s)\s+.+?)\s+(?:says|shows|reads|is\s+(?:in\s+|logged\s+|entered\s+|billed\s+)?at"
    r"|was\s+(?:entered|logged|billed)\s+at)\s+(?P<old>\$?\d[\d,]*(?:\.\d+)?\s*(?:h\b|hrs?\b|hours?\b|m\b|mins?\b|minutes?\b|/\s*hr?\b"
    r"|per\s+hour|an\s+hour)?)(?P<mid>.{0,60}?)\b(?:really|actually|agreed(?:\s+to)?|should\s+be|s/b)"
    r"(?:\s+(?!\d)[\w'’]+){0,2}?\s+(?P<new>\$?\d[\d,]*(?:\.\d+)?)(?P<rest>.*)$",
    re.I,
)
_A_LENGTH_SAID = lazy.regex(r"\d\s*(?:h|hrs?|hours?|m|mins?|minutes?)\b", re.I)
_RATE_SAID = lazy.regex(r"/\s*hr?\b|per\s+hour|an\s+hour|\brate\b", re.I)


def _old_then_new(text: str) -> str | None:
    """`old_then_new`: "<record> says <old>, ... actually <new>" -> "change <record> to <new>"."""
    found = prefilter.match(_OLD_THEN_NEW, text)
    if found is None or _COMMAND.match(text):
        return None
    record, old, new = found["record"].strip(), found["old"].strip(), found["new"].strip()
    if _RATE_SAID.search(old) or _RATE_SAID.search(found["rest"]):
        return _rate_change(record, new.lstrip("$"))
    value = _HOURS.sub("h", _unit(new, old, record))
    if old.startswith("$") and not value.startswith("$"):
        value = f"${value.lstrip('$')}"
    if _A_LENGTH_SAID.search(value):  # "logged at 18 min, should be 30": a time entry's length
        return f"change {entry_named(record)} to {value}"
    return f"change {_kind_or_entry(record)} to {value}"


# rule "a note's new text told first": "ravi patel prefers calls after 6pm now, not 5 - could you
# update the preferences note on his contact?", "client's down to physio once a week, update the
# treatment note on garcia": the fact told is the note's new text (what it replaces, "now, not 5",
# left out). Counter-example: "update the treatment note on garcia" alone (no new text).
_NOTE_TOLD = lazy.regex(
    r"^(?P<story>[^?]{8,200}?)\s*(?:[-–—,;.]\s*)+(?:(?:can|could|would)\s+(?:you|u)\s+|pls\s+|please\s+"
    r"|so\s+|just\s+)*(?:update|change|fix|edit|correct)\s+(?P<note>(?:the|that|his|her|their|my)\s+"
    r"(?:[\w'’-]+\s+){0,3}?note(?:\s+(?:on|for|about)\s+(?!(?:his|her|their)\s)[\w'’.-]+(?:\s+[\w'’.-]+)?)?)"
    r"(?:\s+(?:on|in)\s+(?:his|her|their|the)\s+(?:contact|card|file|matter))?"
    r"(?:\s+(?:accordingly|to\s+match|with\s+that))?(?:\s+(?:pls|please))?[\s?.!]*$",
    re.I,
)
_REPLACED = lazy.regex(
    r"(?:\s+now)?\s*,?\s*(?:not|instead\s+of|rather\s+than)\s+[^,;]+$|\s+now$", re.I
)


def _note_told(text: str) -> str | None:
    """`note_told`: "<fact> - update the <X> note" -> "update the <X> note: <fact>"."""
    found = prefilter.match(_NOTE_TOLD, text)
    if found is None or _COMMAND.match(found["story"]):
        return None
    story = _REPLACED.sub("", found["story"].strip())
    return f"update {found['note']}: {story}"


# rule "said out of date, then changed": "garcia treatment note is out of date - change it to
# 'Client now in physiotherapy once a week.'" -> "change the garcia treatment note to ...".
_OUT_OF_DATE = lazy.regex(
    r"^(?P<subject>.+?)\s+(?:is|was|looks|'s|’s)\s+(?:out\s+of\s+date|outdated|wrong|stale|incorrect"
    r"|old)\s*[-:–—,;.]+\s*(?:(?:pls|please|so|just|can\s+you|u)\s+)*(?:change|update|set|make)\s+"
    r"(?:it|that|this)\s+(?:to\s+(?:say|read)|to|say|read)\s*:?\s+(?P<value>.+)$",
    re.I,
)


def _out_of_date(text: str) -> str | None:
    """`out_of_date`: "<record> is out of date - change it to <value>" -> change it."""
    found = _OUT_OF_DATE.match(text)
    if not found or _COMMAND.match(found["subject"]):
        return None
    return f"change {found['subject'].strip()} to {found['value'].strip()}"


# rule "an arrow to the new value": "mediation prep (chen) -> 1h flat per hannah", "hannah's X
# entry -> 2.5h and date it mon nov 30": the words after the value are why, or a second change.
_ARROW = lazy.regex(
    r"^(?P<subject>.+?)\s*(?:->|=>|→|-->)\s*(?P<value>\$?\d[\d,.]*(?:\s*(?:h|hr|hrs|hours?|m|min"
    r"|mins|minutes?)\b\.?)?)(?P<rest>.*)$",
    re.I,
)
_AND_DATE = lazy.regex(
    r"^\s*(?:,\s*)?and\s+(?:date\s+it|(?:change\s+|set\s+)?the\s+date\s+(?:to\s+)?|move\s+it\s+to|"
    r"dated?)\s+(?P<day>.+?)(?:\s*,?\s*not\s+.+)?$",
    re.I,
)


_WEEKDAY_FIRST = lazy.regex(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?=[a-z]{3}|\d)", re.I)


_ARROW_STATUS = lazy.regex(
    r"^(?P<subject>.+?)\s*(?:->|=>|→|-->)\s*(?P<status>open|closed|pending)\b(?:\s*[,;.:–—-].*)?$",
    re.I,
)


# "priya's binder time (12/1) -> non-billable pls, we agreed ...": the billable flag after an arrow
_ARROW_BILLABLE = lazy.regex(
    r"^(?P<subject>.+?)\s*(?:->|=>|→|-->)\s*(?P<flag>non[- ]?billable|not\s+billable|billable"
    r"|no\s+charge)\b(?:\s+(?:pls|please|plz))?(?:\s*[,;.:–—-].*)?$",
    re.I,
)


# "patel matter desc -> Patel estate planning and revocable trust", "jones depo location -> room
# b": a record, one of its fields by its label, then the new value after an arrow
_ARROW_FIELD = lazy.regex(
    r"^(?P<subject>.+?)\s+(?P<field>desc|description|title|subject|location|place|due\s+date|due"
    r"|status|practice\s+area|(?:responsible|resp\.?)\s+(?:attorney|atty)|e-?mail|phone)"
    r"\s*(?:->|=>|→|-->)\s*(?P<value>\S.*?)[\s.!]*$",
    re.I,
)
_FIELD_NAMES = {"desc": "description", "due": "due date", "place": "location"}
_RESP_ATTY = lazy.regex(r"^resp\.?\s+at+(?:orne)?y$", re.I)


def _arrow(text: str) -> str | None:
    """`arrow_value`: "<record> -> <amount> [why]" -> change the record to that amount; "<record>
    <field> -> <value>" -> change that field."""
    labelled = _ARROW_FIELD.match(text)
    if labelled and not _COMMAND.match(text):
        field = labelled["field"].lower()
        field = _FIELD_NAMES.get(field, _RESP_ATTY.sub("responsible attorney", field))
        return f"change the {labelled['subject'].strip()} {field} to {labelled['value']}"
    flag = _ARROW_BILLABLE.match(text)
    if flag and not _COMMAND.match(text):
        said = "billable" if flag["flag"].lower() == "billable" else "non-billable"
        return f"make {_ASIDE.sub(_aside, flag['subject'].strip())} {said}"
    status = _ARROW_STATUS.match(text)
    if status and not _NOT_A_MATTER.search(status["subject"]) and not _COMMAND.match(text):
        return (
            f"move {status['subject'].strip()} to {status['status'].lower()}"  # "X matter -> open"
        )
    found = _ARROW.match(text)
    if not found or _COMMAND.match(found["subject"]) or not _AMOUNT.match(found["value"].strip()):
        return None
    subject = spell_aside(f"change {found['subject'].strip()}")[len("change ") :]
    said = f"change {subject} to {_HOURS.sub('h', found['value'].strip())}"
    day = _AND_DATE.match(found["rest"])
    if day and _DAY.match(_WEEKDAY_FIRST.sub("", day["day"].strip())):  # "mon nov 30"
        entry = subject if _ENTRY.search(subject) else f"{subject} entry"  # two changes: an entry's
        return f"change {entry} to {found['value'].strip()} and date {day['day'].strip()}"
    return said


# "sarah johnson's new email is x", "john smith's phone number changed to y".
_NEW_DETAIL = lazy.regex(
    r"^(?P<who>.+?)(?:'s|’s|s')\s+(?:new\s+)?(?P<field>e-?mail(?:\s+address)?|phone(?:\s+number)?"
    r"|cell(?:\s+number)?|mobile(?:\s+number)?|(?:home\s+|work\s+)?address|title|job\s+title"
    r"|(?:last|first|middle|family)\s+name|surname|(?:main|direct|office)\s+(?:line|number)"
    r"|number)(?:\s+(?:is\s+now|is|was|has\s+changed\s+to|changed\s+to|now\s+is|should\s+be)\s+"
    r"|\s*[=:]\s*"
    # "ravi patel's number changed, it's 917-555-0188 now"
    r"|\s+(?:has\s+)?changed\s*[,;:–—-]+\s*(?:it['’]s|it\s+is|the\s+new\s+one\s+is|new\s+one(?:\s+is)?)\s+)"
    r"(?P<value>.+?)(?:\s*\([^()]*\))?(?:\s+now)?$",
    re.I,
)


# "robert jones new cell 973-555-0188", "lena hart new email lh@x.com": the value itself says
# which field (a phone number or an address with @).
_NEW_BARE = lazy.regex(
    r"^(?P<who>[a-z][\w'’.-]*(?:\s+[a-z][\w'’.-]*){0,2})\s+(?:has\s+(?:a\s+)?)?new\s+"
    r"(?P<field>e-?mail(?:\s+address)?|phone(?:\s+number)?|cell(?:\s+number)?|mobile(?:\s+number)?"
    r"|number)\s*(?:is\s+|[:=-]\s*)?(?P<value>\+?[\d(][\d\s().-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.]+)$",
    re.I,
)


# "emily chen changed her email to x", "acme corp main number is now 212-555-0199", "robert jones
# phone # (973) 555-0187": a phone number or an address with @ says the field is a new value.
_SAID_DETAIL = lazy.regex(
    r"^(?P<who>[a-z][\w'’.-]*(?:\s+[a-z][\w'’.-]*){0,2}?)\s+(?:(?:has\s+)?(?:changed|updated|switched)"
    r"\s+(?:his|her|their|its)\s+|(?:main|office|work|direct|home|new)\s+)?(?P<field>e-?mail(?:\s+address)?"
    r"|phone(?:\s+number)?|cell(?:\s+number)?|mobile(?:\s+number)?|number)\s*(?:#|no\.?)?\s*"
    r"(?:is\s+now|is|now\s+is|now|to|:|=|-)?\s*(?P<value>\+?[\d(][\d\s().-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.]+)"
    r"(?:\s*[,;]\s*(?:pls|please)?\s*(?:update|fix|change)?(?:\s+(?:it|that|pls|please))?)?$",
    re.I,
)


def _new_detail(text: str) -> str | None:
    """`new_detail`: "<person>'s (new) <field> is <value>" -> change that field."""
    found = (
        prefilter.match(_NEW_DETAIL, text)
        or prefilter.match(_NEW_BARE, text)
        or prefilter.match(_SAID_DETAIL, text)
    )
    if not found:
        return None
    field = found["field"].lower()
    field = "phone" if field.startswith(("number", "main", "direct", "office")) else field
    return f"change {found['who']}'s {field} to {found['value']}"


# rule "a contact's new address or number, then 'update his contact'": "new email for ravi patel:
# r@x.com - please update his contact", "john smith emailed from a new address - j@x.net - pls add
# it to his contact", "ravi set up a family office email ... - r@y.com. please update his contact":
# the one address or number said is the contact's new one.
_VALUE_SAID = lazy.regex(r"(?<![\w.+-])(?:[\w.+-]+@[\w-]+\.[\w.]*\w|\+?[\d(][\d\s().-]{6,}\d)")
_UPDATE_CONTACT = lazy.regex(
    r"(?:\s*[-–—,;:.]+\s*|\s+)(?:(?:pls|please|can\s+(?:you|u)|could\s+(?:you|u)|so|just)\s+)*"
    r"(?:update|add\s+(?:it|that|this|them)\s+to|put\s+(?:it|that|this)\s+(?:on|in)|change)\s+"
    r"(?:his|her|their|the)\s+(?:contact|card|record|details|info)\b[^@]*$",
    re.I,
)
_FOR_WHO = re.compile(
    r"^new\s+(?P<field>e-?mail|phone|cell|mobile|number)(?:\s+(?:address|number))?\s+for\s+"
    r"(?P<who>[a-z][\w'’.-]*(?:\s+[a-z][\w'’.-]*){0,2}?)\s*[:=-]",
    re.I,
)
_NOT_NAMED = (
    r"(?!(?:set|got|has|had|is|was|now|just|wants|said|says|asked|gave|sent|uses|will|would|can"
    r"|and|from|new|[a-z]+ed)\b)"
)
_WHO_FIRST = lazy.regex(
    rf"^(?P<who>(?:dr\.?\s+)?[a-z][\w'’.-]*(?:\s+{_NOT_NAMED}[a-z][\w'’.-]*)?)\s", re.I
)


def _contact_value(text: str) -> str | None:
    """`contact_value`: an address or number said with "update his contact" -> "change <who>'s
    email (phone) to <value>"."""
    tail = prefilter.search(_UPDATE_CONTACT, text)
    values = _VALUE_SAID.findall(text[: tail.start()] if tail else "")
    if tail is None or len(values) != 1:
        return None
    found = prefilter.match(_FOR_WHO, text) or prefilter.match(_WHO_FIRST, text)
    if (
        not found
        or _RECORD.search(found["who"])
        or (_COMMAND.match(text) and found.re is not _FOR_WHO)
    ):
        return None
    field = "email" if "@" in values[0] else "phone"
    return f"change {found['who']}'s {field} to {values[0].strip()}"


# rule "make a record a value": "make priya's friday entry on garcia 1 hour instead of 0.75",
# "make the courier expense $52": "make" before a record already there (a determiner or a
# possessive, then its noun) and a length or an amount changes it. Counter-example: "make a
# 1 hour entry on garcia" (a new one).
_MAKE_IT = lazy.regex(
    r"^make\s+(?P<record>(?:the|my|our|that|this|[\w.-]+['’]s)\s+(?:[\w'’.$/-]+\s+){0,5}?"
    r"(?:entry|expense|call|email|time)(?:\s+(?:on|for|from|with|w/?)\s+[\w'’.&-]+(?:\s+(?:v\.?\s+)?[\w'’.&-]+)?)?)"
    r"\s+(?P<value>\$\s?\d[\d,]*(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:h|hr|hrs|hours?|m|min|mins|minutes)\b"
    r"|(?:an?|one)\s+hour|half\s+an?\s+hour|\d*\.\d+)"
    r"(?:\s*,?\s*(?:instead\s+of|not|rather\s+than)\s+\$?[\d.]+(?:\s*(?:h|hrs?|hours?|mins?|minutes))?\b)?"
    r"(?P<rest>(?:[\s.!?,;].*)?)$",
    re.I,
)


def _make_it(text: str) -> str | None:
    """`make_it`: "make <record> <length or amount> ..." -> "change <record> to <it> ..."."""
    found = prefilter.match(_MAKE_IT, text)
    if found is None:
        return None
    return f"change {found['record']} to {found['value']}{found['rest']}"


# rule "a matter, then who leads it": "hannah's northwind handbook matter - make me responsible
# attorney", "the chen divorce case: set marcus as lead": the matter said first, then who is to be
# its responsible (or originating) attorney.
_LEAD_AFTER = lazy.regex(
    r"^(?P<matter>(?:the|my|our|[\w.-]+['’]s)\s+.+?\b(?:matter|case|file))\s*(?:[-–—:,;]\s*)+"
    r"(?:(?:pls|please|can\s+(?:you|u)|could\s+(?:you|u))\s+)*(?:make|set|put)\s+(?P<who>me|myself|[a-z]+)"
    r"\s+(?:as\s+)?(?:the\s+)?(?P<role>(?:responsible|originating)\s+(?:attorney|atty|lawyer)|resp\s+atty"
    r"|lead(?:\s+(?:attorney|atty))?)(?:\s+(?:pls|please))?[\s.!?]*$",
    re.I,
)


def _lead_after(text: str) -> str | None:
    """`lead_after`: "<matter> - make <who> responsible attorney" -> said verb first."""
    found = prefilter.match(_LEAD_AFTER, text)
    if found is None:
        return None
    field = (
        "originating attorney"
        if found["role"].lower().startswith("orig")
        else "responsible attorney"
    )
    return f"change the {field} on {found['matter']} to {found['who']}"


# rule "a change told as news": "globex lease amendments review got bumped to high priority", "smith
# response to motion got extended to the 22nd", "the garcia hearing has been moved to 3pm", "the
# request medical records task can be deleted", "hannah asked that her friday entry on northwind be
# deleted": a record, then what was done to it in the passive, is that change asked.
# Counter-examples: "the client got moved to tears" (no new value a record takes: "to" must lead
# to a day, a time, a priority or a person), "the depo was cancelled by the court" (a story:
# "cancelled" alone, with no request, is left to the rules on cancelled appointments).
_NEWS = lazy.regex(
    r"^(?:(?:[a-z]+\s+)?asked\s+that\s+)?(?P<record>.+?)\s+(?:got|has\s+been|have\s+been|was|were|is|are"
    r"|['’]s\s+been|just\s+got)\s+(?:just\s+|now\s+|also\s+)?(?P<verb>bumped|moved|pushed|extended|postponed"
    r"|rescheduled|reassigned|handed|given|changed)\s+(?P<rest>(?:up\s+|back\s+|out\s+|over\s+)?"
    r"(?:to|until|till)\s+.+)$"
    r"|^(?:(?:[a-z]+\s+)?asked\s+that\s+)?(?P<gone>.+?)\s+(?:can|could|should|needs\s+to|has\s+to|be)"
    r"(?:\s+be)?\s+(?:deleted|removed|cancell?ed|dropped|taken\s+off)(?:\s+(?:now|too|as\s+well))?[\s.!]*$",
    re.I,
)
_CLAUSES = lazy.regex(r"\s*(?:[,;]|\.\s)\s*(?:(?:so|and|but|which\s+means)\s+)?", re.I)
_NEWS_VERB = {
    "bumped": "bump", "moved": "move", "pushed": "push", "extended": "push", "postponed": "postpone",
    "rescheduled": "reschedule", "reassigned": "reassign", "handed": "reassign", "given": "reassign",
    "changed": "change",
}  # fmt: skip
_NEWS_VALUE = lazy.regex(
    r"^(?:up\s+|back\s+|out\s+|over\s+)?(?:to|until|till)\s+(?:the\s+)?(?:\d|next\b|this\b|high|low"
    r"|normal|urgent|mon|tue|wed|thu|fri|sat|sun|tomorrow|today|noon|jan|feb|mar|apr|may|jun|jul|aug"
    r"|sep|oct|nov|dec|me\b|[a-z]+$|[a-z]+\s+(?:instead|now|priority))",
    re.I,
)


def _news(text: str) -> str | None:
    """`news`: "<record> got bumped to high priority" -> "bump <record> to high priority";
    "<record> can be deleted" -> "delete <record>"."""
    found = prefilter.match(_NEWS, text)
    if found is None:
        return None
    if found["gone"]:  # the record is the last clause's: "... have come in, so the X task can go"
        record = _CLAUSES.split(found["gone"])[-1].strip()
        return None if _COMMAND.match(record) or not record else f"delete {record}"
    record, rest = found["record"].strip(), found["rest"].strip()
    if _COMMAND.match(record) or not _NEWS_VALUE.match(rest):
        return None
    return rewrite(f"{_NEWS_VERB[found['verb'].lower()]} {record} {rest}")


# rule "whose it is now": "the garcia medical records request is tom's now", "priya is doing the
# johnson witness list now instead of marcus", "hannah's taking over the trust deed task": the
# record's new assignee said as news. Counter-example: "tom is doing fine now" (no record: only a
# word of its kind or a determiner before it makes one).
_WHOSE_NOW = lazy.regex(
    r"^(?P<record>(?:the|my|our|that|this)\s+.+?)\s+is\s+(?P<who>[a-z]+)['’]s(?:\s+(?:task|job))?\s+now[\s.!]*$"
    r"|^(?!(?:who|what|which|anyone|someone|somebody|nobody|everyone)\b)(?P<who2>[a-z]+)(?:\s+is|['’]s)\s+"
    r"(?:now\s+)?(?:doing|handling|taking\s+over|taking|covering)\s+"
    r"(?P<record2>(?:the|my|our|that|this)\s+.+?)(?:\s+now)?(?:\s+(?:instead\s+of|not|rather\s+than)"
    r"\s+[a-z]+)?[\s.!]*$",
    re.I,
)


_HAS_KIND = lazy.regex(
    r"\b(?:task|todo|to-do|matter|case|file|entry|expense|event|meeting|hearing|depo|deposition|call"
    r"|email|note|contact)s?\b",
    re.I,
)


def _whose_now(text: str) -> str | None:
    """`whose_now`: "<record> is <who>'s now" -> "reassign <record> to <who>"."""
    found = prefilter.match(_WHOSE_NOW, text)
    if found is None:
        return None
    record, who = (found["record"] or found["record2"]).strip(), found["who"] or found["who2"]
    if not _HAS_KIND.search(record):  # only a task is handed to someone by its work's name
        record = f"{record} task"
    return f"reassign {record} to {who}"


# rule "a cost on a matter": "delete the court filing fee i put on john smith's matter", "change the
# courier charge on the johnson case to $52": a cost named by what it paid for, then the matter it
# is on, is an expense (never the matter).
_COST_ON_MATTER = lazy.regex(
    r"^(?P<verb>delete|remove|change|update|fix|make|mark|bump|move)\s+(?P<cost>(?:the|my|that|this)\s+"
    r"(?:[\w$.'’-]+\s+){0,3}?(?:fee|charge|cost|disbursement))\s+(?P<rest>(?:on|for|in)\s+.+?\b(?:matter"
    r"|case|file)\b.*)$",
    re.I,
)


def _cost_on_matter(text: str) -> str | None:
    """`cost_on_matter`: "<verb> the X fee on <matter>" -> "<verb> the X fee expense on <matter>"."""
    found = prefilter.match(_COST_ON_MATTER, text)
    if found is None:
        return None
    return f"{found['verb']} {found['cost']} expense {found['rest']}"


# rule "an appointment named by its time": "cancel my wednesday 10am w robert jones", "move my
# 3pm tomorrow to 4pm", "push the 10am on wed to 11am": a time of day said as the record, with no
# noun of its kind, is an appointment's. Counter-examples: "move my 2 hours to the garcia matter"
# (a length: an entry), "cancel the 10am depo" (its noun said).
_AT_TIME = lazy.regex(
    r"^(?P<verb>cancel|delete|remove|scrap|drop|move|push|bump|reschedule|shift)\s+(?P<det>my|the|our)\s+"
    r"(?P<when>(?:(?:today|tomorrow|tmrw|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)(?:['’]s)?\s+)?"
    r"\d{1,2}(?::[0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.)"
    r"(?:\s+(?:on\s+)?(?:today|tomorrow|tmrw|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*))?)"
    r"(?P<rest>(?:\s+(?:w/?|with)\s+[^,;.]+?)?)(?:\s+(?:back|out|up|over))?(?P<tail>\s*[,;.].*|\s+to\s+.+)?$",
    re.I,
)


def _at_time(text: str) -> str | None:
    """`at_time`: "<verb> my <day> <time> ..." -> "<verb> my <day> <time> event ..."."""
    found = prefilter.match(_AT_TIME, text)
    if found is None:
        return None
    return (
        f"{found['verb']} {found['det']} {found['when']} event{found['rest']}{found['tail'] or ''}"
    )


# rule "a detail added to a contact": "add r@x.com to ravi patel's contact", "add maria garcia's
# cell to her contact? 718-555-0342", "add a cell number for maria garcia: 718-555-0342": the one
# address or number said goes on that contact (a label it already has is replaced, as a change
# of it would be). Counter-examples: "add a note to ravi patel's contact" (no address or number),
# "add 0.5h to the garcia entry" (a record, not a person).
_DETAIL = (
    r"(?:(?:work|home|office|personal|direct|main|new)\s+)*(?:e-?mail(?:\s+address)?|phone(?:\s+number)?"
    r"|cell(?:\s+(?:phone|number))?|mobile(?:\s+number)?|number|line)"
)
_WHO = r"(?P<who>(?!(?:contacts?|new|my|our|the|an?)\b)(?:dr\.?\s+)?[a-z][\w'’.-]*(?:\s+[a-z][\w'’.-]*){0,3}?)"
_CONTACT_WORD = r"(?:contact|card|record|details|info)"
_DETAIL_TO = lazy.regex(
    rf"^(?:add|put|save)\s+(?:(?:a|an|the|this|that)\s+)?(?:(?P<field>{_DETAIL})\s+)?(?:for|to|on|onto|in)\s+"
    rf"{_WHO}(?:['’]s|s['’])?(?:\s+{_CONTACT_WORD})?$",
    re.I,
)
_DETAIL_OWN = lazy.regex(
    rf"^(?:add|put|save)\s+{_WHO}(?:['’]s|s['’])\s+(?P<field>{_DETAIL})\s+(?:to|on|in|onto)\s+"
    rf"(?:his|her|their|its|the)\s+{_CONTACT_WORD}$",
    re.I,
)
_OWNER_S = lazy.regex(r"(?:['’]s|s['’])$", re.I)
_ASKED_ADD = lazy.regex(
    r"^\s*(?:(?:can|could|would|will)\s+(?:you|u)\s+|pls\s+|please\s+|kindly\s+)*(?=(?:add|put|save)\b)",
    re.I,
)
# what is left around the value once it is taken out: "? it's", ":", "(...)"
_AROUND_VALUE = lazy.regex(
    r"[\s,;:?.!()-]*(?:(?:it|that|which|the\s+number|the\s+address)(?:['’]s|\s+is)\s*|is\s+)?"
    r"[\s,;:?.!()-]*$",
    re.I,
)


def _detail_added(text: str) -> str | None:
    """`detail_added`: "add <address or number> to <person>" -> change that field."""
    text = _ASKED_ADD.sub("", text, count=1)
    values = list(_VALUE_SAID.finditer(text))
    if len(values) != 1 or not re.match(r"(?:add|put|save)\b", text, re.I):
        return None
    value = values[0]
    rest = _AROUND_VALUE.sub("", text[: value.start()].rstrip()) + " " + text[value.end() :]
    rest = " ".join(_AROUND_VALUE.sub("", rest).split())
    found = prefilter.match(_DETAIL_TO, rest) or prefilter.match(_DETAIL_OWN, rest)
    if not found or _RECORD.search(found["who"]) or _COMMAND.match(found["who"]):
        return None
    said, who = value[0].strip(), _OWNER_S.sub("", found["who"])
    field = (found["field"] or "").lower()
    field = "cell" if re.search(r"cell|mobile", field) else "email" if "@" in said else "phone"
    return f"change {who}'s {field} to {said}"


# "oliver grant is now in-house counsel at globex industries, can you update his contact", "dr
# hart left her practice and is now head of orthopaedics over at st mary's": a new title at a
# company, said of a person.
_NEW_ROLE = lazy.regex(
    rf"^(?!(?:the|my|our|this|that|an?)\s)(?P<who>(?:dr\.?\s+)?[a-z][\w'’.-]*(?:\s+{_NOT_NAMED}[a-z][\w'’.-]*)?)"
    r"\s+(?:(?:left|quit|moved|retired"
    r"|changed)\b[^,;]*?\s+and\s+)?(?:is\s+now|'s\s+now|’s\s+now|now)\s+(?:(?:the|an?)\s+)?"
    r"(?P<title>(?![a-z]+ed\b)[a-z][a-z'’/&-]*(?:\s+(?!(?:at|over)\b)[a-z][a-z'’/&-]*){0,4})\s+"
    r"(?:over\s+)?at\s+(?P<company>[^,;()\d]+?)(?P<tail>(?:\s*[-–—,;:.]+\s*|\s+)(?:(?:fyi|pls|please|can\s+(?:you|u)"
    r"|could\s+(?:you|u)|so|just)\s+)*update\s+(?:his|her|their|the)\s+contact\b.*)?$",
    re.I,
)


_ROLE = lazy.regex(
    r"\b(?:counsel|manager|director|head|chief|partner|officer|president|vp|cfo|ceo|coo|cto"
    r"|associate|paralegal|attorney|lawyer|surgeon|doctor|consultant|analyst|controller|founder"
    r"|owner|secretary|treasurer|clerk|accountant|engineer|principal|adjuster|administrator"
    r"|coordinator|specialist|supervisor)\b",
    re.I,
)


def _new_role(text: str) -> str | None:
    """`new_role`: "<person> is now <title> at <company>" -> change the contact's title and
    company."""
    found = prefilter.match(_NEW_ROLE, text)
    if not found or _RECORD.search(found["who"]) or _MATTER_WORD.search(found["who"]):
        return None
    if not found["tail"] and not _ROLE.search(found["title"]):  # "marcus is now out at court"
        return None
    return f"change {found['who']}'s title to {found['title']} at {found['company'].strip()}"


# rule "a new detail, told as news": "sarah johnson has a new email, s@x.com - replace the old one
# on her contact", "metro court reporting has a new main number, 212-555-0170", "dr hart's title
# needs updating - she's chief of orthopaedic surgery now": a contact's email, number or title told
# as what they have now. Counter-examples: "sarah has a new job" (no value said), "the garcia
# matter has a new judge, hon. reyes" (a record, not a contact).
_DETAIL = (
    r"(?:(?:main|office|work|home|cell|mobile|direct|personal)\s+)?(?:e-?mail(?:\s+address)?|number"
    r"|phone(?:\s+number)?|cell|mobile|line|fax)"
)
_HAS_NEW = lazy.regex(
    rf"^(?P<who>(?!(?:the|my|our|this|that|an?)\s)[^,;:]+?)\s+(?:has|got|now\s+has)\s+(?:a\s+)?new"
    rf"\s+(?P<detail>{_DETAIL})\s*(?:[,:;]|\s[-–—]+|\s+(?:it['’]?s|is|now))?\s*"
    r"(?P<value>[\w.+-]+@[\w-]+\.[\w.]*\w|\+?[\d(][\d\s().-]{6,}\d)(?:\s*(?:[-–—,;.]|\b(?:now|pls|please)\b).*)?$",
    re.I,
)
_NEEDS_UPDATING = lazy.regex(
    r"^(?P<who>(?!(?:the|my|our|this|that|an?)\s)[^,;:]+?)['’]s\s+(?P<detail>title|job\s+title|position)"
    r"\s+(?:needs\s+(?:updating|to\s+be\s+updated|an\s+update)|is\s+(?:out\s+of\s+date|wrong|outdated))"
    r"\s*(?:[-–—,;:.]+\s*)(?:(?:s?he|they)(?:['’]s|\s+is|\s+are|['’]re)\s+)(?:now\s+)?(?:the\s+|an?\s+)?"
    r"(?P<value>[^,;]+?)(?:\s+now)?[.!]*$",
    re.I,
)


def has_new(text: str) -> str:
    """`text`, or what it tells said as the contacts' grammar reads it: "<who> has a new email,
    <it>" -> "<who>'s new email is <it>"; "<who>'s title needs updating - she's <it> now" ->
    "change <who>'s title to <it>". Read before the firm's names are marked in the message."""
    if not isinstance(text, str):
        return text
    if found := prefilter.match(_HAS_NEW, text):
        if _RECORD.search(found["who"]) or _MATTER_WORD.search(found["who"]):
            return text
        return f"{found['who']}'s new {found['detail']} is {found['value']}"
    if found := prefilter.match(_NEEDS_UPDATING, text):
        return f"change {found['who']}'s {found['detail']} to {found['value']}"
    return text


# "john smith works at globex now", "david o'brien is now at northwind", "x moved to globex",
# "oliver grant is at acme corp now" (with "now": "ravi is at court" is where he is today).
_EMPLOYER = lazy.regex(
    r"^(?P<who>.+?)\s+(?:now\s+)?(?:works|is\s+working|is\s+now\s+working|is\s+now|now\s+works"
    r"|has\s+moved|moved|went)\s+(?:at|for|to|over\s+to)\s+(?P<company>.+?)(?:\s+now)?$"
    r"|^(?P<who2>.+?)(?:\s+is|['’]s)\s+at\s+(?P<company2>.+?)\s+now$",
    re.I,
)
_STREET = lazy.regex(r"^\d+\s+\w+", re.I)
_SPENT = lazy.regex(r"\b(?:morning|afternoon|evening|day|hours?|hrs?|time|week)\b", re.I)


def _employer(text: str) -> str | None:
    """`new_employer`: "<person> works at <company> now" -> change the contact's company;
    "<person> moved to <street address>" -> change the address."""
    found = prefilter.match(_EMPLOYER, text)
    if not found:
        return None
    who, value = (found["who"] or found["who2"]).strip(), (found["company"] or found["company2"])
    if _RECORD.search(who) or _MATTER_WORD.search(who):
        return None
    if _SPENT.search(who) or _MATTER_WORD.search(value):
        return None  # "most of the morning went to the widget works case": time spent on it
    value = value.strip()
    if _STREET.match(value):
        return f"change {who}'s address to {value}"
    # "oliver grant works at northwind traders now, operations manager": the new title after it
    company, _, title = value.partition(",")
    company = re.sub(r"\s+now$", "", company.strip(), flags=re.I)
    if _PLEASE_DO.search(title):  # "..., can u update his company": the request, not a title
        return f"change {who}'s company to {company}"
    if said := _TITLE.match(title.strip()):
        return f"change {who}'s title to {said['t']} at {company}"
    return f"change {who}'s company to {value}"


_PLEASE_DO = lazy.regex(r"\b(?:can|could|pls|please|update|change|fix|his|her|their)\b", re.I)
_TITLE = lazy.regex(
    r"^(?:as\s+(?:an?\s+)?)?(?P<t>[a-z][a-z&/.'’-]*(?:\s+[a-z][a-z&/.'’-]*){0,4})$", re.I
)


# "hannah is taking over the garcia matter", "make marcus responsible on the acme case".
_TAKE_OVER = lazy.regex(
    r"^(?P<who>\S+(?:\s+(?!is\b|will\b)\S+)?)\s+(?:is\s+|will\s+be\s+)?(?:taking|takes|took)\s+over\s+"
    r"(?:as\s+(?P<role>(?:the\s+)?responsible\s+(?:atty|attorney|lawyer|staff))\s+(?:on|for)\s+)?"
    r"(?P<matter>.+?)(?:\s+as\s+(?:the\s+)?(?:responsible|resp\.?)\s+(?:atty|attorney|lawyer))?"
    r"(?:\s+now|\s+from\s+now\s+on|\s+from\s+\w+)?$",
    re.I,
)
_MAKE_RESPONSIBLE = lazy.regex(
    r"^(?:make|set|put)\s+(?P<who>\S+(?:\s+(?!the\b|as\b)\S+)?)\s+(?:as\s+)?(?:the\s+)?"
    r"(?P<role>responsible(?:\s+staff)?(?:\s+(?:attorney|atty|lawyer))?)\s+(?:on|for)\s+(?P<matter>.+)$",
    re.I,
)


_SHOULD_BE_RESPONSIBLE = lazy.regex(
    r"^(?P<who>\S+(?:\s+(?!is\b|should\b|will\b)\S+)?)\s+(?:should\s+be|is\s+now|is|will\s+be)\s+"
    r"(?:the\s+)?(?:now\s+)?(?P<role>responsible(?:\s+staff)?(?:\s+(?:attorney|atty|lawyer))?)\s+(?:on|for)\s+"
    r"(?P<matter>.+?)(?:\s+(?:from\s+now\s+on|now|going\s+forward|from\s+here\s+on))?$",
    re.I,
)


# "johnson v brightline: hannah is responsible attorney from here on": the matter said first.
_MATTER_THEN_ROLE = lazy.regex(
    r"^(?P<matter>.+?)(?:\s*[-:–—,;]\s*(?P<who>\S+(?:\s+(?!is\b|should\b|will\b)\S+)?)\s+(?:should\s+be"
    r"|is\s+now|is|will\s+be)|\s+(?P<me>i['’]?m|i\s+am))\s+(?:the\s+)?(?:new\s+)?(?:now\s+)?(?P<role>responsible(?:\s+staff)?(?:\s+(?:attorney"
    r"|atty|lawyer))?)(?:\s+(?:from\s+now\s+on|now|going\s+forward|from\s+here\s+on))?$",
    re.I,
)
# "smith v jones - hannah is taking over as responsible atty": the matter said first.
_MATTER_THEN_TAKER = lazy.regex(
    r"^(?P<matter>.+?)\s*[-:–—,;]\s*(?P<who>\S+(?:\s+(?!is\b|will\b)\S+)?)\s+(?:is\s+|will\s+be\s+)?"
    r"(?:taking|takes|took)\s+(?:it\s+)?over(?:\s+(?:as|the)\s+(?P<role>(?:the\s+)?responsible\s+"
    r"(?:atty|attorney|lawyer|staff)|(?:the\s+)?(?:atty|attorney|lawyer|lead)))?(?:\s+now)?$",
    re.I,
)


# "chen divorce im taking over as responsible atty from hannah": the matter, then one person (or
# "i'm") taking over in the role named, without a separator.
_MATTER_TAKER_ROLE = lazy.regex(
    r"^(?P<matter>.+?)\s+(?P<who>i'?m|i’m|i\s+am|[a-z]+)\s+(?:is\s+)?(?:taking|takes|took)\s+over\s+"
    r"as\s+(?:the\s+)?(?P<role>responsible\s+(?:atty|attorney|lawyer|staff))(?:\s+from\s+\S+)?"
    r"(?:\s+now)?$",
    re.I,
)
_NEWS_NOW = lazy.regex(r"\b(?:now|instead|not|anymore|from\s+now\s+on|going\s+forward)\b", re.I)
# "resp atty", "resp. attorney": the responsible attorney, said short
_RESP_SHORT = lazy.regex(r"\bresp\.?\s+(?:atty|attorney|lawyer)\b|\bresponsible\s+atty\b", re.I)
# "... now, not hannah": whom the change replaces, said last
_NOT_THEM = lazy.regex(r",?\s+(?:not|instead\s+of|rather\s+than)\s+[^\W\d_]+\s*$", re.I)
_I_AM = lazy.regex(r"^(?:i'?m|i’m|i\s+am)$", re.I)


# A new matter opened with its responsible attorney named ("open up a file for ravi patel - condo
# purchase, marcus is the responsible attorney") is no change of an existing one.
_OPENS_MATTER = lazy.regex(
    r"^\W*(?:(?:pls|please|can\s+(?:u|you)|could\s+(?:u|you))\s+)*"
    r"(?:(?:open|start|create|set\s+up|make|add)(?:\s+up)?\s+(?:(?:a|an)\s+)?(?:new\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:matter|file)|new\s+matter)\b",
    re.I,
)


def _responsible(text: str) -> str | None:
    """`new_responsible`: "<person> is taking over <matter>" / "make <person> responsible on
    <matter>" -> change the matter's responsible attorney (or staff)."""
    if prefilter.match(_OPENS_MATTER, text):
        return None
    told = text
    text = _RESP_SHORT.sub("responsible attorney", _NOT_THEM.sub("", text))
    if found := prefilter.match(_MAKE_RESPONSIBLE, text) or prefilter.match(
        _SHOULD_BE_RESPONSIBLE, text
    ):
        role = "responsible staff" if "staff" in found["role"].lower() else "responsible attorney"
        return f"change {role} on {found['matter']} to {found['who']}"
    said = prefilter.match(_MATTER_THEN_ROLE, text)
    if said and said["me"] and not _NEWS_NOW.search(told, told.lower().rfind(said["me"].lower())):
        said = None  # "new corporate matter for bluebird, i'm responsible": a new matter's lead
    if said:
        role = "responsible staff" if "staff" in said["role"].lower() else "responsible attorney"
        return f"change {role} on {said['matter']} to {'me' if said['me'] else said['who']}"
    first = prefilter.match(_MATTER_THEN_TAKER, text)
    if first and (first["role"] or _MATTER_WORD.search(first["matter"])):
        staff = "staff" in (first["role"] or "").lower()
        role = "responsible staff" if staff else "responsible attorney"
        return f"change {role} on {first['matter']} to {first['who']}"
    found = prefilter.match(_TAKE_OVER, text)
    if found and (found["role"] or _MATTER_WORD.search(found["matter"])):
        role = "responsible staff" if "staff" in (found["role"] or "") else "responsible attorney"
        who = "me" if _I_AM.match(found["who"]) else found["who"]
        return f"change {role} on {found['matter']} to {who}"
    if found := prefilter.match(_MATTER_TAKER_ROLE, text):
        role = "responsible staff" if "staff" in found["role"].lower() else "responsible attorney"
        who = "me" if _I_AM.match(found["who"]) else found["who"]
        return f"change {role} on {found['matter']} to {who}"
    return None


# rule "a matter said to need reopening": "o'brien home purchase needs reopening, title issue came
# up", "the chen matter should be reopened", "smith v jones can be closed out".
_NEEDS_STATUS = lazy.regex(
    r"^(?P<matter>.+?)\s+(?:needs|need)\s+(?:(?P<re>re-?opening)|(?P<close>closing(?:\s+out)?)|to\s+be\s+"
    r"(?:(?P<re2>re-?opened)|(?P<close2>closed(?:\s+out)?)))(?:\s+now)?(?:\s*[,;.:–—-].*)?$"
    r"|^(?P<matter2>.+?)\s+(?:should|must|can|has\s+to)\s+be\s+(?:(?P<re3>re-?opened)|(?P<close3>closed"
    r"(?:\s+out)?))(?:\s+now)?(?:\s*[,;.:–—-].*)?$",
    re.I,
)


def _needs_status(text: str) -> str | None:
    """`needs_status`: "<matter> needs reopening" -> "move <matter> to open"."""
    found = _NEEDS_STATUS.match(text)
    if not found:
        return None
    matter = (found["matter"] or found["matter2"]).strip()
    if _NOT_A_MATTER.search(matter) or re.search(
        r"\b(?:task|note|contact|bill|invoice)\b", matter, re.I
    ):
        return None
    status = "open" if found["re"] or found["re2"] or found["re3"] else "closed"
    return f"move {matter} to {status}"


# rule "a call's or email's new subject": "re-subject the trustee questions call w patel as
# 'trustee selection'", "notice of deposition email - subject should read 'amended ...'".
_RESUBJECT = lazy.regex(
    r"^(?:re-?subject|re-?title|retitle)\s+(?P<record>.+?)\s+(?:as|to)\s+(?P<value>.+)$", re.I
)
_SUBJECT_AFTER = lazy.regex(
    r"^(?P<record>.+?)\s*(?:[-:–—,;]\s*|\s)(?:the\s+|its\s+)?(?:subject|title)(?:\s+line)?\s+"
    r"(?:should\s+(?:read|be|say)|is\s+now|needs\s+to\s+be|to|->|=)\s*:?\s+(?P<value>.+)$",
    re.I,
)
_CALL_OR_EMAIL = lazy.regex(
    r"\b(?:call|calls|email|e-mail|emails|phone\s+call|message|msg)\b", re.I
)


def _subject(text: str) -> str | None:
    """`new_subject`: "re-subject <call or email> as <value>" / "<call or email> - subject should
    read <value>" -> change the subject of that record."""
    found = prefilter.match(_RESUBJECT, text) or prefilter.match(_SUBJECT_AFTER, text)
    if not found or _COMMAND.match(found["record"]):
        return None
    if not _CALL_OR_EMAIL.search(found["record"]) and not re.search(
        r"\bnote\b", found["record"], re.I
    ):
        return None
    record = re.sub(
        r"(?:['’]s)\s+(?:contact|card|record)\b", "", found["record"].strip()
    )  # "on ravi's contact"
    return f"change the subject of {record} to {found['value']}"


# rule "a task said done": "the deposition outline task is done" -> "mark ... done", so a
# meeting word in the task's name ("deposition") does not make it an event.
_TASK_DONE = lazy.regex(
    r"^(?P<task>(?:the|my|our|\S+['’]s)\s+.+?\s+(?:task|todo|to-do))\s+(?:is|was)\s+(?:now\s+)?"
    r"(?:all\s+)?(?:done|complete|completed|finished)(?:\s+now)?$",
    re.I,
)


def _task_done(text: str) -> str | None:
    """`task_done`: "<the X task> is done" -> "mark <the X task> done"."""
    found = prefilter.match(_TASK_DONE, text)
    return f"mark {found['task']} done" if found else None


# "put my police report entry on the garcia matter instead".
_PUT_ON = lazy.regex(
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
_LAST_ONE = lazy.regex(
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
_BACK_TO = lazy.regex(
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
_FIELD_FIRST = lazy.regex(
    r"^(?P<verb>change|update|set|edit|amend)\s+(?:the\s+|my\s+)?(?P<field>description|note|narrative)"
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
_APPEND = lazy.regex(
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


# rule "time added to an entry": "add a quarter hour to the garcia med records collection entry",
# "tack another 20 min onto my acme call entry", "knock 15 min off hannah's patel call entry":
# a length said against an entry changes the entry's time by it. The entry must be named as one
# ("entry", "time entry"): "add 2h to smith v jones" is new time on that matter.
_MORE_TIME = lazy.regex(
    r"^(?:(?P<more>add|tack|tack\s+on|put|throw)\s+(?:on\s+)?(?:another|an\s+extra|one\s+more)?\s*"
    r"(?P<d_more>[^,;]{1,30}?)\s+(?:more\s+)?(?:to|onto|on\s+to|on)"
    r"|(?P<less>take|knock|shave|cut|trim)\s+(?P<d_less>[^,;]{1,30}?)\s+(?:off|off\s+of|from))"
    r"\s+(?P<subject>(?:the|my|that|this|[a-z]+['’]s)\s+[^,;]*?\b(?:time\s+)?entry)\s*$",
    re.I,
)
_A_LENGTH = lazy.regex(
    r"^(?:an?\s+|one\s+)?(?:quarter|half|\d+(?:\.\d+)?|\.\d+|\d+/\d+)(?:\s*-?\s*(?:an?\s+)?"
    r"(?:h|hr|hrs|hours?|m|min|mins|minutes?))?$",
    re.I,
)


def _more_time(text: str) -> str | None:
    """`time_added`: "add <length> to <entry>" -> "lengthen by <length> on <entry>" ("take <length>
    off <entry>" -> "shorten by ..."), which the entries' grammar reads as a change by it; a bare
    number is hours ("add .2 to my binder entry")."""
    found = _MORE_TIME.match(text)
    if not found:
        return None
    length = found["d_more"] or found["d_less"]
    if not _A_LENGTH.match(length.strip()):
        return None
    verb = "lengthen" if found["more"] else "shorten"
    length = length.strip() + ("h" if _BARE.match(length.strip()) else "")
    return f"{verb} by {length} on {found['subject']}"


# "the entry i just logged", "the one i just put in": the person's newest entry.
_JUST_LOGGED = lazy.regex(
    r"\b(?:the|that)\s+(?:time\s+entry|entry|one|time)\s+i\s+(?:just\s+)?(?:logged|entered|made|did"
    r"|put\s+in|added|recorded)\b",
    re.I,
)
# rule "delete said after it": "the X task on johnson - get rid of it", "the police report
# entry (smith, 11/24) - delete it", "X -> remove": the record first, the delete after a dash.
_DELETE_AFTER = lazy.regex(
    r"^(?P<subject>.+?)\s*(?:[-–—:;,]|->|=>|→)\s*(?:(?:pls|please|just|can\s+you|u|go\s+ahead\s+and)\s+)*"
    r"(?P<verb>delete|remove|get\s+rid\s+of|kill|trash|scrap|drop|nuke|erase|cancel)"
    r"(?:\s+(?:it|that|this|them|him|her|the\s+thing))?(?:\s+(?:pls|please|thx|thanks))?$",
    re.I,
)


def _delete_after(text: str) -> str | None:
    """`delete_after`: "<record> - delete it" -> "delete <record>"."""
    found = prefilter.match(_DELETE_AFTER, text)
    if not found or _COMMAND.match(found["subject"]):
        return None
    said = f"delete {found['subject'].strip()}"
    return _contact_aside(said) or said


# rule "kill said for delete": "kill the update conflict check task" (a pay link is expired and
# a timer stopped instead, which their own rules read).
_KILL = lazy.regex(
    r"^(?:kill|nuke|scratch|scrap|trash|ditch|toss|bin)\s+(?:that\s+|this\s+)?"
    r"(?P<what>(?!.*\b(?:link|timer|clock)\b)(?!(?:it|that|this|the\s+last(?:\s+one)?)$).+)$",
    re.I,
)


# rule "a contact named, then why": "delete karen smith contact johns wife not john", "delete that
# oliver grant contact priya made a couple weeks ago": the words after "contact" say why.
_CONTACT_ASIDE = lazy.regex(
    r"^(?:delete|remove|get\s+rid\s+of)\s+(?:the\s+|that\s+|this\s+)?(?P<name>(?!contact\b)[a-z]"
    r"[\w'’.-]*(?:\s+[a-z][\w'’.-]*){0,2}?)(?:['’]s)?\s+contact\s+(?P<rest>\S.*)$",
    re.I,
)


def _contact_aside(text: str) -> str | None:
    """`contact_aside`: "delete <name> contact <why>" -> "delete the <name> contact"."""
    found = prefilter.match(_CONTACT_ASIDE, text)
    return f"delete the {found['name']} contact" if found else None


def _kill(text: str) -> str | None:
    """`kill_record`: "kill <record>", "scratch that <record>" -> "delete <record>" ("scratch
    that" alone takes back the last write: another rule's)."""
    found = _KILL.match(text)
    if not found or (
        text.split()[0].lower() not in ("kill", "nuke") and not _RECORD_NOUN.search(text)
    ):
        return None
    return f"delete {_whose(found['what'])}"


_RECORD_NOUN = lazy.regex(
    r"\b(?:entry|entries|expense|time|contact|note|task|call|email|event|meeting|matter|fee|cost"
    r"|charge|damage|record|appointment|hearing|depo|deposition)\b",
    re.I,
)

# rule "a record said to go": "the remote work policy entry on northwind can go, wrong client".
_CAN_GO = lazy.regex(
    r"^(?P<subject>.+?)\s+(?:can|should|must|has\s+to|needs\s+to)\s+(?:go|be\s+(?:deleted|removed"
    r"|scrapped|trashed|binned|killed)|come\s+out|come\s+off)\b(?:\s*[,;.:–—-].*)?$",
    re.I,
)


def _can_go(text: str) -> str | None:
    """`can_go`: "<record> can go" -> "delete <record>"."""
    found = _CAN_GO.match(text)
    if not found or not _RECORD_NOUN.search(found["subject"]) or _COMMAND.match(text):
        return None
    return f"delete {found['subject'].strip()}"


# rule "not to be billed": "o'brien closing meeting time (nov 3) shouldnt be billed, file's closed".
_NOT_BILLED = lazy.regex(
    r"^(?P<subject>.+?)\s+(?:shouldn'?t|should\s+not|shouldnt|isn'?t\s+to|can'?t|cannot)\s+be\s+"
    r"(?:billed|billable|charged)\b(?:\s*[,;.:–—-].*)?$",
    re.I,
)


def _not_billed(text: str) -> str | None:
    """`not_billed`: "<entry> shouldn't be billed" -> "make <entry> non-billable"."""
    found = _NOT_BILLED.match(text)
    if not found or not _ENTRY.search(found["subject"]) or _COMMAND.match(text):
        return None
    return spell_aside(f"make {found['subject'].strip()} non-billable")


# rule "a comment after the request": "remove the X task, globex no longer needs it", "move my
# X entry to today, i logged it on the wrong day", "... was 405 not 350, pls fix": a clause that
# speaks of the record as "it", or asks to fix, says why, not which record or what change.
_CHANGE_VERB = lazy.regex(
    r"^(?:change|update|edit|fix|move|push|bump|reschedule|delete|remove|kill|cancel|mark|close"
    r"|reopen|reassign|assign|rename|set|drop|trash|scrap|scratch|nuke|del|make)\b",
    re.I,
)
_COMMENT = lazy.regex(
    r"\s*[,;]\s*(?:(?:pls|please|can\s+you|could\s+you)\s+)?(?:fix(?:\s+(?:it|that|pls|please))?"
    r"|(?:[a-z]+\s+){0,4}(?:no\s+longer|not\s+any\s?more|doesn'?t|don'?t|does\s+not|do\s+not)"
    r"\s+needs?\s+(?:it|that|this|them)(?:\s+any\s?more)?"
    r"|(?:i|we|he|she|they|\w+)\s+(?:finished|completed|did|handled|wrapped\s+up|took\s+care\s+of)"
    r"\s+(?:it|that|this)(?:\s+(?:already|today|yesterday))?"
    r"|(?:i|we|he|she|they|\w+)\s+(?:logged|put|entered|booked|filed|added|did|made)\s+(?:it|that|this)"
    r"\s+(?:on|under|to|for|in)\s+the\s+wrong\s+\w+"
    r"|(?:(?:it|that|this)\s+(?:was|is|'s)\s+(?:a\s+)?)?(?:dupe|duplicate|duplicated|double[- ]?(?:logged"
    r"|entered|booked)|a\s+mistake|my\s+mistake|wrong\s+(?:client|matter|entry|one|person))"
    r"|(?:he|she|they|i|we)(?:'s|’s|'re|’re|\s+is|\s+are|\s+am|'m|’m)\s+re-?(?:entering|doing|logging"
    r"|adding|creating)\s+(?:it|that|them)(?:\s+\w+)?"
    r"|(?:but\s+)?(?:leave|keep)\s+(?:the\s+|my\s+|his\s+|her\s+)?[\w\s'’-]{1,40})\s*$",
    re.I,
)


def drop_comment(text: str) -> str:
    """`comment_after`: the request without a trailing comment on why it is asked, nor a
    bracketed "(mine, not tom's)" after "my"."""
    if not _CHANGE_VERB.match(text) and not prefilter.search(_STATED_HINT, text):
        return text
    if prefilter.may_hold(_COMMENT, text):
        text = _COMMENT.sub("", text)
    text = drop_why(text)
    return _MINE_ASIDE.sub("", text) if "(" in text else text


# the verbs of a delete the statement rules below share
_DELETE_WORDS = r"delete|remove|get\s+rid\s+of|kill|scrap|drop|trash|nuke"

# rule "why, said after the request": "delete the X task, tom sorted it outside clio", "delete
# oliver grant from contacts, he's a dupe", "remove X; it was entered in error", "delete karen's
# contact - NOT john!", "delete X but keep the Y one", "give it to priya, she's got the
# transcripts": a clause after the request that is a sentence of its own (someone, or "it",
# doing something) or names what stays says why, never which record nor what change.
# Counter-examples: "delete the smith entry, the one from tuesday" (no one does anything),
# "make a note on smith, he called about the lien" (a note's words: not a change).
_WHY_VERB = lazy.regex(
    rf"^(?:{_DELETE_WORDS}|erase|cancel|del|change|move"
    r"|push|reassign|assign|give|hand|rename|retitle|mark|set(?!\s+(?:up|a|an|new)\b)|update|reschedule|bump"
    r"|close|reopen|re-open|un-?complete|un-?mark|uncheck)\b",
    re.I,
)
# "give priya a task - she needs to prep the exhibit list": a new task's work, never why
_HANDED_NEW = lazy.regex(
    r"^(?:give|hand|assign)\s+\S+(?:\s+\S+)?\s+(?:a|an|new|another)\s+(?:new\s+)?(?:task|to-?do"
    r"|reminder)\b",
    re.I,
)
_ASKED = lazy.regex(r"(?:can|could|would)\s+(?:you|u)\s+(?:(?:pls|please|just)\s+)?", re.I)
_WHY_SPLIT = lazy.regex(r"\s*[,;!]\s*|\s+[-–—]+\s+|[.?]\s+|\s+(?=but\s+(?:leave|keep)\b)")
_WHY_CLAUSE = lazy.regex(
    r"^(?:but\s+)?(?:leave|keep)\b|^not\s+(?:[\w'’]+\s*){1,2}$|^(?:just|only)\s+the\s+[\w\s'’-]{1,30}$"
    r"|\b(?:i|we|he|she|they|it|he's|she's|they're|we're|i'm|i've|we've|it's|that's|thats|its"
    r"|he’s|she’s|they’re|we’re|i’m|it’s|that’s)\b"
    r"|^(?!the\b|a\b|an\b|on\b|from\b|for\b|in\b)(?:[\w'’]+\s+){1,2}(?:already\s+|just\s+)?(?:is|are|was"
    r"|were|has|had|did|does|paid|sent|got|went|came|said|told|made|took|left|ran|brought|bought"
    r"|[a-z]+ed)\b"
    # a state said alone: "..., outdated", "..., a dupe", "..., logged twice"
    r"|^(?:outdated|obsolete|(?:a\s+)?(?:dupe|duplicate|mistake)|wrong(?:\s+(?:matter|client|file|case"
    r"|day|date|person|one))?|not\s+needed|no\s+longer\s+needed"
    r"|(?:entered|logged|added)\s+twice|double[- ](?:entered|logged|booked))(?:\s+apparently)?$",
    re.I,
)


# a clause that asks for something ("just move it to 12/9") is part of the request
_ASKS = lazy.regex(
    r"\b(?:move|change|make|set|push|bump|put|mark|delete|remove|rename|reassign|assign|give|hand"
    r"|update|fix|reschedule)\s+(?:it|that|this|them|the|my)\b",
    re.I,
)


def drop_why(text: str) -> str:
    """`why_after`: `text` without the clauses after its request that only say why ("can you"
    may ask for the request)."""
    asked = prefilter.match(_ASKED, text)
    core = text[asked.end() :] if asked else text
    if not _WHY_VERB.match(core) or _HANDED_NEW.match(core):
        return text
    while True:
        cuts = list(_WHY_SPLIT.finditer(text))
        if not cuts:
            return text
        last = cuts[-1]
        clause = text[last.end() :].strip(" .!")
        head = text[: last.start()].strip()
        if not clause or not head or not _WHY_CLAUSE.search(clause) or _ASKS.search(clause):
            return text
        if _quote_open(head):  # 'rename it to "closing, keys handed over"': the new value's words
            return text
        text = head


def _quote_open(text: str) -> bool:
    """Whether `text` ends inside a double-quoted value ("..." or “...”)."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


_MINE_ASIDE = lazy.regex(
    r"\s*\((?:mine|my\s+own|not\s+\w+['’]s)(?:\s*,\s*(?:not\s+\w+['’]s|mine))?\)", re.I
)


_STATED_HINT = lazy.regex(
    r"\b(?:was|is|should\s+be)\b.*\bnot\b|\b(?:is|are|was)\s+(?:now\s+)?(?:done|complete|completed|finished)\b",
    re.I,
)

# rule "where and when in brackets": "the police report entry (smith, 11/24) - delete it": a
# matter and a day said in brackets after a record are where and when it is.
_ASIDE = lazy.regex(
    r"(?P<noun>\b(?:entry|task|expense|call|email|time|meeting|event|note|hearing|depo))\s*"
    r"\((?P<inner>[^()]{1,60})\)",
    re.I,
)
_NAME_PART = lazy.regex(r"^\s*[a-z][a-z'’.-]*(?:\s+[a-z][a-z'’.-]*){0,2}\s*$", re.I)


_NOT_PLACE = lazy.regex(r"^(?:due|re|about|by|at|from|to|with|\d)", re.I)


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
    if not (_CHANGE_VERB.match(text) or prefilter.match(_DELETE_AFTER, text)):
        return text
    value = _NEW_VALUE.search(text)  # "rename X to Smith v Jones (appeal)": the value's own
    cut = value.start() if value else len(text)
    return _ASIDE.sub(_aside, text[:cut]) + text[cut:]


_NEW_VALUE = lazy.regex(r"\s(?:to|as|into)\s", re.I)


# rule "who sent it": "delete the depo notice email i sent bob jones sun", "the witness email john
# smith sent me fri": an email or call changed or deleted is named by whom it went to or came from.
_I_SENT = lazy.regex(
    r"\b(?:that\s+|which\s+)?i\s+(?:sent|emailed|e-mailed|wrote)\s+(?:to\s+)?"
    rf"(?=[a-z])(?!(?:{_DAY_SAID}|on|at|in|this|last|to|it|that|out|off|back)\b)",
    re.I,
)
_SENT_ME = lazy.regex(
    r"\b(?:that\s+)?(?P<who>(?!(?:e-?mail|call|he|she|they|it|that|who|which)\b)[a-z][\w'’.-]*"
    r"(?:\s+[a-z][\w'’.-]*)?)\s+(?:sent|emailed|e-mailed)\s+"
    r"(?:me|us)\b",
    re.I,
)


def sent_said(text: str) -> str:
    """`who_sent`: "<email> i sent X" -> "<email> to X"; "<email> X sent me" -> "from X"."""
    if not _CHANGE_VERB.match(text) or not _CALL_OR_EMAIL.search(text):
        return text
    return _SENT_ME.sub(r"from \g<who>", _I_SENT.sub("to ", text))


# rule "said, then asked of it": "northwind remote work policy entry was a dupe, get rid of it",
# "the robert jones deposition is off, take it off the calendar", "conflict check update is
# finished, close the task out", "started on the widget works engagement letter, set it to in
# progress", "X was yesterday not today, fix the date on that one": what is said of a record,
# then the request on it by "it", "that one" or "the task": the request, on the record said.
_KINDS = r"task|matter|case|entry|expense|series|note|contact|email|call|event|meeting|record"
_ON_IT = lazy.regex(
    r"^(?P<about>.+)(?:\s*[,;.!]\s*|\s+[-–—]+\s*)(?:(?:pls|please|so|just|can\s+(?:you|u)|could"
    rf"\s+you)\s+)*(?P<verb>{_DELETE_WORDS}|take|close"
    r"|reopen|re-open|set|put|mark|make|flip|switch|change|fix|update|correct)(?:\s+(?P<it>(?:that|this|the)\s+"
    rf"(?:whole\s+)?(?P<kind>{_KINDS})|that\s+one|it|that|this|them|mine|(?:my|the)\s+(?:time\s+)?"
    r"(?P<mine>entry|one)\s+for\s+(?:it|that|this)|my\s+(?:time\s+)?(?:entry|one)))?(?:\s+one)?"
    r"(?P<rest>(?:\s+.*)?)$",
    re.I,
)
_DELETES = lazy.regex(rf"^(?:{_DELETE_WORDS})$", re.I)
_OFF_CAL = lazy.regex(r"^\s*off\s+(?:the\s+|my\s+|our\s+)?(?:calendar|cal|schedule)$", re.I)
_FIXES = lazy.regex(
    r"^\s*(?:(?:the\s+)?(?:date|day|amount|hours|time|length|entry|expense)(?:\s+on\s+(?:it|that"
    r"(?:\s+one)?|this))?)?\s*(?:pls|please)?$",
    re.I,
)
_SAID_OF = lazy.regex(
    r"\s+(?:all\s+|just\s+)?(?:is|was|are|were|'s|’s|has\s+been|got|came|shouldn['’]?t|should\s+not"
    r"|isn['’]?t|wasn['’]?t)\b(?!\s+(?:actually|really)\b).*$",
    re.I,
)
_DOING = lazy.regex(
    r"^(?:(?:i|we|[a-z]+)(?:'re|’re|'m|’m|\s+am|\s+are|\s+is)?\s+)?(?:just\s+)?(?:started|starting|working|finished"
    r"|done|dropping|dropped|cancell?ing)\s+(?:on|with)?\s*",
    re.I,
)
_TASK_STATE = lazy.regex(
    r"^(?:(?:to|as)\s+)?(?:in\s+progress|in\s+review|complete|completed|done|pending)$", re.I
)
_NEW_STATE = lazy.regex(
    r"^(?:(?:to|as|into)\s+\S|(?:non[- ]?billable|billable|no\s+charge|done|complete|completed"
    r"|finished|high|low|private|public)\b)",
    re.I,
)
_OF_MATTER = lazy.regex(r"^(.+?)((?:\s+(?:for|on|in)\s+.+)?)$", re.I)
_ASIDE_KIND = lazy.regex(rf"\b(?:that|this|the)\s+(?P<kind>{_KINDS})\b", re.I)
_TRAILING = lazy.regex(r"\s+(?:entirely|anymore|any\s+more|now|for\s+good|altogether)$", re.I)


_KIND_NAMED = lazy.regex(rf"^(?:that|this|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_KINDS})\b", re.I)


def _record_said(about: str) -> tuple[str, str | None]:
    """The record a statement is about, and the kind an aside names ("don't need that task")."""
    parts = [p.strip() for p in re.split(r"\s*[,;]\s*|\s+[-–—]+\s*|\s+but\s+", about) if p.strip()]
    if parts and not _ASIDE_KIND.search(parts[0]):  # "<story> - that note about X is stale"
        named = [p for p in parts[1:] if _KIND_NAMED.match(p)]
        parts = named[:1] + [p for p in parts if p not in named[:1]] if named else parts
    kinds = [k["kind"].lower() for p in parts[1:] if (k := _ASIDE_KIND.search(p))]
    record = _TRAILING.sub("", _SAID_OF.sub("", _DOING.sub("", parts[0] if parts else "")))
    if unbilled := _DONT_BILL.match(record):  # "don't bill acme for yesterday's GC call"
        day = unbilled["day"] or ""
        record = f"{unbilled['client']} {unbilled['record']}{' ' + day if day else ''}"
    record = _I_LOGGED.sub("my ", _LOOKING_AT.sub("", record.strip()))
    return _whose(record), kinds[0] if kinds else None


# "I logged the X on smith", "i double-logged the X": the writer's own entry for the X
_I_LOGGED = lazy.regex(
    r"^(?:i|we)\s+(?:accidentally\s+|mistakenly\s+|already\s+)?(?:double[- ]?(?:logged|entered"
    r"|booked)|logged|entered|booked|put\s+in|recorded|billed)\s+(?:the\s+|a\s+|an\s+)?",
    re.I,
)


# "looking at the X", "re the X", "about the X": the record, said after what the writer is doing
_LOOKING_AT = lazy.regex(r"^(?:looking\s+at|re|about|regarding|re:)\s+", re.I)
# "don't bill acme for yesterday's GC call": the client's record, its day said as a possessive
_DONT_BILL = lazy.regex(
    r"^(?:don'?t|do\s+not|dont|shouldn'?t|won'?t)\s+(?:bill|charge)\s+(?P<client>.+?)\s+for\s+"
    r"(?:(?P<day>yesterday|today|(?:mon|tues?|wed|thu|thurs|fri|sat|sun)[a-z]*)['’]s\s+)?"
    r"(?:the\s+|that\s+)?(?P<record>.+)$",
    re.I,
)
_FLAG = lazy.regex(
    r"^(?:to\s+|as\s+)?(?P<flag>non[- ]?billable|not\s+billable|no\s+charge|billable)\b", re.I
)


def _on_it(text: str) -> str | None:
    """`said_then_asked`: "<statement about a record>, <request on it>" -> the request on it."""
    found = prefilter.match(_ON_IT, text)
    if not found or _COMMAND.match(text) or _CHANGE_VERB.match(text):
        return None
    verb, rest = found["verb"].lower(), found["rest"].strip()
    anaphor = found["it"] is not None
    if verb in ("fix", "update", "correct"):
        if not _FIXES.match(rest):
            return None
        if (said := rewrite(found["about"])) != found["about"]:
            return said  # the statement says the change
        said_of = _SAID_OF.search(found["about"])  # "X was yesterday": X is an entry
        if said_of is None or _RECORD.search(found["about"][: said_of.start()]):
            return None
        entry = f"{found['about'][: said_of.start()]} entry{said_of.group()}"
        return said if (said := rewrite(entry)) != entry else None
    if not _DELETES.match(verb) and rewrite(found["about"]) != found["about"]:
        return None  # "X shouldn't be billed, ... flip it to non billable": the statement's rule
    record, aside = _record_said(found["about"])
    if found["it"] and re.match(r"(?:mine|my)\b", found["it"], re.I):  # "delete mine": my entry
        return f"delete {entry_named(record)}" if _DELETES.match(verb) and not rest else None
    mine = "entry" if found["mine"] else ""
    kind = (found["kind"] or mine or aside or ("task" if _TASK_STATE.match(rest) else "")).lower()
    if not record or (not anaphor and (rest or not _DELETES.match(verb))):
        return None  # "..., delete" alone is asked of the record said
    if kind and kind != "series" and not re.search(rf"\b{kind}\b", record, re.I):
        record = _OF_MATTER.sub(rf"\g<1> {kind}\g<2>", record)  # "the X task for smith"
    if _DELETES.match(verb) or (verb == "take" and _OFF_CAL.match(rest)):
        return f"delete {record}{' series' if kind == 'series' else ''}"
    if verb in ("close", "reopen", "re-open") and not re.sub(r"\bout\b", "", rest).strip():
        if kind == "task" or re.search(r"\btask\b", record, re.I):
            return None if verb != "close" else f"mark {record} done"
        return f"{'close' if verb == 'close' else 'reopen'} {record}"
    if verb in ("set", "put", "mark", "make", "flip", "switch", "change") and _NEW_STATE.match(
        rest
    ):
        if corrects(found["about"]):
            return None
        if flag := _FLAG.match(rest):  # "flip it to non billable": the entry's billable flag
            said = "billable" if flag["flag"].lower() == "billable" else "non-billable"
            return f"make {entry_named(record)} {said}"
        return f"{verb} {record} {rest}"
    return None


# rule "new wording": "tweak the note on my X entry -> "...", "can you reword the X entry to '...'",
# "For the X entry (Nov 30), please change the description to: ...": the record's text said anew.
# The new words are quoted, or the verb or the field says they are text; "move X to Y" is not one.
_REWORDED = lazy.regex(
    r"^(?:(?:can|could|would)\s+(?:you|u)\s+|pls\s+|please\s+)?(?P<verb>tweak|reword|rephrase"
    r"|rewrite|fix|edit|change|update)\s+(?:the\s+(?P<field>note|description|wording|text|narrative)"
    r"\s+(?:on|of|for|in)\s+)?(?P<record>.+?)\s*(?:->|=>|→|\bto\s*:|\bto\s+(?=[\"'“‘])|\bso\s+it"
    r"\s+(?:says|reads)\s*:?)\s*(?P<value>.+)$",
    re.I,
)
_QUOTED = lazy.regex(r"^[\"'“‘].+[\"'”’]$")
_FOR_RECORD = lazy.regex(
    r"^(?:for|on)\s+(?P<record>.+?)\s*,\s*(?:(?:pls|please|can\s+you|could\s+you)\s+)?(?:change"
    r"|update|set|make)\s+the\s+(?P<field>note|description|wording|text|narrative)\s+to\s*:?\s*"
    r"(?P<value>.+)$",
    re.I,
)


def _reworded(text: str) -> str | None:
    """`reworded`: the record's note said anew -> "change the note on <record> to <value>"."""
    if found := prefilter.match(_FOR_RECORD, text):
        field = found["field"].lower()
        return rewrite(f"change the {field} on {found['record']} to {found['value']}")
    found = prefilter.match(_REWORDED, text)
    if not found:
        return None
    text_verb = found["verb"].lower() in ("tweak", "reword", "rephrase", "rewrite")
    if not (found["field"] or text_verb) or not (_QUOTED.match(found["value"]) or found["field"]):
        return None
    field, record = (found["field"] or "note").lower(), found["record"]
    if re.fullmatch(r"\d{5}", record):  # "the description on 00038": the matter's own
        matter = "matter " if field == "description" else ""  # the number alone names no kind
        return f"change {matter}{record} {field} to {found['value']}"
    said = f"change the {field} on {record} to {found['value']}"
    return None if said == text else rewrite(said)  # the usual command: the rules after read it


# rule "words added to a note or a call": "add to our strategy note that we should also subpoena the
# 911 call", "add to the trustee call log w ravi he wants his sister as co trustee", "smith strategy
# note add also subpoena the bus dashcam": the words are added to that note's or call's text. The
# record is named by more than its kind ("add to the call log: ..." logs a call).
_LOGGED = r"(?:note|call(?:\s+log)?|phone\s+call|e-?mail)"
_NOT_NAME = r"(?!(?:he|she|they|we|i|it|that|the|and|but|add|append|also|pls|please)\b)"
_PARTY = rf"(?:\s+(?:w/?|with|from|to)\s+[a-z][\w'’.-]*(?:\s+{_NOT_NAME}[a-z][\w'’.-]*)?)?"
_ADD_TO = lazy.regex(
    r"^(?:(?P<lead>.+?)(?:\s+[-–—]+\s+|[.;!]\s+))?(?:(?:pls|please|can\s+(?:you|u)|could\s+you"
    rf"|just)\s+)*(?:add|append)\s+to\s+(?P<record>(?:[\w'’.-]+\s+){{1,6}}?{_LOGGED}{_PARTY})"
    r"(?:\s*[:–—-]\s*|\s+that\s+|\s+)(?P<text>\S.*)$",
    re.I,
)
_RECORD_ADD = lazy.regex(
    rf"^(?P<record>(?:[\w'’.-]+\s+){{1,6}}?{_LOGGED}{_PARTY})\s*[-,:]?\s+(?:add|append)\s+"
    r"(?:(?:that|on)\s+|:\s*)?(?P<text>(?!to\b)\S.*)$",
    re.I,
)
_ARTICLES = lazy.regex(r"^(?:(?:the|our|my|a|an|his|her|their|that|this)\s+)*", re.I)
_A_NEW = lazy.regex(
    r"\s(?:a|an|new)\s", re.I
)  # "add to the garcia file a note that ...": a new one
_KIND_FIRST = lazy.regex(rf"^{_LOGGED}\b", re.I)
_ON_MATTER = lazy.regex(r"\b(?:on|re|for)\s+(?P<matter>[^,;]+?)\s*$", re.I)


def _added_to(text: str) -> str | None:
    """`added_to`: "add to <note or call> that <words>" / "<note or call> add <words>" ->
    "append to <note or call>: <words>"; a matter said before the request ("a thought on smith v
    jones - add to our strategy note ...") is where the note is."""
    found = prefilter.match(_ADD_TO, text) or prefilter.match(_RECORD_ADD, text)
    if not found or _COMMAND.match(found["record"]) or _CREATES.match(found["record"]):
        return None
    record = found["record"].strip()
    if _KIND_FIRST.match(_ARTICLES.sub("", record)) or _A_NEW.search(record):
        return None
    lead = found.groupdict().get("lead")
    if lead and (on := _ON_MATTER.search(lead)) and not re.search(r"\s(?:w/?|with|on)\s", record):
        record = f"{record} on {on['matter']}"
    return f"append to {record}: {found['text'].strip()}"


# rule "a matter's description said anew or added to": "hannah wants the patel matter description
# changed to '...'", "johnson v brightline desc add wrongful termination".
_DESCRIPTION_SAID = lazy.regex(
    r"^(?:[a-z]+\s+(?:wants|asked|needs|would\s+like)\s+)?(?:the\s+)?(?P<matter>.+?)\s+(?:matter\s+)?"
    r"(?:description|desc)\s+(?:(?:changed|updated|set|switched)\s+to\s*:?\s+(?P<value>.+)"
    r"|(?:add|append)\s*:?\s+(?P<added>.+))$",
    re.I,
)


# rule "who asked, said first": "per marcus, the intake meeting ... should be non-billable",
# "marcus asked to delete his o'brien closing meeting entry": whose word it is says nothing of the
# change; "his" or "her" after the asker's name is the asker's record.
_PER = lazy.regex(r"^per\s+[a-z]+\s*[,:;–—-]\s*", re.I)
_ASKED_TO = lazy.regex(
    r"^(?P<who>(?!(?:i|we|he|she|they|you|u|client|the)\b)[a-z]+)\s+(?:asked|wants|needs"
    r"|would\s+like)\s+(?:(?:me|us|you|u)\s+)?to\s+(?P<verb>[a-z]+)\s+(?:his|her|their)\s+",
    re.I,
)


_SAYS_HIS = lazy.regex(
    r"^(?P<who>(?!(?:i|we|he|she|they|you|u|client|the)\b)[a-z]+)\s+(?:says|said|mentioned|tells\s+me"
    r"|told\s+me)\s+(?:that\s+)?(?:his|her|their)\s+",
    re.I,
)


# rule "a task taken off its matter": "take dr hart's expert report task off the garcia matter,
# we don't need it", "pls take the witness list task off the johnson case": the task goes. Not
# "off hannah's plate" (someone else may take it), nor "off the calendar" (an appointment's rule).
_TASK_OFF = lazy.regex(
    r"^(?:take|get|pull)\s+(?P<what>.+?\b(?:task|todo|to-do))\s+off\s+(?:of\s+)?"
    r"(?P<where>(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?\s+(?:matter|case|file))\b(?P<tail>\s*[,;.!–—-].*)?$",
    re.I,
)


def _asker_dropped(text: str) -> str:
    """`asked_by`: the request without who asked for it; the asker's "his" or "her" is theirs."""
    text = _PER.sub("", text)
    if said := prefilter.match(_SAYS_HIS, text):  # "tom says his billing summary entry ...": tom's
        return f"{said['who']}'s {text[said.end() :]}"
    found = prefilter.match(_ASKED_TO, text)
    if not found or not _CHANGE_VERB.match(found["verb"]):
        return text
    return f"{found['verb']} {found['who']}'s {text[found.end() :]}"


# rule "fix it, said last": "X - was 2h not 1.5 pls fix", "X thurs 12/3 was actually fri 12/4 pls
# move": a bare request to fix after a statement that says the change adds nothing to it.
_FIX_ASKED = lazy.regex(
    r"[\s,;.!-]+(?:(?:pls|please|plz|can\s+(?:you|u))\s+)?(?:fix|move|update|correct|change"
    r"|adjust)(?:\s+(?:it|that|this)(?:\s+one)?)?(?:\s+(?:the\s+)?(?:date|day|time|hours|amount))?"
    r"(?:\s+(?:pls|please|plz|thx|thanks))?$",
    re.I,
)


def _task_off(text: str) -> str | None:
    """`task_off`: "take <task> off <matter>" -> "delete <task> on <matter>"."""
    found = prefilter.match(_TASK_OFF, text)
    if found is None:
        return None
    return rewrite(f"delete {found['what']} on {found['where']}{found['tail'] or ''}")


# rule "the change after the task, said without a stop": "response to motion task on smith mark
# done filed it fri", "the trust deed task push to friday": the task said first, then the verb;
# after a status the words are why ("filed it fri"), never a new due date.
_VERB_AFTER_TASK = lazy.regex(
    r"^(?P<record>(?:the\s+|my\s+|[\w'’-]+['’]s\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,5}?\s+(?:task|todo|to-do)"
    r"(?:\s+(?:on|for|in)\s+[\w'’-]+)?)\s+(?P<verb>mark|move|push|bump|set|reassign|give|delete"
    r"|remove)\s+(?P<rest>.+)$",
    re.I,
)
_STATE_THEN = lazy.regex(
    r"^(?P<state>(?:as\s+|it\s+)?(?:done|complete|completed|finished|in\s+progress|in\s+review"
    r"|pending))\s+(?P<why>[^,;.!]+)$",
    re.I,
)


# rule "the record, then what to make it": "hannahs patel trustee call entry sat bump to 30 min",
# "garcia time entry make it 2 hrs": the record named first, then a new length or amount.
_THEN_SET = lazy.regex(
    r"^(?P<subject>.+?)\s*(?:[-:–—,;]\s*|\s)(?:(?:pls|please|can\s+(?:you|u)|just|so)\s+)*"
    r"(?:bump|make|change|set|adjust)\s+(?:(?:it|that|this)(?:\s+one)?\s+)?(?:(?:up|down)\s+)?"
    r"(?:to\s+)?(?P<value>\$?\d[\d,.]*\s*(?:h|hr|hrs|hours?|m|min|mins|minutes?)?\.?)$",
    re.I,
)
_LAST_DAY = lazy.regex(rf"(?<!\bon)(?<!\bfrom)(?<!\bthe)\s+(?P<day>{_DAY_SAID})$", re.I)
_WHERE = lazy.regex(r"\s+(?:on|for|in)\s+", re.I)


def entry_named(subject: str) -> str:
    """An entry named by its work, its matter and its day, said the way the entries' grammar
    reads it: "priyas records collection on garcia fri" -> "... time entry on garcia on fri"."""
    when = ""
    if day := _LAST_DAY.search(subject):
        subject, said = subject[: day.start()], day["day"]
        near = said.lower() in _NEAR  # "yesterday"; "this morning" is "from this morning"
        when = (
            f" {said}"
            if near
            else f" from {said}"
            if said.lower() in _PART_OF_DAY
            else f" on {said}"
        )
    if not _ENTRY.search(subject):
        noun = "expense" if _MONEY_RECORD.search(subject) else "time entry"
        at = _WHERE.search(subject)
        cut = at.start() if at else len(subject)
        subject = f"{subject[:cut]} {noun}{subject[cut:]}"
    return subject + when


_NEAR = ("today", "yesterday", "yest", "yest.")


def _then_set(text: str) -> str | None:
    """`then_set`: "<entry> bump to <length or amount>" -> "change <entry> to <it>"."""
    found = prefilter.match(_THEN_SET, text)
    if not found or _COMMAND.match(found["subject"]) or _CREATES.match(found["subject"]):
        return None
    value = _H_MM.sub(_decimal, _HOURS.sub("h", found["value"].strip()))
    if not _AMOUNT.match(value):
        return None
    return f"change {entry_named(found['subject'].strip(' ,;:-'))} to {value}"


# rule "where it belongs": "the X time from this morning landed on widget works, it belongs on
# 00038 (contract review). can you move it over", "that call w/ acme's GC yesterday was really about
# the widget works suit, move the entry to 00049": the entry said where it is, then where it goes.
_MOVE_IT = (
    r"(?:\s*[,;.!]\s*|\s+[-–—]+\s*|\s+)(?:(?:so|pls|please|can\s+(?:u|you)|could\s+(?:u|you)|just)\s+)*"
    r"(?:move|put|switch|shift)\s+(?:it|that|this|them|the\s+(?:time\s+)?entry|the\s+time)(?:\s+one)?"
)
_BELONGS = lazy.regex(
    r"^(?P<record>.+?)\s+(?:landed|went|ended\s+up|got\s+(?:put|logged)|was\s+(?:put|logged|entered)"
    r"|is)\s+(?:on|under|to|in)\s+(?P<old>.+?)(?:\.{2,}\s*|\s*[,;.–—-]\s*)(?:but\s+)?(?:it|that|this)"
    r"\s+(?:belongs|should\s+(?:be|go)|goes|needs\s+to\s+(?:be|go))\s+(?:on|under|in|to|with)\s+"
    rf"(?P<new>[^.,;()]+?)\s*(?:\([^()]*\))?(?:{_MOVE_IT}(?:\s+over)?)?(?:\s+(?:pls|please|thx"
    r"|thanks))?$",
    re.I,
)
_REALLY_FOR = lazy.regex(
    r"^(?P<record>.+?)\s+(?:was|is)\s+(?:really|actually)\s+(?:about|for|on|part\s+of)\s+.+?"
    rf"{_MOVE_IT}\s+(?:over\s+)?(?:to|onto|on|under|into)\s+(?P<new>.+?)(?:\s+(?:pls|please"
    r"|instead))?$",
    re.I,
)


def _description_said(text: str) -> str | None:
    """`description_said`: "<matter> description changed to <value>" -> change it; "<matter>
    desc add <words>" -> add the words to it."""
    found = prefilter.match(_DESCRIPTION_SAID, text)
    if not found or _COMMAND.match(found["matter"]) or _RECORD.search(found["matter"]):
        return None
    matter = f"{found['matter'].strip()} matter"
    if found["value"]:
        return f"change the {matter} description to {found['value'].strip()}"
    return f"append the {matter} description: {found['added'].strip()}"


# rule "a matter closed or reopened after a story": "bluebird is back - uspto office action came
# in. reopen the trademark matter", "northwind signed off ... and paid up, so we can close out the
# northwind matter": the request closing the message, on the matter it names.
_STATUS_LAST = lazy.regex(
    r"^.+?(?:[.;!]\s+|,\s+|\s+[-–—]+\s+)(?:(?:so|and|then)\s+)?(?:(?:we\s+can|you\s+can|go\s+ahead"
    r"\s+and|pls|please|can\s+(?:you|u)|could\s+(?:you|u)|let'?s|time\s+to|just)\s+)*"
    r"(?P<verb>close(?:\s+out)?|re-?open)\s+(?P<matter>(?:the\s+)?[^,;.!]+?\b(?:matter|case|file))"
    r"(?:\s+(?:pls|please|now))?$",
    re.I,
)


def _belongs(text: str) -> str | None:
    """`belongs_on`: "<entry> landed on <matter>, it belongs on <other>" -> move it there."""
    found = prefilter.match(_BELONGS, text) or prefilter.match(_REALLY_FOR, text)
    if not found or _COMMAND.match(found["record"]):
        return None
    return f"move {entry_named(_whose(found['record'].strip()))} to {found['new'].strip()}"


# rule "a new activity code": "recode the X time on johnson from drafting to A101 plan and
# prepare", "X entry is coded as client meeting - shd be A101 plan and prepare for".
_RECODE = lazy.regex(
    r"^(?:re-?code|re-?classify|re-?categori[sz]e)\s+(?P<record>.+?)\s+(?:from\s+.+?\s+)?(?:to|as"
    r"|under)\s+(?P<code>.+)$",
    re.I,
)
_CODED = lazy.regex(
    r"^(?P<record>.+?)\s+(?:is|was|got)\s+(?:coded|billed|entered|logged|put\s+in)\s+(?:as|under)\s+"
    r".+?\s*(?:[-,;:–—]|\bbut\b)\s*(?:(?:it|that)\s+)?(?:should(?:\s+have)?|shd|shld|needs\s+to|s/b)"
    r"\s*(?:be(?:en)?\s+)?(?:under\s+|as\s+|coded\s+as\s+)?(?P<code>.+)$",
    re.I,
)


def _verb_after_task(text: str) -> str | None:
    """`verb_after_task`: "<task> mark done <why>" -> "mark <task> done, <why>"."""
    found = prefilter.match(_VERB_AFTER_TASK, text)
    if found is None or _COMMAND.match(text) or _CHANGE_VERB.match(text):
        return None
    rest = found["rest"]
    if state := _STATE_THEN.match(rest):
        rest = f"{state['state']}, {state['why']}"
    return rewrite(f"{found['verb']} {found['record']} {rest}")


# rule "the record, then its change": "patel trust deed task pls delete", "obrien closing mtg time
# from nov 10 make it non billable", "conflict check task assign to me insted of tom", "robert jones
# depo moved to conference room b", "witness availability email from john smith retitle depo prep
# availability", "obrien closing appt on cal add location 55 water st", "started the lease
# amendments review set to in progress", "depo outline due mon now": a record said first by its
# kind's noun (or by what was started on it), then the verb of its change (or its new due day and
# "now"): the change, said verb first. Counter-examples: "call
# john re the lease, assign to marcus" (a command first), "draft the reply assign to priya" (no
# record's noun: a new task for priya).
_RECORD_KIND = (
    r"(?:task|todo|to-do|entry|time|expense|mtg|meeting|appt|appointment|event|depo|deposition"
    r"|hearing|closing|mediation|email|e-mail|call|note|matter|case)"
)
_VERB_AFTER_RECORD = lazy.regex(
    rf"^(?P<record>(?:[\w'’.&/-]+\s+){{0,8}}?{_RECORD_KIND}\b"
    r"(?:\s+(?:due|from|dated)\s+(?:the\s+)?[\w'’/.-]+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?)?"
    r"(?:\s+(?:on|for|in|from|with|w/?|against|about|re)\s+"
    r"[\w'’.&/-]+(?:\s+(?!(?:is|was|are|were|got|has|had|be)\b)[\w'’.&/-]+){0,3}?){0,2}"
    r"|(?:started|starting|finished)\s+(?:on\s+)?the\s+"
    r"[\w'’ -]+?)(?P<sep>\s*[,;]\s*|\s+[-–—]+\s*|\s+)(?:(?:pls|please|plz|just)\s+)*"
    r"(?P<verb>delete|remove|cancel|scrap|make\s+it|mark\s+it|set\s+it|set|mark|assign|reassign"
    r"|moved|move|pushed|push|retitle|re-title|rename|recode|re-code|add\s+location"
    r"|new\s+location|change|switch)\b(?P<rest>.*)$",
    re.I,
)
_DUE_NOW = lazy.regex(
    r"^(?P<record>(?:[\w'’.&/-]+\s+){1,6}?)(?:is\s+)?(?:now\s+due|due)\s+(?P<day>\S+(?:\s+\S+)?)"
    r"(?:\s+now)$",
    re.I,
)
_ON_CAL = lazy.regex(r"\s+on\s+(?:the\s+|my\s+)?(?:cal|calendar)$", re.I)
_INSTEAD = lazy.regex(r"\s+(?:insted|instead|rather\s+than)(?:\s+of)?\s+[\w'’]+\s*$", re.I)
_TO_SAID = lazy.regex(r"^\s+(?:to|as)\s", re.I)


def _verb_after_record(text: str) -> str | None:
    """`verb_after_record`: "<record> pls delete" -> "delete <record>"."""
    said = _said_verb_first(text)
    return rewrite(said) if said is not None else None


def _said_verb_first(text: str) -> str | None:
    """The change `_verb_after_record` reads, before the command rules read it again."""
    if _COMMAND.match(text) or _CREATES.match(text) or prefilter.match(_THEN_SET, text):
        return None  # "garcia time entry make it 2 hrs": rule "the record, then what to make it"
    if _KIND_FIRST_WORD.match(text):
        return None  # "task pls assign to tom: ...": a new task, its noun first
    if due := prefilter.match(_DUE_NOW, text):  # "depo outline due mon now"
        task = due["record"].strip()
        task = task if _TASK_WORD.search(task) else f"{task} task"  # only a task is due
        return f"move the due date on {task} to {due['day']}"
    found = prefilter.match(_VERB_AFTER_RECORD, text)
    if found is None:
        return None
    record = _ON_CAL.sub("", found["record"].strip())
    if found["sep"].strip() and not _OWNED.match(record):
        return None  # "draft the reply re the hearing, assign to priya": a new task, not a record
    if _DOING.match(record):  # "started the lease amendments review": the review
        record = _DOING.sub("", record)
    verb = found["verb"].lower().split()[-1]
    rest = _INSTEAD.sub("", _RUN_ON_PLEASE.sub("", found["rest"].rstrip(" .!")))
    if verb in ("delete", "remove", "cancel", "scrap"):
        return f"delete {record}" if not rest.strip() else None
    if verb == "location":
        return f"change the location of {record} to {rest.strip()}" if rest.strip() else None
    if verb in ("retitle", "re-title", "rename"):
        to = "" if _TO_SAID.match(rest) else " to"
        return f"retitle {record}{to}{rest}"
    if verb in ("change", "switch"):  # "<record> - change subject to 'X'", "... - change to .5 hr"
        if field := _FIELD_TO.match(rest):
            if field["field"].lower() in ("subject", "title", "name"):  # "john's email": from him
                return f"retitle {requests.from_whom(record)} to {field['value']}"
            return f"change the {field['field']} of {record} to {field['value']}"
        return f"change {record}{rest}" if _TO_SAID.match(rest) else None
    if not rest.strip():
        return None
    if verb in ("recode", "re-code"):
        return f"recode {record}{rest}"
    if verb in ("moved", "pushed"):
        verb = verb[:-2] if verb == "pushed" else "move"
    if _TASK_STATE.match(rest.strip()) and not _TASK_WORD.search(record):
        record = f"{record} task"
    if _FLAG.match(rest.strip()):
        return f"make {entry_named(record)}{rest}"
    return f"{verb} {record}{rest}"


# rule "the record, then the change done to it": "the 45 min priya logged on garcia sunday the 13th
# - make that non-billable, it's admin", "tom's 0.4 on 00049 today for the billing summary - mark
# it non billable", "priya's courier charge on johnson from the 13th - knock it down to 35, the
# receipt says $35", "tom's billing summary entry from this morning - delete it, he'll redo it":
# a record said first as one already there (the, my, someone's, or by its kind's noun), then,
# after a break, a verb done to "it" or "that"; what follows the change's value is why.
# Counter-examples: "log 2h on garcia - make it non-billable" (a command first: a new entry), "the
# strategy note on smith is out of date - change it to 'dashcam'" (a new value said: the rules of a
# value said read it).
_DONE_TO_IT = lazy.regex(
    r"^(?:[^.!?:]{1,40}[.!]\s+)?(?P<record>(?:the|my|that|this|[\w.-]+['’]s)\s+.+?"
    rf"|(?:[\w'’.&/]+(?:-[\w'’.&/]+)*\s+){{1,5}}{_RECORD_KIND}\b.*?)"
    r"(?:\s+[-–—]+|\s*[.;:!]|\s*,)\s+"
    r"(?:(?:pls|please|plz|so|just|ok|can\s+(?:you|u)|could\s+(?:you|u)|go\s+ahead\s+and)\s+)*"
    r"(?P<verb>make|mark|flag|set|knock|bump|drop|delete|remove|kill|scrap|nix|void|cancel|trash"
    r"|move|push|slide|change|switch|fix|update|correct|close|reopen|bill)\s+(?:it|that|this)"
    r"(?:\s+(?:one|entry|expense|task|charge|item))?\b(?P<rest>[^.;]*)",
    re.I,
)
_STATED_OF_IT = lazy.regex(  # "... on johnson isn't billable to the client, we ate that one"
    r"\s+(?:is|isn['’]?t|was|wasn['’]?t|got|has|had|should|shouldn['’]?t|shd|needs|does|doesn['’]?t"
    r"|says|landed|belongs|came)\b.*$",
    re.I,
)
_WHY_AFTER_VALUE = lazy.regex(r"\s*(?:,|\s[-–—]+\s|\s(?:since|because|bc|as|per)\s).*$", re.I)
_KIND_OF_RECORD = lazy.regex(rf"\b{_RECORD_KIND}\b", re.I)
_RATE_AT = lazy.regex(
    r"^(?:at|@)\s*\$?(?P<rate>\d[\d,]*(?:\.\d{1,2})?)\s*(?:/\s*hr?|per\s+hour|an\s+hour)?\b", re.I
)
_GONE = frozenset(("delete", "remove", "kill", "scrap", "nix", "void", "cancel", "trash"))
_TO_VALUE = lazy.regex(r"^\s*(?:(?:down|up|back)\s+)?(?:to|at)\s+(?P<value>\S.*)$", re.I)


def _done_to_it(text: str) -> str | None:
    """`done_to_it`: "<record> - make that non-billable, <why>" -> "mark <record> non-billable"."""
    found = prefilter.match(_DONE_TO_IT, text)
    if found is None or _COMMAND.match(text) or _CREATES.match(text):
        return None
    record = _STATED_OF_IT.sub("", found["record"]).strip(" ,;:-")
    if not (_OWNED.match(f"{record} ") or _KIND_OF_RECORD.search(record)):
        return None  # "marcus says the garcia transcript charge ...": a story, not the record
    verb, rest = found["verb"].lower(), _WHY_AFTER_VALUE.sub("", found["rest"]).strip()
    if verb in _GONE or (verb == "drop" and not rest):
        return f"delete {record}"
    if verb in ("close", "reopen") and not rest:  # "northwind handbook matter ... close it"
        return f"{verb} {record}"
    if verb == "bill":  # "- bill it at 125/hr instead of 150"
        rate = _RATE_AT.match(rest)
        return _rate_change(record, rate["rate"]) if rate else None
    if _FLAG.match(rest):  # "mark", as "make <someone's 0.4h entry>" reads as a new entry
        return f"mark {entry_named(record)} {rest}"
    if verb in ("mark", "set") and _TASK_STATE.match(rest):
        return f"mark {record if _TASK_WORD.search(record) else f'{record} task'} {rest}"
    value = _TO_VALUE.match(rest)
    if value is None or verb in ("change", "switch", "fix", "update", "correct"):
        return None  # "<record> - change it to 'X'": the rules of a value said read it
    if verb in ("move", "push", "slide"):
        return f"move {record} to {value['value']}"
    return f"change {_kind_or_entry(record)} to {value['value']}"


def _kind_or_entry(record: str) -> str:
    """`record` as said when it names its kind ("the chen mediation"), else as an entry."""
    return record if _KIND_OF_RECORD.search(record) else entry_named(record)


def _rate_change(record: str, rate: str) -> str:
    """An entry's new rate, said the way the entries' grammar reads it ("change the rate on
    hannah's mediation prep ..." would read "mediation" as an appointment)."""
    return f"change {entry_named(record)} rate to {rate}"


_TASK_WORD = lazy.regex(r"\b(?:task|todo|to-do)\b", re.I)
_FIELD_TO = lazy.regex(
    r"^\s+(?:the\s+|its\s+)?(?P<field>subject|title|name|practice\s+area|location|date|description|status"
    r"|priority|due\s+date)\s+(?:to|:|=)\s*(?P<value>\S.*)$",
    re.I,
)
# a record said as one already there: "the ...", "my ...", "sarah johnson's ..."
_OWNED = lazy.regex(r"(?:the|my|our|(?:[\w.-]+\s+){0,2}[\w.-]+['’]s)\s", re.I)
_KIND_FIRST_WORD = lazy.regex(
    r"^\W*(?:(?:a|an|new|quick)\s+)*(?:task|todo|to-do|reminder|note|event|entry|expense)\b", re.I
)
_RUN_ON_PLEASE = lazy.regex(r"\s+(?:pls|please|plz|thx|thanks)$", re.I)


# rule "why, run on after the task": "delete the obrien send closing docs task matters closed",
# "remove the conflict check task not needed anymore": a short statement after the task's noun
# at the end of the request (its matter or case is over, it is not needed) says why.
_TASK_RUN_ON_WHY = lazy.regex(
    r"\b(?P<kind>task|todo|to-do)\s+(?:(?:the\s+)?(?:matter|case|file|client|deal|it)(?:['’]?s|\s+is"
    r"|\s+was|\s+has\s+been)?\s+(?:closed|done|over|settled|finished|withdrawn|dropped|moot|gone)"
    r"|(?:it['’]?s\s+|is\s+)?(?:not|no\s+longer)\s+needed(?:\s+any\s?more)?)$",
    re.I,
)


_BARE_MATTER = lazy.regex(
    r"^(?:(?:the|that|this|our|his|her|their)\s+)?(?:matter|case|file)$", re.I
)


# rule "filed under one thing, should be another": "globex lease matter is filed under litigation
# but it should be real estate": a matter's practice area (or its status) said wrong, then right.
# "hmm johnson v brightline is filed under employment, i think it should be litigation - can you
# change the practice area?": the same, "but" unsaid, the request to change it after.
_FILED_UNDER = lazy.regex(
    r"^(?:(?:hmm+|so|ok|okay|um+)\s*,?\s+)?(?P<matter>.+?)\s+(?:is|was|got|has\s+been)\s+(?:(?P<filed>filed"
    r"|listed|set\s+up|coded|opened|put|entered)\s+)?(?:under|as|in)\s+(?P<old>[^,]+?)"
    r"(?:\s*,?\s+but|\s*[,;]|\s+[-–—])\s+(?:(?:i\s+think|i\s+believe|really)\s+)?(?:it\s+|that\s+)?"
    r"(?:should|shd|needs\s+to)\s+(?:be|have\s+been)\s+(?:under\s+|in\s+|as\s+)?(?P<new>[^,;]+?)"
    r"(?:\s+instead)?(?:\s*(?:[-–—,.;]\s*)?(?:(?:can|could)\s+(?:you|u)\s+|pls\s+|please\s+)*(?:change"
    r"|update|fix|switch)\s+(?:the\s+|its\s+|it\b|that\b|this\b)?(?:practice\s+area|area|status)?"
    r"(?:\s+(?:pls|please))?"
    r"[\s?.!]*)?$",
    re.I,
)


def _filed_under(text: str) -> str | None:
    """`filed_under`: "<matter> is filed under <X> but it should be <Y>" -> change its practice
    area (or status) to Y."""
    found = prefilter.match(_FILED_UNDER, text)
    if not found or _RECORD.search(found["matter"]):
        return None
    if not (_MATTER_WORD.search(found["matter"]) or found["filed"]):
        return None  # "the depo is in room 4, should be room 5": no matter's filing
    matter, new = found["matter"].strip(), found["new"].strip()
    if _STATUS.match(new):
        return f"move {matter} to {new.lower()}"
    return f"change practice area on {matter} to {new}"


# rule "pulled up, brought forward": "pull the smith v jones deposition up an hour, robert jones has
# to leave early", "bring the garcia call forward 30 min": a record moved earlier by a length.
_PULLED_UP = lazy.regex(
    r"^(?:(?:pls|please|can\s+(?:you|u)|could\s+(?:you|u))\s+)*(?:pull|bring)\s+(?P<record>.+?)\s+"
    r"(?:up|forward|earlier)\s+(?:by\s+)?(?P<by>(?:an?|one|two|three|\d{1,3})\s+(?:hours?|hrs?"
    r"|minutes?|mins?|days?))\b(?:\s+(?:earlier|sooner))?(?:\s*[,;.-]\s*.*)?$",
    re.I,
)


def _pulled_up(text: str) -> str | None:
    """`pulled_up`: "pull <record> up an hour" -> "move <record> up an hour"."""
    found = prefilter.match(_PULLED_UP, text)
    return f"move {found['record']} up {found['by']}" if found else None


# rule "which practice it belongs under": "acme contract review should be under litigation now
# that it's turned into a dispute", "the bluebird matter needs to go under corporate": a matter
# said to belong under a practice area (one of the usual names) changes its practice area.
# Counter-example: "the depo should be in room 5" (no practice area).
_PRACTICE = (
    r"(?:litigation|corporate|employment|real\s+estate|estate\s+planning|family(?:\s+law)?"
    r"|personal\s+injury|criminal(?:\s+defen[cs]e)?|immigration|bankruptcy|tax|intellectual\s+property"
    r"|probate|commercial|labou?r(?:\s+(?:and|&)\s+employment)?|trusts?\s+(?:and|&)\s+estates)"
)
_UNDER_PRACTICE = lazy.regex(
    r"^(?P<matter>(?!(?:it|that|this)\b)[^,;:.?]{3,60}?)\s+(?:should|shd|needs\s+to|has\s+to|ought\s+to)"
    r"\s+(?:be|go|sit)\s+(?:filed\s+|moved\s+|put\s+)?(?:under|in|as|to)\s+(?P<new>"
    + _PRACTICE
    + r")\b(?:\s+(?:now|instead|practice(?:\s+area)?))*(?:(?:\s+|\s*[,;-]\s*)(?:now\s+that|since|because"
    r"|as|bc)\b.*)?[\s.!]*$",
    re.I,
)


def _under_practice(text: str) -> str | None:
    """`under_practice`: "<matter> should be under litigation" -> change its practice area."""
    found = prefilter.match(_UNDER_PRACTICE, text)
    if not found or _RECORD.search(found["matter"]):
        return None
    return f"change practice area on {found['matter'].strip()} to {found['new']}"


# rule "logged one day, happened another": "the trustee phone call with ravi that got logged
# saturday actually happened thursday afternoon, it just got entered late" -> its new date.
_HAPPENED_ON = lazy.regex(
    rf"^(?P<record>(?:the|my|that|this|[a-z]+['’]s)\s+.+?\b(?:call|email|e-mail|meeting|entry)\b{_PARTY})"
    r"\s+(?:that|which)\s+(?:got|was)\s+(?:logged|entered|dated|put\s+in|recorded|saved)\s+"
    rf"(?:(?:on|for|as)\s+)?{_DAY_SAID}\s+(?:actually|really|in\s+fact)\s+(?:happened|was|took\s+place"
    rf"|came\s+in|went\s+out)\s+(?:on\s+)?(?P<new>{_DAY_SAID}(?:\s+(?:morning|afternoon|evening))?)"
    r"(?:\s*[,;.–—-]\s*.*)?$",
    re.I,
)


def _happened_on(text: str) -> str | None:
    """`happened_on`: "<call> that got logged <day> actually happened <day2>" -> "change the
    date on <call> to <day2>"."""
    found = prefilter.match(_HAPPENED_ON, text)
    return f"change the date on {found['record']} to {found['new']}" if found else None


def _status_last(text: str) -> str | None:
    """`status_last`: "<story>. reopen the <X> matter" -> "reopen the <X> matter"."""
    found = prefilter.match(_STATUS_LAST, text)
    if not found or _BARE_MATTER.match(found["matter"]):  # "..., close the matter": the story's
        return None
    verb = "close" if found["verb"].lower().startswith("close") else "reopen"
    return f"{verb} {found['matter'].strip()}"


def drop_run_on_why(text: str) -> str:
    """`run_on_why`: the request without the statement run on after its task's noun."""
    if not _CHANGE_VERB.match(text):
        return text
    return _TASK_RUN_ON_WHY.sub(lambda found: found["kind"], text)


# rule "a task's own field": "move the due date on the lease amendments review to the 9th",
# "change the priority of the deposition outline to low": only a task has a due date and a
# priority among the records said by their work, so the record is a task ("deposition" in its
# name is no appointment). Not a bill's or an entry's ("the due date on invoice 1004").
_TASK_FIELD = lazy.regex(
    r"^(?P<verb>\w+(?:\s+(?:back|up|out))?)\s+(?P<field>the\s+(?:due\s+date|priority))\s+(?:on|of"
    r"|for)\s+(?P<record>.+?)(?P<rest>\s+(?:to|as|until|till)\s+.+)?$",
    re.I,
)
_NOT_TASK = lazy.regex(
    r"\b(?:task|todo|to-do|bill|invoice|payment|link|entry|expense|time|matter|case)\b|\d", re.I
)


def _task_field(text: str) -> str | None:
    """`task_field`: "<verb> the due date on <work>" -> "<verb> the due date on <work> task"."""
    found = prefilter.match(_TASK_FIELD, text)
    if found is None or not _CHANGE_VERB.match(text) or _NOT_TASK.search(found["record"]):
        return None
    record = requests.as_task(found["record"])
    return f"{found['verb']} {found['field']} on {record}{found['rest'] or ''}"


# rule "a priority names a task": "set the deposition outline to low priority", "make the conflict
# check update high priority": of the records said by their work, only a task has a priority.
_PRIORITY_SET = lazy.regex(
    r"^(?P<verb>set|make|change|switch|bump|put|mark|raise|lower)\s+(?P<record>.+?)\s+(?:to\s+|as\s+)?"
    r"(?:an?\s+)?(?P<value>high|low|normal|medium|urgent|top)[- ](?:priority|prio|pri)"
    # "... and bring its due date forward to this friday": its new due date too
    r"(?:\s*,?\s+and\s+(?:bring|move|push|change|set|make)\s+(?:its|the)\s+due\s+(?:date\s+)?"
    r"(?:forward\s+|back\s+|up\s+)?(?:to\s+)?(?P<due>.+?))?[\s.!]*$",
    re.I,
)


def _recoded(text: str) -> str | None:
    """`recoded`: "recode <entry> to <activity>" -> change the activity on the entry."""
    found = prefilter.match(_RECODE, text) or prefilter.match(_CODED, text)
    if not found:
        return None
    return f"change the activity on {entry_named(found['record'].strip())} to {found['code']}"


# rule "asked as a question": "can you recode X to A101? marcus wants that code", "X
# shouldn't be on widget works, that's firm admin. can you delete it?": a change asked politely,
# maybe with why after it, is the change, not a question to answer.
_CAN_YOU = lazy.regex(
    r"^(?P<head>[^?]*?)\b(?:can|could|would)\s+(?:you|u)\s+(?:pls\s+|please\s+)?(?P<ask>[^?]+)\?"
    r"(?P<tail>[^?]*)$",
    re.I,
)
_ASKED_CHANGE = lazy.regex(rf"^(?:{_DELETE_WORDS}|re-?code|flip|add\s+(?:that|this|it)\b)\b", re.I)


def _unasked(text: str) -> str:
    """`asked_as_question`: `text` without "can you" and "?" when they ask for a change."""
    found = prefilter.match(_CAN_YOU, text)
    if not found or not (_ASKED_CHANGE.match(found["ask"]) or _CHANGE_VERB.match(found["ask"])):
        return text
    if _ASKS.search(found["tail"]):  # a sentence after the question is why, unless it asks too
        return text
    return f"{found['head']}{found['ask'].strip()}"


# rule "why, run on": "delete the 350 court filing fee on smith client paid it directly": after a
# delete, someone doing something to "it" says why even without a comma; and "the 350 <fee>"
# is the fee of $350, not a matter's number.
_RUN_ON_WHY = lazy.regex(
    r"\s+(?:the\s+)?(?!(?:on|for|from|in|to|at|of)\b)[a-z]+\s+(?:already\s+|just\s+)?(?:paid|covered"
    r"|reimbursed|comped|waived|refunded|[a-z]+ed)\s+(?:it|that|this|them|for\s+it)\b.*$",
    re.I,
)
_BARE_PRICE = lazy.regex(
    r"\b(?P<art>the|my|that|this)\s+(?P<n>\d[\d,]*(?:\.\d{2})?)\s+(?=(?:[a-z]+\s+){0,3}(?:fee|cost"
    r"|charge|expense|disbursement|transcript|courier|mileage|parking)\b)",
    re.I,
)
_DELETE_VERB = lazy.regex(rf"^(?:{_DELETE_WORDS}|erase|del)\b", re.I)


def _delete_said(text: str) -> str:
    """`run_on_why`: a delete without the reason run on after it, its bare price as dollars."""
    if not prefilter.match(_DELETE_VERB, text):
        return text
    return _BARE_PRICE.sub(r"\g<art> $\g<n> ", _RUN_ON_WHY.sub("", text))


# rule "the old value, then the right one, then fix it": "the court filing fee went in at $350 but
# the clerk's receipt says $405. please correct the amount", "depo transcript cost on garcia:
# metro invoiced 465, we've got it at 420. pls bump it", "the acme GC call yesterday - I put it
# down as 30 min but ... it was more like 45. bump that one up": the value it was entered at is
# the old one, the other value said is the new one.
_FIX_IT = lazy.regex(
    r"[\s,.;!:-]+(?:(?:so|pls|please|can\s+(?:you|u))\s+)*(?:correct|fix|update|bump|change|adjust)"
    r"\s+(?:it|that(?:\s+one)?|this(?:\s+one)?|the\s+(?:amount|hours|time|price|cost|entry))"
    r"(?:\s+(?:up|down))?(?:\s+(?:pls|please|thx|thanks))?[.!]?$",
    re.I,
)
_AMT = r"\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s*(?:h|hrs?|hours?|m|mins?|minutes?)\b)?"
_ENTERED_AT = lazy.regex(
    r"\b(?:(?:went|goes|is|was|got)\s+in|(?:we|i|you|he|she|they)(?:['’]ve|\s+have|\s+had)?\s+(?:got"
    r"|have|had|put|logged|entered|booked)\s+it(?:\s+down|\s+in)?|it['’]s\s+(?:in|down))\s+(?:at|as|for)\s+"
    rf"(?P<old>{_AMT})",
    re.I,
)
_AN_AMOUNT = lazy.regex(rf"(?<![\w/.])(?P<amt>{_AMT})(?![\w/])", re.I)
_CLAUSE = lazy.regex(r":\s|\s+[-–—]+\s+|,\s|\.\s|;\s|\s+but\s+", re.I)


def _entered_at(text: str) -> str | None:
    """`entered_at`: "<entry> went in at <old> but ... <new>. fix it" -> change it to <new>."""
    fix = prefilter.search(_FIX_IT, text)
    old = _ENTERED_AT.search(text[: fix.start()]) if fix else None
    if not fix or not old:
        return None
    said = text[: fix.start()]
    others = [
        a for a in _AN_AMOUNT.finditer(said) if a.start() >= old.end() or a.end() <= old.start()
    ]
    if len(others) != 1:
        return None
    clause = _CLAUSE.split(said[: old.start()])
    record = clause[-1].strip() if clause[-1].strip() else clause[0].strip()
    if not record or _COMMAND.match(record):
        return None
    record = _LEAD.sub("", record)
    value = _unit(others[0]["amt"].strip(), old["old"].strip(), record)
    if not _AMOUNT.match(value):
        return None
    return f"change {entry_named(record)} to {_H_MM.sub(_decimal, _HOURS.sub('h', value))}"


# rule "what it also covered, added to its note": "hannah's call with ravi saturday about the
# trustees also covered guardianship - add that to the note on her time entry": the words after
# the verb go at the end of the entry's note.
_ALSO = lazy.regex(
    r"^(?P<record>.+?)\s+(?P<verb>(?:also\s+)(?:covered|included|went\s+over|dealt\s+with|touched\s+on"
    r"|discussed))\s+(?P<what>.+?)\s*[-–—,;.]+\s*(?:(?:pls|please|so|just)\s+)*(?:add|put|note)\s+"
    r"(?:that|this|it)\s+(?:to|in|on|into)\s+(?:the|its|his|her|their)\s+(?:note|description"
    r"|narrative)(?:\s+(?:on|of|for)\s+.+)?$",
    re.I,
)


def _priority_set(text: str) -> str | None:
    """`priority_set`: "<verb> <work> to <value> priority" -> "<verb> <work> task to <value>
    priority"."""
    found = prefilter.match(_PRIORITY_SET, text)
    if found is None or _NOT_TASK.search(found["record"]):
        return None
    record = requests.as_task(found["record"])
    verb = "set" if found["verb"].lower() in ("raise", "lower") else found["verb"]
    due = f" due {found['due']}" if found["due"] else ""
    return f"{verb} {record} to {found['value']} priority{due}"


def _also_covered(text: str) -> str | None:
    """`also_covered`: "<entry> also covered <X> - add that to the note" -> append it."""
    found = prefilter.match(_ALSO, text)
    if not found or _COMMAND.match(found["record"]):
        return None
    said = f"{found['verb']} {found['what']}"
    entry = entry_named(found["record"].strip())
    return f'append "{said}" to the note on {entry}'


# a value said with the record it is for (a contact's address or number, a note's new text), read
# even when the request is a question
_VALUE_RULES: tuple[Rule, ...] = (_detail_added, _contact_value, _note_told)
_LONGEST = 240  # characters: a correction is one short sentence (and parsing stays linear)


def _listed(text: str) -> str | None:
    """`listed_changes`: "<record>: <change>" -> the change, verb first, read again."""
    said = listed_changes.said(text)
    return rewrite(said) if said is not None else None


COMMANDS: tuple[Rule, ...] = (
    _listed,
    _added_to,
    _cost_on_matter,
    _lead_after,
    _at_time,
    _make_it,
    _status_last,
    _priority_set,
    _task_off,
    _verb_after_task,
    _done_to_it,
    _goes_to,
    _pulled_up,
    _verb_after_record,
    _task_field,
    _on_it,
    _reworded,
    *restated.COMMANDS,
    _delete_after,
    _contact_aside,
    _kill,
    _subject,
    _task_done,
    _put_on,
    _responsible,
    _last_one,
    _back_to,
    _field_first,
    _append,
    _more_time,
    _recoded,
)  # said as a command, but not the usual one
STATEMENTS: tuple[Rule, ...] = (
    _happened_on,
    _filed_under,
    _under_practice,
    _new_role,
    _description_said,
    _new_detail,
    _out_of_date,
    *restated.STATEMENTS,  # a record of a named kind first: "the X deadline moved to dec 14"
    _employer,
    _belongs,
    _entered_at,
    _also_covered,
    _wrong_field,
    _wrong_value,
    _wrong_then,
    _old_then_new,
    _news,
    _whose_now,
    _arrow,
    _needs_status,
    _can_go,
    _not_billed,
    _stated,
    _redated,
    _then_set,
)
_COMMAND = lazy.regex(
    r"^(?:change|update|set|edit|move|make|delete|remove|log|add|new|put|create|open|close|show"
    r"|list|find|search|watch|unwatch|get|give|pull|tell|notify|alert|remind|schedule|book)\b",
    re.I,
)
_THAT_LAST = lazy.regex(r"^(?:that\s+|this\s+|the\s+)?(?=(?:last|latest|previous)\b)", re.I)


# rule "a value said again": "at 10 - oops make that 11 -", "3pm, no wait, i mean 4pm", "spent 2
# hours yesterday - no, sorry, it was 2.25 - drafting", "$210 - no, sorry, $225": a time, a length
# or an amount taken back (`lexicon.TAKEN_BACK`) and said again; the new value takes the old one's
# place, with the old one's unit when it says none. At most two words may stand between the old
# value and its taking back ("2 hours yesterday - no, ..."); they stay.
_UNIT_SAID = r"(?:\s*(?:[ap]\.?m\.?|h|hrs?|hours?|mins?|minutes?)\b)"
_VALUE = rf"\$?\d{{1,4}}(?:[.,]\d+)?(?::[0-5]\d)?{_UNIT_SAID}?"
_SAID_AGAIN = lazy.regex(
    rf"(?<![\w/.:$])(?P<old>{_VALUE})(?P<between>(?:\s+[^\W\d_]+){{0,2}}?)\s*(?:[-–—,(]\s*)+"
    rf"(?:{lx.TAKEN_BACK}\b[\s,!.-]*)+(?:{lx.SAID_AGAIN}\b\s*)*"
    rf"(?P<new>{_VALUE})(?![\w/:.])\s*(?:[-–—)]+\s*|(?=[,;.]|\s|$))",
    re.I,
)
_UNIT_AT_END = lazy.regex(rf"{_UNIT_SAID}$", re.I)


def _value_again(found: re.Match[str]) -> str:
    """Rule "a value said again" (above): the new value in the old one's place."""
    old, new = found["old"], found["new"]
    if not _UNIT_AT_END.search(new) and (unit := _UNIT_AT_END.search(old)):
        new += unit.group()
    if old.startswith("$") and not new.startswith("$"):
        new = f"${new}"
    return new + found["between"] + (" " if found.end() < len(found.string) else "")


# rule "a value taken back later": "friday i spent 3 hrs on the chen divorce prepping - make that
# 3.2", "15 min call w sarah re the offer, no wait it was more like 25 min", "lunch at 1 ...
# actually 1:30": a length, a clock time or an amount said again further on, after a taking-back
# cue; the new value takes the place of the nearest earlier value of its kind (a bare number: of
# the nearest kind said), and the cue goes. Counter-examples: "log 2h on acme, make it billable"
# (no value), "add 3h for acme - no, globex" (no value), a first value ("make that 2h on acme").
_LENGTH_SAID = r"\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|m|mins?|minutes?)\b|\.\d+\s*(?:h|hrs?|hours?)\b"
_CLOCK_SAID = r"\d{1,2}(?::[0-5]\d)?\s*(?:[ap]\.?m\.?|[ap])\b|\d{1,2}:[0-5]\d\b"
_AMOUNT_SAID = r"\$\s?\d[\d,]*(?:\.\d\d)?"
_EARLIER = lazy.regex(
    rf"(?<![\w/.:$])(?:(?P<amount>{_AMOUNT_SAID})|(?P<length>{_LENGTH_SAID})|(?P<clock>{_CLOCK_SAID}))",
    re.I,
)
_TAKEN_BACK_LATER = lazy.regex(
    rf"(?:\s*+[-–—,;(]++\s*+|\s++(?=(?:{lx.TAKEN_BACK})\b))"
    rf"(?:(?:{lx.TAKEN_BACK}\b[\s,!.-]*)+(?:(?:{lx.SAID_AGAIN}|more\s+like|closer\s+to|just)\b\s*)*"
    r"|(?<=[-–—,;(]\s)(?:make\s+(?:that|it)|just\s+put)\s+"
    r"|(?<=[-–—,;(])(?:make\s+(?:that|it)|just\s+put)\s+)"
    rf"(?P<new>\$?(?:\d{{1,4}}(?:[.,]\d+)?|\.\d+)(?::[0-5]\d)?{_UNIT_SAID}?)(?![\w/:.$])"
    r"\)?(?=\s|[-–—,;.!]|$)",
    re.I,
)
_BARE_UNIT = lazy.regex(r"[\d.]+\s*(?P<unit>\D*)$")
_TAKING_BACK = lazy.regex(rf"\b(?:{lx.TAKEN_BACK}|make\s+(?:that|it)|just\s+put)\b", re.I)


def _value_back_later(text: str) -> str:
    """Rule "a value taken back later" (above), applied from the left until none is left."""
    start = 0
    while (later := _TAKEN_BACK_LATER.search(text, start)) is not None:
        start = later.end()
        new = later["new"]
        if _ONLY_NO.fullmatch(text, later.start(), later.start("new")) and not _CLOSED.match(
            text, later.end()
        ):
            continue  # "2h on acme, no 3 people were there": "no" alone takes back no value
        kind = "amount" if new.startswith("$") else _kind_of(new)
        olds = [e for e in _EARLIER.finditer(text, 0, later.start()) if kind in (None, e.lastgroup)]
        if not olds or _CORRECTS.search(text, olds[-1].end(), later.start()):
            continue  # "the will package - 30 min is wrong, make it 45": a change of a record
        old = olds[-1]
        said = _in_old_units(new, old[0], old.lastgroup or "")
        rest = text[later.end() :]
        tail = " " if rest and not rest[0].isspace() and rest[0] not in ",;.!" else ""
        text = text[: old.start()] + said + text[old.end() : later.start()] + tail + rest
        start = old.start() + len(said)
    return text


_ONLY_NO = lazy.regex(r"[\s,;(–—-]*no[\s,]*", re.I)
_CLOSED = lazy.regex(r"\s*(?:[-–—,;.!)]|$)")


def _kind_of(value: str) -> str | None:
    """The kind a value says by its unit ("3.2h" a length, "2pm" or "1:30" a clock time); None
    for a bare number."""
    if _LENGTH_ONLY.fullmatch(value.strip()):
        return "length"
    if _CLOCK_ONLY.fullmatch(value.strip()):
        return "clock"
    return None


_LENGTH_ONLY = lazy.regex(_LENGTH_SAID, re.I)
_CLOCK_ONLY = lazy.regex(_CLOCK_SAID, re.I)


def _in_old_units(new: str, old: str, kind: str) -> str:
    """A bare number in the old value's unit: "3.2" after "3 hrs" is "3.2 hrs"; a decimal after
    minutes is hours (".4" after "25 min"); "$" kept for an amount."""
    if kind == "amount":
        return new if new.startswith("$") else f"${new}"
    if _kind_of(new) is not None:
        return new
    unit = (found := _BARE_UNIT.search(old)) and found["unit"].strip()
    if kind == "length" and "." in new and unit and unit.lower().startswith("m"):
        return f"{new}h"
    return f"{new}{' ' if unit and len(unit) > 1 else ''}{unit or ''}"


# "w bluebird bakery - actually no, the northwind matter -": what follows a cue word, taken back
# and said again; the new words take the place of the old after the same cue
_CUE = r"(?:w/?|with|for|on|re|in|under|at)"
_PHRASE_AGAIN = lazy.regex(
    rf"\b(?P<cue>{_CUE})\s+(?P<old>(?:(?!{_CUE}\b)[\w'’&.]+\s*){{1,4}}?)\s*[-–—,]\s*"
    r"(?:actually\s+no|no\s+wait|scratch\s+that|i\s+mean)\b[\s,:]*(?:(?:it['’]s|it\s+was)\s+)?"
    r"(?P<new>[^-–—,;]+?)\s*(?:[-–—]+\s*|(?=[,;]|$))",
    re.I,
)


# "on tuesday, sorry, wednesday", "on Wednesday, no sorry, it was Thursday the 3rd", "due 12/3 -
# oops, 12/4": a day taken back with an apology or a "no" and said again; the new day takes the
# old one's place. Words between the cue and the new day are only the ones that restate it ("it
# was", "make that", "yes definitely"), so "friday, sorry for the delay" corrects nothing.
_DAY_AGAIN = lazy.regex(
    rf"\b(?P<old>{_DAY_SAID})\s*[,;–—-]+\s*(?:{lx.TAKEN_BACK}\b[\s,!.-]*)+"
    rf"(?:{lx.SAID_AGAIN}\b[\s,]*)*(?P<new>{_DAY_SAID})\b",
    re.I,
)


# rule "from the old value to the new": "change my acme call yesterday from half an hour to 45
# minutes", "reduce the courier expense from $40 to $35": a change says the old length or amount
# before the new one; the old one names the record at most, and is no value to set (nor is the
# new one's number a matter).
_LENGTH_OR_AMOUNT = (
    r"(?:\$\s?\d[\d,]*(?:\.\d+)?|(?:\d+(?:\.\d+)?|\.\d+)\s*(?:h|hrs?|hours?|m|mins?|minutes?)?"
    r"|half\s+an?\s+hour|an?\s+hour(?:\s+and\s+a\s+half)?)"
)
_FROM_OLD_TO_NEW = lazy.regex(
    rf"\bfrom\s+{_LENGTH_OR_AMOUNT}\s+(?=(?:to|down\s+to|up\s+to)\s+{_LENGTH_OR_AMOUNT}(?![\w/:.]))",
    re.I,
)
_CHANGE_ASKED = lazy.regex(
    r"^\W*(?:(?:pls|please|kindly|can\s+you|could\s+you|would\s+you)\s+)*(?:change|update|edit|fix"
    r"|correct|adjust|reduce|cut|increase|bump|lower|raise|make)\b",
    re.I,
)


def from_old_to_new(text: str) -> str:
    """`from_old_to_new`: a change's old length or amount, said before the new one, dropped."""
    if "from" not in text.lower() or not prefilter.match(_CHANGE_ASKED, text):
        return text
    return prefilter.sub(_FROM_OLD_TO_NEW, "", text)


def said_again(text: str) -> str:
    """`said_again`: the text with a value, a day or the words after a cue corrected in passing
    replaced by their correction."""
    if prefilter.may_hold(_SAID_AGAIN, text):
        text = _SAID_AGAIN.sub(_value_again, text)
    if prefilter.may_hold(_DAY_AGAIN, text):
        text = _DAY_AGAIN.sub(lambda m: m["new"], text)
    if prefilter.search(_TAKING_BACK, text):
        text = _value_back_later(text)
    return (
        _PHRASE_AGAIN.sub(_phrase_again, text) if prefilter.may_hold(_PHRASE_AGAIN, text) else text
    )


_LEADING_CUE = lazy.regex(rf"^{_CUE}\s", re.I)


def _phrase_again(found: re.Match[str]) -> str:
    new = found["new"]
    said = new if _LEADING_CUE.match(new) else f"{found['cue']} {new}"  # "at nobu - i mean at x"
    return said + (" " if found.end() < len(found.string) else "")


# rule "a correction never creates": a statement that corrects a value ("... was 2h not 1.5",
# "... are actually $6,150", "18 min is wrong") speaks of a record already in Clio; when no rule
# above could say which change it means, it must not be read as a new record.
_CORRECTS = lazy.regex(
    r"\b(?:was|is|are|were)\s+(?:actually|really)\s+(?:on\s+|dated\s+|for\s+)?(?:\$|\.?\d|yesterday"
    r"|today|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|\b(?:is|was)\s+wrong\b|\bwrong\s+(?:date|day"
    r"|matter|case|client|amount|hours|time)\b|\b(?:should|shd|shld|s/b)\s+(?:have\s+been|be)\b.*\bnot\b"
    r"|(?:\d|\bh|\bhrs?|\bmin|\bmins|[ap]\.?m\.?|\bnoon)\s*,?\s+not\s+(?:on\s+)?(?:the\s+)?(?:\$?\.?\d|{when})"
    r"|\bactually\s+(?:[a-z]+\s+){{0,3}}?(?:on\s+|at\s+)?(?:\d|{when})".format(
        when=r"(?:yesterday|today|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep"
        r"|oct|nov|dec)[a-z]*\b)"
    ),
    re.I,
)
_CREATES = lazy.regex(
    r"^\W*(?:log|add|new|create|record|bill|track|enter|book|schedule|put\s+in|start)\b", re.I
)


# rule "a question, then why": "can you delete the witness availability email from john smith?
# it's already saved to the matter docs as a pdf": the sentence after the question says why.
_ASKED_WHY = lazy.regex(r"^(?P<ask>[^?]+?)\s*\?\s+(?P<why>[^?]+?)[.!]*$")
_ASKING = lazy.regex(r"^(?:(?:(?:can|could|would)\s+(?:you|u)|pls|please|plz)\s+)+", re.I)


_FIX_IT_ASKED = lazy.regex(
    r"\s*[.,;!–—-]\s*(?:(?:so\s+)?(?:can|could|would)\s+(?:you|u)\s+|pls\s+|please\s+)?(?:change|fix"
    r"|update|correct)\s+(?:it|that|the\s+(?:date|day|time))(?:,?\s+(?:pls|please|for\s+me))?\s*\?+\s*$",
    re.I,
)


def asked_then_why(text: str) -> str:
    """`asked_then_why`: a change or delete asked as a question, without the reason after it; a
    statement closed by "can you change the date?", without the question."""
    if (
        "?" in text
        and (fix := prefilter.search(_FIX_IT_ASKED, text))
        and "?" not in text[: fix.start()]
    ):
        return text[: fix.start()]
    found = _ASKED_WHY.match(text.strip()) if "?" in text else None
    if found is None or not _WHY_VERB.match(_ASKING.sub("", found["ask"])):
        return text
    return found["ask"] if _WHY_CLAUSE.search(found["why"]) else text


def corrects(text: str) -> bool:
    """Whether `text` corrects a value of an existing record rather than asking for a new one."""
    body = _LEAD.sub("", text.strip()) if isinstance(text, str) else ""
    return bool(prefilter.search(_CORRECTS, body)) and not _CREATES.match(body)


# rule "a change asked as a question": "can we cut the 12/14 team meeting down to 30 min? just
# that one week", "<story> - can you add that to the depo's description?": a question asking
# for a change is the change (what follows it, a clause after it)
_ASKED_POLITELY = lazy.regex(
    r"^(?P<ask>(?:[^?]*?(?:[-–—,;.:]|\bso)\s*)?(?:can|could|would)\s+(?:you|u|we)\s+(?:pls\s+|please\s+)?"
    r"(?:add|change|update|move|push|cut|shorten|extend|delete|remove|cancel|rename|put|take"
    r"|reschedule|block)\b[^?]*)\?(?P<after>[^?]*)$",
    re.I,
)


def asked_politely(text: str) -> str:
    """`asked_as_question`: the text with the question mark of a change asked for dropped."""
    found = prefilter.match(_ASKED_POLITELY, text) if "?" in text else None
    if found is None:
        return text
    after = found["after"].strip()
    return f"{found['ask'].rstrip()}, {after}" if after else found["ask"].rstrip()


def adds_to_note(text: str) -> bool:
    """Whether `text` tells what an entry also covered and asks to add that to its note (its
    story is then the note's words, not a new record's)."""
    return rewrite(text).startswith("append ") and not text.lstrip().lower().startswith("append")


_I_PUT_ON = lazy.regex(
    r"\s+(?:that\s+)?i\s+(?:just\s+)?(?:put|logged|entered|added|booked|billed)(?=\s+(?:on|under|to|for"
    r"|against)\s)",
    re.I,
)
# "my overdue task on smith (the one due sat)": the day in brackets tells which record; it is
# said plainly ("... on smith due sat") so that no rule drops it as an aside
_THE_ONE_ON = lazy.regex(
    r"\s*\(\s*the\s+one\s+(?P<said>(?:due|from|dated)\s+[^()]{1,30}?)\s*\)", re.I
)


def the_one_on(text: str) -> str:
    """`text` with "(the one due <day>)" said plainly as " due <day>"."""
    if not isinstance(text, str) or "(" not in text:
        return text
    return _THE_ONE_ON.sub(r" \g<said>", text)


@lru_cache(maxsize=64)
def rewrite(text: str) -> str:
    """The change command `text` states, or `text` itself when it states none (kept for the last
    few texts: a message is read whole, then again as an entry)."""
    if not isinstance(text, str) or "\n" in text:
        return text
    text = _I_PUT_ON.sub("", text)  # "the fee i put on smith's matter": the fee on it
    text = asked_then_why(from_old_to_new(said_again(text)))
    if (unasked := _unasked(text)) != text:  # a change asked as a question, or the question
        return asked if (asked := rewrite(unasked)) != unasked else text
    if (polite := asked_politely(text)) != text:  # read as the change it asks, if it is one
        meant = rewrite(polite)
        return meant if meant != polite else text
    for rule in _VALUE_RULES if len(text) <= _LONGEST else ():
        if (said := rule(text)) is not None:  # "add maria's cell to her contact? 718-555-0342"
            return said
    if "?" in text or len(text) > _LONGEST:
        return text
    text = restated.drop_contrast(text)
    body = _THAT_LAST.sub("my ", _LEAD.sub("", text.strip()).rstrip(" .!"))
    body, just = (
        _JUST_LOGGED.subn("my last entry", body)
        if prefilter.may_hold(_JUST_LOGGED, body)
        else (body, 0)
    )
    if (spelt := spell_aside(sent_said(body))) != body:
        return rewrite(spelt)
    if (unasked := _asker_dropped(body)) != body:
        return rewrite(unasked)
    if (deleted := _delete_said(body)) != body:
        return rewrite(deleted)
    if (fix := prefilter.search(_FIX_ASKED, body)) and (
        stated := rewrite(head := body[: fix.start()])
    ) != head:
        return stated
    if (bare := drop_comment(drop_why(drop_run_on_why(body)))) != body:
        return rewrite(bare)
    for rule in COMMANDS:
        if (said := rule(body)) is not None:
            return said
    if prefilter.match(_COMMAND, body):
        return body if just else text  # already a command the grammars read
    for rule in STATEMENTS:
        if (said := rule(body)) is not None:
            return drop_why(said)  # "<record> - give it to priya, she's got the transcripts"
    return text
