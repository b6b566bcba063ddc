"""Calendar entries: on the person's own calendar unless another is named, with attendees."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.assistant.context import Ctx
from bot.assistant.drafts import Need
from bot.assistant.humanize import moment, quote, time_of_day
from bot.assistant.plans import Plan
from bot.assistant.writes.attendees import attendees
from bot.assistant.writes.calendars import calendar_owner
from bot.assistant.writes.common import delete_plan, target, update_plan
from bot.assistant.writes.repeats import in_words, occurrence, same_day, undated


def _span(ctx: Ctx) -> tuple[str, str, bool]:
    """(start_at, end_at, all_day) in ISO 8601; an all-day entry spans its whole day."""
    start, end = ctx.value("start_at"), ctx.value("end_at")
    all_day = bool(ctx.value("all_day"))
    if not start:
        raise Need("start_at", "When is it?", ask="e.g. tomorrow 3pm, Nov 24 2-4pm")
    if all_day or len(start) == 10:
        zone = ZoneInfo(ctx.who.tz)
        first = dt.datetime.combine(dt.date.fromisoformat(start[:10]), dt.time(), zone)
        return first.isoformat(), (first + dt.timedelta(days=1)).isoformat(), True
    if not end:
        end = (dt.datetime.fromisoformat(start) + dt.timedelta(hours=1)).isoformat()
    return start, end, False


async def create(ctx: Ctx) -> Plan:
    summary = ctx.value("summary")
    if not summary:
        raise Need("summary", "What is the event?", ask="e.g. Hearing in Smith v Jones")
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
        matter_id=matter.id if matter else None,
    )


async def update(ctx: Ctx) -> Plan:
    """Changes to an entry, a whole series, or (by its `{series}_{YYYYMMDD}` id) one occurrence."""
    single = await occurrence(ctx)
    record = single or await target(ctx, "calendar_entries", "calendar_entry")
    changes: dict = {}
    lines = [quote(record.summary or "event")]
    if single is not None:
        lines.append(f"only the occurrence on {moment(record.start_at)}")
    if ctx.has("summary"):
        changes["summary"] = ctx.value("summary")
        lines.append(f"title → {quote(changes['summary'])}")
    if ctx.has("start_at"):
        start, end, all_day = _span(ctx)
        if undated(ctx) and record.start_at is not None and not all_day:
            start, end = same_day(record.start_at, start, end)
        changes |= {"start_at": start, "end_at": end, "all_day": all_day}
        lines.append(f"when → {moment(start, all_day=all_day)}")
    if ctx.has("location"):
        changes["location"] = ctx.value("location")
        lines.append(f"location → {changes['location']}")
    if ctx.has("recurrence_rule"):
        changes["recurrence_rule"] = ctx.value("recurrence_rule")
        lines.append(f"repeats → {in_words(changes['recurrence_rule'], ctx.who.tz)}")
    if not changes:
        raise Need("start_at", "What should change on this event?", ask="e.g. move to 4pm")
    plan = update_plan("calendar_entries", record, changes, lines)
    if single is None:
        return plan
    # Clio detaches the occurrence from its series and applies the changes to it alone.
    return plan.model_copy(update={"body": {"_deleted": "single", **changes}})


async def delete(ctx: Ctx) -> Plan:
    """Delete an entry (a whole series), or one occurrence by its `{series}_{YYYYMMDD}` id."""
    single = await occurrence(ctx)
    if single is not None:
        plan = delete_plan("calendar_entries", single)
        return plan.model_copy(update={"lines": [*plan.lines, "only this occurrence"]})
    return delete_plan("calendar_entries", await target(ctx, "calendar_entries", "calendar_entry"))
