"""Requests answered by their own code rather than the generic search and lookup.

Each takes the context and the Clio web host and returns a reply, or a plan to confirm (a timer
stop, a raw API call that writes).
"""

from __future__ import annotations

from typing import Any

from bot.assistant import api_call, bills, reads
from bot.assistant.context import Ctx
from bot.assistant.describe import activity
from bot.assistant.humanize import hours, moment
from bot.assistant.plans import Plan
from bot.mrkdwn import escape
from bot.replies import Card, Reply

MATTER_LIST_LIMIT = 50


async def payments(ctx: Ctx, app_host: str) -> Reply:
    """Payments by contact (`contact_id`), bill (`bill_id`) or state."""
    if "bill" in ctx.draft.refs:
        bill = await bills.find(ctx)
        ctx.draft.intent.fields["bill_id"] = bill.id
        ctx.draft.intent.refs.pop("bill")
    return await reads.search(ctx, ctx.collection(), app_host=app_host)


async def by_matter(ctx: Ctx, app_host: str) -> Reply:
    """Damages or medical records of one matter: Clio filters neither by matter, so the bot does."""
    collection = ctx.collection()
    if "matter" not in ctx.draft.refs:
        return await reads.search(ctx, collection, app_host=app_host)
    matter = await ctx.ref("matter", required=True)
    resource = collection.resource(ctx.clio)
    params = {k: v for k, v in ctx.draft.fields.items() if v is not None}
    found: list[Any] = [
        r async for r in resource.list(params) if r.matter is not None and r.matter.id == matter.id
    ]
    noun = collection.plural
    if not found:
        return Reply.notice(f"No {noun} on {escape(matter.label)} in Clio.").model_copy(
            update={"visibility": "thread"}
        )
    heading = f"{noun[0].upper()}{noun[1:]} ({matter.label})"
    lines = reads.item_lines(collection, found[:MATTER_LIST_LIMIT], app_host)
    note = reads.total_of(collection.path, found)
    if len(found) > MATTER_LIST_LIMIT:
        note = f"{len(found) - MATTER_LIST_LIMIT} more not shown. " + (note or "")
    return Reply(
        visibility="thread",
        text=escape(heading),
        cards=[Card(title=heading, lines=lines, note=note)],
    )


async def timer(ctx: Ctx, app_host: str) -> Reply:
    """ "is my timer running": the running timer and its time entry, or that none runs."""
    running = await ctx.clio.timer.current()
    if running is None or running.activity is None:
        return Reply.notice("No timer is running.")
    entry = await ctx.clio.activities.get(running.activity.id)
    title, summary = activity(entry)
    lines = [
        f"Running since {moment(running.start_time)}: {hours((running.elapsed_time or 0) * 3600)} so far",
        f"{title} {entry.id} · " + escape(" · ".join(summary)),
    ]
    return Reply(text="Your timer is running", cards=[Card(title="Timer", lines=lines)])


async def stop_timer(ctx: Ctx, app_host: str) -> Reply | Plan:
    """Stopping is a write (Clio adds the time to the entry): confirmed first."""
    running = await ctx.clio.timer.current()
    if running is None or running.activity is None:
        return Reply.notice("No timer is running, so there is nothing to stop.")
    entry = await ctx.clio.activities.get(running.activity.id)
    _, summary = activity(entry)
    lines = [
        f"running since {moment(running.start_time)}",
        f"{hours((running.elapsed_time or 0) * 3600)} so far",
        f"on time entry {entry.id}",
        *summary[1:],
    ]
    matter = entry.matter.id if entry.matter else None
    return Plan(collection="timer", action="stop", title="Timer", lines=lines, matter_id=matter)


async def call(ctx: Ctx, app_host: str) -> Reply | Plan:
    return await api_call.call(ctx)
