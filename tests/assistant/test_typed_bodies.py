"""The typed intent in the draft, and the write model checked before the card: a stored draft
reads back as an `Intent`, and a body Clio would refuse is said in words, with no card."""

from __future__ import annotations

from bot.assistant.drafts import DraftState
from bot.clio import ClioClient
from intents.model import Intent
from tests.assistant.conftest import ALICE, NOW, shown
from tests.assistant.test_conversation import task_named


async def asked_for_the_task(core, text: str) -> tuple[str, str, str]:
    """A task update with no task named: (the question's action, its value, the draft key)."""
    question = await core.handle_text(ALICE, text)
    [ask] = [card.ask for card in question.cards if card.ask is not None]
    return ask.action, ask.value, ask.value.split("|")[0]


async def test_a_stored_draft_reads_back_as_the_typed_intent(core):
    _, _, key = await asked_for_the_task(core, "set priority of task to high")
    stored = await core.store.drafts.get(key, user_id=ALICE.user_id, now=NOW)
    assert stored is not None
    draft = DraftState.model_validate(stored)
    assert isinstance(draft.intent, Intent)
    assert draft.intent.resource == "tasks"
    assert draft.intent.fields == {"priority": "High"}


async def test_a_valid_body_gets_its_card(core, clio: ClioClient):
    task = await task_named(clio, "Review lease amendments")
    action, value, _ = await asked_for_the_task(core, "set priority of task to high")
    card = await core.handle_action(ALICE, action, value, answer=str(task.id))
    assert "priority Low → High" in shown(card)
    assert [b.label for c in card.cards for b in c.buttons][:1] == ["Update"]


async def test_an_invalid_body_is_refused_before_the_card(core, clio: ClioClient):
    task = await task_named(clio, "Review lease amendments")
    action, value, key = await asked_for_the_task(core, "set priority of task to high")
    stored = await core.store.drafts.get(key, user_id=ALICE.user_id, now=NOW)
    assert stored is not None
    stored["intent"]["fields"]["priority"] = "Urgent"  # not a priority Clio knows
    await core.store.drafts.save(key, stored)
    reply = await core.handle_action(ALICE, action, value, answer=str(task.id))
    assert "can't send that task to Clio" in shown(reply)
    assert "priority" in shown(reply)
    assert [b for c in reply.cards for b in c.buttons] == []  # no card to confirm
    assert (await clio.tasks.get(task.id)).priority == task.priority
