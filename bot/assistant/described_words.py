"""A task or a logged call or email named by description ("the trust deed task", "marcus's witness
list task", "the trustee questions call log on patel"): found among the newest records of the
firm the person can see (a colleague's task too), by the words of its name or subject, its matter,
its assignee or the other party, and for a call or email its type."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from bot.assistant.context import Ctx
from bot.assistant.described_pick import MINE, chosen, final, newest
from bot.assistant.drafts import Need
from bot.assistant.humanize import quote
from bot.assistant.resolve import MIN_SCORE, Candidate, pick
from bot.assistant.wording import coverage, telling, wanted
from bot.clio import models as m

RECENT = 200  # how many of the firm's newest records a description is looked for among
_TYPE_WORDS = {
    "PhoneCommunication": "call phone rang",
    "EmailCommunication": "email mail e-mail",
}
_OPTIONAL = ("e", "communication", "comm")  # a "call" is no email, an "email" no call


async def described_by_words(ctx: Ctx, kind: str, text: str) -> m.Record:
    """The one task or communication `text` describes; asks with buttons when several fit."""
    collection = ctx.collection()
    model = collection.record
    said = wanted(text)
    matter, party = _ref_id(ctx, "matter"), _ref_id(ctx, "contact")
    records = [r for r in await newest(ctx, RECENT) if _like(ctx, r)]
    if model is m.Task and MINE.match(text):  # "my task due today": the person's own
        me = int((await ctx.me()).id)
        records = [r for r in records if r.assignee is not None and r.assignee.id == me]
    said = telling(said, (_about(r) for r in records), final=final(ctx))
    ranked = []
    for record in records:
        on = int(matter is not None and getattr(record.matter, "id", None) == matter)
        with_party = int(party is not None and party in _party_ids(record))
        if said:
            score = coverage(said, _about(record), _OPTIONAL)
        else:  # "the patel call": only where it is, or who it was with; "my task due today"
            score = 100.0 if (on or with_party or _told_like(ctx)) else 0.0
        if score >= MIN_SCORE:  # on the matter or with the person named beside the words first
            ranked.append(Candidate(record.id, _label(record), score, (on + with_party,)))
    noun = collection.noun
    resolution = pick("task" if model is m.Task else "communication", text, ranked)
    found = chosen(ctx, kind, noun, text, records, resolution)
    if found is not None:
        return found
    raise Need(
        f"id:{kind}",
        f"I couldn't find a {noun} matching “{text}” among the {collection.plural} you can see.",
        ask=f"{noun} number",
    )


_LIKE_REFS = ("task_on", "task_status", "task_priority")


def _told_like(ctx: Ctx) -> bool:
    """Whether the task was told by what it is like (`intents.tasks`: its day, status or
    priority), which the records looked among were kept by."""
    return any(ctx.draft.refs.get(key) for key in _LIKE_REFS)


def _like(ctx: Ctx, record: Any) -> bool:
    """Rule "a task told by what it is like": the day said (due, or completed, that day), the
    status ("overdue": due before today and not complete; "open": not complete) and the
    priority, where said."""
    refs = ctx.draft.refs
    if not isinstance(record, m.Task) or not _told_like(ctx):
        return True
    zone = ZoneInfo(ctx.who.tz)
    done = record.completed_at.astimezone(zone).date() if record.completed_at else None
    if (on := refs.get("task_on")) and dt.date.fromisoformat(on[:10]) not in (record.due_at, done):
        return False
    status, priority = refs.get("task_status"), refs.get("task_priority")
    if status == "overdue":
        today = ctx.now.astimezone(zone).date()
        late = record.due_at is not None and record.due_at < today
        if not late or record.status == "complete":
            return False
    elif status == "open":
        if record.status == "complete":
            return False
    elif status and record.status != status:
        return False
    return not priority or record.priority == priority


def _ref_id(ctx: Ctx, kind: str) -> int | None:
    """The matter or person named beside the description ("the expert report task on garcia",
    "the email from john smith"), as an id; in "move the X email to garcia" it is the new
    matter, which no record fitting X is on."""
    value = ctx.draft.refs.get(kind)
    return int(value) if value and str(value).isdigit() else None


def _party_ids(record: Any) -> set[int]:
    if isinstance(record, m.Task):
        return {record.assignee.id} if record.assignee else set()
    return {p.id for p in (record.senders or []) + (record.receivers or [])}


def _about(record: Any) -> str:
    """Every word a person may use to point at the record."""
    matter = record.matter
    parts = [getattr(matter, "display_number", None), getattr(matter, "description", None)]
    if isinstance(record, m.Task):
        parts += [record.name, getattr(record.assignee, "name", None)]
    else:
        parts += [record.subject, _TYPE_WORDS.get(record.type or "", "")]
        parts += [p.name for p in (record.senders or []) + (record.receivers or [])]
    return " ".join(p for p in parts if p)


def _label(record: Any) -> str:
    said = (record.name if isinstance(record, m.Task) else record.subject) or "untitled"
    matter = getattr(record.matter, "display_number", None) or ""
    return " · ".join(x for x in (quote(said, 60), matter) if x)
