"""Fixtures: a sandbox app on a fixed clock, and httpx clients talking to it in-process."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime

import httpx
import pytest

from bot.sandbox import Sandbox, SandboxClock, SandboxSettings, create_app

# A Wednesday afternoon in New York; the demo firm's dates are offsets from its date.
NOW = datetime(2025, 3, 12, 15, 0, tzinfo=UTC)
BASE_URL = "http://sandbox.test"
ClientFor = Callable[[str], Awaitable[httpx.AsyncClient]]


@pytest.fixture
def settings() -> SandboxSettings:
    return SandboxSettings(webhook_allowed_hosts={"bot.test"}, webhook_retry_base=0.001)


@pytest.fixture
def app(settings: SandboxSettings):  # type: ignore[no-untyped-def]
    return create_app(clock=SandboxClock(lambda: NOW), settings=settings)


@pytest.fixture
async def sandbox(app) -> AsyncIterator[Sandbox]:  # type: ignore[no-untyped-def]
    sandbox: Sandbox = app.state.sandbox
    yield sandbox
    await sandbox.aclose()


@pytest.fixture
async def anon(app) -> AsyncIterator[httpx.AsyncClient]:  # type: ignore[no-untyped-def]
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
        yield client


@pytest.fixture
async def client_for(app, sandbox: Sandbox) -> AsyncIterator[ClientFor]:  # type: ignore[no-untyped-def]
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
