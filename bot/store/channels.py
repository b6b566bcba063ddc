"""Channel default matters (`/clio default matter <ref>`)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.store.tables import ChannelDefault
from bot.store.upserts import upsert


class ChannelDefaults:
    def __init__(self, sessions: async_sessionmaker):
        self._sessions = sessions

    async def get(self, team_id: str, channel_id: str) -> ChannelDefault | None:
        async with self._sessions() as session:
            return await session.get(ChannelDefault, (team_id, channel_id))

    async def set(
        self,
        team_id: str,
        channel_id: str,
        *,
        matter_id: int,
        matter_label: str,
        set_by: str,
        now: dt.datetime,
    ) -> None:
        async with self._sessions.begin() as session:
            await upsert(
                session,
                ChannelDefault,
                {
                    "team_id": team_id,
                    "channel_id": channel_id,
                    "matter_id": matter_id,
                    "matter_label": matter_label,
                    "set_by": set_by,
                    "updated_at": now,
                },
                key=["team_id", "channel_id"],
                update=["matter_id", "matter_label", "set_by", "updated_at"],
            )

    async def clear(self, team_id: str, channel_id: str) -> bool:
        async with self._sessions.begin() as session:
            done = await session.execute(
                delete(ChannelDefault).where(
                    ChannelDefault.team_id == team_id, ChannelDefault.channel_id == channel_id
                )
            )
        return done.rowcount == 1
