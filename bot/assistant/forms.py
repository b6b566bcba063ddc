"""Edit: every field of a planned write as a form, validated before it is accepted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, Literal
from zoneinfo import ZoneInfo

from pydantic import BaseModel, Field

from bot.assistant import extra_forms, one_line
from bot.assistant.answers import read_answer
from bot.assistant.drafts import DraftState
from bot.assistant.humanize import hours
from bot.assistant.plans import Plan
from bot.assistant.registry import HANDLERS, RESOURCES

Kind = Literal["text", "long_text", "date", "datetime", "checkbox", "select"]


class FormField(BaseModel):
    name: str
    label: str
    kind: Kind = "text"
    value: Any = None
    required: bool = False
    options: list[tuple[str, str]] = Field(default_factory=list)  # (value, label)
    hint: str | None = None


class Form(BaseModel):
    """A form for one confirmation; `key` is the confirmation it edits."""

    key: str
    title: str
    fields: list[FormField]


PRIORITIES = [("High", "High"), ("Normal", "Normal"), ("Low", "Low")]
STATUSES = [
    ("pending", "Pending"),
    ("in_progress", "In progress"),
    ("in_review", "In review"),
    ("complete", "Complete"),
    ("draft", "Draft"),
]
MATTER_STATUSES = [("open", "Open"), ("pending", "Pending"), ("closed", "Closed")]
HINT_REF = "A number like 00042-Smith, or part of the name"

# name -> (label, kind, options, how to read an answer: a draft slot or a ref kind)
FIELDS: dict[str, tuple[str, Kind, list[tuple[str, str]]]] = {
    "quantity": ("Time (hours, or e.g. 1h30m)", "text", []),
    "price": ("Amount", "text", []),
    "date": ("Date", "date", []),
    "note": ("Note", "long_text", []),
    "non_billable": ("Non-billable", "checkbox", []),
    "name": ("Task", "text", []),
    "description": ("Description", "long_text", []),
    "due_at": ("Due date", "date", []),
    "priority": ("Priority", "select", PRIORITIES),
    "status": ("Status", "select", STATUSES),
    "summary": ("Title", "text", []),
    "start_at": ("Starts", "datetime", []),
    "end_at": ("Ends", "datetime", []),
    "all_day": ("All day", "checkbox", []),
    "location": ("Location", "text", []),
    "subject": ("Subject", "text", []),
    "detail": ("Note", "long_text", []),
    "open_date": ("Open date", "date", []),
    "billable": ("Billing", "select", [("true", "Billable"), ("false", "Non-billable")]),
    "prefix": ("Prefix", "text", []),
    "first_name": ("First name", "text", []),
    "middle_name": ("Middle name", "text", []),
    "last_name": ("Last name", "text", []),
    "title": ("Title", "text", []),
    "email": ("Email", "text", []),
    "phone": ("Phone", "text", []),
    "address": ("Address (street, city, state zip, country)", "text", []),
    "website": ("Web site", "text", []),
    "body": ("Body", "long_text", []),
    "received_at": ("When", "datetime", []),
    "type": (
        "Kind",
        "select",
        [("PhoneCommunication", "Phone call"), ("EmailCommunication", "Email")],
    ),
    "permission": (
        "Visible to",
        "select",
        [("public", "Everyone (public)"), ("private", "Only the assignee (private)")],
    ),
    "statute_of_limitations": ("Statute of limitations", "checkbox", []),
    "recurrence_rule": ("Repeats (e.g. FREQ=WEEKLY;COUNT=6)", "text", []),
    **extra_forms.FIELDS,
}
REFS = {
    "matter": "Matter",
    "client": "Client",
    "contact": "Contact",
    "assignee": "Assigned to",
    "practice_area": "Practice area",
    "responsible_attorney": "Responsible attorney",
    "responsible_staff": "Responsible staff",
    "originating_attorney": "Originating attorney",
    "company": "Company",
    "activity_description": "Activity (description or UTBMS code)",
    "task_type": "Task type",
    "calendar": "Calendar",
    "attendees": "Attendees",
}
HINT_ACTIVITY = "e.g. Legal research, or L120"
HINTS = {
    "activity_description": HINT_ACTIVITY,
    "task_type": "e.g. Court Filing",
    "calendar": "Empty for yours; “firm”, or a colleague's name",
    "attendees": "Colleagues and contacts, separated by commas",
}
PREFILL: dict[str, Callable[[dict[str, Any]], Any]] = {
    "billable": lambda body: None if "billable" not in body else str(body["billable"]).lower(),
    **one_line.PREFILL,
}
REQUIRED = {
    "quantity", "price", "date", "received_at", "name", "summary", "start_at", "description",
}  # fmt: skip
OPTIONAL = {"calendar_entries": {"description"}}  # Clio takes an entry without one


def _layout(plan: Plan) -> Sequence[str]:
    """The form's fields: the resource's layout for the body's `type` or for the action; an
    update with no layout edits what it changes."""
    handlers = HANDLERS.get(plan.collection)
    layouts = handlers.form if handlers is not None else {}
    kind = plan.body.get("type") if plan.action == "create" else None
    if isinstance(kind, str) and kind in layouts:
        return layouts[kind]
    if plan.action != "update" or "update" in layouts:  # an update's layout: every field
        return layouts.get(plan.action, [])
    return [key for key in plan.body if key in FIELDS]


def _shown(name: str, value: Any) -> Any:
    if name == "quantity" and value is not None:
        return hours(value).removesuffix(" h")
    return extra_forms.shown(name, value)


def build(plan: Plan, draft: DraftState, key: str) -> Form:
    """The form for a confirmation, prefilled with what the plan will send."""
    handlers = HANDLERS.get(plan.collection)
    labels = handlers.labels if handlers is not None else {}
    fields = []
    for name in _layout(plan):
        if name.startswith("ref:"):
            kind = name[4:]
            chosen = draft.resolved.get(kind)
            label = labels.get(kind, REFS.get(kind, kind))
            required = kind in ("client",) or (kind == "matter" and plan.collection == "activities")
            fields.append(
                FormField(
                    name=name,
                    label=label,
                    value=chosen.label if chosen else None,
                    required=required,
                    hint=HINTS.get(kind, HINT_REF),
                )
            )
            continue
        label, kind, options = FIELDS[name]
        label = labels.get(name, label)
        value = PREFILL[name](plan.body) if name in PREFILL else plan.body.get(name)
        if kind == "select" and name == "status" and plan.collection == "matters":
            options = MATTER_STATUSES
        fields.append(
            FormField(
                name=name,
                label=label,
                kind=kind,
                value=_shown(name, value),
                required=name in REQUIRED - OPTIONAL.get(plan.collection, set())
                and plan.action == "create",
                options=options,
            )
        )
    title = f"Edit {plan.title.lower()}"
    return Form(key=key, title=title[:24], fields=fields)


def blank(draft: DraftState, key: str) -> Form:
    """A time entry form for a draft that has no plan yet (shortcuts)."""
    fields = draft.fields
    out = []
    for name in RESOURCES["activities"].form["TimeEntry"]:
        if name.startswith("ref:"):
            kind = name[4:]
            out.append(
                FormField(
                    name=name,
                    label=REFS.get(kind, kind),
                    value=draft.refs.get(kind),
                    required=kind == "matter",
                    hint=HINT_REF if kind == "matter" else HINT_ACTIVITY,
                )
            )
            continue
        label, kind, options = FIELDS[name]
        out.append(
            FormField(
                name=name,
                label=label,
                kind=kind,
                value=_shown(name, fields.get(name)),
                required=name in REQUIRED,
                options=options,
            )
        )
    return Form(key=key, title="New time entry", fields=out)


def read(field: FormField, raw: Any, *, now: dt.datetime, tz: str) -> tuple[Any, str | None]:
    """(value, error) for one submitted field; an empty optional field reads as None."""
    if raw is None or raw == "" or raw == []:
        return None, ("Required." if field.required else None)
    if field.kind == "checkbox":
        return bool(raw), None
    if field.kind in ("select", "text", "long_text") and field.name not in ("quantity", "price"):
        return str(raw).strip(), None
    if field.kind == "datetime":
        try:
            moment = dt.datetime.fromisoformat(str(raw))
        except ValueError:
            found = read_answer("start_at", str(raw), now=now, tz=tz)
            if not found:
                return None, "Use a date and time, e.g. 2026-11-24 14:00 or “Tuesday 2pm”."
            return found["start_at"], None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=ZoneInfo(tz))
        return moment.isoformat(timespec="seconds"), None
    if field.kind == "date":
        try:
            return dt.date.fromisoformat(str(raw)).isoformat(), None
        except ValueError:
            pass
    found = read_answer(field.name, str(raw), now=now, tz=tz)
    if not found:
        examples = {
            "quantity": "1.5, 0.3 or 1h30m",
            "price": "45.20",
            "date": "2026-11-17 or “yesterday”",
        }
        return None, f"I couldn't read that; try e.g. {examples.get(field.name, 'another value')}."
    return found[field.name], None
