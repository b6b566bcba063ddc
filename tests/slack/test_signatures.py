"""Unverified requests are refused plainly and make the bot call nowhere; answers go only to Slack."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator

import pytest

from bot.slack.responder import allowed_response_url
from tests.slack.conftest import send
from tests.slack_fake import USER_ID, requests

MALFORMED = [
    pytest.param({"x-slack-request-timestamp": "abc"}, id="timestamp-abc"),
    pytest.param({"x-slack-request-timestamp": "12.5"}, id="timestamp-12.5"),
    pytest.param({"x-slack-request-timestamp": "1e3"}, id="timestamp-1e3"),
    pytest.param({"x-slack-request-timestamp": "１２３".encode()}, id="timestamp-not-ascii"),
    pytest.param({"x-slack-request-timestamp": ""}, id="timestamp-empty"),
    pytest.param({"x-slack-signature": "v0=é".encode()}, id="signature-not-ascii"),
    pytest.param({"x-slack-request-timestamp": "1000000000"}, id="timestamp-stale"),
]


class Trap:
    """A local TCP server that only counts who connects: a URL no request may make the bot call."""

    def __init__(self) -> None:
        self.connections = 0
        self.url = ""

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        writer.close()

    async def __aenter__(self) -> Trap:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}/commands/T0/1/secret"
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._server.close()
        await self._server.wait_closed()


@pytest.fixture
async def trap() -> AsyncIterator[Trap]:
    async with Trap() as found:
        yield found


async def settle() -> None:
    """Give work started after an answer the time to reach out (it would within this)."""
    await asyncio.sleep(0.5)


def tampered(request, changes: dict) -> dict:
    return {**request.headers, **changes}


@pytest.mark.parametrize("changes", MALFORMED)
async def test_a_malformed_signature_is_a_plain_401_that_calls_nothing(
    bot, slack, trap, caplog, changes
):
    caplog.set_level(logging.DEBUG)
    for url in (slack.response_url("attacker"), trap.url):
        request = requests.slash_command("my tasks", response_url=url)
        response = await bot.post(
            "/slack/events", content=request.body, headers=tampered(request, changes)
        )
        assert response.status_code == 401
    await settle()
    assert trap.connections == 0
    assert slack.calls() == []  # not the response_url, not a DM: nothing
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]


async def test_a_verified_answer_never_goes_outside_slacks_hooks_host(bot, slack, trap):
    """A signed command whose response_url is not Slack's gets its answer by DM instead."""
    response = await send(bot, requests.slash_command("help", response_url=trap.url))
    assert response.status_code == 200
    [dm] = await slack.wait_for("chat.postMessage")
    await settle()
    assert trap.connections == 0
    opened = slack.last("conversations.open")
    assert opened.params["users"] == USER_ID
    assert dm.params["channel"] == opened.response["channel"]["id"] and dm.params["blocks"]


def test_a_lookalike_of_slacks_hooks_host_is_not_called(slack):
    local = slack.response_urls
    assert allowed_response_url("https://hooks.slack.com/commands/T0/1/abc", local)
    assert allowed_response_url(local + "00000001", local)
    for url in (
        "https://hooks.slack.com.evil.test/commands/T0/1/abc",
        "https://hooks.slack.com@evil.test/commands",
        "https://hooks.slack.com:8443/commands/T0/1/abc",
        "http://hooks.slack.com/commands/T0/1/abc",
        "https://evil.test/https://hooks.slack.com/",
        "https://hooks.slack.com\\@evil.test/",
        slack.root + "api/chat.postMessage",
        "http://127.0.0.1:1/response/1",
    ):
        assert not allowed_response_url(url, local), url
