"""Communications (phone and email logs) and notes (on a matter or a contact)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import filters as f
from .. import writes as w
from ..errors import bad_request, unprocessable
from ..model import Ctx, Predicate, Ref, Resource
from ..store import Record
from ..timeutil import parse_datetime
from .common import parties, read_party, time_entries, time_entries_count

TYPES = ("PhoneCommunication", "EmailCommunication")


def write_parties(ctx: Ctx, record: Record, name: str, value: Any) -> None:
    """`senders` / `receivers`: `{id, type: User|Contact}`, `_deleted: true` removes one; a contact
    hidden from the user answers 404 (4.0.9)."""
    if not isinstance(value, list):
        raise unprocessable(f"{name} must be a list")
    current = [dict(item) for item in record.get(name) or []]
    for item in value:
        party = read_party(ctx, name, item, hidden_status=404)
        if item.get("_deleted") in w.TRUTHY:
            current = [c for c in current if c != party]
        elif party not in current:
            current.append(party)
    record[name] = current


def local_day(ctx: Ctx, record: Record) -> str | None:
    """`date`: the day of `received_at` in the reader's time zone."""
    moment = record.get("received_at")
    return parse_datetime(moment).astimezone(ctx.tz).date().isoformat() if moment else None


def involving_contact(values: list[str]) -> Predicate:
    wanted = {int(v) for v in values}

    def test(_ctx: Ctx, record: Record) -> bool:
        people = [*record.get("senders", []), *record.get("receivers", [])]
        return any(p["type"] == "Contact" and p["id"] in wanted for p in people)

    return test


def involving_user(values: list[str]) -> Predicate:
    wanted = {int(v) for v in values}

    def test(_ctx: Ctx, record: Record) -> bool:
        people = [*record.get("senders", []), *record.get("receivers", [])]
        users = {p["id"] for p in people if p["type"] == "User"} | {record.get("user_id")}
        return bool(users & wanted)

    return test


COMMUNICATIONS = Resource(
    key="communications",
    path="communications",
    label="Communication",
    schema="Communication",
    id_base=880_000,
    relations={"user": Ref("users", "user_id"), "matter": Ref("matters", "matter_id")},
    computed={
        "senders": lambda ctx, r: parties(ctx, r.get("senders", [])),
        "receivers": lambda ctx, r: parties(ctx, r.get("receivers", [])),
        "time_entries": time_entries("communication_id"),
        "time_entries_count": time_entries_count("communication_id"),
        "date": local_day,
    },
    filters={
        "type": f.by_value("type", choices=TYPES),
        "matter_id": f.by_id("matter_id"),
        "contact_id": involving_contact,
        "user_id": involving_user,
        "date": f.by_value(local_day),
        "received_since": f.since("received_at"),
        "received_before": f.since("received_at", before=True),
        "having_time_entries": f.by_bool(
            lambda ctx, r: bool(time_entries_count("communication_id")(ctx, r))
        ),
    },
    search=lambda ctx, r: (r["subject"], r.get("body")),
    default_order="date(asc)",
    writes={
        "type": w.text(choices=TYPES),
        "subject": w.text(),
        "body": w.text(),
        "date": w.refused("received_at"),
        "received_at": w.moment(),
        "matter": w.ref("matters", "matter_id"),
        "senders": write_parties,
        "receivers": write_parties,
        "external_properties": w.items(allowed=("name", "value")),
        "notification_event_subscribers": w.ignored,
    },
    initial=lambda ctx: {"user_id": ctx.user["id"], "senders": [], "receivers": []},
    webhook_model="communication",
)


# -- notes -----------------------------------------------------------------------------------------
def check_note(_ctx: Ctx, record: Record, _old: Record | None) -> None:
    """A Matter note needs a matter, a Contact note a contact (the spec marks both as required)."""
    if record["type"] == "Matter":
        w.require(record.get("matter_id") is not None, "matter can't be blank")
    else:
        w.require(record.get("contact_id") is not None, "contact can't be blank")


def require_type(params: Mapping[str, list[str]]) -> None:
    kinds = params.get("type")
    if not kinds or kinds[-1] not in ("Matter", "Contact"):
        raise bad_request("type is required and must be Matter or Contact")


NOTES = Resource(
    key="notes",
    path="notes",
    label="Note",
    schema="Note",
    id_base=890_000,
    relations={
        "matter": Ref("matters", "matter_id"),
        "contact": Ref("contacts", "contact_id"),
        "author": Ref("users", "author_id"),
    },
    computed={
        "time_entries": lambda ctx, r: time_entries(
            "matter_note_id" if r["type"] == "Matter" else "contact_note_id"
        )(ctx, r),
        "time_entries_count": lambda ctx, r: time_entries_count(
            "matter_note_id" if r["type"] == "Matter" else "contact_note_id"
        )(ctx, r),
    },
    filters={
        "type": f.by_value("type", choices=("Matter", "Contact")),
        "matter_id": f.by_id("matter_id"),
        "contact_id": f.by_id("contact_id"),
    },
    search=lambda ctx, r: (r.get("subject"), r.get("detail")),
    sort_keys={"author": lambda ctx, r: r.get("author_id")},
    writes={
        "type": w.text(choices=("Matter", "Contact")),
        "subject": w.text(),
        "detail": w.text(),
        "detail_text_type": w.text(choices=("plain_text", "rich_text")),
        "date": w.day(),
        "matter": w.ref("matters", "matter_id"),
        "contact": w.ref("contacts", "contact_id"),
        "notification_event_subscribers": w.ignored,
    },
    required=("type",),
    initial=lambda ctx: {
        "author_id": ctx.user["id"],
        "date": ctx.today().isoformat(),
        "detail_text_type": "plain_text",
    },
    validate=check_note,
    check_list=require_type,
)

RESOURCES = (COMMUNICATIONS, NOTES)
