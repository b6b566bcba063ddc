"""Modals on real Slack: their state server-side (a key in private_metadata), answers within
Slack's 3 seconds while Clio is slow, and the message shortcut where the bot is not a member."""

from __future__ import annotations

import asyncio
import datetime as dt
import time

import pytest

from bot.slack.listeners.shortcuts import NO_LINK
from bot.slack.modal_state import LIFETIME
from tests.slack.conftest import send
from tests.slack.helpers import buttons, click, command, reply, state_of, text_of
from tests.slack_fake import CHANNEL_ID, requests
from tests.slack_fake.blockkit import check_options

JAPANESE = ("相手方弁護士と証拠開示について電話で協議し、次回期日までの準備事項を確認した。" * 20)[
    :600
]


async def notes_with(runtime, text: str) -> list:
    return [a async for a in runtime.clio.activities.list({}) if text in (a.note or "")]


async def shortcut_form(bot, slack, text: str, channel: str = CHANNEL_ID) -> dict:
    """Use "Log time from message" on a message; the form it opens."""
    seen = len(slack.calls("views.update"))
    shortcut = requests.message_action(
        "log_time_from_message",
        text,
        "1795000000.000100",
        channel,
        response_url=slack.response_url("shortcut"),
    )
    assert (await send(bot, shortcut)).status_code == 200
    return (await slack.wait_for("views.update", count=seen + 1))[-1].params["view"]


async def submit(bot, view: dict, callback_id: str, **changes):
    sent = requests.view_submission(
        callback_id, state_of(view, **changes), private_metadata=view["private_metadata"]
    )
    return await send(bot, sent)


@pytest.mark.parametrize(
    ("channel", "kind", "linked"),
    [
        ("C0OUTSIDE", "public", True),  # Slack links public messages, but no ephemeral there
        ("G0SECRET1", "private", False),
        ("D0OTHERS1", "im", False),  # a DM between two people
    ],
)
async def test_log_time_from_a_conversation_the_bot_is_not_in(
    bot, slack, runtime, channel, kind, linked
):
    slack.add_channel(channel, "elsewhere", kind=kind, member=False)
    view = await shortcut_form(bot, slack, "Reviewed the lease for 00042-Smith", channel)
    shown = str(view["blocks"])
    assert (NO_LINK in shown) is not linked
    answer = await submit(bot, view, "time_entry", quantity="0.4")
    assert answer.status_code == 200
    assert not answer.content.strip()
    card = await reply(slack, "shortcut")  # the shortcut's response_url: no membership needed
    assert "Time entry · 0.4 h" in text_of(card)
    await click(bot, slack, "confirm", buttons(card)["confirm"])
    [entry] = await notes_with(runtime, "Reviewed the lease")
    assert ("/archives/" in entry.note) is linked
    assert slack.calls("chat.postEphemeral") == []
    refused = {c.error for c in slack.refused()}
    assert refused == (set() if linked else {"channel_not_found"})  # only the link was refused


async def test_a_600_character_japanese_message_opens_and_edits(bot, slack, runtime):
    view = await shortcut_form(bot, slack, f"00042-Smith {JAPANESE}")
    assert len(view["private_metadata"]) <= 64  # a key, not the message
    answer = await submit(bot, view, "time_entry", quantity="1")
    assert answer.status_code == 200
    card = await reply(slack, "shortcut")
    edit = requests.block_actions(
        "edit", buttons(card)["edit"], response_url=slack.response_url("edit")
    )
    assert (await send(bot, edit)).status_code == 200
    [_, edited_view] = await slack.wait_for("views.update", count=2)
    form = edited_view.params["view"]
    assert len(form["private_metadata"]) <= 64
    assert (await submit(bot, form, "edit", quantity="1.2")).status_code == 200
    edited = await reply(slack, "edit")
    assert "Time entry · 1.2 h" in text_of(edited)
    await click(bot, slack, "confirm", buttons(edited)["confirm"])
    [entry] = await notes_with(runtime, JAPANESE[:40])
    assert JAPANESE in entry.note
    assert "/archives/" in entry.note


async def test_an_expired_form_says_so(bot, slack, runtime):
    view = await shortcut_form(bot, slack, "Call with 00042-Smith")
    await runtime.store.drafts.purge(now=runtime.clock() + LIFETIME + dt.timedelta(seconds=1))
    answer = await submit(bot, view, "time_entry", quantity="0.2")
    assert answer.json()["response_action"] == "update"
    assert "expired" in str(answer.json()["view"]["blocks"])


async def test_a_form_is_answered_at_once_while_clio_is_slow(bot, slack, runtime):
    card = await command(bot, slack, "log 1.5h on 00042-Smith drafting motion")
    edit = requests.block_actions(
        "edit", buttons(card)["edit"], response_url=slack.response_url("edit")
    )
    assert (await send(bot, edit)).status_code == 200
    [updated] = await slack.wait_for("views.update")
    runtime.sandbox.faults.add("GET", "/matters", 429, retry_after=3)  # Clio busy for 3 s
    started = time.monotonic()
    answer = await submit(bot, updated.params["view"], "edit", **{"ref:matter": "00039-Patel"})
    assert time.monotonic() - started < 2.5  # Slack's 3 seconds, with room
    assert answer.status_code == 200
    assert not answer.content.strip()  # the form closes
    seen = 0
    while "00039-Patel" not in text_of(edited := await reply(slack, "edit", seen)):
        seen += 1  # "Clio is busy" first
    assert "Time entry · 1.5 h" in text_of(edited)
    assert edited.params["replace_original"]


async def test_search_options_come_within_the_deadline(bot, slack, runtime):
    card = await command(bot, slack, "log 30 min research")
    picker = next(
        b for b in card.params["blocks"] if b.get("block_id", "").startswith("pick_search:")
    )

    async def suggest(typed: str):
        started = time.monotonic()
        answer = await send(
            bot, requests.block_suggestion("pick_search", typed, block_id=picker["block_id"])
        )
        assert check_options(answer.json()) == []
        return time.monotonic() - started, [o["text"]["text"] for o in answer.json()["options"]]

    _, first = await suggest("Pat")
    assert "00039-Patel: Patel estate planning" in first
    runtime.sandbox.faults.add("GET", "/matters", 429, retry_after=3)
    took, partial = await suggest("Pate")
    assert took < 2.5
    assert partial == ["00039-Patel: Patel estate planning"]  # from "Pat", narrowed
    await asyncio.sleep(3)  # the search went on; once done, it is served as found
    took, found = await suggest("Pate")
    assert took < 0.5
    assert found == ["00039-Patel: Patel estate planning"]
