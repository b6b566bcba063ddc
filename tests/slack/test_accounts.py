"""Each person acts in Clio as themselves: connect, continue, whoami, disconnect, refusals."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from urllib.parse import urlsplit

import httpx
import pytest

from bot.clio import OAuthClient
from bot.config import Settings
from bot.connections import Connections
from bot.runtime import Runtime
from bot.secrets import Cipher
from bot.server import create_server
from bot.store import Store
from tests.conftest import SANDBOX_URL
from tests.slack.conftest import ADMIN, PRIYA
from tests.slack.helpers import command, text_of
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
        database_url=bot_database_url,
        bot_admins=ADMIN,
        clio_client_id="demo-client",
        public_url="http://bot.test",
    )
    store = Store(settings.database_url, cipher=Cipher.generate())
    await store.migrate()
    oauth = OAuthClient(
        SANDBOX_URL, "demo-client", "secret", http=httpx.AsyncClient(transport=clio_traffic)
    )
    connections = Connections(
        store, oauth, public_url="http://bot.test", clock=clock.now, transport=clio_traffic
    )
    runtime = Runtime(
        settings,
        store,
        None,
        SANDBOX_URL,
        clock=clock.now,
        sandbox=sandbox_app.state.sandbox,
        connections=connections,
    )
    yield runtime
    await runtime.close()


@pytest.fixture
async def bot(runtime) -> AsyncIterator[httpx.AsyncClient]:
    app = create_server(runtime.settings, runtime=runtime)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://bot.test"
    ) as client:
        yield client


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
    assert page.status_code == 200 and "Connected to Clio" in page.text


async def test_not_connected_gets_a_link_and_the_request_continues(bot, slack, sandbox_app):
    card = await command(bot, slack, "my tasks due this week")
    assert "Connect your Clio account" in text_of(card) and "carry on" in text_of(card)
    assert "login_hint=alice%40demo-firm.test" in link_of(card)
    page = await approve(bot, sandbox_app, card)
    assert "connected as Alice Nguyen" in page.text
    posts = await slack.wait_for("chat.postMessage", count=2)
    assert "Connected to Clio as Alice Nguyen" in posts[0].params["text"]
    assert "File response to motion" in json.dumps(posts[1].params["blocks"])


async def test_two_people_see_what_clio_lets_each_see(bot, slack, sandbox_app):
    await connect(bot, slack, sandbox_app, ADMIN, "alice")
    await connect(bot, slack, sandbox_app, PRIYA, "priya")
    alice = await command(bot, slack, "time on 00042-Smith this month", name="a")
    priya = await command(bot, slack, "time on 00042-Smith this month", name="p", user_id=PRIYA)
    assert "hours hidden" not in text_of(alice)
    assert "hours hidden" in text_of(priya)  # Priya's firm hides others' hours from her
    assert "Priya" in text_of(await command(bot, slack, "whoami", name="w", user_id=PRIYA))
    assert "Alice" in text_of(await command(bot, slack, "whoami", name="w2"))


async def test_state_is_single_use_and_cannot_be_forged(bot, slack, sandbox_app):
    card = await command(bot, slack, "connect")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=sandbox_app)) as browser:
        callback = urlsplit((await browser.get(link_of(card))).headers["location"])
    first = await bot.get(f"{callback.path}?{callback.query}")
    replay = await bot.get(f"{callback.path}?{callback.query}")
    forged = await bot.get(f"{callback.path}?code=abc&state=made-up")
    assert first.status_code == 200
    assert replay.status_code == 400 and "already used" in replay.text
    assert forged.status_code == 400


async def test_tokens_are_encrypted_and_disconnect_deletes_them(bot, slack, sandbox_app, runtime):
    await connect(bot, slack, sandbox_app, ADMIN, "alice")
    account = await runtime.store.accounts.get("T0CLIO001", ADMIN)
    assert account is not None and account.tokens.access_token
    done = await command(bot, slack, "disconnect", name="d")
    assert "Disconnected" in text_of(done)
    assert await runtime.store.accounts.get("T0CLIO001", ADMIN) is None
    again = await command(bot, slack, "my time today", name="again")
    assert "Connect your Clio account" in text_of(again)
