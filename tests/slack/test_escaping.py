"""Text from people and Clio shows as typed: it never mentions, notifies or links in Slack.

Each surface gets every injection at once, from the person (typed in Slack, which sends `<` as
`&lt;`; or typed in a form, which sends it as is) or from Clio (a record's name, Clio's own error
message). What Slack reads as mrkdwn must hold each one escaped and none of them live; plain-text
fields (button labels, headers, a form's values) show them as typed.
"""

from __future__ import annotations

import json
from typing import Any

from bot.console import Console
from bot.mrkdwn import escape
from bot.replies import Requester
from tests.slack.conftest import PRIYA, send
from tests.slack.helpers import buttons, click, command, labelled, reply, state_of
from tests.slack_fake import USER_ID, requests

HOSTILE = ("<!channel>", "<!here>", "<!everyone>", f"<@{PRIYA}>", "<http://evil.test|Clio>")
TEXT = " ".join(HOSTILE)
TYPED = escape(TEXT)  # as Slack sends text a person typed with `<`, `>` and `&` in it
SMITH = 110005  # 00042-Smith: Smith v Jones
GARCIA = 110003  # 00040-Garcia
FILE_RESPONSE = 550001  # Alice's task "File response to motion", due this week
CONSOLE_USER = Requester(
    team_id="TCONSOLE",
    user_id="UCONSOLE",
    channel_id="CCONSOLE",
    email="alice@demo-firm.test",
    tz="America/New_York",
)


async def no_questions(prompt: str) -> str:
    raise AssertionError(f"the console asked: {prompt}")


def mrkdwn(payload: dict[str, Any]) -> str:
    """Everything Slack reads as mrkdwn in a message or view: its `text` and mrkdwn objects."""
    found = [payload["text"]] if isinstance(payload.get("text"), str) else []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "mrkdwn":
                found.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(payload.get("blocks", []))
    return "\n".join(found)


def assert_escaped(payload: dict[str, Any]) -> None:
    """Each injection shown as typed (escaped once), none of them live."""
    shown = mrkdwn(payload)
    for text in HOSTILE:
        assert escape(text) in shown, text
        assert text not in shown, text
    assert "<http://evil" not in shown
    assert "&amp;lt;" not in shown


def hostile_matter(runtime) -> None:
    """00042-Smith's description, as someone typed it in Clio."""
    matter = runtime.sandbox.get("matters", SMITH)
    runtime.sandbox.store.put("matters", {**matter, "description": f"Smith v Jones {TEXT}"})


async def test_confirmation_card_with_typed_text_and_clio_names(bot, slack, runtime):
    hostile_matter(runtime)
    card = await command(bot, slack, f"note on 00042-Smith: {TYPED}")
    assert_escaped(card.params)
    done = await click(bot, slack, "confirm", buttons(card)["confirm"])
    assert_escaped(done.params)


def hostile_matters(runtime) -> None:
    """Two matters whose descriptions only tell them apart after the hostile text."""
    for ident, which in ((SMITH, "one"), (GARCIA, "two")):
        matter = runtime.sandbox.get("matters", ident)
        runtime.sandbox.store.put("matters", {**matter, "description": f"Hostile {which} {TEXT}"})


async def test_question_buttons_show_clio_names_as_typed(bot, slack, runtime):
    hostile_matters(runtime)
    question = await command(bot, slack, "log 1h on Hostile drafting")
    assert "Which matter did you mean by “Hostile”?" in question.params["text"]
    picks = [b for label, b in labelled(question).items() if label.startswith("00042-Smith")]
    [pick] = picks  # a button's label is plain text: the name as typed, nothing to escape
    assert pick["text"]["type"] == "plain_text"
    assert pick["text"]["text"].startswith("00042-Smith: Hostile one <!channel> <!here>")
    assert not any(text in mrkdwn(question.params) for text in HOSTILE)
    picked = await click(bot, slack, pick["action_id"], pick["value"])
    assert "Time entry · 1 h" in picked.params["text"]
    assert_escaped(picked.params)

    asked = await command(bot, slack, f"move the review {TYPED} call to 4pm", name="asked")
    assert "“review" in asked.params["text"]  # the question quotes the person
    assert_escaped(asked.params)


