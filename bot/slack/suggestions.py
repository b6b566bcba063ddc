"""Options for a search-as-you-type select, always within Slack's 3 seconds.

Each search's answer is kept for a few minutes. When Clio has not answered within `DEADLINE`,
the options come from the longest earlier search the typed text extends, filtered by it, while
the search goes on so that the next keystroke finds it.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable

from bot.assistant.resolve import Candidate

log = logging.getLogger(__name__)

DEADLINE = 1.5  # seconds
KEEP = 300.0  # seconds an answer is reused
Key = tuple[str, str, str]  # (whose, kind, query)


class Suggestions:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._found: dict[Key, tuple[float, list[Candidate]]] = {}
        self._running: dict[Key, asyncio.Task[list[Candidate]]] = {}

    async def options(
        self,
        whose: str,
        kind: str,
        query: str,
        search: Callable[[], Awaitable[list[Candidate]]],
        *,
        deadline: float = DEADLINE,
    ) -> list[Candidate]:
        """`search()`'s answer if it comes within `deadline`, else the best one kept."""
        key = (whose, kind, query.strip().lower())
        kept = self._kept(key)
        if kept is not None:
            return kept
        task = self._running.get(key)
        if task is None:
            task = asyncio.ensure_future(search())
            self._running[key] = task
            task.add_done_callback(lambda done: self._keep(key, done))
        try:
            return await asyncio.wait_for(asyncio.shield(task), deadline)
        except TimeoutError:
            log.info("search for %s options still running after %.1f s", kind, deadline)
            return self._partial(key)

    def _kept(self, key: Key) -> list[Candidate] | None:
        found = self._found.get(key)
        if found is None or self._clock() - found[0] > KEEP:
            return None
        return found[1]

    def _keep(self, key: Key, task: asyncio.Task[list[Candidate]]) -> None:
        self._running.pop(key, None)
        if task.cancelled() or task.exception() is not None:
            log.info("search for %s options failed", key[1])
            return
        now = self._clock()
        self._found = {k: v for k, v in self._found.items() if now - v[0] <= KEEP}
        self._found[key] = (now, task.result())

    def _partial(self, key: Key) -> list[Candidate]:
        """The kept answer of the longest earlier query the typed text extends, filtered by it."""
        whose, kind, query = key
        earlier = [
            k
            for k in self._found
            if k[:2] == (whose, kind) and query.startswith(k[2]) and self._kept(k) is not None
        ]
        if not earlier:
            return []
        best = self._found[max(earlier, key=lambda k: len(k[2]))][1]
        words = query.split()
        return [c for c in best if all(w in c.label.lower() for w in words)]
