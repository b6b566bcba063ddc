"""Get, update and delete of time entries, calendar entries and matter notes; overdue tasks."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.clio import ClioNotFound
from tests.slack.helpers import buttons, click, command, items, text_of


async def confirmed(bot, slack, text: str):
    card = await command(bot, slack, text)
    done = await click(bot, slack, "confirm", buttons(card)["confirm"])
    return card, done


async def test_expense_entry(bot, slack, runtime):
    card, _ = await confirmed(bot, slack, "expense $45.20 parking for Smith v Jones on Nov 10")
    assert "Expense · $45.20 · Tue 10 Nov 2026 · 00042-Smith: Smith v Jones · parking" in text_of(
        card
    )
    [entry] = [
        a
        async for a in runtime.clio.activities.list({"type": "ExpenseEntry"})
        if a.note == "parking"
    ]
    assert entry.price == 45.2
    assert str(entry.date) == "2026-11-10"


async def test_time_entry_get_update_undo_delete(bot, slack, runtime):
    shown = await command(bot, slack, "show time entry 440010", name="show")
    assert "Time entry 440010" in text_of(shown)
    assert "0.5 h" in text_of(shown)

    card, done = await confirmed(bot, slack, "change time entry 440010 to 2h")
    assert "→ 2 h" in text_of(card)
    assert (await runtime.clio.activities.get(440010)).quantity == 7200
    await click(bot, slack, "undo", buttons(done)["undo"], name="undo")
    assert (await runtime.clio.activities.get(440010)).quantity == 1800

    await confirmed(bot, slack, "update time entry 440010 note: call with GC about renewal")
    assert (await runtime.clio.activities.get(440010)).note == "call with GC about renewal"

    await confirmed(bot, slack, "delete time entry 440010")
    with pytest.raises(ClioNotFound):
        await runtime.clio.activities.get(440010)


async def first_entry(runtime):
    entries = [e async for e in runtime.clio.calendar_entries.list() if not e.recurrence_rule]
    return entries[0]


async def test_calendar_entry_get_move_delete(bot, slack, runtime):
    entry = await first_entry(runtime)
    shown = await command(bot, slack, f"show calendar entry {entry.id}", name="show")
    assert entry.summary in text_of(shown)

    await confirmed(bot, slack, f"move calendar entry {entry.id} to 4pm")
    moved = await runtime.clio.calendar_entries.get(entry.id)
    local = moved.start_at.astimezone(dt.timezone(dt.timedelta(hours=-5)))
    assert (local.hour, local.date()) == (16, entry.start_at.astimezone(local.tzinfo).date())
    assert (
        moved.end_at - moved.start_at == entry.end_at - entry.start_at
        or moved.end_at > moved.start_at
    )

    await confirmed(bot, slack, f"delete calendar entry {entry.id}")
    with pytest.raises(ClioNotFound):
        await runtime.clio.calendar_entries.get(entry.id)


async def test_matter_note_get_update_delete(bot, slack, runtime):
    [note] = [n async for n in runtime.clio.notes.list({"type": "Matter"})][:1]
    shown = await command(bot, slack, f"show note {note.id}", name="show")
    assert f"note {note.id}" in text_of(shown).lower()

    await confirmed(bot, slack, f"update note {note.id} to client prefers email")
    assert (await runtime.clio.notes.get(note.id)).detail == "client prefers email"

    await confirmed(bot, slack, f"delete note {note.id}")
    with pytest.raises(ClioNotFound):
        await runtime.clio.notes.get(note.id)


async def test_overdue_tasks(bot, slack, clio_traffic):
    card = await command(bot, slack, "my overdue tasks")
    assert any("File response to motion" in line for line in items(card))
    assert not any("Send engagement letter" in line for line in items(card))  # due today
    [url] = [u for m, u, _ in clio_traffic.requests if u.path.endswith("/tasks.json")]
    assert url.params["due_at_to"] == "2026-11-17"
    assert url.params["complete"] == "false"
