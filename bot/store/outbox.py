"""Subscriptions and the outbox: every delivery stored once, claimed by one relay."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.secrets import Cipher
from bot.store.tables import OutboxEvent, Subscription


class Subscriptions:
    def __init__(self, sessions: async_sessionmaker, cipher: Cipher | None):
        self._sessions = sessions
        self._cipher = cipher

    async def add(self, row: Subscription) -> Subscription:
        async with self._sessions.begin() as session:
            session.add(row)
        return row

    async def get(self, id: str) -> Subscription | None:
        async with self._sessions() as session:
            return await session.get(Subscription, id)

    async def activate(self, id: str, secret: str) -> None:
        """The handshake's secret, kept encrypted; the subscription is live."""
        assert self._cipher is not None, "the store needs a cipher to keep webhook secrets"
        async with self._sessions.begin() as session:
            await session.execute(
                update(Subscription)
                .where(Subscription.id == id)
                .values(secret=self._cipher.encrypt(secret), status="active")
            )

    def secret_of(self, row: Subscription) -> str | None:
        if row.secret is None or self._cipher is None:
            return None
        return self._cipher.decrypt(row.secret)

    async def delivered(self, id: str, *, now: dt.datetime) -> None:
        async with self._sessions.begin() as session:
            await session.execute(
                update(Subscription)
                .where(Subscription.id == id)
                .values(last_delivery_at=now, deliveries=Subscription.deliveries + 1)
            )


LEASE = dt.timedelta(minutes=1)


class Outbox:
    """Claims are leases: a relay that dies mid-post leaves its events to be claimed again."""

    def __init__(self, sessions: async_sessionmaker, dialect: str):
        self._sessions = sessions
        self._skip_locked = dialect == "postgresql"

    async def add(
        self, subscription_id: str, dedupe_key: str, payload: dict[str, Any], *, now: dt.datetime
    ) -> bool:
        """Store a delivery; False when the same one was stored before (a redelivery)."""
        try:
            async with self._sessions.begin() as session:
                session.add(
                    OutboxEvent(
                        subscription_id=subscription_id,
                        dedupe_key=dedupe_key,
                        payload=payload,
                        received_at=now,
                        state="pending",
                        attempts=0,
                        next_attempt_at=now,
                    )
                )
        except IntegrityError:
            return False
        return True

    async def claim(self, *, now: dt.datetime, limit: int = 20) -> list[OutboxEvent]:
        """Take due events for posting; each row goes to one relay (SKIP LOCKED on PostgreSQL).

        Due means pending and due, or claimed by a relay whose lease ran out.
        """
        due = (OutboxEvent.next_attempt_at <= now) & OutboxEvent.state.in_(("pending", "sending"))
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
                        OutboxEvent.state.in_(("pending", "sending")),
                    )
                    .values(
                        state="sending",
                        attempts=OutboxEvent.attempts + 1,
                        next_attempt_at=now + LEASE,
                    )
                )
                if won.rowcount == 1:
                    claimed.append(row)
            return claimed

    async def sent(self, id: int, *, now: dt.datetime) -> None:
        async with self._sessions.begin() as session:
            await session.execute(
                update(OutboxEvent).where(OutboxEvent.id == id).values(state="sent", sent_at=now)
            )

    async def retry(self, id: int, *, at: dt.datetime) -> None:
        """Posting failed (e.g. Slack 429): back to pending, due again at `at`."""
        async with self._sessions.begin() as session:
            await session.execute(
                update(OutboxEvent)
                .where(OutboxEvent.id == id)
                .values(state="pending", next_attempt_at=at)
            )
