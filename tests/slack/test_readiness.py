"""`/readyz` answers 200 only while the database and Clio answer, else 503 with the reason;
`/healthz` is liveness alone."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import pytest

from bot.clio import ClioClient, OAuthClient, StaticToken
from bot.connections import Connections
from bot.runtime import Runtime
from bot.secrets import Cipher
from bot.server import create_server
from bot.store import Store
from tests.conftest import SANDBOX_URL

CLOSED_PORT = "http://127.0.0.1:1"  # nothing listens: a connection is refused at once


@asynccontextmanager
async def serving(runtime: Runtime) -> AsyncIterator[httpx.AsyncClient]:
    app = create_server(runtime.settings, runtime=runtime)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://bot.test"
    ) as client:
        yield client


async def test_ready_while_the_database_and_clio_answer(bot):
    answer = await bot.get("/readyz")
    assert answer.status_code == 200
    assert answer.json() == {"ok": True, "database": "ok", "clio": "ok"}


@pytest.mark.parametrize(
    "url", ["postgresql://postgres@127.0.0.1:1/gone", "sqlite:////no/such/directory/bot.db"]
)
async def test_not_ready_without_the_database_and_says_so(runtime, url, caplog):
    broken = dataclasses.replace(runtime, store=Store(url, cipher=Cipher.generate()))
    try:
        async with serving(broken) as bot:
            answer = await bot.get("/readyz")
            assert (await bot.get("/healthz")).status_code == 200  # still alive
    finally:
        await broken.store.close()
    assert answer.status_code == 503
    assert answer.json() == {
        "ok": False,
        "database": "unreachable (OperationalError)",
        "clio": "ok",
    }
    assert [r.getMessage() for r in caplog.records if r.name == "bot.server"] == [
        "not ready: database unreachable (OperationalError), clio ok"
    ]


async def test_not_ready_when_clio_is_unreachable(runtime):
    clio = ClioClient(StaticToken("token"), base_url=CLOSED_PORT)
    try:
        async with serving(dataclasses.replace(runtime, clio=clio)) as bot:
            answer = await bot.get("/readyz")
            assert (await bot.get("/healthz")).status_code == 200
    finally:
        await clio.aclose()
    assert answer.status_code == 503
    assert answer.json() == {
        "ok": False,
        "database": "ok",
        "clio": "unreachable (no connection could be made)",
    }


async def test_not_ready_when_clio_refuses_the_shared_token(runtime, clio_traffic):
    clio = ClioClient(StaticToken("revoked"), base_url=SANDBOX_URL, transport=clio_traffic)
    try:
        async with serving(dataclasses.replace(runtime, clio=clio)) as bot:
            answer = await bot.get("/readyz")
    finally:
        await clio.aclose()
    assert answer.status_code == 503
    assert answer.json()["clio"] == "refuses the shared token (401)"


@pytest.mark.parametrize("host, ready", [(SANDBOX_URL, True), (CLOSED_PORT, False)])
async def test_each_person_connecting_needs_only_that_clio_answers(
    runtime, clock, clio_traffic, host, ready
):
    """With no shared token, Clio answering at all (a 401 to no token) is ready."""
    http = httpx.AsyncClient(transport=clio_traffic if host == SANDBOX_URL else None)
    oauth = OAuthClient(host, "demo-client", "secret", http=http)
    connections = Connections(runtime.store, oauth, public_url="http://bot.test", clock=clock.now)
    try:
        per_person = dataclasses.replace(runtime, clio=None, connections=connections)
        async with serving(per_person) as bot:
            answer = await bot.get("/readyz")
    finally:
        await http.aclose()
    assert answer.status_code == (200 if ready else 503)
    expected = "ok" if ready else "unreachable (no connection could be made)"
    assert answer.json()["clio"] == expected
