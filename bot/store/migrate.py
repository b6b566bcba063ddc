"""Schema migrations (Alembic): upgrade to the newest revision, keeping the data.

A database made before migrations existed (by `Base.metadata.create_all`, so without an
`alembic_version` table) is adopted: stamped at the initial revision when its tables are the ones
that revision creates, then upgraded like any other.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy.engine import Connection

from bot.secrets import Cipher

ALEMBIC_INI = Path(__file__).with_name("migrations") / "alembic.ini"
INITIAL_REVISION = "0001"
VERSION_TABLE = "alembic_version"
LOCK_KEY = 0x436C696F  # a PostgreSQL advisory lock: one instance migrates at a time

Schema = dict[str, set[str]]


class UnknownSchema(RuntimeError):
    """The database has some of the bot's tables but not those of any known revision."""


def alembic_config(connection: Connection | None = None, cipher: Cipher | None = None) -> Config:
    """Alembic's configuration; `env.py` runs on `connection` when one is given, and migrations
    that encrypt secrets at rest use `cipher`."""
    config = Config(str(ALEMBIC_INI))
    config.attributes["connection"] = connection
    config.attributes["cipher"] = cipher
    return config


def upgrade_to_head(connection: Connection, cipher: Cipher | None = None) -> str | None:
    """Bring the database on `connection` to the newest revision and return that revision."""
    if connection.dialect.name == "postgresql":
        connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
    config = alembic_config(connection, cipher)
    if _needs_stamp(connection):
        command.stamp(config, INITIAL_REVISION)
    command.upgrade(config, "head")
    return MigrationContext.configure(connection).get_current_revision()


def _schema(connection: Connection, tables: set[str] | None = None) -> Schema:
    """Table name -> column names, for `tables` (default: all but Alembic's own)."""
    inspector = sa.inspect(connection)
    names = set(inspector.get_table_names()) - {VERSION_TABLE}
    if tables is not None:
        names &= tables
    return {name: {column["name"] for column in inspector.get_columns(name)} for name in names}


def _initial_schema() -> Schema:
    """The tables and columns the initial revision creates (run on a scratch SQLite database)."""
    engine = sa.create_engine("sqlite://")
    try:
        with engine.begin() as scratch:
            command.upgrade(alembic_config(scratch), INITIAL_REVISION)
            return _schema(scratch)
    finally:
        engine.dispose()


def _needs_stamp(connection: Connection) -> bool:
    """Whether this is an unversioned database holding exactly the initial revision's tables."""
    present = set(sa.inspect(connection).get_table_names())
    if VERSION_TABLE in present or not present:
        return False
    expected = _initial_schema()
    found = _schema(connection, set(expected))
    if not found:
        return False  # a new database: nothing of ours yet
    if found != expected:
        missing = sorted(set(expected) - set(found))
        differing = sorted(name for name in found if found[name] != expected[name])
        raise UnknownSchema(
            "the database has some of the bot's tables but no alembic_version: "
            f"missing {missing or 'none'}, columns differ in {differing or 'none'}"
        )
    return True
