"""A bot installed by each workspace through Slack's OAuth (`SLACK_CLIENT_ID`/`SECRET`)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.clio import ClioClient, StaticToken
from bot.config import Settings
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
        slack_client_id=CLIENT_ID,
        slack_client_secret=CLIENT_SECRET,
        slack_signing_secret=SIGNING_SECRET,
        slack_api_url=slack.url,
        database_url=bot_database_url,
        public_url="http://bot.test",
    )
    store = Store(settings.database_url, cipher=Cipher.generate())
    await store.migrate()
    token = sandbox_app.state.sandbox.issue_token()["access_token"]
    clio = ClioClient(StaticToken(token), base_url=SANDBOX_URL, transport=clio_traffic)
    runtime = Runtime(
        settings, store, clio, SANDBOX_URL, clock=clock.now, sandbox=sandbox_app.state.sandbox
    )
    yield runtime
    await runtime.close()
