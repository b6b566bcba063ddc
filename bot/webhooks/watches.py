"""A channel's subscriptions: watch, unwatch, what it watches, and how healthy that is.

They answer with data (subscriptions, or why there is none); the assistant puts it into words."""

from __future__ import annotations

import datetime as dt
import ipaddress
import logging
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from pydantic import BaseModel

from bot.clio import ClioClient, ClioError, ClioNotFound
from bot.clio import models as m
from bot.store import Store
from bot.store.tables import Subscription
from bot.webhooks.catalog import WATCHABLE, Watchable

log = logging.getLogger(__name__)

LIFETIME = dt.timedelta(days=30)  # Clio allows 31 at most; upkeep renews well before
OwnerClio = Callable[[Subscription], Awaitable[ClioClient]]


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


@dataclass(frozen=True)
class Subscribed:
    """The channel now gets `sub`; `dropped` are asked-for events Clio does not send for it."""

    sub: Subscription
    dropped: list[str]


@dataclass(frozen=True)
class AlreadyWatched:
    """The channel already had a subscription just like the one asked for."""

    sub: Subscription


@dataclass(frozen=True)
class Refused:
    """Nothing was subscribed, before anything was asked of Clio, for this reason."""

    problem: str


@dataclass(frozen=True)
class WebhookRefused:
    """Nothing was subscribed: Clio refused to make the webhook."""

    error: ClioError


Watched = Subscribed | AlreadyWatched | Refused | WebhookRefused


@dataclass(frozen=True)
class Health:
    """One subscription and the events waiting to be posted for it."""

    sub: Subscription
    waiting: int


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
        team_id: str,
        channel_id: str,
        owner_id: str,
        clio: ClioClient,
        watched: Watchable,
        events: list[str],
        filters: Filters,
    ) -> Watched:
        """Subscribe the channel to `watched`'s `events` (those Clio sends), made by `owner_id`."""
        problem = self.undeliverable(watched)
        if problem is not None:
            return Refused(problem)
        offered = [e for e in events if e in watched.events]
        if not offered:
            allowed = ", ".join(watched.events)
            return Refused(f"Clio sends these events for {watched.label}: {allowed}.")
        dropped = [e for e in events if e not in watched.events]
        stored = filters.model_dump(mode="json")
        for sub in await self._store.subscriptions.in_channel(team_id, channel_id):
            if sub.model == watched.model and sub.events == offered and sub.filters == stored:
                return AlreadyWatched(sub)
        now = self._clock()
        sub = await self._store.subscriptions.add(
            Subscription(
                id=secrets.token_urlsafe(16),
                team_id=team_id,
                channel_id=channel_id,
                owner_id=owner_id,
                model=watched.model,
                events=offered,
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
            return WebhookRefused(error)
        log.info("subscription %s: channel %s watches %s", sub.id, channel_id, sub.model)
        return Subscribed(sub, dropped)

    async def unwatch(self, team_id: str, channel_id: str, watched: Watchable) -> int:
        """Stop the channel's subscriptions to `watched`: how many there were."""
        subs = [
            sub
            for sub in await self._store.subscriptions.in_channel(team_id, channel_id)
            if sub.model == watched.model
        ]
        for sub in subs:
            await self.forget(sub)
        return len(subs)

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

    async def in_channel(self, team_id: str, channel_id: str) -> list[Subscription]:
        return await self._store.subscriptions.in_channel(team_id, channel_id)

    async def health(self, team_id: str, channel_id: str) -> list[Health]:
        """The channel's subscriptions, each with its events waiting to be posted."""
        return [
            Health(sub, await self._store.outbox.waiting(sub.id))
            for sub in await self.in_channel(team_id, channel_id)
        ]
