"""The sandbox delivers its webhooks to the bot's ASGI app; the bot posts to the fake Slack."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from starlette.types import ASGIApp

from bot.clio import ClioClient, StaticToken
from bot.sandbox import SandboxSettings, create_app
from bot.server import create_server


class ToBot(httpx.AsyncBaseTransport):
    """The sandbox's way to the bot, connected once the bot app exists (it needs the sandbox)."""

    app: ASGIApp | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert self.app is not None, "the bot app is not connected yet"
        return await httpx.ASGITransport(app=self.app).handle_async_request(request)


@pytest.fixture
def to_bot() -> ToBot:
    return ToBot()


@pytest.fixture
def sandbox_app(clock, to_bot):
    """A sandbox that delivers its webhooks to the bot's ASGI app."""
    settings = SandboxSettings(
        rate_limit_per_minute=100_000,
        webhook_allowed_hosts={"bot.test"},
        token_expires_in=10 * 365 * 86400,  # long-running tests: tokens refresh in real life
    )
    return create_app(settings=settings, clock=clock, webhook_transport=to_bot)


@pytest.fixture
def server(runtime, to_bot):
    """The bot's ASGI app, also the one the sandbox's webhooks reach."""
    to_bot.app = create_server(runtime.settings, runtime=runtime)
    return to_bot.app


@pytest.fixture
async def bot(server) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=server), base_url="http://bot.test"
    ) as client:
        yield client


@pytest.fixture
async def marcus(sandbox_app) -> AsyncIterator[ClioClient]:
    """Another person at the firm, changing things in Clio directly (not through the bot)."""
    token = sandbox_app.state.sandbox.issue_token("marcus@demo-firm.test")["access_token"]
    client = ClioClient(
        StaticToken(token),
        base_url="http://sandbox.test",
        transport=httpx.ASGITransport(app=sandbox_app),
    )
    yield client
    await client.aclose()
