"""The command in a message: which verb and which resource noun, hence resource and action."""

from __future__ import annotations

import re
from dataclasses import dataclass

from intents import durations, money
from intents.lexicon import FILLERS, NOUNS, PHRASE_WORDS, VERBS, Noun, repair
from intents.markup import ENTITY_BASE
from intents.model import Action, Resource
from intents.reading import Reading
from intents.resources import RESOURCE_OF_KIND
from intents.scan import Scan

_WORD = re.compile(r"[\w$#][\w'’.$-]*(?<![.])|[\ue000-\ue0ff]|[^\w\s]")
_LEADING_NUMBER = re.compile(
    r"\s*(?:\d+(?:[.,]\d+)?|[.,]\d+)\s*(?:h|hrs?|hours?|m|mins?|minutes?)?\b"
)
_ADJECTIVES = frozenset({"open", "close", "closed", "complete", "completed", "new", "finished"})
_ACTIONS: dict[str, Action] = {
    "add": "create",
    "log": "create",
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
_DEFAULT_RESOURCE: dict[str, Resource] = {
    "schedule": "calendar_entries",
    "remind": "tasks",
    "close": "matters",
    "reopen": "matters",
    "complete": "tasks",
    "assign": "tasks",
    "start": "timer",
    "stop": "timer",
    "move": "calendar_entries",
    "log": "activities",
}
_TIME_NOUNS: frozenset[Resource] = frozenset(
    {"activities", "matters", "contacts", "communications", "calendar_entries", "users"}
)


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
    found = []
    for index, match in enumerate(_WORD.finditer(text)):
        raw = match.group()
        key = raw.lower().replace("’", "'")
        if index < 8 and (index == 0 or raw.islower()):
            key = repair(key)
        found.append(Word(raw, key, match.start(), match.end()))
    return found


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
    command.priced = _priced(reading)
    index = 0
    while index < len(tokens):
        verb = _phrase(VERBS, tokens, index)
        if verb and not _false_verb(reading, verb[0], tokens, index + verb[1], command):
            phrase, size = verb
            command.verb = VERBS[phrase]
            command.verb_text = phrase
            scan.take(tokens[index].start, tokens[index + size - 1].end)
            command.verb_end = tokens[index + size - 1].end
            index += size
            index = _skip_articles(reading, command, tokens, index)
            break
        if tokens[index].key in FILLERS or tokens[index].key in ",:!/":
            scan.take(tokens[index].start, tokens[index].end)
            index += 1
            continue
        break
    if not command.timed and command.verb == "log":
        command.timed = durations.has_colon(scan)
    if not command.timed and command.verb in (None, "log", "add"):
        _bare_hours(reading, command, tokens, index)
    _noun(command, tokens, index)
    if command.verb and command.noun and command.verb_text in _ADJECTIVES and command.noun.plural:
        _undo_verb(reading, command, tokens)
    return command


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
    if index >= len(tokens) or (command.verb is None and index == start):
        return
    order = reading.clock.date_order
    command.timed = durations.bare_hours_at(reading.scan, tokens[index].start, order) is not None
    if command.timed and command.verb is None:
        command.verb, command.verb_text = "log", tokens[start].key
        reading.scan.take(tokens[start].start, tokens[start].end)


def _priced(reading: Reading) -> bool:
    """Whether the message names an amount of money (read on a copy, nothing marked)."""
    return money.take(Scan(reading.text), reading.clock.date_order) is not None


def _false_verb(
    reading: Reading, phrase: str, tokens: list[Word], after: int, command: Command
) -> bool:
    """Verbs that are often nouns: "bill 123" is a bill, but "bill .4 to Acme" logs time."""
    if phrase in ("bill", "charge") and not (command.timed or command.priced):
        order = reading.clock.date_order
        start = tokens[after].start if after < len(tokens) else len(reading.text)
        return durations.bare_hours_at(reading.scan, start, order) is None
    following = tokens[after].key if after < len(tokens) else ""
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
    found = _first_noun(tokens, start)
    if found and found[0] in _WEAK:
        stronger = _first_noun(tokens, found[1] + 1, found[1] + 4)
        people = stronger and NOUNS[stronger[0]].resource in ("contacts", "users")
        if stronger and stronger[0] not in _WEAK and not people:
            found = stronger
    if found:
        phrase, index, size = found
        command.noun = NOUNS[phrase]
        command.noun_text = phrase
        command.noun_start = tokens[index].start
        command.noun_end = tokens[index + size - 1].end


_WEAK = frozenset(("file", "doc", "call", "email", "mail", "link", "statement", "member"))


def _first_noun(
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
        if phrase in ("time", "hour", "hours", "entry", "entries") and _part_of_phrase(
            tokens, index
        ):
            continue
        if noun.resource == "communications" and _contact_field(tokens, index):
            continue
        return phrase, index, size
    return None


def _contact_field(tokens: list[Word], index: int) -> bool:
    """ "John's email to ...", "email address": a contact's field, not an email log."""
    before = tokens[index - 1].raw if index else ""
    after = tokens[index + 1].key if index + 1 < len(tokens) else ""
    address = after == "to" and any("@" in token.raw for token in tokens[index:])
    return before.endswith(("'s", "’s", "s'")) or after in ("address", "is", "=") or address


def _part_of_phrase(tokens: list[Word], index: int) -> bool:
    """ "this time", "an hour and a half": words that only look like nouns there."""
    before = tokens[index - 1].key if index else ""
    after = tokens[index + 1].key if index + 1 < len(tokens) else ""
    return (
        before in ("this", "that", "next", "last", "an", "a", "one", "half", "quarter", "per")
        or after == "and"
    )


def decide(reading: Reading, command: Command) -> tuple[Resource | None, Action]:
    """Resource and action from the verb, the noun and what the message carries."""
    verb, noun = command.verb, command.noun
    resource: Resource | None = noun.resource if noun else None
    if resource == "timer" or (verb in ("start", "stop") and resource in (None, "activities")):
        if verb in ("start", "add", "log"):
            return "timer", "start"
        if verb in ("stop", "delete", "complete"):
            return "timer", "stop"
        return "timer", "get"
    if verb == "help":
        return "help", "show"
    if verb in ("watch", "unwatch"):
        return resource, _ACTIONS[verb]
    if verb == "remind":
        return "tasks", "create"
    if _WHO_AM_I.search(reading.text):
        return "users", "get"
    if command.verb_text in ("upload", "attach"):
        return "documents", "create"
    if verb == "schedule" and resource != "tasks":
        return "calendar_entries", "create"
    if resource != "calendar_entries" and _appointment(reading, command):
        return "calendar_entries", _ACTIONS[verb or ""]
    leading_number = _LEADING_NUMBER.match(reading.text) is not None and verb is None
    clock = verb is None and not leading_number and _CLOCK.search(reading.text)
    if clock and noun and noun.content and resource in ("calendar_entries", "communications"):
        return "calendar_entries", "create"
    if leading_number or (command.timed and verb in (None, "log", "add")):
        between = _ADJACENT.fullmatch(reading.text, command.verb_end, max(command.noun_start, 0))
        named = noun is not None and between is not None
        calendar_noun = noun is not None and resource == "calendar_entries" and not noun.content
        if not named or (resource in _TIME_NOUNS and not calendar_noun):
            return "activities", "create"
    if noun and noun.detail == "ExpenseEntry" and (command.priced or verb in ("add", "log")):
        return "activities", ("create" if verb in (None, "add", "log") else _ACTIONS[verb])
    if verb in ("log", "add") and command.priced and resource in (None, "matters", "contacts"):
        return "activities", "create"
    if resource is None:
        resource = _linked(reading) or _DEFAULT_RESOURCE.get(verb or "")
        if resource is None and command.verb_text in ("who", "who is", "who's", "whos"):
            resource = "contacts"
        if resource is None and _DUE.search(reading.text):
            resource = "tasks"
    if _MY_TIME.search(reading.text) and verb in ("ask", "show", "find", None):
        return "activities", "search"
    if resource is None and verb == "log" and command.timed:
        resource = "activities"
    if resource is None and verb in ("update", "add") and _CONTACT_VALUE.search(reading.text):
        resource = "contacts"
    if resource is None:
        return None, "unknown"
    if verb is None:
        return resource, _verbless(reading, command)
    if verb in ("show", "find", "ask"):
        return resource, _lookup(reading, command)
    return resource, _ACTIONS[verb]


def _appointment(reading: Reading, command: Command) -> bool:
    """ "move Monday's status call to 4pm", "reschedule tomorrow's team meeting to 3pm", "cancel
    the call on Friday": a call or meeting moved in time or cancelled is a calendar entry (a
    logged call is not moved to 4pm), also when a colleague or client word comes first."""
    if command.verb not in ("move", "delete"):
        return False
    noun = command.noun
    if noun is not None and not (noun.content and noun.detail in (None, "PhoneCommunication")):
        after = noun.resource in ("users", "contacts") and _calendar_noun_after(reading, command)
        if not after:
            return False
    if command.verb == "delete":
        return command.verb_text == "cancel" and noun is not None
    return noun is None or _NEW_WHEN.search(reading.text, command.verb_end) is not None


def _calendar_noun_after(reading: Reading, command: Command) -> bool:
    """Whether an appointment word follows the noun closely ("team meeting", "client call")."""
    tokens = [t for t in words(reading.text) if t.start >= command.noun_end][:3]
    found = _first_noun(tokens, 0)
    return found is not None and NOUNS[found[0]].content and found[0] not in _NOT_APPOINTMENTS


_NOT_APPOINTMENTS = frozenset({"email", "e-mail", "mail", "emails", "e-mails", "mails"})


def _linked(reading: Reading) -> Resource | None:
    """The resource of the first Clio link in the message ("get <.../tasks/88|this>")."""
    for entity in reading.message.entities:
        if entity.kind == "link" and entity.ref_kind:
            return RESOURCE_OF_KIND.get(entity.ref_kind)
    return None


def _lookup(reading: Reading, command: Command) -> Action:
    """ "show task 88" and "show the Patel matter" get one record; the rest search."""
    noun = command.noun
    if noun is None:
        return "get" if _linked(reading) else "search"
    if noun.plural:
        return "search"
    if _names_record(reading, command):
        return "get"
    if command.verb != "show" or noun.resource in ("activities", "calendar_entries"):
        return "search"
    after = _WORD.search(reading.text, command.noun_end)
    before = reading.text[: command.noun_start].split()
    if (after and after.group()[:1].isupper()) or (before and before[-1][:1].isupper()):
        return "get"
    return "search"


def _verbless(reading: Reading, command: Command) -> Action:
    """A message without a verb: "task: call John", "matter 1045", or else a search."""
    noun = command.noun
    if noun is None:
        return "get"
    if noun.plural:
        return "search"
    named = _NAMED.match(reading.text, command.noun_end)
    if named and noun.resource == "tasks" and _DONE.match(reading.text, named.end()):
        return "update"
    if _names_record(reading, command):
        return "get"
    if noun.resource in ("notes", "tasks") and command.noun_start <= 1:
        return "create"
    if command.noun_start <= 1 and reading.text[command.noun_end : command.noun_end + 1] == ":":
        return "create"
    if noun.resource == "clio_payments/links" and command.priced:
        return "create"
    if noun.resource == "calendar_entries" and _TIMED.search(reading.text):
        return "create"
    return "search"


_CALENDAR_NOUN_NEXT = frozenset(
    ("for", "of", "this", "next", "today", "tomorrow", "entries", "entry", "event", "on", "is", "")
)
_ADJACENT = re.compile(r"\s*(?:(?:a|an|the|new|my)\s+)*", re.I)
_TIMED = re.compile(
    r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\bat\s+\d{1,2}\b|\ball[- ]day\b|\bnoon\b"
    r"|\b(?:morning|afternoon|evening|tonight)\b",
    re.I,
)
_CLOCK = re.compile(
    r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\bat\s+\d{1,2}\b|\bnoon\b", re.I
)
_DUE = re.compile(r"\b(?:due|overdue)\b", re.I)
_NEW_WHEN = re.compile(
    r"\b(?:to|until|till)\s+(?:(?:next|this|the)\s+)?(?:\d{1,2}(?::\d{2})?(?:\s*-\s*\d{1,2}(?::\d{2})?)?"
    r"\s*(?:am|pm|a\.m\.|p\.m\.)"
    r"|\d{1,2}:\d{2}|noon|midday|tomorrow|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2})\b",
    re.I,
)
_MY_TIME = re.compile(
    r"\b(?:did|have|has|had)\s+(?:i|we|[\ue000-\ue0ff]|\w+)\s+"
    r"(?:bill|billed|log|logged|work|worked|spend|spent|record|recorded|track|tracked)\b",
    re.I,
)
_DONE = re.compile(r"\s*(?:is|as)\s+(?:now\s+)?(?:done|complete|completed|finished)\b", re.I)
_WHO_AM_I = re.compile(r"^\s*(?:who\s*am\s*i|whoami)\b", re.I)
_CONTACT_VALUE = re.compile(
    r"(?<![\w.+-])[\w.+-]+@[\w-]+\.\w|\b(?:phone|email|e-mail|mobile|cell)\b", re.I
)


_NAMED = re.compile(r"\s*(?:#\s*\d+|(?:no\.?|number|id)?\s*\d+\b|[\ue000-\ue0ff]|\d{2,}-\w+)", re.I)
_ENTRY_ID = re.compile(r"\s*#?(?P<id>(?=[\w-]*\d)[A-Za-z0-9][\w-]*)(?![\w'’])")
_NOT_ID = re.compile(r"\d{1,2}(?::\d\d)?(?:am|pm|a|p)?|\d+(?:st|nd|rd|th)", re.I)


def entry_id(text: str, pos: int) -> re.Match[str] | None:
    """A calendar entry's id at `pos` as Clio gives it: opaque, one word with a digit ("770001",
    "770004_20261130"), not a time or an ordinal ("3pm", "2nd")."""
    found = _ENTRY_ID.match(text, pos)
    return found if found and not _NOT_ID.fullmatch(found["id"]) else None


def _names_record(reading: Reading, command: Command) -> bool:
    """Whether an id follows the noun: "task 88", "#88", "calendar entry 770004_20261130"."""
    if _NAMED.match(reading.text, command.noun_end):
        return True
    calendar = command.noun is not None and command.noun.resource == "calendar_entries"
    return calendar and entry_id(reading.text, command.noun_end) is not None
