"""A small shared cache with expiry, for Clio lookups."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.store.tables import CacheEntry
from bot.store.upserts import upsert


class Cache:
    def __init__(self, sessions: async_sessionmaker):
        self._sessions = sessions

    async def get(self, key: str, *, now: dt.datetime) -> Any | None:
        async with self._sessions() as session:
            row = await session.get(CacheEntry, key)
        return row.value if row is not None and row.expires_at > now else None

    async def put(self, key: str, value: Any, *, now: dt.datetime, ttl: dt.timedelta) -> None:
        async with self._sessions.begin() as session:
            await upsert(
                session,
                CacheEntry,
                {"key": key, "value": value, "expires_at": now + ttl},
                key=["key"],
                update=["value", "expires_at"],
            )

    async def forget(self, prefix: str) -> None:
        """Drop every entry whose key starts with `prefix` (after a write changes the data)."""
        async with self._sessions.begin() as session:
            await session.execute(delete(CacheEntry).where(CacheEntry.key.startswith(prefix)))

    async def purge(self, *, now: dt.datetime) -> int:
        async with self._sessions.begin() as session:
            done = await session.execute(delete(CacheEntry).where(CacheEntry.expires_at <= now))
        return done.rowcount
