"""Doctor tests: a sandbox the test tunes to differ from Clio's defaults, and every request the
doctor sends checked against Clio's OpenAPI description."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.clio import ClioClient
from bot.sandbox import SandboxSettings, create_app
from tests.conftest import make_client
from tests.openapi_spec import check_traffic

MOVED = "/api/v4/practice_areas_with_categories.json"  # not in the description (UNCONFIRMED)


@pytest.fixture
def settings() -> SandboxSettings:
    """The sandbox's settings; it reads them as it answers, so a test may change them."""
    return SandboxSettings(rate_limit_per_minute=100_000)


@pytest.fixture
def sandbox_app(settings):
    return create_app(settings=settings)


@pytest.fixture
async def clio(sandbox, transport, sleeps) -> AsyncIterator[ClioClient]:
    client = make_client(transport, sandbox.issue_token()["access_token"], sleeps)
    yield client
    await client.aclose()


@pytest.fixture(autouse=True)
def doctor_requests_match_the_spec(transport):
    yield
    check_traffic(transport.requests, outside=(MOVED,))
