"""Requests waiting for an answer from the person (which matter? how long?)."""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from sqlalchemy import delete, update
from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.store.tables import Draft


class Drafts:
    def __init__(self, sessions: async_sessionmaker):
        self._sessions = sessions

    async def create(
        self, *, team_id: str, user_id: str, data: dict[str, Any], expires_at: dt.datetime
    ) -> str:
        key = secrets.token_hex(16)
        async with self._sessions.begin() as session:
            session.add(
                Draft(id=key, team_id=team_id, user_id=user_id, data=data, expires_at=expires_at)
            )
        return key

    async def get(self, key: str, *, user_id: str, now: dt.datetime) -> dict[str, Any] | None:
        """The person's own live draft, or None (someone else's, expired or finished)."""
        async with self._sessions() as session:
            row = await session.get(Draft, key)
        if row is None or row.user_id != user_id or row.expires_at <= now:
            return None
        return row.data

    async def save(self, key: str, data: dict[str, Any]) -> None:
        async with self._sessions.begin() as session:
            await session.execute(update(Draft).where(Draft.id == key).values(data=data))

    async def purge(self, *, now: dt.datetime) -> int:
        async with self._sessions.begin() as session:
            done = await session.execute(delete(Draft).where(Draft.expires_at <= now))
        return done.rowcount

    async def take(self, key: str, *, user_id: str) -> bool:
        """Finish a draft; only one caller gets True (double clicks start one request)."""
        async with self._sessions.begin() as session:
            done = await session.execute(
                delete(Draft).where(Draft.id == key, Draft.user_id == user_id)
            )
        return done.rowcount == 1
