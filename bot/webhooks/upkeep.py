"""Keeping subscriptions alive: renew before expiry, re-create what Clio suspended or lost, and
poll `updated_since` to fill any gap (downtime, a dead webhook) so no change is missed."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import itertools
import logging
from collections.abc import Callable
from typing import Any

from bot.clio import ClioClient, ClioError, ClioNotFound
from bot.clio import models as m
from bot.store import Store
from bot.store.tables import Subscription
from bot.webhooks.catalog import WATCHABLE
from bot.webhooks.watches import LIFETIME, OwnerClio, Watches

log = logging.getLogger(__name__)

EVERY = 60  # seconds between rounds: polled models (notes) every round
KEEP_EVERY = 15  # rounds between webhook checks and backfills
RENEW_BEFORE = dt.timedelta(days=3)
SETTLE = dt.timedelta(minutes=2)  # changes this recent are left to the webhook for now
OVERLAP = dt.timedelta(minutes=1)  # polled twice at window edges; the outbox dedupes
HANDSHAKE_WAIT = dt.timedelta(minutes=10)
STATUS_EVENTS = {
    "Open": ("matter_opened", "open_date"),
    "Pending": ("matter_pended", "pending_date"),
    "Closed": ("matter_closed", "close_date"),
}


class Upkeep:
    def __init__(
        self,
        store: Store,
        watches: Watches,
        *,
        owner_clio: OwnerClio,
        clock: Callable[[], dt.datetime],
    ):
        self._store = store
        self._watches = watches
        self._owner_clio = owner_clio
        self._clock = clock

    async def run(self, every: float = EVERY) -> None:
        """A full round at start (it fills the gap of any downtime), then polls every `every`
        seconds and does a full round every `KEEP_EVERY` of them."""
        for round_ in itertools.count():
            try:
                await self.once(polled_only=round_ % KEEP_EVERY != 0)
            except Exception:
                log.exception("webhook upkeep round failed")
            await asyncio.sleep(every)

    async def once(self, *, polled_only: bool = False) -> None:
        for sub in await self._store.subscriptions.every():
            if not (polled_only and WATCHABLE[sub.model].webhook):
                await self.tend(sub)

    async def tend(self, sub: Subscription) -> None:
        try:
            clio = await self._owner_clio(sub)
        except Exception as error:  # e.g. the owner disconnected their Clio account
            await self._store.subscriptions.failed(sub.id, "its owner is not connected to Clio")
            log.warning("subscription %s: no Clio for its owner (%s)", sub.id, type(error).__name__)
            return
        try:
            if WATCHABLE[sub.model].webhook:
                await self._keep_alive(clio, sub)
            await self.backfill(clio, sub)
        except ClioError as error:
            await self._store.subscriptions.failed(sub.id, f"Clio: {type(error).__name__}")
            log.warning("subscription %s upkeep failed: %s", sub.id, type(error).__name__)

    async def _keep_alive(self, clio: ClioClient, sub: Subscription) -> None:
        now = self._clock()
        hook = None
        if sub.clio_webhook_id is not None:
            try:
                hook = await clio.webhooks.get(
                    sub.clio_webhook_id, fields="id,etag,status,expires_at"
                )
            except ClioNotFound:
                hook = None
        expired = hook is not None and hook.expires_at is not None and hook.expires_at <= now
        if hook is None or hook.status == "suspended" or expired:
            await self._recreate(clio, sub, hook)
            return
        if hook.status == "pending" and now - sub.created_at > HANDSHAKE_WAIT:
            await self._store.subscriptions.set(
                sub.id,
                last_error="Clio is still waiting for the handshake: is PUBLIC_URL reachable?",
            )
        if hook.expires_at is not None and hook.expires_at - now < RENEW_BEFORE:
            renewed = await clio.webhooks.update(
                hook.id, m.WebhookUpdate(expires_at=now + LIFETIME), etag=hook.etag
            )
            await self._store.subscriptions.set(sub.id, expires_at=renewed.expires_at)
            log.info("subscription %s: webhook %s renewed", sub.id, hook.id)

    async def _recreate(self, clio: ClioClient, sub: Subscription, old: m.Webhook | None) -> None:
        problem = self._watches.undeliverable(WATCHABLE[sub.model])
        if problem is not None:  # e.g. PUBLIC_URL changed to plain http: Clio would refuse it
            await self._store.subscriptions.failed(sub.id, problem)
            log.warning("subscription %s: webhook not re-created, PUBLIC_URL unusable", sub.id)
            return
        if old is not None:
            with contextlib.suppress(ClioNotFound):
                await clio.webhooks.delete(old.id)
        await self._store.subscriptions.reopen(sub.id)
        hook = await self._watches.create_webhook(clio, sub)
        log.info("subscription %s: webhook re-created as %s", sub.id, hook.id)

    async def backfill(self, clio: ClioClient, sub: Subscription) -> int:
        """Store the changes Clio has but the outbox lacks, up to a moment ago; how many."""
        watched = WATCHABLE[sub.model]
        now = self._clock()
        since = sub.synced_at or sub.created_at
        until = now - SETTLE if watched.webhook else now
        if watched.listing is None or until <= since:
            return 0
        fields = watched.fields + ",created_at"
        if sub.model == "matter":
            fields += ",open_date,pending_date,close_date"
        found = 0
        for extra in watched.listing_params:
            params: dict[str, Any] | None = {
                "updated_since": (since - OVERLAP).isoformat(),
                "fields": fields,
                "limit": 200,
                **extra,
            }
            path: str | None = f"{watched.listing}.json"
            while path is not None:
                body = await clio.request("GET", path, params=params)
                for record in body.get("data") or []:
                    found += await self._fill(sub, record, since, until)
                path, params = ((body.get("meta") or {}).get("paging") or {}).get("next"), None
        if watched.webhook:
            await self._store.subscriptions.backfilled(sub.id, found=found, synced_at=until)
            if found:
                log.info("subscription %s: %d missed changes backfilled", sub.id, found)
        else:  # polling is how these arrive at all: deliveries (the outbox counts), not gaps
            await self._store.subscriptions.set(sub.id, synced_at=until)
        return found

    async def _fill(
        self, sub: Subscription, record: dict, since: dt.datetime, until: dt.datetime
    ) -> int:
        updated = _moment(record.get("updated_at"))
        if updated is None or updated >= until:
            return 0  # the webhook's, or the next round's
        event = _event(sub, record, since)
        record_id, etag = str(record.get("id")), record.get("etag")
        if event is None or await self._store.outbox.has(sub.id, record_id, etag):
            return 0
        payload = {
            "data": record,
            "meta": {"event": event, "webhook_id": sub.clio_webhook_id, "backfilled": True},
        }
        added = await self._store.outbox.add(
            sub.id,
            f"backfill:{sub.id}:{record_id}:{etag}",
            payload,
            now=self._clock(),
            record_id=record_id,
            etag=etag,
            source="backfill",
        )
        return int(added)


def _event(sub: Subscription, record: dict, since: dt.datetime) -> str | None:
    """What a polled change most likely was, if the subscription wants it.

    Deletions leave nothing to poll; Clio lists no deleted records.
    """
    created = _moment(record.get("created_at"))
    event = "created" if created is not None and created >= since else "updated"
    if event in sub.events:
        return event
    status = STATUS_EVENTS.get(record.get("status") or "")
    if sub.model == "matter" and status and status[0] in sub.events:
        day = record.get(status[1])
        if day and dt.date.fromisoformat(day[:10]) >= since.date():
            return status[0]
    return None


def _moment(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None
