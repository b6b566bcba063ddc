"""A search's order: "sorted by due date", "newest first" -> Clio's `order`, e.g. `due_at(asc)`.

Only fields a collection lets Clio order by are offered (its `order` list in the API).
"""

from __future__ import annotations

import re

from intents import lazy
from intents.reading import Reading
from intents.scan import ending_at

# Per collection: the words people use for a field -> Clio's order field.
FIELDS: dict[str, dict[str, str]] = {
    "tasks": {
        "due date": "due_at",
        "due": "due_at",
        "deadline": "due_at",
        "priority": "priority",
        "name": "name",
        "matter": "matter.display_number",
        "completed": "completed_at",
        "completion": "completed_at",
    },
    "matters": {
        "number": "display_number",
        "display number": "display_number",
        "client": "client.name",
        "open date": "open_date",
        "opened": "open_date",
        "opening date": "open_date",
        "close date": "close_date",
        "closed": "close_date",
        "closing date": "close_date",
        "practice area": "practice_area.name",
        "responsible attorney": "responsible_attorney.name",
        "updated": "updated_at",
        "created": "created_at",
    },
    "contacts": {"name": "name"},
    "activities": {
        "date": "date",
        "amount": "total",
        "total": "total",
        "price": "price",
        "rate": "price",
        "user": "user.name",
        "timekeeper": "user.name",
        "type": "type",
    },
    "bills": {
        "due date": "due_at",
        "due": "due_at",
        "issue date": "issued_at",
        "issued": "issued_at",
        "paid": "paid_at",
        "balance": "balance",
        "amount": "balance",
        "client": "client_name",
        "matter": "matter_display_number",
        "number": "number",
        "invoice number": "number",
    },
    "notes": {"date": "date", "author": "author"},
    "communications": {"date": "received_at", "time": "received_at", "received": "received_at"},
    "documents": {"name": "name", "received": "received_at", "created": "created_at"},
    "folders": {"name": "name"},
    "users": {
        "name": "name",
        "last name": "last_name",
        "first name": "first_name",
    },
}
# "newest first" without a field: the date people mean for each collection.
NEWEST: dict[str, str] = {
    "tasks": "due_at",
    "matters": "open_date",
    "activities": "date",
    "bills": "issued_at",
    "notes": "date",
    "communications": "received_at",
    "documents": "created_at",
}
_DESC = lazy.regex(r"desc|newest|latest|most\s+recent|highest|biggest|largest|z\s*-\s*a", re.I)
_DIRECTION = (
    r"(?P<dir>asc(?:ending)?|desc(?:ending)?|a\s*-\s*z|z\s*-\s*a|"
    r"(?:newest|latest|most\s+recent|oldest|earliest|highest|biggest|largest|lowest|smallest)"
    r"\s+first)"
)
_FIRST = lazy.regex(rf",?\s*\b{_DIRECTION}\s*$", re.I)


def _sorted_by(words: str) -> re.Pattern[str]:
    return re.compile(
        rf",?\s*\b(?:(?:sorted|sort|ordered|order|ranked)\s+by|by)\s+(?P<field>{words})"
        rf"(?:\s*,?\s*{_DIRECTION})?\s*$",
        re.I,
    )


_LATEST = lazy.regex(r"\b(?:last|latest|most\s+recent|newest)\s+$", re.I)


def latest(reading: Reading, noun_start: int) -> None:
    """ "last bill for smith", "latest invoice for acme": newest first (the noun's own date)."""
    field = NEWEST.get(reading.resource or "")
    if field is None or noun_start <= 0 or "order" in reading.fields:
        return
    found = ending_at(_LATEST, reading.text, noun_start)
    if found is not None and reading.scan.is_free(found.start(), found.end()):
        reading.scan.take_match(found)
        reading.fields["order"] = f"{field}(desc)"


def read(reading: Reading) -> None:
    """Take a trailing sort clause off a search and set `order` when Clio can sort so."""
    fields = FIELDS.get(reading.resource or "")
    if not fields:
        return
    words = "|".join(
        sorted((re.escape(w).replace(r"\ ", r"\s+") for w in fields), key=len, reverse=True)
    )
    found = reading.scan.first(_sorted_by(words))
    if found is not None:
        field: str | None = fields[" ".join(found["field"].lower().split())]
    else:
        found = reading.scan.first(_FIRST)
        field = NEWEST.get(reading.resource or "")
        if found is None or field is None:
            return
    direction = found["dir"] or ""
    reading.scan.take_match(found)
    reading.fields["order"] = f"{field}({'desc' if _DESC.match(direction) else 'asc'})"
