"""Malformed requests to every route get a 4xx and one log line: never a 500, never a traceback.

The bot here has every route live: installs by many workspaces (Slack's OAuth pages), each person
connecting Clio (the OAuth callback), and a webhook subscription.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from typing import NamedTuple

import pytest

from bot.logs import QUIET
from bot.webhooks.signature import sign as sign_webhook
from tests.slack.webhooks.test_receiver import subscribe
from tests.slack_fake import SIGNING_SECRET, requests
from tests.store.conftest import empty

FORM = "application/x-www-form-urlencoded"
SECRET = "s3cret"


class Case(NamedTuple):
    method: str
    path: str
    headers: dict
    body: bytes
    status: int


def slack(body: bytes, content_type: str = FORM, status: int = 400) -> Case:
    """A request Slack's signing secret signs, with a body bolt cannot read."""
    timestamp = str(int(time.time()))
    base = b"v0:" + timestamp.encode() + b":" + body
    signature = "v0=" + hmac.new(SIGNING_SECRET.encode(), base, hashlib.sha256).hexdigest()
    headers = {
        "content-type": content_type,
        "x-slack-request-timestamp": timestamp,
        "x-slack-signature": signature,
    }
    return Case("POST", "/slack/events", headers, body, status)


def tampered(**changes: str | bytes) -> Case:
    request = requests.app_mention("my tasks")
    headers = {**request.headers, **{k.replace("_", "-"): v for k, v in changes.items()}}
    return Case("POST", "/slack/events", headers, request.body, 401)


def webhook(body: bytes, status: int = 400, path: str = "/clio/webhooks/sub1", **headers) -> Case:
    signed = {"x-hook-signature": sign_webhook(SECRET, body)}
    return Case(
        "POST", path, signed | {k.replace("_", "-"): v for k, v in headers.items()}, body, status
    )


def cases() -> dict[str, Case]:
    """The requests, signed now: Slack's signatures go stale five minutes after signing, and the
    suite may reach this test later than that after collecting it."""
    return {
        "slack: no signature": Case(
            "POST", "/slack/events", {}, b'{"type": "event_callback"}', 401
        ),
        "slack: unsigned bad JSON": Case(
            "POST", "/slack/events", {"content-type": "application/json"}, b"{", 401
        ),
        "slack: timestamp abc": tampered(x_slack_request_timestamp="abc"),
        "slack: timestamp 12.5": tampered(x_slack_request_timestamp="12.5"),
        "slack: timestamp 1e3": tampered(x_slack_request_timestamp="1e3"),
        "slack: signature not ASCII": tampered(x_slack_signature="v0=ü".encode()),
        "slack: signature forged": tampered(x_slack_signature="v0=" + "a" * 64),
        "slack: signed bad JSON": slack(b"{not json", "application/json"),
        "slack: signed JSON array": slack(b"[1, 2]", "application/json"),
        "slack: signed JSON nested too deep": slack(b"[" * 100_000, "application/json"),
        "slack: signed bad payload=": slack(b"payload=not-json"),
        "slack: signed payload= cut short": slack(b"payload=%7B%22type%22%3A"),
        "slack: signed payload= a list": slack(b"payload=%5B%5D"),
        "slack: signed body not UTF-8": slack(b"payload=\xff\xfe", FORM),
        "slack: bad Content-Length": Case(
            "POST", "/slack/events", {"content-length": "1e3"}, b"x", 400
        ),
        "slack: GET": Case("GET", "/slack/events", {}, b"", 405),
        "slack install: POST": Case("POST", "/slack/install", {}, b"", 405),
        "slack redirect: no code": Case("GET", "/slack/oauth_redirect", {}, b"", 400),
        "slack redirect: forged state": Case(
            "GET", "/slack/oauth_redirect?code=c&state=forged", {}, b"", 400
        ),
        "slack redirect: NUL state": Case(
            "GET", "/slack/oauth_redirect?code=c&state=%00", {}, b"", 400
        ),
        "clio callback: no code": Case("GET", "/clio/oauth/callback", {}, b"", 400),
        "clio callback: forged state": Case(
            "GET", "/clio/oauth/callback?code=c&state=forged", {}, b"", 400
        ),
        "clio callback: NUL state": Case(
            "GET", "/clio/oauth/callback?code=c&state=a%00b", {}, b"", 400
        ),
        "clio callback: long state": Case(
            "GET", f"/clio/oauth/callback?code=c&state={'s' * 5000}", {}, b"", 400
        ),
        "webhook: unknown subscription": webhook(b"{}", 410, "/clio/webhooks/unknown"),
        "webhook: NUL in the id": webhook(b"{}", 410, "/clio/webhooks/a%00b"),
        "webhook: signature not ASCII": webhook(b"{}", 401, x_hook_signature="é".encode()),
        "webhook: signature not UTF-8": webhook(b"{}", 401, x_hook_signature=b"\xff\xfe"),
        "webhook: a second handshake": webhook(b"", 401, x_hook_secret="attacker"),
        "webhook: unsigned": Case("POST", "/clio/webhooks/sub1", {}, b"{}", 401),
        "webhook: signed bad JSON": webhook(b"{not json"),
        "webhook: signed, no record": webhook(b'{"meta": {"event": "created"}}'),
        "webhook: signed, a list etag": webhook(
            json.dumps({"data": {"id": 1, "etag": [1]}}).encode()
        ),
        "webhook: GET": Case("GET", "/clio/webhooks/sub1", {}, b"", 405),
        "readyz: POST": Case("POST", "/readyz", {}, b"", 405),
        "unknown path": Case("GET", "/../../etc/passwd", {}, b"", 404),
    }


@pytest.fixture(autouse=True)
async def live_subscription(runtime) -> None:
    await empty(runtime.store)  # a PostgreSQL database is shared with earlier tests
    await runtime.store.migrate()
    await subscribe(runtime)
    await runtime.store.subscriptions.activate("sub1", SECRET)


@pytest.mark.parametrize("bot_database_url", ["sqlite", "postgresql"], indirect=True)
async def test_every_malformed_request_gets_a_4xx_and_one_log_line(bot, caplog):
    caplog.set_level(logging.INFO)  # the bot's levels (bot.logs)
    for name in QUIET:
        caplog.set_level(logging.WARNING, logger=name)
    for name, case in cases().items():
        caplog.clear()
        answer = await bot.request(case.method, case.path, headers=case.headers, content=case.body)
        logged = [r for r in caplog.records if not r.name.startswith("httpx")]
        assert answer.status_code == case.status, name
        assert len(logged) == 1, (name, [r.getMessage() for r in logged])
        [line] = logged
        assert line.levelno < logging.ERROR and line.exc_info is None, name
