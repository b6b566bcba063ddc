"""A channel's subscriptions: watch, unwatch, what it watches, and how healthy that is."""

from __future__ import annotations

import datetime as dt
import ipaddress
import logging
import secrets
from collections.abc import Awaitable, Callable
from typing import Protocol
from urllib.parse import urlsplit

from pydantic import BaseModel

from bot.assistant.problems import explain
from bot.assistant.replies import Card, Reply
from bot.assistant.requester import Requester
from bot.clio import ClioClient, ClioError, ClioNotFound
from bot.clio import models as m
from bot.mrkdwn import escape
from bot.store import Store
from bot.store.tables import Subscription
from bot.webhooks.catalog import WATCHABLE, Watchable

log = logging.getLogger(__name__)

LIFETIME = dt.timedelta(days=30)  # Clio allows 31 at most; upkeep renews well before
OwnerClio = Callable[[Subscription], Awaitable[ClioClient]]


class ChannelReach(Protocol):
    """Whether the bot can post in a channel (the surface knows: Slack's membership rules)."""

    async def problem(self, channel_id: str, user_id: str) -> str | None:
        """Why it can't, and what to do; None when it can."""
        ...


class Pick(BaseModel):
    id: int
    label: str


class Filters(BaseModel):
    """Which changes a subscription shows; stored with it."""

    matter: Pick | None = None
    client: Pick | None = None
    practice_area: Pick | None = None
    responsible_attorney: Pick | None = None
    responsible_staff: Pick | None = None
    exclude_own: bool = False

    def describe(self) -> str:
        parts = [
            f"{noun} {pick.label}"
            for noun, pick in (
                ("matter", self.matter),
                ("client", self.client),
                ("practice area", self.practice_area),
                ("responsible attorney", self.responsible_attorney),
                ("responsible staff", self.responsible_staff),
            )
            if pick is not None
        ]
        if self.exclude_own:
            parts.append("not the bot's own writes")
        return ", ".join(parts)


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def unreachable(base_url: str | None, *, plain_http: bool) -> str | None:
    """What to set when Clio could not deliver webhooks to `base_url`; None when it can.

    Clio sends webhooks to https URLs only; plain http is left to loopback hosts and, with
    `plain_http`, to the embedded sandbox (which delivers in process).
    """
    if base_url is None:
        return (
            "Watching needs PUBLIC_URL: the https address where Clio can reach this bot "
            "(the README's “Channel notifications” shows how to expose it)."
        )
    parts = urlsplit(base_url)
    host = parts.hostname or ""
    if parts.scheme == "https" and host:
        return None
    if parts.scheme == "http" and host and (plain_http or _loopback(host)):
        return None
    return (
        f"Clio sends webhooks to https addresses only, and PUBLIC_URL is `{base_url}`. "
        "Set PUBLIC_URL to this bot's public https address (e.g. "
        f"`https://{host or 'clio-bot.example.com'}`; the README's “Channel notifications” "
        "shows how to expose it), restart the bot and watch again."
    )


def webhook_body(sub: Subscription, url: str, now: dt.datetime) -> m.WebhookCreate:
    watched = WATCHABLE[sub.model]
    return m.WebhookCreate(
        url=url,
        model=sub.model,
        events=sub.events,
        fields=watched.fields,
        expires_at=now + LIFETIME,
    )


