"""Bills: approved, voided or given a new due date; a draft deleted. Found by number, or by the
client, matter or state a person names ("approve the garcia bill", "delete the globex draft")."""

from __future__ import annotations

import datetime as dt

from bot.assistant import bills
from bot.assistant.context import Ctx
from bot.assistant.drafts import Need
from bot.assistant.humanize import day
from bot.assistant.plans import Plan
from bot.assistant.writes.common import delete_plan, update_plan

STATES = ("draft", "awaiting_approval", "awaiting_payment", "paid", "void")


async def update(ctx: Ctx) -> Plan:
    record = await bills.find(ctx)
    changes: dict = {}
    lines = [f"bill #{record.number}" + (f" · {record.client.name}" if record.client else "")]
    if ctx.has("state"):
        state = str(ctx.value("state"))
        if state not in STATES:
            raise Need("state", "Which state: approved, paid or void?", ask="e.g. approved")
        changes["state"] = state
        lines.append(f"state → {state.replace('_', ' ')}")
    if ctx.value("due_at"):
        due = dt.date.fromisoformat(str(ctx.value("due_at"))[:10])
        changes["due_at"] = due.isoformat()
        lines.append(f"due → {day(due)}")
    if not changes:
        raise Need("state", "What should change on this bill?", ask="e.g. approved")
    return update_plan(ctx, record, changes, lines)


async def delete(ctx: Ctx) -> Plan:
    """Clio deletes a draft or unapproved bill and voids one awaiting payment."""
    record = await bills.find(ctx)
    plan = delete_plan(ctx, record)
    if record.state == "awaiting_payment":
        plan.lines.append("Clio voids a bill awaiting payment (it stays, as void)")
    return plan
