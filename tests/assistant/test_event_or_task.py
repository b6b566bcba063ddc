"""Rule "a task named like an appointment": a move to a day with no record word that no calendar
entry fits is planned for the one task the words name; when none fits, the calendar's question
stands."""

from __future__ import annotations

from tests.assistant.conftest import ALICE, press, shown


async def _task(clio, name: str):
    [task] = [t async for t in clio.tasks.list({}) if t.name == name]
    return task


async def test_a_task_moved_to_a_day_without_the_word_task(core, clio):
    card = await core.handle_text(ALICE, "push review lease amendments to 12/18")
    assert "Review lease amendments" in shown(card)
    await press(core, card, "Update")
    task = await _task(clio, "Review lease amendments")
    assert task.due_at is not None and task.due_at.isoformat()[:10] == "2026-12-18"


async def test_neither_an_entry_nor_a_task_asks_about_the_calendar(core, clio):
    reply = await core.handle_text(ALICE, "push the zebra gala to 12/18")
    assert "calendar" in shown(reply).lower()


async def test_a_word_a_task_shares_is_no_task_named(core, clio):
    reply = await core.handle_text(ALICE, "push the trust signing to 12/18")
    assert "calendar" in shown(reply).lower()


async def test_a_move_to_a_time_stays_an_appointments(core, clio):
    reply = await core.handle_text(ALICE, "push review lease amendments to 12/18 at 3pm")
    assert "calendar" in shown(reply).lower()
