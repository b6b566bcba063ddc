"""Each store test runs on SQLite and, when `TEST_DATABASE_URL` is set, on PostgreSQL."""

from __future__ import annotations

import os

import pytest
import sqlalchemy as sa

from bot.store import Store
from bot.store.db import Base
from bot.store.migrate import VERSION_TABLE

POSTGRES_URL = os.environ.get("TEST_DATABASE_URL")


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'bot.db'}"
    if not POSTGRES_URL:
        pytest.skip("TEST_DATABASE_URL is not set: no PostgreSQL server to test against")
    return POSTGRES_URL


async def empty(store: Store) -> None:
    """Drop the bot's tables and Alembic's record of them (the PostgreSQL database is shared)."""
    async with store.engine.begin() as connection:
        await connection.run_sync(Base.metadata.drop_all)
        await connection.execute(sa.text(f"DROP TABLE IF EXISTS {VERSION_TABLE}"))


@pytest.fixture
async def store(database_url):
    store = Store(database_url)
    await empty(store)
    await store.migrate()
    yield store
    await empty(store)
    await store.close()
