"""Scenario fixtures: the real ASGI app, signed Slack requests, the fake Slack and the sandbox."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import httpx
import pytest

from bot.clio import ClioClient, OAuthClient, StaticToken
from bot.config import Settings
from bot.connections import Connections
from bot.runtime import Runtime
from bot.sandbox import SandboxClock, SandboxSettings, create_app
from bot.secrets import Cipher
from bot.server import create_server
from bot.store import Store
from tests.conftest import SANDBOX_URL, RecordingTransport
from tests.openapi_spec import check_traffic
from tests.slack_fake import SIGNING_SECRET, USER_ID, FakeSlack, SignedRequest, SlackUser
from tests.store.conftest import POSTGRES_URL, empty

NOW = dt.datetime(2026, 11, 18, 15, 30, tzinfo=dt.UTC)  # Wed 18 Nov 2026, 10:30 in New York
PRIYA = "U0PRIYA01"
MARCUS = "U0MARCUS1"
ADMIN = USER_ID


@pytest.fixture
def clock() -> SandboxClock:
    """One clock for the bot and the sandbox, frozen at NOW until a test moves it."""
    return SandboxClock(lambda: NOW)


@pytest.fixture
def sandbox_app(clock):
    return create_app(settings=SandboxSettings(rate_limit_per_minute=100_000), clock=clock)


@pytest.fixture
def slack(fake_slack: FakeSlack) -> FakeSlack:
    """The fake Slack, with people whose emails match the demo firm's Clio users."""
    fake_slack.add_user(
        SlackUser(id=USER_ID, name="alice", real_name="Alice", email="alice@demo-firm.test")
    )
    fake_slack.add_user(SlackUser(id=PRIYA, name="priya", email="priya@demo-firm.test"))
    fake_slack.add_user(
        SlackUser(
            id=MARCUS,
            name="marcus",
            email="marcus@demo-firm.test",
            tz="America/Chicago",
            tz_offset=-21600,
        )
    )
    return fake_slack


@pytest.fixture
def clio_traffic(sandbox_app) -> RecordingTransport:
    """What the bot asked Clio, to assert on the queries Clio received."""
    return RecordingTransport(httpx.ASGITransport(app=sandbox_app))


@pytest.fixture
def bot_database_url(request, tmp_path) -> str:
    """SQLite by default; `indirect` parametrisation with "postgresql" uses TEST_DATABASE_URL."""
    if getattr(request, "param", "sqlite") == "sqlite":
        return f"sqlite:///{tmp_path / 'bot.db'}"
    if not POSTGRES_URL:
        pytest.skip("TEST_DATABASE_URL is not set: no PostgreSQL server to test against")
    return POSTGRES_URL


@pytest.fixture
async def runtime(
    sandbox_app, slack, clock, bot_database_url, clio_traffic
) -> AsyncIterator[Runtime]:
    settings = Settings(
        _env_file=None,
        slack_bot_token="xoxb-test",
        slack_signing_secret=SIGNING_SECRET,
        slack_api_url=slack.url,
        slack_local_response_urls=slack.response_urls,
        database_url=bot_database_url,
        bot_admins=ADMIN,
    )
    store = Store(settings.database_url, cipher=Cipher.generate())
    await empty(store)
    await store.migrate()
    sandbox = sandbox_app.state.sandbox
    clio = ClioClient(
        StaticToken(sandbox.issue_token()["access_token"]),
        base_url=SANDBOX_URL,
        transport=clio_traffic,
    )
    runtime = Runtime(settings, store, clio, SANDBOX_URL, clock=clock.now, sandbox=sandbox)
    yield runtime
    await runtime.close()


@pytest.fixture
async def bot(runtime) -> AsyncIterator[httpx.AsyncClient]:
    """The bot's ASGI app, reached in-process like Slack reaches it."""
    app = create_server(runtime.settings, runtime=runtime)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://bot.test"
    ) as client:
        yield client


async def send(bot: httpx.AsyncClient, request: SignedRequest) -> httpx.Response:
    return await bot.post("/slack/events", content=request.body, headers=request.headers)


@pytest.fixture(autouse=True)
def slack_refused_no_payload(request):
    """After each scenario, the fake Slack refused no payload and no method for want of a scope
    (what real Slack would refuse; each is the bot's own mistake)."""
    fake = request.getfixturevalue("slack") if "slack" in request.fixturenames else None
    yield
    if fake is not None:
        assert fake.violations == [], f"Slack would refuse: {fake.violations}"


@pytest.fixture(autouse=True)
def bot_requests_match_the_spec(clio_traffic):
    """After each scenario, every request the bot sent to Clio validates against the spec
    (without it, the run's summary says the check was skipped, and why)."""
    yield
    check_traffic(clio_traffic.requests)


async def own_accounts_runtime(settings: Settings, sandbox_app, clock, clio_traffic) -> Runtime:
    """A runtime where each person connects their own Clio account on the sandbox (OAuth)."""
    store = Store(settings.database_url, cipher=Cipher.generate())
    await store.migrate()
    oauth = OAuthClient(
        SANDBOX_URL, "demo-client", "secret", http=httpx.AsyncClient(transport=clio_traffic)
    )
    connections = Connections(
        store, oauth, public_url="http://bot.test", clock=clock.now, transport=clio_traffic
    )
    return Runtime(
        settings,
        store,
        None,
        SANDBOX_URL,
        clock=clock.now,
        sandbox=sandbox_app.state.sandbox,
        connections=connections,
    )
