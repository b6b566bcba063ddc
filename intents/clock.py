"""The user's "now": local date and time in their zone, and how dates are written."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

DateOrder = Literal["MDY", "DMY"]


@dataclass(frozen=True, slots=True)
class Clock:
    """Resolves relative phrases: `now` is aware and expressed in `tz`."""

    now: datetime
    tz: ZoneInfo
    date_order: DateOrder

    @classmethod
    def build(cls, now: datetime, tz: str, date_order: str) -> Clock:
        """Accept a naive `now` (local time in `tz`) or an aware one (converted to `tz`)."""
        if date_order not in ("MDY", "DMY"):
            raise ValueError(f"date_order must be MDY or DMY, not {date_order!r}")
        zone = ZoneInfo(tz)
        local = now.replace(tzinfo=zone) if now.tzinfo is None else now.astimezone(zone)
        return cls(now=local, tz=zone, date_order=date_order)  # type: ignore[arg-type]

    @property
    def today(self) -> date:
        return self.now.date()

    def at(self, day: date, clock_time: time) -> datetime:
        """The aware local datetime for a wall-clock time, normalised across DST gaps."""
        naive = datetime.combine(day, clock_time)
        return naive.replace(tzinfo=self.tz).astimezone(UTC).astimezone(self.tz)

    def later(self, start: datetime, delta: timedelta) -> datetime:
        """`start` plus elapsed time, as local time (an hour is an hour across DST changes)."""
        return (start.astimezone(UTC) + delta).astimezone(self.tz)


def iso(moment: datetime) -> str:
    """ISO 8601 with the UTC offset, seconds precision."""
    return moment.isoformat(timespec="seconds")
