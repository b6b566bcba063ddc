"""The conversation core driven directly, as the console drives it: a `Requester`, text and
button presses in, `Reply` data out, the embedded sandbox as Clio and a real store; no Slack."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import pytest

from bot.assistant import Assistant
from bot.clio import ClioClient, StaticToken
from bot.replies import Button, Reply, Requester
from bot.sandbox import SandboxClock, SandboxSettings, create_app
from bot.secrets import Cipher
from bot.store import Store
from tests.conftest import SANDBOX_URL, RecordingTransport
from tests.openapi_spec import check_traffic

NOW = dt.datetime(2026, 11, 18, 15, 30, tzinfo=dt.UTC)  # Wed 18 Nov 2026, 10:30 in New York
ALICE = Requester(  # the sandbox token's owner, as the console is
    team_id="TCORE",
    user_id="UALICE",
    channel_id="CCORE",
    email="alice@demo-firm.test",
    tz="America/New_York",
    own_clio=True,
)


@pytest.fixture
def clock() -> SandboxClock:
    """One clock for the core and the sandbox, frozen at NOW until a test moves it."""
    return SandboxClock(lambda: NOW)


@pytest.fixture
def sandbox_app(clock):
    return create_app(settings=SandboxSettings(rate_limit_per_minute=100_000), clock=clock)


@pytest.fixture
async def clio(sandbox_app, transport: RecordingTransport) -> AsyncIterator[ClioClient]:
    token = sandbox_app.state.sandbox.issue_token()["access_token"]
    client = ClioClient(StaticToken(token), base_url=SANDBOX_URL, transport=transport)
    yield client
    await client.aclose()


@pytest.fixture
async def core(clio, clock, tmp_path) -> AsyncIterator[Assistant]:
    """The core on a fresh SQLite store, acting in the sandbox as its token's owner."""
    store = Store(f"sqlite:///{tmp_path / 'bot.db'}", cipher=Cipher.generate())
    await store.migrate()

    async def email_for(user_id: str) -> str | None:
        return ALICE.email if user_id == ALICE.user_id else None

    yield Assistant(clio, store, app_host=SANDBOX_URL, email_for=email_for, clock=clock.now)
    await store.close()


@pytest.fixture(autouse=True)
def core_requests_match_the_spec(transport):
    """After each test, every request the core sent to Clio validates against the spec."""
    yield
    check_traffic(transport.requests)


def button(reply: Reply, label: str) -> Button:
    """The button labelled `label` on a reply's cards."""
    found = [b for card in reply.cards for b in card.buttons if b.label == label]
    assert found, f"no {label!r} button among {[b.label for c in reply.cards for b in c.buttons]}"
    return found[0]


async def press(core: Assistant, reply: Reply, label: str, who: Requester = ALICE) -> Reply:
    """Press the button labelled `label`, as the console does when its number is typed."""
    chosen = button(reply, label)
    return await core.handle_action(who, chosen.action, chosen.value)


def shown(reply: Reply) -> str:
    """Everything a reply says: its text and its cards' lines and notes."""
    lines = [reply.text]
    for card in reply.cards:
        lines += [card.title or "", *card.lines, card.note or ""]
    return "\n".join(lines)
