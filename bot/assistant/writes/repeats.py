"""Recurring calendar entries: RRULEs in words."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.assistant.humanize import day

UNITS = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}
ADVERBS = {"DAILY": "daily", "WEEKLY": "weekly", "MONTHLY": "monthly", "YEARLY": "yearly"}
DAY_NAMES = {
    "MO": "Mon",
    "TU": "Tue",
    "WE": "Wed",
    "TH": "Thu",
    "FR": "Fri",
    "SA": "Sat",
    "SU": "Sun",
}


def in_words(rule: str, tz: str) -> str:
    """`FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=6` -> "every 2 weeks on Tue, Thu, 6 times"."""
    parts = dict(
        part.split("=", 1) for part in rule.removeprefix("RRULE:").split(";") if "=" in part
    )
    freq = parts.get("FREQ", "")
    interval = int(parts.get("INTERVAL", "1"))
    text = (
        f"every {interval} {UNITS.get(freq, 'time')}s"
        if interval > 1
        else ADVERBS.get(freq, freq.lower())
    )
    if "BYDAY" in parts:
        days = parts["BYDAY"].split(",")
        text += " on " + ", ".join(DAY_NAMES.get(code, code) for code in days)
    if "COUNT" in parts:
        text += f", {parts['COUNT']} times"
    elif "UNTIL" in parts:
        until = dt.datetime.strptime(parts["UNTIL"][:8], "%Y%m%d")
        if len(parts["UNTIL"]) > 8:
            stamp = dt.datetime.strptime(parts["UNTIL"].rstrip("Z"), "%Y%m%dT%H%M%S")
            until = stamp.replace(tzinfo=dt.UTC).astimezone(ZoneInfo(tz))
        text += f" until {day(until.date())}"
    return text
