"""Calendar extras: recurring entries, one occurrence of a series moved or deleted, attendees
(colleagues through their calendars, contacts) and the calendar an entry goes on."""

from __future__ import annotations

import datetime as dt

import httpx

from bot.clio import ClioClient, StaticToken
from bot.clio import models as m
from tests.conftest import SANDBOX_URL
from tests.slack.editing import edit
from tests.slack.helpers import buttons, choose, click, command, text_of
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


async def calendar_named(runtime, name: str) -> m.Calendar:
    [calendar] = [c async for c in runtime.clio.calendars.list() if c.name == name]
    return calendar


async def test_invite_a_mentioned_colleague_and_a_contact(bot, slack, runtime, clio_traffic):
    text = "schedule hearing in Smith v Jones Nov 24 2-4pm invite <@U0MARCUS1> and Ravi Patel"
    card, _ = await confirm(bot, slack, text)
    assert "with Marcus Bell, Ravi Patel" in text_of(card)
    [entry] = await entries_named(runtime, "hearing")
    marcus = await calendar_named(runtime, "Marcus Bell")
    assert {(a.type, a.name) for a in entry.attendees} == {
        ("Calendar", "Marcus Bell"),
        ("Contact", "Ravi Patel"),
    }
    [sent] = [b for method, url, b in clio_traffic.requests if method == "POST"]
    attendees = sent["data"]["attendees"]
    assert {"id": marcus.id, "type": "Calendar"} in attendees  # Marcus attends by his calendar
    assert entry.calendar_owner.name.startswith("Alice")  # still on my own calendar


async def test_attendees_by_name_and_a_pick_when_unclear(bot, slack, runtime):
    card = await command(bot, slack, "schedule prep session Nov 24 2pm with attendees Priya, Smith")
    assert "Who did you mean by “Smith”?" in text_of(card)  # John Smith or Karen Smith
    chosen = await choose(bot, slack, card, "Karen Smith", name="pick")
    assert "with Priya Shah, Karen Smith" in text_of(chosen)
    await click(bot, slack, "confirm", buttons(chosen)["confirm"])
    [entry] = await entries_named(runtime, "prep session")
    assert sorted(a.name for a in entry.attendees) == ["Karen Smith", "Priya Shah"]


async def test_on_the_firm_calendar_and_on_a_colleagues_calendar(bot, slack, runtime):
    card, _ = await confirm(bot, slack, "schedule firm retreat Dec 3 all day on the firm calendar")
    assert "on Firm Calendar" in text_of(card)
    [retreat] = await entries_named(runtime, "firm retreat")
    assert retreat.calendar_owner.id == (await calendar_named(runtime, "Firm Calendar")).id
    card, _ = await confirm(bot, slack, "schedule deposition Nov 24 2pm on Marcus's calendar")
    assert "on Marcus Bell's calendar" in text_of(card)
    [deposition] = await entries_named(runtime, "deposition")
    assert deposition.calendar_owner.id == (await calendar_named(runtime, "Marcus Bell")).id


async def test_edit_changes_the_attendees_and_the_calendar(bot, slack, runtime):
    card = await command(bot, slack, "schedule case review Nov 25 10am invite Ravi Patel")
    fields, edited = await edit(
        bot, slack, card, **{"ref:attendees": "Hannah, Maria Garcia", "ref:calendar": "firm"}
    )
    assert fields["ref:attendees"]["initial_value"] == "Ravi Patel"
    assert "with Hannah Whitaker, Maria Garcia" in text_of(edited)
    assert "on Firm Calendar" in text_of(edited)
    await click(bot, slack, "confirm", buttons(edited)["confirm"])
    [entry] = await entries_named(runtime, "case review")
    assert sorted(a.name for a in entry.attendees) == ["Hannah Whitaker", "Maria Garcia"]
    assert entry.calendar_owner.name == "Firm Calendar"


async def test_a_contact_hidden_from_the_writer_gets_clios_reason(bot, slack, runtime, sandbox_app):
    card = await command(bot, slack, "schedule witness call Nov 24 3pm invite Robert Jones")
    assert "with Robert Jones" in text_of(card)
    priya = runtime.sandbox.issue_token("priya@demo-firm.test")["access_token"]
    runtime.clio = ClioClient(  # the write is made by someone who may not see that contact
        StaticToken(priya), base_url=SANDBOX_URL, transport=httpx.ASGITransport(app=sandbox_app)
    )
    refused = await click(bot, slack, "confirm", buttons(card)["confirm"])
    assert "not visible to the current user" in text_of(refused)
    assert "Traceback" not in text_of(refused)
    assert await entries_named(runtime, "witness call") == []
