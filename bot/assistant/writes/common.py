"""What every planner shares: the target record, previous values, dates, the matter."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel

from bot.assistant.context import Ctx
from bot.assistant.describe import describe
from bot.assistant.drafts import Chosen, Need
from bot.assistant.operations import COLLECTIONS
from bot.assistant.plans import Plan
from bot.assistant.resolve import Candidate
from bot.clio import ClioNotFound
from intents.calendar_entries import NO_DATE

PARTICIPANT_TYPES = {"User": "User", "Person": "Contact", "Company": "Contact"}


def undated(ctx: Ctx) -> bool:
    """Whether a new time was said without a day ("move it to 4pm"): keep the record's day."""
    return any(a.startswith(f"{NO_DATE}:") for a in ctx.draft.intent.get("assumptions") or [])


def today(ctx: Ctx) -> dt.date:
    return ctx.now.astimezone(ZoneInfo(ctx.who.tz)).date()


def request_value(key: str, value: Any) -> Any:
    """A record's current value in the shape a PATCH takes (for undo)."""
    if isinstance(value, BaseModel):  # a nested record: its id (and, for a participant, type)
        ref = value.model_dump(include={"id", "type"})
        if key == "parent":  # a folder's or document's place is always a folder
            return {"id": ref["id"], "type": "Folder"}
        if key == "assignee":
            return {"id": ref["id"], "type": PARTICIPANT_TYPES.get(ref.get("type") or "", "User")}
        return {"id": ref["id"]}
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if key == "status" and isinstance(value, str) and value in ("Open", "Pending", "Closed"):
        return value.lower()  # matter status: capitalised in responses, lower-case in requests
    return value


async def matter_or_default(ctx: Ctx, *, prompt: str) -> Candidate:
    """The matter named, else the channel's default matter, else ask (recent ones first)."""
    named = await ctx.ref("matter")
    if named is not None:
        return named
    if ctx.who.channel_id:
        default = await ctx.store.channels.get(ctx.who.team_id, ctx.who.channel_id)
        if default is not None:
            return Candidate(default.matter_id, default.matter_label, 100.0)
    recent = await ctx.resolver.recent_matters(ctx.who)
    ctx.draft.choices["ref:matter"] = [Chosen(id=c.id, label=c.label) for c in recent]
    raise Need("ref:matter", prompt, choices=recent, picker="matter")


async def target(ctx: Ctx, collection: str, kind: str) -> Any:
    """The existing record an update or delete is about (by id)."""
    record_id = ctx.record_id(kind)
    noun = COLLECTIONS[collection].noun
    if record_id is None:
        raise Need(
            f"id:{kind}", f"Which {noun}? Give its number, e.g. “{noun} 88”.", ask=f"{noun} number"
        )
    try:
        return await COLLECTIONS[collection].resource(ctx.clio).get(record_id)
    except ClioNotFound:
        raise Need(
            f"id:{kind}", f"Clio has no {noun} {record_id} that you can see.", ask=f"{noun} number"
        ) from None


def update_plan(collection: str, record: Any, changes: dict[str, Any], lines: list[str]) -> Plan:
    """A PATCH of `changes`, guarded by the record's etag, remembering what it replaces."""
    title, _ = describe(collection, record)
    previous = {key: request_value(key, getattr(record, key, None)) for key in changes}
    return Plan(
        collection=collection,
        action="update",
        title=title,
        lines=lines,
        record_id=record.id,
        body=changes,
        etag=record.etag,
        previous=previous,
        matter_id=getattr(getattr(record, "matter", None), "id", None),
    )


def delete_plan(collection: str, record: Any) -> Plan:
    title, lines = describe(collection, record)
    return Plan(
        collection=collection, action="delete", title=title, lines=lines, record_id=record.id
    )
