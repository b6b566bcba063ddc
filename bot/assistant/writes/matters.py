"""Matters: open one for a client; change its details or status; delete it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.assistant.context import Ctx
from bot.assistant.drafts import Chosen, Need
from bot.assistant.humanize import day, quote
from bot.assistant.plans import Plan
from bot.assistant.resolve import Candidate
from bot.assistant.writes.common import delete_plan, typed, update_plan
from bot.clio import models as m

# ref kind -> how a card names it
PEOPLE = {
    "responsible_attorney": "responsible",
    "responsible_staff": "responsible staff",
    "originating_attorney": "originating",
}


async def _matter(ctx: Ctx) -> m.Matter:
    chosen = await ctx.ref("matter", required=True, prompt="Which matter?")
    return await ctx.clio.matters.get(chosen.id)


def billable(value: Any) -> bool | None:
    """A billable flag as parsed (bool) or as the Edit form sends it ("true"/"false")."""
    if value is None or isinstance(value, bool):
        return value
    return str(value).lower() in ("true", "yes", "billable")


async def _details(ctx: Ctx, arrow: str) -> tuple[dict[str, Any], list[str]]:
    """Practice area, attorneys and staff, billable and open date, where given: (body, lines)."""
    body: dict[str, Any] = {}
    lines: list[str] = []
    area = await ctx.ref("practice_area")
    if area is not None:
        body["practice_area"] = {"id": area.id}
        lines.append(f"practice area{arrow}{area.label}")
    for kind, word in PEOPLE.items():
        person = await ctx.ref(kind)
        if person is not None:
            body[kind] = {"id": person.id}
            lines.append(f"{word}{arrow}{person.label}")
    flag = billable(ctx.value("billable"))
    if flag is not None:
        body["billable"] = flag
        lines.append(
            ("" if arrow == " " else "billing → ") + ("billable" if flag else "non-billable")
        )
    if ctx.value("open_date"):
        body["open_date"] = ctx.value("open_date")
        lines.append(f"opened{arrow}{day(dt.date.fromisoformat(body['open_date']))}")
    return body, lines


async def _client(ctx: Ctx) -> Candidate:
    """The new matter's client; one not in Clio yet is asked for again, saying how to add it
    (a matter is opened for a contact that exists)."""
    said = ctx.draft.refs.get("client")
    client = await ctx.ref("client", missing_ok=True) if said else None
    if client is not None:
        return client
    if said:
        raise Need(
            "ref:client",
            f"“{said}” isn't a contact in Clio yet. Add it first (e.g. “new company {said}”), "
            "then open the matter; or name another client.",
            picker="contact",
        )
    return await ctx.ref("client", required=True, prompt="Who is the client?")


async def _requester_responsible(ctx: Ctx) -> None:
    """No responsible attorney said: the requester, when they are an attorney (the card shows
    it, Edit changes it); a paralegal's or an accountant's new matter is left without one."""
    if "responsible_attorney" in ctx.draft.refs or "responsible_attorney" in ctx.draft.resolved:
        return
    me = await ctx.resolver.user("me", ctx.who)
    if me.found is not None and await ctx.resolver.attorney(me.found.id):
        ctx.draft.resolved["responsible_attorney"] = Chosen(id=me.found.id, label=me.found.label)


async def create(ctx: Ctx) -> Plan:
    client = await _client(ctx)
    await _requester_responsible(ctx)
    description = ctx.value("description")
    if not description:
        raise Need("description", "What is the matter about?", ask="e.g. Smith v Jones")
    body: dict = {"client": {"id": client.id}, "description": description}
    lines = [quote(description), f"client {client.label}"]
    if ctx.value("status"):
        body["status"] = ctx.value("status")
        lines.append(body["status"])
    details, said = await _details(ctx, " ")
    return Plan(
        collection="matters",
        action="create",
        title="Matter",
        lines=lines + said,
        body=body | details,
        model=typed(m.MatterCreate, body | details),
    )


async def update(ctx: Ctx) -> Plan:
    record = await _matter(ctx)
    changes = {key: ctx.value(key) for key in ("description", "status") if ctx.value(key)}
    if added := ctx.draft.refs.get("appended"):  # "chen divorce desc add custody"
        changes["description"] = f"{record.description or ''} - {added}".strip(" -")
    lines = [record.label] + [f"{key} → {quote(value)}" for key, value in changes.items()]
    details, said = await _details(ctx, " → ")
    changes |= details
    if not changes:
        raise Need("status", "What should change on this matter?", ask="e.g. close it")
    return update_plan(ctx, record, changes, lines + said)


async def delete(ctx: Ctx) -> Plan:
    return delete_plan(ctx, await _matter(ctx))
