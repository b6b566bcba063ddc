"""The database engine: SQLite, or PostgreSQL when several instances share state."""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.pool import ConnectionPoolEntry

log = logging.getLogger(__name__)


class Base(DeclarativeBase):
    """Declarative base of every table the bot owns."""


def async_url(url: str) -> str:
    """The async-driver form of a URL: `sqlite://` uses aiosqlite, `postgresql://` psycopg."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        raise ValueError("DATABASE_URL must look like sqlite:///path or postgresql://host/db")
    driver = {
        "sqlite": "sqlite+aiosqlite",
        "postgres": "postgresql+psycopg",
        "postgresql": "postgresql+psycopg",
    }.get(scheme, scheme)
    return f"{driver}://{rest}"


def make_engine(url: str) -> AsyncEngine:
    engine = create_async_engine(async_url(url), pool_pre_ping=True)
    if engine.dialect.name == "sqlite":
        _owner_only(engine.url.database)
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    return engine


def _owner_only(database: str | None) -> None:
    """Create a SQLite database file readable by its owner only (it holds encrypted tokens, and
    people's requests); SQLite gives its -wal and -shm files the same mode."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    if path.exists():
        if path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            log.warning("the database file is readable by others; chmod 600 it")
        return
    with contextlib.suppress(FileNotFoundError, FileExistsError):  # SQLite says what is wrong
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _sqlite_pragmas(connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    """WAL: readers don't wait for the writer (webhook bursts); writers queue instead of failing."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_sessions(engine: AsyncEngine) -> async_sessionmaker:
    return async_sessionmaker(engine, expire_on_commit=False)
