"""Date and time parsing and formatting in Clio's shapes (ISO 8601 with offsets, `YYYY-MM-DD`)."""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from email.utils import format_datetime, parsedate_to_datetime


def iso(moment: datetime) -> str:
    """Storage form: UTC, seconds precision, explicit offset."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def parse_datetime(value: str) -> datetime:
    """Parse an ISO 8601 timestamp (or a bare date, read as midnight UTC); naive values are UTC."""
    text = value.strip()
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def parse_date(value: str) -> date:
    """Parse `YYYY-MM-DD`, also accepting a full timestamp (its date part)."""
    text = value.strip()
    return date.fromisoformat(text[:10])


def local_iso(stored: str, zone: tzinfo) -> str:
    """Render a stored UTC timestamp in the reader's time zone."""
    return parse_datetime(stored).astimezone(zone).isoformat(timespec="seconds")


def http_date(stored: str) -> str:
    return format_datetime(parse_datetime(stored).astimezone(UTC), usegmt=True)


def parse_http_date(value: str) -> datetime | None:
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
