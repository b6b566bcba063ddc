"""Reading a person's answer to a question, with the intent language itself.

An answer is read for the asked field only. What does not fit the question is either a change to
the request being completed ("make it 2.5h") or a new request of its own ("my tasks due this week").
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import intents
from intents.calendar_entries import END
from intents.lexicon import VERBS
from intents.model import Intent

# For a missing value: a phrase that frames the answer, and the fields to take from it.
FRAMES: dict[str, tuple[str, tuple[str, ...]]] = {
    "quantity": ("log {} on x", ("quantity",)),
    "price": ("expense {} on x", ("price",)),
    "start_at": ("schedule meeting {}", ("start_at", "end_at", "all_day")),
    "due_at": ("add task x due {}", ("due_at",)),
    "date": ("log 1h on x {}", ("date",)),
    END: ("change the end of event 1 to {}", (END,)),
}
# "What should change on this …?": the answer framed as an update of the record (its id stands in).
CHANGES: dict[str, str] = {
    "tasks": "update task 1 {}",
    "matters": "update matter 1 {}",
}
# What "make it …" / "change it to …" may change on a request being completed, by resource.
ADJUSTABLE: dict[str, tuple[str, ...]] = {
    "activities": ("price", "quantity", "date"),
    "tasks": ("due_at",),
    "calendar_entries": ("start_at",),
}
ADJUST = re.compile(
    r"^\s*(?:(?:no|actually|oops|sorry)[,!.]?\s+)*"
    r"(?:make\s+(?:it|that)|change\s+(?:it|that)\s+to|it'?s|should\s+be|correction:?)\s+(?P<value>.+)$",
    re.IGNORECASE,
)
TEXT_SLOTS = {"name", "summary", "note", "description", "detail", "subject"}
ID = re.compile(r"#?(\d+)")
ENTRY_ID = re.compile(r"#?(\S*\d\S*)")
# Words around a record named as an answer: "the widget works one", "it's the garcia matter".
NAMED = re.compile(
    r"^\s*(?:(?:it'?s|it\s+is|on|for|in|under)\s+)?(?:the\s+)?(?P<name>.+?)"
    r"(?:\s+(?:one|matter|case|file))?[\s.!]*$",
    re.IGNORECASE,
)
LEAD = re.compile(r"[a-z']+(?:\s+[a-z']+)?", re.IGNORECASE)


def read_answer(
    slot: str, text: str, *, now: dt.datetime, tz: str, intent: Intent | None = None
) -> dict[str, Any] | None:
    """The draft values an answer gives for `slot`, or None when it does not answer it.

    `intent` is the request being completed: an update's "what should change" question is read
    as a change of that record (`ref:<kind>` keys name records to resolve).
    """
    text = text.strip()
    if not text:
        return None
    if slot in TEXT_SLOTS:
        return {slot: text}
    if slot == "id:calendar_entry":  # an opaque string, as Clio gives it
        match = ENTRY_ID.search(text)
        return {slot: match.group(1)} if match else None
    if slot.startswith("id:"):
        match = ID.search(text)
        return {slot: int(match.group(1))} if match else None
    change = CHANGES.get(intent.resource or "") if intent is not None else None
    if (
        change is not None
        and intent is not None
        and intent.action == "update"
        and not slot.startswith("ref:")
    ):
        return _change(change, text, now=now, tz=tz)
    frame = FRAMES.get(slot)
    if frame is None and slot.startswith("ref:"):
        named = NAMED.match(text)
        return {slot: named["name"] if named else text}
    if frame is None:
        return {slot: text}
    template, keys = frame
    fields = intents.parse(template.format(text), now=now, tz=tz).fields
    found = {key: fields[key] for key in keys if fields.get(key) is not None}
    return found if slot in found else None


def _change(template: str, text: str, *, now: dt.datetime, tz: str) -> dict[str, Any] | None:
    """What an answer to "what should change" changes: fields, and records by `ref:<kind>`."""
    parsed = intents.parse(template.format(text), now=now, tz=tz)
    target = template.split()[1]
    found: dict[str, Any] = {k: v for k, v in parsed.fields.items() if v is not None}
    found |= {f"ref:{k}": v for k, v in parsed.refs.items() if k != target}
    return found or None


def adjustment(text: str, intent: Intent, *, now: dt.datetime, tz: str) -> dict[str, Any] | None:
    """ "make it 2.5h", "change it to friday": the value it changes on the request, or None."""
    match = ADJUST.match(text)
    if match is None:
        return None
    slots = ADJUSTABLE.get(intent.resource or "", ())
    if intent.fields.get("type") != "ExpenseEntry":
        slots = tuple(s for s in slots if s != "price")
    for slot in slots:
        found = read_answer(slot, match.group("value"), now=now, tz=tz)
        if found:
            return found
    return None


def new_request(text: str, *, now: dt.datetime, tz: str) -> Intent | None:
    """The answer read as a request of its own, when it plainly is one: it opens with a command
    word or "my …", and reads as a request."""
    lead = LEAD.match(text.strip())
    words = lead.group(0).lower().split() if lead else []
    if not words or not (words[0] in ("my", "help") or any(w in VERBS for w in _leads(words))):
        return None
    parsed = intents.parse(text, now=now, tz=tz)
    if parsed.resource is None or parsed.action == "unknown" or parsed.confidence < 0.8:
        return None
    return parsed


def _leads(words: list[str]) -> list[str]:
    """The one- and two-word openings of an answer."""
    return [words[0], " ".join(words[:2])]
