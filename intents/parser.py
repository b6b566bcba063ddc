"""`parse`: one chat message in, one `Intent` out. No I/O; never raises on any text."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING

from intents import (
    api,
    command_rules,
    commands,
    contacts,
    corrections,
    dates,
    dotted_dates,
    durations,
    form,
    hedges,
    help,
    holidays,
    lazy,
    markup,
    misspelt,
    other_usage,
    prefilter,
    requests,
    sanity,
    sorting,
    spoken,
    times,
    watching,
)
from intents.clock import Clock
from intents.lexicon import (
    BARE_NUMBER,
    FILLERS,
    NO_MATTER,
    NO_MATTER_FIRST,
    NO_MATTER_PHRASED,
    NOUNS,
    OPENS_FIELDS,
    STOP_WORDS,
    TASK_VERBS,
    VOCABULARY,
)
from intents.model import Alternative, Intent, Resource
from intents.names import ARTICLES
from intents.reading import Reading
from intents.resources import GRAMMARS
from intents.scan import Scan, ending_at

if TYPE_CHECKING:
    from intents.vocabulary import Vocabulary

Grammar = Callable[[Reading, commands.Command], None]

_PREFIX = lazy.regex(r"^\s*(?:/clio\b|@?clio\b[,:]?|hey\s+clio\b[,:]?)\s*", re.I)
_POLITE = lazy.regex(r"[\s,]+(?:please|pls|plz|thanks|thank you|thx|ty|asap)$", re.I)
_POLITE_AFTER = lazy.regex(r"[\s,]*(?:please|pls|plz)\b[\s,:;–—-]*", re.I)
_CLOSING = " \t\n\r\f\v.!?,;"
# rule "chatter before the request": a greeting or an interjection opening a message that goes on
# ("hey alice can u log ...", "ugh add the ...", "quick one - task for ...", "ok so ...") says
# nothing about the request, nor does the name greeted when a request to do it follows ("hey
# alice can u ..."): the bot does it for the writer. "hey" alone still asks for help.
_CHATTER = lazy.regex(
    r"^\s*(?:(?:hey|hi|hiya|hello|yo|morning|good\s+(?:morning|afternoon)|ugh|argh|ok\s+so|okay\s+so|um+\s+so|ok|okay"
    r"|um+|hmm+|oh\s+no|oh|alright|btw|fyi|heads\s+up|quick\s+one|quick\s+q|one\s+more(?:\s+thing)?"
    # who is writing, said first: "Tom here.", "Hi, Tom from accounts here!", "it's priya here."
    r"|(?:(?:it['’]?s|this\s+is)\s+[^\W\d_]+|(?-i:[A-Z])[^\W\d_]*)(?:\s+(?:from|in)\s+[^\W\d_]+)?"
    r"\s+here(?=\s*(?:[.!,;:—–]|-\s)))\b"
    r"(?:\s+there\b)?[\s,:;!.–—-]*)+"
    r"(?:[^\W\d_]+[\s,]+(?=(?:can|could|would|will)\s+(?:u|you|ya)\b))?(?=\w)",
    re.I,
)
_ARTICLE = lazy.regex(r"\b(?:(?:a|an|the|this|another|new)\s+)+$", re.I)
_ASKED_BEFORE = lazy.regex(
    r"\b(?:(?:make|create|add|open|start|set\s+up)\s+(?:(?:me|us)\s+)?)?"
    r"(?:(?:a|an|the|this|another|new)\s+)+$",
    re.I,
)
UNKNOWN_HINT = help.HINT
CORRECTION_HINT = (
    "That reads as a correction of a record already in Clio, and I could not tell which change "
    "you mean. Say the record and the change, e.g. 'change my acme call entry to 0.5h'."
)


@cache
def _grammar(resource: Resource) -> Grammar:
    """The reader for one resource, imported on first use to keep start-up light."""
    module = importlib.import_module(f"intents.{GRAMMARS[resource]}")
    return module.read


def parse(
    text: str,
    *,
    now: datetime,
    tz: str,
    date_order: str = "MDY",
    vocabulary: Vocabulary | None = None,
) -> Intent:
    """Read one chat message as a Clio operation, resolving dates in `tz` against `now`.

    With the firm's `vocabulary`, its names are read as people type them (lower case, short,
    several words); without one, names are told by their shape and cue words alone.
    """
    clock = Clock.build(now, tz, date_order)
    try:
        return read(text if isinstance(text, str) else "", clock, vocabulary)
    except Exception as error:  # a message must never crash the bot; report it as not understood
        return Intent(action="unknown", confidence=0.0, hint=UNKNOWN_HINT, unparsed=[repr(error)])


TIME_ENTRY = "the time entry"  # an alternative's reason: the same change, on a time entry
_CALL = lazy.regex(r"\bcall\b", re.I)
_A_LOG = lazy.regex(r"\b(?:log|logged|email|e-mail|subject|entry|calendar|cal|meeting)\b", re.I)
# Words that say the record is on the calendar, never time: "the filing deadline on my calendar".
_ON_CALENDAR_ONLY = lazy.regex(
    r"\b(?:calendar|calender|cal|diary|event|appointment|appt|series|occurrence|location|room|venue)\b",
    re.I,
)


CALENDAR_ENTRY = "the calendar entry"  # an alternative's reason: the same change, on an event
# "the old o'brien closing entry": an event's word before "entry" may name a calendar entry
_EVENT_ENTRY = lazy.regex(
    r"\b(?:closing|hearing|depo|deposition|mediation|trial|meeting|mtg|appointment|appt|deadline"
    r"|conference)\s+(?=entry\b)",
    re.I,
)


def _as_event(said: str, intent: Intent, clock: Clock, vocabulary: Vocabulary | None) -> Intent:
    """Rule "an event's entry may be on the calendar": the change to "the o'brien closing entry"
    read again on a calendar entry, kept as an alternative for when no time entry fits."""
    found = _EVENT_ENTRY.search(said)
    if found is None:
        return intent
    other = _read_whole(f"{said[: found.end()]}calendar {said[found.end() :]}", clock, vocabulary)
    wanted = intent.action == "delete" or bool(other.fields)
    if (other.resource, other.action) == ("calendar_entries", intent.action) and wanted:
        alternative = Alternative(reason=CALENDAR_ENTRY, fields=other.fields, refs=other.refs)
        intent.alternatives += [alternative] if other.refs else []
    return intent


def _as_entry(text: str, intent: Intent, clock: Clock, vocabulary: Vocabulary | None) -> Intent:
    """Rule "a call or meeting is time too": the change to a logged call ("remove my acme call
    from yesterday") or to a calendar entry named by description ("the garcia intake meeting was
    tuesday the 24th not wed") read again on a time entry, kept as an alternative for when no
    call or calendar entry fits."""
    if intent.action not in ("update", "delete"):
        return intent
    said = corrections.rewrite(text)
    if intent.resource == "activities":
        return _as_event(said, intent, clock, vocabulary)
    if intent.resource == "communications":
        if not _CALL.search(said) or _A_LOG.search(said):
            return intent
        other = _read_whole(_CALL.sub("call entry", said, count=1), clock, vocabulary)
    elif intent.resource == "calendar_entries":
        named = intent.refs.get("calendar_entry", "")
        at = said.lower().find(named.lower()) if named and not named.isdigit() else -1
        if at < 0 or _ON_CALENDAR_ONLY.search(said):
            return intent
        end = at + len(named)
        other = _read_whole(f"{said[:end]} time entry{said[end:]}", clock, vocabulary)
    else:
        return intent
    wanted = intent.action == "delete" or bool(other.fields)
    if (other.resource, other.action) == ("activities", intent.action) and other.refs and wanted:
        intent.alternatives.append(
            Alternative(reason=TIME_ENTRY, fields=other.fields, refs=other.refs)
        )
    return intent


def _changes_it(whole: Intent, asked: Intent) -> bool:
    """ "john smith emailed from a new address - j@x.net - pls add it to his contact": the
    message read whole changes the record the clause would make anew ("add it to his contact")."""
    same = whole.resource == asked.resource == "contacts" and bool(whole.refs)
    return same and whole.action == "update" and asked.action == "create"


def read(text: str, clock: Clock, vocabulary: Vocabulary | None = None) -> Intent:
    """`parse` without its safety net: tests call this to see any exception. A create that reads
    as a correction of a record already there is a question, never a new record."""
    intent = _read_request(text, clock, vocabulary)
    intent = _made_not_looked_up(text, intent, clock, vocabulary)
    return _led_matter(text, _timed_call(text, intent, clock, vocabulary), clock, vocabulary)


# rule "a matter told by who leads it": "globex needs us on an employment thing too - wrongful
# termination claim from a former warehouse manager. marcus responsible", "bluebird bakery is back:
# lease review for their second location. real estate, i'm responsible": a message read as nothing
# that says who is the responsible attorney is a new matter. Counter-example: "who is responsible
# for the garcia matter?" (a question: read before this rule).
_LEADS_IT = lazy.regex(
    r"\b(?:(?:me|i['’]?m|i\s+am|[^\W\d_]+)\s+(?:as\s+)?(?:the\s+)?(?:responsible|resp\.?)"
    r"(?:\s+(?:attorney|atty|lawyer))?|(?:responsible|resp\.?)\s+(?:attorney|atty)\s*(?::|is)?\s*[^\W\d_]+)"
    r"(?=[\s,;.!]|$)",
    re.I,
)


def _led_matter(text: str, intent: Intent, clock: Clock, vocabulary: Vocabulary | None) -> Intent:
    """Rule "a matter told by who leads it" (above), on a message read as nothing."""
    if intent.action != "unknown" or not isinstance(text, str) or "?" in text:
        return intent
    if prefilter.search(_LEADS_IT, text) is None:
        return intent
    matter = _read_whole(f"new matter: {text}", clock, vocabulary)
    return matter if (matter.resource, matter.action) == ("matters", "create") else intent


# rule "a call with a length is time": "hannah's 18 min call with mr patel on monday shouldn't be
# there, please delete it", "my 0.3 call w acme - make it 0.5": a logged call has no length in
# Clio, so a call named by one is the time entry that billed it.
_LENGTH_NAMED = lazy.regex(
    r"(?:^|\s)(?:\d+(?:\.\d+)?|\.\d+)\s*(?:h|hrs?|hours?|m|mins?|minutes?)?\s+(?:phone\s+)?call\b",
    re.I,
)


def _timed_call(text: str, intent: Intent, clock: Clock, vocabulary: Vocabulary | None) -> Intent:
    """Rule "a call with a length is time" (above): the change read on the time entry."""
    if intent.resource != "communications" or intent.action not in ("update", "delete"):
        return intent
    if not _LENGTH_NAMED.search(f"{intent.refs.get('communication', '')} call"):
        return intent
    entry = next((a for a in intent.alternatives if a.reason == TIME_ENTRY), None)
    if entry is not None:
        return Intent(
            resource="activities", action=intent.action, fields=entry.fields, refs=entry.refs
        )
    said = _CALL.sub("call entry", corrections.rewrite(text), count=1)
    other = _read_whole(said, clock, vocabulary)
    same = (other.resource, other.action) == ("activities", intent.action)
    return other if same and other.refs else intent


def _said_plainly(text: str) -> str:
    """`text` with four shapes said as the grammars read them: rules "whose calendar, set off at
    the end", "add him: <who he is>" (`intents.contacts`), "(the one due sat)" and "a new detail,
    told as news" (`intents.corrections`)."""
    told = corrections.has_new(corrections.the_one_on(text))
    return contacts.them_added(_calendar_set_off(told))


# rule "whose calendar, set off at the end": "signing w/ ravi patel wed 11:30 to 12:30, my calendar",
# "depo prep fri 2-4 - marcus's cal": the calendar the new entry goes on, said as "on my calendar"
# (not a look at it)
_CALENDAR_SET_OFF = lazy.regex(
    r"(?:,|\s[-–—]+)\s*(?P<whose>my|[a-z]+['’]s)\s+(?:calendar|cal|diary)(?:\s+(?:pls|please))?[\s.!]*$",
    re.I,
)


_A_CLOCK = lazy.regex(
    r"\d(?::[0-5]\d)?\s*(?:[ap]\.?m)?\s*(?:-|–|to|til|until)\s*\d|\d\s*[ap]\.?m\b", re.I
)


def _calendar_set_off(text: str) -> str:
    """Rule "whose calendar, set off at the end" (above), where the message says a time of day."""
    if not isinstance(text, str) or not prefilter.search(_CALENDAR_SET_OFF, text):
        return text
    if not _A_CLOCK.search(text):
        return text  # "tomorrow - my calendar": a look at it
    return _CALENDAR_SET_OFF.sub(lambda found: f" on {found['whose']} calendar", text)


def _read_request(text: str, clock: Clock, vocabulary: Vocabulary | None) -> Intent:
    text = form.told(other_usage.plain(misspelt.plain(spoken.written(form.lines(text)))))
    text = holidays.dated(dotted_dates.slashed(text, clock))  # rules "a date written with a
    # dot", "a holiday as a day"
    text = _no_matter_last(hedges.plain(_said_plainly(text)))  # rules "a form's fields", "numbers
    # said aloud", "a word misspelt the usual ways", "written as other Englishes write it", "an
    # entry's field told in a sentence", "a hedge is no part of the request", "no matter said"
    text = _wanted_of(_typed_for(text, vocabulary), vocabulary)
    if (changed := _change_after_story(text, clock, vocabulary)) is not None:
        return changed
    if isinstance(text, str) and (task := requests.listed(text)) is not None:
        text = task  # rule "put it on my list": "add X to my list for friday" is a task
    asked, whole = _asked_after_story(text, clock, vocabulary)
    made = asked is not None and asked.action == "create"  # "... log it for me on acme v ..."
    intent = _read_whole(text, clock, vocabulary)
    if asked is not None and _restated_change(text, intent):
        asked = None  # "<story> - can you add that to the depo's description?": a change
    if (
        asked is not None
        and (
            whole
            or asked.resource in _ASKED_WHOLE
            or (intent.resource, intent.action) != (asked.resource, "create")
        )
        and not _fuller(intent, asked)
        and not _changes_it(intent, asked)
    ):
        return asked  # the clause's command, which the message read whole missed
    if (
        intent.action == "create"
        and not made
        and corrections.corrects(corrections.said_again(text))  # "by wed - actually thurs"
        and not _new_note(text, clock)
    ):
        return Intent(action="unknown", confidence=0.0, hint=CORRECTION_HINT, unparsed=[text])
    return _as_entry(text, intent, clock, vocabulary)


# rule "a record asked for, not looked up": a message read as a look-up (a search, or one record
# by its number) that asks no question (no "?", no word of asking or looking) but says to make
# something ("add", "log", "remind", "new", "task for", "put ... on") is read again as a new record
# of the kind it looked up; that reading stands when it makes one. Counter-examples: "tasks for
# marcus" (nothing made), "did I log time on acme yesterday?" (a question), "show the task
# I added for priya" (a word of looking).
_LOOKED_UP = lazy.regex(
    r"\?|\b(?:show|list|lists|find|search|look\s*up|pull\s+up|what|what['’]s|which|who|whose|when"
    r"|where|how|any|do\s+(?:i|we|you)|did\s+(?:i|we|you)|have\s+(?:i|we)|are\s+there|is\s+there"
    r"|see|view|display|check|status|summary|report|totals?|open\s+(?:the|my))(?![\w'’])",
    re.I,
)
_MADE = lazy.regex(
    r"\b(?:(?P<note>noted|note\s+(?:that|it|this|down|on|to|for)\b)|(?P<task>remind|(?:task|to-?do|reminder)"
    r"(?:\s+for\b|\s*[,:]|\s*$))"
    r"|new\s+(?P<new>matter|case|contact|client|task|note|event)|add|log|put|make|create|new"
    r"|record|enter|jot|save|set\s+up)(?!\w)",
    re.I,
)
_CUE_ORDER = ("new", "note", "task")  # the kind a cue names, the plainest first ("schedule" and
# "book" are nouns too: "hannah's schedule tomorrow" is looked up)
_MADE_AS = {
    "tasks": "task", "calendar_entries": "calendar", "notes": "note", "contacts": "new contact",
    "matters": "new matter",
}  # fmt: skip
_KIND_OF: dict[str, Resource] = {
    "note": "notes", "task": "tasks", "calendar": "calendar_entries", "matter": "matters",
    "case": "matters", "contact": "contacts", "client": "contacts", "event": "calendar_entries",
}  # fmt: skip


def _made_not_looked_up(
    text: str, intent: Intent, clock: Clock, vocabulary: Vocabulary | None
) -> Intent:
    if intent.action not in ("search", "get") or not isinstance(text, str):
        return intent
    if prefilter.search(_LOOKED_UP, text) or not (cues := list(_MADE.finditer(text))):
        return intent
    named = [(g, cue[g].lower()) for g in _CUE_ORDER for cue in cues if cue[g]]
    kind = intent.resource
    if named:
        group, word = named[0]
        kind = _KIND_OF[word if group == "new" else group]
    said = _MADE_AS.get(kind or "")
    if said is None:
        return intent
    made = _read_request(f"{said}: {text}", clock, vocabulary)
    return made if (made.resource, made.action) == (kind, "create") else intent


# rule "typed for a colleague": "priya for alice: karen smith wants her own will ...", "Tom obo
# Hannah - ...": a header of two of the firm's people, one typing for the other, says who typed
# the message, nothing of its record. Counter-example: "task for marcus: file the motion" (a
# record's word first), "ravi for alice: ..." (ravi is no one of the firm).
_TYPED_FOR = lazy.regex(
    r"^\s*(?P<typist>[^\W\d_]+)\s+(?:for|on\s+behalf\s+of|obo|o/b/o)\s+(?P<for>[^\W\d_]+)\s*(?::|\s[-–—])\s*",
    re.I,
)


def _typed_for(text: str, vocabulary: Vocabulary | None) -> str:
    if vocabulary is None or not isinstance(text, str):
        return text
    found = prefilter.match(_TYPED_FOR, text)
    if found is None or not text[found.end() :].strip():
        return text
    if _firm_user(found["typist"], vocabulary) and _firm_user(found["for"], vocabulary):
        return text[found.end() :]
    return text


def _firm_user(word: str, vocabulary: Vocabulary) -> bool:
    """Whether `word` is exactly a name of one of the firm's users ("priya", "alice")."""
    return any(m.of("user") and m.score == _EXACT for m in vocabulary.find(word))


_EXACT = 100
# rule "work wanted of a colleague": "on the patel estate plan alice wants hannah to send ravi the
# revised form, due friday": one of the firm wanted to do a piece of work is a task for them, the
# words before it where it belongs. Counter-examples: "ravi wants us to ..." (the request is what
# follows, rule "asked to by a colleague"), "the client wants hannah to call" said of no one of
# the firm's people after "wants" ("wants john to sign").
_WANTS_OF = lazy.regex(
    r"(?:^|(?<=\s))(?:[^\W\d_]+\s+)?(?:wants|needs|would\s+like|asked|asks)\s+(?P<who>[^\W\d_]+)"
    rf"\s+to\s+(?=(?:{TASK_VERBS})\b)",
    re.I,
)


def _wanted_of(text: str, vocabulary: Vocabulary | None) -> str:
    if vocabulary is None or not isinstance(text, str) or text.lower().startswith("task"):
        return text
    found = prefilter.search(_WANTS_OF, text)
    if found is None or found["who"].lower() in ("me", "us", "you", "u"):
        return text
    if not _firm_user(found["who"], vocabulary):
        return text
    where = text[: found.start()].strip(" ,;:-–—")
    said = f"task for {found['who']}: {text[found.end() :]}"
    return f"{said}, {where}" if where else said


def _no_matter_last(text: str) -> str:
    """Rule "no matter said" (`lexicon.NO_MATTER`), said in its one form and at the end: "nothing
    to do with any matter" as "no matter", and "not for any client, task for me to ..." as "task
    for me to ..., no matter"."""
    if not isinstance(text, str):
        return text
    text = prefilter.sub(NO_MATTER_PHRASED, "no matter", text)
    if first := prefilter.match(NO_MATTER_FIRST, text):
        return f"{text[first.end() :].rstrip(' .')}, no matter"
    return text


# "add that to the depo's description", "put it in the hearing's details": words for a field of
# a record already there
_TO_FIELD = lazy.regex(
    r"\b(?:to|in|into|on)\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?(?:description|details)\b",
    re.I,
)


def _restated_change(text: str, intent: Intent) -> bool:
    """Whether the message read whole is a change to a field of a record already there, which a
    request clause after its story asks in words for that field ("<story> - can you add that to
    the depo's description?"): no new record."""
    if intent.action not in ("update", "delete") or not isinstance(text, str):
        return False
    return _TO_FIELD.search(text) is not None


def _change_after_story(text: str, clock: Clock, vocabulary: Vocabulary | None) -> Intent | None:
    """Rule "a change asked after the story" (`intents.requests`): the change or deletion of a
    record the message asks for after telling why; None when it asks for no such change."""
    if not isinstance(text, str):
        return None
    found = prefilter.match(_CHATTER, text)
    asked = requests.change_told(text[found.end() :] if found is not None else text)
    if asked is None:
        return None
    said, told = asked
    intent = _read_whole(said, clock, vocabulary)
    if intent.action not in ("update", "delete"):
        return None
    if intent.resource != "tasks" and not told:
        return None  # "... was actually $405, update the expense": the statement's own rules
    if intent.resource not in _TOLD_RESOURCES:
        return None
    named = intent.refs.get(markup.CLIO_KINDS[intent.resource], "").lower()
    alone = len(intent.refs) == 1
    if not named or named in _PRONOUNS or (alone and named in _KIND_ALONE):
        return None
    return intent


# a record "named" by a pronoun, or by its kind and nothing else ("update her email to that"), is
# no record named
_PRONOUNS = frozenset({"her", "his", "him", "their", "them", "it", "its", "that", "this"})
_KIND_ALONE = frozenset({"email", "call", "entry", "note", "task", "event"})
# the records a story's change may be of (a contact told of, then changed, has its own rule:
# `_told_then_changed`); their ref is named as in `markup.CLIO_KINDS`
_TOLD_RESOURCES = frozenset(
    {"tasks", "activities", "calendar_entries", "matters", "notes", "communications"}
)


def _fuller(whole: Intent, asked: Intent) -> bool:
    """Whether the message read whole makes a new record with nothing left to ask, where the
    request clause read alone still lacks something: "hannah emailed ravi patel the trust draft
    today — pls log under patel" logs the email the story tells, not hours on Patel."""
    return (
        whole.action == "create"
        and whole.resource != asked.resource
        and whole.hint is None
        and asked.hint is not None
    )


def _asked_after_story(
    text: str, clock: Clock, vocabulary: Vocabulary | None
) -> tuple[Intent | None, bool]:
    """Rule "the request after the story" (`intents.requests`): the request clause read as the
    command, the story giving the matter it leaves open, and whether that reading stands whole.
    None: no such clause, or the clause is no new record (the message is then read whole, as
    before). When the message read whole makes the same kind of record, that reading stands
    (`read`): it agrees with the clause and has seen every word of it ("... log the half hour on
    the patel estate but make it non-billable"); not when the story is the content of a note the
    clause asks for without saying it ("... can you put a note on acme v widget works")."""
    if not isinstance(text, str):
        return None, False
    found = prefilter.match(_CHATTER, text)
    said = text[found.end() :] if found is not None else text
    if _asked_last(said) != said or _contact_asked_last(said) != said:
        return None, False  # "..., log it pls": rule "the request said last" reads it
    asked = requests.split(said)
    if asked is None:
        return None, False
    if corrections.adds_to_note(said):
        return None, False  # "X also covered Y - add that to the note on her entry": a change
    said, when = asked.said(), False
    if asked.back:  # the story is the record's content, read as told, not as a correction
        intent = _read_whole(said, clock, vocabulary, told=True)
        clause = _read_whole(asked.head(), clock, vocabulary, told=True)
        named = clause.refs.get("matter", "")
        if named.isdigit() and intent.resource in _STORY_MATTER:
            intent.refs["matter"] = named  # the matter the clause names comes first
    else:
        said, when = _then_told(said, asked.story, clock)
        said, pointed = _pointed_at_story(said)
        intent = read(said, clock, vocabulary)
        if pointed == "contact" and intent.resource == "notes":
            _contact_note_of_story(intent, asked.story, vocabulary)
        elif pointed == "matter" and intent.resource == "notes" and vocabulary is not None:
            intent.refs.pop("contact", None)
            intent.fields["type"] = "Matter"
            if one := _one_matter_named(asked.story, vocabulary):
                intent.refs.setdefault("matter", one)  # "Maria Garcia mentioned ... on her case"
    if intent.action != "create" or intent.resource is None:
        return None, False
    whole = when  # the clause said when by pointing at the story: it stands whole
    if intent.resource == "matters" and _WHERE_IT_GOES.search(asked.head()):
        return None, False  # "..., pls log on the garcia matter": where the story's record goes
    if asked.for_them:
        _client_of_story(intent, asked.story, vocabulary)
    if intent.resource == "contacts" and contacts.pointed(intent.fields):
        _contact_of_story(intent, asked.story)
    if intent.resource == "tasks":
        _task_of_story(intent, asked.story)
    if intent.resource == "notes" and (
        not intent.fields.get("detail") or _POINTER.match(intent.fields["detail"])
    ):  # "... can you put a note on the garcia matter about that", "... so nobody calls him"
        intent.fields["detail"] = asked.story
        intent.hint, intent.confidence = None, max(intent.confidence, 0.8)
        whole = True
    if intent.resource == "matters" and not intent.fields.get("description"):
        # "ravi called monday, he's buying a rental in hoboken ... new matter for ravi, ...": the
        # story says what the matter is about
        intent.fields["description"] = _TOLD_BY.sub("", asked.story).strip()[:_DESCRIBED]
        intent.hint, intent.confidence = None, max(intent.confidence, 0.8)
    if vocabulary is not None and "matter" not in intent.refs and intent.resource in _STORY_MATTER:
        told = _read(f"note {asked.story}", clock, vocabulary)
        if told.refs.get("matter", "").isdigit():  # a matter the firm has, not any words
            intent.refs["matter"] = told.refs["matter"]
        elif intent.resource in _BY_ITS_PEOPLE and (
            person := importlib.import_module("intents.firm_names").story_matter(
                asked.story, vocabulary
            )
            or _one_matter_named(asked.story, vocabulary)
        ):
            intent.refs["matter"] = person  # "Ravi still hasn't paid ...": his one matter
    return intent, whole


# a note's text that only points back at the story, or says why it is kept
_POINTER = lazy.regex(
    r"^(?:(?:about|re|on)\s+)?(?:that|this|it|all\s+(?:that|this))[\s.!?]*$"
    r"|^(?:so|so\s+that|in\s+case|for\s+(?:the\s+)?(?:record|file))\b",
    re.I,
)
# who told it and when, opening a story ("ravi patel called monday, ..."): no part of what it is about
_TOLD_BY = lazy.regex(
    r"^[^,.;:]{1,40}?\b(?:called|emailed|e-mailed|rang|phoned|wrote|texted|reached\s+out)\b[^,.;:]{0,30}[,.;:]\s*",
    re.I,
)
_DESCRIBED = 200  # characters of the story kept as a matter's description

# rule "the time the story gave": 'Ravi replied: "Tuesday the 15th at 2pm works for the signing."
# Please put the signing on the calendar for then, one hour': the clause's "then" ("for then", "at
# that time", "due that day") is the day and time the story said
_THEN = lazy.regex(
    r"\b(?:for|at|on|by|due)\s+(?:then|that\s+(?:time|day|date|slot))\b(?!\s+(?:of|in)\b)", re.I
)
_NEAR = 12  # characters at most between a day and its time ("Tuesday the 15th at 2pm")


def _then_told(said: str, story: str, clock: Clock) -> tuple[str, bool]:
    """Rule "the time the story gave" (above): the clause with its "then" said as the story's day
    and time, and whether it was."""
    found = _THEN.search(said)
    if found is None:
        return said, False
    scan = Scan(story)
    hits = dates.find(scan, clock, "future", first=1)
    if not hits:
        return said, False
    hit = hits[0]
    scan.take(hit.begin, hit.end)
    before = bytes(scan.mask)
    times.take(scan, clock.date_order)
    taken = [i for i, (a, b) in enumerate(zip(before, scan.mask, strict=True)) if a != b]
    start, end = hit.begin, hit.end
    if taken and (0 <= taken[0] - hit.end <= _NEAR or 0 <= hit.begin - taken[-1] <= _NEAR):
        start, end = min(start, taken[0]), max(end, taken[-1] + 1)
    when = story[start:end].strip()
    return f"{said[: found.start()]}{when}{said[found.end() :]}", True


# rule "the story's own record": a request clause after a story that puts its record "on the
# matter", "on her case", "on his contact record" means the matter or the person the story named:
# "Opposing counsel in Smith v Jones said ... - could you put a note on the matter so it's on
# file?" is a note on Smith v Jones; "... Ravi Patel's assistant mentioned ... - could you leave a
# note on his contact?" a note on Ravi Patel.
_ON_THE_STORYS = lazy.regex(
    r"\s+(?:on|to|under|in|into)\s+(?:the|that|this|her|his|their|its)\s+(?P<kind>matter|case|file"
    r"|contact(?:\s+(?:record|card|file|page|entry|details))?)\b",
    re.I,
)


_ABOUT_THAT = lazy.regex(r"(?<=\bnote)\s+(?:about|re|on|regarding)\s+(?:that|this|it)\b", re.I)
_LEAVE_NOTE = lazy.regex(r"^leave\s+(?:a|an)\s+(?:quick\s+|short\s+)?note\b", re.I)


def _pointed_at_story(said: str) -> tuple[str, str | None]:
    """Rule "the story's own record" (above): the clause without the words that point at the
    story's record, and which kind they point at ("contact", "matter"), or None."""
    said = _ABOUT_THAT.sub("", said)  # "add a note about that": the story is its content
    said = _LEAVE_NOTE.sub("add a note", said)
    found = _ON_THE_STORYS.search(said)
    if found is None:
        return said, None
    kind = "contact" if found["kind"].lower().startswith("contact") else "matter"
    return said[: found.start()] + said[found.end() :], kind


def _one_matter_named(story: str, vocabulary: Vocabulary) -> str | None:
    """The one matter a story names, by its name or through its people ("From: Sarah Johnson
    ...": her one matter), or None when it names none or several."""
    named = {
        s.id for m in vocabulary.find(story) for s in (*m.of("matter"), *m.of("matter_person"))
    }
    return str(named.pop()) if len(named) == 1 else None


def _one_contact_named(story: str, vocabulary: Vocabulary) -> str | None:
    """The one contact of the firm a story names (a name meaning one contact), or None."""
    named = {
        s.id for m in vocabulary.find(story) for s in m.of("contact") if len(m.of("contact")) == 1
    }
    return str(named.pop()) if len(named) == 1 else None


def _contact_note_of_story(intent: Intent, story: str, vocabulary: Vocabulary | None) -> None:
    """A note asked "on his contact" after a story: on the one contact of the firm the story
    names (none or several, and it is asked)."""
    if vocabulary is None or "contact" in intent.refs:
        return
    if contact := _one_contact_named(story, vocabulary):
        intent.refs.pop("matter", None)
        intent.refs["contact"] = contact
        intent.fields["type"] = "Contact"


def _client_of_story(intent: Intent, story: str, vocabulary: Vocabulary | None) -> None:
    """Rule "the client the story named": "Ravi Patel called, he wants to amend his trust.
    Hannah asked me to open an estate planning matter for him": the new matter's client is the
    one contact of the firm the story names; none or several, and it is asked."""
    if intent.resource != "matters" or "client" in intent.refs or vocabulary is None:
        return
    if contact := _one_contact_named(story, vocabulary):
        intent.refs["client"] = contact


def _contact_of_story(intent: Intent, story: str) -> None:
    """Rule "them, named in the story" (`intents.contacts`): a new contact asked for as "them"
    takes the name the story gives; without one, the name is asked."""
    company = intent.fields.get("type") == "Company"
    for key in ("name", "first_name", "last_name", "middle_name", "prefix"):
        intent.fields.pop(key, None)
    name = contacts.named_in_story(story, company)
    if name is None:
        intent.hint = "What is the contact's name? e.g. 'new contact Jane Doe'."
        intent.confidence = min(intent.confidence, 0.5)
        return
    intent.fields = {**contacts.name_fields(name, company), **intent.fields}
    if intent.hint and "name" in intent.hint:
        intent.hint, intent.confidence = None, max(intent.confidence, 0.8)


def _task_of_story(intent: Intent, story: str) -> None:
    """A task asked after a story, whose clause does not say what it is: no name ("task for
    priya, due tmrw") takes the story's words; a name ending in "them" ("chase them") takes the
    things the story named ("the updated MRI bills")."""
    name = intent.fields.get("name")
    if not name:
        intent.fields = {"name": story[:_NAME_MOST], **intent.fields}
        intent.hint, intent.confidence = None, max(intent.confidence, 0.8)
        return
    if isinstance(name, str) and (pointed := _THEM.search(name)):
        things = requests.things(story)
        if things is not None:
            particle = f" {pointed['particle']}" if pointed["particle"] else ""
            after = name[pointed.end() :]
            intent.fields["name"] = f"{name[: pointed.start()].rstrip()} {things}{particle}{after}"
            return
    if isinstance(name, str) and len(name.split()) <= _SHORT_NAME and _POINTS_BACK.search(name):
        intent.fields["name"] = f"{name}: {story}"[:_NAME_MOST]  # "chase them": whom and why


# rule "a short task pointing back": "globex still hasn't sent back the signed estoppel, remind me
# to chase them wednesday": a task of a few words whose object is a pronoun ("chase them", "follow
# up on it") and whose things the story does not list is named with the story after it, which
# says what it is about. Counter-example: "... remind me to call ravi" (no pronoun).
_SHORT_NAME = 4
_POINTS_BACK = lazy.regex(r"\b(?:it|them|that|this|him|her|those|these)\s*$", re.I)


# "chase them", "send them to ravi patel", "drop those off with the clerk": the things said last,
# or before whom they go to
_THEM = lazy.regex(
    r"\b(?:them|those|these)(?:\s+(?P<particle>down|up|out|in|over|back|off))?"
    r"(?=\s*$|\s+(?:to|with|for)\s+(?!(?:do|be|get|make|see|sign)\b))",
    re.I,
)
_NAME_MOST = 255
# "log on the garcia matter", "file under the chen case": a matter named as where a record goes
_WHERE_IT_GOES = lazy.regex(
    r"\b(?:log|record|put|file|save|add|enter|note|track)(?:\s+(?:it|this|that))?\s+"
    r"(?:on|under|to|against|in)\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,3}(?:matter|case|file)\b",
    re.I,
)
# Records whose every field the request clause says itself (a task's name, due date and
# assignee; a contact's details): the story's words are never theirs.
_ASKED_WHOLE = frozenset({"tasks", "contacts"})
_STORY_MATTER = frozenset({"tasks", "notes", "communications", "calendar_entries", "activities"})
_BY_ITS_PEOPLE = frozenset({"tasks", "calendar_entries", "activities"})  # as `firm_names`


def _read_whole(
    text: str, clock: Clock, vocabulary: Vocabulary | None, *, told: bool = False
) -> Intent:
    """The message read whole, and again after an opening clause or a colleague addressed.

    With a `vocabulary`, its reading is kept only where it adds to the reading without one: a
    command, a person or a record that the message names explicitly stays as read without it.
    """
    typed = text  # as it came, before any rewriting
    if isinstance(text, str):
        bare = _chatter_dropped(text)
        text = requests.wanted(without_chatter(text))  # "hannah wants a task for herself ..."
        if not told and text == bare and not _new_note(text, clock):
            text = corrections.rewrite(text)  # a record asked for last ("please calendar it")
    text = _contact_asked_last(text) if isinstance(text, str) else text
    plain = _read(text, clock, None)
    if (
        isinstance(text, str)
        and (own := prefilter.match(_TO_SELF, text)) is not None
        and (plain.resource, plain.action) not in _SELF_KEPT
    ):
        mine = _read_whole(f"task for me: {text[own.end() :]}", clock, vocabulary, told=told)
        if (mine.resource, mine.action) == ("tasks", "create"):
            return mine
    if vocabulary is None:
        return plain
    firm_names = importlib.import_module("intents.firm_names")
    message = markup.normalize(text)
    to = firm_names.addressed(message, vocabulary)
    if to is not None and plain.action == "create" and firm_names.by_verb(message):
        to = None  # "hannah call w/ maria tmrw 3pm": the appointment read without it
    if to is not None and _booked(plain, text, clock):
        # "for tom: billing review wed at 2pm, an hour and a half": a block on Tom's calendar
        colleague, rest = to
        booked = _read_whole(rest, clock, vocabulary)
        if (booked.resource, booked.action) == ("calendar_entries", "create"):
            booked.refs.setdefault("calendar", colleague.label)
            return booked
        to = None
    if to is not None and (plain.resource, plain.action) != ("activities", "create"):
        colleague, rest = to
        intent = _read_whole(f"task {rest}", clock, vocabulary)
        if intent.resource == "tasks":
            intent.refs.setdefault("assignee", str(colleague.id))
            return intent
        if firm_names.opens_with_mention(message):
            return intent
    if plain.action == "unknown" and (alone := _named_alone(text, clock, vocabulary)) is not None:
        return alone
    if (changed := _told_then_changed(typed, clock, vocabulary)) is not None:
        return changed
    if plain.action != "create" and (led := _led(message, clock, vocabulary, plain)) is not None:
        return led
    if not firm_names.placeable(plain.resource, plain.action):
        return plain
    named = _read(text, clock, vocabulary)
    kept = named if firm_names.adds_to(plain, named, vocabulary) else plain
    return firm_names.drop_colleague_matter(kept, vocabulary)


# rule "a record named alone": "please delete oliver grant", "show smith v jones": a verb that
# looks at or removes a record, then only a name of the firm's (one contact, or one matter), with
# no word for its kind: that record. Counter-examples: "delete oliver grant's note" (more than the
# name), "show hannah" (a colleague: no record of hers is named).
_VERB_THEN_NAME = lazy.regex(
    r"^\W*(?:(?:pls|please|kindly|can\s+you|could\s+you)\s+)*(?P<verb>delete|remove|show|find"
    r"|look\s+up|pull\s+up|open|display|view)\s+(?P<name>[^?!.]+?)[\s.!?]*$",
    re.I,
)
_ALONE_KINDS = frozenset({"contact", "matter"})


def _named_alone(text: str, clock: Clock, vocabulary: Vocabulary) -> Intent | None:
    found = prefilter.match(_VERB_THEN_NAME, text) if isinstance(text, str) else None
    if found is None:
        return None
    name = found["name"]
    matches = vocabulary.find(name)
    if len(matches) != 1 or (matches[0].start, matches[0].end) != (0, len(name.rstrip())):
        return None
    kinds = {sense.kind for sense in matches[0].senses} & _ALONE_KINDS
    if len(kinds) != 1 or matches[0].of("user"):
        return None
    kind = next(iter(kinds))
    said = f"{found['verb']} {kind} {name}"
    intent = _read(said, clock, vocabulary)
    return intent if intent.action != "unknown" else None


# rule "a contact told of, then changed": "Dr. Lena Hart has been promoted; please change her
# title to Chief of Orthopaedic Surgery", "Globex would like all mail sent to legal@globex.com.
# Please change the company's email address accordingly": a sentence about one of the firm's
# contacts, then a change of "her", "his", "their" or "the company's" field: that contact's field
# (the first contact the story names), to the value said ("set Globex as her company"), or, when
# none is said or it is "to that", to the one address or number the sentence gives, the title it
# tells ("was just named Chief of Orthopaedics at ..."), or the company it names after the person
# ("sarah johnson is at acme now pls update her company"). Counter-examples: "maria called, change
# her appointment to 3pm" (no field of a contact), a story naming no one.
# where the story may end: a sentence's end, a dash, or a "pls" that asks
_STORY_ENDS = lazy.regex(r"[.;!?]+\s+|\s+[-–—]\s+|\s+(?=(?:pls|please)\s)", re.I)
_WHOSE_FIELD = lazy.regex(
    r"^\W*(?:(?:pls|please|kindly|(?:can|could|would)\s+(?:you|u|we)|let['’]?s|go\s+ahead\s+and"
    r"|we\s+should|is\s+it\s+ok(?:ay)?\s+to)\s+)*(?P<verb>change|update|set|make"
    r"|replace|fix|correct)\s+(?:(?P<given>[^\W\d_][\w.&'’ -]{1,40}?)\s+(?:as|the)\s+(?=(?:her|his|their)\s))?"
    r"(?:(?:her|his|their|its|the\s+(?:company|firm|client)['’]s)\s+"
    r"(?P<field>(?:job\s+)?title|(?:e-?mail|phone|cell|mobile|work|home)(?:\s+(?:address|number))?"
    r"|address|number|company|employer|(?:last|first|middle|family)\s+name|surname)\b"
    r"(?P<rest>.*?)"
    # "update his contact", "replace the old one on her contact": the field the value says
    r"|(?:(?:the\s+old\s+one|it)\s+(?:on|in)\s+)?(?:her|his|their|its)\s+(?:contact|record|card"
    r"|details|info)(?:\s+(?:record|card|details|info))?(?:\s+(?:with\s+it|accordingly))?)"
    r"(?:\s+(?:on|in)\s+(?:her|his|their)\s+(?:contact|record|card))?"
    r"(?:,?\s+(?:pls|please|thanks?|thank\s+you))*[\s.!?]*$",
    re.I | re.S,
)
_SHORTEST_STORY, _LONGEST_STORY = 3, 600
_TO_VALUE = lazy.regex(r"^\s+(?:to|as)\s+(?!(?:that|this|it|them|those)\s*[.!?]*$)\S", re.I)
# a new title told in the story: "was just named chief of orthopaedics at st. mary's"
_TITLE_TOLD = lazy.regex(
    r"\b(?:named|appointed|promoted\s+to|made|became|is\s+now|now)\s+(?:the\s+|our\s+|their\s+|an?\s+)?"
    r"(?P<title>[A-Z][\w&'’-]*(?:\s+(?:of|for|and|&|[A-Z][\w&'’-]*))*?)(?=\s+(?:at|for|with)\b|[.,;!]|$)"
)
_COMPANY_FIELD = lazy.regex(r"^(?:company|employer)$", re.I)
_STORY_VALUE = lazy.regex(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d\s().-]{8,}\d")


def _story_then_field(text: str) -> tuple[str, re.Match[str]] | None:
    """The story and the change of a contact's field asked after it, or None."""
    if not isinstance(text, str) or len(text) > _LONGEST_STORY:
        return None
    for end in _STORY_ENDS.finditer(text):
        if end.start() >= _SHORTEST_STORY and (asked := _WHOSE_FIELD.match(text[end.end() :])):
            return text[: end.start()], asked
    return None


def _told_then_changed(text: str, clock: Clock, vocabulary: Vocabulary) -> Intent | None:
    found = _story_then_field(text)
    if found is None:
        return None
    story, asked = found
    named = {s.id: s for m in vocabulary.find(story) if not m.of("user") for s in m.of("contact")}
    if not named:
        return None
    contact, *others = named.values()  # the one the story is about, then whom it names after
    value, field = asked["rest"] or "", asked["field"] or ""
    if asked["given"]:
        value = f" to {asked['given']}"  # "set globex as her company"
    elif not _TO_VALUE.match(value):
        title = _TITLE_TOLD.search(story) if field.lower().endswith("title") else None
        given = [title["title"]] if title else _STORY_VALUE.findall(story)
        if _COMPANY_FIELD.match(field) and others:
            given = [others[-1].label]  # "sarah johnson is at acme now - update her company"
        if len(given) != 1:
            return None
        value = f" to {given[0].strip()}"
        field = field or ("email" if "@" in given[0] else "phone number")
    verb = "change" if asked["verb"].lower() == "replace" else asked["verb"]
    said = f"{verb} {contact.label}'s {field}{value}"
    intent = _read_whole(said, clock, vocabulary)
    return intent if (intent.resource, intent.action) == ("contacts", "update") else None


# rule "a new note says what it says": "note for oliver grant: moved to boston", "note on smith v
# jones: settlement is subject to board approval": a note whose text follows its head's colon or
# dash (or comma) is new, whatever its text tells (a move, a subject), not a change to a note already there
# (asked for first, "pls add a note to ...", or named after its record, "globex lease note - ...";
# not "o'brien closing add note: ...", a note added to the record named before the verb)
_NOTE_ASKED = r"(?:pls|please|quick|new|a|an|another|add|make|put|leave|jot|drop|write|fyi)"
_NOTE_HEAD = lazy.regex(
    rf"^\s*(?:(?:{_NOTE_ASKED})\s+){{0,4}}(?:(?:(?!{_NOTE_ASKED}\b)[\w'’]+\s+){{1,3}})??note\s*"
    r"(?:(?:to|for|on|re|about|in|under)\b[^:–—,]{0,60}?)?(?::\s|\s[-–—]\s|,\s)",
    re.I,
)


def _new_note(text: str, clock: Clock) -> bool:
    if not isinstance(text, str) or not prefilter.match(_NOTE_HEAD, text):
        return False
    plain = _read(text, clock, None)
    return (plain.resource, plain.action) == ("notes", "create") and "detail" in plain.fields


# rule "work handed to oneself": "me: send engagement ltr to northwind tmrw", "me - call the
# clerk fri" is a task for the writer, as "priya - pull the bills by friday" is one for Priya.
_TO_SELF = lazy.regex(r"^\s*(?:me|myself)\s*(?::|[-–—]+)\s*(?=\w)", re.I)
_SELF_KEPT = frozenset({("activities", "create"), ("calendar_entries", "create")})


def _booked(plain: Intent, text: str, clock: Clock) -> bool:
    """Whether the message, read without names, is a calendar block with its length or its end
    said (a task has neither): "for tom: year-end billing review on wed the 16th at 2pm, an hour
    and a half" is on the calendar, not a task for Tom."""
    if (plain.resource, plain.action) != ("calendar_entries", "create"):
        return False
    if "T" in str(plain.fields.get("end_at") or ""):  # "..., 10 to 11:30": its end said
        return True
    return durations.find(Scan(text), clock.date_order) is not None


# rule "the request said last": "lunch w ravi fri 12:30 at balthazar, just stick it on my calendar",
# "emailed maria the reminder, log it pls", "call w sarah 12/1 - ..., log to her case", "...
# transcript, add as expense": a closing clause that only asks to record what was said before it
# (and as what) is read as the command opening it.
_ASKED_LAST = lazy.regex(
    r"(?:\s*[,;.!–—-][\s,;.!–—-]*(?:(?:and|so)\s+)?|\s+(?:and|so)\s+)(?:(?:pls|please|plz|can\s+(?:u|you)|could\s+(?:u|you)|just|u)\s+)*"
    r"(?:(?P<log>log|record|enter|note)|(?P<cal>calendar|calender|cal)|add|put|stick|throw|pop)"
    r"(?:\s+(?:it|that|this|them))?(?:\s+(?:down|in))?"
    r"(?:\s+as\s+(?:(?:an?|new)\s+)*(?P<as>[^\W\d_][\w-]*(?:\s+(?!(?:pls|please|plz|thx|thanks|ty|for)\b)[^\W\d_]+)?)"
    r"|\s+(?:in|into)\s+(?:an?|new)\s+(?P<as_in>note|task|reminder))?"  # "put that in a note"
    r"(?:\s+(?:on|in|to|into)\s+"
    r"(?:my|the|ur|your|our|her|his|their)\s+(?:(?P<on_cal>cal|calendar|calender|diary)"
    r"|(?P<on_file>case|matter|file|clio)|(?P<on_person>contact|card|record)))?"
    r"(?:\s+(?:pls|please|plz|thx|thanks|ty|for\s+(?:me|her|him|them)))*"
    r"(?:[.;]\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)?[\s.!?]*$",  # ". internal obviously": an aside
    re.I,
)

_ASKED_WINDOW = 64  # characters at the end of a message where the closing request is looked for
# "need hannah to approve the flat fee by friday, can you make her a task": the task is the work
# the story hands to whom it names; the closing request only says to record it.
_HANDED_LAST = lazy.regex(
    r"[\s,;.!–—-]+(?:(?:and|so)\s+)?(?:(?:pls|please|plz|can\s+(?:u|you)|could\s+(?:u|you)|just)\s+)*"
    r"(?:make|create|give|add|set\s+up)\s+(?:her|him|them)\s+(?:a\s+)?(?:task|to-?do|reminder)"
    r"(?:\s+(?:for\s+(?:it|that|this)|pls|please|plz|thx|thanks))*[\s.!?]*$",
    re.I,
)

# "tom should send globex the updated invoice by thurs, pls make it a task": the story is the task
_TASKED_LAST = lazy.regex(
    r"[\s,;.!–—-]+(?:(?:and|so)\s+)?(?:(?:pls|please|plz|can\s+(?:u|you)|could\s+(?:u|you)|just)\s+)*"
    r"(?:(?:make|turn)\s+(?:it|that|this)\s+(?:into\s+)?(?:a\s+)?(?:task|to-?do|reminder)"
    # "put that on my task list", "add it to my to-do list"
    r"|(?:put|add|stick|throw)\s+(?:it|that|this)\s+(?:on|in|to|onto)\s+(?:my|the|her|his)\s+"
    r"(?:task|to-?do)s?(?:\s+list)?)"
    r"(?:\s+(?:pls|please|plz|thx|thanks))*[\s.!?]*$",
    re.I,
)


def _asked_last(text: str) -> str:
    """`text` with a closing request to record it said as the command opening it."""
    window = max(0, len(text) - _ASKED_WINDOW)  # bounded: stays linear
    tasked = _TASKED_LAST.search(text, window) if prefilter.may_hold(_TASKED_LAST, text) else None
    if tasked is not None and tasked.start():
        return f"task: {text[: tasked.start()]}"
    handed = _HANDED_LAST.search(text, window) if prefilter.may_hold(_HANDED_LAST, text) else None
    if handed is not None and handed.start():
        return text[: handed.start()]  # the story hands the work: "need hannah to ..."
    found = _ASKED_LAST.search(text, window) if prefilter.may_hold(_ASKED_LAST, text) else None
    if found is None or not found.start():
        return text
    if found["cal"] or found["on_cal"]:
        return f"calendar: {text[: found.start()]}"
    if found["as"] or found["as_in"]:
        kind = found["as"] or found["as_in"]
        if found["on_person"] and kind.lower() == "note":
            kind = "contact note"  # "... put that as a note on her contact"
        return _asked_as(text[: found.start()], kind, "log" if found["log"] else "add")
    if found["on_person"]:
        return text  # "... pls add it to his contact": a change of the contact
    if found["log"] or found["on_file"]:
        said = text[: found.start()]
        if (found["log"] or "").lower() == "note":
            return f"note: {said}"  # "..., please note it on the matter": whatever it tells
        noun = commands.first_noun(commands.words(said), 0)
        if noun is not None and NOUNS[noun[0]].resource not in _LOGGED:
            return said  # "... emailed over the transcript invoice, can u log it": no bill
        return f"log: {said}"
    return text


_LOGGED = frozenset({"communications", "activities", "notes"})


def _asked_as(said: str, kind: str, verb: str) -> str:
    """ "..., add as expense": the record named makes the command ("add expense: ..."); any other
    words say how to record it ("... log as telephone call", "log as non-billable"), read after
    what was said."""
    tokens = commands.words(kind)
    noun = commands.first_noun(tokens, 0)
    if noun is not None and noun[1] == 0 and noun[2] == len(tokens):
        return f"{verb} {kind}: {said}"
    return f"log: {said}, {'' if _BILLING.fullmatch(kind) else 'as '}{kind}"


_BILLING = lazy.regex(r"(?:non|not|un)[- ]?billable|billable|no[- ]charge", re.I)


_GREETED = frozenset({"there", "all", "team", "everyone", "clio"})


def without_chatter(text: str) -> str:
    """`text` without the chatter around its request: a greeting or an interjection opening it
    when a request follows, a request to record it said last."""
    text = _chatter_dropped(text)
    return _asked_last(text) if "\n" not in text else text


def _chatter_dropped(text: str) -> str:
    """`text` without a greeting or an interjection opening it, when a request follows."""
    found = prefilter.match(_CHATTER, text)
    if found is not None and text[found.end() :].strip(" !.?").lower() not in _GREETED:
        return text[found.end() :]
    return text


# A new contact's details, then the request for them: "danielle fox - general counsel @ acme -
# dfox@acme.example.com - can u add her as a contact".
_ADD_THEM_LAST = lazy.regex(
    r"[\s,;.–—-]+(?:(?:pls|please|can\s+(?:you|u)|could\s+(?:you|u))\s+)*"
    r"(?:add|save|create|enter)\s+(?:her|him|them|this\s+person)\s+(?:as\s+)?(?:an?\s+)?(?:new\s+)?"
    r"contact[\s.!?]*$",
    re.I,
)


_TAIL_SEARCHED = 80  # characters at the end of a message where the request is looked for


# rule "contact named after": "add her as a contact at acme corp: Denise Ruiz, AP manager, ...",
# "pls add him as a new contact - Tom Lee, ...": the pronoun stands for the person whose details
# follow the colon or dash; the company said before them goes with the name. Not "add her as a
# contact" alone (nothing follows: the details came first, rule "asked last").
_ADD_THEM_FIRST = lazy.regex(
    r"(?:(?:(?:can|could|would)\s+(?:you|u)|pls|plz|please)\s+)*"
    r"(?:add|save|create|enter|put)\s+(?:her|him|them|this\s+person)\s+(?:in\s+|into\s+)?(?:as\s+)?"
    r"(?:an?\s+)?(?:new\s+)?(?P<kind>(?:company|business|firm|person)\s+)?contacts?(?:\s+(?:at|with|from|for)\s+(?P<company>[^:,\n]{1,60}?))?"
    r"\s*[:–—-]\s*(?P<name>[^,\n]+)(?P<rest>.*)",
    re.I | re.S,
)


def _contact_named_after(text: str) -> str:
    """A new contact's request said before the details its pronoun stands for, said as one."""
    found = (
        _ADD_THEM_FIRST.fullmatch(text.strip())
        if prefilter.may_hold(_ADD_THEM_FIRST, text)
        else None
    )
    if found is None:
        return text
    company = f", company {found['company'].strip()}" if found["company"] else ""
    kind = found["kind"] or ""  # "add them as a company contact: Swift Legal Couriers, ..."
    return f"new {kind}contact: {found['name'].strip()}{found['rest'].rstrip(' .!')}{company}"


def _contact_asked_last(text: str) -> str:
    """The request said after the details it is about, said first (rule "asked last")."""
    text = _contact_named_after(text)
    if not text.rstrip(" .!?").lower().endswith("contact"):
        return text
    tail = max(0, len(text) - _TAIL_SEARCHED)
    found = _ADD_THEM_LAST.search(text, tail)
    return f"new contact {text[: found.start()]}" if found and found.start() > 0 else text


def _led(
    message: markup.Message, clock: Clock, vocabulary: Vocabulary, plain: Intent
) -> Intent | None:
    """A request that, read whole, is no new record, but is one after an opening clause: the
    matter it is on ("smith v jones — priya to index the exhibits") or "I need to" (a task of
    the writer's own, "I need to review the estoppel cert by dec 10")."""
    firm_names = importlib.import_module("intents.firm_names")
    led = firm_names.led_by_matter(message, vocabulary)
    if led is not None:
        matter, rest = led
        intent = _read_whole(rest, clock, vocabulary)
        if intent.action == "create" and intent.resource in _ON_A_MATTER:
            intent.refs.setdefault("matter", matter)
            return intent
    own = firm_names.own_work(message, read=plain.action != "unknown")
    if own is not None:
        intent = _read_whole(f"task {own}", clock, vocabulary)
        if (intent.resource, intent.action) == ("tasks", "create"):
            intent.refs.setdefault("assignee", "me")
            return intent
    return None


_ON_A_MATTER = frozenset({"tasks", "notes", "communications", "calendar_entries"})


def wants_vocabulary(text: str, *, now: datetime, tz: str, date_order: str = "MDY") -> bool:
    """Whether the firm's vocabulary may add to the reading of `text`: its command takes a matter
    or a person, or it opens with a typed @name. The core asks Clio for the names only then."""
    try:
        text = hedges.plain(other_usage.plain(misspelt.plain(text)))
        said = corrections.rewrite(without_chatter(text)) if isinstance(text, str) else ""
        message = markup.normalize(said)
        firm_names = importlib.import_module("intents.firm_names")
        if firm_names.may_address(message) or firm_names.may_lead(message):
            return True
        if _story_then_field(text) is not None:
            return True  # rule "a contact told of, then changed"
        if requests.split(said) is not None:  # rule "the request after the story"
            return True
        body = _strip(message)
        if not body or help.HELP.match(body) or api.API.match(body):
            return False
        if watching.own_command(body) is not None:
            return False
        reading = Reading(message, Scan(body), Clock.build(now, tz, date_order))
        resource, action = command_rules.decide(reading, commands.read(reading))
        if resource is None and prefilter.match(_VERB_THEN_NAME, said):
            return True  # rule "a record named alone": "please delete oliver grant"
        return bool(firm_names.placeable(resource, action))
    except Exception:  # as `parse`: a message never crashes the bot; no names then
        return False


def _read(text: str, clock: Clock, vocabulary: Vocabulary | None) -> Intent:
    """One reading of `text`, with the vocabulary's names placed when one is given."""
    message = markup.normalize(text)
    firm_names = importlib.import_module("intents.firm_names") if vocabulary is not None else None
    body = _strip(message)
    if not body or help.HELP.match(body):
        found = help.HELP.match(body)
        return help.parse(found["topic"] if found else "")
    if api.API.match(body):
        return api.parse(message.plain(body))
    if (own := watching.own_command(body)) is not None:
        return own
    reading = Reading(message, Scan(body), clock)
    command = commands.read(reading)
    resource, action = command_rules.decide(reading, command)
    if resource == "help":
        return help.parse(reading.free_text())
    if action in ("watch", "unwatch"):
        reading.resource, reading.action = resource, action
        watching.read(reading, command)
        return reading.intent()
    if resource is None:
        hint = _unknown_hint(reading)
        return Intent(action="unknown", confidence=0.0, hint=hint, unparsed=[message.plain(body)])
    reading.resource, reading.action = resource, action
    noun = command.noun
    # A command noun is understood here, except "matter": "the Patel matter" names a record.
    if noun and not noun.content and noun.resource == resource and resource != "matters":
        lead = _ARTICLE if command.verb else _ASKED_BEFORE  # "... by 12/21 make me a task"
        article = ending_at(lead, reading.text, command.noun_start)
        start = article.start() if article else command.noun_start
        reading.scan.take(start, command.noun_end)
        if asked := _POLITE_AFTER.match(reading.text, command.noun_end):
            reading.scan.take(asked.start(), asked.end())  # "new contact pls - jenna morales"
        elif (opens := OPENS_FIELDS.match(reading.text, command.noun_end)) and opens.group() != ":":
            reading.scan.take_match(opens)  # "email log -> from me to ...": the arrow goes too
    if action == "search":
        sorting.read(reading)
        sorting.latest(reading, command.noun_start)
    unmattered = _no_matter(reading)
    if firm_names:
        firm_names.place(reading, vocabulary)
    _grammar(resource)(reading, command)
    if unmattered:
        _without_matter(reading)
    sanity.check(reading)
    return reading.intent()


NO_MATTER_SAID = "no matter: said so"


def _no_matter(reading: Reading) -> bool:
    """Rule "no matter said" (`lexicon.NO_MATTER`): in a new record, the words saying it has no
    matter are understood first, so no name is looked for in them."""
    if reading.action != "create" or reading.resource == "matters":
        return False
    found = reading.scan.first(NO_MATTER)
    if found is None:
        return False
    reading.scan.take_match(found)
    return True


def _without_matter(reading: Reading) -> None:
    """A record said to have no matter names none, nor does any other reading of it."""
    reading.refs.pop("matter", None)
    for alternative in reading.alternatives:
        alternative.refs.pop("matter", None)
    reading.alternatives = [a for a in reading.alternatives if a.refs or a.fields]
    reading.assumptions = [a for a in reading.assumptions if not a.startswith("matter guessed")]
    reading.assumptions.append(NO_MATTER_SAID)


_HINT_DATES = 8  # dates placed before naming the words not understood


def _unknown_hint(reading: Reading) -> str:
    """What to say when nothing was understood: which words could not be placed (dates and times
    are placed), or for a bare number, that a number alone says nothing."""
    if BARE_NUMBER.fullmatch(reading.text):
        number = reading.text.strip()
        return f"What should {number} be? e.g. 'log {number}h on Smith v Jones drafting'."
    for _ in range(_HINT_DATES):  # each take reads the whole text: bounded, parsing stays linear
        if dates.take(reading.scan, reading.clock, "future") is None:
            break
    words = commands.words(reading.free_text(take=False))
    unplaced = [w.raw for w in words if w.raw.isalpha() and not _placed(w.key)]
    if not unplaced:
        return UNKNOWN_HINT
    return f"I could not place {', '.join(f'“{word}”' for word in unplaced)}. {UNKNOWN_HINT}"


def _placed(word: str) -> bool:
    return word in VOCABULARY or word in FILLERS or word in ARTICLES or word in STOP_WORDS


_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))


