"""Values typed in answers and the Edit form, read the way chat reads them."""

from __future__ import annotations

import re
from typing import Any

from intents import money

DAY_SECONDS = 86_400
_PERIOD = re.compile(r"^\s*(?P<n>\d+)\s*(?P<unit>h|hours?|d|days?|w|weeks?)?\s*$", re.I)
_UNIT_SECONDS = {"h": 3600, "d": DAY_SECONDS, "w": 7 * DAY_SECONDS}


def amount(value: Any) -> float | None:
    """An amount: a number, or text like "$12,000" or "500"."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    return money.amount(str(value).strip().lstrip("$").strip())


def seconds(value: Any) -> int | None:
    """A duration: whole seconds as parsed, or text like "7 days", "2 weeks", "7" (days)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value)
    match = _PERIOD.match(str(value))
    if match is None:
        return None
    unit = (match["unit"] or "d")[0].lower()
    return int(match["n"]) * _UNIT_SECONDS[unit]


def days(duration: int) -> str:
    """A duration in seconds as days: 604800 -> "7 days"."""
    count = round(duration / DAY_SECONDS, 1)
    return f"{count:g} day" + ("" if count == 1 else "s")
