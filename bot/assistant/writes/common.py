"""What every planner shares: the target record, previous values, dates, the matter."""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ValidationError

from bot.assistant.context import Ctx
from bot.assistant.described import LISTED, described, listed
from bot.assistant.drafts import Chosen, Need
from bot.assistant.plans import Plan
from bot.assistant.resolve import Candidate
from bot.clio import ClioNotFound
from bot.clio import models as m
from intents.calendar_entries import NO_DATE

R = TypeVar("R", bound=m.Record)
W = TypeVar("W", bound=m.WriteModel)
PARTICIPANT_TYPES = {"User": "User", "Person": "Contact", "Company": "Contact"}


def typed(model: type[W] | None, body: dict[str, Any]) -> W | None:
    """`body` as the client's write model, validated in the planner; None when there is no
    model for it, or when Clio would refuse it (the reason is then said before any card)."""
    if model is None:
        return None
    try:
        return model.model_validate(body)
    except ValidationError:
        return None


def undated(ctx: Ctx) -> bool:
    """Whether a new time was said without a day ("move it to 4pm"): keep the record's day."""
    return any(a.startswith(f"{NO_DATE}:") for a in ctx.draft.intent.assumptions)


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


PRONOUNS = frozenset(("that", "it", "this", "that one", "this one"))


async def target(ctx: Ctx, model: type[R]) -> R:
    """The existing record of the request's collection an update or delete is about (by id, or
    by description for tasks and time entries), as the collection's record model `model`."""
    collection = ctx.collection()
    if collection.record is not model:
        raise TypeError(f"{collection.path} records are {collection.record.__name__}")
    kind = collection.kind or collection.path
    record_id = ctx.record_id(kind)
    if kind in ctx.draft.resolved:
        record_id = int(ctx.draft.resolved[kind].id)
    noun = collection.noun
    said = (ctx.draft.refs.get(kind) or "").strip()
    if record_id is None and said.lower() in PRONOUNS:  # "assign that to marcus"
        record_id = await ctx.store.undo.latest_record(
            team_id=ctx.who.team_id,
            user_id=ctx.who.user_id,
            collection=collection.path,
            now=ctx.now,
        )
        said = "" if record_id is not None else said
    beside = collection.record is m.Communication and any(
        ctx.draft.refs.get(k) for k in ("matter", "contact")
    )  # "change the subject of the patel call": the call on that matter
    found = await described(ctx, kind, said) if record_id is None and (said or beside) else None
    if found is not None:
        assert isinstance(found, model)
        return found
    if record_id is None and not said and model in LISTED and "matter" in ctx.draft.refs:
        found = await listed(ctx, kind, "")  # "delete the damages on garcia": which of them?
        assert isinstance(found, model)
        return found
    if record_id is None:
        raise Need(
            f"id:{kind}", f"Which {noun}? Give its number, e.g. “{noun} 88”.", ask=f"{noun} number"
        )
    try:
        record = await collection.resource(ctx.clio).get(record_id)
    except ClioNotFound:
        raise Need(
            f"id:{kind}", f"Clio has no {noun} {record_id} that you can see.", ask=f"{noun} number"
        ) from None
    assert isinstance(record, model)
    return record


def update_plan(ctx: Ctx, record: m.Record, changes: dict[str, Any], lines: list[str]) -> Plan:
    """A PATCH of `changes`, guarded by the record's etag, remembering what it replaces."""
    collection = ctx.collection()
    title, _ = collection.describe(record)
    previous = {key: request_value(key, getattr(record, key, None)) for key in changes}
    return Plan(
        collection=collection.path,
        action="update",
        title=title,
        lines=lines,
        record_id=record.id,
        body=changes,
        model=typed(collection.update, changes),
        etag=record.etag,
        previous=previous,
        matter_id=getattr(getattr(record, "matter", None), "id", None),
    )


def delete_plan(ctx: Ctx, record: m.Record) -> Plan:
    collection = ctx.collection()
    title, lines = collection.describe(record)
    return Plan(
        collection=collection.path, action="delete", title=title, lines=lines, record_id=record.id
    )
