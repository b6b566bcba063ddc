"""A bot installed by each workspace through Slack's OAuth, where each person connects Clio too."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from bot.clio import OAuthClient
from bot.config import Settings
from bot.connections import Connections
from bot.runtime import Runtime
from bot.secrets import Cipher
from bot.store import Store
from tests.conftest import SANDBOX_URL
from tests.slack_fake import CLIENT_ID, CLIENT_SECRET, SIGNING_SECRET


@pytest.fixture
async def runtime(
    sandbox_app, slack, clock, bot_database_url, clio_traffic
) -> AsyncIterator[Runtime]:
    settings = Settings(
        _env_file=None,
        clio_client_id="demo-client",
        slack_client_id=CLIENT_ID,
        slack_client_secret=CLIENT_SECRET,
        slack_signing_secret=SIGNING_SECRET,
        slack_api_url=slack.url,
        database_url=bot_database_url,
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
