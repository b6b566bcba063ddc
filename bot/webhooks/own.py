"""The bot's own writes, remembered briefly so "not by the bot's own writes" can leave them out."""

from __future__ import annotations

import datetime as dt

from bot.store import Store

KEPT = dt.timedelta(days=1)


def _key(collection: str, record_id: object, version: str) -> str:
    return f"own:{collection}:{record_id}:{version}"


async def remember(
    store: Store, collection: str, record_id: object, etag: str | None, *, now: dt.datetime
) -> None:
    """A record version the bot wrote (`etag` None: the bot deleted it)."""
    await store.cache.put(_key(collection, record_id, etag or "deleted"), True, now=now, ttl=KEPT)


async def is_own(
    store: Store, collection: str, event: str, data: dict, *, now: dt.datetime
) -> bool:
    """Whether a webhook's change is one the bot made (same record version, or its delete)."""
    version = "deleted" if event == "deleted" else data.get("etag")
    if version is None:
        return False
    return await store.cache.get(_key(collection, data.get("id"), version), now=now) is not None
