"""Naming one existing record: "task 88", "#88", a Clio link, "the Patel matter", "note 12"."""

from __future__ import annotations

import re

from intents import lazy, matter_refs, names, refs
from intents.commands import Command
from intents.lexicon import STATED_CHANGE
from intents.reading import Reading
from intents.resources import KIND_OF

# "the courier expense on johnson": words after the noun that say where the record is, not what.
_WHERE = lazy.regex(r"(?:on|for|re|regarding)\s", re.I)
_NAME_STOP = lazy.regex(
    r"\s(?:to|as|status|priority|due|with|from|description|name|email|e-mail|phone|mobile|cell"
    r"|note|quantity|date|is|=|:|-|complete|completed|done|pending|in progress|in review"
    r"|billable|non-billable|nonbillable|location|summary|title|amount|type|into|under|in|so)\b",
    re.I,
)


def take(reading: Reading, command: Command, kind: str | None = None) -> str | None:
    """Find the record a get, update or delete is about and record it in `refs`."""
    kind = kind or KIND_OF.get(reading.resource or "", "")
    if not kind:
        return None
    if kind == "matter":
        return matter_refs.take_matter(reading)
    if kind in reading.refs:
        return reading.refs[kind]
    if command.noun_start >= 0 and records_noun(reading, command):
        found = _after_noun(reading, command, kind)
        if found:
            return found
    return refs.take_link(reading, kind)


def records_noun(reading: Reading, command: Command) -> bool:
    """Whether the command's noun names this resource's records (not "time" in "time entry")."""
    return command.noun is not None and command.noun.resource == reading.resource


_TO_DO = lazy.regex(r"\s*to\s+(?=[a-z])", re.I)
# "push the X task back to dec 15": words of the change, never a record's name
_PARTICLES = frozenset(
    ("back", "forward", "out", "off", "over", "up", "down", "it", "that", "this")
)
# "the trustee questions call record", "the patel call log": a word after the kind word that is
# still the kind (the name is before it), not a name.
_KIND_TAIL = frozenset(("record", "records", "log", "logs", "entry", "item", "one", "thing"))
_A_CHANGE = lazy.regex(
    r"(?:in progress|in review|complete|completed|done|finished|pending|draft"
    r"|(?:high|low|normal)(?: priority)?)",
    re.I,
)
_BREAK = lazy.regex(r"\s*(?:[,.;!]|[-–—]+\s)")
_IDENT = lazy.regex(r"\s*(?:#|no\.?|number|id)?\s*#?(\d+)\b|\s*([\ue000-\ue0ff])", re.I)


def take_ident(reading: Reading, command: Command, kind: str) -> str | None:
    """Only an id or a link: "event 55", "#55", a Clio link to the record."""
    if kind in reading.refs:
        return reading.refs[kind]
    start, end = command.noun_start, command.noun_end
    ident = _IDENT.match(reading.text, end) if start >= 0 else None
    if ident and reading.scan.is_free(*ident.span()):
        value = ident.group(1) or names.entity_value(reading, ident.group(2), kind)
        if value:
            reading.scan.take(start, ident.end())
            reading.refs[kind] = value
            return value
    link = refs.take_link(reading, kind)
    if link and start >= 0:
        reading.scan.take(start, end)
    return link


def _after_noun(reading: Reading, command: Command, kind: str) -> str | None:
    start, end = command.noun_start, command.noun_end
    found = take_ident(reading, command, kind)
    if found:
        return found
    # "set the details for the witness list task: include ...": before a colon that opens the new
    # value, the record is named before its kind word
    labelled = reading.action == "update" and reading.text[end:].lstrip().startswith(":")
    # "delete the chen disclosures task, the other side produced them": after a clause's break,
    # why, not the record's name
    broken = reading.action in ("update", "delete") and _BREAK.match(reading.text, end)
    name = (
        None
        if (labelled or broken) and names.name_before(reading, start, work=True)
        else _name_after(reading, end)
    )
    if name:
        reading.scan.take(start, name[1])
        reading.refs[kind] = name[0]
        return name[0]
    before = names.name_before(reading, start, work=True)
    if before:
        reading.scan.take(before.start, end)
        reading.refs[kind] = before.value
        return before.value
    return None


def _name_after(reading: Reading, pos: int) -> tuple[str, int] | None:
    """Free text after a kind word up to the first word that starts the change."""
    if STATED_CHANGE.match(reading.text, pos):  # "the X task - move it ...": the name is before
        return None
    mask = reading.scan.mask
    end = mask.find(b"\x01", pos)
    end = len(mask) if end < 0 else end
    piece = reading.text[pos:end]
    if reading.action == "delete" and (lead := _TO_DO.match(piece)):  # "delete the task to call X"
        pos += lead.end()
        piece = piece[lead.end() :]
    stop = _NAME_STOP.search(piece)
    if stop:
        piece = piece[: stop.start()]
    value = names.clean(reading.message.plain(piece))
    if (
        not value
        or value.lower() in names.STOPS
        or value.lower() in _PARTICLES
        or value.lower() in _KIND_TAIL
        or _WHERE.match(value)
        or _A_CHANGE.fullmatch(value)  # "start on the X task (in progress)": not a name
    ):
        return None
    return value, pos + len(piece.rstrip())