class Watches:
    """Subscriptions per channel; each is one Clio webhook, made with its owner's token."""

    def __init__(
        self,
        store: Store,
        *,
        base_url: str | None,
        owner_clio: OwnerClio,
        clock: Callable[[], dt.datetime],
        plain_http: bool = False,
    ):
        self._store = store
        self._base_url = base_url.rstrip("/") if base_url else None
        self._plain_http = plain_http  # Clio is the embedded sandbox
        self._owner_clio = owner_clio
        self._clock = clock

    def url_for(self, subscription_id: str) -> str:
        assert self._base_url is not None
        return f"{self._base_url}/clio/webhooks/{subscription_id}"

    def undeliverable(self, watched: Watchable) -> str | None:
        """Why Clio could not deliver `watched`'s webhooks to this bot; None when it can."""
        if not watched.webhook:
            return None  # polled: Clio needs no way to reach us
        return unreachable(self._base_url, plain_http=self._plain_http)

    def refusal(self, watched: Watchable) -> Reply | None:
        """Why Clio could not deliver this channel's notifications, said before any Clio call."""
        problem = self.undeliverable(watched)
        return Reply.notice(problem) if problem else None

    async def create_webhook(self, clio: ClioClient, sub: Subscription) -> m.Webhook:
        """A Clio webhook for `sub`; Clio then shakes hands with the receiver."""
        now = self._clock()
        hook = await clio.webhooks.create(webhook_body(sub, self.url_for(sub.id), now))
        await self._store.subscriptions.set(
            sub.id, clio_webhook_id=hook.id, expires_at=hook.expires_at or now + LIFETIME
        )
        return hook

    async def watch(
        self,
        who: Requester,
        clio: ClioClient,
        watched: Watchable,
        events: list[str],
        filters: Filters,
        reach: ChannelReach | None = None,
    ) -> Reply:
        """Subscribe the person's channel, checked first with `reach` (can the bot post there?)."""
        if who.channel_id is None:
            return Reply.notice("Watching needs a Slack channel: run it in the channel to notify.")
        refused = self.refusal(watched)
        if refused is not None:
            return refused
        problem = await reach.problem(who.channel_id, who.user_id) if reach else None
        if problem:
            log.info("channel %s can't be watched: the bot can't post there", who.channel_id)
            return Reply.notice(problem)
        offered = [e for e in events if e in watched.events]
        if not offered:
            allowed = ", ".join(watched.events)
            return Reply.notice(f"Clio sends these events for {watched.label}: {allowed}.")
        dropped = [e for e in events if e not in watched.events]
        events = offered
        stored = filters.model_dump(mode="json")
        for sub in await self._store.subscriptions.in_channel(who.team_id, who.channel_id):
            if sub.model == watched.model and sub.events == events and sub.filters == stored:
                return Reply.notice(f"This channel already gets {_what(sub)}.")
        now = self._clock()
        sub = await self._store.subscriptions.add(
            Subscription(
                id=secrets.token_urlsafe(16),
                team_id=who.team_id,
                channel_id=who.channel_id,
                owner_id=who.user_id,
                model=watched.model,
                events=events,
                filters=stored,
                status="pending" if watched.webhook else "active",
                created_at=now,
                synced_at=now,
                deliveries=0,
                failures=0,
                gaps_filled=0,
            )
        )
        try:
            if watched.webhook:
                await self.create_webhook(clio, sub)
        except ClioError as error:
            await self._store.subscriptions.remove(sub.id)
            log.warning("webhook for subscription %s refused: %s", sub.id, type(error).__name__)
            return Reply.notice(explain(error))
        log.info("subscription %s: channel %s watches %s", sub.id, who.channel_id, sub.model)
        lines = [f":bell: <@{who.user_id}> set this channel to get {_what(sub)}."]
        if dropped:
            lines.append(f"Clio sends no {', '.join(dropped)} events for {watched.label}.")
        if not watched.webhook:
            lines.append(f"Clio has no webhook for {watched.label}: the bot checks every minute.")
        return Reply(
            text=f"<@{who.user_id}> set this channel to get {_what(sub)} from Clio.",
            cards=[
                Card(
                    lines=lines,
                    note=f"`/clio watching` lists them · `/clio unwatch {watched.collection}` stops them",
                )
            ],
            visibility="channel",
        )

    async def unwatch(self, who: Requester, watched: Watchable) -> Reply:
        if who.channel_id is None:
            return Reply.notice("Run it in the channel that should stop getting notifications.")
        subs = [
            sub
            for sub in await self._store.subscriptions.in_channel(who.team_id, who.channel_id)
            if sub.model == watched.model
        ]
        if not subs:
            return Reply.notice(f"This channel doesn't watch {watched.label}.")
        for sub in subs:
            await self.forget(sub)
        return Reply(
            text=f"<@{who.user_id}> stopped this channel's notifications about {watched.label}.",
            cards=[
                Card(
                    lines=[
                        f":no_bell: <@{who.user_id}> stopped this channel's notifications "
                        f"about {watched.label}."
                    ]
                )
            ],
            visibility="channel",
        )

    async def forget(self, sub: Subscription) -> None:
        """Delete the Clio webhook (its owner's) and the subscription; late deliveries get 410."""
        await self._store.subscriptions.remove(sub.id)
        if sub.clio_webhook_id is None:
            return
        try:
            clio = await self._owner_clio(sub)
            await clio.webhooks.delete(sub.clio_webhook_id)
        except ClioNotFound:
            pass
        except Exception as error:  # the receiver's 410 disables it at Clio's next delivery
            log.warning("webhook of subscription %s not deleted: %s", sub.id, type(error).__name__)

    async def listing(self, who: Requester) -> Reply:
        subs = await self._subs(who)
        if not subs:
            return Reply.notice("This channel watches nothing in Clio. Try `/clio watch matters`.")
        lines = [self._line(sub) for sub in subs]
        return Reply(text="What this channel watches", cards=[Card(title="Watching", lines=lines)])

    async def health(self, who: Requester) -> Reply:
        subs = await self._subs(who)
        if not subs:
            return Reply.notice(
                "This channel watches nothing in Clio, so there is nothing to check."
            )
        lines = []
        for sub in subs:
            waiting = await self._store.outbox.waiting(sub.id)
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
            if waiting:
                facts.append(f"{waiting} waiting")
            if sub.last_error:
                facts.append(f"last problem: {sub.last_error}")
            lines.append(
                f"{state} *{WATCHABLE[sub.model].label}* ({sub.status}) · " + " · ".join(facts)
            )
        return Reply(text="Notification health", cards=[Card(title="Health", lines=lines)])

    async def _subs(self, who: Requester) -> list[Subscription]:
        if who.channel_id is None:
            return []
        return await self._store.subscriptions.in_channel(who.team_id, who.channel_id)

    @staticmethod
    def _line(sub: Subscription) -> str:
        last = _when(sub.last_delivery_at) if sub.last_delivery_at else "none yet"
        if WATCHABLE[sub.model].webhook:
            expiry = _when(sub.expires_at) if sub.expires_at else "not yet known"
            how = f"webhook expires {expiry} (renewed automatically)"
        else:
            how = "checked every minute (Clio has no webhook for it)"
        return (
            f"*{_what(sub)}* · set by <@{sub.owner_id}> · {sub.status} · {how} · "
            f"last delivery {last}"
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
