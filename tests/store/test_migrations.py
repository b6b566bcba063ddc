"""Migrations: a new database gets exactly the declared tables, data survives, old ones are adopted."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

from bot.cli import main
from bot.store import Store
from bot.store.db import Base
from bot.store.migrate import INITIAL_REVISION, VERSION_TABLE, UnknownSchema, alembic_config
from tests.store.conftest import empty

NOW = dt.datetime(2026, 11, 18, 15, 30, tzinfo=dt.UTC)
HEAD = ScriptDirectory.from_config(alembic_config()).get_current_head()


@pytest.fixture
async def blank(database_url) -> AsyncIterator[Store]:
    """A store on a database with none of the bot's tables."""
    store = Store(database_url)
    await empty(store)
    yield store
    await empty(store)
    await store.close()


def _differences(connection: Connection) -> list[Any]:
    return compare_metadata(MigrationContext.configure(connection), Base.metadata)


def _revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


async def differences(store: Store) -> list[Any]:
    async with store.engine.connect() as connection:
        return await connection.run_sync(_differences)


async def revision(store: Store) -> str | None:
    async with store.engine.connect() as connection:
        return await connection.run_sync(_revision)


async def some_rows(store: Store) -> str:
    """A confirmation and a preference; the confirmation's id."""
    row = await store.confirmations.create(
        team_id="T1",
        user_id="U1",
        channel_id="C1",
        plan={"op": "create"},
        now=NOW,
        ttl=dt.timedelta(minutes=15),
    )
    await store.prefs.set_tz("T1", "U1", "Europe/London", now=NOW)
    return row.id


async def assert_rows_kept(store: Store, confirmation_id: str) -> None:
    kept = await store.confirmations.get(confirmation_id)
    assert kept is not None
    assert kept.plan == {"op": "create"}
    assert kept.created_at == NOW
    assert (await store.prefs.get("T1", "U1")).tz == "Europe/London"


async def test_a_new_database_gets_exactly_the_declared_schema(blank):
    assert await blank.migrate() == HEAD
    assert await revision(blank) == HEAD
    assert await differences(blank) == []


async def test_migrating_again_keeps_the_data(blank):
    await blank.migrate()
    confirmation_id = await some_rows(blank)
    await blank.migrate()
    await assert_rows_kept(blank, confirmation_id)
    assert await revision(blank) == HEAD


def _tables_before_migrations(connection: Connection) -> None:
    """The tables the bot had before migrations existed (what revision 0001 creates), without
    Alembic's record of them."""
    command.upgrade(alembic_config(connection), INITIAL_REVISION)
    connection.execute(sa.text(f"DROP TABLE {VERSION_TABLE}"))


async def old_rows(store: Store) -> str:
    """`some_rows` as the bot wrote them then (only the columns of the time)."""
    async with store.engine.begin() as connection:
        await connection.execute(
            sa.text(
                "INSERT INTO confirmations (id, team_id, user_id, channel_id, plan, state, "
                "created_at, expires_at) VALUES ('c1', 'T1', 'U1', 'C1', :plan, 'pending', "
                ":now, :later)"
            ),
            {"plan": '{"op": "create"}', "now": NOW, "later": NOW + dt.timedelta(minutes=15)},
        )
        await connection.execute(
            sa.text(
                "INSERT INTO user_preferences (team_id, user_id, tz, recent_matters) "
                "VALUES ('T1', 'U1', 'Europe/London', '[]')"
            )
        )
    return "c1"


async def test_a_database_made_by_create_all_is_adopted_with_its_rows(blank):
    """As the bot made it before migrations: the tables of the time, with rows."""
    async with blank.engine.begin() as connection:
        await connection.run_sync(_tables_before_migrations)
    confirmation_id = await old_rows(blank)
    await blank.migrate()
    assert await revision(blank) == HEAD
    assert await differences(blank) == []
    await assert_rows_kept(blank, confirmation_id)


async def test_an_unversioned_database_with_other_tables_is_refused(blank):
    async with blank.engine.begin() as connection:
        await connection.run_sync(Base.metadata.create_all, tables=[Base.metadata.tables["drafts"]])
    with pytest.raises(UnknownSchema, match="missing"):
        await blank.migrate()
    async with blank.engine.connect() as connection:
        assert not await connection.run_sync(lambda c: sa.inspect(c).has_table(VERSION_TABLE))


def test_the_migrate_command_upgrades_database_url(tmp_path, monkeypatch, capsys):
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    assert main(["migrate"]) == 0
    assert f"newest schema (revision {HEAD})" in capsys.readouterr().out
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            assert _revision(connection) == HEAD
            assert _differences(connection) == []
    finally:
        engine.dispose()
