"""References to people and records: Slack mentions, "me", names after "to"/"for", ids and
Clio links. Ids and links give the id, mentions the mention (`<@U02ABC>`), "me"/"my"/"I" give `me`.
"""

from __future__ import annotations

import re

from intents import lazy
from intents.markup import ENTITY_BASE, ENTITY_CHARS
from intents.names import (
    ARTICLES,
    ME,
    STOPS,
    TOKEN,
    Found,
    entity_value,
    is_capital,
    linked,
    lowered,
    phrase_at,
)
from intents.reading import Reading
from intents.scan import ending_at


def take_link(reading: Reading, kind: str) -> str | None:
    """A record of `kind` named by a Clio link, or by "#88" anywhere in the message."""
    if kind in reading.refs:
        return reading.refs[kind]
    found = linked(reading, kind)
    if found is None:
        hashed = reading.scan.first(_HASH_ID)
        found = Found(hashed["id"], hashed.start(), hashed.end()) if hashed else None
    if found is None:
        return None
    reading.scan.take(found.start, found.end)
    reading.refs[kind] = found.value
    return found.value


_HASH_ID = lazy.regex(r"(?<![\w&])#(?P<id>\d+)\b")


def take_person(reading: Reading, kind: str, cues: str = "to|for|with|by|from") -> str | None:
    """A person after a cue word: a Slack mention, "me", or a name ("assign to Jane Doe")."""
    if kind in reading.refs:
        return reading.refs[kind]
    pattern = re.compile(rf"\b(?:{cues})\b:?\s+", re.I)
    for found in reading.scan.matches(pattern):
        value = person_at(reading, found.end())
        if value:
            reading.scan.take(found.start(), value.end)
            reading.refs[kind] = value.value
            return value.value
    return None


def person_at(reading: Reading, pos: int) -> Found | None:
    """A mention, "me", or a name starting at `pos`."""
    token = TOKEN.match(reading.text, pos)
    if token is None or not reading.scan.is_free(*token.span()):
        return None
    text = token.group()
    if lowered(text) in ME or lowered(text) in ("myself",):
        return Found("me", token.start(), token.end())
    if not is_capital(text) and lowered(text) in STOPS and lowered(text) not in ARTICLES:
        return None  # "to to to": no name starts with a little word
    phrase = phrase_at(reading, pos, limit=4)
    if phrase is None:
        return None
    if len(phrase.value) == 1 and ENTITY_BASE <= ord(phrase.value) <= ENTITY_BASE + 0xFF:
        value = entity_value(reading, phrase.value, "user")
        return Found(value, phrase.start, phrase.end) if value else None
    return phrase


def take_mention(reading: Reading, kind: str) -> str | None:
    """The first Slack mention anywhere, as `kind`."""
    if kind in reading.refs:
        return reading.refs[kind]
    for found in reading.scan.matches(re.compile(ENTITY_CHARS)):
        entity = reading.message.entity(found.group())
        if entity and entity.kind == "mention":
            cue = ending_at(_MENTION_CUE, reading.text, found.start())
            start = (
                cue.start()
                if cue and reading.scan.is_free(cue.start(), found.start())
                else found.start()
            )
            reading.scan.take(start, found.end())
            reading.refs[kind] = entity.value
            return entity.value
    return None


_MENTION_CUE = lazy.regex(
    r"\b(?:(?:re)?assign(?:ed)?\s+(?:it\s+)?to|to|for|with|by|from|assignee:?)\s*$", re.I
)
_MINE = lazy.regex(r"\b(?:my|mine|me|i|i've|i'm)\b", re.I)


def take_me(reading: Reading, kind: str) -> bool:
    """Whether the message speaks of the user's own records ("my tasks", "did I log")."""
    found = reading.scan.first(_MINE)
    if found is None:
        return False
    reading.scan.take_match(found)
    reading.ref(kind, "me")
    return True
