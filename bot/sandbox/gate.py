"""ASGI middleware in front of everything: injected faults, then for `/api/v4`: the optional
`.json` suffix, API version (410), bearer token (401), rate limit (429) and common headers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import ApiError
from .oauth import INVALID_TOKEN, bearer
from .settings import SUPPORTED_API_VERSIONS

if TYPE_CHECKING:
    from .core import Sandbox

API_PREFIX = "/api/v4/"


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
        extra = {**budget.headers(), "X-API-VERSION": version}
        if not budget.allowed:
            error = ApiError(
                429,
                f"Rate limit exceeded: retry in {budget.retry_after} seconds",
                type="RateLimited",
                headers={"Retry-After": str(budget.retry_after)},
            )
            await error.response()(inner, receive, _with_headers(send, extra))
            return
        inner.setdefault("state", {})
        inner["state"] = {**inner["state"], "user": user, "token": token}
        await self.app(inner, receive, _with_headers(send, extra))


def _with_headers(send: Send, extra: dict[str, str]) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = MutableHeaders(scope=message)
            for name, value in extra.items():
                headers[name] = value
        await send(message)

    return wrapped
