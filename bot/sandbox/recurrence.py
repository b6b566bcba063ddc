"""A small RRULE subset for calendar entries: FREQ=DAILY|WEEKLY|MONTHLY|YEARLY with INTERVAL, COUNT,
UNTIL and (weekly) BYDAY. Occurrences keep their local wall-clock time across DST changes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
MAX_STEPS = 5000


@dataclass(frozen=True)
class Rule:
    freq: str
    interval: int = 1
    count: int | None = None
    until: datetime | None = None
    byday: tuple[int, ...] = ()

    def text(self) -> str:
        parts = [f"FREQ={self.freq}"]
        if self.interval != 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.byday:
            parts.append("BYDAY=" + ",".join(WEEKDAYS[d] for d in self.byday))
        if self.count is not None:
            parts.append(f"COUNT={self.count}")
        if self.until is not None:
            parts.append("UNTIL=" + self.until.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
        return ";".join(parts)


def _until(value: str) -> datetime:
    if len(value) == 8:
        return datetime.strptime(value, "%Y%m%d").replace(hour=23, minute=59, second=59, tzinfo=UTC)
    return datetime.strptime(value.rstrip("Z"), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)


def parse_rule(text: str) -> Rule:
    """Parse `FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10` (an optional `RRULE:` prefix is allowed)."""
    body = text.strip().removeprefix("RRULE:")
    parts = dict(part.split("=", 1) for part in body.split(";") if part)
    freq = parts.pop("FREQ", "")
    if freq not in FREQUENCIES:
        raise ValueError(f"FREQ must be one of {', '.join(FREQUENCIES)}")
    interval = int(parts.pop("INTERVAL", "1"))
    count = int(parts.pop("COUNT")) if "COUNT" in parts else None
    until = _until(parts.pop("UNTIL")) if "UNTIL" in parts else None
    byday = (
        tuple(sorted(WEEKDAYS.index(d) for d in parts.pop("BYDAY").split(",")))
        if ("BYDAY" in parts)
        else ()
    )
    parts.pop("WKST", None)
    if parts or interval < 1 or (count is not None and count < 1):
        raise ValueError(f"unsupported recurrence rule parts: {', '.join(parts) or 'values'}")
    if byday and freq != "WEEKLY":
        raise ValueError("BYDAY is supported with FREQ=WEEKLY only")
    return Rule(freq, interval, count, until, byday)


def _shift_months(day: date, months: int) -> date | None:
    month_index = day.month - 1 + months
    try:
        return day.replace(year=day.year + month_index // 12, month=month_index % 12 + 1)
    except ValueError:
        return None


def _candidates(rule: Rule, first: datetime) -> Iterator[datetime]:
    """Local (naive) start times in order, without COUNT/UNTIL."""
    for step in range(MAX_STEPS):
        n = step * rule.interval
        if rule.freq == "DAILY":
            yield first + timedelta(days=n)
        elif rule.freq == "WEEKLY" and not rule.byday:
            yield first + timedelta(weeks=n)
        elif rule.freq == "WEEKLY":
            week = first - timedelta(days=first.weekday()) + timedelta(weeks=n)
            for weekday in rule.byday:
                moment = week + timedelta(days=weekday)
                if moment >= first:
                    yield moment
        else:
            day = _shift_months(first.date(), n if rule.freq == "MONTHLY" else 12 * n)
            if day is not None:
                yield datetime.combine(day, first.time())


def occurrences(rule: Rule, start: datetime, zone: ZoneInfo, until: datetime) -> Iterator[datetime]:
    """Aware UTC start times of the series starting at `start`, up to `until` (inclusive)."""
    first = start.astimezone(zone).replace(tzinfo=None)
    for index, local in enumerate(_candidates(rule, first)):
        moment = local.replace(tzinfo=zone).astimezone(UTC)
        if rule.count is not None and index >= rule.count:
            return
        if (rule.until is not None and moment > rule.until) or moment > until:
            return
        yield moment
