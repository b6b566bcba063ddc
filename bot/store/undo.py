"""The undo log: how to reverse an executed write, for a few minutes."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.store.tables import UndoEntry
from bot.store.upserts import insert_new

UndoOutcome = Literal["claimed", "used", "failed", "expired", "missing"]


class UndoLog:
    def __init__(self, sessions: async_sessionmaker):
        self._sessions = sessions

    async def add(
        self,
        id: str,
        *,
        team_id: str,
        user_id: str,
        action: dict[str, Any],
        expires_at: dt.datetime,
    ) -> None:
        """Keep the undo of confirmation `id`; the first one kept stays (one write, one undo)."""
        entry = {"team_id": team_id, "user_id": user_id, "action": action}
        async with self._sessions.begin() as session:
            await insert_new(
                session,
                UndoEntry,
                {"id": id, **entry, "state": "available", "expires_at": expires_at},
                key=["id"],
            )

    async def claim(
        self, id: str, *, user_id: str, now: dt.datetime
    ) -> tuple[UndoOutcome, UndoEntry | None]:
        """Take the undo for execution; like confirmations, exactly one caller wins."""
        async with self._sessions.begin() as session:
            won = await session.execute(
                update(UndoEntry)
                .where(
                    UndoEntry.id == id,
                    UndoEntry.user_id == user_id,
                    UndoEntry.state == "available",
                    UndoEntry.expires_at > now,
                )
                .values(state="used")
            )
            row = await session.get(UndoEntry, id)
        if row is None or row.user_id != user_id:
            return "missing", None
        if won.rowcount == 1:
            return "claimed", row
        if row.state == "available":
            return "expired", row
        return row.state, row

    async def latest(self, *, team_id: str, user_id: str, now: dt.datetime) -> str | None:
        """The id of the person's newest undo still available (typed "undo"), else None."""
        async with self._sessions() as session:
            found = await session.scalars(
                select(UndoEntry.id)
                .where(
                    UndoEntry.team_id == team_id,
                    UndoEntry.user_id == user_id,
                    UndoEntry.state == "available",
                    UndoEntry.expires_at > now,
                )
                .order_by(UndoEntry.expires_at.desc())
                .limit(1)
            )
            return found.first()

    async def latest_record(
        self, *, team_id: str, user_id: str, collection: str, now: dt.datetime
    ) -> Any:
        """The id of the newest record of `collection` the person wrote whose undo is still
        available ("assign that to marcus" right after creating a task), else None."""
        async with self._sessions() as session:
            found = await session.scalars(
                select(UndoEntry)
                .where(
                    UndoEntry.team_id == team_id,
                    UndoEntry.user_id == user_id,
                    UndoEntry.state == "available",  # an undone create is gone
                    UndoEntry.expires_at > now,
                )
                .order_by(UndoEntry.expires_at.desc())
                .limit(20)
            )
            mine = [e for e in found if (e.action or {}).get("collection") == collection]
        if not mine:
            return None
        newest = [e for e in mine if e.expires_at == mine[0].expires_at]  # one instant: the
        return max((e.action.get("record_id") for e in newest), key=_as_number)  # newest id

    async def mark_failed(self, id: str) -> None:
        async with self._sessions.begin() as session:
            failed = update(UndoEntry).where(UndoEntry.id == id).values(state="failed")
            await session.execute(failed)


def _as_number(ident: Any) -> int:
    return int(ident) if str(ident).isdigit() else -1
