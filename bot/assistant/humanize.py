"""Values as a lawyer reads them: "1.5 h", "Tue 17 Nov 2026", "$45.20"."""

from __future__ import annotations

import datetime as dt
from typing import Any


def hours(seconds: float | None) -> str:
    """Hours in decimals, as time is billed: 5400 -> "1.5 h", 360 -> "0.1 h"."""
    if seconds is None:
        return "hours hidden"
    value = round(seconds / 3600, 2)
    return f"{value:g} h"


def day(value: dt.date | str | None) -> str:
    if value is None:
        return "no date"
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return f"{value:%a} {value.day} {value:%b %Y}"


def moment(value: dt.datetime | str | None, *, all_day: bool = False) -> str:
    if value is None:
        return "no time"
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if all_day:
        return f"{day(value.date())}, all day"
    return f"{day(value.date())} {time_of_day(value)}"


def period(start: dt.datetime | str, end: dt.datetime | str | None) -> str:
    """ "Mon 23 Nov 2026 10 AM–11 AM"; an end on another day is left out."""
    if isinstance(start, str):
        start = dt.datetime.fromisoformat(start)
    if isinstance(end, str):
        end = dt.datetime.fromisoformat(end)
    text = moment(start)
    if end is not None and end.date() == start.date():
        text += f"–{time_of_day(end)}"
    return text


def days(first: dt.date, last: dt.date | None) -> str:
    """An all-day span: "Thu 3 Dec 2026, all day", "Thu 3 Dec 2026–Sat 5 Dec 2026, all day"."""
    if last is None or last <= first:
        return f"{day(first)}, all day"
    return f"{day(first)}–{day(last)}, all day"


def time_of_day(value: dt.datetime | str) -> str:
    """ "3 PM", "9:30 AM"."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.strftime("%I:%M %p").lstrip("0").replace(":00 ", " ")


def money(amount: float | None, currency: str = "$") -> str:
    if amount is None:
        return "no amount"
    return f"{currency}{amount:,.2f}"


def quote(text: Any, limit: int = 120) -> str:
    """A user-supplied text, shortened for a one-line summary."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
