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

from intents import activities
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
    }
)
_CUE = re.compile(
    r"(?:\b(?:on|for|to|re|in|under|regarding|against|into|with|about|"
    r"assign(?:ed)?\s+(?:it\s+)?to)\b\s*:?\s*)?(?:\b(?:the|a)\s+)?(?:\bcontact\s+)?$",
    re.I,
)
_HONORIFIC = re.compile(r"\b(?:dr|mr|mrs|ms|miss|prof)\.?\s+$", re.I)
_CLAUSE_BEFORE = re.compile(r"(?:[,;:]|\s[-–])\s*$")
_CLAUSE_AFTER = re.compile(r"(?:\s+(?:law|practice))?\s*(?=[,;]|$)", re.I)
_KIND_AFTER = re.compile(r"(?:'s|’s)?\s+(?:matter|case|file(?=\s*(?:$|[-–:,;.])))\b|:", re.I)
_SAID_AFTER = re.compile(r"(?<!\bre):\s+", re.I)
_PARTY = re.compile(r"\b(?:from|with|w/|to|called|phoned|e-?mailed|sent|for)\s+(?:the\s+)?$", re.I)
_ADDRESSED = re.compile(r"[\s,:]*(?:(?:pls|plz|please|can\s+you|could\s+you)\b[\s,:]*)?", re.I)


# What was said after the colon ("log email to Marcus: the Garcia file is ready") is kept whole.
_SAID = ("body",)
_TO_CONTACTS = frozenset({"notes", "communications"})
# Records named by their words, which may be their matter's ("my widget works entry").
_DESCRIBED = frozenset({"activity", "task", "calendar_entry"})
# Searches that narrow by client: "bills for acme" is every Acme matter's bills.
_BY_CLIENT = frozenset({"bills", "tasks"})


def _ref(senses: tuple[Sense, ...], written: str) -> str:
    return str(senses[0].id) if len(senses) == 1 else clean(written)


def _person_slot(reading: Reading) -> str | None:
    if reading.resource == "tasks":
        return "assignee"
    if reading.resource == "activities" and reading.action == "search":
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
    after = _KIND_AFTER.match(reading.text, end)
    if after and reading.scan.is_free(*after.span()):
        end = after.end()
    reading.scan.take(start, end)


_RE_BEFORE = re.compile(r"\b(?:re:?|regarding)\s+$", re.I)
_TOPIC_AFTER = re.compile(
    r"\s+(?!(?:on|at|in|for|by|with|w/|next|this|tomorrow|tmrw|today|tonight|mon|tues?|wed|thu"
    r"|thurs|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b)[a-z]{3,}",
    re.I,
)


def _topic_goes_on(text: str, start: int, end: int) -> bool:
    """ "re patel trust": after "re" the name is followed by more of the topic."""
    return bool(ending_at(_RE_BEFORE, text, start)) and _TOPIC_AFTER.match(text, end) is not None


_MATTER_CUE = re.compile(
    r"\b(?:for|re|in|on|under|regarding|matter|case)\b\s*:?\s*(?:\bthe\s+)?$", re.I
)
_OPTIONAL_MATTER = frozenset({("tasks", "create"), ("calendar_entries", "create")})


def _aside(reading: Reading, match: Match) -> bool:
    """A client of several matters named in passing in a new task or entry ("call with acme GC",
    "send acme invoice reminder"): the matter is optional there, so the name stays in the text
    and no matter is guessed or asked for; "in acme", "for acme", "acme matter" still ask."""
    if (reading.resource, reading.action) not in _OPTIONAL_MATTER or len(match.of("matter")) < 2:
        return False
    if ending_at(_MATTER_CUE, reading.text, match.start) or _KIND_AFTER.match(
        reading.text, match.end
    ):
        return False
    return not match.text[:1].isdigit() and len(words(match.text)) == 1


def _contact(reading: Reading, match: Match) -> Sense | None:
    """A contact named in full ("ravi patel") or with an honorific ("dr hart") in a note or a
    call, or by one word as the other party of a call or email ("emailed globex", "call from
    acme"): the person, not a matter."""
    contacts = match.of("contact")
    if reading.resource not in _TO_CONTACTS or "contact" in reading.refs or len(contacts) != 1:
        return None
    if reading.resource == "notes" and "matter" in reading.refs:  # its subject is named first
        return None
    titled = ending_at(_HONORIFIC, reading.text, match.start) is not None
    party = reading.resource == "communications" and ending_at(_PARTY, reading.text, match.start)
    return contacts[0] if titled or party or len(words(match.text)) >= 2 else None


def _colleague(reading: Reading, match: Match) -> str | None:
    """A colleague as the other party of a call or email ("email to marcus", "hannah called"),
    as a typed @name the core resolves among the firm's users."""
    users = match.of("user")
    if reading.resource != "communications" or "contact" in reading.refs or len(users) != 1:
        return None
    if match.of("contact") or match.of("matter"):
        return None
    return "@" + ".".join(users[0].label.split())


def _place_contact(reading: Reading, match: Match, contact: Sense) -> None:
    """A note on the contact; a call or email with them (their name stays in a new log's
    subject), on their matter when they are the client of one."""
    reading.refs["contact"] = str(contact.id)
    if reading.resource == "notes":
        _take(reading, match)
        reading.fields["type"] = "Contact"
        return
    if reading.action != "create":
        _take(reading, match)
    matters = match.of("matter")
    if len(matters) == 1:
        reading.ref("matter", str(matters[0].id))


