"""Deliveries already handled, so a retried or replayed one is processed once."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.store.tables import SeenEvent
from bot.store.upserts import insert_new


class SeenEvents:
    def __init__(self, sessions: async_sessionmaker):
        self._sessions = sessions

    async def first_time(self, key: str, *, now: dt.datetime) -> bool:
        """True for the first delivery of `key`, False for every repeat (any instance)."""
        async with self._sessions.begin() as session:
            return await insert_new(session, SeenEvent, {"key": key, "seen_at": now}, key=["key"])

    async def forget_before(self, moment: dt.datetime) -> int:
        async with self._sessions.begin() as session:
            done = await session.execute(delete(SeenEvent).where(SeenEvent.seen_at < moment))
        return done.rowcount