def _letters(text: str) -> tuple[int, int]:
    """How many letters `text` has, and how many of them are capitals."""
    if text.isascii():  # counted by deleting them, without a loop over the characters
        raw = text.encode()
        return len(raw) - len(raw.translate(None, _ASCII_LETTERS)), len(raw) - len(
            raw.translate(None, _ASCII_LETTERS[:26])
        )
    letters = [c for c in text if c.isalpha()]
    return len(letters), sum(c.isupper() for c in letters)


def _strip(message: markup.Message) -> str:
    """The message without the bot's name, a leading bot mention and trailing politeness.

    A message typed in capitals is read in lower case, where names are told by cue words.
    """
    text = prefilter.sub(_PREFIX, "", message.text, count=1)
    letters, capitals = _letters(text)
    if letters >= 8 and capitals >= 0.9 * letters:
        text = text.lower()
    if text[:1] and ord(text[0]) >= markup.ENTITY_BASE and len(text) > 1:
        entity = message.entity(text[0])
        if entity and entity.kind == "mention" and not text[1:].startswith(("'s", "’s")):
            text = text[1:]
    end = len(text.rstrip(_CLOSING))
    while polite := ending_at(_POLITE, text, end):  # word by word: "..., thanks, please!"
        end = polite.start()
    return text[:end].strip()
