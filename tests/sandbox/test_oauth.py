"""OAuth: authorize -> token -> refresh -> deauthorize, who_am_i, and bad tokens."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx

from bot.sandbox import Sandbox

REDIRECT = "https://bot.test/clio/callback?team=T1"
INVALID = {
    "error": "invalid_token",
    "error_description": (
        "The access token provided is expired, revoked, malformed or invalid for other reasons."
    ),
}


async def authorize(anon: httpx.AsyncClient, **extra: str) -> dict[str, list[str]]:
    params = {"response_type": "code", "client_id": "app", "redirect_uri": REDIRECT, **extra}
    response = await anon.get("/oauth/authorize", params=params)
    assert response.status_code == 302
    location = response.headers["location"]
    assert location.startswith("https://bot.test/clio/callback?team=T1&")
    return parse_qs(urlsplit(location).query)


async def exchange(anon: httpx.AsyncClient, code: str) -> httpx.Response:
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "client_id": "app",
        "client_secret": "secret",
        "redirect_uri": REDIRECT,
    }
    return await anon.post("/oauth/token", data=form)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_full_flow(anon: httpx.AsyncClient, sandbox: Sandbox) -> None:
    query = await authorize(anon, state="xyz")
    assert query["state"] == ["xyz"]
    tokens = (await exchange(anon, query["code"][0])).json()
    assert tokens["token_type"] == "bearer"
    assert tokens["expires_in"] == 2_592_000
    me = await anon.get(
        "/api/v4/users/who_am_i.json?fields=id,email,name", headers=bearer(tokens["access_token"])
    )
    assert me.json()["data"]["email"] == "alice@demo-firm.test"

    form = {
        "grant_type": "refresh_token",
        "refresh_token": tokens["refresh_token"],
        "client_id": "app",
        "client_secret": "s",
    }
    refreshed = (await anon.post("/oauth/token", data=form)).json()
    assert set(refreshed) == {"token_type", "access_token", "expires_in"}
    assert refreshed["access_token"] != tokens["access_token"]
    again = (await anon.post("/oauth/token", data=form)).json()
    assert "access_token" in again  # the refresh token stays valid

    gone = await anon.post("/oauth/deauthorize", headers=bearer(refreshed["access_token"]))
    assert gone.status_code == 200
    for token in (refreshed["access_token"], tokens["access_token"]):
        denied = await anon.get("/api/v4/users/who_am_i.json", headers=bearer(token))
        assert denied.status_code == 401
        assert denied.json() == INVALID
    assert (await anon.post("/oauth/token", data=form)).json()["error"] == "invalid_grant"


async def test_login_hint_picks_the_user(anon: httpx.AsyncClient) -> None:
    query = await authorize(anon, login_hint="priya@demo-firm.test")
    tokens = (await exchange(anon, query["code"][0])).json()
    me = await anon.get(
        "/api/v4/users/who_am_i?fields=name,subscription_type",
        headers=bearer(tokens["access_token"]),
    )
    assert me.json()["data"] == {"name": "Priya Shah", "subscription_type": "NonAttorney"}


async def test_codes_are_single_use_and_redirect_checked(anon: httpx.AsyncClient) -> None:
    code = (await authorize(anon))["code"][0]
    assert (await exchange(anon, code)).status_code == 200
    reused = await exchange(anon, code)
    assert reused.status_code == 400
    assert reused.json()["error"] == "invalid_grant"
    other = (await authorize(anon))["code"][0]
    form = {"grant_type": "authorization_code", "code": other, "redirect_uri": "https://evil.test/"}
    assert (await anon.post("/oauth/token", data=form)).status_code == 400


async def test_configured_client_credentials(anon: httpx.AsyncClient, sandbox: Sandbox) -> None:
    sandbox.settings.client_id, sandbox.settings.client_secret = "app", "right"
    code = (await authorize(anon))["code"][0]
    wrong = await exchange(anon, code)
    assert wrong.status_code == 401
    assert wrong.json()["error"] == "invalid_client"


async def test_missing_bad_and_expired_tokens(anon: httpx.AsyncClient, sandbox: Sandbox) -> None:
    assert (await anon.get("/api/v4/matters.json")).json() == INVALID
    bad = await anon.get("/api/v4/matters.json", headers=bearer("nope"))
    assert bad.status_code == 401
    assert bad.json() == INVALID
    token = sandbox.issue_token("marcus@demo-firm.test")["access_token"]
    assert (await anon.get("/api/v4/matters.json", headers=bearer(token))).status_code == 200
    sandbox.expire_token(token)
    assert (await anon.get("/api/v4/matters.json", headers=bearer(token))).status_code == 401


async def test_tokens_expire_with_the_clock(anon: httpx.AsyncClient, sandbox: Sandbox) -> None:
    sandbox.settings.token_expires_in = 60
    tokens = sandbox.issue_token()
    assert tokens["expires_in"] == 60
    headers = bearer(tokens["access_token"])
    assert (await anon.get("/api/v4/users/who_am_i.json", headers=headers)).status_code == 200
    sandbox.clock.advance(seconds=61)
    assert (await anon.get("/api/v4/users/who_am_i.json", headers=headers)).status_code == 401


async def test_who_am_i_conditional(client: httpx.AsyncClient) -> None:
    first = await client.get(
        "/api/v4/users/who_am_i.json", params={"fields": "id,etag,account{name}"}
    )
    assert first.json()["data"]["account"] == {"name": "Demo Firm LLP"}
    etag = first.headers["etag"]
    assert first.json()["data"]["etag"] == etag
    second = await client.get("/api/v4/users/who_am_i.json", headers={"If-None-Match": etag})
    assert second.status_code == 304
