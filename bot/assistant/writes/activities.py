"""Time and expense entries: the heart of the product."""

from __future__ import annotations

import datetime as dt

from bot.assistant.context import Ctx
from bot.assistant.describe import which_entry
from bot.assistant.described import hits_in, words_of
from bot.assistant.drafts import Need
from bot.assistant.humanize import day, hours, money, quote
from bot.assistant.plans import Plan
from bot.assistant.writes.common import (
    delete_plan,
    matter_or_default,
    target,
    today,
    typed,
    update_plan,
)
from bot.assistant.writes.descriptions import activity_description
from bot.clio import models as m


async def create(ctx: Ctx) -> Plan:
    kind = ctx.value("type") or "TimeEntry"
    expense = kind == "ExpenseEntry"
    matter = await matter_or_default(
        ctx,
        prompt="Which matter is this expense for?" if expense else "Which matter is this time for?",
    )
    date = ctx.value("date") or today(ctx).isoformat()
    body: dict = {"type": kind, "date": date, "matter": {"id": matter.id}}
    if expense:
        price = ctx.value("price")
        if price is None:
            raise Need("price", "How much was the expense?", ask="Amount, e.g. $45.20")
        body["price"] = price
        amount = money(price)
    else:
        quantity = ctx.value("quantity")
        if not quantity:
            raise Need("quantity", "How much time?", ask="Duration, e.g. 1.5h, 20 min or 0.3")
        body["quantity"] = int(quantity)
        amount = hours(quantity)
        if ctx.has("price"):
            body["price"] = ctx.value("price")
    user = await ctx.ref("user") or await ctx.me()
    body["user"] = {"id": user.id}
    note = ctx.value("note")
    if note:
        body["note"] = note
    # "no charge .3 chen call": in Clio `no_charge` says whether a non-billable entry still shows
    # on the bill (at no charge), so it comes with `non_billable`
    no_charge = bool(ctx.value("no_charge")) and not ctx.value("non_billable")
    non_billable = no_charge or bool(ctx.value("non_billable"))
    if non_billable:
        body["non_billable"] = True
    if no_charge:
        body["no_charge"] = True
    lines = [amount, day(dt.date.fromisoformat(date)), matter.label]
    described = await activity_description(ctx) if not expense else None
    if described is not None:
        body["activity_description"] = {"id": described.id}
        lines.append(f"activity {described.label}")
    if note:
        lines.append(quote(note))
    lines.append("no charge" if no_charge else "non-billable" if non_billable else "billable")
    if ctx.draft.refs.get("user") not in (None, "me"):
        lines.append(f"for {user.label}")
    return Plan(
        collection="activities",
        action="create",
        title="Expense" if expense else "Time entry",
        lines=lines,
        body=body,
        model=typed(m.ActivityCreate, body),
        matter_id=matter.id,
    )


async def update(ctx: Ctx) -> Plan:
    record = await target(ctx, m.Activity)
    if record.hours_hidden and "quantity" in ctx.draft.fields:
        raise Need("quantity", "Clio hides this entry's hours from you, so they can't be changed.")
    changes: dict = {}
    lines: list[str] = []
    if by := ctx.draft.refs.get("quantity_by"):  # "add a quarter hour to the X entry"
        changes["quantity"] = max(0, int(record.quantity or 0) + int(by))
        lines.append(f"time {hours(record.quantity or 0)} → {hours(changes['quantity'])}")
    elif ctx.has("quantity"):
        changes["quantity"] = int(ctx.value("quantity"))
        lines.append(f"time {hours(record.quantity or 0)} → {hours(changes['quantity'])}")
    if ctx.has("price"):
        changes["price"] = ctx.value("price")
        lines.append(f"amount {money(record.price or 0)} → {money(changes['price'])}")
    if ctx.has("date"):
        changes["date"] = ctx.value("date")
        lines.append(f"date {day(record.date) if record.date else 'none'} → {day(changes['date'])}")
    if added := ctx.draft.refs.get("note_append"):  # "add '& 911 transcript' to the note on ..."
        changes["note"] = f"{record.note or ''} {added}".strip()
        lines.append(f"note {quote(record.note or 'none')} → {quote(changes['note'])}")
    elif ctx.has("note"):
        changes["note"] = ctx.value("note")
        lines.append(f"note {quote(record.note or 'none')} → {quote(changes['note'])}")
    if ctx.has("no_charge") and ctx.value("no_charge"):  # not billed, shown on the bill at $0
        changes |= {"non_billable": True, "no_charge": True}
        lines.append("no charge")
    elif ctx.has("non_billable"):
        changes["non_billable"] = bool(ctx.value("non_billable"))
        lines.append("non-billable" if changes["non_billable"] else "billable")
    matter = None if _names_its_matter(ctx, record) else await ctx.ref("matter")
    if matter is not None and matter.id != getattr(record.matter, "id", None):  # not "on johnson"
        changes["matter"] = {"id": matter.id}
        before = record.matter.label if record.matter else "none"
        lines.append(f"matter {before} → {matter.label}")
    described = await activity_description(ctx)
    if described is not None:
        changes["activity_description"] = {"id": described.id}
        before = (
            record.activity_description.name if record.activity_description else None
        ) or "none"
        lines.append(f"activity {before} → {described.label}")
    if not changes:
        raise Need("note", "What should change on this entry?", ask="e.g. 2h, or a new note")
    return update_plan(ctx, record, changes, [*which_entry(record, changes), *lines])


async def delete(ctx: Ctx) -> Plan:
    return delete_plan(ctx, await target(ctx, m.Activity))


def _names_its_matter(ctx: Ctx, record: m.Activity) -> bool:
    """Whether the matter said as words ("the acme gc call", "acme" naming several) is the entry's
    own: where it is, not where it goes."""
    said = ctx.draft.refs.get("matter")
    if not said or said.isdigit() or "matter" in ctx.draft.resolved or record.matter is None:
        return False
    words = words_of(said)
    own = f"{record.matter.display_number or ''} {record.matter.description or ''}"
    return bool(words) and hits_in(words, own) == len(words)
