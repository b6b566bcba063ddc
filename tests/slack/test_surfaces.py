"""DMs, mentions, the Edit modal, shortcuts and the App Home, end to end."""

from __future__ import annotations

import json

from tests.slack.conftest import send
from tests.slack.helpers import buttons, click, command, reply, state_of, text_of
from tests.slack_fake import CHANNEL_ID, USER_ID, requests


async def notes_with(runtime, text: str) -> list:
    return [
        a async for a in runtime.clio.activities.list({"query": text}) if text in (a.note or "")
    ]


async def test_direct_message_conversation(bot, slack, runtime):
    await send(bot, requests.dm_message("log 0.5h on 00042-Smith reviewing the docket"))
    [post] = await slack.wait_for("chat.postMessage")
    assert "Time entry · 0.5 h" in text_of(post)
    done = await click(bot, slack, "confirm", buttons(post)["confirm"])
    assert "Created" in text_of(done)
    assert len(await notes_with(runtime, "reviewing the docket")) == 1


async def test_redelivered_event_is_handled_once(bot, slack):
    event = requests.dm_message("my time today")
    await send(bot, event)
    await slack.wait_for("chat.postMessage")
    retry = requests.dm_message("my time today", retry_num=1)
    body = json.loads(retry.body)
    body["event_id"] = json.loads(event.body)["event_id"]
    again = requests.event_callback(body["event"], event_id=body["event_id"], retry_num=1)
    assert (await send(bot, again)).status_code == 200
    await slack.wait_for("users.info")
    assert len(slack.calls("chat.postMessage")) == 1


async def test_mention_answers_in_thread_privately_for_writes(bot, slack):
    await send(bot, requests.app_mention("<@U0CLIOBOT> log 1h on 00042-Smith trial prep"))
    [post] = await slack.wait_for("chat.postEphemeral")
    assert post.params["user"] == USER_ID
    assert post.params["thread_ts"]
    assert "Time entry · 1 h" in text_of(post)
    await send(bot, requests.app_mention("<@U0CLIOBOT> my tasks due this week"))
    [read] = await slack.wait_for("chat.postMessage")
    assert read.params["thread_ts"]
    assert "File response to motion" in text_of(read)


async def test_edit_modal_prefilled_validated_and_applied(bot, slack, runtime):
    card = await command(bot, slack, "log 1.5h on 00042-Smith drafting motion")
    edit = requests.block_actions(
        "edit",
        buttons(card)["edit"],
        response_url=slack.response_url("card"),
        channel_id=CHANNEL_ID,
    )
    assert (await send(bot, edit)).status_code == 200
    [opened] = await slack.wait_for("views.open")
    assert opened.params["view"]["blocks"][0]["text"]["text"] == "Loading…"
    [updated] = await slack.wait_for("views.update")
    view = updated.params["view"]
    fields = {b["block_id"]: b["element"] for b in view["blocks"]}
    assert fields["quantity"]["initial_value"] == "1.5"
    assert fields["date"]["initial_date"] == "2026-11-18"
    assert fields["ref:matter"]["initial_value"] == "00042-Smith: Smith v Jones"
    assert fields["note"]["initial_value"] == "drafting motion"

    bad = requests.view_submission(
        "edit", state_of(view, quantity="lots"), private_metadata=view["private_metadata"]
    )
    answer = await send(bot, bad)
    assert answer.json()["response_action"] == "errors"
    assert "quantity" in answer.json()["errors"]

    good = requests.view_submission(
        "edit",
        state_of(view, quantity="2", note="drafting amended motion"),
        private_metadata=view["private_metadata"],
    )
    assert (await send(bot, good)).status_code == 200
    edited = (await slack.wait_for("response_url", count=2))[-1]
    assert edited.url_name == "card"
    assert edited.params["replace_original"] is True
    assert "Time entry · 2 h" in text_of(edited)
    assert "drafting amended motion" in text_of(edited)
    await click(bot, slack, "confirm", buttons(edited)["confirm"])
    [entry] = await notes_with(runtime, "drafting amended motion")
    assert entry.quantity == 7200


async def test_global_shortcut_new_time_entry(bot, slack, runtime):
    await send(bot, requests.shortcut("new_time_entry"))
    [updated] = await slack.wait_for("views.update")
    view = updated.params["view"]
    state = state_of(view, quantity="0.4", note="calendar review", **{"ref:matter": "00042-Smith"})
    answer = await send(
        bot,
        requests.view_submission("time_entry", state, private_metadata=view["private_metadata"]),
    )
    assert answer.status_code == 200
    [post] = await slack.wait_for("chat.postMessage")
    assert slack.calls("conversations.open")  # the confirmation goes to a DM
    assert "Time entry · 0.4 h · Wed 18 Nov 2026 · 00042-Smith: Smith v Jones" in text_of(post)
    await click(bot, slack, "confirm", buttons(post)["confirm"])
    assert len(await notes_with(runtime, "calendar review")) == 1


async def test_message_shortcut_keeps_the_permalink(bot, slack, runtime):
    shortcut = requests.message_action(
        "log_time_from_message",
        "Called opposing counsel about discovery in 00042-Smith",
        "1795000000.000100",
        response_url=slack.response_url("shortcut"),
    )
    await send(bot, shortcut)
    [updated] = await slack.wait_for("views.update")
    view = updated.params["view"]
    fields = {b["block_id"]: b["element"] for b in view["blocks"]}
    assert "initial_value" not in fields["quantity"]  # no duration in the message: asked for
    assert fields["ref:matter"]["initial_value"] == "00042-Smith"
    metadata = view["private_metadata"]
    missing = requests.view_submission("time_entry", state_of(view), private_metadata=metadata)
    assert "quantity" in (await send(bot, missing)).json()["errors"]
    filled = requests.view_submission(
        "time_entry", state_of(view, quantity="0.3"), private_metadata=metadata
    )
    assert (await send(bot, filled)).status_code == 200
    post = await reply(slack, "shortcut")  # through the shortcut's own response_url
    assert post.params["response_type"] == "ephemeral"
    await click(bot, slack, "confirm", buttons(post)["confirm"])
    [entry] = await notes_with(runtime, "opposing counsel")
    permalink = slack.last("chat.getPermalink").response["permalink"]
    assert permalink in entry.note
    assert entry.quantity == 1080


async def test_app_home(bot, slack):
    await send(bot, requests.app_home_opened())
    [published] = await slack.wait_for("views.publish")
    shown = json.dumps(published.params["view"])
    assert "Connected to" in shown
    assert "Today" in shown
    assert "File response to motion" in shown
    assert "Send engagement letter" in shown
    assert "Review lease amendments" not in shown
