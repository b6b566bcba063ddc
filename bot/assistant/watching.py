"""Channel notifications from chat: watch, unwatch, what is watched and its health, in words."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable
from typing import Protocol

from bot.assistant.context import Ctx
from bot.mrkdwn import escape
from bot.replies import Card, Reply, Requester, explain
from bot.store.tables import Subscription
from bot.webhooks.catalog import WATCHABLE, Watchable, watchable
from bot.webhooks.watches import (
    AlreadyWatched,
    Filters,
    Health,
    Pick,
    Refused,
    Subscribed,
    Watches,
    WebhookRefused,
)

log = logging.getLogger(__name__)

FILTERS = ("matter", "client", "practice_area", "responsible_attorney", "responsible_staff")


class ChannelReach(Protocol):
    """Whether the bot can post in a channel (the surface knows: Slack's membership rules)."""

    async def problem(self, channel_id: str, user_id: str) -> str | None:
        """Why it can't, and what to do; None when it can."""
        ...


async def answer(
    ctx: Ctx,
    watches: Watches | None,
    reach: ChannelReach | None = None,
    refusal: Callable[[], Awaitable[Reply | None]] | None = None,
) -> Reply:
    """`refusal` says why the person may not watch or unwatch (None: they may)."""
    if watches is None:
        return Reply.notice("Channel notifications work in Slack channels only.")
    resource, action = ctx.draft.intent.resource, ctx.draft.intent.action
    if resource == "webhooks":
        return await (health if action == "health" else listing)(watches, ctx.who)
    watched = watchable(resource or "")
    if watched is None:
        names = ", ".join(w.collection.replace("clio_payments/", "") for w in WATCHABLE.values())
        return Reply.notice(f"Clio sends no notifications about that. You can watch: {names}.")
    if action != "unwatch" and (problem := watches.undeliverable(watched)) is not None:
        return Reply.notice(problem)  # before the filters are looked up: nothing is asked of Clio
    if refusal is not None and (refused := await refusal()) is not None:
        return refused
    if action == "unwatch":
        return await unwatch(watches, ctx.who, watched)
    picks = {}
    for kind in FILTERS:
        found = await ctx.ref(kind)
        if found is not None:
            picks[kind] = Pick(id=int(found.id), label=found.label)
    filters = Filters(**picks, exclude_own=bool(ctx.value("exclude_own")))
    events = list(ctx.value("events") or watched.default_events)
    return await watch(ctx, watches, watched, events, filters, reach)


async def watch(
    ctx: Ctx,
    watches: Watches,
    watched: Watchable,
    events: list[str],
    filters: Filters,
    reach: ChannelReach | None,
) -> Reply:
    """Subscribe the person's channel, checked first with `reach` (can the bot post there?)."""
    who = ctx.who
    if who.channel_id is None:
        return Reply.notice("Watching needs a Slack channel: run it in the channel to notify.")
    problem = watches.undeliverable(watched)
    if problem is None and reach is not None:
        problem = await reach.problem(who.channel_id, who.user_id)
        if problem:
            log.info("channel %s can't be watched: the bot can't post there", who.channel_id)
    if problem:
        return Reply.notice(problem)
    done = await watches.watch(
        who.team_id, who.channel_id, who.user_id, ctx.clio, watched, events, filters
    )
    if isinstance(done, Refused):
        return Reply.notice(done.problem)
    if isinstance(done, WebhookRefused):
        return Reply.notice(explain(done.error))
    if isinstance(done, AlreadyWatched):
        return Reply.notice(f"This channel already gets {_what(done.sub)}.")
    return _subscribed(who, watched, done)


def _subscribed(who: Requester, watched: Watchable, done: Subscribed) -> Reply:
    lines = [f":bell: <@{who.user_id}> set this channel to get {_what(done.sub)}."]
    if done.dropped:
        lines.append(f"Clio sends no {', '.join(done.dropped)} events for {watched.label}.")
    if not watched.webhook:
        lines.append(f"Clio has no webhook for {watched.label}: the bot checks every minute.")
    return Reply(
        text=f"<@{who.user_id}> set this channel to get {_what(done.sub)} from Clio.",
        cards=[
            Card(
                lines=lines,
                note=f"`/clio watching` lists them · `/clio unwatch {watched.collection}` stops them",
            )
        ],
        visibility="channel",
    )


async def unwatch(watches: Watches, who: Requester, watched: Watchable) -> Reply:
    if who.channel_id is None:
        return Reply.notice("Run it in the channel that should stop getting notifications.")
    if not await watches.unwatch(who.team_id, who.channel_id, watched):
        return Reply.notice(f"This channel doesn't watch {watched.label}.")
    line = f":no_bell: <@{who.user_id}> stopped this channel's notifications about {watched.label}."
    return Reply(
        text=f"<@{who.user_id}> stopped this channel's notifications about {watched.label}.",
        cards=[Card(lines=[line])],
        visibility="channel",
    )


async def listing(watches: Watches, who: Requester) -> Reply:
    subs = await watches.in_channel(who.team_id, who.channel_id) if who.channel_id else []
    if not subs:
        return Reply.notice("This channel watches nothing in Clio. Try `/clio watch matters`.")
    lines = [_line(sub) for sub in subs]
    return Reply(text="What this channel watches", cards=[Card(title="Watching", lines=lines)])


async def health(watches: Watches, who: Requester) -> Reply:
    found = await watches.health(who.team_id, who.channel_id) if who.channel_id else []
    if not found:
        return Reply.notice("This channel watches nothing in Clio, so there is nothing to check.")
    return Reply(
        text="Notification health", cards=[Card(title="Health", lines=[_state(h) for h in found])]
    )


def _state(health: Health) -> str:
    sub = health.sub
    last = _when(sub.last_delivery_at) if sub.last_delivery_at else "no event yet"
    state = {"active": ":large_green_circle:", "pending": ":hourglass:"}.get(
        sub.status, ":red_circle:"
    )
    facts = [
        f"last event {last}",
        f"{sub.deliveries} delivered",
        f"{sub.failures} failures",
        f"{sub.gaps_filled} gaps filled",
    ]
    if health.waiting:
        facts.append(f"{health.waiting} waiting")
    if sub.last_error:
        facts.append(f"last problem: {sub.last_error}")
    return f"{state} *{WATCHABLE[sub.model].label}* ({sub.status}) · " + " · ".join(facts)


def _line(sub: Subscription) -> str:
    last = _when(sub.last_delivery_at) if sub.last_delivery_at else "none yet"
    if WATCHABLE[sub.model].webhook:
        expiry = _when(sub.expires_at) if sub.expires_at else "not yet known"
        how = f"webhook expires {expiry} (renewed automatically)"
    else:
        how = "checked every minute (Clio has no webhook for it)"
    return (
        f"*{_what(sub)}* · set by <@{sub.owner_id}> · {sub.status} · {how} · last delivery {last}"
    )


def _what(sub: Subscription) -> str:
    """E.g. "matters: matter_closed (client Acme Corp)", in mrkdwn (the filters' names escaped)."""
    watched = WATCHABLE[sub.model]
    filters = Filters.model_validate(sub.filters or {}).describe()
    events = ", ".join(e.replace("matter_", "") for e in sub.events)
    return f"{watched.label}: {events}" + (f" ({escape(filters)})" if filters else "")


def _when(moment: dt.datetime) -> str:
    """A time each reader sees in their own zone (Slack date formatting)."""
    fallback = moment.strftime("%Y-%m-%d %H:%M UTC")
    return f"<!date^{int(moment.timestamp())}^{{date_short_pretty}} {{time}}|{fallback}>"
