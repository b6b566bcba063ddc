"""Notes on a matter or a contact."""

from __future__ import annotations

import datetime as dt

from bot.assistant.context import Ctx
from bot.assistant.drafts import Need
from bot.assistant.humanize import day, quote
from bot.assistant.plans import Plan
from bot.assistant.writes.common import (
    delete_plan,
    matter_or_default,
    target,
    today,
    typed,
    update_plan,
)
from bot.clio import models as m


async def create(ctx: Ctx) -> Plan:
    detail, subject = ctx.value("detail"), ctx.value("subject")
    if not detail and not subject:
        raise Need("detail", "What should the note say?", ask="Note text")
    date = ctx.value("date") or today(ctx).isoformat()
    body: dict = {"date": date}
    lines: list[str] = []
    if ctx.value("type") == "Contact" or "contact" in ctx.draft.refs or "client" in ctx.draft.refs:
        contact = await ctx.ref(
            "contact" if "contact" in ctx.draft.refs else "client", required=True
        )
        body |= {"type": "Contact", "contact": {"id": contact.id}}
        about, matter_id = contact.label, None
    else:
        matter = await matter_or_default(ctx, prompt="Which matter is this note for?")
        body |= {"type": "Matter", "matter": {"id": matter.id}}
        about, matter_id = matter.label, matter.id
    if subject:
        body["subject"] = subject
        lines.append(quote(subject))
    if detail:
        body["detail"] = detail
        lines.append(quote(detail, 200))
    lines += [about, day(dt.date.fromisoformat(date))]
    return Plan(
        collection="notes",
        action="create",
        title=f"{body['type']} note",
        lines=lines,
        body=body,
        model=typed(m.NoteCreate, body),
        matter_id=matter_id,
    )


async def update(ctx: Ctx) -> Plan:
    record = await target(ctx, m.Note)
    changes = {key: ctx.value(key) for key in ("subject", "detail", "date") if ctx.has(key)}
    if added := ctx.draft.refs.get("appended"):  # "append to the strategy note: ..."
        changes["detail"] = f"{(record.detail or '').rstrip()} {added}".strip()
    if not changes:
        raise Need("detail", "What should the note say now?", ask="Note text")
    lines = [f"{key} → {quote(value)}" for key, value in changes.items()]
    return update_plan(ctx, record, changes, lines)


async def delete(ctx: Ctx) -> Plan:
    return delete_plan(ctx, await target(ctx, m.Note))
