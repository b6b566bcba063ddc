"""One-line descriptions of Clio records, as cards and confirmations show them.

Plain text, as Clio holds it: a reply escapes it (`bot.mrkdwn`) where it shows it.
"""

from __future__ import annotations

from typing import Any

from bot.assistant.files import size_text
from bot.assistant.humanize import day, days, hours, moment, money, period, quote
from bot.clio import models as m


def _matter(record: Any) -> str | None:
    matter = getattr(record, "matter", None)
    return matter.label if matter is not None else None


def _who(stub: Any) -> str | None:
    if stub is None:
        return None
    return "hidden contact" if getattr(stub, "hidden", False) else stub.name


def activity(a: m.Activity) -> tuple[str, list[str]]:
    if a.type in ("ExpenseEntry", "HardCostEntry", "SoftCostEntry"):
        title, amount = "Expense", money(a.price)
    else:
        title, amount = "Time entry", hours(a.quantity) if not a.hours_hidden else "hours hidden"
    lines = [amount, day(a.date), _matter(a), quote(a.note) if a.note else None]
    if a.activity_description is not None and a.activity_description.name:
        lines.append(f"activity {a.activity_description.name}")
    lines.append("non-billable" if a.non_billable else "billable")
    if a.user is not None and a.user.name:
        lines.append(a.user.name)
    return title, [x for x in lines if x]


def which_entry(a: m.Activity, changed: dict[str, Any]) -> list[str]:
    """What tells an entry apart on an update's card, the fields it changes left to the change
    lines: its day, matter, note and timekeeper."""
    lines = [
        day(a.date) if a.date and "date" not in changed else None,
        _matter(a) if "matter" not in changed else None,
        quote(a.note) if a.note and "note" not in changed else None,
        a.user.name if a.user is not None and a.user.name else None,
    ]
    return [x for x in lines if x]


def task(t: m.Task) -> tuple[str, list[str]]:
    lines = [
        quote(t.name or "untitled"),
        f"due {day(t.due_at)}" if t.due_at else "no due date",
        t.priority,
        (t.status or "").replace("_", " "),
        _who(t.assignee),
        _matter(t),
        f"type {t.task_type.name}" if t.task_type and t.task_type.name else None,
    ]
    return "Task", [x for x in lines if x]


PRIVATE = "private (busy)"


def entry_when(e: m.CalendarEntry) -> str | None:
    """When an entry is, as its reader sees it; an all-day entry's own days (Clio's start_date
    and end_date, which no time zone shifts)."""
    if e.all_day:
        first = e.start_date or (e.start_at.date() if e.start_at else None)
        return days(first, e.end_date) if first else None
    if e.start_at is None:
        return " ".join(x for x in (day(e.start_date), e.start_time) if x) if e.start_date else None
    return period(e.start_at, e.end_at)


def calendar_entry(e: m.CalendarEntry) -> tuple[str, list[str]]:
    """An entry; one the reader sees as Free/Busy (4.0.12) is "private (busy)" at its time."""
    if e.redacted:
        return "Calendar entry", [x for x in (PRIVATE, entry_when(e)) if x]
    lines = [quote(e.summary or "untitled"), entry_when(e) or "no time", e.location, _matter(e)]
    return "Calendar entry", [x for x in lines if x]


def note(n: m.Note) -> tuple[str, list[str]]:
    about = _matter(n) or _who(n.contact)
    lines = [quote(n.subject) if n.subject else None, about, day(n.date) if n.date else None]
    if n.detail:
        lines.append(quote(n.detail, 200))
    return f"{n.type or 'Matter'} note", [x for x in lines if x]


def matter(x: m.Matter) -> tuple[str, list[str]]:
    lines = [
        x.label,
        x.status,
        f"client {_who(x.client)}" if x.client else None,
        x.practice_area.name if x.practice_area else None,
        f"responsible {x.responsible_attorney.name}" if x.responsible_attorney else None,
        f"responsible staff {x.responsible_staff.name}" if x.responsible_staff else None,
    ]
    return "Matter", [y for y in lines if y]


def contact(c: m.Contact) -> tuple[str, list[str]]:
    if c.hidden:
        return "Contact", ["hidden (your contacts visibility is restricted)"]
    lines = [
        c.name,
        c.type,
        c.title,
        f"at {_who(c.company)}" if c.company else None,
        "client" if c.is_client else None,
        c.primary_email_address,
        c.primary_phone_number,
        _address(c),
    ]
    return "Contact", [x for x in lines if x]


def _address(c: m.Contact) -> str | None:
    """The contact's primary (else first) address on one line."""
    found = sorted(c.addresses or [], key=lambda a: not a.primary)
    if not found:
        return None
    a = found[0]
    place = " ".join(x for x in (a.province, a.postal_code) if x)
    return ", ".join(x for x in (a.street, a.city, place) if x) or None


def _parties(stubs: list[Any] | None) -> str:
    return ", ".join(filter(None, (_who(s) for s in stubs or []))) or "nobody"


def communication(c: m.Communication) -> tuple[str, list[str]]:
    title = {"PhoneCommunication": "Phone call", "EmailCommunication": "Email"}.get(
        c.type or "", "Communication"
    )
    lines = [
        quote(c.subject or "no subject"),
        moment(c.received_at) if c.received_at else day(c.date) if c.date else None,
        f"from {_parties(c.senders)} to {_parties(c.receivers)}",
        _matter(c),
        quote(c.body, 200) if c.body else None,
    ]
    return title, [x for x in lines if x]


def user(u: m.User) -> tuple[str, list[str]]:
    lines = [
        u.name,
        u.email,
        u.phone_number,
        u.subscription_type,
        ", ".join(u.roles) if u.roles else None,
        None if u.enabled is not False else "disabled",
    ]
    return "User", [x for x in lines if x]


def folder(f: m.Folder) -> tuple[str, list[str]]:
    lines = [quote(f.name or "untitled"), _matter(f), f"in {f.parent.name}" if f.parent else None]
    return "Folder", [x for x in lines if x]


def document(d: m.Document) -> tuple[str, list[str]]:
    lines = [
        quote(d.name or d.filename or "untitled"),
        size_text(d.size) if d.size else None,
        _matter(d),
        f"in {d.parent.name}" if d.parent else None,
    ]
    return "Document", [x for x in lines if x]
