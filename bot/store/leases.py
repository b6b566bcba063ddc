"""Leases: a named task done by one instance at a time, let go of when its holder dies."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, update
from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.store.tables import Lease
from bot.store.upserts import insert_new


class Leases:
    def __init__(self, sessions: async_sessionmaker):
        self._sessions = sessions

    async def take(self, name: str, holder: str, *, now: dt.datetime, ttl: dt.timedelta) -> bool:
        """Hold `name` until `now + ttl`: True if free, run out or `holder`'s already, else
        False (another holder has it)."""
        until = now + ttl
        async with self._sessions.begin() as session:
            lease = {"name": name, "holder": holder, "until": until}
            if await insert_new(session, Lease, lease, key=["name"]):
                return True
            taken = await session.execute(
                update(Lease)
                .where(Lease.name == name, (Lease.until <= now) | (Lease.holder == holder))
                .values(holder=holder, until=until)
                .execution_options(synchronize_session=False)
            )
            return taken.rowcount == 1

    async def release(self, name: str, holder: str) -> None:
        """Let go of `name`, if `holder` still has it."""
        async with self._sessions.begin() as session:
            await session.execute(delete(Lease).where(Lease.name == name, Lease.holder == holder))
