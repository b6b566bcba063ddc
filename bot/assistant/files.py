"""Files people share with the bot, remembered per channel and read as a stream for uploads."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager
from typing import Protocol

from pydantic import BaseModel

from bot.replies import Requester
from bot.store import Store

REMEMBER = dt.timedelta(hours=1)


class SharedFile(BaseModel):
    """A file on the surface (a Slack file): what the confirmation says and the upload needs."""

    id: str
    name: str
    size: int
    mimetype: str | None = None
    url: str | None = None  # where the surface serves the bytes (with its own credentials)


class FileUnavailable(Exception):
    """The surface would not give us the file (deleted, not shared with the bot)."""


class FileSource(Protocol):
    """Where shared files come from: `info` describes one, `open` streams its bytes."""

    async def info(self, file_id: str) -> SharedFile: ...

    def open(self, file: SharedFile) -> AbstractAsyncContextManager[AsyncIterator[bytes]]: ...


def _key(who: Requester) -> str:
    return f"file:{who.team_id}:{who.user_id}:{who.channel_id or '-'}"


async def remember(store: Store, who: Requester, file_id: str, *, now: dt.datetime) -> None:
    """The last file this person shared in this channel (for `/clio upload <matter>`)."""
    await store.cache.put(_key(who), {"id": file_id}, now=now, ttl=REMEMBER)


async def last_shared(store: Store, who: Requester, *, now: dt.datetime) -> str | None:
    saved = await store.cache.get(_key(who), now=now)
    return saved["id"] if saved else None


def size_text(size: int) -> str:
    """ "48 KB", "1.2 MB", "512 bytes"."""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{round(size / 1024):g} KB"
    return f"{size / (1024 * 1024):.1f} MB"
