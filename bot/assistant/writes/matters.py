"""Matters: open one for a client, change its status or description, delete it."""

from __future__ import annotations

from bot.assistant.context import Ctx
from bot.assistant.drafts import Need
from bot.assistant.humanize import quote
from bot.assistant.plans import Plan
from bot.assistant.writes.common import delete_plan, update_plan


async def _matter(ctx: Ctx):
    chosen = await ctx.ref("matter", required=True, prompt="Which matter?")
    return await ctx.clio.matters.get(chosen.id)


async def create(ctx: Ctx) -> Plan:
    client = await ctx.ref("client", required=True, prompt="Who is the client?")
    description = ctx.value("description")
    if not description:
        raise Need("description", "What is the matter about?", ask="e.g. Smith v Jones")
    body: dict = {"client": {"id": client.id}, "description": description}
    lines = [quote(description), f"client {client.label}"]
    if ctx.has("status"):
        body["status"] = ctx.value("status")
        lines.append(body["status"])
    return Plan(collection="matters", action="create", title="Matter", lines=lines, body=body)


async def update(ctx: Ctx) -> Plan:
    record = await _matter(ctx)
    changes = {key: ctx.value(key) for key in ("description", "status") if ctx.has(key)}
    if not changes:
        raise Need("status", "What should change on this matter?", ask="e.g. close it")
    lines = [record.label] + [f"{key} → {quote(value)}" for key, value in changes.items()]
    return update_plan("matters", record, changes, lines)


async def delete(ctx: Ctx) -> Plan:
    return delete_plan("matters", await _matter(ctx))
