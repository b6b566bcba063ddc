"""Shared fixtures: the embedded Clio sandbox, served in-process, and clients for it."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import httpx
import pytest

from bot.clio import ClioClient, StaticToken
from bot.clio.ratelimit import RateLimiter
from bot.sandbox import SandboxSettings, create_app
from tests.openapi_spec import REPORT
from tests.slack_manifest_schema import summary as manifest_summary

SANDBOX_URL = "http://sandbox.test"

pytest_plugins = ["tests.slack_fake.fixtures"]


def pytest_terminal_summary(terminalreporter) -> None:
    """Say whether the spec and schema checks ran, and how much they checked (or why not)."""
    terminalreporter.write_sep("-", "conformance")
    terminalreporter.write_line(REPORT.line())
    terminalreporter.write_line(manifest_summary())


class RecordingTransport(httpx.AsyncBaseTransport):
    """Passes requests to `inner` and keeps (method, url, json body) of each one."""

    def __init__(self, inner: httpx.AsyncBaseTransport):
        self.inner = inner
        self.requests: list[tuple[str, httpx.URL, object]] = []
        self.tokens: list[str | None] = []  # the bearer token of each request, in order

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        try:
            parsed = json.loads(body) if body else None
        except ValueError:
            parsed = body
        self.requests.append((request.method, request.url, parsed))
        bearer = request.headers.get("authorization", "")
        self.tokens.append(bearer.removeprefix("Bearer ") if bearer.startswith("Bearer ") else None)
        return await self.inner.handle_async_request(request)


class Sleeps:
    """An injectable `sleep` that records waits and moves the sandbox clock instead."""

    def __init__(self, clock):
        self.calls: list[float] = []
        self._clock = clock

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)
        self._clock.advance(seconds=seconds)


@pytest.fixture
def sandbox_app():
    return create_app(settings=SandboxSettings(rate_limit_per_minute=100_000))


@pytest.fixture
def sandbox(sandbox_app):
    return sandbox_app.state.sandbox


@pytest.fixture
def transport(sandbox_app) -> RecordingTransport:
    return RecordingTransport(httpx.ASGITransport(app=sandbox_app))


@pytest.fixture
def sleeps(sandbox) -> Sleeps:
    return Sleeps(sandbox.clock)


def make_client(transport, token: str, sleeps: Sleeps) -> ClioClient:
    return ClioClient(
        StaticToken(token),
        base_url=SANDBOX_URL,
        transport=transport,
        sleep=sleeps,
        rate_limiter=RateLimiter(sleep=sleeps),
    )


@pytest.fixture
async def clio(sandbox, transport, sleeps) -> AsyncIterator[ClioClient]:
    """A client acting as the demo firm's first attorney."""
    client = make_client(transport, sandbox.issue_token()["access_token"], sleeps)
    yield client
    await client.aclose()
