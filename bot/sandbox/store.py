"""SQLite persistence: JSON records per resource, key/value entries (tokens...) and uploads.

Records are cached in memory and written through, so a file-backed sandbox survives a restart
while lists stay fast. Callers treat returned records as read-only and `put` new dicts.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

Record = dict[str, Any]

SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    resource TEXT NOT NULL, id INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (resource, id));
CREATE TABLE IF NOT EXISTS sequences (resource TEXT PRIMARY KEY, last_id INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS entries (
    kind TEXT NOT NULL, key TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (kind, key));
CREATE TABLE IF NOT EXISTS uploads (
    uuid TEXT PRIMARY KEY, content BLOB NOT NULL, content_type TEXT);
"""


class Store:
    """One SQLite database (a file, or memory when `path` is None) behind an in-memory cache."""

    def __init__(self, path: str | None = None) -> None:
        self._db = sqlite3.connect(path or ":memory:", check_same_thread=False)
        self._db.executescript(SCHEMA)
        self._batch = 0
        self._tables: dict[str, dict[int, Record]] = {}
        for resource, body in self._db.execute("SELECT resource, body FROM records ORDER BY id"):
            record = json.loads(body)
            self._tables.setdefault(resource, {})[record["id"]] = record
        self._entries: dict[tuple[str, str], Record] = {
            (kind, key): json.loads(body)
            for kind, key, body in self._db.execute("SELECT kind, key, body FROM entries")
        }

    def is_empty(self) -> bool:
        return not self._tables

    # -- records ---------------------------------------------------------------------------------
    def all(self, resource: str) -> list[Record]:
        return sorted(self._tables.get(resource, {}).values(), key=lambda r: r["id"])

    def get(self, resource: str, ident: int) -> Record | None:
        return self._tables.get(resource, {}).get(ident)

    def next_id(self, resource: str, base: int) -> int:
        row = self._db.execute(
            "SELECT last_id FROM sequences WHERE resource = ?", (resource,)
        ).fetchone()
        ident = (row[0] if row else base) + 1
        self._db.execute(
            "INSERT OR REPLACE INTO sequences (resource, last_id) VALUES (?, ?)", (resource, ident)
        )
        self._commit()
        return ident

    def put(self, resource: str, record: Record) -> Record:
        self._tables.setdefault(resource, {})[record["id"]] = record
        self._db.execute(
            "INSERT OR REPLACE INTO records (resource, id, body) VALUES (?, ?, ?)",
            (resource, record["id"], json.dumps(record)),
        )
        self._commit()
        return record

    def delete(self, resource: str, ident: int) -> None:
        self._tables.get(resource, {}).pop(ident, None)
        self._db.execute("DELETE FROM records WHERE resource = ? AND id = ?", (resource, ident))
        self._commit()

    # -- key/value entries (tokens, authorization codes) ----------------------------------------
    def entry(self, kind: str, key: str) -> Record | None:
        return self._entries.get((kind, key))

    def keyed_entries(self, kind: str) -> list[tuple[str, Record]]:
        return [(key, body) for (k, key), body in list(self._entries.items()) if k == kind]

    def put_entry(self, kind: str, key: str, body: Record) -> None:
        self._entries[(kind, key)] = body
        self._db.execute(
            "INSERT OR REPLACE INTO entries (kind, key, body) VALUES (?, ?, ?)",
            (kind, key, json.dumps(body)),
        )
        self._commit()

    # -- uploaded file contents ------------------------------------------------------------------
    def put_upload(self, uuid: str, content: bytes, content_type: str | None) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO uploads (uuid, content, content_type) VALUES (?, ?, ?)",
            (uuid, content, content_type),
        )
        self._commit()

    def upload(self, uuid: str) -> tuple[bytes, str | None] | None:
        row = self._db.execute(
            "SELECT content, content_type FROM uploads WHERE uuid = ?", (uuid,)
        ).fetchone()
        return (bytes(row[0]), row[1]) if row else None

    # -- transactions ----------------------------------------------------------------------------
    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group many writes into one commit (used by the seed)."""
        self._batch += 1
        try:
            yield
        finally:
            self._batch -= 1
            self._commit()

    def _commit(self) -> None:
        if not self._batch:
            self._db.commit()

    def close(self) -> None:
        self._db.close()
