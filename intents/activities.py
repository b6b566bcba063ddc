"""Time and expense entries (`activities`): the heart of the product.

"log 1.5h on Smith v Jones yesterday drafting motion" -> TimeEntry, quantity 5400 s, the matter
in `refs`, the rest as `note`; "expense $45.20 parking for Smith v Jones on Nov 10" ->
ExpenseEntry with `price`. A missing date is today (Clio requires one). An activity description or
UTBMS code ("..., activity L120", "... as Legal research") goes to `refs.activity_description`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from intents import dates, durations, lazy, matter_refs, money, names, records, refs, search
from intents import lexicon as lx
from intents.commands import Command
from intents.reading import Reading
from intents.scan import ending_at

if TYPE_CHECKING:  # the vocabulary (and its fuzzy matching) is imported only when a firm has one
    from intents.vocabulary import Match, Vocabulary

# "call w/ maria garcia" once her matter is taken: the connector left at the end goes too
_DANGLING = lazy.regex(r"[\s,-]+(?:w/?|with|and|re:?|for)\s*$", re.I)
_NON_BILLABLE = lazy.regex(
    r"\b(?:non|not|un)[- ]?billable\b|\bnb\b|\bdon'?t\s+bill\b|\bnot\s+to\s+be\s+billed\b", re.I
)
_BILLABLE = lazy.regex(r"\bbillable\b", re.I)
_NO_CHARGE = lazy.regex(r"\bno[- ]charge\b|\bn/?c\b", re.I)  # "johnson .5 nc strategy call"
_RATE = lazy.regex(
    r"\b(?:at|@)\s*(?P<amount>\$?\s?\d[\d,]*(?:\.\d{1,2})?)\s*(?:/\s*h(?:ou)?r|per\s+h(?:ou)?r|an\s+hour|/h)?\b"
    r"|(?P<amount2>\$\s?\d[\d,]*(?:\.\d{1,2})?)\s*(?:/\s*h(?:ou)?r|per\s+h(?:ou)?r|an\s+hour|/h)\b",
    re.I,
)
_STATUS = {
    "unbilled": "unbilled",
    "billed": "billed",
    "draft": "draft",
    "non-billable": "non_billable",
    "nonbillable": "non_billable",
    "non billable": "non_billable",
    "billable": "billable",
    "written off": "written_off",
    "written-off": "written_off",
}
_STATUS_WORDS = lazy.regex(
    r"\b(?:un-?billed|non[- ]?billable|billable|billed|draft|written[- ]off)\b", re.I
)
_TIME_ENTRY = lazy.regex(r"\btime[- ]?entr(?:y|ies)\b", re.I)
_ACTIVITY = lazy.regex(
    r"[,;]?\s*\b(?:(?:activity|utbms)(?:\s+(?:description|code))?\s*[:=]?\s*"
    r"(?:(?P<code>[a-z]\d{3})\b|(?P<d>[\w/&'-]+(?:\s+[\w/&'-]+)*?)\s*(?=$|[,;]))"
    r"|as\s+(?P<as>(?-i:[A-Z])(?:\d{3}\b|[\w/&'-]+(?:\s+[\w/&'-]+)*?))\s*(?=$|[,;])"
    r"|(?:use|with|put)\s+(?P<use>[\w/&'-]+(?:\s+[\w/&'-]+){0,3}?)\s+as\s+(?:the\s+)?activity"
    r"(?:\s+(?:description|code|type))?\s*(?=$|[,;.])"
    # "- code it as drafting", "bill it under client meeting": the activity asked for outright
    r"|(?:code|bill|mark|book)\s+(?:it|this|that)\s+(?:as|under)\s+(?:an?\s+|the\s+)?"
    r"(?P<coded>[\w/&'-]+(?:\s+[\w/&'-]+){0,3}?)(?:\s+(?:activity|code))?\s*(?=$|[,;.!]))",
    re.I,
)
_FOR_ME = lazy.regex(r"\bfor\s+me\b", re.I)
_THIS_HALF_DAY = lazy.regex(r"\bthis\s+(?:a\.?m|p\.?m)\b\.?", re.I)  # "this am": today
# when in the day the work was done says nothing of the work: "spent most of the afternoon on ..."
_PART_OF_DAY = lazy.regex(
    r"\b(?:(?:most|all|part|much|the\s+rest)\s+of\s+(?:the|this|my)\s+|all\s+)"
    r"(?:morning|afternoon|evening|day)\b",
    re.I,
)
_LABEL_END = lazy.regex(r"[\s:=\-–]*")  # "time: 2.0 ...": the label's colon before the number
_TO_NUMBER = lazy.regex(r"\bto\s+(?P<n>\d{1,2}(?:\.\d+)?|\.\d+)\s*$")  # "... to 2.0"
_NUMBER_BEFORE = lazy.regex(r"(?:\d|\.\d)\s*$")
_CHANGE_NOTE = lazy.regex(r"\b(?:note|description|narrative)\s*(?:to|:|=)?\s*", re.I)
# The new value of a field named before the entry: "change the activity on X to L120".
_NEW_ACTIVITY = lazy.regex(
    r"\b(?:activity|utbms|task\s+code)(?:\s+(?:description|code|type))?\b.*?\bto\s+"
    r"(?P<v>[^,;\d$.][^,;]*?)\s*$",
    re.I,
)
_NEW_RATE = lazy.regex(
    r"\b(?:hourly\s+)?rate\b.*?\bto\s+\$?\s*(?P<v>\d[\d,]*(?:\.\d{1,2})?)\s*(?:/\s*h(?:ou)?r|per\s+h(?:ou)?r|an\s+hour|/h)?\s*$",
    re.I,
)
# "append '& 911 transcript' to the note on my police report entry" (see `corrections`).
_APPEND = lazy.regex(
    r"^\s*append\s+(?P<text>.+?)\s+to\s+(?:the\s+)?(?:note|description|narrative)\s+"
    r"(?:on|of|for|in)\s+",
    re.I,
)
_EXPENSE_WORD = lazy.regex(
    r"\b(?:expense|expenses|exp|cost|costs|disbursement|disbursements|fee|fees)\b",
    re.I,
)
_TO_LENGTH = lazy.regex(r"\b(?:to|into)\s+(?:\d|\.\d|an?\s|half|one|two|three)", re.I)
_TIME_WORD = lazy.regex(r"\b(?:time|hours?|hrs?|mins?|minutes)\b|\d\s*h\b", re.I)
_DATE_IS_NEW = lazy.regex(r"\b(?:to|till|until|into|date)\s*(?:the\s+)?$", re.I)
_REF_EDGES = lazy.regex(
    r"^(?:(?:the|a|an|that|this|['’]s)\s+|(?:date|day|hours|amount)\s+(?:on|of|for)\s+)+"
    r"|\s+(?:to|on|for|from|as|in|of|by)$",
    re.I,
)


def read(reading: Reading, command: Command) -> None:
    {
        "create": _create,
        "search": _search,
        "get": _record,
        "delete": _record,
        "update": _update,
    }.get(reading.action, _record)(reading, command)


def _entry_type(reading: Reading, command: Command) -> str:
    expense = command.noun is not None and command.noun.detail == "ExpenseEntry"
    return "ExpenseEntry" if expense or (command.priced and not command.timed) else "TimeEntry"


def _create(reading: Reading, command: Command) -> None:
    scan, order = reading.scan, reading.clock.date_order
    kind = _entry_type(reading, command)
    fields = reading.fields
    fields["type"] = kind
    if _take(reading, _NON_BILLABLE):
        fields["non_billable"] = True
    elif _take(reading, _BILLABLE):
        fields["non_billable"] = False
    if _take(reading, _NO_CHARGE):
        fields["no_charge"] = True
    # a length written as a fraction or a stretch of clock time, before dates read "1/2" or "9:30"
    stretch = kind == "TimeEntry" and (durations.take_fraction(scan) or durations.take_range(scan))
    _take(reading, _THIS_HALF_DAY)
    _take(reading, _PART_OF_DAY)
    hit = dates.take(scan, reading.clock, "past", story=True, events=kind == "TimeEntry")
    if kind == "TimeEntry":
        rate = scan.first(_RATE)
        if rate:
            value = money.amount((rate["amount"] or rate["amount2"]).strip("$ "), order)
            if value is not None:
                scan.take_match(rate)
                fields["price"] = value
        seconds = stretch or durations.take(scan, order, colon=True)
        if seconds is None:
            seconds = _bare_hours(reading)
        if seconds is None:
            seconds = durations.take_tenths(scan)
        if seconds is not None:
            _take_lead_in(reading)
        if seconds is None:
            reading.hint = "How long? e.g. '1.5h', '90 min' or '0.3'."
            reading.confidence = 0.5
        else:
            fields["quantity"] = seconds
    else:
        price = money.take(scan, order, bare=True)
        if price is None:
            reading.hint = "How much? e.g. '$45.20'."
            reading.confidence = 0.5
        else:
            fields["price"] = price
    fields["date"] = (hit.span.start if hit else reading.clock.today).isoformat()
    if hit is None:
        reading.assumptions.append("no date given: today")
    elif hit.span.period != "day":
        reading.assumptions.append(f"date: first day of the {hit.span.period}")
        reading.confidence = min(reading.confidence, 0.7)
    if kind == "TimeEntry":
        _activity_description(reading)
    refs.take_mention(reading, "user")
    _take(reading, _FOR_ME)  # "log 1.3 for me on ...": the speaker's own entry, as always
    if "user" in reading.refs:
        _relayed(reading)
    if matter_refs.take_matter(reading, leading=True) is None:
        reading.assumptions.append("no matter named")
    second = kind == "TimeEntry" and durations.find(reading.scan, order)
    note = _DANGLING.sub("", reading.free_text())
    if note:
        fields["note"] = note
        if second:
            reading.hint = "One entry per message: the rest stayed in the note."
            reading.confidence = min(reading.confidence, 0.5)


_ROUGHLY = r"(?:about|around|roughly|approx(?:imately|\.)?|like|almost|nearly|~)"
_LEAD_IN = lazy.regex(
    rf"\b(?:spent\s+(?:for\s+)?(?:{_ROUGHLY}\s+)?|for\s+{_ROUGHLY}\s+|{_ROUGHLY}\s+)(?=\S)", re.I
)


def _take_lead_in(reading: Reading) -> None:
    """The words leading into the length, once it is read: "spent like 2 hours", "for about
    40 minutes" (rule "the note starts after the length"): they say nothing of the work."""
    scan = reading.scan
    for found in scan.matches(_LEAD_IN):
        if not scan.is_free(found.end(), found.end() + 1):
            scan.take_match(found)


