"""Visibility rules: Clio's "Contacts visibility" (4.0.9), "Activity hours visibility" (4.0.8)
and restricted calendar entry fields (4.0.12).

A user record carries `contacts_visibility` ("all" | "restricted") and `activity_hours_visibility`
("all" | "own"). Restricted users see contacts they created and the clients and related
contacts of matters; others are omitted from contact lists and nested as stubs. "own" users
see hours only on their own time entries and on matters where they are responsible attorney.
A calendar shared with a reader as Free/Busy (`limited_viewer`) shows them its entries' times
only (see `resources/calendar.py`).
"""

from __future__ import annotations

from typing import Any

from .model import Ctx, Redaction
from .store import Record

HOURS_FIELDS = (
    "quantity",
    "rounded_quantity",
    "quantity_in_hours",
    "rounded_quantity_in_hours",
    "total",
    "non_billable_total",
)
HOURS = (frozenset(HOURS_FIELDS), "quantity_redacted")
# What a Free/Busy reader of a calendar entry does not see: all but its ids, its times, its
# recurrence and calendar, its permission and its timestamps.
CALENDAR_ENTRY = (
    frozenset(
        {"summary", "description", "location", "matter", "matter_docket", "attendees",
         "calendars", "court_rule", "time_entries", "time_entries_count", "conference_meeting",
         "calendar_entry_event_type", "reminders", "external_properties"}
    ),
    "redacted",
)  # fmt: skip
STUB_NAME = "*****"


def contact_visible(ctx: Ctx, contact: Record) -> bool:
    if ctx.user.get("contacts_visibility") != "restricted":
        return True
    return contact["id"] in ctx.visible_contact_ids


def contact_stub(contact: Record, kind: str | None = None) -> dict[str, Any]:
    """What a hidden contact looks like where it is nested; `kind` overrides its `type` where the
    place has its own (calendar attendees are of type "Contact")."""
    kind = kind or contact["type"]
    return {"id": contact["id"], "name": STUB_NAME, "type": kind, "redacted": True}


def hours_redaction(ctx: Ctx, activity: Record) -> Redaction | None:
    return HOURS if hours_hidden(ctx, activity) else None


def hours_hidden(ctx: Ctx, activity: Record) -> bool:
    if ctx.user.get("activity_hours_visibility") != "own" or activity.get("type") != "TimeEntry":
        return False
    if activity.get("user_id") == ctx.user["id"]:
        return False
    matter = ctx.store.get("matters", activity.get("matter_id") or 0)
    return not (matter and matter.get("responsible_attorney_id") == ctx.user["id"])
