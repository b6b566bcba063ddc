"""A bot installed by each workspace through Slack's OAuth, where each person connects Clio too."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.config import Settings
from bot.runtime import Runtime
from tests.slack.conftest import own_accounts_runtime
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
        slack_local_response_urls=slack.response_urls,
        database_url=bot_database_url,
        public_url="http://bot.test",
    )
    runtime = await own_accounts_runtime(settings, sandbox_app, clock, clio_traffic)
    yield runtime
    await runtime.close()
