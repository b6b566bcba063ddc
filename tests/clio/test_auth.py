"""OAuth against the sandbox: authorize, exchange, refresh on expiry and on 401."""

from __future__ import annotations

import asyncio
import datetime as dt
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from bot.clio import (
    ClioClient,
    ClioReauthorizationRequired,
    OAuthClient,
    OAuthTokenProvider,
)
from tests.conftest import SANDBOX_URL

REDIRECT = "https://bot.example.test/clio/oauth/callback"


@pytest.fixture
def oauth(transport) -> OAuthClient:
    return OAuthClient(
        SANDBOX_URL, "client-id", "client-secret", http=httpx.AsyncClient(transport=transport)
    )


async def authorize(oauth: OAuthClient, transport, email: str | None = None):
    extra = {"login_hint": email} if email else {}
    url = oauth.authorize_url(REDIRECT, "state-123", **extra)
    async with httpx.AsyncClient(transport=transport) as http:
        answer = await http.get(url)
    assert answer.status_code in (302, 303)
    query = parse_qs(urlsplit(answer.headers["location"]).query)
    assert query["state"] == ["state-123"]
    return await oauth.exchange_code(query["code"][0], REDIRECT)


async def test_code_exchange_gives_tokens_for_the_hinted_user(oauth, transport, sandbox):
    staff = next(u for u in sandbox.users if u["contacts_visibility"] == "restricted")
    tokens = await authorize(oauth, transport, staff["email"])
    assert tokens.access_token
    assert tokens.refresh_token
    assert tokens.expires_at
    provider = OAuthTokenProvider(oauth, tokens, key="staff")
    async with ClioClient(provider, base_url=SANDBOX_URL, transport=transport) as clio:
        assert (await clio.users.who_am_i()).email == staff["email"]
    assert "access_token" not in repr(tokens)
    assert tokens.access_token not in repr(tokens)


async def test_401_refreshes_once_and_keeps_the_refresh_token(oauth, transport, sandbox):
    tokens = await authorize(oauth, transport)
    saved = []

    async def on_refresh(new):
        saved.append(new)

    provider = OAuthTokenProvider(oauth, tokens, key="a", on_refresh=on_refresh)
    async with ClioClient(provider, base_url=SANDBOX_URL, transport=transport) as clio:
        sandbox.expire_token(tokens.access_token)
        results = await asyncio.gather(*(clio.users.who_am_i() for _ in range(5)))
    assert len({r.id for r in results}) == 1
    assert len(saved) == 1, "concurrent 401s must lead to one refresh"
    assert saved[0].access_token != tokens.access_token
    assert saved[0].refresh_token == tokens.refresh_token  # Clio sent none back: keep ours


async def test_refresh_before_expiry(oauth, transport):
    tokens = await authorize(oauth, transport)
    clock_now = tokens.expires_at - dt.timedelta(minutes=1)  # inside the 5-minute skew
    provider = OAuthTokenProvider(oauth, tokens, key="b", clock=lambda: clock_now)
    assert await provider.token() != tokens.access_token


async def test_refused_refresh_asks_to_reconnect(oauth, transport):
    tokens = await authorize(oauth, transport)
    await oauth.deauthorize(tokens.access_token)
    broken = tokens.model_copy(update={"refresh_token": "revoked-or-unknown"})
    provider = OAuthTokenProvider(oauth, broken, key="c")
    async with ClioClient(provider, base_url=SANDBOX_URL, transport=transport) as clio:
        with pytest.raises(ClioReauthorizationRequired):
            await clio.users.who_am_i()
