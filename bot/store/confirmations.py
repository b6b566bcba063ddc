"""Pending confirmations and their exactly-once execution."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.store.tables import Confirmation

ClaimOutcome = Literal[
    "claimed", "lapsed", "executing", "done", "failed", "cancelled", "expired", "missing"
]
LEASE = dt.timedelta(minutes=5)  # longer than any write takes, rate-limit waits included
CHECK_LEASE = dt.timedelta(minutes=1)  # to look in Clio for the write after a lapsed lease


@dataclass(frozen=True)
class Claim:
    """Who may execute: only an outcome of `claimed` runs the Clio write; `lapsed` may only
    look in Clio for the write of a claimer that stopped (it never writes)."""

    outcome: ClaimOutcome
    confirmation: Confirmation | None


class Confirmations:
    """Create, read and move confirmations between states, atomically."""

    def __init__(self, sessions: async_sessionmaker):
        self._sessions = sessions

    async def create(
        self,
        *,
        team_id: str,
        user_id: str,
        channel_id: str | None,
        plan: dict[str, Any],
        now: dt.datetime,
        ttl: dt.timedelta,
    ) -> Confirmation:
        row = Confirmation(
            id=secrets.token_hex(16),
            team_id=team_id,
            user_id=user_id,
            channel_id=channel_id,
            plan=plan,
            state="pending",
            created_at=now,
            expires_at=now + ttl,
        )
        async with self._sessions.begin() as session:
            session.add(row)
        return row

    async def get(self, id: str) -> Confirmation | None:
        async with self._sessions() as session:
            return await session.get(Confirmation, id)

    async def claim(self, id: str, *, user_id: str, now: dt.datetime) -> Claim:
        """Move `pending` to `executing` for its own requester, with a lease; one caller ever
        wins.

        The conditional UPDATE is atomic in SQLite and PostgreSQL alike, so double
        clicks, Slack retries and other bot instances all see `executing` or `done`. Once
        the lease lapses unfinished, one caller gets `lapsed` (see `take_over`).
        """
        async with self._sessions.begin() as session:
            won = await session.execute(
                update(Confirmation)
                .where(
                    Confirmation.id == id,
                    Confirmation.user_id == user_id,
                    Confirmation.state == "pending",
                    Confirmation.expires_at > now,
                )
                .values(state="executing", lease_until=now + LEASE)
            )
            if won.rowcount == 1:
                return Claim("claimed", await session.get(Confirmation, id))
            if await self._take_over(session, id, user_id=user_id, now=now):
                return Claim("lapsed", await session.get(Confirmation, id))
            await session.execute(
                update(Confirmation)
                .where(
                    Confirmation.id == id,
                    Confirmation.state == "pending",
                    Confirmation.expires_at <= now,
                )
                .values(state="expired")
            )
            row = await session.get(Confirmation, id)
        if row is None or row.user_id != user_id:
            return Claim("missing", None)
        return Claim(row.state, row)

    async def take_over(self, id: str, *, user_id: str, now: dt.datetime) -> Confirmation | None:
        """The requester's `executing` confirmation whose lease lapsed, now leased to this
        caller to look in Clio for the write; None while the lease holds (or for any other)."""
        async with self._sessions.begin() as session:
            if await self._take_over(session, id, user_id=user_id, now=now):
                return await session.get(Confirmation, id)
        return None

    async def _take_over(
        self, session: AsyncSession, id: str, *, user_id: str, now: dt.datetime
    ) -> bool:
        lapsed = await session.execute(
            update(Confirmation)
            .where(
                Confirmation.id == id,
                Confirmation.user_id == user_id,
                Confirmation.state == "executing",
                Confirmation.lease_until.is_(None) | (Confirmation.lease_until <= now),
            )
            .values(lease_until=now + CHECK_LEASE)
        )
        # a DML statement's result is a CursorResult; AsyncSession.execute's hint says only Result
        return lapsed.rowcount == 1  # type: ignore[attr-defined]

    async def finish(self, id: str, *, ok: bool, result: dict[str, Any], now: dt.datetime) -> None:
        """Record the outcome of the write the claimer executed."""
        async with self._sessions.begin() as session:
            await session.execute(
                update(Confirmation)
                .where(Confirmation.id == id, Confirmation.state == "executing")
                .values(state="done" if ok else "failed", result=result, finished_at=now)
            )

    async def release(self, id: str, *, result: dict[str, Any]) -> None:
        """Back to `pending` after Clio certainly refused the write (a 422), to edit and retry."""
        async with self._sessions.begin() as session:
            await session.execute(
                update(Confirmation)
                .where(Confirmation.id == id, Confirmation.state == "executing")
                .values(state="pending", result=result)
            )

    async def cancel(self, id: str, *, user_id: str) -> bool:
        async with self._sessions.begin() as session:
            done = await session.execute(
                update(Confirmation)
                .where(
                    Confirmation.id == id,
                    Confirmation.user_id == user_id,
                    Confirmation.state == "pending",
                )
                .values(state="cancelled")
            )
        return done.rowcount == 1

    async def replan(self, id: str, *, user_id: str, plan: dict[str, Any]) -> bool:
        """Replace the plan of a still-pending confirmation (after Edit)."""
        async with self._sessions.begin() as session:
            done = await session.execute(
                update(Confirmation)
                .where(
                    Confirmation.id == id,
                    Confirmation.user_id == user_id,
                    Confirmation.state == "pending",
                )
                .values(plan=plan)
            )
        return done.rowcount == 1

    async def latest_pending(
        self, *, team_id: str, user_id: str, now: dt.datetime
    ) -> Confirmation | None:
        """The person's newest confirmation still waiting for Confirm, if any."""
        async with self._sessions() as session:
            found = await session.execute(
                select(Confirmation)
                .where(
                    Confirmation.team_id == team_id,
                    Confirmation.user_id == user_id,
                    Confirmation.state == "pending",
                    Confirmation.expires_at > now,
                )
                .order_by(Confirmation.created_at.desc())
                .limit(1)
            )
            return found.scalars().first()
