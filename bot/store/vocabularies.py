"""Each person's vocabulary records: the Clio names they can see, as last fetched."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.store.tables import VocabularyRecords
from bot.store.upserts import upsert


@dataclass(frozen=True)
class Stored:
    """Records by collection, and when they were fetched in full and last refreshed."""

    records: dict[str, list[dict[str, Any]]]
    built_at: dt.datetime
    refreshed_at: dt.datetime


class Vocabularies:
    def __init__(self, sessions: async_sessionmaker):
        self._sessions = sessions

    async def get(self, team_id: str, user_id: str) -> Stored | None:
        async with self._sessions() as session:
            row = await session.get(VocabularyRecords, (team_id, user_id))
            return Stored(row.records, row.built_at, row.refreshed_at) if row else None

    async def put(self, team_id: str, user_id: str, stored: Stored) -> None:
        async with self._sessions.begin() as session:
            await upsert(
                session,
                VocabularyRecords,
                {
                    "team_id": team_id,
                    "user_id": user_id,
                    "records": stored.records,
                    "built_at": stored.built_at,
                    "refreshed_at": stored.refreshed_at,
                },
                key=["team_id", "user_id"],
                update=["records", "built_at", "refreshed_at"],
            )
