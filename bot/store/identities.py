"""Identity maps: which Clio user's email a Slack user acts as, when an admin says so."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.store.tables import IdentityMap
from bot.store.upserts import upsert


class IdentityMaps:
    def __init__(self, sessions: async_sessionmaker):
        self._sessions = sessions

    async def get(self, team_id: str, user_id: str) -> str | None:
        """The Clio email an admin mapped this person to, if any."""
        async with self._sessions() as session:
            row = await session.get(IdentityMap, (team_id, user_id))
            return row.clio_email if row else None

    async def set(
        self, team_id: str, user_id: str, clio_email: str, *, by: str, now: dt.datetime
    ) -> None:
        async with self._sessions.begin() as session:
            await upsert(
                session,
                IdentityMap,
                {
                    "team_id": team_id,
                    "user_id": user_id,
                    "clio_email": clio_email,
                    "mapped_by": by,
                    "mapped_at": now,
                },
                key=["team_id", "user_id"],
                update=["clio_email", "mapped_by", "mapped_at"],
            )

    async def delete(self, team_id: str, user_id: str) -> bool:
        """Forget a mapping; whether there was one."""
        async with self._sessions.begin() as session:
            done = await session.execute(
                delete(IdentityMap).where(
                    IdentityMap.team_id == team_id, IdentityMap.user_id == user_id
                )
            )
            return done.rowcount > 0

    async def all(self, team_id: str) -> list[IdentityMap]:
        """A workspace's mappings, by Slack user id."""
        async with self._sessions() as session:
            query = select(IdentityMap).where(IdentityMap.team_id == team_id)
            return list((await session.scalars(query.order_by(IdentityMap.user_id))).all())
