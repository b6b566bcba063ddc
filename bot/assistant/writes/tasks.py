"""Tasks: create, update (complete, reassign, move, reschedule, retype), delete."""

from __future__ import annotations

import datetime as dt

from bot.assistant import bills
from bot.assistant.calendar_refs import event_matter
from bot.assistant.context import Ctx
from bot.assistant.drafts import Need
from bot.assistant.humanize import day, quote
from bot.assistant.plans import Plan
from bot.assistant.writes.assignees import assignee
from bot.assistant.writes.common import delete_plan, target, typed, update_plan
from bot.clio import models as m

STATUS_WORDS = {"in_progress": "in progress", "in_review": "in review"}


async def create(ctx: Ctx) -> Plan:
    name = ctx.value("name")
    if not name:
        raise Need("name", "What is the task?", ask="Task name")
    who, label = await assignee(ctx) or await _me(ctx)
    body: dict = {
        "name": name,
        "description": ctx.value("description") or name,
        "assignee": who,
    }
    lines = [quote(name)]
    kind = await ctx.ref("task_type")
    if kind is not None:
        body["task_type"] = {"id": kind.id}
        lines.append(f"type {kind.label}")
    if ctx.has("due_at"):
        body["due_at"] = ctx.value("due_at")
        lines.append(f"due {day(body['due_at'])}")
    for key in ("priority", "status"):
        if ctx.has(key):
            body[key] = ctx.value(key)
    lines.append(f"{body.get('priority', 'Normal')} priority")
    if body.get("status", "pending") != "pending":
        lines.append(STATUS_WORDS.get(body["status"], body["status"]))
    lines += _extras(ctx, body)
    lines.append(f"for {label}")
    matter = await ctx.ref("matter")
    if matter is None and "matter" not in ctx.draft.refs:  # "for the robert jones depo"
        matter = await event_matter(ctx, str(body.get("name") or "")) or await bills.named_matter(
            ctx, str(body.get("name") or "")
        )
    if matter is not None:
        body["matter"] = {"id": matter.id}
        lines.append(matter.label)
    return Plan(
        collection="tasks",
        action="create",
        title="Task",
        lines=lines,
        body=body,
        model=typed(m.TaskCreate, body),
        matter_id=matter.id if matter else None,
    )


async def _me(ctx: Ctx) -> tuple[dict, str]:
    me = await ctx.me()
    return {"id": me.id, "type": "User"}, me.label


def _extras(ctx: Ctx, body: dict, *, create: bool = True) -> list[str]:
    """Permission and (on create: Clio sets it then) statute of limitations; the card's words."""
    lines = []
    if ctx.has("permission"):
        body["permission"] = ctx.value("permission")
        lines.append(body["permission"])
    if create and ctx.value("statute_of_limitations"):
        body["statute_of_limitations"] = True
        lines.append("statute of limitations")
    return lines


async def update(ctx: Ctx) -> Plan:
    record = await target(ctx, m.Task)
    changes: dict = {}
    lines = [quote(record.name or f"task {record.id}")]
    for key in ("name", "description"):
        if ctx.has(key):
            changes[key] = ctx.value(key)
            lines.append(f"{key} {quote(getattr(record, key) or 'none')} → {quote(changes[key])}")
    kind = await ctx.ref("task_type")
    if kind is not None:
        changes["task_type"] = {"id": kind.id}
        lines.append(f"type → {kind.label}")
    if not ctx.has("due_at") and ctx.has("shift_minutes") and record.due_at is not None:
        days = int(ctx.value("shift_minutes")) // 1440  # "by a week": from the day it is due
        changes["due_at"] = (record.due_at + dt.timedelta(days=days)).isoformat()
        lines.append(f"due {day(record.due_at)} → {day(changes['due_at'])}")
    if ctx.has("due_at"):
        changes["due_at"] = ctx.value("due_at")
        lines.append(
            f"due {day(record.due_at) if record.due_at else 'none'} → {day(changes['due_at'])}"
        )
    if ctx.has("priority"):
        changes["priority"] = ctx.value("priority")
        lines.append(f"priority {record.priority or 'none'} → {changes['priority']}")
    if ctx.has("status"):
        changes["status"] = ctx.value("status")
        was = STATUS_WORDS.get(record.status or "", record.status or "none")
        lines.append(f"status {was} → {STATUS_WORDS.get(changes['status'], changes['status'])}")
    lines += [f"→ {line}" for line in _extras(ctx, changes, create=False)]
    chosen = await assignee(ctx)
    if chosen is not None:
        changes["assignee"], label = chosen
        was = getattr(record.assignee, "name", None) or "nobody"
        lines.append(f"assigned to {was} → {label}")
    matter = await ctx.ref("matter")
    if matter is not None and matter.id != getattr(record.matter, "id", None):
        changes["matter"] = {"id": matter.id}  # not the matter that only named the task
        was_on = record.matter.label if record.matter else "none"
        lines.append(f"matter {was_on} → {matter.label}")
    if not changes:
        raise Need("status", "What should change on this task?", ask="e.g. complete, due Friday")
    plan = update_plan(ctx, record, changes, lines)
    before = plan.previous or {}
    if "task_type" in before and before["task_type"] is None:
        # Clio takes no null task type, so Undo cannot take a new type off again.
        previous = {k: v for k, v in before.items() if k != "task_type"}
        lines = [*plan.lines, "Undo keeps the type (Clio cannot clear one)"]
        plan = plan.model_copy(update={"previous": previous, "lines": lines})
    return plan


async def delete(ctx: Ctx) -> Plan:
    return delete_plan(ctx, await target(ctx, m.Task))