def _bare_hours(reading: Reading) -> int | None:
    """A bare number opening the free text, as hours: "log 1.5 on X", "time: .6 chen"."""
    segments = reading.scan.segments()
    if not segments:
        return None
    start = _LABEL_END.match(reading.scan.text, segments[0][0]).end()  # type: ignore[union-attr]
    return durations.take_bare_hours(reading.scan, start, reading.clock.date_order)


_CODE = lazy.regex(r"[a-z]\d{3}\b", re.I)
_SET_OFF_BEFORE = lazy.regex(r"(?:^|[,;:(–—]|\s-)\s*$")
_SET_OFF_AFTER = lazy.regex(r"\s*(?:$|[,;:)–—.]|-\s)")
# Words before a name that make it the narrative's object, not the kind of work: "prepping for
# court appearance", "notes from the client meeting", "re telephone call of 12/1".
_OBJECT_OF = lazy.regex(
    r"\b(?:for|to|before|after|about|re|from|at|on|of|with|w/|during|since|until|the|his|her|"
    r"their|our|my|your|its|this|that|next|prep|prepping|prepare|preparing|preparation|"
    r"schedule|scheduled|reschedule|cancel|cancelled|canceled|missed)\s*$",
    re.I,
)
# rule "a length of work": "2.25 hours of legal research on spoliation", "an hour of drafting",
# "45 min of legal research", "spent 2.25h on legal research": the work said right after a length
# and "of" or "on" is the kind of work the length was spent on, not its object
_LENGTH_OF = lazy.regex(
    r"(?:(?:\b|(?<=\d))(?:hours?|hrs?|h|minutes?|mins?|m|half|quarter)|\d)\s+(?:of|on|doing)\s*"
    r"(?:(?:legal|case|more)\s+)?$",
    re.I,
)
_AS_BEFORE = lazy.regex(r"\b(?:as\s+(?:an?\s+)?|(?:use|put)\s+)$", re.I)
_ACTIVITY_AFTER = lazy.regex(r"\s+(?:as\s+(?:the\s+)?)?activity\b", re.I)
# rule "the code said loosely": "The Client meeting code is fine.", "use the telephone call code":
# a name of the firm's activities followed by "code" is the entry's activity, said of the entry.
_CODE_AFTER = lazy.regex(
    r"\s+code\b(?:\s+(?:is\s+(?:fine|ok|okay|good|right)|works|will\s+do|pls|please))?", re.I
)
# "- code it as drafting", "bill it under client meeting": the activity asked for outright, one
# word or more
_CODE_IT_AS = lazy.regex(
    r"\b(?:code|bill|log|enter|mark|put|book)\s+(?:it|this|that|the\s+(?:time|entry))\s+"
    r"(?:as|under|to)\s+(?:an?\s+|the\s+)?$",
    re.I,
)
_CODE_BEFORE = lazy.regex(r"(?:\b(?:use|put|under|with|as)\s+)?(?:\bthe\s+)?$", re.I)


