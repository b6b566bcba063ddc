"""`INSERT … ON CONFLICT` on SQLite and PostgreSQL: rows that concurrent requests may create at once.

A read-then-insert loses the race when two requests create the same row together (one fails
with IntegrityError); a single conflict-aware INSERT lets the database decide, on either engine.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.db import Base


def _insert(
    session: AsyncSession, model: type[Base], values: dict[str, Any]
) -> postgresql.Insert | sqlite.Insert:
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    return insert(model).values(**values)


async def upsert(
    session: AsyncSession,
    model: type[Base],
    values: dict[str, Any],
    *,
    key: Iterable[str],
    update: Iterable[str],
) -> None:
    """Insert the row, or set the `update` columns of the row already there under `key`."""
    statement = _insert(session, model, values)
    changed = {name: statement.excluded[name] for name in update}
    await session.execute(statement.on_conflict_do_update(index_elements=list(key), set_=changed))


async def insert_new(
    session: AsyncSession, model: type[Base], values: dict[str, Any], *, key: Iterable[str]
) -> bool:
    """Insert the row unless one with the same `key` exists; whether this call inserted it."""
    statement = _insert(session, model, values).on_conflict_do_nothing(index_elements=list(key))
    done = await session.execute(statement.execution_options(preserve_rowcount=True))
    # a DML statement's result is a CursorResult; AsyncSession.execute's hint says only Result
    return done.rowcount == 1  # type: ignore[attr-defined]
