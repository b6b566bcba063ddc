"""Time and expense entries named by description: the firm's entries as well as the person's
own, the matter and whose they are telling them apart, several that fit asked with buttons."""

from __future__ import annotations

from tests.assistant.conftest import ALICE, press, shown


async def _by_note(clio, note: str):
    return [a async for a in clio.activities.list({}) if a.note == note]


async def test_a_colleagues_expense_is_found_by_its_words_and_matter(core, clio):
    [courier] = await _by_note(clio, "Courier to court")
    card = await core.handle_text(ALICE, "delete the courier expense on johnson")
    assert "Courier to court" in shown(card)
    await press(core, card, "Delete expense")
    assert await _by_note(clio, "Courier to court") == []
    assert courier.user.name != "Alice Nguyen"


async def test_a_correction_said_as_a_sentence_updates_and_shows_before_and_after(core, clio):
    card = await core.handle_text(ALICE, "the courier expense on johnson was $55 not $45")
    assert "amount $45.00 → $55.00" in shown(card)
    assert "matter →" not in shown(card)  # "on johnson" says which entry, it moves nothing
    await press(core, card, "Update")
    [courier] = await _by_note(clio, "Courier to court")
    assert courier.price == 55


async def test_whose_entry_it_is_tells_it_apart(core, clio):
    card = await core.handle_text(ALICE, "change hannah's patel call entry to 0.5")
    assert "time 0.3 h → 0.5 h" in shown(card)
    # the card says which entry: its day, matter, note and timekeeper, before the change
    assert "Call with Mr. Patel about trustees" in shown(card)
    assert "Hannah Whitaker" in shown(card) and "00039-Patel" in shown(card)


async def test_two_entries_that_fit_are_asked_about_with_buttons(core, clio):
    reply = await core.handle_text(ALICE, "change my smith v jones entry to 2h")
    labels = " ".join(b.label for c in reply.cards for b in c.buttons).lower()
    assert "which entry" in shown(reply).lower()
    assert "police report" in labels and "complaint" in labels
    [police] = await _by_note(clio, "Reviewed police report and witness statements")
    assert police.quantity == 9000  # nothing written before a choice and a confirmation


async def test_words_added_to_the_note_keep_what_it_said(core, clio):
    card = await core.handle_text(
        ALICE, "add '& 911 transcript' to the note on my police report entry"
    )
    assert "→" in shown(card)
    await press(core, card, "Update")
    [police] = [a async for a in clio.activities.list({}) if a.note and "911" in a.note]
    assert police.note == "Reviewed police report and witness statements & 911 transcript"


async def test_an_entry_moved_to_another_matter_shows_both(core, clio):
    card = await core.handle_text(ALICE, "put my police report entry on the garcia matter instead")
    assert "matter 00042-Smith: Smith v Jones → 00040-Garcia" in shown(card)


async def test_none_on_the_day_said_offers_those_of_other_days(core, clio):
    reply = await core.handle_text(ALICE, "delete my police report entry from yesterday")
    labels = " ".join(b.label for c in reply.cards for b in c.buttons).lower()
    assert "no entry that day" in shown(reply).lower()
    assert "police report" in labels
    assert await _by_note(clio, "Reviewed police report and witness statements")  # kept


async def test_a_call_no_log_fits_is_its_time_entry(core, clio):
    card = await core.handle_text(ALICE, "remove my acme call from yesterday")
    assert "Call with Acme general counsel" in shown(card)
    await press(core, card, "Delete time entry")
    assert await _by_note(clio, "Call with Acme general counsel") == []


async def test_a_meeting_no_calendar_entry_fits_is_its_time_entry(core, clio):
    card = await core.handle_text(ALICE, "the garcia intake meeting was on the 24th, not the 25th")
    assert "Time entry · " in shown(card) and " · date " in shown(card)  # no calendar entry fits
    await press(core, card, "Update")
    [intake] = await _by_note(clio, "Intake meeting with Ms. Garcia")
    assert intake.date.day == 24


async def test_a_length_added_to_an_entry_is_added_to_its_time(core, clio):
    card = await core.handle_text(
        ALICE, "add a quarter hour to the garcia med records collection entry"
    )
    assert "time 0.75 h → 1 h" in shown(card)  # "collection" for "collected", "records"
    await press(core, card, "Update")
    [records] = await _by_note(clio, "Collected medical records")
    assert records.quantity == 3600


async def test_a_matter_said_in_words_that_name_several_only_locates_the_entry(core, clio):
    card = await core.handle_text(ALICE, "the acme gc call yesterday was 20 min not 30")
    assert "time 0.5 h → 0.33 h" in shown(card)
    assert "matter" not in shown(card)  # "acme" is where the entry is: no question, no move


async def test_a_new_contact_at_a_company_not_in_clio_is_still_added(core, clio):
    card = await core.handle_text(ALICE, "new contact: Pat Lyons, counsel at Widget Works")
    assert "not in Clio" in shown(card)
    await press(core, card, "Create")
    assert [c async for c in clio.contacts.list({}) if c.name == "Pat Lyons"]
