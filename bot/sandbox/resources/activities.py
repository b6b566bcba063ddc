"""Activities (time and expense entries), activity descriptions and the per-user timer."""

from __future__ import annotations

import math
from typing import Any

from .. import filters as f
from .. import redaction
from .. import writes as w
from ..errors import forbidden, unprocessable
from ..model import Ctx, Link, Ref, Resource
from ..store import Record
from ..timeutil import parse_datetime

TYPES = ("TimeEntry", "ExpenseEntry", "HardCostEntry", "SoftCostEntry")
TENTH_OF_HOUR = 360
BILLED_STATES = ("awaiting_payment", "paid")


def is_time(record: Record) -> bool:
    return record.get("type") == "TimeEntry"


def seconds(record: Record) -> float:
    return float(record.get("quantity") or 0)


def rounded_seconds(record: Record) -> float:
    return float(math.ceil(seconds(record) / TENTH_OF_HOUR) * TENTH_OF_HOUR)


def total(_ctx: Ctx, record: Record) -> float:
    price = float(record.get("price") or 0)
    if record.get("no_charge"):
        return 0.0
    if not is_time(record):
        return round(price * float(record.get("quantity") or 1), 2)
    if record.get("flat_rate"):
        return price
    return round(price * rounded_seconds(record) / 3600, 2)


def bill_state(ctx: Ctx, record: Record) -> str | None:
    bill = ctx.store.get("bills", record.get("bill_id") or 0)
    return bill["state"] if bill else None


def status(ctx: Ctx, record: Record) -> str:
    state = bill_state(ctx, record)
    if state in BILLED_STATES:
        return "billed"
    if state is not None:
        return "draft"
    return "non_billable" if record.get("non_billable") else "unbilled"


STATUS_TESTS = {
    "billed": lambda ctx, r: status(ctx, r) == "billed",
    "draft": lambda ctx, r: status(ctx, r) == "draft",
    "unbilled": lambda ctx, r: status(ctx, r) in ("unbilled", "non_billable"),
    "non_billable": lambda ctx, r: bool(r.get("non_billable")),
    "billable": lambda ctx, r: not r.get("non_billable") and not r.get("no_charge"),
    "written_off": lambda ctx, r: bool(r.get("written_off")),
}


def by_status(values: list[str]) -> Any:
    if values[-1] not in STATUS_TESTS:
        raise ValueError(values[-1])
    return STATUS_TESTS[values[-1]]


def timer_link(ctx: Ctx, record: Record) -> Link | None:
    found = [t for t in ctx.store.all("timers") if t["activity_id"] == record["id"]]
    return Link("timers", found[0]) if found else None


def guard_hours(ctx: Ctx, record: Record, name: str, value: Any) -> None:
    """Writing hours on an activity whose hours the user may not see is forbidden (4.0.8)."""
    if "id" in record and redaction.hours_hidden(ctx, record):
        raise forbidden(f"You are not allowed to change {name} on this activity")
    if name == "quantity":
        w.number()(ctx, record, name, value)


def default_price(ctx: Ctx, record: Record, old: Record | None) -> None:
    """Derive price from the activity description's rate, else the user's rate (time entries)."""
    w.require(record.get("type") in TYPES, "type can't be blank")
    w.require(bool(record.get("date")), "date can't be blank")
    if not is_time(record):
        record["flat_rate"] = False
        record.setdefault("quantity", 1.0)
    if record.get("price") is not None and not (old and _rate_inputs_changed(record, old)):
        return
    description = ctx.store.get("activity_descriptions", record.get("activity_description_id") or 0)
    rate = (description or {}).get("rate") or {}
    user = ctx.store.get("users", record.get("user_id") or 0) or {}
    record["flat_rate"] = is_time(record) and rate.get("type") == "FlatRate"
    if rate.get("type") in ("FlatRate", "Custom"):
        record["price"] = rate.get("amount")
    elif is_time(record):
        record["price"] = user.get("rate")
    record.setdefault("price", 0.0)


def _rate_inputs_changed(record: Record, old: Record) -> bool:
    keys = ("activity_description_id", "matter_id", "user_id")
    return record.get("price") == old.get("price") and any(
        record.get(k) != old.get(k) for k in keys
    )


def start_requested_timer(ctx: Ctx, record: Record, _old: Record | None) -> None:
    """`start_timer: true` on a time entry starts the user's timer on it once it is saved."""
    if "start_timer" not in record:
        return
    wanted = record.pop("start_timer")
    ctx.store.put("activities", record)
    if wanted and is_time(record):
        from .timer import start_timer

        start_timer(ctx, record)


