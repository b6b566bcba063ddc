"""Open questions and button lifetime: an answer is read for the asked field only, what does not
fit is a change or a new request, and a card's buttons (Undo included) outlive later messages."""

from __future__ import annotations

from tests.slack.conftest import send
from tests.slack.helpers import buttons, click, command, reply, text_of
from tests.slack.test_writes import find_task
from tests.slack_fake import requests


async def answer(bot, slack, question, text: str, name: str = "answer"):
    """Type `text` into the question's answer box, as Slack sends it."""
    [box] = [b for b in question.params["blocks"] if b["type"] == "input"]
    seen = len(slack.responses(name))
    typed = requests.block_actions(
        "answer",
        text,
        block_id=box["block_id"],
        action_type="plain_text_input",
        response_url=slack.response_url(name),
    )
    assert (await send(bot, typed)).status_code == 200
    return await reply(slack, name, seen)


async def test_a_change_to_the_request_is_not_taken_as_the_asked_value(bot, slack, runtime):
    question = await command(bot, slack, "task for me due friday")
    assert "What is the task?" in text_of(question)
    again = await answer(bot, slack, question, "make it monday")
    assert "What is the task?" in text_of(again)  # the change is made, the question stays
    card = await answer(bot, slack, again, "call the court clerk", name="named")
    assert "call the court clerk · due Mon 23 Nov 2026" in text_of(card)
    done = await click(bot, slack, "confirm", buttons(card)["confirm"])
    assert "Created" in text_of(done)
    assert not [t async for t in runtime.clio.tasks.list({"query": "make it"})]


async def test_a_request_typed_into_a_note_question_is_a_new_request(bot, slack, runtime):
    question = await command(bot, slack, "add task")
    assert "What is the task?" in text_of(question)
    listed = await answer(bot, slack, question, "my tasks due this week")
    assert "Tasks (you" in text_of(listed)
    assert not [t async for t in runtime.clio.tasks.list({"query": "my tasks due"})]


async def test_a_change_question_reads_the_change_never_a_status(bot, slack, runtime):
    task = await find_task(runtime, "Send engagement letter")
    question = await command(bot, slack, f"update task {task.id}")
    assert "What should change on this task?" in text_of(question)
    card = await answer(bot, slack, question, "assign to marcus")
    assert "→ Marcus" in text_of(card)
    assert "status" not in text_of(card)
    done = await click(bot, slack, "confirm", buttons(card)["confirm"])
    assert "Updated" in text_of(done)
    saved = await runtime.clio.tasks.get(task.id)
    assert saved.assignee.name.startswith("Marcus")
    assert saved.status == "pending"


async def test_an_answer_that_fits_nothing_keeps_the_question(bot, slack, runtime):
    task = await find_task(runtime, "Send engagement letter")
    question = await command(bot, slack, f"update task {task.id}")
    said = await answer(bot, slack, question, "reviewing the contract")
    assert "couldn't read" in text_of(said)
    card = await answer(bot, slack, question, "complete", name="again")
    assert "status pending → complete" in text_of(card)


async def test_undo_still_works_after_more_messages(bot, slack, runtime):
    card = await command(bot, slack, "log 0.4h on 00042-Smith calling the clerk")
    done = await click(bot, slack, "confirm", buttons(card)["confirm"])
    [entry] = [a async for a in runtime.clio.activities.list({"query": "calling the clerk"})]
    await command(bot, slack, "my time today", name="later")
    other = await command(bot, slack, "log 1h on 00042-Smith drafting", name="other")
    assert "confirm" in buttons(other)
    undone = await click(bot, slack, "undo", buttons(done)["undo"], name="undo")
    assert "Undone" in text_of(undone)
    assert not [a async for a in runtime.clio.activities.list({"query": "calling the clerk"})]
    assert entry.id
    created = await click(bot, slack, "confirm", buttons(other)["confirm"], name="late")
    assert "Created" in text_of(created)  # the earlier card's Confirm still works too


async def test_a_correction_typed_after_a_card_changes_that_card(bot, slack, runtime):
    card = await command(bot, slack, "log 2h on 00040-Garcia drafting demand letter")
    assert "Time entry · 2 h" in text_of(card)
    changed = await command(bot, slack, "make it 2.5h", name="changed")
    assert "Time entry · 2.5 h" in text_of(changed)
    assert buttons(changed)["confirm"] == buttons(card)["confirm"]  # the same confirmation
    done = await click(bot, slack, "confirm", buttons(changed)["confirm"])
    assert "Created" in text_of(done)
    [entry] = [a async for a in runtime.clio.activities.list({"query": "demand letter"})]
    assert (entry.quantity, entry.note) == (9000, "drafting demand letter")
