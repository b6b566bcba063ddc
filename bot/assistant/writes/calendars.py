"""Which calendar an entry goes on: the person's own by default, the firm's (AccountCalendar), a
colleague's (their UserCalendar) or another calendar by its name."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from bot.assistant.context import Ctx
from bot.assistant.drafts import Chosen, Need
from bot.assistant.resolve import CLEAR_MARGIN, MIN_SCORE, Candidate

FIRM = {"firm", "firm calendar", "account", "office"}
_DECOR = re.compile(r"^(?:the\s+)|(?:'s|’s|s')?(?:\s+calendar)?$", re.I)


async def calendar_owner(ctx: Ctx) -> tuple[int, str | None]:
    """(calendar id, what the card says, e.g. "Firm Calendar"; None for the person's own)."""
    if "calendar" in ctx.draft.resolved:
        chosen = ctx.draft.resolved["calendar"]
        return int(chosen.id), chosen.label
    text = ctx.draft.refs.get("calendar")
    if "calendar_user" in ctx.draft.resolved:
        chosen = ctx.draft.resolved["calendar_user"]
        return _remember(ctx, await _of_user(ctx, int(chosen.id), chosen.label))
    if text is None or text == "me":
        me = await ctx.me()
        return int((await _of_user(ctx, int(me.id), me.label)).id), None
    name = _DECOR.sub("", text.strip()).strip()
    calendars = [c async for c in ctx.clio.calendars.list()]
    if name.lower() in FIRM:
        firm = [c for c in calendars if c.type == "AccountCalendar"]
        if not firm:
            raise Need("ref:calendar", "Your firm has no firm calendar in Clio.")
        return _remember(ctx, Candidate(firm[0].id, firm[0].name or "Firm Calendar"))
    users = await ctx.resolver.user(name, ctx.who)
    if users.found is not None:
        return _remember(ctx, await _of_user(ctx, int(users.found.id), users.found.label))
    if users.ambiguous:
        ctx.draft.choices["ref:calendar_user"] = [
            Chosen(id=c.id, label=c.label) for c in users.choices
        ]
        raise Need(
            "ref:calendar_user",
            f"Whose calendar did you mean by “{text}”?",
            choices=users.choices,
            picker="user",
        )
    ranked = sorted(
        (
            Candidate(c.id, c.name or f"calendar {c.id}", fuzz.WRatio(name, c.name or ""))
            for c in calendars
        ),
        key=lambda c: c.score,
        reverse=True,
    )
    margin = ranked[0].score - ranked[1].score if len(ranked) > 1 else CLEAR_MARGIN
    if ranked and ranked[0].score >= MIN_SCORE and margin >= CLEAR_MARGIN:
        return _remember(ctx, ranked[0])
    ctx.draft.choices["ref:calendar"] = [Chosen(id=c.id, label=c.label) for c in ranked[:10]]
    raise Need("ref:calendar", f"Which calendar did you mean by “{text}”?", choices=ranked[:10])


async def _of_user(ctx: Ctx, user_id: int, label: str) -> Candidate:
    """A user's own calendar (Clio's `default_calendar_id`)."""
    calendar_id = await ctx.resolver.default_calendar(user_id)
    if not calendar_id:
        raise Need("ref:calendar_user", f"{label} has no calendar in Clio.", picker="user")
    return Candidate(calendar_id, f"{label}'s calendar")


def _remember(ctx: Ctx, found: Candidate) -> tuple[int, str]:
    ctx.draft.resolved["calendar"] = Chosen(id=found.id, label=found.label)
    return int(found.id), found.label
