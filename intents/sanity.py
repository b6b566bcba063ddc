"""Readings that parse but are unlikely as meant: each adds a "check: ..." assumption for the card."""

from __future__ import annotations

import re
from datetime import date

from intents import lazy
from intents.dates import MONTH, month_number
from intents.reading import Reading

CHECK = "check"
_DAY_SECONDS = 24 * 3600
_MONTH_DAY = lazy.regex(rf"\b(?P<mon>{MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b", re.I)


def impossible_dates(text: str) -> list[str]:
    """Month-day phrases that name no day in any year ("feb 30", "april 31")."""
    found = []
    for match in _MONTH_DAY.finditer(text):
        month, day = month_number(match["mon"]), int(match["d"])
        try:
            date(2000, month, day)  # a leap year: "feb 29" is a date
        except ValueError:
            found.append(match.group(0))
    return found


def check(reading: Reading) -> None:
    """Flag a length over a day, a time entry dated ahead, a due date gone, a date that is none."""
    fields, today, said = reading.fields, reading.clock.today, []
    if reading.resource == "activities" and reading.action == "create":
        seconds = fields.get("quantity")
        if isinstance(seconds, int) and seconds > _DAY_SECONDS:
            said.append(f"{CHECK}: {seconds / 3600:g}h is more than a day")
        day = fields.get("date")
        if isinstance(day, str) and date.fromisoformat(day[:10]) > today:
            said.append(f"{CHECK}: work dated in the future ({day[:10]})")
    if reading.resource == "tasks" and reading.action in ("create", "update"):
        due = fields.get("due_at")
        if isinstance(due, str) and date.fromisoformat(due[:10]) < today:
            said.append(f"{CHECK}: due date already past ({due[:10]})")
    for phrase in impossible_dates(reading.text):
        said.append(f"{CHECK}: {phrase!r} is not a date; the words are kept")
    if said:
        reading.assumptions.extend(said)
        reading.confidence = min(reading.confidence, 0.6)
