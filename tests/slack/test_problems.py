"""Clear sentences for every problem, free search when unsure, redactions shown as hidden."""

from __future__ import annotations

import httpx
import pytest

from bot.clio import ClioClient, StaticToken
from tests.conftest import SANDBOX_URL
from tests.slack.conftest import send
from tests.slack.helpers import buttons, click, command, reply, text_of
from tests.slack_fake import requests


async def test_forbidden_in_clio(bot, slack, runtime):
    card = await command(bot, slack, "log 1h on 00042-Smith filing")
    runtime.sandbox.faults.add("POST", "/activities", 403)
    refused = await click(bot, slack, "confirm", buttons(card)["confirm"])
    assert "You don't have permission to do that in Clio." in text_of(refused)


class RefusedPosts(httpx.AsyncBaseTransport):
    """Every POST's connection is refused: nothing reaches Clio."""

    def __init__(self, inner):
        self.inner = inner

    async def handle_async_request(self, request):
        if request.method == "POST":
            raise httpx.ConnectError("connection refused", request=request)
        return await self.inner.handle_async_request(request)


class LostAnswers(httpx.AsyncBaseTransport):
    """Every POST reaches Clio, which applies it, but its answer is lost on the way back."""

    def __init__(self, inner, failure: type[httpx.TransportError]):
        self.inner = inner
        self.failure = failure

    async def handle_async_request(self, request):
        response = await self.inner.handle_async_request(request)
        if request.method == "POST":
            raise self.failure("no answer", request=request)
        return response


async def entries(runtime, note: str) -> list:
    return [a async for a in runtime.clio.activities.list({"query": note}) if a.note == note]


async def test_refused_connection_keeps_the_card_to_try_again(bot, slack, runtime, clio_traffic):
    card = await command(bot, slack, "log 1h on 00042-Smith brief")
    runtime.clio._http._transport = RefusedPosts(clio_traffic)
    refused = await click(bot, slack, "confirm", buttons(card)["confirm"])
    assert "Clio is unreachable right now, so nothing was sent to it" in text_of(refused)
    assert "check Clio" not in text_of(refused)
    assert set(buttons(refused)) >= {"confirm", "cancel"}  # still confirmable
    runtime.clio._http._transport = clio_traffic  # Clio is back
    done = await click(bot, slack, "confirm", buttons(refused)["confirm"], name="again")
    assert "Created" in text_of(done)
    assert len(await entries(runtime, "brief")) == 1


@pytest.mark.parametrize("failure", [httpx.ReadTimeout, httpx.RemoteProtocolError])
async def test_no_answer_after_sending_says_check_clio_and_never_retries(
    bot, slack, runtime, clio_traffic, failure
):
    card = await command(bot, slack, "log 1h on 00042-Smith reply brief")
    runtime.clio._http._transport = LostAnswers(clio_traffic, failure)
    lost = await click(bot, slack, "confirm", buttons(card)["confirm"])
    assert "Clio did not answer in time" in text_of(lost)
    assert "check Clio before trying again" in text_of(lost)
    assert "<http://sandbox.test/nc/#/activities|Check in Clio>" in text_of(lost)
    assert "confirm" not in buttons(lost)
    again = await click(bot, slack, "confirm", buttons(card)["confirm"], name="again")
    assert "check Clio before trying again" in text_of(again)  # the same outcome, no new write
    assert len(await entries(runtime, "reply brief")) == 1
    posts = [url for method, url, _ in clio_traffic.requests if method == "POST"]
    assert len(posts) == 1


async def test_free_search_for_a_matter(bot, slack):
    card = await command(bot, slack, "log 30 min research")
    picker = next(
        b for b in card.params["blocks"] if b.get("block_id", "").startswith("pick_search:")
    )
    found = await send(
        bot, requests.block_suggestion("pick_search", "Patel", block_id=picker["block_id"])
    )
    options = found.json()["options"]
    assert options[0]["text"]["text"] == "00039-Patel: Patel estate planning"
    seen = len(slack.responses("pick"))
    chosen = requests.block_actions(
        "pick_search",
        options[0]["value"],
        block_id=picker["block_id"],
        action_type="external_select",
        response_url=slack.response_url("pick"),
    )
    await send(bot, chosen)
    confirm = await reply(slack, "pick", seen)
    assert "Time entry · 0.5 h · Wed 18 Nov 2026 · 00039-Patel: Patel estate planning" in text_of(
        confirm
    )


async def test_hidden_hours_and_contacts_show_as_hidden(bot, slack, runtime, sandbox_app):
    priya = runtime.sandbox.issue_token("priya@demo-firm.test")["access_token"]
    runtime.clio = ClioClient(
        StaticToken(priya), base_url=SANDBOX_URL, transport=httpx.ASGITransport(app=sandbox_app)
    )
    time = await command(bot, slack, "time on 00042-Smith this month")
    assert "hours hidden" in text_of(time)
    assert "with hidden hours" in text_of(time)
    tasks = await command(bot, slack, "tasks on 00040-Garcia", name="tasks")
    assert "hidden contact" in text_of(tasks)
    assert "*****" not in text_of(tasks)


class DownAfterFirstWrite(httpx.AsyncBaseTransport):
    """Clio applies the first POST, then refuses every connection."""

    def __init__(self, inner):
        self.inner = inner
        self.down = False

    async def handle_async_request(self, request):
        if self.down:
            raise httpx.ConnectError("connection refused", request=request)
        self.down = request.method == "POST"
        return await self.inner.handle_async_request(request)


async def test_refused_connection_after_a_write_of_the_same_plan_is_not_retried(
    bot, slack, runtime, clio_traffic
):
    assert not await entries(runtime, "drafting")
    card = await command(bot, slack, "start timer on Smith v Jones drafting")
    runtime.clio._http._transport = DownAfterFirstWrite(clio_traffic)
    failed = await click(bot, slack, "confirm", buttons(card)["confirm"])
    assert "check Clio before trying again" in text_of(failed)
    assert not buttons(failed)
    runtime.clio._http._transport = clio_traffic
    again = await click(bot, slack, "confirm", buttons(card)["confirm"], name="again")
    assert "check Clio before trying again" in text_of(again)
    assert len(await entries(runtime, "drafting")) == 1  # the timer's entry, made once
