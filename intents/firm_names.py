"""The firm's names in a reading: a matter or a colleague named as people type them
("2h15m garcia depo prep", "task for Marcus file motion to compel", "@priya pls call the clerk").

With a `Vocabulary`, a name is placed before the grammar reads the message: its span (with the cue
word, article and "matter"/"case" around it) is marked understood, so it leaves the note or the
title, and its record goes to `refs` (the id when one record has that name, else the words as
written, for the core to resolve). Where a name may be a matter or a colleague, the other reading
goes to `alternatives`; only kinds the vocabulary actually holds for that name are proposed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from intents import activities, labelled, lazy, parties
from intents.lexicon import ANOTHER, COMM_LABEL_BEFORE, COMM_PARTS_AFTER, LEADS_IT, TASK_VERBS
from intents.markup import Message
from intents.model import Alternative, Intent
from intents.names import clean
from intents.reading import Reading
from intents.scan import ending_at
from intents.vocabulary import Match, Sense, Vocabulary, words

_MATTERS = frozenset(
    {
        "activities",
        "tasks",
        "calendar_entries",
        "communications",
        "notes",
        "bills",
        "documents",
        "folders",
        "timer",
        "damages",
        "medical_records_details",
    }
)
_CUE = lazy.regex(
    r"(?:\b(?:on|for|to|re|in|under|regarding|against|into|with|about|"
    r"assign(?:ed)?\s+(?:it\s+)?to)\b\s*:?\s*)?(?:\b(?:the|a)\s+)?(?:\bcontact\s+)?$",
    re.I,
)
_MATTER_WORD = lazy.regex(r"\b(?:matter|case|file)\s*(?:#|no\.|number|num\.?)?\s*$", re.I)
_HONORIFIC = lazy.regex(r"\b(?:dr|mr|mrs|ms|miss|prof)\.?\s+$", re.I)
# A clause's edges: punctuation, a spaced dash or slash, or a sentence's full stop.
_CLAUSE_BEFORE = lazy.regex(r"(?:[,;:—?!]|\s[-–/]|(?<=[a-z)]{2})\.)\s*$", re.I)
_CLAUSE_END = r"(?=[,;—]|\s[-–/]\s|\.(?:\s|$)|$)"
# "..., Corporate practice area, ...": the area named before its label (rule "the value before
# its label")
_AREA_LABEL_AFTER = r"(?:\s+law)?(?:\s+practice(?:\s+area)?)?"
_CLAUSE_AFTER = lazy.regex(rf"{_AREA_LABEL_AFTER}\s*{_CLAUSE_END}", re.I)
_KIND_AFTER = lazy.regex(r"(?:'s|’s)?\s+(?:matter|case|file(?=\s*(?:$|[-–:,;.])))\b|:", re.I)
_SAID_AFTER = lazy.regex(r"(?<!\bre):\s+", re.I)
_PARTY = lazy.regex(r"\b(?:from|with|w/|to|called|phoned|e-?mailed|sent|for)\s+(?:the\s+)?$", re.I)
_NARRATED = lazy.regex(
    r"(?:i\s+|we\s+|just\s+)*(?:phoned|called|rang|e-?mailed|sent|spoke\s+(?:to|with)|"
    r"talked\s+(?:to|with)|wrote\s+to|messaged|texted)\b",
    re.I,
)
_ADDRESSED = lazy.regex(r"[\s,:]*(?:(?:pls|plz|please|can\s+you|could\s+you)\b[\s,:]*)?", re.I)


# What was said after the colon ("log email to Marcus: the Garcia file is ready") is kept whole.
_SAID = "body"
_TO_CONTACTS = frozenset({"notes", "communications"})
# Records named by their words, which may be their matter's ("my widget works entry").
_DESCRIBED = frozenset({"activity", "task", "calendar_entry"})
# Searches that narrow by client: "bills for acme" is every Acme matter's bills.
_BY_CLIENT = frozenset({"bills", "tasks"})


def _ref(senses: tuple[Sense, ...], written: str) -> str:
    return str(senses[0].id) if len(senses) == 1 else clean(written)


# Searches narrowed by a colleague: "marcus's calendar", "hannah's matters" (responsible attorney).
_PERSON_SEARCHES = frozenset({"activities", "calendar_entries", "matters"})


def _person_slot(reading: Reading) -> str | None:
    if reading.resource == "tasks":
        return "assignee"
    if reading.resource in _PERSON_SEARCHES and reading.action == "search":
        return "user"
    return None


def _by_client(reading: Reading, match: Match) -> bool:
    """A search naming one client of several matters: narrowed by the client."""
    return (
        reading.action == "search"
        and reading.resource in _BY_CLIENT
        and len(match.of("contact")) == 1
        and len(match.of("matter")) > 1
    )


def _take(reading: Reading, match: Match) -> None:
    """Mark the name understood, with its cue word and article before it and a kind word after."""
    start, end = match.start, match.end
    honorific = ending_at(_HONORIFIC, reading.text, start)
    if honorific and reading.scan.is_free(honorific.start(), start):
        start = honorific.start()
    said = ending_at(_MATTER_WORD, reading.text, start) if match.of("matter") else None
    if said and said.start() < start and reading.scan.is_free(said.start(), start):
        start = said.start()  # "for matter 00045-Johnson": the word "matter" is no note's
    cue = ending_at(_CUE, reading.text, start)
    if (reading.resource, reading.action) == ("calendar_entries", "create") and not (
        ending_at(_MATTER_CUE, reading.text, start) or _KIND_AFTER.match(reading.text, end)
    ):
        return  # named in passing, the name stays in the title: "client mtg garcia"
    if (reading.resource, reading.action) == ("calendar_entries", "create") and _topic_goes_on(
        reading.text, start, end
    ):
        return  # "mtg w/ hannah re patel trust": the name is part of the topic, kept in the title
    if cue and cue.start() < start and reading.scan.is_free(cue.start(), start):
        start = cue.start()
    billed = ending_at(_BILL_TO, reading.text, start) if reading.resource == "activities" else None
    if billed and reading.scan.is_free(billed.start(), start):  # "..., can you bill it to X"
        start = billed.start()
    after = _KIND_AFTER.match(reading.text, end) or _THING_AFTER.match(reading.text, end)
    if after and after.group() == ":" and _said_after(reading):
        after = None  # "log a call on johnson: sarah called ...": the colon opens what was said
    if after and reading.scan.is_free(*after.span()):
        end = after.end()
    reading.scan.take(start, end)


# rule "a closing field is no body": a name alone in the last field, after a separator ("...,
# body: need the draft by the 13th | Garcia"), is where the email goes, not what it said
_FIELD_BEFORE = lazy.regex(r";\s*(?:(?:on|for|re|matter|case|file)\s+)?(?:the\s+)?$", re.I)
_FIELD_END = lazy.regex(r"[\s.!]*$")


def _closing_field(text: str, match: Match) -> bool:
    """Whether `match` is the whole of the last field of the message, after a separator."""
    return bool(_FIELD_END.fullmatch(text, match.end)) and (
        ending_at(_FIELD_BEFORE, text, match.start) is not None
    )


def _said_after(reading: Reading) -> bool:
    """Whether a colon in this reading opens what was said (a new call's or email's body)."""
    return (reading.resource, reading.action) == ("communications", "create")


# "the globex lease thing": a matter named loosely, a word or two then "thing" closing a clause.
_THING_AFTER = lazy.regex(r"(?:\s+[\w'’-]+){0,2}?\s+thing\b(?=\s*(?:[,;:.—–]|$)|\s-\s)", re.I)


_BILL_TO = lazy.regex(
    r"[\s,;]*(?:(?:can|could)\s+you\s+|pls\s+|please\s+)?\b(?:bill|charge|log|put|record|enter)"
    r"(?:\s+(?:it|that|this|(?:that|this|the)\s+time))?\s*$",
    re.I,
)


_RE_BEFORE = lazy.regex(r"\b(?:re:?|regarding)\s+$", re.I)
_TOPIC_AFTER = lazy.regex(
    r"\s+(?!(?:on|at|in|for|by|with|w/|next|this|tomorrow|tmrw|today|tonight|mon|tues?|wed|thu"
    r"|thurs|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b)[a-z]{3,}",
    re.I,
)


def _topic_goes_on(text: str, start: int, end: int) -> bool:
    """ "re patel trust": after "re" the name is followed by more of the topic."""
    return bool(ending_at(_RE_BEFORE, text, start)) and _TOPIC_AFTER.match(text, end) is not None


_MATTER_CUE = lazy.regex(
    r"\b(?:for|re|in|on|under|regarding|matter|case)\b\s*:?\s*(?:\bthe\s+)?$", re.I
)
_OPTIONAL_MATTER = frozenset({("tasks", "create"), ("calendar_entries", "create")})
_BY_PERSON = _OPTIONAL_MATTER | {("activities", "create")}


_TASK_FOR = lazy.regex(r"\b(?:task|todo|to-do|to\s+do)\s+for\s+$", re.I)


# "reassign tom's low priority task due the 19th to priya": a colleague's possessive before a
# task's noun says whose task it is, which the change looks among, not who it goes to
_WHOSE_TASK = lazy.regex(r"(?:['’]s|s['’])?\s+(?:[\w-]+\s+){1,3}?(?:task|to-?do)\b", re.I)


def _whose_task(reading: Reading, match: Match) -> bool:
    if reading.resource != "tasks" or reading.action not in ("update", "delete"):
        return False
    found = _WHOSE_TASK.match(reading.text, match.end)
    owned = match.text.lower().endswith(("'s", "’s", "s'", "s’"))
    return found is not None and (owned or found.group()[:1] in "'’s")


def _assigned_later(reading: Reading, match: Match, found: list[Match]) -> bool:
    """ "alice wants a task for priya: ...": a colleague named after "task for" is the assignee,
    not one named before it (who asked for the task)."""
    return any(
        later.start > match.start
        and len(later.of("user")) == 1
        and ending_at(_TASK_FOR, reading.text, later.start) is not None
        for later in found
    )


def _aside(reading: Reading, match: Match, matters: tuple[Sense, ...]) -> bool:
    """A client of several matters named in passing in a new task or entry ("call with acme GC",
    "send acme invoice reminder"): the matter is optional there, so the name stays in the text
    and no matter is guessed or asked for; "in acme", "for acme", "acme matter" still ask. One
    of them told apart by its own words (`matters`, narrowed: "send acme a reminder on the
    contract review invoice") is the matter."""
    if (reading.resource, reading.action) not in _OPTIONAL_MATTER or len(matters) < 2:
        return False
    if ending_at(_MATTER_CUE, reading.text, match.start) or _KIND_AFTER.match(
        reading.text, match.end
    ):
        return False
    return not match.text[:1].isdigit() and len(words(match.text)) == 1


def _named_in_title(reading: Reading, match: Match) -> bool:
    """A client named in full in a new task, with no matter cue ("call ravi patel about the
    trustees", "review the prenup from emily chen's first marriage"): the person the work is
    about, so the name stays in the title; their matter is still the task's."""
    if (reading.resource, reading.action) != ("tasks", "create") or len(match.of("contact")) != 1:
        return False
    if len(words(match.text)) < 2 or not match.of("contact")[0].label.lower().startswith(
        match.text.lower().split()[0]
    ):
        return False
    return not (
        ending_at(_MATTER_CUE, reading.text, match.start)
        or _KIND_AFTER.match(reading.text, match.end)
    )


def _contact(reading: Reading, match: Match) -> Sense | None:
    """A contact named in full ("ravi patel") or with an honorific ("dr hart") in a note or a
    call, or by one word as the other party of a call or email ("emailed globex", "call from
    acme", "spoke to ravi"): the person, not a matter."""
    if reading.resource not in _TO_CONTACTS or "contact" in reading.refs:
        return None
    if reading.resource == "notes" and "matter" in reading.refs:  # its subject is named first
        return None
    party = reading.resource == "communications" and (
        ending_at(_PARTY, reading.text, match.start) or _THEY_DID.match(reading.text, match.end)
    )
    contacts = match.of("contact") or (match.of("first_name") if party else ())
    if len(contacts) != 1:
        return None
    titled = ending_at(_HONORIFIC, reading.text, match.start) is not None
    return contacts[0] if titled or party or len(words(match.text)) >= 2 else None


_FROM = lazy.regex(r"\bfrom\s*:?\s+(?:the\s+)?$", re.I)  # "from sarah", "from: sarah"
_TO = lazy.regex(r"\bto\s*:?\s+(?:the\s+)?$", re.I)
_SAID_FROM = lazy.regex(r"\bfrom[\s:]", re.I)
_SAID_TO = lazy.regex(r"\bto[\s:]", re.I)


def _other_end(reading: Reading, match: Match) -> bool:
    """ "email from emily chen to hannah", "email to john smith from marcus": a new log's two
    ends named, neither the requester: the one it came from is `refs.contact` (incoming), the
    one it went to `refs.recipient`."""
    if (reading.resource, reading.action) != ("communications", "create"):
        return False
    if "contact" not in reading.refs or "recipient" in reading.refs:
        return False
    person = _person(match)
    if person is None:
        return False
    first = reading.refs["contact"]
    before = reading.text[: match.start]
    if ending_at(_TO, reading.text, match.start) and _SAID_FROM.search(before):
        reading.refs["recipient"] = person
    elif ending_at(_FROM, reading.text, match.start) and _SAID_TO.search(before):
        reading.refs["contact"], reading.refs["recipient"] = person, first
    else:
        return False
    reading.fields["incoming"] = True
    return True


def _person(match: Match) -> str | None:
    """The one contact, else the one colleague (as a typed @name) a name means."""
    contacts, users = match.of("contact"), match.of("user")
    if len(contacts) == 1:
        return str(contacts[0].id)
    if len(users) == 1 and not contacts:
        return "@" + ".".join(users[0].label.split())
    return None


def _colleague(reading: Reading, match: Match) -> str | None:
    """A colleague as the other party of a call or email ("email to marcus", "hannah called"),
    as a typed @name the core resolves among the firm's users."""
    users = match.of("user")
    if reading.resource != "communications" or "contact" in reading.refs or len(users) != 1:
        return None
    if match.of("contact") or match.of("matter"):
        return None
    return "@" + ".".join(users[0].label.split())


def _place_contact(
    reading: Reading, match: Match, contact: Sense, vocabulary: Vocabulary, found: list[Match]
) -> None:
    """A note on the contact; a call or email with them (their name stays in a new log's
    subject), on their matter when they are the client of one, or of several told apart by the
    message's words ("email from acme's gc re the msa")."""
    reading.refs["contact"] = str(contact.id)
    if reading.resource == "notes":
        _take(reading, match)
        reading.fields["type"] = "Contact"
        return
    if reading.action != "create":
        _take(reading, match)
    matters = match.of("matter") or _people_matter(match)
    if len(matters) > 1 and not any(m.of("matter") for m in found if m is not match):
        narrowed = vocabulary.narrow(matters, reading.text, match.start, match.end)
        matters = (narrowed,) if narrowed else matters
    if len(matters) == 1:
        reading.ref("matter", str(matters[0].id))


def _practice_area(reading: Reading, match: Match, found: list[Match]) -> bool:
    """A new matter's practice area said as a clause of its own ("lease renewal, real estate",
    "wage audit, employment law"), in brackets ("wage audit (employment)") or before the word
    "matter" ("new litigation matter", "open a real estate matter"): placed, with its comma."""
    areas = match.of("practice_area")
    if (reading.resource, reading.action) != ("matters", "create") or len(areas) != 1:
        return False
    if "practice_area" in reading.refs:
        return False
    span = _area_span(reading, match) or _area_after_client(reading, match, found)
    if span is None or not reading.scan.is_free(match.start, match.end):
        return False
    reading.scan.take(*span)
    _take_label(reading, match.start)
    reading.refs["practice_area"] = areas[0].label
    return True


def _area_searched(reading: Reading, match: Match) -> bool:
    """ "family law matters", "employment matters": a matter search by its practice area."""
    areas = match.of("practice_area")
    if (reading.resource, reading.action) != ("matters", "search") or len(areas) != 1:
        return False
    if "practice_area" in reading.refs or match.of("contact") or match.of("user"):
        return False
    end = match.end
    after = _AREA_WORD.match(reading.text, end)
    if after is not None and reading.scan.is_free(end, after.end()):
        end = after.end()
    reading.scan.take(match.start, end)
    reading.refs["practice_area"] = areas[0].label
    return True


_AREA_WORD = lazy.regex(r"\s+(?:law|practice)\b", re.I)


_BRACKET_BEFORE = lazy.regex(r"\(\s*$")
_BRACKET_AFTER = lazy.regex(rf"{_AREA_LABEL_AFTER}\s*\)", re.I)
_NOUN_AFTER = lazy.regex(
    r"(?:\s+(?:law|practice))?(?=\s+(?:matter|mattter|mtr|case|file|client)\b)", re.I
)


_CLIENT_CUE = lazy.regex(r"\b(?:for|client:?)\s+(?:the\s+)?(?:client\s+)?$", re.I)
_CLIENT_START = lazy.regex(  # "open matter X - …", "poor Maria Garcia, she slipped ..."
    r"^[\s:,-]*(?P<aside>(?:poor|so|ok|okay|oh|hey|well)\s+)?(?:(?:matter|case)\b[\s:,-]*)?$", re.I
)
_CLIENT_END = lazy.regex(
    r"\.?\s*(?:[,;:(]|[-–—]\s)\s*|\.?\s*$"
    r"|\s+(?:wants|needs|asked)\s+us\s+(?:on|for|to\s+(?:handle|help\s+(?:him|her|them)\s+with|do))\s+|\s+(?=(?:needs?|wants?)\s+(?:a|an)\s+(?:new\s+)?(?:[\w'’-]+\s+){0,2}?(?:matter|case)\b)"
    rf"|(?=\s+is\s+(?:a\s+)?new\b|\s+{ANOTHER}\s+(?:matter|case)\b)",
    re.I,
)
_CASE_AFTER = lazy.regex(r"\s+(?:v\.?|vs\.?|versus)\s", re.I)


def _client(reading: Reading, match: Match) -> bool:
    """A new matter's client: the firm's one contact of that name, named after "for", or opening
    the message or its description. Said as a clause of its own ("for Sarah Johnson — …", "John
    Smith, landlord dispute") the name is placed; leading the description ("Globex Industries
    trademark opposition", "Acme Corp v. Sterling Supply") it stays in it."""
    contacts = match.of("contact") or _told_again(reading, match)
    if (reading.resource, reading.action) != ("matters", "create") or len(contacts) != 1:
        return False
    if "client" in reading.refs:
        return False
    text = reading.text
    cue = ending_at(_CLIENT_CUE, text, match.start)
    free_before = "".join(
        ch if reading.scan.is_free(i, i + 1) else " " for i, ch in enumerate(text[: match.start])
    )
    start_said = _CLIENT_START.match(free_before)
    leading = start_said is not None or text[: match.start].rstrip().endswith(
        (":", "-", "–", "—", ">", "→")  # "new estate planning mtr -> emily chen, ..."
    )
    if start_said is not None and start_said["aside"]:
        reading.scan.take(*start_said.span("aside"))  # "poor": said of them, no description
    if cue is None and not leading:
        return False
    reading.refs["client"] = str(contacts[0].id)
    end = _CLIENT_END.match(text, match.end)
    if _CASE_AFTER.match(text, match.end) or (end is None and cue is None):
        return True  # the name starts the description
    start = cue.start() if cue is not None else match.start
    reading.scan.take(start, end.end() if end is not None else match.end)
    return True


# rule "a client by first name, then him or her": "ravi wants us on the purchase of his condo -
# new real estate matter for him": a client's first name, then a pronoun standing for them.
_THEM_LATER = lazy.regex(r"\b(?:for|with)\s+(?:him|her|them)\b|\b(?:his|her|their)\s+\w", re.I)


def _told_again(reading: Reading, match: Match) -> tuple[Sense, ...]:
    """The one client a first name means, when the message goes on about them as him or her;
    never a colleague's name."""
    people = match.of("first_name")
    if len(people) != 1 or match.of("user") or len(words(match.text)) != 1:
        return ()
    return people if _THEM_LATER.search(reading.text, match.end) else ()


# A colleague said with the role, needing no comma before: "... real estate hannah is
# responsible", "... corporate practice area marcus is the responsible attorney", "hannah resp
# atty", "marcus atty"
_ROLE_SAID = lazy.regex(
    r"\s+(?:is\s+(?:the\s+)?)?(?:responsible(?:\s+(?:attorney|atty|lawyer))?|resp\.?\s+atty"
    rf"|atty|attorney)\b\s*{_CLAUSE_END}",
    re.I,
)
_NO_BOUNDARY = lazy.regex(r"\s*$")


def _lawyer_clause(reading: Reading, match: Match) -> bool:
    """A colleague named alone as a clause of a new matter ("lease renewal - real estate -
    alice", "..., hannah's matter"): its responsible attorney, when no other is said."""
    users = match.of("user")
    if (reading.resource, reading.action) != ("matters", "create") or len(users) != 1:
        return False
    if "responsible_attorney" in reading.refs or match.of("contact") or match.of("matter"):
        return False
    before = ending_at(_CLAUSE_BEFORE, reading.text, match.start)
    after = _LAWYER_AFTER.match(reading.text, match.end)
    if after is None and _POSSESSIVE.search(match.text):
        after = _OWN_MATTER.match(reading.text, match.end)
    if after is None:
        after = _LEADS_IT.match(reading.text, match.end)
    if after is None and (role := _ROLE_SAID.match(reading.text, match.end)):
        before = before or _NO_BOUNDARY.search(reading.text, 0, match.start)  # "hannah is resp"
        after = role
    if before is None or after is None or not reading.scan.is_free(match.start, match.end):
        return False
    reading.scan.take(before.start(), after.end())
    _take_label(reading, match.start)
    reading.refs["responsible_attorney"] = str(users[0].id)
    return True


def _timekeeper(reading: Reading, match: Match) -> bool:
    """ "forty-five minutes for alice on patel ...", "2h for marcus, smith v jones": a colleague
    right after a new time entry's length, with "for", is whose time it is; "memo for marcus"
    and "marcus's depo" are the work's."""
    users = match.of("user")
    if (reading.resource, reading.action) != ("activities", "create") or len(users) != 1:
        return False
    if "user" in reading.refs or match.of("contact") or match.of("matter"):
        return False
    possessive = _POSSESSIVE.search(match.text) or _POSSESSIVE.match(reading.text, match.end)
    owned = _OWN_LENGTH.match(reading.text, match.end)
    own_time = _OWN_TIME.match(reading.text, match.end)
    if owned and (possessive or match.text.lower().endswith("s")):  # "log priya's 2 hrs on ..."
        span: tuple[int, int] | None = (match.start, owned.end())
    elif (
        own_time
        and (possessive or own_time["s"])
        and ending_at(_OWN_TIME_BEFORE, reading.text, match.start)
    ):  # "entering Priya's time at her request", "priya's time: 2h ..."
        span = (match.start, match.end + len(own_time["s"] or ""))  # "time": the command's noun
    elif under := _under_name(reading, match):  # "log it under Priya's name"
        span = under
    elif possessive:
        return False
    else:
        span = _after_length(reading, match) or _opening_timekeeper(reading, match)
    if span is None or not reading.scan.is_free(*span):
        return False
    reading.scan.take(*span)
    reading.refs["user"] = str(users[0].id)
    return True


# rule "under a colleague's name": "log it under Priya's name", "do it under Hannah", "put that in
# under his name" (the colleague the message named, `_pronoun_timekeeper`): whose entry it is
_UNDER = lazy.regex(r"\bunder\s+$", re.I)
_NAME_AFTER = lazy.regex(
    r"(?:['’]s)?\s+name\b|(?=\s*(?:$|[,.;!?)]|\s(?:pls|please|plz|thx|thanks|for|on|re)\b))", re.I
)


def _under_name(reading: Reading, match: Match) -> tuple[int, int] | None:
    """Rule "under a colleague's name" (above), said with their name."""
    under = ending_at(_UNDER, reading.text, match.start)
    after = _NAME_AFTER.match(reading.text, match.end)
    return (under.start(), after.end()) if under and after else None


_THEIR_NAME = lazy.regex(
    r"\bunder\s+(?:his|her|their)\s+name\b"
    r"|\b(?:asked|wants|told)\s+me\s+to\s+(?:log|enter|put\s+in|record|add)\b.{0,80}?"
    r"\bfor\s+(?:him|her|them)\b"
    r"|\b(?:log|enter|put\s+in|record|add)\s+(?:it|this|that)\s+for\s+(?:him|her|them)\b"
    r"|\bwants\s+(?:his|her|their)\s+time\s+(?:logged|entered|put\s+in|recorded)\b",
    re.I,
)


def _pronoun_timekeeper(reading: Reading, found: list[Match]) -> None:
    """Rule "under a colleague's name" said with a pronoun: "Marcus never recorded his time ...
    could you put that in under his name?", "Priya ... asked me to log three hours for her",
    "marcus was at the status conf ... pls log it for him", "marcus ... wants his time logged": the
    one colleague the message names is whose entry it is; none or several, and it stays the
    requester's."""
    if (reading.resource, reading.action) != ("activities", "create") or "user" in reading.refs:
        return
    pointed = _THEIR_NAME.search(reading.text)
    colleagues = {s.id for m in found for s in m.of("user") if not m.of("contact")}
    if pointed is None or len(colleagues) != 1:
        return
    if reading.scan.is_free(pointed.start(), pointed.end()) and pointed.group().lower().startswith(
        "under"
    ):
        reading.scan.take(pointed.start(), pointed.end())
    reading.refs["user"] = str(colleagues.pop())


def _after_length(reading: Reading, match: Match) -> tuple[int, int] | None:
    cue = ending_at(_AFTER_LENGTH, reading.text, match.start)
    return (cue.start("for"), match.end) if cue else None


def _opening_timekeeper(reading: Reading, match: Match) -> tuple[int, int] | None:
    """A colleague opening the entry, or a clause of it, as whose work it is: "priya: 5.5 hrs
    ...", "priya spent 2h ...", "for marcus: court appearance ...", "entering this for marcus:
    ...", "put marcus down for 45
    min", "hannah asked me to put in 0.4 for her", "log for me (Marcus Bell): 1.75 hours";
    not "marcus called" nor "memo for marcus"."""
    before = ending_at(_TIMEKEEPER_BEFORE, reading.text, match.start)
    after = _TIMEKEEPER_AFTER.match(reading.text, match.end)
    if before is None or after is None:
        return None
    end = after.end("cue") if after["cue"] else match.end
    lead = before["lead"] and reading.scan.is_free(before.start("lead"), match.start)
    return before.start("lead") if lead else match.start, end


_AFTER_LENGTH = lazy.regex(  # "15 min non-billable for alice": how it is billed may come between
    r"(?:\d|(?:\d|\b)(?:hours?|hrs?|h|minutes?|mins?|m))\.?\s+"
    r"(?:(?:non-?billable|not\s+billable|billable|nb|no[- ]charge|n/c)\s+)?(?P<for>for)\s+$",
    re.I,
)
_TIMEKEEPER_BEFORE = lazy.regex(  # a sentence's start too: "Tom here. Marcus asked me to log ..."
    r"(?:^|(?<=\w)[.!]\s+|(?:^|\b(?:entry|time|log))\s*:|\bfor\s+me\s*\("
    r"|\b(?:time\s+entry|time|hours)\s+(?=for\s)"
    r"|\b(?:entering|logging|adding)(?:\s+(?:this|it|these))?\s+(?=for\s))\s*(?P<lead>(?:for|put)\s+)?$",
    re.I,
)  # "time entry for marcus bell 3 hours ...", "record time for priya not me 1.25 hours ..."
_TIMEKEEPER_AFTER = lazy.regex(
    r"(?P<cue>\s*[:)]|\s+down\s+for\b|,?\s+(?:not|instead\s+of)\s+me\b)"
    r"|\s+(?:spent|worked|asked\s+me|wants|needs)\b"
    r"|[\s,–—-]+(?=(?:\d|\.\d|an?\s+(?:hour|half)|half\s+an|one\s+hour))",
    re.I,
)
_POSSESSIVE = lazy.regex(r"['’]s?(?:\b|$)")
# "Priya's time: ...", "entering marcus's hours": the time of the colleague said as theirs
_OWN_TIME_BEFORE = lazy.regex(
    r"(?:^|[.!:;]\s*|\b(?:entering|logging|adding|log|enter|add|record|put\s+in)\s+)$", re.I
)  # the colleague's time said first: not "... for priya's time entry review"
_OWN_TIME = lazy.regex(
    r"(?P<s>['’]s?)?\s+(?:time|hours|hrs)\b(?!\s+(?:on|for)\s+(?:the\s+)?\w+['’]s)", re.I
)
# "priya's 2 hrs", "priyas 2 hrs": the length right after a colleague's possessive is theirs
_OWN_LENGTH = lazy.regex(
    r"(?:['’]s?)?(?=\s+(?:\d+(?:\.\d+)?|\.\d+)\s*(?:h|hrs?|hours?|m|mins?|minutes?)\b)", re.I
)


_LABEL_BEFORE = lazy.regex(
    rf"(?:\b(?:{labelled.PRACTICE_AREA}|{labelled.RESPONSIBLE_ATTORNEY}))\s*:\s*$", re.I
)


def _take_label(reading: Reading, start: int) -> None:
    """The label a value placed by its name was written after ("area: litigation")."""
    label = ending_at(_LABEL_BEFORE, reading.text, start)
    if label is not None:
        reading.scan.take(label.start(), start)


_LAWYER_AFTER = lazy.regex(rf"\s*{_CLAUSE_END}")
_OWN_MATTER = lazy.regex(rf"\s+(?:matter|case|file)\b\s*{_CLAUSE_END}", re.I)  # "hannah's matter"
# "hannah will run it", "marcus lead": the colleague who runs the new matter
_LEADS_IT = lazy.regex(rf"{LEADS_IT}\s*{_CLAUSE_END}", re.I)


def _area_after_client(
    reading: Reading, match: Match, found: list[Match]
) -> tuple[int, int] | None:
    """ "open matter - acme corp employment, noncompete for ...": the area right after the name
    of the client, ending the clause, is said of the matter: neither is the matter's words."""
    text, client = reading.text, reading.refs.get("client")
    after = _CLAUSE_AFTER.match(text, match.end)
    named = [
        m
        for m in found
        if [str(c.id) for c in m.of("contact")] == [client]
        and m.end <= match.start
        and not text[m.end : match.start].strip()
    ]
    return (named[0].start, after.end()) if named and after is not None else None


def _area_span(reading: Reading, match: Match) -> tuple[int, int] | None:
    """Where a practice area is said as one: a clause, a bracket or the word before "matter"."""
    text = reading.text
    before = ending_at(_CLAUSE_BEFORE, text, match.start)
    after = _CLAUSE_AFTER.match(text, match.end)
    if before is not None and after is not None:
        return before.start(), after.end()
    bracket = ending_at(_BRACKET_BEFORE, text, match.start)
    closing = _BRACKET_AFTER.match(text, match.end)
    if bracket is not None and closing is not None:
        return bracket.start(), closing.end()
    noun = _NOUN_AFTER.match(text, match.end)
    if noun is not None and match.text.strip()[:1].isalpha():
        return match.start, noun.end()
    unpunctuated = _AREA_UNPUNCTUATED.match(text, match.end)
    if unpunctuated is not None and match.text.strip()[:1].isalpha():
        return match.start, unpunctuated.end("label")
    return None


# rule "a practice area said without a comma" (dictated, typed fast): "... wage and hour audit
# employment practice area", "... condo in hoboken real estate hannah is responsible", "... power
# of attorney estate planning assign it to hannah": with its label, before the lawyer said with
# their role, or ending the message
_AREA_UNPUNCTUATED = lazy.regex(
    rf"(?P<label>{_AREA_LABEL_AFTER})(?:(?<=area)|(?<=practice)|(?=\s*[.!]?\s*$"
    r"|\s+(?:[^\W\d_]+(?:['’]s)?|[\ue000-\ue0ff])\s+(?:is\s+(?:the\s+)?)?"
    r"(?:responsible|resp\.?|atty|attorney|lead)\b"
    r"|\s+assign(?:ed)?\s+(?:it\s+)?to\b))",
    re.I,
)


def place(reading: Reading, vocabulary: Vocabulary) -> None:
    """Read the firm's names in the free text into `refs` (see the module's docstring)."""
    slot = _person_slot(reading)
    said = _SAID_AFTER.search(reading.text) if reading.resource == "communications" else None
    if said and _NARRATED.match(reading.text, said.end()):
        said = None  # "log a call: I phoned john smith re the depo": the call itself, told
    if said and not any(start < said.start() for start, _ in reading.scan.segments()):
        said = None  # "pls log: email from metro court reporting": only the command before it
    if said and (
        COMM_PARTS_AFTER.match(reading.text, said.end())
        or ending_at(COMM_LABEL_BEFORE, reading.text, said.start())
    ):
        said = None  # "log this email on johnson: from Sarah Johnson to Marcus Bell, sent ..."
    found = _without_negated(reading, vocabulary.find(reading.text))
    if said and _teller_first(reading.text, said.end(), found):
        said = None  # "log a call: maria garcia phoned ...": the call itself, told by its caller
    # rule "the most specific matter name": a name that means one matter exactly ("smith v
    # jones") wins over an earlier one that may mean several, among them that one ("john smith")
    exact = {
        s.id for m in found if m.score >= 100 and len(m.of("matter")) == 1 for s in m.of("matter")
    }
    placed = parties.place(reading, found)  # rule "who called whom"
    _party_matter(reading, vocabulary, found, placed)
    for match in found:
        if not reading.scan.is_free(match.start, match.end) or _practice_area(
            reading, match, found
        ):
            continue
        if match.start in placed:
            continue
        if _area_searched(reading, match) or _client(reading, match):
            continue
        if _lawyer_clause(reading, match) or _timekeeper(reading, match):
            continue
        if activities.place_description(reading, match):
            continue
        if _by_topic(reading, match, found) or _by_person(reading, match, found):
            continue
        if said and match.start >= said.end() and not _closing_field(reading.text, match):
            break  # "log email to marcus: the garcia file is ready": what was said stays whole
        if _note_text(reading, match) and {"matter", "contact"} & set(reading.refs):
            break  # "note on oliver grant: referred by john smith": the note's own words
        if _new_name(reading, match):
            break  # "rename the X task to Send engagement letter - Widget Works"
        if _other_end(reading, match):
            continue
        if contact := _contact(reading, match):
            _place_contact(reading, match, contact, vocabulary, found)
            continue
        if colleague := _colleague(reading, match):
            reading.refs["contact"] = colleague
            if reading.action != "create":
                _take(reading, match)
            continue
        matters, users = match.of("matter"), match.of("user")
        as_person = bool(users and slot and slot not in reading.refs)
        if as_person and _whose_task(reading, match):
            continue
        if as_person and _assigned_later(reading, match, found):
            continue
        as_matter = bool(matters and reading.resource in _MATTERS and "matter" not in reading.refs)
        if _named_again(reading, match):  # "with ravi patel, bill to patel estate"
            _take(reading, match)
            continue
        if len(matters) > 1 and exact & {s.id for s in matters}:
            as_matter = False
            if _runs_into_exact(reading, match, found):  # "the acme widget works matter"
                _take(reading, match)
        elif len(matters) > 1:
            billed = reading.resource == "activities"  # time bills it: a topic word is no proof
            narrowed = vocabulary.narrow(
                matters, reading.text, match.start, match.end, topics=not billed
            )
            matters = (narrowed,) if narrowed else matters
        if as_person and (match.mention or not as_matter):
            _take(reading, match)
            reading.refs[slot] = _ref(users, match.text)  # type: ignore[index]
            if as_matter:
                reason = f"{match.text!r} may name a matter, not the {slot}"
                refs = {"matter": _ref(matters, match.text)}
                reading.alternatives.append(Alternative(reason=reason, refs=refs))
        elif as_matter and _by_client(reading, match):
            _take(reading, match)
            reading.refs["client"] = str(match.of("contact")[0].id)
        elif as_matter and _aside(reading, match, matters):
            continue
        elif as_matter and _named_in_title(reading, match):
            reading.refs["matter"] = _ref(matters, match.text)
        elif as_matter:
            if not _with_whom(reading, match) and not _owned_thing(reading, match):
                _take(reading, match)
            reading.refs["matter"] = _ref(matters, match.text)
            if as_person:
                reason = f"{match.text!r} may name the {slot}, not the matter"
                refs = {slot: _ref(users, match.text)}  # type: ignore[dict-item]
                reading.alternatives.append(Alternative(reason=reason, refs=refs))
    _pronoun_timekeeper(reading, found)
    activities.work_kind(reading, vocabulary)


# rule "a matter told apart by negation": "acme's MSA markup - the contract review, not the widget
# case": a matter named after "not" is the one the message is not about. Its name leaves the text
# (with the clause it is said in) and its matter leaves every other name that may mean it.
_NOT_BEFORE = lazy.regex(
    r"(?P<clause>[,;]\s*|\s[-–—]+\s*|\s)(?:(?:but|and)\s+)?not\s+(?:(?:the|on|in|for|re|under)\s+){0,2}$",
    re.I,
)
_NEGATED_AFTER = lazy.regex(r"(?:['’]s)?(?:\s+(?:matter|case|suit|file|one|thing))?\b", re.I)
_NEGATED_KINDS = ("matter", "matter_topic", "matter_person")


def _without_negated(reading: Reading, found: list[Match]) -> list[Match]:
    """The names of `found` with those said after "not" taken out, and their matters left out
    of what the other names may mean (rule "a matter told apart by negation")."""
    negated = [m for m in found if ending_at(_NOT_BEFORE, reading.text, m.start) is not None]
    negated = [m for m in negated if any(m.of(kind) for kind in _NEGATED_KINDS)]
    if not negated or (reading.resource, reading.action) not in _NEGATABLE:
        return found
    left_out = {s.id for m in negated for kind in _NEGATED_KINDS for s in m.of(kind)}
    kept: list[Match] = []
    for match in found:
        if match in negated:
            before = ending_at(_NOT_BEFORE, reading.text, match.start)
            after = _NEGATED_AFTER.match(reading.text, match.end)
            start = before.start() if before is not None else match.start
            end = after.end() if after is not None else match.end
            if reading.scan.is_free(start, end):
                reading.scan.take(start, end)
            continue
        senses = tuple(
            s for s in match.senses if s.kind not in _NEGATED_KINDS or s.id not in left_out
        )
        if senses:
            kept.append(replace(match, senses=senses) if senses != match.senses else match)
    return kept


_NEGATABLE = frozenset(
    (resource, "create")
    for resource in ("activities", "tasks", "calendar_entries", "notes", "communications")
)


def _party_matter(
    reading: Reading, vocabulary: Vocabulary, found: list[Match], placed: set[int]
) -> None:
    """ "log an email alice sent to acme corp today on the contract review matter": a party who
    is also the name of several matters (the client's) gives the one the message's own words
    tell apart (rule "narrowed by its own words"), as it would had it been read as the matter;
    not when another name says the matter ("..., smith v jones")."""
    parties_ = [m for m in found if m.start in placed]
    if "matter" in reading.refs or any(m.of("matter") for m in found if m.start not in placed):
        return
    for match in parties_:
        matters = match.of("matter")
        if len(matters) > 1 and (
            one := vocabulary.narrow(matters, reading.text, match.start, match.end)
        ):
            reading.refs["matter"] = str(one.id)
            return


def _note_text(reading: Reading, match: Match) -> bool:
    """Whether a name is in a new note's text, after the colon that ends what it is on."""
    if (reading.resource, reading.action) != ("notes", "create"):
        return False
    said = _SAID_AFTER.search(reading.text)
    return said is not None and match.start >= said.end()


# rule "a new name's own words": after a rename's "to" (or colon), names are the new name's.
_RENAMED_TO = lazy.regex(r"\b(?:re-?name|re-?title)d?\b.+?(?:\s(?:to|as)\s|:\s*)", re.I)


def _new_name(reading: Reading, match: Match) -> bool:
    """Whether a name is in a task's new name (rule "a new name's own words")."""
    if (reading.resource, reading.action) != ("tasks", "update"):
        return False
    said = _RENAMED_TO.search(reading.text)
    return said is not None and match.start >= said.end()


_WITH = lazy.regex(
    r"\b(?:with|w/|from|called|phoned|e-?mailed|met|spoke\s+(?:to|with)|talked\s+(?:to|with)|"
    r"(?:e-?mail|call|letter|msg|message|vm|voicemail|text|memo|note)s?\s+to)"
    r"\s+(?:the\s+)?$",
    re.I,
)


_THEY_DID = lazy.regex(r"\s+(?:called|phoned|e-?mailed|rang|texted|came|stopped|dropped)\b", re.I)


def _with_whom(reading: Reading, match: Match) -> bool:
    """A new entry's matter named by the person the work was with ("45m phone w/ emily chen re
    custody", "maria garcia called in, .2"): the matter is placed and the person stays in the
    note (rule "who it was with")."""
    return (
        (reading.resource, reading.action) == ("activities", "create")
        and bool(match.of("contact"))
        and len(words(match.text)) >= 2
        and (
            ending_at(_WITH, reading.text, match.start) is not None
            or _THEY_DID.match(reading.text, match.end) is not None
        )
    )


# "rework the trustee section of ravi's trust deed": a matter said as a client's, then the thing
# of it the work is on; not a kind word ("emily's divorce case"), a cue or a day
_THING_OF_IT = lazy.regex(
    r"\s+(?!(?:matter|case|file|and|or|but|on|in|for|to|by|due|at|from|with|re|about|this|next"
    r"|today|tomorrow|tmrw|asap|pls|please|is|was|needs?|has|had)\b)[a-z][\w-]{2,}\b(?!\s*:)",
    re.I,
)


def _owned_thing(reading: Reading, match: Match) -> bool:
    """A new record's matter said as a client's ("ravi's trust") right before the thing of it
    the work is on ("... deed"): the matter is placed and the words stay in the title."""
    return (
        reading.action == "create"
        and _POSSESSIVE.search(match.text.split()[0]) is not None
        and _THING_OF_IT.match(reading.text, match.end) is not None
    )


def _named_again(reading: Reading, match: Match) -> bool:
    """A new entry's matter named a second time: the second name leaves the note."""
    placed = reading.refs.get("matter")
    return (
        (reading.resource, reading.action) == ("activities", "create")
        and placed is not None
        and any(str(s.id) == placed for s in match.of("matter"))
        and not _with_whom(reading, match)
    )


_BY_TOPIC = frozenset(
    (resource, "create")
    for resource in ("activities", "tasks", "calendar_entries", "notes", "communications")
)


def _by_topic(reading: Reading, match: Match, found: list[Match]) -> bool:
    """A new entry's matter named only by what it is about ("on the lease dispute", "the divorce
    - 2.0"; rule "the matter by its topic"): placed when no name in the message means a matter
    and the topic is one matter's. Its words leave the note. A new task, appointment, note or
    call names it so after a matter's cue only ("a task on the lease dispute to ...", "prep for
    the divorce"), not in passing ("review the lease dispute notes")."""
    topics = match.of("matter_topic")
    if (
        (reading.resource, reading.action) not in _BY_TOPIC
        or len(topics) != 1
        or "matter" in reading.refs
        or any(m.of("matter") for m in found)
    ):
        return False
    cue = ending_at(_MATTER_CUE, reading.text, match.start)
    if reading.resource != "activities" and (  # "a task on the lease dispute to ...": a cue said
        cue is None or not reading.scan.is_free(cue.start(), match.start)
    ):
        return False
    after = _KIND_AFTER.match(reading.text, match.end) or _TOPIC_KIND.match(reading.text, match.end)
    one_word = len(words(match.text)) == 1  # "the divorce", "divorce file"; not "a divorce memo"
    if one_word and not (after or ending_at(_TOPIC_CUE, reading.text, match.start)):
        return False
    if reading.resource != "activities" and cue is not None:
        reading.scan.take(cue.start(), match.start)
    _take(reading, match)
    if after and reading.scan.is_free(*after.span()):
        reading.scan.take(*after.span())
    reading.refs["matter"] = str(topics[0].id)
    return True


def story_matter(story: str, vocabulary: Vocabulary) -> str | None:
    """The matter a story told before a request names only through a person (rule "the matter
    by its people": "Ravi still hasn't paid the last invoice. can you put a task on my list to
    send him a reminder"): the one matter of the persons it names, none of them a colleague,
    when it names no matter itself."""
    found = vocabulary.find(story)
    if any(m.of("matter") for m in found):
        return None
    people = [m for m in found if _people_matter(m) and not m.of("user")]
    ids = {s.id for m in people for s in _people_matter(m)}
    return str(ids.pop()) if len(ids) == 1 else None


def _people_matter(match: Match) -> tuple[Sense, ...]:
    """The matters a name means as a person one is named through, once each."""
    return tuple({s.id: s for s in match.of("matter_person")}.values())


def _by_person(reading: Reading, match: Match, found: list[Match]) -> bool:
    """A new task, calendar entry or time or expense entry's matter named only through a person
    (rule "the matter by its people"): a client's first name ("send ravi the trust deed", ".4 tc
    w/ ravi re funding") or the other side of a suit ("the robert jones depo", "45 min jones depo
    - exhibits"). Placed when no name in the message means a matter, the name is no colleague's
    and it means one matter; the name stays in the title or the note. A person on several
    matters places none (the matter is optional there, or asked for)."""
    matters = _people_matter(match)
    if (
        (reading.resource, reading.action) not in _BY_PERSON
        or len(matters) != 1
        or "matter" in reading.refs
        or match.of("user")
        or any(m.of("matter") for m in found)
    ):
        return False
    reading.refs["matter"] = str(matters[0].id)
    return True


_MATTER_KINDS = frozenset({"matter", "matter_topic"})
_TOPIC_KIND = lazy.regex(r"\s+(?:matter|case|file|thing|one)\b", re.I)
_TOPIC_CUE = lazy.regex(r"\b(?:the|on|for|in|re|to)\s+$", re.I)


def _runs_into_exact(reading: Reading, match: Match, found: list[Match]) -> bool:
    """Whether the next name, right after `match` (a space between), means one matter, and
    one of those `match` may mean: both are the matter's name ("acme" + "widget works")."""
    after = next((m for m in found if m.start >= match.end), None)
    if after is None or reading.text[match.end : after.start].strip():
        return False
    ones = after.of("matter")
    return len(ones) == 1 and ones[0] in match.of("matter")


def _teller_first(text: str, start: int, found: list[Match]) -> bool:
    """Whether the words after a colon at `start` open with a name of the firm's, then a verb
    telling a call or an email ("maria garcia phoned ...", "sarah called marcus ..."): the call
    itself, told by who made it, not words said in it (counter-examples: "tell ravi called";
    "email to marcus: ravi patel called", where the head names whom it went to)."""
    if any(match.start < start for match in found):
        return False
    return any(
        match.start == start and _NARRATED.match(text[match.end :].lstrip()) for match in found
    )


def placeable(resource: str | None, action: str) -> bool:
    """Whether names may be placed in a reading of this command (a matter, an assignee...)."""
    if resource == "matters" and action in ("create", "search"):  # practice area, attorney
        return True
    return resource in _MATTERS and action not in ("unknown", "watch", "unwatch")


def adds_to(plain: Intent, named: Intent, vocabulary: Vocabulary) -> bool:
    """Whether the reading with names (`named`) only adds to the reading without (`plain`): the
    same command, and every ref placed without names kept, resolved to its record, or dropped
    only when the vocabulary knows its words as something else ("task for Marcus ...": Marcus is
    a colleague, not a matter)."""
    if (plain.resource, plain.action) != (named.resource, named.action):
        return False
    if not _said_kept(plain, named) and not _tail_placed(plain, named, vocabulary):
        return False
    for slot, value in plain.refs.items():
        now = named.refs.get(slot)
        if now == value or (now is not None and now.isdigit() and not value.isdigit()):
            continue
        if now is not None and _names_it(vocabulary, slot, value, now):
            continue  # "00042": the words as written resolved to the matter they name
        if now is not None and _named_whole(vocabulary, slot, now):
            continue  # "..., client meeting": the firm's own activity for the words guessed
        if now is not None and _colleague_named(vocabulary, value, now):
            continue  # "call from Hannah to ...": the words read as the colleague of that name
        if now is None and _reread(vocabulary, value, named.refs):
            continue
        if _moved(vocabulary, value, named.refs):
            continue  # "an email marcus sent to maria garcia": the contact is the receiver
        if _split_off(value, now, plain, named):
            continue
        if _fits(vocabulary, slot, value):
            return False
    return True


def _names_it(vocabulary: Vocabulary, slot: str, written: str, now: str) -> bool:
    """Whether `written`, whole, is a name of the record `now` (an id) of kind `slot`."""
    return any(
        m.start == 0 and m.end == len(written) and any(str(s.id) == now for s in m.of(slot))
        for m in vocabulary.find(written)
    )


def _moved(vocabulary: Vocabulary, written: str, refs: dict[str, str]) -> bool:
    """Whether the one contact the whole of `written` names is placed by the names in another
    slot (rule "who called whom": the contact read without names is the call's receiver)."""
    if "recipient" not in refs:
        return False
    whole = [m for m in vocabulary.find(written) if m.start == 0 and m.end == len(written)]
    contacts = {c.id for m in whole for c in m.of("contact")}
    return len(contacts) == 1 and refs["recipient"] == str(next(iter(contacts)))


def _said_kept(plain: Intent, named: Intent) -> bool:
    """Whether what was said after the colon is the same in both readings: the same body, or
    the body become the subject when the head before the colon was only names ("phone log
    johnson: sarah called marcus ...")."""
    said, now = plain.fields.get(_SAID), named.fields.get(_SAID)
    if isinstance(said, str) and isinstance(now, str) and now and said != now:
        # rule "a closing field is no body": only the last field's name taken off the body
        return said.startswith(now) and _CLOSING_BODY.fullmatch(said, len(now)) is not None
    return said == now or (now is None and said == named.fields.get("subject"))


_CLOSING_BODY = lazy.regex(r"\s*;[^;]{1,60}")
_TAIL_LEAD = lazy.regex(r"^[\s.,;:–—-]*(?:(?:on|for|re|in|under|to)\s+)?(?:the\s+)?", re.I)


def _tail_placed(plain: Intent, named: Intent, vocabulary: Vocabulary) -> bool:
    """Rule "a record named after the body": "..., sent tues. patel estate": the words the names
    took off the body's end name, whole, a record the reading with names placed."""
    said, now = plain.fields.get(_SAID), named.fields.get(_SAID)
    if not (isinstance(said, str) and isinstance(now, str) and now and said.startswith(now)):
        return False
    tail = _TAIL_LEAD.sub("", said[len(now) :]).strip(" .!")
    placed = set(named.refs.values())
    return bool(tail) and any(
        m.start == 0 and m.end == len(tail) and any(str(s.id) in placed for s in m.senses)
        for m in vocabulary.find(tail)
    )


_LISTED = frozenset({"activity_description", "practice_area", "task_type", "calendar"})


def _named_whole(vocabulary: Vocabulary, slot: str, written: str) -> bool:
    """Whether `written` is, whole, the name of one of the firm's records of a listed kind (an
    activity description, a practice area...): a record found, as an id is."""
    if slot not in _LISTED:
        return False
    return any(
        m.start == 0 and m.end == len(written) and len(m.of(slot)) == 1
        for m in vocabulary.find(written)
    )


def _colleague_named(vocabulary: Vocabulary, written: str, now: str) -> bool:
    """Whether `now` is the typed @name of the one colleague the whole of `written` names."""
    whole = [m for m in vocabulary.find(written) if m.start == 0 and m.end == len(written)]
    users = [u for m in whole for u in m.of("user")]
    return len(users) == 1 and now == "@" + ".".join(users[0].label.split())


def _split_off(written: str, now: str | None, plain: Intent, named: Intent) -> bool:
    """Whether names split a description in two ("hannah's mediation prep entry to patel estate
    planning": the entry, then the matter it goes to): the start of it kept, a record placed."""
    return (
        now is not None
        and written.lower().startswith(now.lower())
        and written[len(now) :].lstrip().lower().startswith("to ")
        and any(slot not in plain.refs and value.isdigit() for slot, value in named.refs.items())
    )


def _reread(vocabulary: Vocabulary, written: str, refs: dict[str, str]) -> bool:
    """Whether the words of a dropped ref now name the one record of another slot ("note on
    ravi patel": the contact, not a matter called "ravi patel")."""
    contact = refs.get("contact")
    return contact is not None and any(
        str(sense.id) == contact for m in vocabulary.find(written) for sense in m.of("contact")
    )


def drop_colleague_matter(intent: Intent, vocabulary: Vocabulary) -> Intent:
    """A matter said in words the firm knows whole only as a colleague ("lunch for Priya's
    birthday") is no matter: the ref is dropped, so the record goes without one or the matter
    is asked for, never looked up by a colleague's name."""
    written = intent.refs.get("matter")
    if written is None or written.isdigit():
        return intent
    whole = [m for m in vocabulary.find(written) if m.start == 0 and m.end == len(written)]
    if whole and all(sense.kind == "user" for match in whole for sense in match.senses):
        del intent.refs["matter"]
    return intent


def _fits(vocabulary: Vocabulary, slot: str, written: str) -> bool:
    """Whether `written` may name a record for `slot`: it does unless the vocabulary knows the
    whole of it only as records of other kinds."""
    whole = [m for m in vocabulary.find(written) if m.start == 0 and m.end == len(written)]
    if not whole:
        return True
    if slot == "matter":
        return any(sense.kind in _MATTER_KINDS for match in whole for sense in match.senses)
    if slot in _DESCRIBED:  # "delete my widget works entry": a record named by its matter's words
        return any(
            sense.kind in {"matter", "contact", "user"} for match in whole for sense in match.senses
        )
    # a client's surname alone ("task for garcia: …") names their matter, not the assignee; a
    # full name ("assigned to Ravi Patel") or a contact with no matter ("dr hart") may be one
    return any(
        sense.kind == "user"
        or (sense.kind == "contact" and (not match.of("matter") or len(words(match.text)) > 1))
        for match in whole
        for sense in match.senses
    )


def opens_with_mention(message: Message) -> bool:
    """ "@priya pls call court clerk": the message opens with a typed @name."""
    text = message.text.lstrip()
    entity = message.entity(text[0]) if text else None
    return entity is not None and entity.kind == "mention" and entity.value.startswith("@")


_QUESTION = lazy.regex(
    r"(?:what|what's|whats|when|where|who|how|which|why|is|are|do|does|did|any)\b", re.I
)


def may_address(message: Message) -> bool:
    """ "priya - pull the bills", "marcus needs to call ...", "assign to tom: ...": a message that
    may open with a colleague's name and a word handing them the work (the vocabulary tells
    whether it does)."""
    start = _assigned(message.text)
    return opens_with_mention(message) or any(p.match(message.text, start) for p in _HANDED)


def addressed(message: Message, vocabulary: Vocabulary) -> tuple[Sense, str] | None:
    """ "@priya pls call court clerk", "priya - pull the bills by friday", "marcus needs to call
    the client": a message opening with a colleague's typed @name, or with their name and a word
    handing them the work, is a task for them; the colleague and the rest of the message (without
    "pls"), in plain text."""
    text = message.text.lstrip()
    entity = message.entity(text[0]) if text and opens_with_mention(message) else None
    if entity is None:
        return _handed(message, vocabulary)
    found = vocabulary.find(entity.value)
    whole = found[0].of("user") if found and found[0].end == len(entity.value) else ()
    if len(whole) != 1:
        return None
    rest = text[1:]
    rest = message.plain(rest[_ADDRESSED.match(rest).end() :]).strip()  # type: ignore[union-attr]
    return (whole[0], rest) if rest else None


# "priya - ...", "marcus needs to ...", "hannah pls ...", "priya to ...": a name (one or two words)
# then a dash, a colon, a comma or a word that hands over the work; "hannah called" is not.
# After "assign to" the name alone hands it over: "assign to priya index the production"; so
# after "need", "ask": "need priya to prep the privilege log", "ask tom to send the invoice".
_ASSIGN = lazy.regex(
    r"\s*(?:assign(?:ed)?\s+(?:it\s+|this\s+)?to|for|(?:(?:i|we)\s+)?(?:need|ask))\s+",
    re.I,
)
_NAME_WORD = r"[^\W\d_][\w'’]*"
_HAND_CUE = (
    r"(?P<cue>\s*(?:-+>|=>|→|[-–—:,]|\b(?:pls|plz|please|to|needs?\s+to|has\s+to|must|should|can\s+you"
    r"|could\s+you)\b)[\s,:]*(?:(?:pls|plz|please)\b[\s,:]*)?)(?=\w)"
)
# "priya draft the deposition notice": the name, then a verb of work in the imperative.
# a possessive is no one handed work: "hannah's schedule tomorrow" asks for her calendar
_HAND_VERB = rf"(?<!['’]s)(?P<verb>\s+)(?=(?:{TASK_VERBS})\s+(?:the|a|an|all|any|my|our|his|her|their|\w+)\b)"
_HANDED = tuple(
    lazy.regex(rf"\s*(?P<name>{_NAME_WORD}{more})(?:{_HAND_CUE}|{_HAND_VERB})", re.I)
    for more in (rf"\s+{_NAME_WORD}", "")
)
_HANDED_BY_ASSIGN = tuple(
    lazy.regex(rf"(?P<name>{_NAME_WORD}{more})(?:{_HAND_CUE}|\s+(?=\w))", re.I)
    for more in (rf"\s+{_NAME_WORD}", "")
)


def _assigned(text: str) -> int:
    """Where the name starts: after an opening "assign to" or "for", else at 0."""
    found = _ASSIGN.match(text)
    return found.end() if found else 0


def _handed(message: Message, vocabulary: Vocabulary) -> tuple[Sense, str] | None:
    """The colleague a plain-text message opens with and hands work to, and the rest."""
    start = _assigned(message.text)
    for pattern in _HANDED_BY_ASSIGN if start else _HANDED:
        found = pattern.match(message.text, start)
        if found is None or any(message.entity(char) for char in found.group()):
            continue
        if found["name"].endswith(("'s", "’s")):
            continue  # "need marcus's hours": whose, not who is handed the work
        matches = vocabulary.find(found["name"])
        whole = matches[0] if matches and matches[0].start == 0 else None
        if whole is None or whole.end != len(found["name"]):
            continue
        users = whole.of("user")
        if len(users) != 1 or whole.of("matter") or whole.of("contact"):
            continue
        rest = message.text[found.end() :].strip()
        return (users[0], rest) if rest and not _QUESTION.match(rest) else None
    return None


# "smith v jones — priya to index the exhibits", "for the widget works case, task to priya ...",
# "acme contract review → tom to generate the WIP report": a matter named first, as a clause of
# its own, then the request.
_LED_CUE = lazy.regex(r"\s*(?:(?:for|on|in|re|under)\s+)?(?:the\s+)?", re.I)
_LED_END = lazy.regex(
    r"(?:(?:'s|’s)?\s+(?:matter|case|file))?\s*(?:[:,;—–→>]|-+>?|\s-\s|=>)\s*(?=\S)", re.I
)


def led_by_matter(message: Message, vocabulary: Vocabulary) -> tuple[str, str] | None:
    """The matter a message opens with, as a clause of its own, and the rest of the message in
    plain text (its matter ref: the id when one matter has the name, else the words)."""
    text = message.text
    cue = _LED_CUE.match(text)
    start = cue.end() if cue else 0
    found = vocabulary.find(text[start:])
    first = found[0] if found else None
    if first is None or first.start != 0 or not first.of("matter"):
        return None
    end = _LED_END.match(text, start + first.end)
    if end is None or any(message.entity(char) for char in text[: end.end()]):
        return None
    rest = message.plain(text[end.end() :]).strip()
    return (_ref(first.of("matter"), first.text), rest) if rest else None


# "I need to review the estoppel cert by dec 10": work the writer gives themself.
_WORK_VERB = lazy.regex(rf"(?:{TASK_VERBS})\b", re.I)
_OWN_WORK = lazy.regex(
    r"\s*(?:(?P<who>i|we)\s+(?:(?:really|still|also)\s+)?(?:need\s+to|have\s+to|must|should|"
    r"gotta|got\s+to|'ve\s+got\s+to|ve\s+got\s+to|have\s+got\s+to|want\s+to)"
    # the writer left out as in a note to self: "need to finalize ravi's will by the 11th"
    r"|(?:(?:still|also)\s+)?(?:need\s+to|have\s+to|gotta|got\s+to|must))\s+(?=\w)",
    re.I,
)


_MAY_LEAD = lazy.regex(
    r"\s*(?:[\w'’.&-]+\s+){0,6}?[\w'’.&-]+\s*(?:[:,;—–→]|-+>?|\s-\s|=>)\s*\S", re.I
)


def may_lead(message: Message) -> bool:
    """Whether the message may open with a matter as a clause of its own, or with "I need to"
    (the vocabulary tells whether it names a matter)."""
    return _MAY_LEAD.match(message.text) is not None or own_work(message) is not None


def own_work(message: Message, *, read: bool = False) -> str | None:
    """What follows "I need to", "I have to", "I must" at the start of a message, in plain text;
    or "need to" alone, before a verb of work if the message reads as a question of its own
    (`read`: "need to see my tasks due friday", not "need to follow up w dr hart monday")."""
    text = message.text.replace("’", "'")
    found = _OWN_WORK.match(text)
    if found is None:
        return None
    if read and found["who"] is None and not _WORK_VERB.match(text, found.end()):
        return None
    rest = message.plain(message.text[found.end() :]).strip()
    return rest or None


def by_verb(message: Message) -> bool:
    """Whether the message hands work over by a verb alone after the name ("priya draft the
    notice"), not by a cue ("priya - draft", "priya to draft"): a weaker sign, which yields to
    another new record read without it ("hannah call w/ maria 3pm" is an appointment)."""
    start = _assigned(message.text)
    for pattern in _HANDED:
        found = pattern.match(message.text, start)
        if found is not None:
            return found["verb"] is not None
    return False
