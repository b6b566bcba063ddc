"""`/clio watch` and PUBLIC_URL: real Clio delivers webhooks to https only, so a plain http
address is refused at once (nothing asked of Clio) unless it is loopback or Clio is the
embedded sandbox."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from bot.clio import ClioClient, StaticToken
from bot.config import Settings
from bot.runtime import Runtime, start
from bot.secrets import Cipher
from bot.server import create_server
from bot.store import Store
from bot.store.tables import Subscription
from tests.conftest import SANDBOX_URL
from tests.slack.conftest import ADMIN
from tests.slack.helpers import command, text_of
from tests.slack_fake import CHANNEL_ID, SIGNING_SECRET, TEAM_ID


def settings_for(slack, database_url: str, public_url: str) -> Settings:
    return Settings(
        _env_file=None,
        slack_bot_token="xoxb-test",
        slack_signing_secret=SIGNING_SECRET,
        slack_api_url=slack.url,
        slack_local_response_urls=slack.response_urls,
        database_url=database_url,
        bot_admins=ADMIN,
        public_url=public_url,
    )


@pytest.fixture
def public_url(request) -> str:
    return request.param


@pytest.fixture
async def runtime(
    sandbox_app, slack, clock, bot_database_url, clio_traffic, public_url
) -> AsyncIterator[Runtime]:
    """The bot configured for a real Clio (`CLIO_ACCESS_TOKEN`): no embedded sandbox. The
    sandbox only stands in for Clio's API behind the client."""
    settings = settings_for(slack, bot_database_url, public_url)
    store = Store(settings.database_url, cipher=Cipher.generate())
    await store.migrate()
    clio = ClioClient(
        StaticToken(sandbox_app.state.sandbox.issue_token()["access_token"]),
        base_url=SANDBOX_URL,
        transport=clio_traffic,
    )
    runtime = Runtime(settings, store, clio, SANDBOX_URL, clock=clock.now)
    yield runtime
    await runtime.close()


@pytest.mark.parametrize("public_url", ["http://bot.example.com"], indirect=True)
async def test_real_clio_with_plain_http_says_what_to_set_and_calls_nothing(
    bot, slack, sandbox_app, runtime, clio_traffic
):
    answer = await command(bot, slack, "watch matters for Smith v Jones")
    text = text_of(answer)
    assert answer.params.get("response_type") != "in_channel"
    assert "https" in text
    assert "PUBLIC_URL" in text
    assert "http://bot.example.com" in text
    assert "https://bot.example.com" in text  # what to set
    assert clio_traffic.requests == []  # not even the matter was looked up
    assert sandbox_app.state.sandbox.store.all("webhooks") == []
    assert await runtime.store.subscriptions.every() == []


@pytest.mark.parametrize(
    "public_url", ["http://localhost:3000", "https://bot.example.com"], indirect=True
)
async def test_real_clio_with_https_or_loopback_http_watches(
    bot, slack, sandbox_app, runtime, public_url
):
    answer = await command(bot, slack, "watch matters")
    assert answer.params.get("response_type") == "in_channel", text_of(answer)
    await sandbox_app.state.sandbox.webhooks.drain()
    [hook] = sandbox_app.state.sandbox.store.all("webhooks")
    assert hook["url"].startswith(f"{public_url}/clio/webhooks/")
    assert hook["status"] == "enabled"  # the handshake reached the receiver


@pytest.mark.parametrize("public_url", ["http://bot.example.com"], indirect=True)
async def test_upkeep_does_not_recreate_a_webhook_at_plain_http(
    server, runtime, clio_traffic, sandbox_app
):
    """A subscription whose webhook is gone, with PUBLIC_URL now plain http: upkeep tells
    health why instead of asking Clio for a webhook it would refuse."""
    now = runtime.clock()
    await runtime.store.subscriptions.add(
        Subscription(
            id="sub1",
            team_id=TEAM_ID,
            channel_id=CHANNEL_ID,
            owner_id=ADMIN,
            model="matter",
            events=["created"],
            filters={},
            clio_webhook_id=999_999,
            status="active",
            created_at=now,
            synced_at=now,
            deliveries=0,
            failures=0,
            gaps_filled=0,
        )
    )
    await server.state.upkeep.once()
    [sub] = await runtime.store.subscriptions.every()
    assert sub.failures == 1
    assert "https" in (sub.last_error or "")
    assert not [r for r in clio_traffic.requests if r[0] == "POST"]
    assert sandbox_app.state.sandbox.store.all("webhooks") == []


async def test_the_embedded_sandbox_takes_plain_http(slack, tmp_path):
    """No Clio credentials: the embedded sandbox delivers in process, whatever PUBLIC_URL is."""
    settings = settings_for(slack, f"sqlite:///{tmp_path / 'bot.db'}", "http://bot.example.com")
    settings.bot_key_file = str(tmp_path / "bot.key")
    runtime = await start(settings, sandbox_db=str(tmp_path / "sandbox.db"))
    try:
        app = create_server(settings, runtime=runtime)
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://bot.test"
        ) as bot:
            answer = await command(bot, slack, "watch matters")
        assert answer.params.get("response_type") == "in_channel", text_of(answer)
        await runtime.sandbox.webhooks.drain()
        [sub] = await runtime.store.subscriptions.every()
        assert sub.status == "active"
        [hook] = runtime.sandbox.store.all("webhooks")
        assert hook["url"] == f"http://bot.example.com/clio/webhooks/{sub.id}"
    finally:
        await runtime.close()
