"""Channel notifications from chat: watch, unwatch, what is watched and its health."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.assistant.context import Ctx
from bot.assistant.replies import Reply
from bot.webhooks.catalog import WATCHABLE, watchable
from bot.webhooks.watches import ChannelReach, Filters, Pick, Watches

FILTERS = ("matter", "client", "practice_area", "responsible_attorney", "responsible_staff")


async def answer(
    ctx: Ctx,
    watches: Watches | None,
    reach: ChannelReach | None = None,
    refusal: Callable[[], Awaitable[Reply | None]] | None = None,
) -> Reply:
    """`refusal` says why the person may not watch or unwatch (None: they may)."""
    if watches is None:
        return Reply.notice("Channel notifications work in Slack channels only.")
    resource, action = ctx.draft.intent.get("resource"), ctx.draft.intent.get("action")
    if resource == "webhooks":
        return await (watches.health if action == "health" else watches.listing)(ctx.who)
    watched = watchable(resource or "")
    if watched is None:
        names = ", ".join(w.collection.replace("clio_payments/", "") for w in WATCHABLE.values())
        return Reply.notice(f"Clio sends no notifications about that. You can watch: {names}.")
    refused = watches.refusal(watched) if action != "unwatch" else None
    if refused is not None:
        return refused  # before the filters are looked up: nothing is asked of Clio
    if refusal is not None and (refused := await refusal()) is not None:
        return refused
    if action == "unwatch":
        return await watches.unwatch(ctx.who, watched)
    picks = {}
    for kind in FILTERS:
        found = await ctx.ref(kind)
        if found is not None:
            picks[kind] = Pick(id=int(found.id), label=found.label)
    filters = Filters(**picks, exclude_own=bool(ctx.value("exclude_own")))
    events = list(ctx.value("events") or watched.default_events)
    return await watches.watch(ctx.who, ctx.clio, watched, events, filters, reach)
