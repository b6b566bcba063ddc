"""Webhook delivery: the activation handshake, signed event payloads, retries with exponential
backoff, 410 disabling, expiry, and `drain()` so tests can wait until nothing is in flight."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
from collections.abc import Coroutine
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from .fields import parse_fields
from .model import Ctx, Resource
from .render import render
from .settings import SignatureEncoding
from .store import Record
from .timeutil import parse_datetime

if TYPE_CHECKING:
    from .core import Sandbox

STATUS_EVENTS = {"Open": "matter_opened", "Pending": "matter_pended", "Closed": "matter_closed"}


@dataclass(frozen=True)
class Attempt:
    """One HTTP request made to a webhook URL (`status` None: no answer, e.g. a timeout)."""

    webhook_id: int
    event: str
    attempt: int
    status: int | None


def sign(secret: str, body: bytes, encoding: SignatureEncoding = "hex") -> str:
    """HMAC-SHA256 of the raw body, as lower-case hex or base64."""
    digest = hmac.new(secret.encode(), body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode() if encoding == "base64" else digest.hex()


class Webhooks:
    """Fires events for changed records to the webhooks that watch them, in background tasks."""

    def __init__(self, sandbox: Sandbox, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self._sb = sandbox
        self._transport = transport
        self._client: httpx.AsyncClient | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._notified: dict[int, set[int]] = {}
        self.attempts: list[Attempt] = []

    # -- events ----------------------------------------------------------------------------------
    def record_changed(
        self, res: Resource, event: str, old: Record | None, new: Record | None
    ) -> None:
        if res.webhook_model is None:
            return
        record = new if new is not None else old
        assert record is not None
        events = [event]
        if res.key == "matters" and old and new and old["status"] != new["status"]:
            events.append(STATUS_EVENTS[new["status"]])
        for hook in self._sb.store.all("webhooks"):
            if hook["model"] != res.webhook_model or not self._live(hook):
                continue
            for name in events:
                if name in hook["events"]:
                    self._fire(res, hook, name, old, record)

    def _live(self, hook: Record) -> bool:
        expired = parse_datetime(hook["expires_at"]) <= self._sb.clock.now()
        return hook["status"] == "enabled" and not expired

    def _fire(
        self, res: Resource, hook: Record, event: str, old: Record | None, record: Record
    ) -> None:
        creator = self._sb.store.get("users", hook["user_id"])
        if creator is None:
            return
        ctx = Ctx(self._sb, creator)
        if res.visible is not None and not res.visible(ctx, record):
            return
        picks = parse_fields(hook["fields"], res.schema)
        data = render(ctx, res, record, picks)
        seen = self._notified.setdefault(hook["id"], set())
        watched_unchanged = old is not None and render(ctx, res, old, picks) == data
        if event == "updated" and record["id"] in seen and watched_unchanged:
            return
        seen.add(record["id"])
        payload = {"data": data, "meta": {"event": event, "webhook_id": hook["id"]}}
        self._spawn(self._deliver(hook["id"], event, payload))

    # -- HTTP ------------------------------------------------------------------------------------
    def client(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(transport=self._transport)
        return self._client

    async def _post(
        self, hook: Record, body: bytes, headers: dict[str, str]
    ) -> httpx.Response | None:
        try:
            return await self.client().post(
                hook["url"],
                content=body,
                headers={"Content-Type": "application/json", **headers},
                timeout=self._sb.settings.webhook_timeout,
            )
        except httpx.HTTPError:
            return None

    async def _deliver(self, hook_id: int, event: str, payload: dict[str, Any]) -> None:
        body = json.dumps(payload, separators=(",", ":")).encode()
        settings = self._sb.settings
        for attempt in range(settings.webhook_max_retries + 1):
            hook = self._sb.store.get("webhooks", hook_id)
            if hook is None or not self._live(hook):
                return
            signature = sign(hook["shared_secret"], body, settings.webhook_signature_encoding)
            answer = await self._post(hook, body, {"X-Hook-Signature": signature})
            status = answer.status_code if answer is not None else None
            self.attempts.append(Attempt(hook_id, event, attempt, status))
            if status == 410:
                self._set_status(hook_id, "suspended")
                return
            if status is not None and 200 <= status < 400:
                return
            if attempt < settings.webhook_max_retries:
                await asyncio.sleep(settings.webhook_retry_base * 2**attempt)

    def start_handshake(self, hook_id: int) -> None:
        self._spawn(self._handshake(hook_id))

    async def _handshake(self, hook_id: int) -> None:
        hook = self._sb.store.get("webhooks", hook_id)
        if hook is None:
            return
        secret = hook["shared_secret"]
        body = json.dumps({"webhook_id": hook_id}).encode()
        answer = await self._post(hook, body, {"X-Hook-Secret": secret})
        status = answer.status_code if answer is not None else None
        self.attempts.append(Attempt(hook_id, "handshake", 0, status))
        if answer is not None and status == 200 and answer.headers.get("x-hook-secret") == secret:
            self._set_status(hook_id, "enabled")

    def _set_status(self, hook_id: int, status: str) -> None:
        from .api import stamp
        from .registry import REGISTRY

        hook = self._sb.store.get("webhooks", hook_id)
        if hook is None or hook["status"] == status:
            return
        changed = {**hook, "status": status}
        creator = self._sb.store.get("users", hook["user_id"]) or {}
        stamp(Ctx(self._sb, creator), REGISTRY["webhooks"], changed, new=False)
        self._sb.store.put("webhooks", changed)

    # -- task bookkeeping ------------------------------------------------------------------------
    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        try:
            task = asyncio.get_running_loop().create_task(work)
        except RuntimeError:
            work.close()
            return
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def drain(self) -> None:
        """Wait until every handshake and delivery (including retries) has finished."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def aclose(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*list(self._tasks), return_exceptions=True)
        if self._client is not None:
            await self._client.aclose()
            self._client = None