def place_description(reading: Reading, match: Match) -> bool:
    """The firm's activity description or UTBMS code named in a time entry (rule "activity
    named"): a code anywhere ("..., L110", "L120 analysis/strategy ..."), a name set off by
    punctuation ("..., court appearance") or, in a new entry, a name of several words said as the
    kind of work ("3h court appearance yesterday", "had a client meeting w/ ravi", "as a
    telephone call activity"); a set-off name leaves the note, a said one stays in it. Words of a
    name that are the narrative's object ("prepping for court appearance") are not one."""
    described = match.of("activity_description")
    if (
        len(described) != 1
        or reading.resource != "activities"
        or reading.action not in ("create", "update")
        or "activity_description" in reading.refs
    ):
        return False
    before = reading.text[: match.start]
    code = _CODE.match(match.text) is not None
    set_off = _SET_OFF_BEFORE.search(before) and _SET_OFF_AFTER.match(reading.text, match.end)
    coded = _CODE_AFTER.match(reading.text, match.end)
    asked = ending_at(_CODE_IT_AS, reading.text, match.start)
    if asked is not None and reading.scan.is_free(asked.start(), match.start):
        after = _ACTIVITY_AFTER.match(reading.text, match.end) or coded
        reading.scan.take(asked.start(), after.end() if after else match.end)
    elif code or set_off:
        end = _name_words_after(reading.text, match.end, described[0].label) if code else match.end
        reading.scan.take(match.start, end)
    elif coded is not None and reading.action == "create":
        lead = ending_at(_CODE_BEFORE, reading.text, match.start)
        reading.scan.take(lead.start() if lead else match.start, coded.end())
    elif _said_as_work(reading, match):
        as_before = _AS_BEFORE.search(before)
        activity = _ACTIVITY_AFTER.match(reading.text, match.end)
        if as_before or activity:  # "as a telephone call activity": said of the entry, not the work
            start = as_before.start() if as_before else match.start
            reading.scan.take(start, activity.end() if activity else match.end)
    else:
        return False
    reading.refs["activity_description"] = described[0].label
    return True


