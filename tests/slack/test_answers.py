"""Every answer Slack refuses is logged with Slack's error and said in words; a response_url's
5 posts in 30 minutes are counted, and an answer it can no longer carry comes another way."""

from __future__ import annotations

import logging

from tests.slack.conftest import send
from tests.slack.helpers import buttons, command, reply, state_of, text_of
from tests.slack_fake import CHANNEL_ID, USER_ID, requests

DM = "D" + USER_ID[1:]


async def test_a_refused_card_is_said_in_words(bot, slack, caplog):
    slack.fail("response_url", error="invalid_blocks")
    card = await command(bot, slack, "my tasks due this week")
    assert card.params["blocks"] == []  # the card's own text, and why the card is missing
    assert "Slack refused my answer (invalid_blocks)" in card.params["text"]
    assert "slack refused a response_url post: invalid_blocks (400)" in caplog.text


async def test_a_refused_ephemeral_is_logged_and_said_by_dm(bot, slack, caplog):
    caplog.set_level(logging.WARNING)
    slack.fail("chat.postEphemeral", error="not_in_channel")
    await send(bot, requests.app_mention("<@U0CLIOBOT> log 1h on 00042-Smith trial prep"))
    [told] = await slack.wait_for("chat.postMessage")
    assert told.params["channel"] == DM
    assert "I'm not a member of this channel" in told.params["text"]
    assert "/invite @clio" in told.params["text"]
    assert "slack refused chat.postEphemeral: not_in_channel" in caplog.text


async def test_busy_notices_leave_room_for_the_answer(bot, slack, runtime):
    for path in ("/users.json", "/users/340001", "/matters.json", "/users/340002", "/contacts"):
        runtime.sandbox.faults.add("GET", path, 429, retry_after=0)  # five Clio calls, each busy
    text = "schedule hearing in Smith v Jones Nov 24 2-4pm invite <@U0MARCUS1> and Ravi Patel"
    await send(bot, requests.slash_command(text, response_url=slack.response_url("busy")))
    posts = [await reply(slack, "busy")]
    while "Calendar entry" not in text_of(posts[-1]):
        posts.append(await reply(slack, "busy", len(posts)))
    assert "Create Calendar entry · hearing" in text_of(posts[-1])  # the answer, by its URL
    assert posts[:-1]  # the notices before the answer
    assert all("Clio is busy" in text_of(p) for p in posts[:-1])
    assert len(posts) == 4  # three notes: two posts stay for the answer and a problem with it
    assert slack.refused("response_url") == []


async def open_edit(bot, slack, card, **where):
    """Press Edit on `card` (a response_url named "edit"); the opened form."""
    seen = len(slack.calls("views.update"))
    click = requests.block_actions(
        "edit", buttons(card)["edit"], response_url=slack.response_url("edit"), **where
    )
    assert (await send(bot, click)).status_code == 200
    return (await slack.wait_for("views.update", count=seen + 1))[-1].params["view"]


async def test_an_edit_after_30_minutes_comes_by_direct_message(bot, slack):
    card = await command(bot, slack, "log 1.5h on 00042-Smith drafting motion")
    view = await open_edit(bot, slack, card, channel_id=CHANNEL_ID)
    slack.advance(31 * 60)  # the Edit click's response_url has expired
    submitted = requests.view_submission(
        "edit", state_of(view, quantity="2"), private_metadata=view["private_metadata"]
    )
    assert (await send(bot, submitted)).status_code == 200
    [dm] = await slack.wait_for("chat.postMessage")
    assert dm.params["channel"] == DM
    assert "Time entry · 2 h" in text_of(dm)
    assert "confirm" in buttons(dm)
    assert [c.error for c in slack.refused("response_url")] == ["expired_url"]


async def test_an_edit_after_30_minutes_updates_a_card_the_bot_posted(bot, slack):
    await send(bot, requests.dm_message("log 0.5h on 00042-Smith reviewing the docket"))
    [card] = await slack.wait_for("chat.postMessage")
    ts = card.response["ts"]
    view = await open_edit(bot, slack, card, channel_id=DM, message_ts=ts, ephemeral=False)
    slack.advance(31 * 60)
    submitted = requests.view_submission(
        "edit", state_of(view, quantity="0.75"), private_metadata=view["private_metadata"]
    )
    assert (await send(bot, submitted)).status_code == 200
    [updated] = await slack.wait_for("chat.update")
    assert (updated.params["channel"], updated.params["ts"]) == (DM, ts)
    assert "Time entry · 0.75 h" in text_of(updated)
    [shown] = slack.posted(DM)
    assert "Time entry · 0.75 h" in shown["text"] + str(shown["blocks"])
