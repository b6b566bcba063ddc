"""Webhooks: handshake, signed deliveries, watched fields, matter events, 410, retries, expiry."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bot.sandbox import Sandbox, SandboxClock, SandboxSettings, create_app

from .conftest import BASE_URL, NOW
from .helpers import contact_id, matter_id

HOOK_URL = "http://bot.test/clio/webhooks"


@dataclass
class Receiver:
    """A tiny in-process webhook receiver: records requests, answers from a script."""

    echo_secret: bool = True
    statuses: list[int] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)

    async def handle(self, request: Request) -> Response:
        body = await request.body()
        secret = request.headers.get("x-hook-secret")
        self.requests.append({"headers": dict(request.headers), "body": body})
        if secret is not None:
            headers = {"X-Hook-Secret": secret} if self.echo_secret else {}
            return JSONResponse({}, headers=headers)
        return Response(status_code=self.statuses.pop(0) if self.statuses else 200)

    @property
    def events(self) -> list[dict[str, Any]]:
        return [json.loads(r["body"]) for r in self.requests if "x-hook-signature" in r["headers"]]

    def app(self) -> Starlette:
        return Starlette(routes=[Route("/clio/webhooks", self.handle, methods=["POST"])])


@pytest.fixture
def receiver() -> Receiver:
    return Receiver()


@pytest.fixture
async def hooked(receiver: Receiver) -> AsyncIterator[tuple[Sandbox, httpx.AsyncClient]]:
    """A sandbox whose webhook deliveries go to `receiver`, and a client acting as Alice."""
    settings = SandboxSettings(webhook_allowed_hosts={"bot.test"}, webhook_retry_base=0.001)
    app = create_app(
        clock=SandboxClock(lambda: NOW),
        settings=settings,
        webhook_transport=httpx.ASGITransport(app=receiver.app()),
    )
    sandbox: Sandbox = app.state.sandbox
    token = sandbox.issue_token()["access_token"]
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url=BASE_URL,
        headers={"Authorization": f"Bearer {token}"},
    ) as client:
        yield sandbox, client
    await sandbox.aclose()


async def subscribe(
    client: httpx.AsyncClient, headers: dict[str, str] | None = None, **data: Any
) -> dict[str, Any]:
    body = {"url": HOOK_URL, "model": "matter", "fields": "id,status", **data}
    response = await client.post(
        "/api/v4/webhooks.json",
        params={"fields": "id,status,shared_secret,expires_at,events,model"},
        json={"data": body},
        headers=headers,
    )
    assert response.status_code == 201, response.text
    return dict(response.json()["data"])


async def status_of(client: httpx.AsyncClient, hook: dict[str, Any]) -> str:
    response = await client.get(f"/api/v4/webhooks/{hook['id']}.json", params={"fields": "status"})
    return str(response.json()["data"]["status"])


async def test_handshake_and_signed_deliveries(
    hooked: tuple[Sandbox, httpx.AsyncClient], receiver: Receiver
) -> None:
    sandbox, client = hooked
    hook = await subscribe(
        client, events=["created", "updated", "deleted"], fields="id,description,client{name}"
    )
    assert hook["status"] == "pending"
    assert hook["expires_at"].startswith("2025-03-15T")  # three days
    await sandbox.webhooks.drain()
    handshake = receiver.requests[0]
    assert handshake["headers"]["x-hook-secret"] == hook["shared_secret"]
    assert await status_of(client, hook) == "enabled"

    created = await client.post(
        "/api/v4/matters.json",
        params={"fields": "id"},
        json={
            "data": {"client": {"id": contact_id(sandbox, last_name="Chen")}, "description": "New"}
        },
    )
    new_id = created.json()["data"]["id"]
    await client.patch(f"/api/v4/matters/{new_id}.json", json={"data": {"description": "Renamed"}})
    await client.delete(f"/api/v4/matters/{new_id}.json")
    await sandbox.webhooks.drain()

    signed = [r for r in receiver.requests if "x-hook-signature" in r["headers"]]
    for request in signed:
        expected = hmac.new(
            hook["shared_secret"].encode(), request["body"], hashlib.sha256
        ).hexdigest()
        assert request["headers"]["x-hook-signature"] == expected
    assert [e["meta"] for e in receiver.events] == [
        {"event": event, "webhook_id": hook["id"]} for event in ("created", "updated", "deleted")
    ]
    assert receiver.events[1]["data"] == {
        "id": new_id,
        "description": "Renamed",
        "client": {"name": "Emily Chen"},
    }


async def test_signature_in_base64_when_set(
    hooked: tuple[Sandbox, httpx.AsyncClient], receiver: Receiver
) -> None:
    sandbox, client = hooked
    sandbox.settings.webhook_signature_encoding = "base64"
    hook = await subscribe(client, events=["updated"])
    await sandbox.webhooks.drain()
    ident = matter_id(sandbox, "00042-Smith")
    await client.patch(f"/api/v4/matters/{ident}.json", json={"data": {"status": "closed"}})
    await sandbox.webhooks.drain()
    [request] = [r for r in receiver.requests if "x-hook-signature" in r["headers"]]
    digest = hmac.new(hook["shared_secret"].encode(), request["body"], hashlib.sha256).digest()
    assert request["headers"]["x-hook-signature"] == base64.b64encode(digest).decode()


async def test_delayed_activation(
    hooked: tuple[Sandbox, httpx.AsyncClient], receiver: Receiver
) -> None:
    sandbox, client = hooked
    receiver.echo_secret = False
    hook = await subscribe(client)
    await sandbox.webhooks.drain()
    assert await status_of(client, hook) == "pending"
    url = f"/api/v4/webhooks/{hook['id']}/activate"
    wrong = await client.put(url, headers={"X-Hook-Secret": "nope"})
    assert wrong.status_code == 422
    right = await client.put(
        url, headers={"X-Hook-Secret": hook["shared_secret"]}, params={"fields": "status"}
    )
    assert right.json()["data"] == {"status": "enabled"}


async def test_pending_webhooks_do_not_fire(
    hooked: tuple[Sandbox, httpx.AsyncClient], receiver: Receiver
) -> None:
    sandbox, client = hooked
    receiver.echo_secret = False
    await subscribe(client, events=["updated"])
    await sandbox.webhooks.drain()
    await client.patch(
        f"/api/v4/matters/{matter_id(sandbox, '00042-Smith')}.json",
        json={"data": {"location": "x"}},
    )
    await sandbox.webhooks.drain()
    assert receiver.events == []


async def test_watched_fields_and_matter_events(
    hooked: tuple[Sandbox, httpx.AsyncClient], receiver: Receiver
) -> None:
    sandbox, client = hooked
    hook = await subscribe(client, events=["updated", "matter_closed", "matter_opened"])
    await sandbox.webhooks.drain()
    url = f"/api/v4/matters/{matter_id(sandbox, '00042-Smith')}.json"
    await client.patch(url, json={"data": {"location": "Court 1"}})  # first update always fires
    await client.patch(url, json={"data": {"location": "Court 2"}})  # status unchanged: silent
    await client.patch(url, json={"data": {"status": "closed"}})
    await client.patch(url, json={"data": {"status": "open"}})
    await sandbox.webhooks.drain()
    events = [(e["meta"]["event"], e["data"]["status"]) for e in receiver.events]
    assert events == [
        ("updated", "Open"),
        ("updated", "Closed"),
        ("matter_closed", "Closed"),
        ("updated", "Open"),
        ("matter_opened", "Open"),
    ]
    assert receiver.events
    assert all(e["meta"]["webhook_id"] == hook["id"] for e in receiver.events)


async def test_gone_disables(hooked: tuple[Sandbox, httpx.AsyncClient], receiver: Receiver) -> None:
    sandbox, client = hooked
    hook = await subscribe(client, events=["updated"], fields="id,location")
    await sandbox.webhooks.drain()
    receiver.statuses = [410]
    url = f"/api/v4/matters/{matter_id(sandbox, '00042-Smith')}.json"
    await client.patch(url, json={"data": {"location": "A"}})
    await sandbox.webhooks.drain()
    assert await status_of(client, hook) == "suspended"
    await client.patch(url, json={"data": {"location": "B"}})
    await sandbox.webhooks.drain()
    assert len(receiver.events) == 1


async def test_retries_with_backoff(
    hooked: tuple[Sandbox, httpx.AsyncClient], receiver: Receiver
) -> None:
    sandbox, client = hooked
    hook = await subscribe(client, events=["updated"], fields="id,location")
    await sandbox.webhooks.drain()
    receiver.statuses = [500, 503]
    url = f"/api/v4/matters/{matter_id(sandbox, '00042-Smith')}.json"
    await client.patch(url, json={"data": {"location": "A"}})
    await sandbox.webhooks.drain()
    attempts = [a for a in sandbox.webhooks.attempts if a.event == "updated"]
    assert [(a.attempt, a.status) for a in attempts] == [(0, 500), (1, 503), (2, 200)]
    assert len({json.dumps(e) for e in receiver.events}) == 1  # the same payload each time

    receiver.statuses = [500] * 10
    await client.patch(url, json={"data": {"location": "B"}})
    await sandbox.webhooks.drain()
    failed = [a for a in sandbox.webhooks.attempts if a.event == "updated"][3:]
    assert len(failed) == 1 + sandbox.settings.webhook_max_retries
    assert await status_of(client, hook) == "enabled"


async def test_expired_webhooks_do_not_fire(
    hooked: tuple[Sandbox, httpx.AsyncClient], receiver: Receiver
) -> None:
    sandbox, client = hooked
    await subscribe(client, events=["updated"], expires_at="2025-03-13T15:00:00Z")
    await sandbox.webhooks.drain()
    sandbox.clock.advance(days=2)
    await client.patch(
        f"/api/v4/matters/{matter_id(sandbox, '00042-Smith')}.json",
        json={"data": {"location": "x"}},
    )
    await sandbox.webhooks.drain()
    assert receiver.events == []


async def test_events_only_for_records_the_creator_sees(
    receiver: Receiver, hooked: tuple[Sandbox, httpx.AsyncClient]
) -> None:
    sandbox, alice = hooked
    token = sandbox.issue_token("priya@demo-firm.test")["access_token"]
    as_priya = {"Authorization": f"Bearer {token}"}
    await subscribe(alice, as_priya, model="contact", events=["updated"], fields="id,name")
    await sandbox.webhooks.drain()
    jones = contact_id(sandbox, last_name="Jones")
    smith = contact_id(sandbox, first_name="John", last_name="Smith")
    await alice.patch(f"/api/v4/contacts/{jones}.json", json={"data": {"title": "Defendant"}})
    await alice.patch(f"/api/v4/contacts/{smith}.json", json={"data": {"title": "Plaintiff"}})
    await sandbox.webhooks.drain()
    assert [e["data"]["id"] for e in receiver.events] == [smith]


@pytest.mark.parametrize(
    ("data", "status"),
    [
        ({"url": "http://evil.test/hook"}, 422),
        ({"url": "ftp://bot.test/hook"}, 422),
        ({"url": "http://127.0.0.1:9000/hook"}, 201),
        ({"url": "http://localhost/hook"}, 201),
        ({"url": "https://anywhere.example.com/hook"}, 201),
        ({"model": 7}, 201),
        ({"model": "invoice"}, 422),
        ({"fields": "id," + "x" * 1000}, 422),
        ({"fields": "id,bogus"}, 422),
        ({"expires_at": "2025-04-20T00:00:00Z"}, 422),
        ({"events": ["matter_closed"], "model": "task"}, 422),
        ({"events": ["deleted"], "model": "clio_payments_payment"}, 422),
        ({"events": ["created"], "model": "clio_payments_payment"}, 201),
    ],
)
async def test_subscription_validation(
    client: httpx.AsyncClient, data: dict[str, Any], status: int
) -> None:
    body = {"url": HOOK_URL, "model": "matter", "fields": "id", **data}
    response = await client.post(
        "/api/v4/webhooks.json", params={"fields": "model"}, json={"data": body}
    )
    assert response.status_code == status, response.text
    if data.get("model") == 7:
        assert response.json()["data"]["model"] == "task"


async def test_extending_expiry(client: httpx.AsyncClient) -> None:
    hook = await subscribe(client)
    url = f"/api/v4/webhooks/{hook['id']}.json"
    later = await client.patch(
        url, params={"fields": "expires_at"}, json={"data": {"expires_at": "2025-04-10T00:00:00Z"}}
    )
    assert later.json()["data"]["expires_at"].startswith("2025-04-09T20:00:00")
    too_late = await client.patch(url, json={"data": {"expires_at": "2025-05-10T00:00:00Z"}})
    assert too_late.status_code == 422
