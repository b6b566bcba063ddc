"""Rule "a task named like an appointment": "push review lease amendments to 12/18" reads as an
appointment moved to a day (a move with no record word), but no calendar entry fits the words; a
task may (a task is moved to a day too). When the words name a task by most of its own name, the
request is planned as that task's new due date; else the calendar's question stands."""

from __future__ import annotations

import dataclasses

from bot.assistant.context import Ctx
from bot.assistant.drafts import Need
from bot.assistant.plans import Plan
from bot.assistant.wording import coverage, wanted
from bot.assistant.writes.common import target
from bot.clio import models as m
from intents.calendar_entries import NO_TIME

_NOT_FOUND = "id:calendar_entry"
_DAY_FIELDS = frozenset(("start_at", "end_at", "all_day"))
_NAMED = 66.0  # share of the task's own name said: named by it, not by a word it shares


async def or_task(ctx: Ctx, need: Need) -> Plan:
    """The plan of the same change to the one task the entry's words name, else `need` again."""
    from bot.assistant.resources.tasks import RESOURCE  # the registry imports this module

    intent = ctx.draft.intent
    said = (intent.refs.get("calendar_entry") or "").strip()
    if need.slot != _NOT_FOUND or not said or not _to_a_day(ctx):
        raise need
    saved = intent.model_copy(deep=True)
    intent.resource = "tasks"
    intent.refs = {k: v for k, v in intent.refs.items() if not k.startswith("calendar_entry")}
    intent.refs["task"] = said
    intent.fields = {"due_at": str(intent.fields["start_at"])[:10]}
    intent.assumptions = []
    task_ctx = dataclasses.replace(ctx, resource=RESOURCE)
    try:
        task = await target(task_ctx, m.Task)
    except Need as other:
        if other.slot.startswith("ref:"):  # several tasks fit: asked about them
            raise
        ctx.draft.intent = saved
        raise need from None
    if coverage(wanted(task.name or ""), said) < _NAMED:  # "the closing": not "send closing docs"
        ctx.draft.intent = saved
        raise need
    return await RESOURCE.planners[intent.action](task_ctx)


def _to_a_day(ctx: Ctx) -> bool:
    """A move to a day with no time: all a task's due date can say."""
    intent = ctx.draft.intent
    fields = set(intent.fields)
    return bool(fields) and fields <= _DAY_FIELDS and NO_TIME in intent.assumptions