_NAME_WORD = lazy.regex(r"\s*[/&]?\s*([a-z]+)", re.I)


def _name_words_after(text: str, end: int, label: str) -> int:
    """Past the words of a code's own name said after it, in its order from its first word:
    "L110 fact investigation ...", "A101 plan & prepare for ..."; not "L120 strategy memo"
    (the memo's words, though "strategy" is in "L120 Analysis/Strategy")."""
    name = [w for w in (w.lower() for w in re.findall(r"[a-z]+", label, re.I)[1:]) if w != "and"]
    said = 0
    while (found := _NAME_WORD.match(text, end)) and said < len(name):
        word = found[1].lower()
        if word == "and":
            end = found.end()
            continue
        if word != name[said]:
            break
        end, said = found.end(), said + 1
    return end


def _said_as_work(reading: Reading, match: Match) -> bool:
    """A new entry's activity named in full in its narrative: several words, typed exactly, not
    the object of a preposition or a determiner."""
    if reading.action != "create" or match.score < 100 or len(match.text.split()) < 2:
        return False
    before = reading.text[: match.start]
    return _OBJECT_OF.search(before) is None or _LENGTH_OF.search(before) is not None


_LAST_WORD = lazy.regex(r"\w[\w'’-]*\s*$")
_DETERMINER = lazy.regex(r"\b(?:the|a|an|his|her|their|our|my|your|its|this|that)\s*$", re.I)


