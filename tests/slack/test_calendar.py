"""Calendar extras: recurring entries, one occurrence of a series moved or deleted, attendees
(colleagues through their calendars, contacts) and the calendar an entry goes on."""

from __future__ import annotations

import datetime as dt
import json

import httpx

from bot.clio import ClioClient, StaticToken
from bot.clio import models as m
from tests.conftest import SANDBOX_URL
from tests.slack.editing import edit
from tests.slack.helpers import buttons, choose, click, command, items, labelled, text_of
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
    day = (await runtime.clio.calendar_entries.get(second)).start_at.date()
    card, _ = await confirm(bot, slack, f"move calendar entry {second} to 4pm")
    assert "only the occurrence on" in text_of(card)
    shown = f"{day:%a} {day.day} {day:%b %Y}"
    assert f"when {shown} 9 AM–10 AM → {shown} 4 PM–5 PM" in text_of(card)  # that day, not today
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
    assert before[1] not in after
    assert len(after) == len(before) - 1


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
    assert sorted(a.name or "" for a in entry.attendees) == ["Karen Smith", "Priya Shah"]


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
    assert sorted(a.name or "" for a in entry.attendees) == ["Hannah Whitaker", "Maria Garcia"]
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


# -- naming an entry by what it is and when (Clio's ids are opaque) --------------------------------
MONDAYS = {"from": "2026-11-23T00:00:00Z", "to": "2026-12-15T00:00:00Z", "expanded": "true"}


async def status_calls(runtime) -> list[tuple[str, str]]:
    """(start, end) of every "status call", occurrences included, in New York time."""
    found = await entries_named(runtime, "status call", **MONDAYS)
    return [(f"{e.start_at:%m-%d %H:%M}", f"{e.end_at:%H:%M}") for e in found]


async def test_move_mondays_status_call_keeps_its_day_and_length(bot, slack, runtime, clio_traffic):
    await confirm(bot, slack, "schedule status call every Monday 10-11:30am for 6 weeks")
    card, _ = await confirm(bot, slack, "move Monday's status call to 4pm")
    shown = text_of(card)
    assert "only the occurrence on Mon 23 Nov 2026" in shown
    assert "when Mon 23 Nov 2026 10 AM–11:30 AM → Mon 23 Nov 2026 4 PM–5:30 PM" in shown
    calls = await status_calls(runtime)
    assert ("11-23 16:00", "17:30") in calls
    assert ("11-30 10:00", "11:30") in calls
    assert ("11-23 10:00", "11:30") not in calls
    day_lists = [  # the occurrence was found in that day's expanded entries, not by its id
        url.params
        for method, url, _ in clio_traffic.requests
        if method == "GET" and url.path.endswith("/calendar_entries.json")
        and url.params.get("to", "").startswith("2026-11-23T23:59:59")
    ]  # fmt: skip
    assert [p.get("expanded") for p in day_lists] == ["true"]


async def test_an_occurrence_with_opaque_ids_is_moved_and_deleted(
    bot, slack, runtime, clio_traffic
):
    runtime.sandbox.settings.occurrence_ids = "opaque"  # not <series>_<YYYYMMDD>
    await confirm(bot, slack, "schedule status call every Monday 10-11:30am for 6 weeks")
    ids = [e.id for e in await entries_named(runtime, "status call", **MONDAYS)]
    assert ids
    assert not any("_" in i for i in ids)
    card, _ = await confirm(bot, slack, "cancel the status call on Nov 30")
    assert "only this occurrence" in text_of(card)
    assert "Mon 30 Nov 2026 10 AM" in text_of(card)
    await confirm(bot, slack, "reschedule Monday's status call to 3pm")
    assert await status_calls(runtime) == [
        ("11-23 15:00", "16:30"),
        ("12-07 10:00", "11:30"),
        ("12-14 10:00", "11:30"),
    ]
    written = [(m, url.path) for m, url, _ in clio_traffic.requests if m in ("PATCH", "DELETE")]
    assert [m for m, _ in written] == ["DELETE", "PATCH"]
    assert all(path.rsplit("/", 1)[1].removesuffix(".json") in ids for _, path in written)


