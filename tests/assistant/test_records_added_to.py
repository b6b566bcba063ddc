"""Notes, logged calls and matters added to or deleted as people say it: the words added keep what
the record said, and a note is found by what it says even with "him" and "only" around it."""

from __future__ import annotations

from tests.assistant.conftest import ALICE, press, shown


async def test_words_added_to_a_note_keep_what_it_said(core, clio):
    card = await core.handle_text(ALICE, "smith strategy note add also subpoena the bus dashcam")
    await press(core, card, "Update")
    [note] = [n async for n in clio.notes.list({"type": "Matter"}) if n.subject == "Strategy"]
    assert note.detail == "Focus on the intersection camera footage. also subpoena the bus dashcam"


async def test_words_added_to_a_call_keep_its_body(core, clio):
    card = await core.handle_text(ALICE, "add to the trustee call log w ravi he wants his sister")
    await press(core, card, "Update")
    [call] = [c async for c in clio.communications.list({}) if c.subject == "Trustee questions"]
    assert call.body == "Discussed choice of trustees. he wants his sister"


async def test_words_added_to_a_matter_description_keep_it(core, clio):
    card = await core.handle_text(ALICE, "chen divorce desc add custody")
    assert "Chen divorce - custody" in shown(card)


async def test_a_note_is_found_by_what_it_says_about_him(core, clio):
    card = await core.handle_text(
        ALICE, "he retired - that note about him only taking calls after 5pm is stale, delete it"
    )
    assert "Prefers phone calls after 5pm." in shown(card)
