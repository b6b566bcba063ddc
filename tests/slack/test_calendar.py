"""Calendar extras: recurring entries, one occurrence of a series moved or deleted."""

from __future__ import annotations

import datetime as dt

from bot.clio import models as m
from tests.slack.editing import edit
from tests.slack.helpers import buttons, click, command, text_of
from tests.slack.test_writes import confirm


async def entries_named(runtime, summary: str, **params) -> list[m.CalendarEntry]:
    return [
        e
        async for e in runtime.clio.calendar_entries.list({"query": summary, **params})
        if e.summary == summary
    ]


async def test_weekly_entry_for_six_weeks(bot, slack, runtime):
    text = "schedule status call every week Nov 24 2pm for 6 weeks in 00042-Smith"
    card, _ = await confirm(bot, slack, text)
    assert "repeats weekly, 6 times" in text_of(card)
    [series] = await entries_named(runtime, "status call")
    assert series.recurrence_rule == "FREQ=WEEKLY;COUNT=6"
    assert series.matter.display_number == "00042-Smith"
    window = {"from": "2026-11-01T00:00:00Z", "to": "2027-02-01T00:00:00Z", "expanded": "true"}
    assert len(await entries_named(runtime, "status call", **window)) == 6


async def test_daily_entry_until_a_date(bot, slack, runtime):
    card, _ = await confirm(bot, slack, "schedule standup daily at 9am until Nov 27")
    assert "repeats daily until Fri 27 Nov 2026" in text_of(card)
    window = {"from": "2026-11-18T00:00:00Z", "to": "2026-12-31T00:00:00Z", "expanded": "true"}
    occurrences = await entries_named(runtime, "standup", **window)
    assert [e.start_at.date().day for e in occurrences] == list(range(19, 28))


async def test_edit_form_shows_the_repetition(bot, slack, runtime):
    card = await command(bot, slack, "schedule billing review monthly on Dec 1 at 3pm 12 times")
    fields, edited = await edit(bot, slack, card, recurrence_rule="FREQ=MONTHLY;COUNT=3")
    assert fields["recurrence_rule"]["initial_value"] == "FREQ=MONTHLY;COUNT=12"
    assert "repeats monthly, 3 times" in text_of(edited)
    await click(bot, slack, "confirm", buttons(edited)["confirm"])
    [series] = await entries_named(runtime, "billing review")
    assert series.recurrence_rule == "FREQ=MONTHLY;COUNT=3"


async def occurrence_ids(runtime) -> list[str]:
    window = {"from": "2026-11-20T00:00:00Z", "to": "2026-12-20T00:00:00Z", "expanded": "true"}
    return [str(e.id) for e in await entries_named(runtime, "Weekly team meeting", **window)]


async def test_move_one_occurrence_keeps_the_rest_of_the_series(bot, slack, runtime):
    first, second, *_ = await occurrence_ids(runtime)
    card, _ = await confirm(bot, slack, f"move calendar entry {second} to 4pm")
    assert "only the occurrence on" in text_of(card)
    day = dt.datetime.strptime(second.split("_")[1], "%Y%m%d").date()
    assert f"when → {day:%a} {day.day} {day:%b %Y} 4 PM" in text_of(card)  # that day, not today
    window = {"from": "2026-11-20T00:00:00Z", "to": "2026-12-20T00:00:00Z", "expanded": "true"}
    meetings = await entries_named(runtime, "Weekly team meeting", **window)
    [moved] = [e for e in meetings if e.start_at.date() == day]
    assert moved.start_at.isoformat() == f"{day.isoformat()}T16:00:00-05:00"
    assert moved.recurrence_rule is None  # detached from the series
    assert first in [str(e.id) for e in meetings]  # the rest stay in the series


async def test_delete_one_occurrence(bot, slack, runtime):
    before = await occurrence_ids(runtime)
    card, _ = await confirm(bot, slack, f"delete calendar entry {before[1]}")
    assert "only this occurrence" in text_of(card)
    after = await occurrence_ids(runtime)
    assert before[1] not in after and len(after) == len(before) - 1
