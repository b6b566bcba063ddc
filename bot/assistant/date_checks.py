"""Dates a card must not take as read: an impossible one is asked, an ambiguous one says its order."""

from __future__ import annotations

import datetime as dt
import re

AMBIGUOUS = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?(?![\d/])")
ORDERS = {"DMY": "day first", "MDY": "month first"}


def order_note(text: str, date_order: str) -> str | None:
    """ "read 3/4 as 3 April (day first, your Slack locale)" for the first numeric date that
    reads as two different days; None when there is none."""
    for match in AMBIGUOUS.finditer(text):
        a, b = int(match.group(1)), int(match.group(2))
        if a == b or not (1 <= a <= 12 and 1 <= b <= 12):
            continue
        day, month = (a, b) if date_order == "DMY" else (b, a)
        name = dt.date(2000, month, 1).strftime("%B")
        said = f"{day} {name}" if date_order == "DMY" else f"{name} {day}"
        return f"read {match.group(0)} as {said} ({ORDERS[date_order]}, your Slack locale)"
    return None


def impossible(assumptions: list[str]) -> str | None:
    """The question for a date that does not exist ("feb 30"), instead of a card with a made-up
    one; None when every date read is real."""
    for said in assumptions:
        if said.startswith("check:") and "is not a date" in said:
            words = said.removeprefix("check:").split(";")[0].strip()
            return f"{words}: which day do you mean? Send the request again with that date."
    return None
