"""ASGI middleware in front of everything: injected faults, then for `/api/v4`: the optional
`.json` suffix, API version (410), bearer token (401), rate limit (429), common headers, and the
account quirks the settings ask for (refused fields, moved practice areas)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import JSONResponse, RedirectResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import ApiError, invalid_fields
from .oauth import INVALID_TOKEN, bearer
from .settings import SUPPORTED_API_VERSIONS

if TYPE_CHECKING:
    from .core import Sandbox

API_PREFIX = "/api/v4/"
PRACTICE_AREAS = "/api/v4/practice_areas"


class ApiGate:
    def __init__(self, app: ASGIApp, sandbox: Sandbox) -> None:
        self.app = app
        self.sandbox = sandbox

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        fault = self.sandbox.faults.take(scope["method"], path)
        if fault is not None:
            await fault.response()(scope, receive, send)
            return
        if not path.startswith(API_PREFIX):
            await self.app(scope, receive, send)
            return
        await self.api(scope, receive, send)

    async def api(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope["path"]
        inner = dict(scope)
        inner["sandbox.path"] = path
        inner["path"] = path.removesuffix(".json")
        headers = Headers(scope=scope)
        version = headers.get("x-api-version") or self.sandbox.settings.api_version
        token = bearer(headers)
        budget = self.sandbox.rate_limiter.hit(None)
        extra = budget.headers()
        if version not in SUPPORTED_API_VERSIONS:
            error = ApiError(
                410, f"API version {version} is not supported", type="InvalidApiVersion"
            )
            await error.response()(inner, receive, _with_headers(send, extra))
            return
        user = self.sandbox.tokens.user_for(token)
        if user is None:
            answer = JSONResponse(INVALID_TOKEN, status_code=401)
            await answer(inner, receive, _with_headers(send, extra))
            return
        budget = self.sandbox.rate_limiter.hit(token)
        settings = self.sandbox.settings
        extra = {
            **(budget.headers() if settings.rate_limit_headers else {}),
            "X-API-VERSION": settings.answered_api_version or version,
        }
        if not budget.allowed:
            error = ApiError(
                429,
                f"Rate limit exceeded: retry in {budget.retry_after} seconds",
                type="RateLimited",
                headers={"Retry-After": str(budget.retry_after)},
            )
            await error.response()(inner, receive, _with_headers(send, extra))
            return
        quirk = self.quirk(inner)
        if quirk is not None:
            await quirk(inner, receive, _with_headers(send, extra))
            return
        inner.setdefault("state", {})
        inner["state"] = {**inner["state"], "user": user, "token": token}
        await self.app(inner, receive, _with_headers(send, extra))

    def quirk(self, inner: Scope) -> ASGIApp | None:
        """An answer the settings ask for instead of the endpoint's; may move `inner`'s path."""
        settings = self.sandbox.settings
        query = parse_qs(inner.get("query_string", b"").decode())
        for selection in query.get("fields", []):
            refused = set(re.findall(r"\w+", selection)) & settings.refused_fields
            if refused:
                return invalid_fields(sorted(refused)[0]).response()
        moved = settings.practice_areas_moved_to
        if moved is None or inner["method"] != "GET":
            return None
        here = not urlsplit(moved).netloc
        if inner["path"] == PRACTICE_AREAS:
            target = (self.sandbox.public_url if here else "") + moved
            if query:
                target += f"?{inner['query_string'].decode()}"
            return RedirectResponse(target, status_code=settings.practice_areas_redirect)
        if here and inner["path"] == moved.removesuffix(".json"):
            inner["path"] = PRACTICE_AREAS  # served here instead
        return None


def _with_headers(send: Send, extra: dict[str, str]) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = MutableHeaders(scope=message)
            for name, value in extra.items():
                headers[name] = value
        await send(message)

    return wrapped
