"""Reading a person's answer to a question, with the intent language itself."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import intents

# For a missing value: a phrase that frames the answer, and the fields to take from it.
FRAMES: dict[str, tuple[str, tuple[str, ...]]] = {
    "quantity": ("log {} on x", ("quantity",)),
    "price": ("expense {} on x", ("price",)),
    "start_at": ("schedule meeting {}", ("start_at", "end_at", "all_day")),
    "due_at": ("add task x due {}", ("due_at",)),
    "date": ("log 1h on x {}", ("date",)),
}
TEXT_SLOTS = {"name", "summary", "note", "description", "detail", "subject"}
ID = re.compile(r"#?(\d+)")
ENTRY_ID = re.compile(r"#?(\S*\d\S*)")


def read_answer(slot: str, text: str, *, now: dt.datetime, tz: str) -> dict[str, Any] | None:
    """The draft values an answer gives for `slot`, or None when it says nothing usable."""
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
    frame = FRAMES.get(slot)
    if frame is None:
        return {slot: text}
    template, keys = frame
    fields = intents.parse(template.format(text), now=now, tz=tz).fields
    found = {key: fields[key] for key in keys if fields.get(key) is not None}
    return found if slot in found else None
