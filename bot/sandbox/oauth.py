"""OAuth 2.0 as Clio Manage does it: authorize (auto-approved), token, refresh and deauthorize."""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from .store import Record
from .timeutil import iso, parse_datetime

if TYPE_CHECKING:
    from .core import Sandbox

INVALID_TOKEN = {
    "error": "invalid_token",
    "error_description": (
        "The access token provided is expired, revoked, malformed or invalid for other reasons."
    ),
}
CODE_LIFETIME = timedelta(minutes=10)


def oauth_error(error: str, description: str, status: int = 400) -> JSONResponse:
    return JSONResponse({"error": error, "error_description": description}, status_code=status)


def bearer(request_headers: Any) -> str | None:
    value = request_headers.get("authorization") or ""
    scheme, _, token = value.partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


class Tokens:
    """Authorization codes, access tokens and (non-expiring, reusable) refresh tokens."""

    def __init__(self, sandbox: Sandbox) -> None:
        self._sb = sandbox

    def issue(self, user_id: int, client_id: str | None = None) -> dict[str, Any]:
        refresh = secrets.token_urlsafe(30)
        self._sb.store.put_entry(
            "refresh", refresh, {"user_id": user_id, "client_id": client_id, "revoked": False}
        )
        return {**self._access(user_id, refresh), "refresh_token": refresh}

    def _access(self, user_id: int, refresh: str) -> dict[str, Any]:
        token = secrets.token_urlsafe(30)
        lifetime = self._sb.settings.token_expires_in
        expires = self._sb.clock.now() + timedelta(seconds=lifetime)
        entry = {"user_id": user_id, "refresh": refresh, "expires_at": iso(expires)}
        self._sb.store.put_entry("access", token, {**entry, "revoked": False})
        return {"token_type": "bearer", "access_token": token, "expires_in": lifetime}

    def refresh(self, refresh_token: str) -> dict[str, Any] | None:
        entry = self._sb.store.entry("refresh", refresh_token)
        if entry is None or entry["revoked"]:
            return None
        return self._access(entry["user_id"], refresh_token)

    def user_for(self, token: str | None) -> Record | None:
        entry = self._sb.store.entry("access", token) if token else None
        if entry is None or entry["revoked"]:
            return None
        if parse_datetime(entry["expires_at"]) <= self._sb.clock.now():
            return None
        user = self._sb.store.get("users", entry["user_id"])
        return user if user and user.get("enabled", True) else None

    def expire(self, token: str) -> None:
        entry = self._sb.store.entry("access", token)
        if entry is not None:
            self._sb.store.put_entry(
                "access", token, {**entry, "expires_at": iso(self._sb.clock.now())}
            )

    def revoke(self, token: str) -> bool:
        """Deauthorize: revoke the access token, its refresh token and tokens refreshed from it."""
        entry = self._sb.store.entry("access", token)
        if entry is None or entry["revoked"]:
            return False
        refresh = entry["refresh"]
        for key, body in self._sb.store.keyed_entries("access"):
            if body["refresh"] == refresh:
                self._sb.store.put_entry("access", key, {**body, "revoked": True})
        grant = self._sb.store.entry("refresh", refresh)
        if grant is not None:
            self._sb.store.put_entry("refresh", refresh, {**grant, "revoked": True})
        return True

    def new_code(self, user_id: int, redirect_uri: str, client_id: str | None) -> str:
        code = secrets.token_urlsafe(24)
        expires = iso(self._sb.clock.now() + CODE_LIFETIME)
        body = {
            "user_id": user_id,
            "redirect_uri": redirect_uri,
            "client_id": client_id,
            "expires_at": expires,
            "used": False,
        }
        self._sb.store.put_entry("code", code, body)
        return code

    def redeem(self, code: str, redirect_uri: str | None) -> int | None:
        entry = self._sb.store.entry("code", code)
        if entry is None or entry["used"]:
            return None
        if parse_datetime(entry["expires_at"]) <= self._sb.clock.now():
            return None
        if redirect_uri is not None and redirect_uri != entry["redirect_uri"]:
            return None
        self._sb.store.put_entry("code", code, {**entry, "used": True})
        return int(entry["user_id"])


async def form_fields(request: Request) -> dict[str, str]:
    """The url-encoded form body (the only encoding Clio's OAuth endpoints take)."""
    body = (await request.body()).decode("utf-8", errors="replace")
    return dict(parse_qsl(body, keep_blank_values=True))


def _with_query(url: str, params: dict[str, str]) -> str:
    parts = urlsplit(url)
    query = "&".join(filter(None, [parts.query, urlencode(params)]))
    return urlunsplit(parts._replace(query=query))


def _client_ok(sandbox: Sandbox, client_id: str | None, secret: str | None = None) -> bool:
    settings = sandbox.settings
    if settings.client_id is not None and client_id != settings.client_id:
        return False
    return secret is None or settings.client_secret is None or secret == settings.client_secret


async def authorize(request: Request) -> Response:
    sandbox: Sandbox = request.app.state.sandbox
    params = request.query_params
    redirect_uri = params.get("redirect_uri")
    if not redirect_uri:
        return oauth_error("invalid_request", "redirect_uri is required")
    if params.get("response_type", "code") != "code":
        return oauth_error("unsupported_response_type", "response_type must be code")
    if not _client_ok(sandbox, params.get("client_id")):
        return oauth_error("invalid_client", "Unknown client_id", status=401)
    hint = params.get("login_hint")
    user = sandbox.users.find_by_email(hint) if hint else sandbox.users.first_attorney()
    if user is None:
        return oauth_error("invalid_request", f"No sandbox user has the email {hint}")
    code = sandbox.tokens.new_code(user["id"], redirect_uri, params.get("client_id"))
    answer = {"code": code}
    if "state" in params:
        answer["state"] = params["state"]
    return RedirectResponse(_with_query(redirect_uri, answer), status_code=302)


async def token(request: Request) -> Response:
    sandbox: Sandbox = request.app.state.sandbox
    fields = await form_fields(request)
    if not _client_ok(sandbox, fields.get("client_id"), fields.get("client_secret")):
        return oauth_error("invalid_client", "Client authentication failed", status=401)
    grant = fields.get("grant_type")
    if grant == "authorization_code":
        user_id = sandbox.tokens.redeem(fields.get("code", ""), fields.get("redirect_uri"))
        if user_id is None:
            return oauth_error("invalid_grant", "The authorization code is invalid or expired")
        return JSONResponse(sandbox.tokens.issue(user_id, fields.get("client_id")))
    if grant == "refresh_token":
        answer = sandbox.tokens.refresh(fields.get("refresh_token", ""))
        if answer is None:
            return oauth_error("invalid_grant", "The refresh token is invalid or revoked")
        return JSONResponse(answer)
    return oauth_error("unsupported_grant_type", f"grant_type {grant!r} is not supported")


async def deauthorize(request: Request) -> Response:
    sandbox: Sandbox = request.app.state.sandbox
    access = bearer(request.headers) or (await form_fields(request)).get("token")
    if not access or not sandbox.tokens.revoke(access):
        return JSONResponse(INVALID_TOKEN, status_code=401)
    return JSONResponse({})


def routes() -> list[Route]:
    return [
        Route("/oauth/authorize", authorize, methods=["GET"]),
        Route("/oauth/token", token, methods=["POST"]),
        Route("/oauth/deauthorize", deauthorize, methods=["POST"]),
    ]
