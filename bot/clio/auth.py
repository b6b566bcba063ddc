"""Access tokens for Clio: a fixed token, or OAuth 2.0 with refresh."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Protocol
from urllib.parse import urlencode

import httpx
from pydantic import BaseModel

from bot.clio.errors import ClioReauthorizationRequired, error_from_response, unavailable
from bot.clio.regions import API_PREFIX

Clock = Callable[[], datetime]
PROBE_TIMEOUT = 5.0  # seconds a readiness probe waits for Clio


def utc_now() -> datetime:
    return datetime.now(UTC)


class TokenSet(BaseModel):
    """What Clio's token endpoint returns, with the expiry made absolute."""

    access_token: str
    refresh_token: str | None = None
    token_type: str = "bearer"
    expires_at: datetime | None = None

    def __repr__(self) -> str:  # never print tokens
        return f"TokenSet(expires_at={self.expires_at!r})"

    __str__ = __repr__


class TokenProvider(Protocol):
    """Hands out the current access token for one Clio identity."""

    @property
    def key(self) -> str:
        """A stable, non-secret id for the identity (rate limits are per token)."""

    async def token(self) -> str:
        """A usable access token, refreshed first when it is about to expire."""

    async def refresh(self, stale: str) -> bool:
        """Refresh after `stale` was refused; False when refreshing is impossible."""


def token_key(token: str) -> str:
    """A short non-reversible id for a token, safe to log."""
    return hashlib.sha256(token.encode()).hexdigest()[:12]


class StaticToken:
    """One fixed access token (e.g. `CLIO_ACCESS_TOKEN`); it cannot be refreshed."""

    def __init__(self, access_token: str):
        self._token = access_token
        self.key = token_key(access_token)

    async def token(self) -> str:
        return self._token

    async def refresh(self, stale: str) -> bool:
        return False


class OAuthClient:
    """Clio's OAuth endpoints on the region's app host."""

    def __init__(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        http: httpx.AsyncClient | None = None,
        clock: Clock = utc_now,
    ):
        self.host = host.rstrip("/")
        self.client_id = client_id
        self._client_secret = client_secret
        self._http = http or httpx.AsyncClient(timeout=20)
        self._clock = clock

    def authorize_url(self, redirect_uri: str, state: str, **extra: str) -> str:
        """Where to send a person to approve the app (`extra` e.g. `login_hint`)."""
        query = {
            "response_type": "code",
            "client_id": self.client_id,
            "redirect_uri": redirect_uri,
            "state": state,
            "redirect_on_decline": "true",
            **extra,
        }
        return f"{self.host}/oauth/authorize?{urlencode(query)}"

    async def exchange_code(self, code: str, redirect_uri: str) -> TokenSet:
        """The authorization-code grant."""
        return await self._grant(
            {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri}
        )

    async def refresh(self, refresh_token: str) -> TokenSet:
        """The refresh grant; Clio may omit a new refresh token, so the old one is kept."""
        tokens = await self._grant({"grant_type": "refresh_token", "refresh_token": refresh_token})
        if not tokens.refresh_token:
            tokens = tokens.model_copy(update={"refresh_token": refresh_token})
        return tokens

    async def probe(self) -> int:
        """The status Clio's API answers a `who_am_i` without a token with (401 when it is up),
        within a short timeout (`/readyz`). Raises `ClioUnavailable` when Clio does not answer."""
        try:
            response = await self._http.get(
                f"{self.host}{API_PREFIX}/users/who_am_i.json", timeout=PROBE_TIMEOUT
            )
        except httpx.TransportError as exc:
            raise unavailable(exc) from exc
        return response.status_code

    async def deauthorize(self, access_token: str) -> None:
        """Revoke a token at Clio."""
        try:
            response = await self._http.post(
                f"{self.host}/oauth/deauthorize",
                data={"token": access_token},
                headers={"Authorization": f"Bearer {access_token}"},
            )
        except httpx.TransportError as exc:
            raise unavailable(exc) from exc
        if response.status_code >= 400 and response.status_code != 401:
            raise error_from_response(response)

    async def _grant(self, form: dict[str, str]) -> TokenSet:
        form = {**form, "client_id": self.client_id, "client_secret": self._client_secret}
        try:
            response = await self._http.post(f"{self.host}/oauth/token", data=form)
        except httpx.TransportError as exc:
            raise unavailable(exc) from exc
        if response.status_code in (400, 401):
            raise ClioReauthorizationRequired(
                "Clio refused the authorization; please connect again", status=401
            )
        if response.status_code >= 400:
            raise error_from_response(response)
        body = response.json()
        expires_in = body.get("expires_in")
        return TokenSet(
            access_token=body["access_token"],
            refresh_token=body.get("refresh_token"),
            token_type=body.get("token_type", "bearer"),
            expires_at=self._clock() + timedelta(seconds=int(expires_in)) if expires_in else None,
        )


class OAuthTokenProvider:
    """One identity's OAuth tokens: refreshed before expiry and after a 401, once at a time."""

    def __init__(
        self,
        oauth: OAuthClient,
        tokens: TokenSet,
        *,
        key: str,
        on_refresh: Callable[[TokenSet], Awaitable[None]] | None = None,
        skew: timedelta = timedelta(minutes=5),
        clock: Clock = utc_now,
    ):
        self.key = key
        self._oauth = oauth
        self._tokens = tokens
        self._on_refresh = on_refresh
        self._skew = skew
        self._clock = clock
        self._lock = asyncio.Lock()

    @property
    def tokens(self) -> TokenSet:
        return self._tokens

    async def token(self) -> str:
        if self._expiring():
            async with self._lock:
                if self._expiring():
                    await self._refresh_locked()
        return self._tokens.access_token

    async def refresh(self, stale: str) -> bool:
        async with self._lock:
            if self._tokens.access_token == stale:  # nobody refreshed it meanwhile
                await self._refresh_locked()
        return True

    def _expiring(self) -> bool:
        expires_at = self._tokens.expires_at
        return expires_at is not None and self._clock() >= expires_at - self._skew

    async def _refresh_locked(self) -> None:
        if not self._tokens.refresh_token:
            raise ClioReauthorizationRequired("the Clio session expired; please connect again")
        self._tokens = await self._oauth.refresh(self._tokens.refresh_token)
        if self._on_refresh is not None:
            await self._on_refresh(self._tokens)
