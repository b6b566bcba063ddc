"""A bot where everyone connects their own Clio account: `runtime` here replaces the shared one
(the `bot` fixture then serves it)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from urllib.parse import urlsplit

import httpx
import pytest

from bot.config import Settings
from bot.runtime import Runtime
from tests.slack.conftest import ADMIN, own_accounts_runtime
from tests.slack.helpers import command
from tests.slack_fake import SIGNING_SECRET


@pytest.fixture
async def runtime(
    sandbox_app, slack, clock, bot_database_url, clio_traffic
) -> AsyncIterator[Runtime]:
    """A bot where everyone connects their own Clio account (CLIO_CLIENT_ID is set)."""
    settings = Settings(
        _env_file=None,
        slack_bot_token="xoxb-test",
        slack_signing_secret=SIGNING_SECRET,
        slack_api_url=slack.url,
        slack_local_response_urls=slack.response_urls,
        database_url=bot_database_url,
        bot_admins=ADMIN,
        clio_client_id="demo-client",
        public_url="http://bot.test",
    )
    runtime = await own_accounts_runtime(settings, sandbox_app, clock, clio_traffic)
    yield runtime
    await runtime.close()


def link_of(card) -> str:
    return next(
        e["url"] for b in card.params["blocks"] for e in b.get("elements", []) if e.get("url")
    )


async def approve(bot, sandbox_app, card) -> httpx.Response:
    """The person clicks the link; the sandbox approves at once and sends them back to us."""
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=sandbox_app)) as browser:
        redirect = await browser.get(link_of(card))
    callback = urlsplit(redirect.headers["location"])
    assert callback.path == "/clio/oauth/callback"
    return await bot.get(f"{callback.path}?{callback.query}")


async def connect(bot, slack, sandbox_app, user_id: str, name: str) -> None:
    card = await command(bot, slack, "connect", name=name, user_id=user_id)
    page = await approve(bot, sandbox_app, card)
    assert page.status_code == 200
    assert "Connected to Clio" in page.text
