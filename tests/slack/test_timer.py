"""The timer: start (a new time entry with the timer on it) and stop, both confirmed first."""

from __future__ import annotations

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
    assert entry.note == "drafting" and entry.matter.display_number == "00042-Smith"
    assert f"on time entry {entry.id}" in text_of(started) and "undo" not in buttons(started)

    clock.advance(minutes=45)
    running = await command(bot, slack, "is my timer running", name="running")
    assert "0.75 h so far" in text_of(running)
    card = await command(bot, slack, "stop timer", name="stop")
    assert "Stop Timer · running since" in text_of(card) and "edit" not in buttons(card)
    stopped = await click(bot, slack, "confirm", buttons(card)["confirm"], name="stopped")
    assert "Ran 0.75 h." in text_of(stopped) and f"Time entry {entry.id}" in text_of(stopped)
    assert await runtime.clio.timer.current() is None
    assert (await runtime.clio.activities.get(entry.id)).quantity == 45 * 60


async def test_stop_without_a_running_timer(bot, slack):
    card = await command(bot, slack, "stop timer")
    assert "No timer is running" in text_of(card) and "confirm" not in buttons(card)


async def test_start_asks_for_the_matter(bot, slack):
    card = await command(bot, slack, "start timer")
    assert "Which matter is the timer for?" in text_of(card)


async def test_starting_again_says_it_stops_the_running_one(bot, slack, runtime):
    first = await command(bot, slack, "start timer on 00039-Patel")
    await click(bot, slack, "confirm", buttons(first)["confirm"])
    running = await runtime.clio.timer.current()
    card = await command(bot, slack, "start timer on 00042-Smith research", name="second")
    assert f"stops the timer running on time entry {running.activity.id}" in text_of(card)
