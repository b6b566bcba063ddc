"""Client-side pacing from Clio's `X-RateLimit-*` headers, per access token."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import httpx

WINDOW_SECONDS = 60.0


@dataclass
class _Budget:
    remaining: int | None = None
    resets_at: float = 0.0  # monotonic seconds
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class RateLimiter:
    """Keeps each token inside its window budget so requests are paced, not refused.

    Clio counts requests per token over a 60 s window and reports the budget on every
    response. Before a request we spend one unit; when none is left we wait for the
    window to reset. The server's numbers always overwrite our own count.
    """

    def __init__(
        self,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ):
        self._budgets: dict[str, _Budget] = {}
        self._monotonic = monotonic
        self._wall = wall
        self._sleep = sleep

    def _budget(self, key: str) -> _Budget:
        budget = self._budgets.get(key)
        if budget is None:
            budget = self._budgets[key] = _Budget()
        return budget

    async def acquire(self, key: str) -> None:
        """Wait until `key` may send one more request, then count it."""
        budget = self._budget(key)
        async with budget.lock:
            if budget.remaining is not None and budget.remaining <= 0:
                wait = budget.resets_at - self._monotonic()
                if wait > 0:
                    await self._sleep(wait)
                budget.remaining = None  # a new window: unknown until Clio says
            if budget.remaining is not None:
                budget.remaining -= 1

    def update(self, key: str, headers: httpx.Headers) -> None:
        """Take the budget Clio reported on a response."""
        remaining = headers.get("X-RateLimit-Remaining")
        reset = headers.get("X-RateLimit-Reset")
        if remaining is None:
            return
        budget = self._budget(key)
        try:
            budget.remaining = int(remaining)
        except ValueError:
            return
        seconds = WINDOW_SECONDS
        if reset is not None:
            with contextlib.suppress(ValueError):
                seconds = min(max(float(reset) - self._wall(), 0.0), WINDOW_SECONDS)
        budget.resets_at = self._monotonic() + seconds

    def penalise(self, key: str, retry_after: float) -> None:
        """After a 429: nothing is left until `retry_after` seconds from now."""
        budget = self._budget(key)
        budget.remaining = 0
        budget.resets_at = self._monotonic() + retry_after
