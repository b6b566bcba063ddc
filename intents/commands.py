"""The command in a message: which verb and which resource noun, hence resource and action."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from intents import durations, lazy, money, prefilter
from intents.lexicon import (
    FILLERS,
    LEADING_NUMBER,
    NOUNS,
    ON_CALENDAR,
    PHRASE_WORDS,
    SPENT_THEN_AMOUNT,
    STATED_CHANGE,
    VERBS,
    WORK_DONE_WORDS,
    WORK_WORDS,
    Noun,
    repair,
)
from intents.markup import ENTITY_BASE
from intents.model import Action
from intents.reading import Reading
from intents.scan import Scan

WORD = lazy.regex(r"[\w$#][\w'’.$-]*(?<![.])|[\ue000-\ue0ff]|[^\w\s]")
_ADJECTIVES = frozenset({"open", "close", "closed", "complete", "completed", "new", "finished"})
ACTIONS: dict[str, Action] = {
    "add": "create",
    "log": "create",
    "note": "create",
    "schedule": "create",
    "remind": "create",
    "find": "search",
    "show": "get",
    "ask": "search",
    "update": "update",
    "rename": "update",
    "move": "update",
    "mark": "update",
    "assign": "update",
    "close": "update",
    "reopen": "update",
    "complete": "update",
    "delete": "delete",
    "watch": "watch",
    "unwatch": "unwatch",
    "start": "start",
    "stop": "stop",
    "help": "show",
}


@dataclass(slots=True)
class Word:
    """A word of the message: its text as typed, repaired lower-case form, and span."""

    raw: str
    key: str
    start: int
    end: int


@dataclass(slots=True)
class Command:
    """What the message asks: `verb` is canonical (see `lexicon.VERBS`), `noun` the resource."""

    verb: str | None = None
    verb_text: str = ""
    verb_end: int = 0
    noun: Noun | None = None
    noun_text: str = ""
    noun_start: int = -1
    noun_end: int = -1
    timed: bool = False
    priced: bool = False


def words(text: str) -> list[Word]:
    """The words of `text` (a cue may ask for them again: the last few texts' are kept)."""
    return list(_words(text))


@lru_cache(maxsize=16)
def _words(text: str) -> tuple[Word, ...]:
    found = []
    for index, match in enumerate(WORD.finditer(text)):
        raw = match.group()
        key = raw.lower().replace("’", "'")
        if index < 8 and (index == 0 or raw.islower()):
            key = repair(key)
        found.append(Word(raw, key, match.start(), match.end()))
    return tuple(found)


def _phrase(table: dict, tokens: list[Word], index: int) -> tuple[str, int] | None:
    """The longest phrase of `table` starting at token `index`, with its length in words."""
    for size in range(min(PHRASE_WORDS.get(tokens[index].key, 0), len(tokens) - index), 0, -1):
        phrase = " ".join(t.key for t in tokens[index : index + size])
        if phrase in table:
            return phrase, size
    return None


def read(reading: Reading) -> Command:
    """Find the command words, mark them understood when they carry no content."""
    tokens = words(reading.text)
    command = Command()
    scan = reading.scan
    command.timed = durations.find(scan, reading.clock.date_order) is not None
    command.priced = _priced(reading) and not _hours_not_money(reading, command)
    index = 0
    while index < len(tokens):
        verb = _phrase(VERBS, tokens, index)
        if verb and not _false_verb(reading, verb[0], tokens, index + verb[1], command):
            phrase, size = verb
            command.verb = VERBS[phrase]
            command.verb_text = phrase
            scan.take(tokens[index].start, tokens[index + size - 1].end)
            command.verb_end = tokens[index + size - 1].end
            if phrase == "drop" and ON_CALENDAR.search(reading.text, command.verb_end):
                command.verb = "add"  # "drop a placeholder on the calendar": put there
            index += size
            index = _skip_articles(reading, command, tokens, index)
            break
        if _phrase(NOUNS, tokens, index):  # "to do (mine) - ...": a noun, not a filler
            break
        if tokens[index].key in FILLERS or tokens[index].key in ",:!/":
            scan.take(tokens[index].start, tokens[index].end)
            index += 1
            continue
        break
    if command.verb is None:
        index = _verb_after_lead(reading, command, tokens, index)
    if not command.timed and command.verb == "log":
        command.timed = durations.has_colon(scan)
    if command.verb is None and (cue := _unbilled_cue(tokens, index)):
        _unbilled_hours(reading, command, tokens, index, cue)
    if not command.timed and command.verb in (None, "log", "add"):
        _bare_hours(reading, command, tokens, index)
    if not (command.timed or command.priced) and command.verb in (None, "log", "add"):
        command.timed = durations.find_tenths(scan) is not None  # "smith v jones .3 reviewing"
    _noun(command, tokens, index)
    if command.verb and command.noun and command.verb_text in _ADJECTIVES and command.noun.plural:
        _undo_verb(reading, command, tokens)
    return command


_LEAD_END = frozenset({"-", "–", ":"})
_LEAD_WORDS = 4
_LEAD_VERBS = frozenset({"add", "update", "delete", "rename", "mark"})


def _verb_after_lead(reading: Reading, command: Command, tokens: list[Word], index: int) -> int:
    """ "garcia - add $3,200 special damages": the verb after a short lead naming where (a matter,
    a client) and a dash or colon; the lead stays for the grammar. No verb: `index` unchanged."""
    for end in range(index + 1, min(index + _LEAD_WORDS, len(tokens) - 2) + 1):
        if tokens[end].key not in _LEAD_END:
            continue
        lead = tokens[index:end]
        if any(
            not t.raw[:1].isalpha() or _phrase(NOUNS, tokens, i) for i, t in enumerate(lead, index)
        ):
            return index
        verb = _phrase(VERBS, tokens, end + 1)
        if verb is None or VERBS[verb[0]] not in _LEAD_VERBS:
            return index
        phrase, size = verb
        command.verb, command.verb_text = VERBS[phrase], phrase
        first, last = tokens[end], tokens[end + size]
        reading.scan.take(first.start, last.end)
        command.verb_end = last.end
        return _skip_articles(reading, command, tokens, end + 1 + size)
    return index


def _skip_articles(reading: Reading, command: Command, tokens: list[Word], index: int) -> int:
    """ "add a new task": articles between a verb and a command noun are understood."""
    articles = ("a", "an", "new", "the") if command.verb in ("add", "log") else ("a", "an")
    while index + 1 < len(tokens) and tokens[index].key in articles:
        following = _phrase(NOUNS, tokens, index + 1)
        command_noun = following is not None and not NOUNS[following[0]].content
        if not command_noun and tokens[index + 1].key not in ("new", "the"):
            break
        reading.scan.take(tokens[index].start, tokens[index].end)
        index += 1
    return index


def _bare_hours(reading: Reading, command: Command, tokens: list[Word], index: int) -> None:
    """ "log 1.5 on X", "time 0.3", "log time .5": a bare number where a length goes."""
    start = index
    while index < len(tokens) and tokens[index].key in ("time", "hours"):
        index += 1
    if index >= len(tokens):
        return
    order = reading.clock.date_order
    if command.verb is None and index == start:
        following = tokens[index + 1].key if index + 1 < len(tokens) else ""
        if following in WORK_WORDS:  # "1.25 research on X" is time, "45.20 parking" is not
            command.timed = (
                durations.bare_hours_at(reading.scan, tokens[index].start, order) is not None
            )
        return
    command.timed = durations.bare_hours_at(reading.scan, tokens[index].start, order) is not None
    if command.timed and command.verb is None:
        command.verb, command.verb_text = "log", tokens[start].key
        reading.scan.take(tokens[start].start, tokens[start].end)


def _hours_not_money(reading: Reading, command: Command) -> bool:
    """ "smith v jones 1.25 drafting letter", "chen 0.75 organizing the binder": a quarter-hour's
    decimal with no currency, below one or where work is said, is a length (rule "tenths of an
    hour"), not an amount ("parking 8.50" stays one)."""
    if command.timed or money.marked(reading.text, reading.clock.date_order):
        return False
    found = durations.find_tenths(reading.scan)
    if found is None:
        return False
    if found[0] < 3600:  # "0.75": less than one, with no "$", is no amount anyone spends
        return True
    return any(w.key in WORK_WORDS or w.key in WORK_DONE_WORDS for w in words(reading.text))


_UNBILLED_CUES = (("nb",), ("n", "/", "c"), ("no", "charge"), ("non-billable",), ("nonbillable",))


def _unbilled_cue(tokens: list[Word], index: int) -> int:
    """How many words a leading non-billable cue takes ("nb", "no charge", "n/c"), or 0."""
    for cue in _UNBILLED_CUES:
        said = tuple(t.key for t in tokens[index : index + len(cue)])
        if said == cue:
            return len(cue)
    return 0


def _unbilled_hours(
    reading: Reading, command: Command, tokens: list[Word], index: int, size: int
) -> None:
    """ "nb .5 smith v jones - reorganized folders", "no charge .3 chen call": a non-billable cue
    then a length logs time; the cue stays in the text for the entry's billable flag."""
    if index + size >= len(tokens):
        return
    order = reading.clock.date_order
    start = tokens[index + size].start
    hours = durations.bare_hours_at(reading.scan, start, order)
    if hours is None and LEADING_NUMBER.match(reading.text, start) is None:
        return
    command.verb, command.verb_text, command.timed = "log", "", True
    command.verb_end = tokens[index + size - 1].end


def _priced(reading: Reading) -> bool:
    """Whether the message names an amount of money (read on a copy, nothing marked)."""
    if prefilter.match(SPENT_THEN_AMOUNT, reading.text):
        return True  # "parking 28 fri ...": a bare number after what was paid for
    return money.take(Scan(reading.text), reading.clock.date_order) is not None


def _false_verb(
    reading: Reading, phrase: str, tokens: list[Word], after: int, command: Command
) -> bool:
    """Verbs that are often nouns: "bill 123" is a bill, but "bill .4 to Acme" logs time."""
    if phrase in ("bill", "charge") and not (command.timed or command.priced):
        order = reading.clock.date_order
        start = tokens[after].start if after < len(tokens) else len(reading.text)
        return (
            durations.bare_hours_at(reading.scan, start, order) is None
            and durations.stretch(reading.scan) is None  # "bill 2:00-3:30pm yesterday to X"
        )
    following = tokens[after].key if after < len(tokens) else ""
    if phrase == "follow" and following == "up":
        return True  # "follow up w/ their gc": work to do, not a record watched
    return phrase == "calendar" and following in _CALENDAR_NOUN_NEXT


def _undo_verb(reading: Reading, command: Command, tokens: list[Word]) -> None:
    """An adjective before a plural noun ("open matters", "completed tasks") is a filter."""
    for token in tokens:
        if token.key == command.verb_text:
            reading.scan.mask[token.start : token.end] = bytes(token.end - token.start)
            break
    command.verb = None
    command.verb_text = ""


def _noun(command: Command, tokens: list[Word], start: int) -> None:
    """The first resource noun; a weak one ("the file motion task") yields to a strong one."""
    found = first_noun(tokens, start)
    while found and found[0] in POSTAGE and not command.priced:  # "send it certified mail"
        found = first_noun(tokens, found[1] + found[2])
    if found and found[0] in _WEAK:
        stronger = first_noun(tokens, found[1] + 1, found[1] + 4)
        people = stronger and NOUNS[stronger[0]].resource in ("contacts", "users")
        party = stronger and any(t.key in _PARTY for t in tokens[found[1] + 1 : stronger[1]])
        if stronger and stronger[0] not in _WEAK and not people and not party:
            found = stronger
    while found and (head := _head_after(tokens, found)):
        found = head
    if found and _changes_a_record(command):
        found = _kind_after_description(tokens, found)
    elif found and command.verb is None:  # "priya's depo outline task - mark complete"
        found = _task_said_first(tokens, found)
    if found is None and command.verb_text in OPENING:
        found = _one_opened(tokens, start)
    if found and found[0] == "file" and command.verb_text in OPENING:
        following = tokens[found[1] + 1].key if found[1] + 1 < len(tokens) else ""
        if following in _FOR_CLIENT:
            found = ("matter", found[1], found[2])  # rule "a file opened is a matter"
    if found:
        phrase, index, size = found
        command.noun = NOUNS[phrase]
        command.noun_text = phrase
        command.noun_start = tokens[index].start
        command.noun_end = tokens[index + size - 1].end


# rule "a file opened is a matter": "open a file for northwind: wage and hour audit", "open up a
# new file for ravi patel - condo purchase" is how a firm says a new matter; a document is
# uploaded or shared, never opened new ("open the engagement letter file" still shows one).
OPENING = frozenset({"open a", "open an", "open new", "open up", "start a", "start new"})
_FOR_CLIENT = frozenset({"for", ":", "-", "–", "—"})


def _one_opened(tokens: list[Word], start: int) -> tuple[str, int, int] | None:
    """Rule "a file opened is a matter", said as "one": "open a new one for maria garcia - ..."."""
    said = [t.key for t in tokens[start : start + 3]]
    if said[:1] == ["new"]:
        said, start = said[1:], start + 1
    if len(said) >= 2 and said[0] == "one" and said[1] in _FOR_CLIENT:
        return ("matter", start, 1)
    return None


# Postage is an expense when its amount is said ("add $15.80 certified mail to brightline"),
# else no record word at all ("send the notice certified mail by friday"); never an email.
POSTAGE = frozenset({"certified mail", "registered mail", "priority mail", "express mail"})


# Nouns that head a compound: "the medical records folder" is a folder, "the medical expenses
# damages" damages, "the acme bill payment link" a link; the noun before them only says which.
_HEADS = frozenset({"folders", "damages", "clio_payments/links"})


_COMPOUND_GAP = 2  # plain words between a noun and its head: "the trial exhibits folder"
_NOT_IN_COMPOUND = frozenset(
    [
        "a",
        "an",
        "the",
        "to",
        "for",
        "in",
        "on",
        "at",
        "of",
        "with",
        "by",
        "from",
        "and",
        "or",
        "re",
        "about",
        "into",
        "under",
        "my",
        "our",
        "this",
        "that",
    ]
)


def _head_after(tokens: list[Word], found: tuple[str, int, int]) -> tuple[str, int, int] | None:
    """The compound's head noun right after the noun `found`, if any."""
    phrase, index, size = found
    for after in range(index + size, min(index + size + _COMPOUND_GAP + 1, len(tokens))):
        head = _phrase(NOUNS, tokens, after)
        if head is not None:
            if NOUNS[head[0]].resource not in _HEADS:
                return None
            if NOUNS[head[0]].resource == NOUNS[phrase].resource:
                return None
            return head[0], after, head[1]
        if not tokens[after].raw.isalpha() or tokens[after].key in _NOT_IN_COMPOUND:
            return None  # "trial for the folder": the compound ends at a little word
    return None


# rule "a call to someone": "log tom's call to globex's HR dept": the noun after the party is theirs
_PARTY = frozenset(("to", "with", "w/", "from"))
_WEAK = frozenset(
    ("file", "doc", "call", "email", "mail", "link", "statement", "statements", "member", "closing")
)
# rule "kind after description": in "reassign the deposition outline task to marcus", "mark the
# medical records task done", "the notice of deposition email", the record's kind is the noun that
# closes its description; the nouns before it are words of that description.
_CLOSING_KINDS = frozenset(("tasks", "communications"))
_AFTER_KIND = frozenset(
    ("to", "from", "as", "on", "for", "in", "off", "is", "was", "done", "complete", "completed",
     "finished", "due", "back", "down", "up", "over", "by", "until", "till", "priority", "status", "log",
     "-", ",", "(",
     ":", ".", "and", "with", "about", "re", "so")
)  # fmt: skip
_CHANGE_VERBS = frozenset(("update", "rename", "move", "mark", "assign", "reopen", "complete"))


_DESCRIBING = frozenset(("calendar_entries", "medical_records_details", "documents", "folders"))


def _changes_a_record(command: Command) -> bool:
    return command.verb in _CHANGE_VERBS or command.verb == "delete"


def _kind_after_description(
    tokens: list[Word], found: tuple[str, int, int]
) -> tuple[str, int, int]:
    """The task or call/email noun closing a description that starts with another noun."""
    phrase, index, size = found
    if NOUNS[phrase].resource not in _DESCRIBING:
        return found
    later = first_noun(tokens, index + size, index + size + 5)
    if later is None or NOUNS[later[0]].resource not in _CLOSING_KINDS:
        return found
    end = later[1] + later[2]
    following = tokens[end].key if end < len(tokens) else ""
    if following and following not in _AFTER_KIND:
        return found
    return later


def _task_said_first(tokens: list[Word], found: tuple[str, int, int]) -> tuple[str, int, int]:
    """A task noun closing a description that starts with another noun, with its change said
    after it ("the jones depo outline task - mark complete", "... task is done")."""
    later = _kind_after_description(tokens, found)
    if later == found or NOUNS[later[0]].resource != "tasks":
        return found
    end = later[1] + later[2]
    following = " ".join(t.key for t in tokens[end : end + 2])
    return later if STATED_CHANGE.match(" " + following) else found


def first_noun(
    tokens: list[Word], start: int, stop: int | None = None
) -> tuple[str, int, int] | None:
    """(phrase, index, size) of the first resource noun among `tokens[start:stop]`."""
    for index in range(start, min(stop or len(tokens), len(tokens))):
        if len(tokens[index].raw) == 1 and ord(tokens[index].raw) >= ENTITY_BASE:
            continue
        found = _phrase(NOUNS, tokens, index)
        if found is None:
            continue
        phrase, size = found
        noun = NOUNS[phrase]
        if phrase in ("time", "hour", "hours") and _part_of_phrase(tokens, index):
            continue
        if noun.resource == "communications" and _contact_field(tokens, index):
            continue
        if phrase == "to do" and (_done_to(tokens, index + size) or _wanting(tokens, index)):
            continue
        if phrase == "bill" and _billed_to(tokens, index + size):
            continue
        if noun.resource == "users" and (_teller(tokens, index + size) or _someones(tokens, index)):
            continue
        return phrase, index, size
    return None


_DONE_TO = frozenset({"her", "his", "their", "our", "my", "your", "the", "a", "an", "it", "this"})


_BILLED_OBJECTS = frozenset({"it", "that", "this", "them"})
_BILLED_TO = frozenset({"to", "on", "against", "under"})


def _billed_to(tokens: list[Word], index: int) -> bool:
    """ "..., bill it to sarah johnson's case": the verb "bill" with its object and where it is
    billed (rule "billed to a matter"), not a bill; the time or amount said is the entry's."""
    said = [t.key for t in tokens[index : index + 2]]
    return len(said) == 2 and said[0] in _BILLED_OBJECTS and said[1] in _BILLED_TO


# rule "the one who called": "robert jones's lawyer emailed alice": a person told by their role,
# right before the verb telling a call or an email, is its sender, not a colleague's record
_TOLD = frozenset(
    ("called", "phoned", "rang", "emailed", "e-mailed", "texted", "messaged", "wrote")
)


def _teller(tokens: list[Word], index: int) -> bool:
    return index < len(tokens) and tokens[index].key in _TOLD


# rule "someone else's lawyer": "save the husband's lawyer in emily's divorce as a contact",
# "acme's attorney": a lawyer said as someone's is a person outside the firm, not a Clio user
def _someones(tokens: list[Word], index: int) -> bool:
    return index > 0 and tokens[index - 1].raw.lower().endswith(("'s", "’s", "s'"))


# "ravi wants to do lunch", "we'd like to do a call": "to do" after a verb of wanting is the verb
_WANTING = frozenset(
    {"want", "wants", "wanted", "like", "likes", "liked", "love", "need", "needs", "going",
     "trying", "hoping", "hopes", "plan", "plans", "planning", "able", "happy", "prefer",
     "prefers", "offered"}
)  # fmt: skip


def _wanting(tokens: list[Word], index: int) -> bool:
    return index > 0 and tokens[index - 1].key in _WANTING


def _done_to(tokens: list[Word], index: int) -> bool:
    """ "wants us to do her own will": the verb "do" with its object, not a to-do."""
    return index < len(tokens) and tokens[index].key in _DONE_TO


def _contact_field(tokens: list[Word], index: int) -> bool:
    """ "John's email to ...", "email address": a contact's field, not an email log ("tom's call"
    is a call: a contact has no call)."""
    before = tokens[index - 1].raw if index else ""
    after = tokens[index + 1].key if index + 1 < len(tokens) else ""
    address = after == "to" and any("@" in token.raw for token in tokens[index:])
    owned = before.endswith(("'s", "’s", "s'")) and tokens[index].raw.lower() not in _CALL_WORDS
    return owned or after in ("address", "is", "=") or address


_CALL_WORDS = frozenset(("call", "calls", "phone", "vm", "voicemail"))  # as written: "cell" is none


def _part_of_phrase(tokens: list[Word], index: int) -> bool:
    """ "this time", "an hour and a half": words that only look like nouns there."""
    before = tokens[index - 1].key if index else ""
    after = tokens[index + 1].key if index + 1 < len(tokens) else ""
    return (
        before
        in ("this", "that", "next", "last", "an", "a", "one", "half", "quarter", "per", "same")
        or after == "and"
    )


_CALENDAR_NOUN_NEXT = frozenset(
    ("for", "of", "this", "next", "today", "tomorrow", "entries", "entry", "event", "on", "is", "")
)
_ENTRY_ID = lazy.regex(r"\s*#?(?P<id>(?=[\w-]*\d)[A-Za-z0-9][\w-]*)(?![\w'’])")
_NOT_ID = lazy.regex(r"\d{1,2}(?::\d\d)?(?:am|pm|a|p)?|\d+(?:st|nd|rd|th)", re.I)


def entry_id(text: str, pos: int) -> re.Match[str] | None:
    """A calendar entry's id at `pos` as Clio gives it: opaque, one word with a digit ("770001",
    "770004_20261130"), not a time or an ordinal ("3pm", "2nd")."""
    found = _ENTRY_ID.match(text, pos)
    return found if found and not _NOT_ID.fullmatch(found["id"]) else None
