"""Webhook subscriptions: validation of url, model, events, fields and expiry; activation."""

from __future__ import annotations

import ipaddress
import secrets
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .. import api
from .. import writes as w
from ..errors import ApiError, unprocessable
from ..fields import parse_fields
from ..model import Ctx, Ref, Resource
from ..store import Record
from ..timeutil import iso, parse_datetime

MODELS = {
    "matter": ("matters", 1),
    "activity": ("activities", 2),
    "bill": ("bills", 3),
    "calendar_entry": ("calendar_entries", 4),
    "communication": ("communications", 5),
    "contact": ("contacts", 6),
    "task": ("tasks", 7),
    "document": ("documents", 8),
    "folder": ("folders", 9),
    "clio_payments_payment": ("clio_payments_payments", 10),
}
BASE_EVENTS = ("created", "updated", "deleted")
MATTER_EVENTS = ("matter_opened", "matter_pended", "matter_closed")
MAX_FIELDS_LENGTH = 1000
DEFAULT_LIFETIME = timedelta(days=3)
MAX_LIFETIME = timedelta(days=31)


def events_for(model: str) -> tuple[str, ...]:
    if model == "clio_payments_payment":
        return ("created", "updated")
    return BASE_EVENTS + (MATTER_EVENTS if model == "matter" else ())


def url_allowed(ctx: Ctx, url: str) -> bool:
    """https anywhere; http only to loopback addresses or hosts the sandbox was told to allow."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return True
    if parts.scheme != "http" or not parts.hostname:
        return False
    host = parts.hostname
    if host == "localhost" or host in ctx.sb.settings.webhook_allowed_hosts:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def write_url(ctx: Ctx, record: Record, name: str, value: Any) -> None:
    if not isinstance(value, str) or not url_allowed(ctx, value):
        raise unprocessable("url must use https")
    record["url"] = value


def write_model(_ctx: Ctx, record: Record, name: str, value: Any) -> None:
    by_number = {number: model for model, (_, number) in MODELS.items()}
    model = by_number.get(value) if isinstance(value, int) else value
    if isinstance(value, str) and value.isdigit():
        model = by_number.get(int(value))
    if model not in MODELS:
        raise unprocessable(f"{name} must be one of: {', '.join(MODELS)}")
    record["model"] = model


def write_events(_ctx: Ctx, record: Record, name: str, value: Any) -> None:
    if not isinstance(value, list) or not all(isinstance(e, str) for e in value):
        raise unprocessable(f"{name} must be a list of strings")
    record["events"] = list(dict.fromkeys(value))


def write_fields(_ctx: Ctx, record: Record, name: str, value: Any) -> None:
    if not isinstance(value, str):
        raise unprocessable(f"{name} must be a string")
    if len(value) > MAX_FIELDS_LENGTH:
        raise unprocessable(f"{name} is longer than {MAX_FIELDS_LENGTH} characters")
    record["fields"] = value


def check_webhook(ctx: Ctx, record: Record, old: Record | None) -> None:
    """Events must suit the model, fields must be valid for it, expiry within 31 days."""
    from ..registry import REGISTRY

    model = record["model"]
    allowed = events_for(model)
    record.setdefault("events", list(allowed[:3]))
    bad = [e for e in record["events"] if e not in allowed]
    w.require(not bad, f"events not supported for {model}: {', '.join(bad)}")
    target = REGISTRY[MODELS[model][0]]
    try:
        parse_fields(record["fields"], target.schema)
    except ApiError as error:
        raise unprocessable(error.message, type="InvalidFields") from None
    now = ctx.now()
    if old is None and not record.get("expires_at"):
        record["expires_at"] = iso(now + DEFAULT_LIFETIME)
    expires = parse_datetime(record["expires_at"])
    w.require(expires <= now + MAX_LIFETIME, "expires_at must be at most 31 days from now")
    w.require(expires > now, "expires_at must be in the future")
    if old is None or old["url"] != record["url"]:
        record["status"] = "pending"


def handshake(ctx: Ctx, record: Record, old: Record | None) -> None:
    if old is None or old["url"] != record["url"]:
        ctx.sb.webhooks.start_handshake(record["id"])


WEBHOOKS = Resource(
    key="webhooks",
    path="webhooks",
    label="Webhook",
    schema="Webhook",
    id_base=1_420_000,
    relations={"user": Ref("users", "user_id")},
    writes={
        "url": write_url,
        "model": write_model,
        "events": write_events,
        "fields": write_fields,
        "expires_at": w.moment(),
    },
    initial=lambda ctx: {
        "user_id": ctx.user["id"],
        "status": "pending",
        "shared_secret": secrets.token_hex(16),
    },
    validate=check_webhook,
    after_save=handshake,
    visible=lambda ctx, r: r["user_id"] == ctx.user["id"],
)


async def activate_endpoint(request: Request) -> Response:
    """`PUT /api/v4/webhooks/{id}/activate` with the handshake's `X-Hook-Secret`."""
    ctx = api.ctx_of(request)
    hook = api.load(ctx, WEBHOOKS, request.path_params["id"])
    if request.headers.get("x-hook-secret") != hook["shared_secret"]:
        raise unprocessable("X-Hook-Secret does not match this webhook's secret")
    enabled = api.update(ctx, WEBHOOKS, hook, {}, adjust=lambda r: r.update(status="enabled"))
    picks = api.picks_for(WEBHOOKS, api.params_of(request))
    return api.show(ctx, WEBHOOKS, enabled, picks)


def routes() -> list[Route]:
    return [Route("/api/v4/webhooks/{id}/activate", activate_endpoint, methods=["PUT"])]


RESOURCES = (WEBHOOKS,)
