"""Calendar entries changed as people say it: named amid a story, the whole series of a
recurring one, a new length or description, and one that does not exist asked about."""

from __future__ import annotations

import datetime as dt

from tests.assistant.conftest import ALICE, press, shown


async def _entry(clio, summary: str):
    return [e async for e in clio.calendar_entries.list({}) if e.summary == summary]


async def test_a_series_named_amid_a_story_is_deleted_whole(core, clio):
    card = await core.handle_text(
        ALICE, "kill the weekly team mtg series entirely we're switching to async updates in slack"
    )
    assert "Weekly team meeting" in shown(card)
    assert "only this occurrence" not in shown(card)
    await press(core, card, "Delete calendar entry")
    assert await _entry(clio, "Weekly team meeting") == []


async def test_an_entry_named_amid_reasons_is_the_one_whose_title_they_hold(core, clio):
    card = await core.handle_text(
        ALICE, "remove the o'brien closing matter's closed and it keeps showing up for marcus"
    )
    assert "Closing: O'Brien home purchase" in shown(card)
    assert any(b.label == "Delete calendar entry" for c in card.cards for b in c.buttons)


async def test_a_new_length_keeps_the_start(core, clio):
    card = await core.handle_text(ALICE, "block 3 hrs for the jones depo instead of 2")
    await press(core, card, "Update")
    [depo] = await _entry(clio, "Deposition of Robert Jones")
    assert depo.end_at - depo.start_at == dt.timedelta(hours=3)


async def test_words_for_the_description_are_written_to_it(core, clio):
    card = await core.handle_text(
        ALICE,
        "court reporter confirmed for the jones depo - can you add that to the depo's description?",
    )
    assert "description →" in shown(card)
    await press(core, card, "Update")
    [depo] = await _entry(clio, "Deposition of Robert Jones")
    assert depo.description == "court reporter confirmed for the jones depo"


async def test_an_entry_that_is_not_there_is_asked_about(core, clio):
    reply = await core.handle_text(
        ALICE, "bluebird pushed their launch, delete the bluebird strategy meeting from friday"
    )
    assert "couldn't find" in shown(reply)
    assert not any(b.label.startswith("Delete") for c in reply.cards for b in c.buttons)


async def test_an_events_entry_that_is_no_time_entry_is_the_calendar_entry(core, clio):
    card = await core.handle_text(ALICE, "please delete the robert jones deposition entry")
    assert "Deposition of Robert Jones" in shown(card)
    assert any(b.label == "Delete calendar entry" for c in card.cards for b in c.buttons)


async def test_an_entry_on_a_free_busy_calendar_is_said_to_be_hidden(core, clio):
    reply = await core.handle_text(ALICE, "push the patel client meeting to 4pm")
    assert "couldn't find" in shown(reply)
    assert "Hannah Whitaker's calendar has entries shared with you as Free/Busy" in shown(reply)
