"""Start the timer: a new time entry for today on a matter, with Clio's timer running on it."""

from __future__ import annotations

from bot.assistant.context import Ctx
from bot.assistant.humanize import quote
from bot.assistant.plans import Plan
from bot.assistant.writes.common import matter_or_default, today, typed
from bot.clio import models as m


async def start(ctx: Ctx) -> Plan:
    matter = await matter_or_default(ctx, prompt="Which matter is the timer for?")
    user = await ctx.me()
    body: dict = {
        "type": "TimeEntry",
        "date": today(ctx).isoformat(),
        "matter": {"id": matter.id},
        "user": {"id": user.id},
    }
    lines = [matter.label]
    if note := ctx.value("note"):
        body["note"] = note
        lines.append(quote(note))
    lines.append("a new time entry for today")
    running = await ctx.clio.timer.current()
    if running is not None and running.activity is not None:
        lines.append(f"stops the timer running on time entry {running.activity.id}")
    return Plan(
        collection="timer",
        action="start",
        title="Timer",
        lines=lines,
        body=body,
        model=typed(m.ActivityCreate, body),
        matter_id=matter.id,
    )
