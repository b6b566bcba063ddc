"""While Clio asks the bot to wait, every listener says so where the person is looking."""

from __future__ import annotations

from tests.slack.conftest import send
from tests.slack.helpers import command, reply, text_of
from tests.slack_fake import CHANNEL_ID, requests

BUSY = "Clio is busy, retrying"


async def test_a_mention_says_clio_is_busy_in_its_thread(bot, slack, runtime):
    runtime.sandbox.faults.add("GET", "/tasks", 429, retry_after=1)
    await send(bot, requests.app_mention("<@U0CLIOBOT> my tasks due this week"))
    [notice] = await slack.wait_for("chat.postEphemeral")
    assert BUSY in text_of(notice)
    assert notice.params["channel"] == CHANNEL_ID and notice.params["thread_ts"]
    [answer] = await slack.wait_for("chat.postMessage")
    assert "File response to motion" in text_of(answer)
    assert answer.params["thread_ts"] == notice.params["thread_ts"]


async def test_a_direct_message_says_clio_is_busy_once(bot, slack, runtime):
    runtime.sandbox.faults.add("GET", "/tasks", 429, retry_after=1)
    runtime.sandbox.faults.add("GET", "/tasks", 429, retry_after=1)
    await send(bot, requests.dm_message("my tasks due this week"))
    [answer] = await slack.wait_for("chat.postMessage")
    assert "File response to motion" in text_of(answer)
    notices = [c for c in slack.calls("chat.postEphemeral") if BUSY in text_of(c)]
    assert len(notices) == 1  # two waits, one note
    assert notices[0].params["channel"] == answer.params["channel"]


async def test_the_app_home_says_clio_is_busy_in_a_direct_message(bot, slack, runtime):
    runtime.sandbox.faults.add("GET", "/tasks", 429, retry_after=1)
    await send(bot, requests.app_home_opened())
    [published] = await slack.wait_for("views.publish")
    assert "File response to motion" in str(published.params["view"])
    [notice] = slack.calls("chat.postMessage")
    assert BUSY in text_of(notice)
    assert slack.calls("conversations.open")


async def test_a_typed_answer_says_clio_is_busy_through_its_response_url(bot, slack, runtime):
    question = await command(bot, slack, "log time on 00042-Smith drafting")
    [ask] = [b for b in question.params["blocks"] if b["type"] == "input"]
    runtime.sandbox.faults.add("*", "/", 429, retry_after=1)  # the next Clio call, whichever
    typed = requests.block_actions(
        "answer",
        "1h",
        block_id=ask["block_id"],
        action_type="plain_text_input",
        response_url=slack.response_url("answer"),
    )
    assert (await send(bot, typed)).status_code == 200
    notice = await reply(slack, "answer")
    assert BUSY in text_of(notice)
    answer = await reply(slack, "answer", 1)
    assert "Time entry · 1 h" in text_of(answer)
