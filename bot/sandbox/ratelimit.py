"""Clio's per-token request budget over a 60-second window, with X-RateLimit-* headers."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from .clock import SandboxClock
from .settings import SandboxSettings

WINDOW_SECONDS = 60


@dataclass(frozen=True)
class Budget:
    limit: int
    remaining: int
    reset: int
    retry_after: int
    allowed: bool

    def headers(self) -> dict[str, str]:
        return {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": str(self.reset),
        }


class RateLimiter:
    """Fixed windows per access token, starting at the token's first request in a window."""

    def __init__(self, clock: SandboxClock, settings: SandboxSettings) -> None:
        self._clock = clock
        self._settings = settings
        self._windows: dict[str, tuple[datetime, int]] = {}

    def hit(self, token: str | None) -> Budget:
        """Count one request for `token` (None: an anonymous request, never limited)."""
        now = self._clock.now()
        limit = self._settings.rate_limit_per_minute
        start, count = self._windows.get(token or "", (now, 0))
        if (now - start).total_seconds() >= WINDOW_SECONDS:
            start, count = now, 0
        reset_at = start.timestamp() + WINDOW_SECONDS
        allowed = token is None or count < limit
        if token is not None and allowed:
            count += 1
            self._windows[token] = (start, count)
        wait = max(1, math.ceil(reset_at - now.timestamp()))
        return Budget(limit, max(0, limit - count), math.ceil(reset_at), wait, allowed)
