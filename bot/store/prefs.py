"""Per-person preferences: time zone and recently used matters."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.store.tables import UserPreference

RECENT_MATTERS = 10


class Preferences:
    def __init__(self, sessions: async_sessionmaker):
        self._sessions = sessions

    async def get(self, team_id: str, user_id: str) -> UserPreference | None:
        async with self._sessions() as session:
            return await session.get(UserPreference, (team_id, user_id))

    async def set_tz(self, team_id: str, user_id: str, tz: str, *, now: dt.datetime) -> None:
        async with self._sessions.begin() as session:
            row = await session.get(UserPreference, (team_id, user_id))
            if row is None:
                row = UserPreference(team_id=team_id, user_id=user_id, recent_matters=[])
                session.add(row)
            row.tz = tz
            row.tz_checked_at = now

    async def use_matter(self, team_id: str, user_id: str, matter_id: int) -> None:
        """Put `matter_id` first among the person's recent matters."""
        async with self._sessions.begin() as session:
            row = await session.get(UserPreference, (team_id, user_id))
            if row is None:
                row = UserPreference(team_id=team_id, user_id=user_id, recent_matters=[])
                session.add(row)
            recent = [matter_id, *(m for m in row.recent_matters or [] if m != matter_id)]
            row.recent_matters = recent[:RECENT_MATTERS]