def work_kind(reading: Reading, vocabulary: Vocabulary) -> None:
    """A new time entry's activity told by the kind of work its narrative names (rule "work told
    by its kind"): "drafted the reply brief" is the firm's Drafting, "tc w/ ravi" its Telephone
    call, and the words stay in the note. Only when one kind is told, one of the firm's
    descriptions is named for it, and no activity is named outright; never the narrative's object
    ("prepping for the call", "notes from the client meeting", "the drafted deed")."""
    if (reading.resource, reading.action) != ("activities", "create"):
        return
    if "activity_description" in reading.refs or _ACTIVITY.search(reading.text):
        return
    kinds = {
        wanted
        for pattern, wanted in lx.WORK_KINDS
        for found in pattern.finditer(reading.text)
        if reading.scan.is_free(*found.span()) and _as_work(reading.text, found)
    }
    if len(kinds) != 1:
        return
    described = vocabulary.named_with("activity_description", kinds.pop())
    if len(described) == 1:
        reading.refs["activity_description"] = described[0].label


def _as_work(text: str, found: re.Match[str]) -> bool:
    """Whether a word of work is the work done, not its object: a verb ("drafted", "researching")
    after no determiner, a noun ("call") after no preposition or determiner, even one word
    before ("notes from the legal research memo")."""
    done = found.group().lower().endswith(("ed", "ing"))
    pattern = _DETERMINER if done else _OBJECT_OF
    before = text[: found.start()]
    if _LENGTH_OF.search(before):  # "about an hour and a half of legal research": the work
        return True
    return not (pattern.search(before) or pattern.search(_LAST_WORD.sub("", before)))


def _activity_description(reading: Reading) -> None:
    """ "activity L120", "utbms: Legal research", "as Legal research", "use drafting as the
    activity" (the word "activity" may
    already be read as the command's noun, so the raw text is searched)."""
    if "activity_description" in reading.refs:  # placed by the firm's vocabulary
        return
    for found in _ACTIVITY.finditer(reading.text):
        name = next(group for group in ("code", "d", "as", "use", "coded") if found[group])
        if reading.scan.is_free(*found.span(name)):
            reading.scan.take(*found.span())
            reading.refs["activity_description"] = found[name]
            return


# rule "whose time, relayed": "marcus asked me to log 1.5 hours for him on ...", "hannah asked me
# to put in 0.4 for her": once the colleague's entry is known, the words relaying the request and
# "for him/her" after the length say nothing of the work (they left the note as "asked me to log
# for him"). Counter-example: "... drafted a letter for him" (the work's words, not after the length).
_RELAY = lazy.regex(
    r"\b(?:asked|wants|told|needs|would\s+like)\s+(?:me|us)\s+to\s+"
    r"(?:log|put(?:\s+(?:in|down))?|enter|record|add|bill|book|submit)\b",
    re.I,
)
_FOR_THEM = lazy.regex(r"\s*\bfor\s+(?:him|her|them)\b", re.I)


