"""The timer: start (a new time entry with the timer on it) and stop, both confirmed first."""

from __future__ import annotations

import pytest

from tests.slack.helpers import buttons, click, command, text_of


async def test_start_then_stop_timer(bot, slack, runtime, clock):
    card = await command(bot, slack, "start timer on Smith v Jones drafting")
    shown = text_of(card)
    assert (
        "Start Timer · 00042-Smith: Smith v Jones · drafting · a new time entry for today" in shown
    )
    assert await runtime.clio.timer.current() is None  # nothing before Confirm
    started = await click(bot, slack, "confirm", buttons(card)["confirm"])
    timer = await runtime.clio.timer.current()
    assert timer is not None
    entry = await runtime.clio.activities.get(timer.activity.id)
    assert entry.note == "drafting"
    assert entry.matter.display_number == "00042-Smith"
    assert f"on time entry {entry.id}" in text_of(started)
    assert "undo" not in buttons(started)

    clock.advance(minutes=45)
    running = await command(bot, slack, "is my timer running", name="running")
    assert "0.75 h so far" in text_of(running)
    card = await command(bot, slack, "stop timer", name="stop")
    assert "Stop Timer · running since" in text_of(card)
    assert "edit" not in buttons(card)
    stopped = await click(bot, slack, "confirm", buttons(card)["confirm"], name="stopped")
    assert "Ran 0.75 h." in text_of(stopped)
    assert f"Time entry {entry.id}" in text_of(stopped)
    assert await runtime.clio.timer.current() is None
    assert (await runtime.clio.activities.get(entry.id)).quantity == 45 * 60


IDLE = ["not_found", "null", "empty"]  # Clio's undocumented answers: 404, null, {}


@pytest.mark.parametrize("idle", IDLE)
async def test_no_timer_running_however_clio_says_it(bot, slack, runtime, idle):
    runtime.sandbox.settings.idle_timer = idle
    running = await command(bot, slack, "is my timer running", name="running")
    assert "No timer is running." in text_of(running)
    card = await command(bot, slack, "stop timer")
    assert "No timer is running" in text_of(card)
    assert "confirm" not in buttons(card)


@pytest.mark.parametrize("idle", IDLE)
async def test_a_running_timer_is_found_and_stopped_with_each_idle_answer(
    bot, slack, runtime, clock, idle
):
    runtime.sandbox.settings.idle_timer = idle
    first = await command(bot, slack, "start timer on 00039-Patel")
    await click(bot, slack, "confirm", buttons(first)["confirm"])
    clock.advance(minutes=30)
    running = await command(bot, slack, "is my timer running", name="running")
    assert "0.5 h so far" in text_of(running)
    card = await command(bot, slack, "stop timer", name="stop")
    await click(bot, slack, "confirm", buttons(card)["confirm"], name="stopped")
    again = await command(bot, slack, "is my timer running", name="again")
    assert "No timer is running." in text_of(again)


async def test_start_asks_for_the_matter(bot, slack):
    card = await command(bot, slack, "start timer")
    assert "Which matter is the timer for?" in text_of(card)


async def test_starting_again_says_it_stops_the_running_one(bot, slack, runtime):
    first = await command(bot, slack, "start timer on 00039-Patel")
    await click(bot, slack, "confirm", buttons(first)["confirm"])
    running = await runtime.clio.timer.current()
    card = await command(bot, slack, "start timer on 00042-Smith research", name="second")
    assert f"stops the timer running on time entry {running.activity.id}" in text_of(card)
