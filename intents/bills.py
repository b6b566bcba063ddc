"""Bills (read-mostly in Clio): "overdue bills", "unpaid invoices for Acme", "draft bills this
month", "bill 123", "void bill 123", "bills due this week".

"overdue" is `status: overdue`; states are Clio's (`awaiting_payment` for "unpaid");
a window is `issued_after`/`issued_before`, or `due_after`/`due_before` with "due".
"""

from __future__ import annotations

import re

from intents import dates, lazy, matter_refs, records, refs, search
from intents.commands import Command
from intents.lexicon import BILL_NUMBER, OWED, PAID_ASKED
from intents.reading import Reading

_STATE = lazy.regex(
    r"\b(?P<s>drafts?|(?:awaiting|waiting\s+(?:on|for)|pending|needs?|needing|for)\s+approval"
    r"|unapproved|(?:awaiting|waiting\s+(?:on|for))\s+payment|unpaid|"
    r"outstanding|open|paid|void(?:ed)?|deleted|approved)\b",
    re.I,
)
_STATES = {
    "draft": "draft", "drafts": "draft", "awaiting approval": "awaiting_approval",
    "pending approval": "awaiting_approval", "unapproved": "awaiting_approval",
    "awaiting payment": "awaiting_payment", "unpaid": "awaiting_payment",
    "outstanding": "awaiting_payment", "open": "awaiting_payment", "approved": "awaiting_payment",
    "paid": "paid", "void": "void", "voided": "void", "deleted": "deleted",
}  # fmt: skip


def _state(said: str) -> str:
    """Clio's state for the words: "waiting on approval" is `awaiting_approval`."""
    words = " ".join(said.lower().split())
    if words.endswith(" approval"):
        return "awaiting_approval"
    if words.endswith(" payment"):
        return "awaiting_payment"
    return _STATES[words]


_OVERDUE = lazy.regex(r"\b(?:overdue|past\s+due|late)\b", re.I)
_ISSUED = lazy.regex(r"\b(?:issued|sent|created|generated|dated)\b", re.I)
_MONEY = lazy.regex(r"\b(?:us\s+)?(?:money|anything)\b", re.I)
_DUE = lazy.regex(r"\bdue\b", re.I)
_DUE_DATE = lazy.regex(r"\b(?:the\s+)?due(?:\s+date)?\b", re.I)
_TRUST = lazy.regex(r"\b(?P<t>trust|revenue)\b", re.I)
_CLIENT = lazy.regex(r"\b(?:for|of|to)\s+(?:the\s+)?client\s+|\bclient\s*:?\s+", re.I)


def read(reading: Reading, command: Command) -> None:
    plural = command.noun is not None and command.noun.plural
    if plural and command.verb_text == "void":  # "void bills": the voided bills (a search)
        reading.fields["state"] = "void"
    if reading.action == "search":
        _search(reading, command)
    else:
        _record(reading, command)


def _search(reading: Reading, command: Command) -> None:
    scan, fields = reading.scan, reading.fields
    number = BILL_NUMBER.search(reading.text)
    if number:
        scan.take_match(number)
        fields["query"] = int(number["n"])
    if found := scan.first(_OVERDUE):
        scan.take_match(found)
        fields["status"] = "overdue"
    state = scan.first(_STATE)
    if state and state["s"].lower() == "paid" and PAID_ASKED.search(reading.text):
        scan.take_match(state)  # "has the johnson invoice been paid": asked, not a filter
    elif state:
        scan.take_match(state)
        fields["state"] = _state(state["s"])
    if "state" not in fields and (owed := scan.first(OWED)):  # "who owes us money"
        scan.take(0 if command.verb in ("ask", "show") else owed.start(), owed.end())
        fields["state"] = "awaiting_payment"
        if money := scan.first(_MONEY):
            scan.take_match(money)
    if kind := scan.first(_TRUST):
        scan.take_match(kind)
        fields["type"] = kind["t"].lower()
    for found in list(scan.matches(_ISSUED)):
        scan.take_match(found)
    due = scan.first(_DUE)
    window = search.window(reading, "future" if due else "past")
    if due:
        scan.take_match(due)
        search.set_dates(reading, window, "due_after", "due_before")
    else:
        search.set_dates(reading, window, "issued_after", "issued_before")
    client = scan.first(_CLIENT)
    if client:
        person = refs.person_at(reading, client.end())
        if person:
            scan.take(client.start(), person.end)
            reading.refs["client"] = person.value
    matter_refs.take_matter(reading, also=None if "client" in reading.refs else "client")
    reading.free_text(take=False)


def _record(reading: Reading, command: Command) -> None:
    """One bill: by number, or by client or matter ("the patel bill"), with its new state or due
    date ("approve the garcia bill", "push the due date on the patel bill to jan 15")."""
    scan = reading.scan
    if reading.action == "update":
        if command.verb_text == "approve":
            reading.fields["state"] = "awaiting_payment"
        elif state := scan.first(_STATE):
            scan.take_match(state)
            reading.fields["state"] = _state(state["s"])
        if due := scan.first(_DUE_DATE):
            scan.take_match(due)
            if when := dates.take(scan, reading.clock, "future"):
                reading.fields["due_at"] = when.span.start.isoformat()
    number = BILL_NUMBER.search(reading.text)
    if number and scan.is_free(*number.span()):
        scan.take_match(number)
        reading.refs["bill"] = number["n"]
    if "bill" not in reading.refs:
        matter_refs.take_matter(reading)
    named = "bill" in reading.refs or records.take(reading, command) is not None
    if not named and "matter" not in reading.refs:
        reading.hint = "Which bill? e.g. 'bill 123'."
        reading.confidence = 0.5
    reading.free_text(take=False)
