"""Each resource's words in the intent language: the kind of its records and the grammar reading it."""

from __future__ import annotations

from dataclasses import dataclass

from intents.model import Resource


@dataclass(frozen=True)
class Words:
    """`kind` files a reference to one record in `refs` ("task 88" -> `task`); None where a
    resource has no single records to name. `grammar` is the module of `intents/` that reads it."""

    kind: str | None
    grammar: str


WORDS: dict[Resource, Words] = {
    "matters": Words("matter", "matters"),
    "contacts": Words("contact", "contacts"),
    "activities": Words("activity", "activities"),
    "tasks": Words("task", "tasks"),
    "calendar_entries": Words("calendar_entry", "calendar_entries"),
    "communications": Words("communication", "communications"),
    "notes": Words("note", "notes"),
    "folders": Words("folder", "documents"),
    "documents": Words("document", "documents"),
    "bills": Words("bill", "bills"),
    "users": Words("user", "users"),
    "timer": Words(None, "timer"),
    "clio_payments/links": Words("payment_link", "payments"),
    "clio_payments/payments": Words(None, "payments"),
    "damages": Words("damage", "injury"),
    "medical_records_details": Words("medical_records_detail", "injury"),
}
KIND_OF: dict[str, str] = {res: words.kind for res, words in WORDS.items() if words.kind}
GRAMMARS: dict[str, str] = {res: words.grammar for res, words in WORDS.items()}
RESOURCE_OF_KIND: dict[str, Resource] = {
    words.kind: res for res, words in WORDS.items() if words.kind
}
