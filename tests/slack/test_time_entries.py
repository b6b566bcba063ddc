"""Quick time entries from /clio: parse, resolve, confirm, execute once, undo."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from bot.runtime import Runtime
from bot.server import create_server
from bot.store import Store
from tests.slack.conftest import send
from tests.slack.helpers import buttons, click, command, labelled, reply, text_of
from tests.slack_fake import SlackUser, requests


async def entries(runtime, note: str):
    return [
        a async for a in runtime.clio.activities.list({"query": note}) if a.note and note in a.note
    ]


async def test_log_confirm_undo(bot, slack, runtime):
    card = await command(
        bot, slack, "log 1.5h on Smith v Jones yesterday drafting motion to dismiss"
    )
    shown = text_of(card)
    assert "Time entry · 1.5 h · Tue 17 Nov 2026 · 00042-Smith: Smith v Jones" in shown
    assert "drafting motion to dismiss · billable" in shown
    assert card.params["response_type"] == "ephemeral"
    assert await entries(runtime, "drafting motion to dismiss") == []  # nothing before Confirm

    key = buttons(card)["confirm"]
    done = await click(bot, slack, "confirm", key)
    assert "Created" in text_of(done)
    assert "Open in Clio" in text_of(done)
    assert done.params.get("replace_original") is True
    [entry] = await entries(runtime, "drafting motion to dismiss")
    assert entry.quantity == 5400
    assert str(entry.date) == "2026-11-17"
    assert entry.matter.display_number == "00042-Smith"
    assert entry.user.email == "alice@demo-firm.test"

    undone = await click(bot, slack, "undo", buttons(done)["undo"], name="undo")
    assert "Undone" in text_of(undone)
    assert await entries(runtime, "drafting motion to dismiss") == []
    again = await click(bot, slack, "undo", buttons(done)["undo"], name="undo2")
    assert "already undone" in text_of(again)


def retry(num: int) -> requests.SignOptions:
    """Slack's retry header for a retry (`num` > 0), none for a first delivery."""
    return {"retry_num": num} if num else {}


async def test_double_click_retry_and_two_instances_write_once(bot, slack, runtime):
    card = await command(bot, slack, "log 0.3 on 00042-Smith call with client re settlement")
    key = buttons(card)["confirm"]
    clicks = [
        send(
            bot,
            requests.block_actions(
                "confirm",
                key,
                response_url=slack.response_url(f"c{i}"),
                **retry(i % 2),  # every other click a retry
            ),
        )
        for i in range(6)
    ]
    assert [r.status_code for r in await asyncio.gather(*clicks)] == [200] * 6
    for i in range(6):
        await reply(slack, f"c{i}")
    assert len(await entries(runtime, "call with client re settlement")) == 1


async def test_confirmation_expires_after_15_minutes(bot, slack, runtime, clock):
    card = await command(bot, slack, "log 2h on Patel estate planning reviewing the will")
    clock.advance(minutes=16)
    expired = await click(bot, slack, "confirm", buttons(card)["confirm"])
    assert "expired" in text_of(expired)
    assert await entries(runtime, "reviewing the will") == []


async def test_cancel_writes_nothing(bot, slack, runtime):
    card = await command(bot, slack, "log 45m on 00042-Smith research")
    cancelled = await click(bot, slack, "cancel", buttons(card)["cancel"])
    assert "Cancelled" in text_of(cancelled)
    late = await click(bot, slack, "confirm", buttons(card)["confirm"], name="late")
    assert "Cancelled" in text_of(late)
    assert await entries(runtime, "research") == []


async def test_ambiguous_matter_asks_with_buttons(bot, slack, runtime):
    card = await command(bot, slack, "log 1h on Acme reviewing contract")
    shown = text_of(card)
    assert "Which matter" in shown
    assert "00038-Acme" in shown
    assert "00049-Acme" in shown
    picks = [e for e in labelled(card).values() if e["action_id"].startswith("pick")]
    assert len({e["action_id"] for e in picks}) == len(picks) >= 2  # unique in their block
    chosen = next(p for p in picks if "00049-Acme" in p["text"]["text"])
    confirm = await click(bot, slack, chosen["action_id"], chosen["value"])
    assert "Time entry · 1 h" in text_of(confirm)
    assert "00049-Acme" in text_of(confirm)


async def test_missing_duration_is_asked_in_place(bot, slack, runtime):
    card = await command(bot, slack, "log time on 00042-Smith drafting interrogatories")
    assert "How much time?" in text_of(card)
    [ask] = [b for b in card.params["blocks"] if b["type"] == "input"]
    typed = requests.block_actions(
        "answer",
        "1.5h",  # what the person typed travels as the action's value
        block_id=ask["block_id"],
        action_type="plain_text_input",
        response_url=slack.response_url("answer"),
    )
    assert (await send(bot, typed)).status_code == 200
    confirm = await reply(slack, "answer")
    assert "Time entry · 1.5 h" in text_of(confirm)


async def test_channel_default_matter(bot, slack, runtime):
    done = await command(bot, slack, "default matter 00039-Patel", name="default")
    assert "00039-Patel" in text_of(done)
    card = await command(bot, slack, "log 30 min reviewing documents")
    assert "00039-Patel: Patel estate planning" in text_of(card)
    help_card = await command(bot, slack, "help", name="help")
    assert "00039-Patel" in text_of(help_card)
    cleared = await command(bot, slack, "default matter", name="clear")
    assert "no longer has a default matter" in text_of(cleared)
    asked = await command(bot, slack, "log 30 min reviewing documents", name="asked")
    assert "Which matter is this time for?" in text_of(asked)


