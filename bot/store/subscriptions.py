"""Channel subscriptions to Clio webhooks: who asked, what for, and how healthy they are."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.secrets import Cipher
from bot.store.tables import Subscription


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

    async def in_channel(self, team_id: str, channel_id: str) -> list[Subscription]:
        """A channel's subscriptions, oldest first."""
        async with self._sessions() as session:
            query = (
                select(Subscription)
                .where(Subscription.team_id == team_id, Subscription.channel_id == channel_id)
                .order_by(Subscription.created_at, Subscription.id)
            )
            return list(await session.scalars(query))

    async def every(self) -> list[Subscription]:
        async with self._sessions() as session:
            return list(await session.scalars(select(Subscription).order_by(Subscription.id)))

    async def set(self, id: str, **values: Any) -> None:
        """Change columns of one subscription (e.g. its Clio webhook after re-creation)."""
        async with self._sessions.begin() as session:
            await session.execute(update(Subscription).where(Subscription.id == id).values(values))

    async def reopen(self, id: str) -> None:
        """Expect a new handshake: the webhook behind this subscription is being re-created."""
        await self.set(id, status="pending", secret=None)

    async def activate(self, id: str, secret: str) -> None:
        """The handshake's secret, kept encrypted; the subscription is live."""
        assert self._cipher is not None, "the store needs a cipher to keep webhook secrets"
        await self.set(id, secret=self._cipher.encrypt(secret), status="active")

    def secret_of(self, row: Subscription) -> str | None:
        if row.secret is None or self._cipher is None:
            return None
        return self._cipher.decrypt(row.secret)

    async def rotate_keys(self) -> int:
        """Encrypt every webhook secret again with the newest key; the number of secrets."""
        assert self._cipher is not None, "rotating keys needs the store's cipher"
        async with self._sessions.begin() as session:
            rows = list(
                await session.scalars(select(Subscription).where(Subscription.secret.is_not(None)))
            )
            for row in rows:
                row.secret = self._cipher.rotate(row.secret)
        return len(rows)

    async def failed(self, id: str, error: str) -> None:
        """A post to Slack or a Clio upkeep call failed; `error` is a code, never content."""
        async with self._sessions.begin() as session:
            await session.execute(
                update(Subscription)
                .where(Subscription.id == id)
                .values(failures=Subscription.failures + 1, last_error=error[:255])
            )

    async def backfilled(self, id: str, *, found: int, synced_at: dt.datetime) -> None:
        async with self._sessions.begin() as session:
            await session.execute(
                update(Subscription)
                .where(Subscription.id == id)
                .values(gaps_filled=Subscription.gaps_filled + found, synced_at=synced_at)
            )

    async def remove(self, id: str) -> None:
        async with self._sessions.begin() as session:
            await session.execute(delete(Subscription).where(Subscription.id == id))
