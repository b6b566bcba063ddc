"""The receiving end of Clio's webhooks: handshake, signature check, outbox; 2xx only once stored."""

from __future__ import annotations

import json
import logging
import re

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from bot.guard import refuse
from bot.webhooks.signature import valid

log = logging.getLogger(__name__)

PATH = "/clio/webhooks/{subscription_id}"
SUBSCRIPTION_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")  # as `watches` makes them


def dedupe_key(payload: dict) -> str:
    """One delivery of one change: Clio's retries of it share the key."""
    data, meta = payload.get("data") or {}, payload.get("meta") or {}
    return f"{meta.get('webhook_id')}:{data.get('id')}:{meta.get('event')}:{data.get('etag')}"


async def clio_webhook(request: Request) -> Response:
    runtime = request.app.state.runtime
    store, now = runtime.store, runtime.clock()
    subscription_id = request.path_params["subscription_id"]
    subscription = (
        await store.subscriptions.get(subscription_id)
        if SUBSCRIPTION_ID.fullmatch(subscription_id)
        else None
    )
    if subscription is None:
        refuse(request, "no such subscription")
        return Response(status_code=410)  # Clio disables a webhook that answers 410
    body = await request.body()
    offered = request.headers.get("x-hook-secret")
    if offered is not None:
        known = store.subscriptions.secret_of(subscription)
        if subscription.status != "pending" or (known is not None and known != offered):
            refuse(request, f"handshake for subscription {subscription.id}")
            return Response(status_code=401)
        await store.subscriptions.activate(subscription.id, offered)
        log.info("webhook subscription %s active", subscription.id)
        return Response(status_code=200, headers={"X-Hook-Secret": offered})
    secret = store.subscriptions.secret_of(subscription)
    if secret is None or not valid(secret, body, request.headers.get("x-hook-signature")):
        refuse(request, f"bad signature for subscription {subscription.id}")
        return Response(status_code=401)
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError):
        refuse(request, f"a delivery for subscription {subscription.id} that is not JSON")
        return Response(status_code=400)
    data = payload.get("data") if isinstance(payload, dict) else None
    etag = data.get("etag") if isinstance(data, dict) else None
    if not isinstance(data, dict) or "id" not in data or not isinstance(etag, str | None):
        refuse(request, f"a delivery for subscription {subscription.id} without a record")
        return Response(status_code=400)
    record_id = str(data["id"])
    if await store.outbox.has(subscription.id, record_id, etag, source="backfill"):
        return JSONResponse({"ok": True})  # this version was found by polling already
    await store.outbox.add(
        subscription.id, dedupe_key(payload), payload, now=now, record_id=record_id, etag=etag
    )
    return JSONResponse({"ok": True})
