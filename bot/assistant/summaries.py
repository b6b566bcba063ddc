"""One-line descriptions of bills, Clio Payments links and payments, damages and medical records.

A bill is overdue when it awaits payment past its due date. "Today" is the requester's day, set
with `as_of()` by the reads that list bills; without it the machine's date is used.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from bot.assistant.humanize import day, moment, money, quote
from bot.clio import models as m

_TODAY: ContextVar[dt.date | None] = ContextVar("bills_today", default=None)
STATES = {
    "draft": "draft",
    "awaiting_approval": "awaiting approval",
    "awaiting_payment": "awaiting payment",
    "paid": "paid",
    "void": "void",
    "deleted": "deleted",
}


@contextmanager
def as_of(today: dt.date) -> Iterator[None]:
    """Describe bills as of the requester's `today` (whether they are overdue)."""
    token = _TODAY.set(today)
    try:
        yield
    finally:
        _TODAY.reset(token)


def _contact(stub: Any) -> str | None:
    if stub is None:
        return None
    return "hidden contact" if stub.hidden else stub.name


def overdue(b: m.Bill) -> bool:
    today = _TODAY.get() or dt.date.today()
    return b.state == "awaiting_payment" and b.due_at is not None and b.due_at < today


def bill(b: m.Bill) -> tuple[str, list[str]]:
    lines = [
        f"#{b.number}" if b.number else None,
        STATES.get(b.state or "", b.state),
        ":warning: overdue" if overdue(b) else None,
        f"total {money(b.total)}",
        f"balance {money(b.balance)}" if b.balance is not None else None,
        f"due {day(b.due_at)}" if b.due_at else "no due date",
        _contact(b.client),
        ", ".join(x.label for x in b.matters or []) or None,
    ]
    return "Bill", [x for x in lines if x]


def payment_link(x: m.PaymentLink) -> tuple[str, list[str]]:
    subject = f"bill #{x.bill.number}" if x.bill and x.bill.number else _contact(x.contact)
    lines = [
        money(x.amount) if x.amount is not None else "amount chosen by the payer",
        subject,
        quote(x.description) if x.description else None,
        "active" if x.active else "inactive",
        f"expires {moment(x.expires_at)}" if x.expires_at and x.active else None,
        x.url if x.active else None,
    ]
    return "Payment link", [y for y in lines if y]


def payment(p: m.Payment) -> tuple[str, list[str]]:
    bills = ", ".join(f"bill #{b.number}" for b in p.bills or [] if b.number)
    lines = [
        money(p.amount),
        p.state,
        _contact(p.contact),
        bills or None,
        quote(p.description) if p.description else None,
        day(p.created_at.date()) if p.created_at else None,
        f"confirmation {p.confirmation_number}" if p.confirmation_number else None,
    ]
    return "Payment", [x for x in lines if x]


def damage(d: m.Damage) -> tuple[str, list[str]]:
    lines = [
        money(d.amount),
        f"{d.damage_type} damages" if d.damage_type else None,
        quote(d.description) if d.description else None,
        d.matter.label if d.matter else None,
    ]
    return "Damage", [x for x in lines if x]


def medical_records_detail(r: m.MedicalRecordsDetail) -> tuple[str, list[str]]:
    start, end = r.treatment_start_date, r.treatment_end_date
    treated = None
    if start:
        treated = f"treated from {day(start.date())}" + (f" to {day(end.date())}" if end else "")
    lines = [
        _contact(r.medical_provider),
        r.matter.label if r.matter else None,
        "in treatment" if r.in_treatment else "treatment ended",
        treated,
        f"records {(r.records_status or 'unknown').replace('_', ' ')}",
        f"bills {(r.bills_status or 'unknown').replace('_', ' ')}",
        quote(r.description) if r.description else None,
    ]
    return "Medical records", [x for x in lines if x]
