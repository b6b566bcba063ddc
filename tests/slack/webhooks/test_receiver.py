"""Clio's real handshake and signed deliveries, from the sandbox to the bot's receiver."""

from __future__ import annotations

import base64
import json

import httpx
import pytest

from bot.clio import ClioClient, StaticToken
from bot.clio import models as m
from bot.store.tables import Subscription
from bot.webhooks.signature import digest, sign
from tests.slack.conftest import NOW

BOT = "http://bot.test"


@pytest.fixture
def bot_app(server):
    return server


async def subscribe(runtime, model: str = "matter") -> Subscription:
    return await runtime.store.subscriptions.add(
        Subscription(
            id="sub1",
            team_id="T1",
            channel_id="C1",
            owner_id="U1",
            model=model,
            events=["created", "updated"],
            filters={},
            status="pending",
            created_at=NOW,
            deliveries=0,
            failures=0,
        )
    )


async def outbox(runtime) -> list:
    return await runtime.store.outbox.claim(now=NOW.replace(year=2030), limit=100)


@pytest.mark.parametrize("encoding", ["hex", "base64"])
async def test_handshake_then_signed_deliveries_are_stored_once(
    runtime, sandbox_app, bot_app, encoding
):
    """Clio does not say how it encodes `X-Hook-Signature`: deliveries signed either way pass."""
    settings = sandbox_app.state.sandbox.settings
    settings.webhook_signature_encoding = encoding
    settings.webhook_max_retries = 0  # a refused delivery shows at once
    await subscribe(runtime)
    clio = ClioClient(
        StaticToken(sandbox_app.state.sandbox.issue_token()["access_token"]),
        base_url="http://sandbox.test",
        transport=httpx.ASGITransport(app=sandbox_app),
    )
    hook = await clio.webhooks.create(
        m.WebhookCreate(
            url=f"{BOT}/clio/webhooks/sub1",
            model="matter",
            events=["updated"],
            fields="id,etag,status",
        )
    )
    await sandbox_app.state.sandbox.webhooks.drain()
    assert (await runtime.store.subscriptions.get("sub1")).status == "active"
    assert (await clio.webhooks.get(hook.id)).status == "enabled"

    matter = (await clio.matters.page(limit=1)).items[0]
    await clio.matters.update(matter.id, m.MatterUpdate(location="Room 9"))
    await sandbox_app.state.sandbox.webhooks.drain()
    assert [a.status for a in sandbox_app.state.sandbox.webhooks.attempts] == [200, 200]
    [event] = await outbox(runtime)
    assert event.payload["data"]["id"] == matter.id
    assert event.payload["meta"]["event"] == "updated"
    assert (await runtime.store.subscriptions.get("sub1")).deliveries == 1
    await clio.aclose()


async def test_forged_and_replayed_deliveries(runtime, bot_app):
    await subscribe(runtime)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=bot_app), base_url=BOT) as http:
        shook = await http.post("/clio/webhooks/sub1", headers={"X-Hook-Secret": "s3cret"})
        assert shook.status_code == 200
        assert shook.headers["x-hook-secret"] == "s3cret"
        again = await http.post("/clio/webhooks/sub1", headers={"X-Hook-Secret": "attacker"})
        assert again.status_code == 401  # the secret cannot be replaced once live

        body = json.dumps(
            {"data": {"id": 5, "etag": "e1"}, "meta": {"event": "created", "webhook_id": 9}}
        ).encode()
        for signature in (
            sign("wrong", body),  # forged, hex
            base64.b64encode(digest("wrong", body)).decode(),  # forged, base64
            "not-a-signature",  # neither encoding
            base64.b64encode(digest("s3cret", body)).decode()[:-4],  # truncated
            sign("s3cret", body)[:-1] + "é",  # not ASCII
        ):
            forged = await http.post(
                "/clio/webhooks/sub1",
                content=body,
                headers=[(b"X-Hook-Signature", signature.encode("latin-1"))],
            )
            assert forged.status_code == 401, signature
        unsigned = await http.post("/clio/webhooks/sub1", content=body)
        assert unsigned.status_code == 401
        good = {"X-Hook-Signature": sign("s3cret", body)}
        assert (
            await http.post("/clio/webhooks/sub1", content=body, headers=good)
        ).status_code == 200
        assert (
            await http.post("/clio/webhooks/sub1", content=body, headers=good)
        ).status_code == 200
        gone = await http.post("/clio/webhooks/unknown", content=body, headers=good)
        assert gone.status_code == 410  # Clio disables a webhook whose subscription is gone
    assert len(await outbox(runtime)) == 1


async def test_the_embedded_sandbox_delivers_to_the_bot_in_process(tmp_path):
    """`make run` without Clio credentials: watching works with no public URL."""
    from bot.config import Settings
    from bot.runtime import start
    from bot.server import create_server
    from bot.webhooks.catalog import WATCHABLE
    from bot.webhooks.watches import Filters, Subscribed

    settings = Settings(
        _env_file=None,
        slack_bot_token="xoxb-test",
        slack_signing_secret="secret",
        database_url=f"sqlite:///{tmp_path / 'bot.db'}",
    )
    runtime = await start(settings, sandbox_db=str(tmp_path / "sandbox.db"))
    try:
        create_server(settings, runtime=runtime)
        assert runtime.clio is not None and runtime.sandbox is not None
        done = await runtime.watches.watch(
            "T1", "C1", "U1", runtime.clio, WATCHABLE["matter"], ["updated"], Filters()
        )
        assert isinstance(done, Subscribed)
        await runtime.sandbox.webhooks.drain()
        [sub] = await runtime.store.subscriptions.every()
        assert sub.status == "active"  # the handshake reached the receiver in process
    finally:
        await runtime.close()