ACTIVITIES = Resource(
    key="activities",
    path="activities",
    label="Activity",
    schema="Activity",
    id_base=440_000,
    relations={
        "matter": Ref("matters", "matter_id"),
        "user": Ref("users", "user_id"),
        "activity_description": Ref("activity_descriptions", "activity_description_id"),
        "vendor": Ref("contacts", "vendor_id"),
        "bill": Ref("bills", "bill_id"),
        "task": Ref("tasks", "task_id"),
        "calendar_entry": Ref("calendar_entries", "calendar_entry_id"),
        "communication": Ref("communications", "communication_id"),
        "matter_note": Ref("notes", "matter_note_id"),
        "contact_note": Ref("notes", "contact_note_id"),
    },
    computed={
        "quantity_in_hours": lambda ctx, r: round(seconds(r) / 3600, 4) if is_time(r) else None,
        "rounded_quantity": lambda ctx, r: rounded_seconds(r) if is_time(r) else seconds(r),
        "rounded_quantity_in_hours": lambda ctx, r: (
            round(rounded_seconds(r) / 3600, 2) if is_time(r) else None
        ),
        "quantity_redacted": lambda ctx, r: False,
        "total": total,
        "non_billable_total": lambda ctx, r: total(ctx, r) if r.get("non_billable") else 0.0,
        "billed": lambda ctx, r: status(ctx, r) == "billed",
        "on_bill": lambda ctx, r: r.get("bill_id") is not None,
        "contingency_fee": lambda ctx, r: False,
        "timer": timer_link,
    },
    filters={
        "type": f.by_value("type", choices=TYPES),
        "status": by_status,
        "start_date": f.date_from("date"),
        "end_date": f.date_to("date"),
        "matter_id": f.by_id("matter_id"),
        "user_id": f.by_id("user_id"),
        "task_id": f.by_id("task_id"),
        "calendar_entry_id": f.by_id("calendar_entry_id"),
        "communication_id": f.by_id("communication_id"),
        "activity_description_id": f.by_id("activity_description_id"),
        "matter_note_id": f.by_id("matter_note_id"),
        "contact_note_id": f.by_id("contact_note_id"),
        "flat_rate": f.by_bool("flat_rate"),
    },
    search=lambda ctx, r: (r.get("note"),),
    redact=redaction.hours_redaction,
    sort_keys={"total": total, "display_number": lambda ctx, r: r["id"]},
    writes={
        "type": w.text(choices=TYPES),
        "date": w.day(),
        "quantity": guard_hours,
        **{name: guard_hours for name in redaction.HOURS_FIELDS if name != "quantity"},
        "price": w.number(),
        "note": w.text(),
        "matter": w.ref("matters", "matter_id"),
        "user": w.ref("users", "user_id"),
        "activity_description": w.ref("activity_descriptions", "activity_description_id"),
        "vendor": w.ref("contacts", "vendor_id", hidden_status=422),
        "task": w.ref("tasks", "task_id"),
        "calendar_entry": w.ref("calendar_entries", "calendar_entry_id"),
        "communication": w.ref("communications", "communication_id"),
        "matter_note": w.ref("notes", "matter_note_id"),
        "contact_note": w.ref("notes", "contact_note_id"),
        "non_billable": w.boolean(),
        "no_charge": w.boolean(),
        "reference": w.text(),
        "tax_setting": w.text(choices=("no_tax", "tax_1_only", "tax_2_only", "tax_1_and_tax_2")),
        "start_timer": w.boolean(),
        "expense_category": w.ignored,
        "utbms_expense": w.ignored,
        "client_portal": w.ignored,
        "text_message_conversation": w.ignored,
    },
    initial=lambda ctx: {"user_id": ctx.user["id"], "non_billable": False, "no_charge": False},
    validate=default_price,
    after_save=start_requested_timer,
    webhook_model="activity",
)

RATE_TYPES = ("User", "FlatRate", "Custom")


def write_rate(_ctx: Ctx, record: Record, name: str, value: Any) -> None:
    if not isinstance(value, dict) or value.get("type", "User") not in RATE_TYPES:
        raise unprocessable(f"{name}.type must be one of: {', '.join(RATE_TYPES)}")
    record["rate"] = {
        "type": value.get("type", "User"),
        "amount": value.get("amount"),
        "non_billable_amount": value.get("non_billable_amount"),
    }


ACTIVITY_DESCRIPTIONS = Resource(
    key="activity_descriptions",
    path="activity_descriptions",
    label="ActivityDescription",
    schema="ActivityDescription",
    id_base=420_000,
    computed={"accessible_to_user": lambda ctx, r: True},
    filters={
        "flat_rate": f.by_bool(lambda ctx, r: (r.get("rate") or {}).get("type") == "FlatRate"),
        "type": f.by_value(
            lambda ctx, r: "utbms" if r.get("utbms_activity_id") else "clio",
            choices=("utbms", "clio"),
        ),
    },
    writes={
        "name": w.text(),
        "rate": write_rate,
        "default": w.boolean(),
        "visible_to_co_counsel": w.boolean(),
        "groups": w.ignored,
        "currency": w.ignored,
    },
    initial=lambda ctx: {
        "rate": {"type": "User"},
        "default": False,
        "visible_to_co_counsel": False,
    },
)


def elapsed_hours(ctx: Ctx, record: Record) -> float:
    started = parse_datetime(record["start_time"])
    return round((ctx.now() - started).total_seconds() / 3600, 4)


TIMERS = Resource(
    key="timers",
    path="timer",
    label="Timer",
    schema="Timer",
    id_base=460_000,
    actions=frozenset(),
    relations={"activity": Ref("activities", "activity_id")},
    computed={"elapsed_time": elapsed_hours},
)

RESOURCES = (ACTIVITIES, ACTIVITY_DESCRIPTIONS, TIMERS)