def _practice_area(reading: Reading, match: Match) -> bool:
    """A new matter's practice area said as a clause of its own ("lease renewal, real estate",
    "wage audit, employment law"): placed, with its comma."""
    areas = match.of("practice_area")
    if (reading.resource, reading.action) != ("matters", "create") or len(areas) != 1:
        return False
    before = ending_at(_CLAUSE_BEFORE, reading.text, match.start)
    after = _CLAUSE_AFTER.match(reading.text, match.end)
    if before is None or after is None or "practice_area" in reading.refs:
        return False
    if not reading.scan.is_free(before.start(), after.end()):
        return False
    reading.scan.take(before.start(), after.end())
    reading.refs["practice_area"] = areas[0].label
    return True


def place(reading: Reading, vocabulary: Vocabulary) -> None:
    """Read the firm's names in the free text into `refs` (see the module's docstring)."""
    slot = _person_slot(reading)
    said = _SAID_AFTER.search(reading.text) if reading.resource == "communications" else None
    for match in vocabulary.find(reading.text):
        if not reading.scan.is_free(match.start, match.end) or _practice_area(reading, match):
            continue
        if activities.place_description(reading, match):
            continue
        if said and match.start >= said.end():
            break  # "log email to marcus: the garcia file is ready": what was said stays whole
        if contact := _contact(reading, match):
            _place_contact(reading, match, contact)
            continue
        if colleague := _colleague(reading, match):
            reading.refs["contact"] = colleague
            if reading.action != "create":
                _take(reading, match)
            continue
        matters, users = match.of("matter"), match.of("user")
        as_person = bool(users and slot and slot not in reading.refs)
        as_matter = bool(matters and reading.resource in _MATTERS and "matter" not in reading.refs)
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
        elif as_matter and _aside(reading, match):
            continue
        elif as_matter:
            _take(reading, match)
            reading.refs["matter"] = _ref(matters, match.text)
            if as_person:
                reason = f"{match.text!r} may name the {slot}, not the matter"
                refs = {slot: _ref(users, match.text)}  # type: ignore[dict-item]
                reading.alternatives.append(Alternative(reason=reason, refs=refs))


def placeable(resource: str | None, action: str) -> bool:
    """Whether names may be placed in a reading of this command (a matter, an assignee...)."""
    if (resource, action) == ("matters", "create"):  # its practice area
        return True
    return resource in _MATTERS and action not in ("unknown", "watch", "unwatch")


def adds_to(plain: Intent, named: Intent, vocabulary: Vocabulary) -> bool:
    """Whether the reading with names (`named`) only adds to the reading without (`plain`): the
    same command, and every ref placed without names kept, resolved to its record, or dropped
    only when the vocabulary knows its words as something else ("task for Marcus ...": Marcus is
    a colleague, not a matter)."""
    if (plain.resource, plain.action) != (named.resource, named.action):
        return False
    if any(plain.fields.get(said) != named.fields.get(said) for said in _SAID):
        return False
    for slot, value in plain.refs.items():
        now = named.refs.get(slot)
        if now == value or (now is not None and now.isdigit() and not value.isdigit()):
            continue
        if now is None and _reread(vocabulary, value, named.refs):
            continue
        if _fits(vocabulary, slot, value):
            return False
    return True


def _reread(vocabulary: Vocabulary, written: str, refs: dict[str, str]) -> bool:
    """Whether the words of a dropped ref now name the one record of another slot ("note on
    ravi patel": the contact, not a matter called "ravi patel")."""
    contact = refs.get("contact")
    return contact is not None and any(
        str(sense.id) == contact for m in vocabulary.find(written) for sense in m.of("contact")
    )


def _fits(vocabulary: Vocabulary, slot: str, written: str) -> bool:
    """Whether `written` may name a record for `slot`: it does unless the vocabulary knows the
    whole of it only as records of other kinds."""
    whole = [m for m in vocabulary.find(written) if m.start == 0 and m.end == len(written)]
    if not whole:
        return True
    if slot == "matter":
        return any(sense.kind == "matter" for match in whole for sense in match.senses)
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


_QUESTION = re.compile(
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
# After "assign to" the name alone hands it over: "assign to priya index the production".
_ASSIGN = re.compile(r"\s*(?:assign(?:ed)?\s+(?:it\s+|this\s+)?to|for)\s+", re.I)
_NAME_WORD = r"[^\W\d_][\w'’]*"
_HAND_CUE = (
    r"(?P<cue>\s*(?:[-–—:,]|\b(?:pls|plz|please|to|needs?\s+to|has\s+to|must|should|can\s+you"
    r"|could\s+you)\b)[\s,:]*(?:(?:pls|plz|please)\b[\s,:]*)?)(?=\w)"
)
_HANDED = tuple(
    re.compile(rf"\s*(?P<name>{_NAME_WORD}{more}){_HAND_CUE}", re.I)
    for more in (rf"\s+{_NAME_WORD}", "")
)
_HANDED_BY_ASSIGN = tuple(
    re.compile(rf"(?P<name>{_NAME_WORD}{more})(?:{_HAND_CUE}|\s+(?=\w))", re.I)
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
