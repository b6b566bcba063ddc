"""A bot that stopped mid-confirm (kill -9): once its lease lapses, a click finds the write in
Clio and completes the card, or says plainly that the outcome is unknown; never a second write."""

from __future__ import annotations

import pytest

from bot.assistant.operations import COLLECTIONS
from bot.assistant.plans import Plan
from bot.clio import ClioClient, ClioNotFound
from bot.clio.resources import Creatable, Deletable, Updatable
from bot.store.confirmations import LEASE
from tests.slack.helpers import buttons, click, command, text_of
from tests.slack_fake import USER_ID

LAPSED = LEASE.total_seconds() / 60 + 1  # minutes


async def write(clio: ClioClient, plan: Plan) -> None:
    """The Clio write of `plan`, as the executor sends it."""
    collection = COLLECTIONS[plan.collection]
    resource = collection.resource(clio)
    if plan.action == "create":
        assert collection.create is not None and isinstance(resource, Creatable)
        await resource.create(collection.create.model_validate(plan.body))
    elif plan.action == "update":
        assert collection.update is not None and isinstance(resource, Updatable)
        assert plan.record_id is not None
        body = collection.update.model_validate(plan.body)
        await resource.update(plan.record_id, body, etag=plan.etag)
    else:
        assert plan.record_id is not None and isinstance(resource, Deletable)
        await resource.delete(plan.record_id)


async def crashed(runtime, card, *, wrote: bool) -> str:
    """Another instance claims the card's confirmation and is killed before it records the
    outcome: after Clio made the write (`wrote`) or before. The confirmation's key."""
    key = buttons(card)["confirm"]
    claim = await runtime.store.confirmations.claim(key, user_id=USER_ID, now=runtime.clock())
    assert claim.outcome == "claimed"
    if wrote:
        await write(runtime.clio, Plan.model_validate(claim.confirmation.plan))
    return key


def writes(traffic) -> int:
    return sum(1 for method, *_ in traffic.requests if method != "GET")


async def entries(runtime, note: str) -> list:
    return [a async for a in runtime.clio.activities.list({"query": note}) if a.note == note]


async def task_named(runtime, name: str):
    [task] = [t async for t in runtime.clio.tasks.list({"query": name}) if t.name == name]
    return task


async def test_after_the_write_the_card_completes_with_undo(
    bot, slack, runtime, clock, clio_traffic
):
    card = await command(bot, slack, "log 1h on 00042-Smith lease review")
    key = await crashed(runtime, card, wrote=True)
    waiting = await click(bot, slack, "confirm", key, name="waiting")
    assert "Already saving this one" in text_of(waiting)  # the lease still holds
    clock.advance(minutes=LAPSED)
    before = writes(clio_traffic)
    done = await click(bot, slack, "confirm", key)
    assert "Created" in text_of(done)
    assert "Time entry · 1 h" in text_of(done)
    [entry] = await entries(runtime, "lease review")
    assert f"activities/{entry.id}|Open in Clio" in text_of(done)
    assert writes(clio_traffic) == before  # found, not written again
    again = await click(bot, slack, "confirm", key, name="again")
    assert "Created" in text_of(again)
    assert writes(clio_traffic) == before
    undone = await click(bot, slack, "undo", buttons(done)["undo"], name="undo")
    assert "removed from Clio" in text_of(undone)
    assert await entries(runtime, "lease review") == []


