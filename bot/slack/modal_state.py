"""What a modal needs when it is submitted, kept server-side: its `private_metadata` is a key.

Slack allows 3,000 characters of `private_metadata`; a message's text can pass that once
JSON-escaped (600 Japanese characters take 3,716), and the modal then never opens.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from bot.replies import Requester
from bot.store import Store

LIFETIME = dt.timedelta(hours=2)  # a form may stay open a while; stale ones are purged


class ModalState:
    """Per modal: the message it came from, where to answer, the confirmation it edits."""

    def __init__(self, store: Store, clock: Callable[[], dt.datetime]):
        self._store = store
        self._clock = clock

    async def keep(self, who: Requester, data: dict[str, Any]) -> str:
        """Keep `data` for the person's modal; the key is its private_metadata."""
        return await self._store.drafts.create(
            team_id=who.team_id,
            user_id=who.user_id,
            data={"modal": data},
            expires_at=self._clock() + LIFETIME,
        )

    async def get(self, user_id: str, key: str) -> dict[str, Any] | None:
        """The person's own modal state, or None (unknown, someone else's, or expired)."""
        found = (
            await self._store.drafts.get(key, user_id=user_id, now=self._clock()) if key else None
        )
        return found.get("modal") if isinstance(found, dict) else None

    async def done(self, user_id: str, key: str) -> None:
        await self._store.drafts.take(key, user_id=user_id)
