"""One Clio identity's HTTP session: auth, pacing, retries and typed errors on httpx."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Self

import httpx

from bot.clio.auth import PROBE_TIMEOUT, TokenProvider
from bot.clio.errors import (
    ClioError,
    ClioNoAnswer,
    ClioRateLimited,
    ClioServerError,
    error_from_response,
    unavailable,
)
from bot.clio.ratelimit import RateLimiter
from bot.clio.regions import API_PREFIX, api_base

log = logging.getLogger(__name__)

DEFAULT_API_VERSION = "4.0.13"
REDIRECTS = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 3
Primitive = str | int | float | bool | None
# a query as httpx takes it: values are plain (a list repeats the name)
Params = Mapping[str, Primitive | Sequence[Primitive]] | list[tuple[str, Primitive]]
WaitNotice = Callable[[float], Awaitable[None]]
_on_rate_limited: ContextVar[WaitNotice | None] = ContextVar("on_rate_limited", default=None)


@dataclass
class Writes:
    """Requests that may have changed something in Clio, counted within `watch_writes`."""

    count: int = 0


_writes: ContextVar[Writes | None] = ContextVar("writes", default=None)


@contextlib.contextmanager
def notify_rate_limits(notice: WaitNotice) -> Iterator[None]:
    """Within this block, tell the person (once a request) when Clio asks us to wait."""
    token = _on_rate_limited.set(notice)
    try:
        yield
    finally:
        _on_rate_limited.reset(token)


@contextlib.contextmanager
def watch_writes() -> Iterator[Writes]:
    """Within this block, count the writes that may have been applied: sent, and answered with
    success, a server error or nothing at all. While the count is 0, Clio is untouched."""
    writes = Writes()
    token = _writes.set(writes)
    try:
        yield writes
    finally:
        _writes.reset(token)


def _may_have_written(method: str) -> None:
    writes = _writes.get()
    if writes is not None and method != "GET":
        writes.count += 1


class ClioSession:
    """Raw Clio API v4 calls for one identity (one token provider).

    Requests go to `<host>/api/v4/<path>`. Every request carries the bearer token and
    the pinned `X-API-VERSION`. It paces itself on Clio's rate-limit headers, waits out
    a 429's `Retry-After`, refreshes the token once on a 401 `invalid_token`, and retries
    5xx answers and transport failures for GET only (a POST may have been applied). A
    transport failure is `ClioUnreachable` when nothing was sent, else `ClioNoAnswer`. A GET
    redirected within this account's API (practice areas on newer accounts) is followed, the
    redirects kept in the answer's `history`; a redirect elsewhere is a `ClioError`.
    """

    def __init__(
        self,
        auth: TokenProvider,
        *,
        region: str | None = None,
        base_url: str | None = None,
        api_version: str = DEFAULT_API_VERSION,
        http: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: float = 20.0,
        max_retries: int = 3,
        backoff: float = 0.5,
        rate_limiter: RateLimiter | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ):
        self.base_url = api_base(region, base_url)
        self.api_version = api_version
        self.auth = auth
        self._http = http or httpx.AsyncClient(transport=transport, timeout=timeout)
        self._max_retries = max_retries
        self._backoff = backoff
        self._limiter = rate_limiter or RateLimiter(sleep=sleep)
        self._sleep = sleep

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def url(self, path: str) -> str:
        """The absolute URL for an API path: `matters.json`, `/api/v4/matters.json`...

        Absolute URLs are accepted only on this client's own host (paging links).
        """
        if path.startswith(("http://", "https://")):
            if not path.startswith(self.base_url + "/"):
                raise ValueError("refusing a URL outside this Clio account's API")
            return path
        path = "/" + path.lstrip("/")
        if path.startswith(API_PREFIX + "/"):
            path = path[len(API_PREFIX) :]
        return self.base_url + path

    async def probe(self) -> int:
        """The status of one `who_am_i` with this identity's token: no retry, no pacing, a short
        timeout (`/readyz`). Raises `ClioUnavailable` when Clio does not answer."""
        headers = {
            "Authorization": f"Bearer {await self.auth.token()}",
            "X-API-VERSION": self.api_version,
            "Accept": "application/json",
        }
        try:
            response = await self._http.get(
                self.url("users/who_am_i.json"),
                params={"fields": "id"},
                headers=headers,
                timeout=PROBE_TIMEOUT,
            )
        except httpx.TransportError as exc:
            raise unavailable(exc) from exc
        return response.status_code

    async def request(
        self,
        method: str,
        path: str,
        params: Params | None = None,
        json: Any = None,
    ) -> Any:
        """Any API call ("Make an API call"): the decoded JSON reply, None when empty."""
        response = await self.send(method, path, params=params, json=json)
        if not response.content:
            return None
        try:
            return response.json()
        except ValueError:
            return response.text

    async def send(
        self,
        method: str,
        path: str,
        *,
        params: Params | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """One API call with auth, pacing and retries; raises a typed `ClioError`."""
        method = method.upper()
        url = self.url(path)
        refreshed = False
        attempt = 0
        history: list[httpx.Response] = []
        while True:
            token = await self.auth.token()
            await self._limiter.acquire(self.auth.key)
            request_headers = {
                "Authorization": f"Bearer {token}",
                "X-API-VERSION": self.api_version,
                "Accept": "application/json",
                **(headers or {}),
            }
            try:
                response = await self._http.request(
                    method, url, params=params, json=json, headers=request_headers
                )
            except httpx.TransportError as exc:  # timeouts included
                lost = unavailable(exc)
                if method == "GET" and attempt < self._max_retries:
                    attempt += 1
                    await self._sleep(self._backoff * 2 ** (attempt - 1))
                    continue
                if isinstance(lost, ClioNoAnswer):
                    _may_have_written(method)
                log.warning(
                    "clio %s: %s after %d attempts", method, type(lost).__name__, attempt + 1
                )
                raise lost from exc
            self._limiter.update(self.auth.key, response.headers)
            status = response.status_code
            if method == "GET" and status in REDIRECTS:
                log.info("clio redirected a GET (%d)", status)
                history.append(response)
                url, params = self._followed(response, len(history)), None  # query included
                continue
            if status < 400 or status >= 500:
                _may_have_written(method)
            if status < 400:
                response.history = history
                return response
            error = error_from_response(response)
            if status == 401 and not refreshed and error.type == "invalid_token":
                refreshed = True
                if await self.auth.refresh(token):
                    continue
            elif status == 429 and attempt < self._max_retries:
                attempt += 1
                assert isinstance(error, ClioRateLimited)
                wait = error.retry_after if error.retry_after is not None else 60.0
                log.info("clio rate limited; waiting %.1fs (attempt %d)", wait, attempt)
                notice = _on_rate_limited.get()
                if notice is not None and attempt == 1:
                    await notice(wait)
                self._limiter.penalise(self.auth.key, wait)
                continue
            elif status >= 500 and method == "GET" and attempt < self._max_retries:
                attempt += 1
                await self._sleep(self._backoff * 2 ** (attempt - 1))
                continue
            log.info("clio %s answered %d (%s)", method, status, error.type or "-")
            raise error

    def _followed(self, response: httpx.Response, hops: int) -> str:
        """Where a redirect points; a ClioError unless that is inside this account's API."""
        status, location = response.status_code, response.headers.get("location")
        if not location:
            raise ClioError(f"Clio answered {status} without a Location", status=status)
        if hops > MAX_REDIRECTS:
            raise ClioError(f"Clio redirected more than {MAX_REDIRECTS} times", status=status)
        target = response.url.join(location)
        try:
            return self.url(str(target))
        except ValueError:
            raise ClioError(
                f"Clio redirected to {target.host}{target.path}, outside this account's API: "
                "not followed",
                status=status,
            ) from None

    async def put_upload(self, url: str, content: Any, headers: Mapping[str, str]) -> None:
        """PUT file bytes to a document's `put_url` (storage, not Clio: no Clio auth)."""
        try:
            response = await self._http.put(url, content=content, headers=dict(headers))
        except httpx.TransportError as exc:  # timeouts included
            error = unavailable(exc, "the document store")
            if isinstance(error, ClioNoAnswer):
                _may_have_written("PUT")
            raise error from exc
        _may_have_written("PUT")
        if response.status_code >= 400:
            raise ClioServerError(
                f"the document store refused the upload ({response.status_code})",
                status=response.status_code,
            )
