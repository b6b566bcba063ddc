"""Per-person preferences: time zone and recently used matters."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.store.tables import UserPreference
from bot.store.upserts import insert_new, upsert

RECENT_MATTERS = 10
KEY = ("team_id", "user_id")


def _new(team_id: str, user_id: str) -> dict[str, Any]:
    """A person's row before anything is known of them."""
    return {"team_id": team_id, "user_id": user_id, "recent_matters": []}


class Preferences:
    def __init__(self, sessions: async_sessionmaker):
        self._sessions = sessions

    async def get(self, team_id: str, user_id: str) -> UserPreference | None:
        async with self._sessions() as session:
            return await session.get(UserPreference, (team_id, user_id))

    async def set_tz(self, team_id: str, user_id: str, tz: str, *, now: dt.datetime) -> None:
        async with self._sessions.begin() as session:
            await upsert(
                session,
                UserPreference,
                {**_new(team_id, user_id), "tz": tz, "tz_checked_at": now},
                key=KEY,
                update=["tz", "tz_checked_at"],
            )

    async def use_matter(self, team_id: str, user_id: str, matter_id: int) -> None:
        """Put `matter_id` first among the person's recent matters."""
        async with self._sessions.begin() as session:  # the insert takes SQLite's write lock
            await insert_new(session, UserPreference, _new(team_id, user_id), key=KEY)
            row = await session.get(UserPreference, (team_id, user_id), with_for_update=True)
            assert row is not None
            recent = [matter_id, *(m for m in row.recent_matters or [] if m != matter_id)]
            row.recent_matters = recent[:RECENT_MATTERS]