async def test_a_typed_answer_is_echoed_escaped(bot, slack):
    question = await command(bot, slack, "log time on 00042-Smith drafting")
    [ask] = [b for b in question.params["blocks"] if b["type"] == "input"]
    typed = requests.block_actions(
        "answer",
        TEXT,  # an input's value arrives as typed, unescaped
        block_id=ask["block_id"],
        action_type="plain_text_input",
        response_url=slack.response_url("answer"),
    )
    assert (await send(bot, typed)).status_code == 200
    answer = await reply(slack, "answer")
    assert "Sorry, I couldn't read" in answer.params["text"]
    assert_escaped(answer.params)


async def test_clios_error_message_is_escaped(bot, slack, runtime):
    card = await command(bot, slack, "log 1h on 00042-Smith drafting")
    refusal = {"type": "ValidationError", "message": f"Note is invalid: {TEXT}"}
    runtime.sandbox.faults.add("POST", "/activities", 422, body={"error": refusal})
    refused = await click(bot, slack, "confirm", buttons(card)["confirm"])
    assert "Clio did not accept it: Note is invalid" in mrkdwn(refused.params)
    assert_escaped(refused.params)


async def test_search_results_and_the_query_are_escaped(bot, slack, runtime):
    hostile_matters(runtime)
    found = await command(bot, slack, "find matters Hostile")
    assert "00042-Smith" in found.params["text"] + json.dumps(found.params["blocks"])
    assert_escaped(found.params)
    [header] = [b for b in found.params["blocks"] if b["type"] == "header"]
    assert header["text"]["type"] == "plain_text"  # the query as typed, nothing to escape

    nothing = await command(bot, slack, f"find contacts {TYPED}", name="nothing")
    assert "No contacts" in nothing.params["text"]
    assert_escaped(nothing.params)


async def test_app_home_escapes_task_names(bot, slack, runtime):
    task = runtime.sandbox.get("tasks", FILE_RESPONSE)
    runtime.sandbox.store.put("tasks", {**task, "name": f"File response {TEXT}"})
    await send(bot, requests.app_home_opened())
    [published] = await slack.wait_for("views.publish")
    view = published.params["view"]
    assert "File response" in mrkdwn(view)
    assert_escaped(view)


async def test_edit_modal_shows_values_as_typed_and_the_edited_card_escapes_them(
    bot, slack, runtime
):
    hostile_matter(runtime)
    card = await command(bot, slack, f"note on 00042-Smith: {TYPED}", name="card")
    edit = requests.block_actions(
        "edit", buttons(card)["edit"], response_url=slack.response_url("card")
    )
    assert (await send(bot, edit)).status_code == 200
    [updated] = await slack.wait_for("views.update")
    view = updated.params["view"]
    fields = {b["block_id"]: b["element"] for b in view["blocks"] if b["type"] == "input"}
    assert fields["detail"]["initial_value"] == TEXT  # an input's value: as typed
    assert fields["ref:matter"]["initial_value"] == f"00042-Smith: Smith v Jones {TEXT}"
    assert view["title"] == {"type": "plain_text", "text": "Edit matter note", "emoji": True}
    assert not any(text in mrkdwn(view) for text in HOSTILE)

    changed = requests.view_submission(
        "edit",
        state_of(view, detail=f"{TEXT} again"),
        private_metadata=view["private_metadata"],
    )
    assert (await send(bot, changed)).status_code == 200
    edited = (await slack.wait_for("response_url", count=2))[-1]
    assert edited.params["replace_original"] is True
    assert "again" in edited.params["text"]
    assert_escaped(edited.params)


async def test_thread_replies_to_a_mention_are_escaped(bot, slack, runtime):
    hostile_matters(runtime)
    await send(bot, requests.app_mention("<@U0CLIOBOT> find matters Hostile"))
    [read] = await slack.wait_for("chat.postMessage")
    assert read.params["thread_ts"]
    assert "00042-Smith" in json.dumps(read.params["blocks"])
    assert_escaped(read.params)

    await send(bot, requests.app_mention(f"<@U0CLIOBOT> note on 00042-Smith: {TYPED}"))
    [card] = await slack.wait_for("chat.postEphemeral")
    assert card.params["thread_ts"]
    assert card.params["user"] == USER_ID
    assert_escaped(card.params)


async def test_the_bots_own_mention_stays_live(bot, slack, runtime):
    """Watching a matter with a hostile name: the requester is mentioned, the name is not."""
    hostile_matter(runtime)
    answer = await command(bot, slack, "watch matters for 00042-Smith")
    assert answer.params["response_type"] == "in_channel"
    assert f"<@{USER_ID}> set this channel to get matters" in answer.params["text"]
    assert f":bell: <@{USER_ID}> set this channel" in mrkdwn(answer.params)
    assert_escaped(answer.params)
    listing = await command(bot, slack, "watching", name="listing")
    assert f"set by <@{USER_ID}>" in mrkdwn(listing.params)
    assert_escaped(listing.params)