async def test_without_the_write_the_outcome_is_unknown_with_a_link(
    bot, slack, runtime, clock, clio_traffic
):
    card = await command(bot, slack, "log 1h on 00042-Smith lease review")
    key = await crashed(runtime, card, wrote=False)
    plan = Plan.model_validate((await runtime.store.confirmations.get(key)).plan)
    other = {**plan.body, "note": "lease review, second pass"}  # the same but for its note
    await write(runtime.clio, plan.model_copy(update={"body": other}))
    refused = await click(bot, slack, "cancel", key, name="refused")
    assert "Already saving this one, so it can no longer be cancelled" in text_of(refused)
    clock.advance(minutes=LAPSED)
    before = writes(clio_traffic)
    unknown = await click(bot, slack, "confirm", key)
    shown = text_of(unknown)
    assert "the bot cannot tell from Clio whether it was saved" in shown
    assert "<http://sandbox.test/nc/#/activities|Check in Clio>" in shown
    assert not buttons(unknown)
    cancel = await click(bot, slack, "cancel", key, name="cancel")
    assert "cannot tell from Clio whether it was saved" in text_of(cancel)
    assert writes(clio_traffic) == before
    assert await entries(runtime, "lease review") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("task for me file motion due Friday high priority", "Task"),
        ("schedule hearing in Smith v Jones Nov 24 2-4pm at Courtroom 4", "Calendar entry"),
        ("note on Patel matter: client called about the will", "Matter note"),
        ("expense $45.20 parking for Smith v Jones on Nov 10", "Expense"),
    ],
)
async def test_each_kind_of_create_is_found(bot, slack, runtime, clock, clio_traffic, text, kind):
    card = await command(bot, slack, text)
    key = await crashed(runtime, card, wrote=True)
    clock.advance(minutes=LAPSED)
    before = writes(clio_traffic)
    done = await click(bot, slack, "confirm", key)
    assert "Created" in text_of(done)
    assert kind in text_of(done)
    assert writes(clio_traffic) == before


async def test_cancel_after_the_lease_finds_the_write_and_offers_undo(bot, slack, runtime, clock):
    card = await command(bot, slack, "log 0.5h on 00042-Smith call with expert")
    key = await crashed(runtime, card, wrote=True)
    clock.advance(minutes=LAPSED)
    found = await click(bot, slack, "cancel", key)
    assert "Created" in text_of(found)
    assert "undo" in buttons(found)
    assert len(await entries(runtime, "call with expert")) == 1


@pytest.mark.parametrize("wrote", [True, False])
async def test_an_update_is_found_by_its_etag(bot, slack, runtime, clock, clio_traffic, wrote):
    task = await task_named(runtime, "Send engagement letter")
    card = await command(bot, slack, f"mark task {task.id} complete")
    key = await crashed(runtime, card, wrote=wrote)
    clock.advance(minutes=LAPSED)
    before = writes(clio_traffic)
    answer = await click(bot, slack, "confirm", key)
    assert writes(clio_traffic) == before
    if wrote:
        assert "Updated" in text_of(answer)
        assert "undo" in buttons(answer)
        return
    assert "interrupted before Clio changed anything; confirm to try again" in text_of(answer)
    assert (await runtime.clio.tasks.get(task.id)).status == "pending"
    done = await click(bot, slack, "confirm", buttons(answer)["confirm"], name="done")
    assert "Updated" in text_of(done)
    assert (await runtime.clio.tasks.get(task.id)).status == "complete"
    assert writes(clio_traffic) == before + 1


@pytest.mark.parametrize("wrote", [True, False])
async def test_a_delete_is_found_by_the_record_being_gone(bot, slack, runtime, clock, wrote):
    task = await task_named(runtime, "Review lease amendments")
    card = await command(bot, slack, f"delete task {task.id}")
    key = await crashed(runtime, card, wrote=wrote)
    clock.advance(minutes=LAPSED)
    answer = await click(bot, slack, "cancel" if not wrote else "confirm", key)
    if wrote:
        assert "Deleted" in text_of(answer)
        with pytest.raises(ClioNotFound):
            await runtime.clio.tasks.get(task.id)
    else:  # Cancel after a crash before the delete: nothing was written, so it is cancelled
        assert "Cancelled: nothing was written to Clio." in text_of(answer)
        assert (await runtime.clio.tasks.get(task.id)).name == "Review lease amendments"
