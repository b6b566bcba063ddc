"""The sandbox's notion of "now": a wrapped clock that tests can move."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta


class SandboxClock:
    """Returns aware UTC datetimes from `source`, shifted by an adjustable offset."""

    def __init__(self, source: Callable[[], datetime] | None = None) -> None:
        self._source = source or (lambda: datetime.now(UTC))
        self._offset = timedelta()

    def now(self) -> datetime:
        moment = self._source()
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return (moment + self._offset).astimezone(UTC)

    __call__ = now

    def advance(self, delta: timedelta | None = None, **parts: float) -> datetime:
        """Move time forward by `delta` or by timedelta keyword parts (e.g. `minutes=1`)."""
        self._offset += (delta or timedelta()) + timedelta(**parts)
        return self.now()

    def set(self, moment: datetime) -> None:
        """Make `now()` return `moment` (then keep ticking with the source)."""
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        self._offset += moment - self.now()
