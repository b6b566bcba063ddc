"""Runs the migrations on the connection `bot.store.migrate` hands over, or, from the `alembic`
command, on the `DATABASE_URL` of the environment (the store reads no settings of its own)."""

from __future__ import annotations

import asyncio
import os
from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy.engine import Connection

from bot.store import tables
from bot.store.db import Base, make_engine


def render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """Write `UTCDateTime` columns as the plain type they store, so scripts need no bot import."""
    if type_ == "type" and isinstance(obj, tables.UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters by copying tables
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


async def run_on_database_url() -> None:
    url = os.environ.get("DATABASE_URL")
    if not url:
        raise SystemExit("Set DATABASE_URL to the database to migrate (e.g. sqlite:///dev.db).")
    engine = make_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(run)
    finally:
        await engine.dispose()


connection: Connection | None = context.config.attributes.get("connection")
if connection is None:
    asyncio.run(run_on_database_url())
else:
    run(connection)
