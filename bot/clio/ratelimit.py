"""Client-side pacing from Clio's `X-RateLimit-*` headers, per access token."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import httpx

WINDOW_SECONDS = 60.0
# Below this share of the window's limit left, requests are spread over the rest of the window
RESERVE = 0.5


@dataclass
class _Budget:
    remaining: int | None = None
    limit: int | None = None
    resets_at: float = 0.0  # monotonic seconds
    sent_at: float | None = None  # monotonic seconds of the last request let through
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class RateLimiter:
    """Keeps each token inside its window budget so requests are paced, not refused.

    Clio counts requests per token over a 60 s window and reports the budget on every
    response. Before a request we spend one unit. While more than `RESERVE` of the limit is
    left, requests go at once; below it they are spread evenly over the rest of the window,
    so a busy token slows down a little per request instead of spending the budget in a burst
    and then stalling for most of a minute. When none is left we wait for the window to
    reset. The server's numbers always overwrite our own count.
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
            elif (pause := self._spacing(budget)) > 0:
                await self._sleep(pause)
            if budget.remaining is not None:
                budget.remaining -= 1
            budget.sent_at = self._monotonic()

    def _spacing(self, budget: _Budget) -> float:
        """Seconds to wait so the budget left lasts until the window resets (0: go now)."""
        left, limit = budget.remaining, budget.limit
        if left is None or limit is None or budget.sent_at is None or left >= limit * RESERVE:
            return 0.0
        now = self._monotonic()
        return max(0.0, budget.sent_at + (budget.resets_at - now) / left - now)

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
        with contextlib.suppress(ValueError):
            budget.limit = int(headers.get("X-RateLimit-Limit", ""))
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
