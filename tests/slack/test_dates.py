"""Issue 16's examples end to end: the record written after one Confirm, or the question asked."""

from __future__ import annotations

from tests.slack.helpers import buttons, command, text_of
from tests.slack.test_calendar import entries_named
from tests.slack.test_time_entries import entries
from tests.slack.test_writes import confirm, find_task
from tests.slack_fake import USER_ID

TODAY = "2026-11-18"  # the sandbox clock's Wednesday


async def test_a_weekday_in_the_note_stays_in_the_note(bot, slack, runtime):
    await confirm(bot, slack, "log 1h on Smith v Jones prep for monday hearing")
    [entry] = await entries(runtime, "monday hearing")
    assert (str(entry.date), entry.note) == (TODAY, "prep for monday hearing")


async def test_a_date_in_the_note_is_not_the_records_date(bot, slack, runtime):
    await confirm(bot, slack, "log .5 on Smith v Jones call w/ client re 12/14 hearing")
    [entry] = await entries(runtime, "12/14 hearing")
    assert (str(entry.date), entry.quantity) == (TODAY, 1800)


async def test_due_two_weeks_from_today(bot, slack, runtime):
    await confirm(bot, slack, "task file reply brief due 2 weeks from today")
    assert str((await find_task(runtime, "file reply brief")).due_at) == "2026-12-02"


async def test_tonight_at_11(bot, slack, runtime):
    await confirm(bot, slack, "schedule document review tonight at 11")
    [entry] = await entries_named(runtime, "document review")
    assert entry.start_at.isoformat() == f"{TODAY}T23:00:00-05:00"


async def test_a_zone_is_read_and_said_on_the_card(bot, slack, runtime):
    card, _ = await confirm(bot, slack, "schedule call with opposing counsel Thursday 8:00 PST")
    assert "time given in PST: shown in your time" in text_of(card)
    [entry] = await entries_named(runtime, "call with opposing counsel")
    assert entry.start_at.isoformat() == "2026-11-19T11:00:00-05:00"


async def test_a_25_hour_entry_is_warned(bot, slack, runtime):
    card = await command(bot, slack, "log 25h on Smith v Jones document review marathon")
    assert ":warning: check: 25h is more than a day" in text_of(card)
    assert "confirm" in buttons(card)


async def test_feb_30_is_asked_not_booked(bot, slack, runtime):
    card = await command(bot, slack, "schedule hearing feb 30 10am")
    assert "'feb 30' is not a date: which day do you mean?" in text_of(card)
    assert "confirm" not in buttons(card)
    assert await entries_named(runtime, "hearing feb 30") == []


async def test_a_day_first_locale_reads_3_4_as_3_april(bot, slack, runtime):
    slack.users[USER_ID].locale = "en-GB"
    card, _ = await confirm(bot, slack, "task renew lease due 3/4")
    assert "read 3/4 as 3 April (day first, your Slack locale)" in text_of(card)
    assert str((await find_task(runtime, "renew lease")).due_at) == "2027-04-03"


async def test_the_locale_lookup_is_cached(bot, slack, runtime):
    await command(bot, slack, "log 1h on Smith v Jones research", name="one")
    await command(bot, slack, "log 1h on Smith v Jones more research", name="two")
    asked = [c for c in slack.calls("users.info") if c.params.get("user") == USER_ID]
    assert len(asked) == 1 and asked[0].params.get("include_locale") in (True, "true", "1")
