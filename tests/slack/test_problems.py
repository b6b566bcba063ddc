"""Clear sentences for every problem, free search when unsure, redactions shown as hidden."""

from __future__ import annotations

import httpx

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


class FailingPosts(httpx.AsyncBaseTransport):
    """The network drops every POST (Clio unreachable mid-write)."""

    def __init__(self, inner):
        self.inner = inner

    async def handle_async_request(self, request):
        if request.method == "POST":
            raise httpx.ConnectTimeout("no route", request=request)
        return await self.inner.handle_async_request(request)


async def test_unreachable_clio_on_write_is_not_retried_and_said(bot, slack, runtime, clio_traffic):
    card = await command(bot, slack, "log 1h on 00042-Smith brief")
    runtime.clio._http._transport = FailingPosts(clio_traffic)
    failed = await click(bot, slack, "confirm", buttons(card)["confirm"])
    assert "Clio is unreachable" in text_of(failed)
    assert "check Clio before trying again" in text_of(failed)
    again = await click(bot, slack, "confirm", buttons(card)["confirm"], name="again")
    assert "Clio is unreachable" in text_of(again)  # the same outcome, no second attempt


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
    assert "hours hidden" in text_of(time) and "with hidden hours" in text_of(time)
    tasks = await command(bot, slack, "tasks on 00040-Garcia", name="tasks")
    assert "hidden contact" in text_of(tasks) and "*****" not in text_of(tasks)
