"""Clio Payments links: "create payment link for $500 for bill 123", "send a pay link for
$1,250.00 to Jane Doe jane@doe.com", "active payment links", "expire payment link 9"."""

from __future__ import annotations

import re

from intents import money, records, refs
from intents.commands import Command
from intents.reading import Reading

_BILL = re.compile(r"\b(?:for|on|to\s+pay)?\s*(?:bill|invoice)\s*#?\s*(?P<id>\d+)\b", re.I)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_ACTIVE = re.compile(r"\b(?P<a>active|open|unpaid|live|expired|inactive|used|paid)\b", re.I)
_EXPIRE = re.compile(r"\b(?:expire|deactivate|disable|kill)\b", re.I)
_DESCRIPTION = re.compile(r"\b(?:for|re|description:?)\s+", re.I)


def read(reading: Reading, command: Command) -> None:
    scan, fields = reading.scan, reading.fields
    if reading.action == "search":
        if found := scan.first(_ACTIVE):
            scan.take_match(found)
            fields["active"] = found["a"].lower() in ("active", "open", "unpaid", "live")
        refs.take_person(reading, "contact", "for|to|from")
        reading.free_text(take=False)
        return
    if reading.action != "create":
        if _EXPIRE.search(reading.text):
            reading.action = "update"
            fields["expired"] = True
            scan.take_match(scan.first(_EXPIRE))  # type: ignore[arg-type]
        if records.take(reading, command) is None:
            reading.hint = "Which payment link? e.g. 'payment link 9'."
            reading.confidence = 0.5
        reading.free_text(take=False)
        return
    amount = money.take(scan, reading.clock.date_order, bare=True)
    if amount is not None:
        fields["amount"] = amount
    bill = scan.first(_BILL)
    if bill:
        scan.take_match(bill)
        reading.refs["bill"] = bill["id"]
    for entity in scan.matches(re.compile("[\ue000-\ue0ff]")):
        found = reading.message.entity(entity.group())
        if found and found.kind == "email":
            scan.take_match(entity)
            fields["email_address"] = found.value
    if email := scan.first(_EMAIL):
        scan.take_match(email)
        fields.setdefault("email_address", email.group())
    if not refs.take_mention(reading, "contact"):
        refs.take_person(reading, "contact", "to|for|from")
    description = scan.first(_DESCRIPTION)
    if description:
        scan.take_match(description)
    text = reading.free_text()
    if text:
        fields["description"] = text
