"""The core against the sandbox: a write confirmed then in Clio, a question answered in place,
an update, an undo, a read, and a person with no Clio user."""

from __future__ import annotations

from bot.clio import ClioClient
from bot.clio import models as m
from bot.replies import Requester
from tests.assistant.conftest import ALICE, press, shown


async def entries(clio: ClioClient, note: str) -> list[m.Activity]:
    return [a async for a in clio.activities.list({"query": note}) if a.note and note in a.note]


async def task_named(clio: ClioClient, name: str) -> m.Task:
    [task] = [t async for t in clio.tasks.list({"query": name}) if t.name == name]
    return task


async def test_a_time_entry_is_written_once_confirmed(core, clio):
    card = await core.handle_text(ALICE, "log 1.5h on Smith v Jones yesterday drafting the reply")
    assert "Time entry · 1.5 h · Tue 17 Nov 2026 · 00042-Smith: Smith v Jones" in shown(card)
    assert await entries(clio, "drafting the reply") == []  # nothing before Confirm
    done = await press(core, card, "Create")
    assert "Created" in shown(done)
    [entry] = await entries(clio, "drafting the reply")
    assert entry.quantity == 5400
    assert str(entry.date) == "2026-11-17"
    assert entry.matter.display_number == "00042-Smith"
    assert entry.user.email == "alice@demo-firm.test"
    await press(core, card, "Create")  # a second press writes nothing
    assert len(await entries(clio, "drafting the reply")) == 1


async def test_a_missing_duration_is_asked_then_answered(core, clio):
    question = await core.handle_text(ALICE, "log time on 00042-Smith reviewing discovery")
    [ask] = [card.ask for card in question.cards if card.ask is not None]
    card = await core.handle_action(ALICE, ask.action, ask.value, answer="45 minutes")
    assert "0.75 h" in shown(card)
    await press(core, card, "Create")
    [entry] = await entries(clio, "reviewing discovery")
    assert entry.quantity == 2700


async def test_a_missing_matter_is_answered_by_typing_its_name(core, clio):
    question = await core.handle_text(ALICE, "log 1.2h drafting the discovery plan")
    [ask] = [card.ask for card in question.cards if card.ask is not None]
    card = await core.handle_action(ALICE, ask.action, ask.value, answer="the smith v jones one")
    assert "00042-Smith" in shown(card)
    await press(core, card, "Create")
    [entry] = await entries(clio, "drafting the discovery plan")
    assert entry.matter.display_number == "00042-Smith"


async def test_an_update_then_its_undo(core, clio):
    task = await task_named(clio, "Review lease amendments")
    card = await core.handle_text(ALICE, f"mark task {task.id} complete")
    assert "status pending → complete" in shown(card)
    assert (await clio.tasks.get(task.id)).status != "complete"  # nothing before Confirm
    done = await press(core, card, "Update")
    assert (await clio.tasks.get(task.id)).status == "complete"
    undone = await press(core, done, "Undo")
    assert "Undone" in shown(undone)
    assert (await clio.tasks.get(task.id)).status == task.status


async def test_undo_of_a_create_deletes_the_record(core, clio):
    card = await core.handle_text(ALICE, "log 0.2h on 00042-Smith call with opposing counsel")
    done = await press(core, card, "Create")
    assert len(await entries(clio, "call with opposing counsel")) == 1
    undone = await press(core, done, "Undo")
    assert "Undone" in shown(undone)
    assert await entries(clio, "call with opposing counsel") == []


async def test_a_read_answers_at_once_and_writes_nothing(core, transport):
    answer = await core.handle_text(ALICE, "my tasks due this week")
    assert "File response to motion" in shown(answer)
    assert "Review lease amendments" not in shown(answer)  # not Alice's to do this week
    methods = {method for method, _, _ in transport.requests}
    assert methods == {"GET"}


async def test_a_person_with_no_clio_user_reads_but_never_writes(core, clio):
    stranger = Requester(team_id="TCORE", user_id="USTRANGER", email="someone@elsewhere.test")
    matters = await core.handle_text(stranger, "find matters for Acme")
    assert "00038-Acme" in shown(matters)
    task = await task_named(clio, "Review lease amendments")
    refused = await core.handle_text(stranger, f"mark task {task.id} complete")
    assert "Writing to Clio needs your own Clio user" in shown(refused)
    assert not [b for card in refused.cards for b in card.buttons if b.label == "Update"]
    assert (await clio.tasks.get(task.id)).status != "complete"
