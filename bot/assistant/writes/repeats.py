"""Recurring calendar entries: RRULEs in words, and one occurrence of a series."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from zoneinfo import ZoneInfo

from bot.assistant.context import Ctx
from bot.assistant.drafts import Need
from bot.assistant.humanize import day
from bot.clio import ClioNotFound

OCCURRENCE = re.compile(r"^(\d+)_(\d{8})$")  # Clio's id of one occurrence: {series}_{YYYYMMDD}
UNITS = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}
ADVERBS = {"DAILY": "daily", "WEEKLY": "weekly", "MONTHLY": "monthly", "YEARLY": "yearly"}


def in_words(rule: str, tz: str) -> str:
    """`FREQ=WEEKLY;INTERVAL=2;COUNT=6` -> "every 2 weeks, 6 times"."""
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
    if "COUNT" in parts:
        text += f", {parts['COUNT']} times"
    elif "UNTIL" in parts:
        until = dt.datetime.strptime(parts["UNTIL"][:8], "%Y%m%d")
        if len(parts["UNTIL"]) > 8:
            stamp = dt.datetime.strptime(parts["UNTIL"].rstrip("Z"), "%Y%m%dT%H%M%S")
            until = stamp.replace(tzinfo=dt.UTC).astimezone(ZoneInfo(tz))
        text += f" until {day(until.date())}"
    return text


async def occurrence(ctx: Ctx) -> Any | None:
    """The one occurrence named by its `{series}_{YYYYMMDD}` id, or None for a plain id."""
    text = (ctx.draft.refs.get("calendar_entry") or "").strip()
    if not OCCURRENCE.match(text):
        return None
    try:
        return await ctx.clio.calendar_entries.get(text)
    except ClioNotFound:
        raise Need(
            "id:calendar_entry",
            f"Clio has no occurrence {text} that you can see.",
            ask="calendar entry number",
        ) from None


def undated(ctx: Ctx) -> bool:
    """Whether the new time was said without a day ("move it to 4pm"): keep the entry's day."""
    return any(a.startswith("no date given") for a in ctx.draft.intent.get("assumptions") or [])


def same_day(record_start: dt.datetime, start: str, end: str) -> tuple[str, str]:
    """A new start and end moved onto the day the entry already has, times kept."""
    new_start, new_end = dt.datetime.fromisoformat(start), dt.datetime.fromisoformat(end)
    local = record_start.astimezone(new_start.tzinfo)
    shift = dt.datetime.combine(local.date(), new_start.timetz()) - new_start
    return (new_start + shift).isoformat(), (new_end + shift).isoformat()