# ... and, the colleague's entry known, the words that tell it is theirs: "Entering Priya's time
# at her request: on Friday she did 2.25 hours of legal research ..." keeps "legal research ...".
_ENTERING = lazy.regex(
    r"^\s*(?:i['’]?m\s+)?(?:entering|logging|adding|putting\s+in)(?:\s+(?:this|it)(?=\s+for\b))?\b",
    re.I,
)
_AT_REQUEST = lazy.regex(r"\s*\bat\s+(?:his|her|their)\s+request\b", re.I)
_THEY_DID = lazy.regex(r"\b(?:he|she|they)\s+(?:did|spent|worked|put\s+in|billed)\s+(?=\S)", re.I)
_OF_WORK = lazy.regex(r"\s*\bof\b(?=\s+[^\W\d_])", re.I)


def _relayed(reading: Reading) -> None:
    scan = reading.scan
    for pattern in (_ENTERING, _AT_REQUEST):
        _take(reading, pattern)
    for did in list(scan.matches(_THEY_DID)):
        if not scan.is_free(did.end(), did.end() + 1):  # the length said right after
            scan.take_match(did)
    for of in list(scan.matches(_OF_WORK)):  # "2.25 hours of legal research": the length's "of"
        if _LENGTH_OF.search(reading.text, 0, of.end()) and not scan.is_free(
            of.start() - 1, of.start()
        ):
            scan.take_match(of)
    found = scan.first(_RELAY)
    if found is None:
        return
    scan.take_match(found)
    end = found.end()
    while end < len(reading.text) and (
        reading.text[end].isspace() or not reading.scan.is_free(end, end + 1)
    ):
        end += 1  # past the length, read already
    if (them := _FOR_THEM.match(reading.text, end)) is not None:
        reading.scan.take_match(them)


def _take(reading: Reading, pattern: re.Pattern[str]) -> bool:
    found = reading.scan.first(pattern)
    if found:
        reading.scan.take_match(found)
    return found is not None


def _search(reading: Reading, command: Command) -> None:
    fields = reading.fields
    if command.noun and command.noun.detail == "ExpenseEntry":
        fields["type"] = "ExpenseEntry"
    elif _TIME_ENTRY.fullmatch(command.noun_text) or reading.scan.first(_TIME_ENTRY):
        fields["type"] = "TimeEntry"
    status = reading.scan.first(_STATUS_WORDS)
    if status:
        reading.scan.take_match(status)
        fields["status"] = _STATUS[status.group().lower().replace("un-billed", "unbilled")]
    search.set_dates(reading, search.window(reading, "past"), "start_date", "end_date")
    if not refs.take_mention(reading, "user"):
        refs.take_me(reading, "user")
    matter_refs.take_matter(reading)
    if "user" not in reading.refs:
        refs.take_person(reading, "user", "by")
    if _own_hours(reading, command):
        reading.refs["user"] = "me"
    reading.free_text()


_HOURS = frozenset({"hour", "hours", "hr", "hrs", "billable hour", "billable hours"})
# Whose hours: the firm's, a team's or everyone's, not the asker's own.
_EVERYONE = lazy.regex(
    r"\b(?:firm|firm's|firms|everyone|everybody|everyone's|all|team|team's|we|our|us|staff|"
    r"people|who|whose|each|per)\b",
    re.I,
)


def _own_hours(reading: Reading, command: Command) -> bool:
    """ "hrs last week", "hours today": hours said of no one and no matter are the asker's own;
    "firm hours last week", "who logged hours on garcia" are not."""
    if "user" in reading.refs or "matter" in reading.refs or "client" in reading.refs:
        return False
    if command.noun is None or command.noun_text.lower() not in _HOURS:
        return False
    if _EVERYONE.search(reading.text) is not None:
        return False
    said = " ".join(reading.scan.rest()).lower().replace("?", " ").split()
    return all(word in _HOURS or word in _ASKING for word in said)


# Words of a question about hours that name no one ("how many hrs did i log").
_ASKING = frozenset(
    [
        "how",
        "many",
        "much",
        "total",
        "what",
        "whats",
        "what's",
        "are",
        "is",
        "were",
        "was",
        "did",
        "do",
        "have",
        "has",
        "had",
        "get",
        "got",
        "so",
        "far",
        "logged",
        "log",
        "billed",
        "bill",
        "recorded",
        "put",
        "in",
        "worked",
        "the",
        "my",
    ]
)