async def test_clio_refusal_is_shown_and_can_be_retried(bot, slack, runtime):
    card = await command(bot, slack, "log 1h on 00042-Smith preparing exhibits")
    runtime.sandbox.faults.add(
        "POST",
        "/activities",
        422,
        body={
            "error": {
                "type": "ValidationError",
                "message": "Date is outside the open billing period",
            }
        },
    )
    refused = await click(bot, slack, "confirm", buttons(card)["confirm"])
    assert "Date is outside the open billing period" in text_of(refused)
    assert await entries(runtime, "preparing exhibits") == []
    done = await click(bot, slack, "confirm", buttons(refused)["confirm"], name="retry")
    assert "Created" in text_of(done)
    assert len(await entries(runtime, "preparing exhibits")) == 1


async def test_forged_signature_is_refused(bot, slack):
    forged = requests.slash_command(
        "help", response_url=slack.response_url(), signing_secret="wrong"
    )
    assert (await send(bot, forged)).status_code == 401
    stale = requests.slash_command(
        "help", response_url=slack.response_url(), timestamp=int(time.time()) - 360
    )
    assert (await send(bot, stale)).status_code == 401


async def test_slow_clio_still_acks_within_3_seconds(bot, slack, runtime):
    original = runtime.clio._http._transport.handle_async_request

    async def slow(request):
        await asyncio.sleep(3.5)
        return await original(request)

    runtime.clio._http._transport.handle_async_request = slow
    started = time.monotonic()
    response = await send(
        bot, requests.slash_command("my time today", response_url=slack.response_url("slow"))
    )
    assert response.status_code == 200
    assert time.monotonic() - started < 3
    # the answer still arrives, later: the first request waits up to 8 s for the person's
    # vocabulary, then each of its Clio calls takes 3.5 s
    assert (await reply(slack, "slow", within=40)).params["text"]


async def test_other_user_cannot_confirm(bot, slack, runtime):
    card = await command(bot, slack, "log 1h on 00042-Smith drafting brief")
    stolen = await click(bot, slack, "confirm", buttons(card)["confirm"], user_id="U0PRIYA01")
    assert "isn't yours" in text_of(stolen)
    assert await entries(runtime, "drafting brief") == []


async def test_busy_clio_is_said_then_answered(bot, slack, runtime):
    runtime.sandbox.faults.add("GET", "/tasks", 429, retry_after=1)
    seen = len(slack.responses("cmd"))
    await send(
        bot,
        requests.slash_command("my tasks due this week", response_url=slack.response_url("cmd")),
    )
    busy = await reply(slack, "cmd", seen)
    assert "Clio is busy, retrying" in text_of(busy)
    answer = await reply(slack, "cmd", seen + 1)
    assert "File response to motion" in text_of(answer)


async def test_unexpected_failure_is_told_plainly(bot, slack, runtime, caplog):
    runtime.sandbox.faults.add("GET", "/tasks", 200, body={"data": [{"id": "not a number"}]})
    card = await command(bot, slack, "my tasks due this week")
    assert "something went wrong on my side" in text_of(card)
    assert "Traceback" not in text_of(card)


async def test_dates_follow_the_persons_slack_time_zone(bot, slack):
    slack.add_user(
        SlackUser(
            id="U0HANNAH1",
            name="hannah",
            email="hannah@demo-firm.test",
            tz="Pacific/Auckland",
            tz_offset=46800,
        )
    )
    card = await command(bot, slack, "log 1h on 00042-Smith research today", user_id="U0HANNAH1")
    assert "Thu 19 Nov 2026" in text_of(card)  # already Thursday in Auckland


@pytest.mark.parametrize("bot_database_url", ["sqlite", "postgresql"], indirect=True)
async def test_two_bot_instances_sharing_a_database_write_once(bot, slack, runtime):
    other_runtime = Runtime(
        runtime.settings,
        Store(runtime.settings.database_url),
        runtime.clio,
        runtime.app_host,
        clock=runtime.clock,
        sandbox=runtime.sandbox,
    )
    other = create_server(runtime.settings, runtime=other_runtime)
    card = await command(bot, slack, "log 0.2 on 00042-Smith emails with opposing counsel")
    key = buttons(card)["confirm"]
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=other), base_url="http://bot2.test"
    ) as bot2:
        clicks = [
            send(
                b, requests.block_actions("confirm", key, response_url=slack.response_url(f"i{n}"))
            )
            for n, b in enumerate([bot, bot2, bot, bot2])
        ]
        assert [r.status_code for r in await asyncio.gather(*clicks)] == [200] * 4
        for n in range(4):
            await reply(slack, f"i{n}")
    assert len(await entries(runtime, "emails with opposing counsel")) == 1
    await other_runtime.store.close()


async def test_unsigned_request_is_refused(bot, slack):
    signed = requests.slash_command("help", response_url=slack.response_url())
    headers = {k: v for k, v in signed.headers.items() if not k.lower().startswith("x-slack-")}
    response = await bot.post("/slack/events", content=signed.body, headers=headers)
    assert response.status_code == 401
