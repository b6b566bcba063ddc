"""Tasks, calendar entries, notes and matters: confirmed, executed once, undone."""

from __future__ import annotations

import datetime as dt

from bot.clio import ClioNotFound
from bot.clio import models as m
from tests.slack.helpers import buttons, click, command, text_of


def button(call, action_id: str) -> dict:
    return next(
        e
        for b in call.params["blocks"]
        for e in b.get("elements", [])
        if e.get("action_id") == action_id
    )


async def confirm(bot, slack, text: str) -> tuple:
    card = await command(bot, slack, text)
    done = await click(bot, slack, "confirm", buttons(card)["confirm"])
    assert "Created" in text_of(done) or "Updated" in text_of(done) or "Deleted" in text_of(done)
    return card, done


async def find_task(runtime, name: str) -> m.Task:
    [task] = [t async for t in runtime.clio.tasks.list({"query": name}) if t.name == name]
    return task


async def test_create_task(bot, slack, runtime):
    card, _ = await confirm(bot, slack, "task for me file motion due Friday high priority")
    assert "Task · file motion · due Fri 20 Nov 2026 · High priority · for Alice" in text_of(card)
    task = await find_task(runtime, "file motion")
    assert task.priority == "High"
    assert str(task.due_at) == "2026-11-20"
    assert task.assignee.name.startswith("Alice")


async def test_complete_then_undo_restores_guarded_by_etag(bot, slack, runtime):
    task = await find_task(runtime, "Send engagement letter")
    card, done = await confirm(bot, slack, f"mark task {task.id} complete")
    assert "status pending → complete" in text_of(card)
    assert (await runtime.clio.tasks.get(task.id)).status == "complete"
    undone = await click(bot, slack, "undo", buttons(done)["undo"], name="undo")
    assert "previous values are back" in text_of(undone)
    assert (await runtime.clio.tasks.get(task.id)).status == "pending"


async def test_undo_refuses_when_the_record_changed_since(bot, slack, runtime):
    task = await find_task(runtime, "Review lease amendments")
    _, done = await confirm(bot, slack, f"mark task {task.id} complete")
    await runtime.clio.tasks.update(task.id, m.TaskUpdate(name="Review lease (changed in Clio)"))
    refused = await click(bot, slack, "undo", buttons(done)["undo"], name="undo")
    assert "changed in Clio since" in text_of(refused)
    assert (await runtime.clio.tasks.get(task.id)).status == "complete"


async def test_reassign_task_to_a_mentioned_colleague(bot, slack, runtime):
    task = await find_task(runtime, "Send engagement letter")
    card, _ = await confirm(bot, slack, f"reassign task {task.id} to <@U0MARCUS1>")
    assert "→ Marcus" in text_of(card)
    assert (await runtime.clio.tasks.get(task.id)).assignee.name.startswith("Marcus")


async def test_a_typed_at_name_is_still_a_colleague(bot, slack, runtime):
    """Slack escapes mentions picked from its list (`<@U…|name>`); one typed out stays `@marcus`."""
    task = await find_task(runtime, "Send engagement letter")
    card, _ = await confirm(bot, slack, f"reassign task {task.id} to @marcus")
    assert "→ Marcus" in text_of(card)
    assert (await runtime.clio.tasks.get(task.id)).assignee.name.startswith("Marcus")
    again = await command(bot, slack, f"reassign task {task.id} to <@U0PRIYA01|priya>", "again")
    assert "→ Priya" in text_of(again)
    nobody = await command(bot, slack, f"reassign task {task.id} to @zelda", "nobody")
    assert "Zelda" not in text_of(nobody)
    assert "couldn't find" in text_of(nobody)


async def test_delete_is_danger_styled_confirmed_and_final(bot, slack, runtime):
    task = await find_task(runtime, "Review lease amendments")
    card = await command(bot, slack, f"delete task {task.id}")
    delete = button(card, "confirm")
    assert delete["style"] == "danger"
    assert "confirm" in delete  # Slack's own "are you sure?"
    assert "Deletes are final" in text_of(card)
    assert "edit" not in buttons(card)
    done = await click(bot, slack, "confirm", delete["value"])
    assert "Deleted" in text_of(done)
    assert "undo" not in buttons(done)
    try:
        await runtime.clio.tasks.get(task.id)
        raise AssertionError("the task should be gone")
    except ClioNotFound:
        pass


async def test_calendar_entry_with_range_and_location(bot, slack, runtime):
    card, _ = await confirm(
        bot, slack, "schedule hearing in Smith v Jones Nov 24 2-4pm at Courtroom 4"
    )
    assert "Calendar entry · hearing · Tue 24 Nov 2026 2 PM–4 PM · at Courtroom 4" in text_of(card)
    entries = [
        e
        async for e in runtime.clio.calendar_entries.list(
            {"from": "2026-11-24T00:00:00-05:00", "to": "2026-11-25T00:00:00-05:00"}
        )
        if e.summary == "hearing"
    ]
    [entry] = entries
    tz = dt.timezone(dt.timedelta(hours=-5))
    assert entry.start_at == dt.datetime(2026, 11, 24, 14, tzinfo=tz)
    assert entry.end_at == dt.datetime(2026, 11, 24, 16, tzinfo=tz)
    assert entry.location == "Courtroom 4"
    assert entry.matter.display_number == "00042-Smith"


async def test_matter_note(bot, slack, runtime):
    card, _ = await confirm(bot, slack, "note on Patel matter: client called about the will")
    assert "Matter note · client called about the will · 00039-Patel" in text_of(card)
    notes = [
        n
        async for n in runtime.clio.notes.list({"type": "Matter"})
        if n.detail == "client called about the will"
    ]
    assert len(notes) == 1
    assert notes[0].matter.display_number == "00039-Patel"


async def test_close_matter_and_undo(bot, slack, runtime):
    card, done = await confirm(bot, slack, "close the Patel matter")
    assert "00039-Patel: Patel estate planning · status → closed" in text_of(card)
    [patel] = [x async for x in runtime.clio.matters.list({"query": "00039-Patel"})]
    assert patel.status == "Closed"
    await click(bot, slack, "undo", buttons(done)["undo"], name="undo")
    assert (await runtime.clio.matters.get(patel.id)).status == "Open"