def _day_in_name(reading: Reading, command: Command) -> None:
    """Rule "the day in an entry's name": "change priya's friday entry on garcia to 1h", "move my
    monday entry to tuesday": a day said between the verb and the entry's noun tells which entry
    it is (`activity_on`), not its new date."""
    if command.verb_end < 0 or command.noun_start <= command.verb_end:
        return
    for hit in dates.find(reading.scan, reading.clock, "past"):
        inside = command.verb_end <= hit.begin and hit.end <= command.noun_start
        if inside and hit.span.start == hit.span.end and reading.scan.is_free(hit.begin, hit.end):
            reading.scan.take(hit.begin, hit.end)
            reading.refs["activity_on"] = hit.span.start.isoformat()
            return


def _record(reading: Reading, command: Command) -> None:
    _day_in_name(reading, command)
    found = records.take(reading, command)
    if reading.action == "delete" and found:
        found = _whole_name(reading, command, found)
        found = _with_kind(reading, command, found)
    if reading.action == "delete":
        _said_day(reading, new=False)
        matter_refs.take_matter(reading)
        found = found or _described(reading)
    if found is None:
        reading.hint = "Which entry? e.g. 'time entry 123'."
        reading.confidence = 0.5
    reading.free_text()


_LAST_ONLY = lazy.regex(r"^(?:my\s+)?(?:last|latest|previous)$", re.I)
_KIND_NOUN = lazy.regex(r"(?P<kind>time)(?:\s+entry)?", re.I)


def _with_kind(reading: Reading, command: Command, found: str) -> str:
    """ "kill priya's time entry on johnson": "time" said keeps its word in the description,
    so that her expense on the same matter does not fit as well."""
    said = _KIND_NOUN.fullmatch(reading.text[command.noun_start : command.noun_end])
    if command.noun_start < 0 or said is None or found.isdigit() or _LAST_ONLY.match(found):
        return found
    if said["kind"].lower() in found.lower().split():
        return found
    reading.refs["activity"] = f"{found} {said['kind'].lower()}"
    return reading.refs["activity"]


def _whole_name(reading: Reading, command: Command, found: str) -> str:
    """ "delete the courier to court expense": all the words between the verb and the entry word
    name it when a delete has no change to stop at ("to" ended the name at "court")."""
    between = reading.text[command.verb_end : command.noun_start] if command.noun_start > 0 else ""
    whole = re.sub(r"^my\s+", "", names.clean(_REF_EDGES.sub("", between.strip())), flags=re.I)
    if found.lower() in whole.lower() and whole.lower().endswith(found.lower()) and whole != found:
        reading.scan.take(command.verb_end, command.noun_start)
        reading.refs["activity"] = whole
        return whole
    return found


def _said_day(reading: Reading, *, new: bool) -> None:
    """A day said with the entry: its new date after "to" ("move it to nov 30"), else the day
    that tells which entry it is ("my acme call from yesterday"), kept as `activity_on`; a
    stretch of days ("from nov", "last week") as its first and last day, "2026-11-01/2026-11-30"."""
    hit = dates.take(reading.scan, reading.clock, "past")
    if hit is None:
        return
    if new and _DATE_IS_NEW.search(reading.text[: hit.begin]):
        reading.fields["date"] = hit.span.start.isoformat()
    elif hit.span.end > hit.span.start:
        reading.refs["activity_on"] = f"{hit.span.start.isoformat()}/{hit.span.end.isoformat()}"
    else:
        reading.refs["activity_on"] = hit.span.start.isoformat()


def _described(reading: Reading) -> str | None:
    """The words left that describe the entry, when no entry word named it ("marcus's intake
    meeting on garcia to 1.25": the grammar took the change, the rest says which entry)."""
    if "activity" in reading.refs:
        return reading.refs["activity"]
    text = reading.message.plain(reading.free_text(take=False)).strip(" ,;:-")
    text = _REF_EDGES.sub("", _REF_EDGES.sub("", text)).strip(" ,;:-")
    if not text or text.isdigit():
        return None
    reading.refs["activity"] = text
    return text