async def test_several_entries_match_so_it_asks(bot, slack, runtime):
    await confirm(bot, slack, "schedule status call every Monday 10-11:30am for 6 weeks")
    await confirm(bot, slack, "schedule status call Nov 23 2pm on Marcus's calendar")
    card = await command(bot, slack, "move Monday's status call to 4pm")
    assert "Which calendar entry did you mean by “status call” on Mon 23 Nov 2026?" in text_of(card)
    picks = labelled(card)
    assert set(picks) == {
        "status call · Mon 23 Nov 2026 10 AM–11:30 AM",
        "status call · Mon 23 Nov 2026 2 PM–3 PM",
        "Cancel",
    }
    chosen = await choose(bot, slack, card, "status call · Mon 23 Nov 2026 2 PM–3 PM", name="pick")
    assert "when Mon 23 Nov 2026 2 PM–3 PM → Mon 23 Nov 2026 4 PM–5 PM" in text_of(chosen)
    assert "only the occurrence" not in text_of(chosen)  # Marcus's is a single entry
    await click(bot, slack, "confirm", buttons(chosen)["confirm"])
    assert sorted(await status_calls(runtime))[:2] == [
        ("11-23 10:00", "11:30"),
        ("11-23 16:00", "17:00"),
    ]


async def test_nothing_by_that_name_that_day(bot, slack):
    card = await command(bot, slack, "move Tuesday's status call to 4pm")
    assert "I couldn't find “status call” on Tue 24 Nov 2026 in your Clio calendars." in text_of(
        card
    )


async def test_a_colleagues_private_entry_is_busy_on_their_agenda(
    bot, slack, runtime, clio_traffic
):
    card = await command(bot, slack, "Hannah's agenda tomorrow")
    [url] = [u for m, u, _ in clio_traffic.requests if u.path.endswith("/calendar_entries.json")]
    hannah = runtime.sandbox.users.by_email("hannah@demo-firm.test")
    assert url.params["calendar_id"] == str(hannah["default_calendar_id"])
    busy = "private (busy) · Thu 19 Nov 2026 11 AM–12 PM"  # her calendar is Free/Busy to me
    assert any(line.endswith(busy) for line in items(card))
    assert "Medical appointment" not in text_of(card)
    assert "untitled" not in text_of(card)
    [appointment] = runtime.sandbox.find("calendar_entries", summary="Medical appointment")
    one = await command(bot, slack, f"show calendar entry {appointment['id']}", name="one")
    assert busy in one.params["text"] + json.dumps(one.params["blocks"], ensure_ascii=False)
    refused = await command(bot, slack, f"delete calendar entry {appointment['id']}", name="no")
    assert "shared with you as Free/Busy" in text_of(refused)
    assert "confirm" not in buttons(refused)


async def test_edit_the_end_of_a_moved_occurrence(bot, slack, runtime):
    await confirm(bot, slack, "schedule status call every Monday 10-11:30am for 6 weeks")
    card = await command(bot, slack, "move Monday's status call to 4pm")
    six_pm = int(dt.datetime(2026, 11, 23, 23, 0, tzinfo=dt.UTC).timestamp())
    _, edited = await edit(bot, slack, card, end_at=six_pm)
    assert "when Mon 23 Nov 2026 10 AM–11:30 AM → Mon 23 Nov 2026 4 PM–6 PM" in text_of(edited)
    await click(bot, slack, "confirm", buttons(edited)["confirm"])
    calls = await status_calls(runtime)
    assert ("11-23 16:00", "18:00") in calls
    assert ("11-30 10:00", "11:30") in calls


async def test_an_all_day_entry_is_on_its_own_day_in_every_zone(bot, slack, runtime, sandbox_app):
    firm = (await calendar_named(runtime, "Firm Calendar")).id
    token = runtime.sandbox.issue_token("hannah@demo-firm.test")["access_token"]
    transport = httpx.ASGITransport(app=sandbox_app)
    london_midnight = dt.datetime(2026, 12, 3, tzinfo=dt.UTC)  # 7 PM on Dec 2 in New York
    async with ClioClient(StaticToken(token), base_url=SANDBOX_URL, transport=transport) as hannah:
        await hannah.calendar_entries.create(
            m.CalendarEntryCreate(
                summary="Firm retreat",
                start_at=london_midnight,
                end_at=london_midnight + dt.timedelta(days=1),
                all_day=True,
                calendar_owner=m.Ref(id=firm),
            )
        )
    card = await command(bot, slack, "calendar on Dec 3")  # read in New York: Clio's start_date
    assert any("Firm retreat" in line and "Thu 3 Dec 2026, all day" in line for line in items(card))
