"""Tasks: assignee (user or contact), priority High|Normal|Low, status (`draft` too), due dates
and completion; the firm's task types (disabled, never deleted, through `deleted_at`)."""

from __future__ import annotations

from typing import Any

from .. import filters as f
from .. import writes as w
from ..errors import bad_request, unprocessable
from ..model import Ctx, Link, Predicate, Ref, Resource
from ..store import Record
from ..timeutil import iso
from .common import party_link, read_party, time_entries, time_entries_count

PRIORITIES = ("High", "Normal", "Low")
STATUSES = ("pending", "in_progress", "in_review", "complete", "draft")


def assignee(ctx: Ctx, record: Record) -> Link | None:
    return party_link(ctx, record["assignee_type"], record["assignee_id"])


def write_assignee(ctx: Ctx, record: Record, name: str, value: Any) -> None:
    party = read_party(ctx, name, value, hidden_status=422)
    record["assignee_type"], record["assignee_id"] = party["type"], party["id"]


def write_status(ctx: Ctx, record: Record, name: str, value: Any) -> None:
    w.text(choices=STATUSES)(ctx, record, name, value)
    if value == "complete":
        record["completed_at"] = record.get("completed_at") or iso(ctx.now())
    else:
        record["completed_at"] = None


def matter_attr(attr: str) -> Any:
    def get(ctx: Ctx, record: Record) -> Any:
        matter = ctx.store.get("matters", record.get("matter_id") or 0)
        return matter.get(attr) if matter else None

    return get


def by_assignee(values: list[str]) -> Predicate:
    wanted = {int(v) for v in f.split_values(values)}
    return lambda ctx, r: r["assignee_id"] in wanted


def assignee_kind(values: list[str]) -> Predicate:
    kind = values[-1].lower()
    if kind not in ("user", "contact"):
        raise ValueError(kind)
    return lambda ctx, r: r["assignee_type"].lower() == kind


def write_task_type(ctx: Ctx, record: Record, name: str, value: Any) -> None:
    """An enabled task type of the firm: an unknown id is 404, null or a disabled type 422."""
    ident = w.ref_id(value, name)
    if ident is None:
        raise unprocessable(f"{name}.id cannot be null")
    task_type = w.load_ref(ctx, "task_types", ident)
    if task_type.get("deleted_at"):
        raise unprocessable(f"Task type {task_type['name']} is disabled")
    record["task_type_id"] = ident


def check_filters(params: Any) -> None:
    if params.get("assignee_id") and not params.get("assignee_type"):
        raise bad_request("assignee_type is required when filtering by assignee_id")


def visible_task(ctx: Ctx, record: Record) -> bool:
    """Private tasks are seen only by their assigner and a user assignee."""
    if record.get("permission") != "private":
        return True
    me = ctx.user["id"]
    return record.get("assigner_id") == me or (
        record["assignee_type"] == "User" and record["assignee_id"] == me
    )


TASKS = Resource(
    key="tasks",
    path="tasks",
    label="Task",
    schema="Task",
    id_base=550_000,
    relations={
        "matter": Ref("matters", "matter_id"),
        "assigner": Ref("users", "assigner_id"),
        "task_type": Ref("task_types", "task_type_id"),
    },
    computed={
        "assignee": assignee,
        "time_entries": time_entries("task_id"),
        "time_entries_count": time_entries_count("task_id"),
    },
    filters={
        "assignee_id": by_assignee,
        "assignee_type": assignee_kind,
        "assigner_id": f.by_id("assigner_id"),
        "priority": f.by_value(
            "priority", choices=("high", "normal", "low"), stored=str.capitalize
        ),
        "status": f.by_value("status", choices=STATUSES),
        "statuses[]": f.by_value("status", choices=STATUSES),
        "complete": f.by_bool(lambda ctx, r: r["status"] == "complete"),
        "due_at_from": f.date_from("due_at"),
        "due_at_to": f.date_to("due_at"),
        "due_at_present": f.by_bool(lambda ctx, r: r.get("due_at") is not None),
        "matter_id": f.by_id("matter_id"),
        "client_id": f.by_id(matter_attr("client_id")),
        "responsible_attorney_id": f.by_id(matter_attr("responsible_attorney_id")),
        "permission": f.by_value("permission", choices=("private", "public")),
        "statute_of_limitations": f.by_bool("statute_of_limitations"),
        "time_entries_present": f.by_bool(lambda ctx, r: bool(time_entries("task_id")(ctx, r))),
        "task_type_id": f.by_id("task_type_id"),
    },
    search=lambda ctx, r: (r["name"], r.get("description")),
    sort_keys={
        "priority": lambda ctx, r: PRIORITIES.index(r["priority"]),
        "due_at_strict": lambda ctx, r: r.get("due_at"),
    },
    writes={
        "name": w.text(),
        "description": w.text(),
        "description_text_type": w.text(choices=("plain_text", "rich_text")),
        "priority": w.text(choices=PRIORITIES),
        "status": write_status,
        "due_at": w.day(),
        "permission": w.text(choices=("private", "public")),
        "matter": w.ref("matters", "matter_id"),
        "assignee": write_assignee,
        "notify_completion": w.boolean(),
        "statute_of_limitations": w.boolean(),
        "time_estimated": w.number(integer=True),
        "notify_assignee": w.ignored,
        "task_type": write_task_type,
        "cascading": w.ignored,
        "cascading_source": w.ignored,
        "cascading_offset": w.ignored,
        "cascading_offset_type": w.ignored,
        "cascading_offset_polarity": w.ignored,
    },
    initial=lambda ctx: {
        "assigner_id": ctx.user["id"],
        "priority": "Normal",
        "status": "pending",
        "permission": "public",
        "description_text_type": "plain_text",
        "statute_of_limitations": False,
        "notify_completion": False,
        "completed_at": None,
        "task_type_id": None,
    },
    visible=visible_task,
    check_list=check_filters,
    webhook_model="task",
)

TASK_TYPES = Resource(
    key="task_types",
    path="task_types",
    label="TaskType",
    schema="TaskType",
    id_base=590_000,
    actions=frozenset({"list", "get", "create", "update"}),
    filters={
        "enabled": f.by_bool(lambda ctx, r: not r.get("deleted_at")),
        "name": f.by_value("name"),
    },
    search=lambda ctx, r: (r["name"],),
    writes={"name": w.text(), "deleted_at": w.moment()},  # set disables the type, null enables
    initial=lambda ctx: {"deleted_at": None},
)

RESOURCES = (TASKS, TASK_TYPES)