# `corrections.time_added`'s command: the entry's time changed by the length said.
_BY_LENGTH = lazy.regex(r"^\s*(?P<verb>lengthen|shorten)\s+(?P<by>by)\s+\S", re.I)


def _update(reading: Reading, command: Command) -> None:
    scan, order, fields = reading.scan, reading.clock.date_order, reading.fields
    if (append := _APPEND.match(reading.text)) and scan.is_free(*append.span("text")):
        scan.take(append.start("text"), append.end())  # the words added, kept as said
        reading.refs["note_append"] = reading.message.plain(append["text"]).strip().strip("'\"‘’“”")
    if _take(reading, _NON_BILLABLE):  # before the entry's name, which never holds these words
        fields["non_billable"] = True
    elif _take(reading, _BILLABLE):
        fields["non_billable"] = False
    if _take(reading, _NO_CHARGE):  # "mark it no charge": shown on the bill at no charge
        fields["no_charge"] = True
    early = None  # "change my answer review to 2.3 hrs": "hrs" is the length's unit, not the noun
    if command.noun_start > 0 and _NUMBER_BEFORE.search(reading.text[: command.noun_start]):
        early = durations.take(scan, order, colon=True)
    _day_in_name(reading, command)
    if (found := records.take(reading, command)) and " to " in reading.text[: command.noun_start]:
        _whole_name(reading, command, found)  # "change the courier to court expense to $52.50"
    # The field word may be read as the command's noun and the entry between taken: raw text.
    activity = _NEW_ACTIVITY.search(reading.text)
    if (
        activity
        and "activity_description" not in reading.refs
        and scan.is_free(*activity.span("v"))
    ):
        scan.take(activity.start("v") - 3, activity.end())
        reading.refs["activity_description"] = reading.message.plain(activity["v"]).strip()
    rate = _NEW_RATE.search(reading.text)
    if rate and scan.is_free(*rate.span("v")):
        scan.take(rate.start(), rate.end())
        fields["price"] = float(rate["v"].replace(",", ""))
    note = scan.first(_CHANGE_NOTE)
    if note and "activity" not in reading.refs:  # "change priya's medical records entry note to
        parts = reading.split_at(_CHANGE_NOTE)  # X": the words before "note" name the entry
        if parts and parts[0]:
            reading.refs["activity"] = _REF_EDGES.sub("", parts[0]).strip(" ,;:-")
        if parts and parts[1]:
            fields["note"] = parts[1]
        return
    if note:
        scan.take_match(note)
        text = reading.free_text()
        if text:
            fields["note"] = text
        return
    seconds = early or durations.take(scan, order, colon=True)
    if (
        seconds
        and ("non_billable" in fields or "no_charge" in fields)
        and not _TO_LENGTH.search(reading.text)
    ):  # "mark marcus's 2 hr strategy memo no charge": the length tells which entry
        seconds = None
    expense = _EXPENSE_WORD.search(reading.text) is not None or (
        lx.EXPENSE_WORD.search(reading.text) is not None and not _TIME_WORD.search(reading.text)
    )  # "change priya's courier charge to 35": dollars, never a matter's number
    to = scan.first(_TO_NUMBER) if seconds is None and not expense else None
    hours = durations.bare_hours_at(scan, to.start("n"), order) if to else None
    if to and hours:  # "to 2.0": hours
        scan.take_match(to)
        seconds = hours[0]
    if seconds and (by := _BY_LENGTH.match(reading.text)):  # "lengthen by 15 min on the X entry"
        reading.refs["quantity_by"] = str(seconds if by["verb"].lower() == "lengthen" else -seconds)
        scan.take(*by.span("by"))
    elif seconds:
        fields["quantity"] = seconds
    _said_day(reading, new=True)
    price = money.take(scan, order, bare=expense)
    if price is not None:
        fields["price"] = price
    matter_refs.take_matter(reading)
    if _described(reading) is None:
        reading.hint = "Which entry? e.g. 'time entry 123'."
    reading.free_text(take=False)
