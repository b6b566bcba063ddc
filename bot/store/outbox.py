"""The outbox: every Clio change stored once, claimed by one relay, posted once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.store.tables import OutboxEvent, Subscription, Thread
from bot.store.upserts import insert_new

LEASE = dt.timedelta(minutes=1)
OPEN = ("pending", "sending")


class Outbox:
    """Claims are leases: a relay that dies mid-post leaves its events to be claimed again."""

    def __init__(self, sessions: async_sessionmaker, dialect: str):
        self._sessions = sessions
        self._skip_locked = dialect == "postgresql"

    async def add(
        self,
        subscription_id: str,
        dedupe_key: str,
        payload: dict[str, Any],
        *,
        now: dt.datetime,
        record_id: str | None = None,
        etag: str | None = None,
        source: str = "webhook",
    ) -> bool:
        """Store a change, counted as its subscription's delivery in the same transaction;
        False when the same one was stored before (a redelivery)."""
        event = {
            "subscription_id": subscription_id,
            "dedupe_key": dedupe_key,
            "record_id": record_id,
            "etag": etag,
            "source": source,
            "payload": payload,
            "received_at": now,
            "state": "pending",
            "attempts": 0,
            "next_attempt_at": now,
        }
        async with self._sessions.begin() as session:
            if not await insert_new(session, OutboxEvent, event, key=["dedupe_key"]):
                return False
            await session.execute(
                update(Subscription)
                .where(Subscription.id == subscription_id)
                .values(last_delivery_at=now, deliveries=Subscription.deliveries + 1)
            )
        return True

    async def has(
        self, subscription_id: str, record_id: str, etag: str | None, *, source: str | None = None
    ) -> bool:
        """Whether this version of the record is stored already (from `source`, if given)."""
        query = select(OutboxEvent.id).where(
            OutboxEvent.subscription_id == subscription_id,
            OutboxEvent.record_id == record_id,
            OutboxEvent.etag == etag,
        )
        if source is not None:
            query = query.where(OutboxEvent.source == source)
        async with self._sessions() as session:
            return (await session.scalar(query.limit(1))) is not None

    async def claim(
        self, *, now: dt.datetime, limit: int = 100, skip: Collection[str] = ()
    ) -> list[OutboxEvent]:
        """Take due events for posting; each row goes to one relay (SKIP LOCKED on PostgreSQL).

        Due means pending and due, or claimed by a relay whose lease ran out; `skip` leaves the
        events of those subscriptions for later (their channel is busy). The rows come
        back as they were before the claim: `posting_at` marks a post begun before (by a relay
        that died, or without an answer from Slack), which may already be in Slack.
        """
        due = (OutboxEvent.next_attempt_at <= now) & OutboxEvent.state.in_(OPEN)
        if skip:
            due &= OutboxEvent.subscription_id.not_in(list(skip))
        async with self._sessions.begin() as session:
            query = select(OutboxEvent).where(due).order_by(OutboxEvent.id).limit(limit)
            if self._skip_locked:
                query = query.with_for_update(skip_locked=True)
            rows = list(await session.scalars(query))
            claimed = []
            for row in rows:  # the conditional update also serialises SQLite writers
                won = await session.execute(
                    update(OutboxEvent)
                    .where(
                        OutboxEvent.id == row.id,
                        OutboxEvent.next_attempt_at == row.next_attempt_at,
                        OutboxEvent.state.in_(OPEN),
                    )
                    .values(
                        state="sending",
                        attempts=OutboxEvent.attempts + 1,
                        next_attempt_at=now + LEASE,
                    )
                    .execution_options(synchronize_session=False)
                )
                if won.rowcount == 1:
                    claimed.append(row)
            return claimed

    async def _close(self, ids: Sequence[int], **values: Any) -> None:
        async with self._sessions.begin() as session:
            await session.execute(
                update(OutboxEvent).where(OutboxEvent.id.in_(list(ids))).values(values)
            )

    async def posting(
        self, ids: Sequence[int], *, now: dt.datetime, thread_ts: str | None = None
    ) -> None:
        """About to post these events (in one message, in `thread_ts` if given): noted before the
        call, so a relay that takes over knows this post may have reached Slack."""
        await self._close(ids, posting_at=now, posting_thread=thread_ts)

    async def sent(self, ids: Sequence[int], *, now: dt.datetime, ts: str | None = None) -> None:
        """Shown in Slack (by the message `ts`), or settled without a post."""
        await self._close(ids, state="sent", sent_at=now, posted_ts=ts)

    async def skipped(self, ids: Sequence[int], *, now: dt.datetime) -> None:
        """Not for this channel after all (a filter, or the subscription is gone)."""
        await self._close(ids, state="skipped", sent_at=now)

    async def failed(self, ids: Sequence[int], *, now: dt.datetime) -> None:
        """Given up on after repeated failures; `/clio health` counts them."""
        await self._close(ids, state="failed", sent_at=now)

    async def retry(self, ids: Sequence[int], *, at: dt.datetime) -> None:
        """Slack posted nothing (it refused, e.g. 429): back to pending, due again at `at`."""
        await self._close(
            ids, state="pending", next_attempt_at=at, posting_at=None, posting_thread=None
        )

    async def later(self, ids: Sequence[int], *, at: dt.datetime) -> None:
        """Not tried this time (e.g. no Slack token yet): back to pending, due again at `at`,
        without counting the claim as an attempt; a post begun earlier stays to be checked."""
        async with self._sessions.begin() as session:
            await session.execute(
                update(OutboxEvent)
                .where(OutboxEvent.id.in_(list(ids)))
                .values(state="pending", next_attempt_at=at, attempts=OutboxEvent.attempts - 1)
            )

    async def waiting(self, subscription_id: str) -> int:
        """Events of a subscription not yet shown."""
        async with self._sessions() as session:
            query = select(func.count()).where(
                OutboxEvent.subscription_id == subscription_id, OutboxEvent.state.in_(OPEN)
            )
            return int(await session.scalar(query) or 0)

    async def purge(self, *, before: dt.datetime) -> None:
        """Forget settled events received before `before`."""
        async with self._sessions.begin() as session:
            await session.execute(
                delete(OutboxEvent).where(
                    OutboxEvent.received_at < before, OutboxEvent.state.not_in(OPEN)
                )
            )


class Threads:
    """Per channel, the first message about each record, which later changes reply under."""

    def __init__(self, sessions: async_sessionmaker):
        self._sessions = sessions

    async def get(self, channel_id: str, key: str) -> str | None:
        async with self._sessions() as session:
            row = await session.get(Thread, (channel_id, key))
            return row.ts if row else None

    async def start(self, channel_id: str, key: str, ts: str, *, now: dt.datetime) -> None:
        """Keep `ts` as the record's thread, unless another relay started one first (either
        message will do)."""
        thread = {"channel_id": channel_id, "key": key, "ts": ts, "created_at": now}
        async with self._sessions.begin() as session:
            await insert_new(session, Thread, thread, key=["channel_id", "key"])

    async def purge(self, *, before: dt.datetime) -> None:
        async with self._sessions.begin() as session:
            await session.execute(delete(Thread).where(Thread.created_at < before))