async def test_the_console_shows_the_same_text_as_typed(runtime):
    matter = runtime.sandbox.get("matters", SMITH)
    runtime.sandbox.store.put("matters", {**matter, "description": f"Smith & Jones {TEXT}"})
    shown: list[str] = []
    console = Console(runtime, CONSOLE_USER, shown.append)
    await console.handle("log 1h on 00042-Smith drafting", read=no_questions)
    [card] = shown
    assert f"00042-Smith: Smith & Jones {TEXT}" in card
    assert "&lt;" not in card
    assert "&amp;" not in card


async def test_a_record_and_a_raw_api_reply_are_escaped(bot, slack, runtime):
    hostile_matter(runtime)
    record = await command(bot, slack, "show matter 00042-Smith")
    assert "Matter 110005" in record.params["text"]
    assert_escaped(record.params)
    path = f"/api/v4/matters/{SMITH}.json?fields=description"
    raw = await command(bot, slack, f"api GET {path}", name="raw")
    assert "```" in mrkdwn(raw.params)  # Clio's reply in a code block: escaped there too
    assert_escaped(raw.params)
    none = await command(bot, slack, "damages on 00042-Smith", name="none")
    assert "No damages on 00042-Smith" in none.params["text"]
    assert_escaped(none.params)
    nobody = await command(bot, slack, f"find users {TYPED}", name="nobody")
    shown = mrkdwn(nobody.params)
    assert "No users" in shown
    assert escape(TEXT).lower() in shown
    assert "<" not in shown


async def test_default_matter_and_help_escape_the_matters_name(bot, slack, runtime):
    unknown = await command(bot, slack, f"default matter {TYPED}", name="unknown")
    assert "Which matter?" in unknown.params["text"]  # said as typed: Slack's escapes read once
    assert_escaped(unknown.params)
    hostile_matter(runtime)
    chosen = await command(bot, slack, "default matter 00042-Smith")
    assert chosen.params["response_type"] == "in_channel"
    assert_escaped(chosen.params)
    helped = await command(bot, slack, "help", name="help")
    assert "This channel's default matter is" in mrkdwn(helped.params)
    assert_escaped(helped.params)


async def test_damages_of_a_matter_are_listed_under_its_escaped_name(bot, slack, runtime):
    matter = runtime.sandbox.get("matters", GARCIA)
    runtime.sandbox.store.put("matters", {**matter, "description": f"Garcia {TEXT}"})
    listed = await command(bot, slack, "damages on 00040-Garcia")
    assert "Damages (00040-Garcia" in listed.params["text"]
    assert_escaped(listed.params)


async def test_a_timer_on_a_hostile_note(bot, slack, clock):
    card = await command(bot, slack, f"start timer on 00042-Smith {TYPED}")
    assert_escaped(card.params)
    await click(bot, slack, "confirm", buttons(card)["confirm"])
    clock.advance(minutes=30)
    running = await command(bot, slack, "is my timer running", name="running")
    assert "0.5 h so far" in running.params["text"] + mrkdwn(running.params)
    assert_escaped(running.params)
    stop = await command(bot, slack, "stop timer", name="stop")
    stopped = await click(bot, slack, "confirm", buttons(stop)["confirm"], name="stopped")
    assert "Ran 0.5 h." in mrkdwn(stopped.params)
    assert_escaped(stopped.params)


async def test_a_form_refused_after_it_closed_says_why_escaped(bot, slack, runtime):
    card = await command(bot, slack, "log 1h on 00042-Smith drafting", name="card")
    edit = requests.block_actions(
        "edit", buttons(card)["edit"], response_url=slack.response_url("edit")
    )
    assert (await send(bot, edit)).status_code == 200
    [updated] = await slack.wait_for("views.update")
    view = updated.params["view"]
    runtime.sandbox.faults.add("GET", "/matters", 429, retry_after=2)  # past Slack's 3 seconds
    changed = requests.view_submission(
        "edit", state_of(view, **{"ref:matter": TEXT}), private_metadata=view["private_metadata"]
    )
    answer = await send(bot, changed)
    assert answer.status_code == 200
    assert not answer.content.strip()  # the form closed
    seen = 0
    while "not saved" not in (refused := await reply(slack, "edit", seen)).params["text"]:
        seen += 1  # "Clio is busy" first
    assert "I couldn't find a matter matching" in refused.params["text"]
    assert_escaped(refused.params)
