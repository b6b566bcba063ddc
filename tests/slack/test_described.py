"""Records by description from Slack: a task named by its words, written after one confirmation,
then a typed "undo" reversing the last confirmed write."""

from __future__ import annotations

from tests.slack.helpers import buttons, click, command, text_of
from tests.slack.test_writes import confirm, find_task


async def test_a_task_by_description_then_a_typed_undo(bot, slack, runtime):
    task = await find_task(runtime, "Send engagement letter")
    card, _ = await confirm(bot, slack, "mark the engagement letter task done")
    assert "status pending → complete" in text_of(card)
    assert (await runtime.clio.tasks.get(task.id)).status == "complete"
    await command(bot, slack, "my tasks due this week")  # a message in between
    undone = await command(bot, slack, "undo")
    assert "previous values are back" in text_of(undone)
    assert (await runtime.clio.tasks.get(task.id)).status == "pending"
    again = await command(bot, slack, "undo")
    assert "nothing of yours to undo" in text_of(again)


async def test_a_description_fitting_several_asks_with_buttons(bot, slack, runtime):
    await confirm(bot, slack, "task for me file motion due Friday")
    card = await command(bot, slack, "mark the motion task done")
    assert "Which task did you mean" in text_of(card)
    choice = next(k for k in buttons(card) if k != "cancel")
    chosen = await click(bot, slack, choice, buttons(card)[choice])
    assert "→ complete" in text_of(chosen)
