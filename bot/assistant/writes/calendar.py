"""Calendar entries: on the person's own calendar unless another is named, with attendees."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.assistant.calendar_refs import ASK, named_entry
from bot.assistant.context import Ctx
from bot.assistant.describe import entry_when
from bot.assistant.drafts import Need
from bot.assistant.humanize import day, moment, period, quote, time_of_day
from bot.assistant.plans import Plan
from bot.assistant.writes.attendees import attendees
from bot.assistant.writes.calendars import calendar_owner
from bot.assistant.writes.common import delete_plan, typed, undated, update_plan
from bot.assistant.writes.event_or_task import or_task
from bot.assistant.writes.repeats import in_words
from bot.clio import models as m
from intents.calendar_entries import END, KEEPS_LENGTH, LENGTH, NO_DATE, NO_DAY, NO_TIME


def _span(ctx: Ctx) -> tuple[str, str, bool]:
    """(start_at, end_at, all_day) in ISO 8601; an all-day entry spans its whole day."""
    start, end = ctx.value("start_at"), ctx.value("end_at")
    all_day = bool(ctx.value("all_day"))
    if "start_at" in ctx.draft.answers:  # an answered time replaces the parsed day as a whole
        all_day = bool(ctx.draft.answers.get("all_day"))
        end = ctx.draft.answers.get("end_at")
    if not start:
        raise Need("start_at", "When is it?", ask="e.g. tomorrow 3pm, Nov 24 2-4pm")
    if all_day or len(start) == 10:
        zone = ZoneInfo(ctx.who.tz)
        first = dt.datetime.combine(dt.date.fromisoformat(start[:10]), dt.time(), zone)
        return first.isoformat(), (first + dt.timedelta(days=1)).isoformat(), True
    if not end:
        end = (dt.datetime.fromisoformat(start) + dt.timedelta(hours=1)).isoformat()
    return start, end, False


def _unplaced(ctx: Ctx) -> bool:
    """ "schedule deposition", "set up zoom with emily chen": neither a day nor a time was said,
    so the entry is not put on today all day: the person is asked when it is."""
    if "start_at" in ctx.draft.answers or ctx.value("recurrence_rule"):
        return False
    said = ctx.draft.intent.assumptions
    return NO_TIME in said and any(a.startswith((NO_DATE, NO_DAY)) for a in said)


async def create(ctx: Ctx) -> Plan:
    summary = ctx.value("summary")
    if not summary:
        raise Need("summary", "What is the event?", ask="e.g. Hearing in Smith v Jones")
    if _unplaced(ctx):
        raise Need("start_at", "When is it?", ask="e.g. tomorrow 3pm, Nov 24 2-4pm")
    start, end, all_day = _span(ctx)
    calendar_id, calendar = await calendar_owner(ctx)
    body: dict = {
        "summary": summary,
        "start_at": start,
        "end_at": end,
        "calendar_owner": {"id": calendar_id},
    }
    if all_day:
        body["all_day"] = True
    when = moment(start, all_day=all_day)
    if not all_day:
        when += f"–{time_of_day(end)}"
    lines = [quote(summary), when]
    if ctx.has("location"):
        body["location"] = ctx.value("location")
        lines.append(f"at {body['location']}")
    if ctx.value("description"):  # "..., description: bring the mri report"
        body["description"] = ctx.value("description")
        lines.append(f"description: {quote(body['description'], 120)}")
    if ctx.value("recurrence_rule"):
        body["recurrence_rule"] = ctx.value("recurrence_rule")
        lines.append(f"repeats {in_words(body['recurrence_rule'], ctx.who.tz)}")
    matter = await ctx.ref("matter")
    if matter is not None:
        body["matter"] = {"id": matter.id}
        lines.append(matter.label)
    if calendar is not None:
        lines.append(f"on {calendar}")
    invited, names = await attendees(ctx)
    if invited:
        body["attendees"] = invited
        lines.append(f"with {', '.join(names)}")
    return Plan(
        collection="calendar_entries",
        action="create",
        title="Calendar entry",
        lines=lines,
        body=body,
        model=typed(m.CalendarEntryCreate, body),
        matter_id=matter.id if matter else None,
    )


async def _editable(ctx: Ctx) -> m.CalendarEntry:
    """The entry named, unless the person sees it only as Free/Busy (Clio would refuse)."""
    return _writable(await named_entry(ctx))


def _writable(record: m.CalendarEntry) -> m.CalendarEntry:
    if record.redacted:
        raise Need(
            "id:calendar_entry",
            "That entry is on a calendar shared with you as Free/Busy: Clio shows you only "
            "when it is, and does not let you change it.",
            ask=ASK,
        )
    return record


def _moved(ctx: Ctx, record: m.CalendarEntry) -> tuple[str, str, bool]:
    """The new span of a timed entry: a time alone keeps the entry's day ("to 4pm"), a day alone
    keeps its time ("to Tuesday"), and either keeps its length unless one was given."""
    start, end, all_day = _span(ctx)
    said = ctx.draft.intent.assumptions
    was = record.start_at, record.end_at
    if was[0] is None or was[1] is None or record.all_day or "start_at" in ctx.draft.answers:
        return start, end, all_day
    length = was[1] - was[0]
    if all_day and NO_TIME in said:
        local = was[0].astimezone(ZoneInfo(ctx.who.tz))
        moved = dt.datetime.combine(dt.date.fromisoformat(start[:10]), local.time(), local.tzinfo)
        return moved.isoformat(), (moved + length).isoformat(), False
    if undated(ctx):  # onto the day the entry is on
        new = dt.datetime.fromisoformat(start)
        shift = dt.datetime.combine(was[0].astimezone(new.tzinfo).date(), new.timetz()) - new
        start, end = (new + shift).isoformat(), (dt.datetime.fromisoformat(end) + shift).isoformat()
    if KEEPS_LENGTH in said and "end_at" not in ctx.draft.answers:
        end = (dt.datetime.fromisoformat(start) + length).isoformat()
    return start, end, all_day


async def update(ctx: Ctx) -> Plan:
    """Changes to an entry, a whole series, or one occurrence (Clio detaches it from the series);
    a task's, when no entry but a task fits the words ("push review lease amendments to 12/18")."""
    try:
        found = await named_entry(ctx)
    except Need as need:
        return await or_task(ctx, need)
    record = _writable(found)
    changes: dict = {}
    lines = [quote(record.summary or "event")]
    if record.occurrence and record.start_at is not None:
        lines.append(f"only the occurrence on {day(record.start_at.date())}")
    if ctx.has("summary"):
        changes["summary"] = ctx.value("summary")
        lines.append(f"title {quote(record.summary or 'none', 60)} → {quote(changes['summary'])}")
    shift = ctx.value("shift_minutes")
    if not ctx.has("start_at") and shift and record.start_at and record.end_at:
        by = dt.timedelta(minutes=int(shift))  # "push the depo back an hour"
        start, end = (record.start_at + by).isoformat(), (record.end_at + by).isoformat()
        changes |= {"start_at": start, "end_at": end, "all_day": bool(record.all_day)}
    if ctx.has("start_at"):
        start, end, all_day = _moved(ctx, record)
        changes |= {"start_at": start, "end_at": end, "all_day": all_day}
    length = ctx.value(LENGTH)
    if length and "start_at" not in changes and record.start_at and not record.all_day:
        end = (record.start_at + dt.timedelta(minutes=int(length))).isoformat()  # from its start
        changes |= {"start_at": record.start_at.isoformat(), "end_at": end, "all_day": False}
    if ctx.has(END) and "start_at" not in changes and record.start_at and not record.all_day:
        changes |= {"start_at": record.start_at.isoformat(), "end_at": _ends(ctx, record.start_at)}
        changes["all_day"] = False
    if "start_at" in changes:
        start, end, all_day = changes["start_at"], changes["end_at"], changes["all_day"]
        after = moment(start, all_day=True) if all_day else period(start, end)
        lines.append(f"when {entry_when(record) or 'no time'} → {after}")
    if ctx.has("location"):
        changes["location"] = ctx.value("location")
        lines.append(f"location {quote(record.location or 'none', 60)} → {changes['location']}")
    if ctx.has("description"):
        changes["description"] = ctx.value("description")
        lines.append(f"description → {quote(changes['description'], 120)}")
    if ctx.has("recurrence_rule"):
        changes["recurrence_rule"] = ctx.value("recurrence_rule")
        lines.append(f"repeats → {in_words(changes['recurrence_rule'], ctx.who.tz)}")
    if not changes:
        raise Need("start_at", "What should change on this event?", ask="e.g. move to 4pm")
    plan = update_plan(ctx, record, changes, lines)
    if not record.occurrence:
        return plan
    # Clio detaches the occurrence from its series and applies the changes to it alone.
    body = {"_deleted": "single", **changes}
    return plan.model_copy(update={"body": body, "model": typed(m.CalendarEntryUpdate, body)})


def _ends(ctx: Ctx, starts: dt.datetime) -> str:
    """The entry's new end ("will run until 1pm"): that time on the day it starts, after its
    start; asked again when it would end before it starts."""
    start = starts.astimezone(ZoneInfo(ctx.who.tz))
    hour, minute = (int(part) for part in str(ctx.value(END)).split(":"))
    end = start.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if end <= start:
        raise Need(
            END,
            f"That is before the event starts ({time_of_day(start)}). When should it end?",
            ask="e.g. 5pm",
        )
    return end.isoformat()


async def delete(ctx: Ctx) -> Plan:
    """Delete an entry (a whole series), or one occurrence of a series."""
    record = await _editable(ctx)
    plan = delete_plan(ctx, record)
    if not record.occurrence:
        return plan
    return plan.model_copy(update={"lines": [*plan.lines, "only this occurrence"]})
