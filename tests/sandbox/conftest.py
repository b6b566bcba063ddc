"""Fixtures: a sandbox app on a fixed clock, and httpx clients talking to it in-process."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime

import httpx
import pytest
from starlette.applications import Starlette

from bot.sandbox import Sandbox, SandboxClock, SandboxSettings, create_app

# A Wednesday afternoon in New York; the demo firm's dates are offsets from its date.
NOW = datetime(2025, 3, 12, 15, 0, tzinfo=UTC)
BASE_URL = "http://sandbox.test"
ClientFor = Callable[[str], Awaitable[httpx.AsyncClient]]


@pytest.fixture
def settings() -> SandboxSettings:
    return SandboxSettings(webhook_allowed_hosts={"bot.test"}, webhook_retry_base=0.001)


def unreachable(_request: httpx.Request) -> httpx.Response:
    """Webhook URLs answer 404 unless a test routes them to its own receiver."""
    return httpx.Response(404)


@pytest.fixture
def app(settings: SandboxSettings) -> Starlette:
    transport = httpx.MockTransport(unreachable)
    return create_app(
        clock=SandboxClock(lambda: NOW), settings=settings, webhook_transport=transport
    )


@pytest.fixture
async def sandbox(app: Starlette) -> AsyncIterator[Sandbox]:
    sandbox: Sandbox = app.state.sandbox
    yield sandbox
    await sandbox.aclose()


@pytest.fixture
async def anon(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
        yield client


@pytest.fixture
async def client_for(app: Starlette, sandbox: Sandbox) -> AsyncIterator[ClientFor]:
    """Clients acting as a given demo user (by email)."""
    opened: list[httpx.AsyncClient] = []

    async def make(email: str) -> httpx.AsyncClient:
        token = sandbox.issue_token(email)["access_token"]
        client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app),
            base_url=BASE_URL,
            headers={"Authorization": f"Bearer {token}"},
        )
        opened.append(client)
        return client

    yield make
    for client in opened:
        await client.aclose()


@pytest.fixture
async def client(client_for: ClientFor) -> httpx.AsyncClient:
    """Alice Nguyen, the first attorney."""
    return await client_for("alice@demo-firm.test")


@pytest.fixture
async def priya(client_for: ClientFor) -> httpx.AsyncClient:
    """The paralegal with restricted contacts and own-only hours visibility."""
    return await client_for("priya@demo-firm.test")
