"""The request builders produce requests a real AsyncApp verifies, parses and routes."""

import asyncio
import json
import time
from typing import Any

import pytest
from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.web.async_client import AsyncWebClient

from tests.slack_fake import BOT_TOKEN, BOT_USER_ID, CHANNEL_ID, TEAM_ID, USER_ID, FakeSlack
from tests.slack_fake import requests as slack
from tests.slack_fake.defaults import SIGNING_SECRET

Body = dict[str, Any]


@pytest.fixture
def app(fake_slack: FakeSlack) -> AsyncApp:
    """A tiny app whose single-workspace authorization calls auth.test on the fake."""
    client = AsyncWebClient(token=BOT_TOKEN, base_url=fake_slack.url)
    return AsyncApp(signing_secret=SIGNING_SECRET, client=client)


async def dispatch(app: AsyncApp, request: slack.SignedRequest) -> tuple[int, str]:
    response = await app.async_dispatch(request.bolt())
    return response.status, response.body


async def test_slash_command(app: AsyncApp, fake_slack: FakeSlack) -> None:
    seen: list[Body] = []

    @app.command("/clio")
    async def command(ack: AsyncAck, body: Body, respond: AsyncRespond) -> None:
        seen.append(body)
        await ack()
        await respond("Logged 1.5h")

    url = fake_slack.response_url("cmd")
    status, _ = await dispatch(app, slack.slash_command("log 1.5h", response_url=url))
    assert status == 200
    assert (seen[0]["text"], seen[0]["user_id"], seen[0]["team_id"]) == (
        "log 1.5h",
        USER_ID,
        TEAM_ID,
    )
    assert seen[0]["trigger_id"]
    [response] = await fake_slack.wait_for("response_url")
    assert (response.url_name, response.params["text"]) == ("cmd", "Logged 1.5h")
    assert fake_slack.last("auth.test").token == BOT_TOKEN


async def test_block_action_in_a_message(app: AsyncApp, fake_slack: FakeSlack) -> None:
    seen: list[Body] = []

    @app.action("approve")
    async def approve(ack: AsyncAck, action: Body, respond: AsyncRespond) -> None:
        await ack()
        seen.append(action)
        await respond(replace_original=True, text="Approved")

    request = slack.block_actions(
        "approve",
        "entry-42",
        message_ts="1700000000.000100",
        response_url=fake_slack.response_url(),
    )
    assert (await dispatch(app, request))[0] == 200
    assert seen[0]["value"] == "entry-42"
    [response] = await fake_slack.wait_for("response_url")
    assert response.params["replace_original"] is True


async def test_block_action_in_a_view_opens_a_modal(app: AsyncApp, fake_slack: FakeSlack) -> None:
    @app.action("pick_matter")
    async def pick(ack: AsyncAck, body: Body, action: Body, client: AsyncWebClient) -> None:
        await ack()
        assert body["view"]["callback_id"] == "log_time"
        assert action["selected_option"]["value"] == "00123"
        modal = {
            "type": "modal",
            "title": {"type": "plain_text", "text": "Matter"},
            "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "Pick one"}}],
        }
        await client.views_push(trigger_id=body["trigger_id"], view=modal)

    view = slack.view_payload(callback_id="log_time")
    request = slack.block_actions("pick_matter", "00123", action_type="static_select", view=view)
    assert (await dispatch(app, request))[0] == 200
    [push] = await fake_slack.wait_for("views.push")
    assert push.ok


async def test_view_submission(app: AsyncApp) -> None:
    values = {"hours": {"hours_input": {"type": "plain_text_input", "value": "1.5"}}}

    @app.view("log_time")
    async def submit(ack: AsyncAck, view: Body) -> None:
        hours = view["state"]["values"]["hours"]["hours_input"]["value"]
        await ack(response_action="errors", errors={"hours": f"{hours} is over the cap"})

    request = slack.view_submission("log_time", values, private_metadata='{"matter": 7}')
    status, body = await dispatch(app, request)
    assert status == 200
    assert json.loads(body) == {
        "response_action": "errors",
        "errors": {"hours": "1.5 is over the cap"},
    }


async def test_block_suggestion(app: AsyncApp) -> None:
    @app.options("matter")
    async def matters(ack: AsyncAck, payload: Body) -> None:
        query = payload["value"]
        await ack(
            options=[{"text": {"type": "plain_text", "text": f"{query} v. Smith"}, "value": "7"}]
        )

    status, body = await dispatch(app, slack.block_suggestion("matter", "Jones"))
    assert status == 200
    assert json.loads(body)["options"][0]["text"]["text"] == "Jones v. Smith"


async def test_global_shortcut_and_message_action(app: AsyncApp, fake_slack: FakeSlack) -> None:
    seen: list[str] = []

    @app.shortcut("new_task")
    async def new_task(ack: AsyncAck, shortcut: Body) -> None:
        await ack()
        seen.append(shortcut["type"])

    @app.message_shortcut("log_from_message")
    async def from_message(ack: AsyncAck, shortcut: Body) -> None:
        await ack()
        seen.append(shortcut["message"]["text"])

    assert (await dispatch(app, slack.shortcut("new_task")))[0] == 200
    request = slack.message_action(
        "log_from_message",
        "call with client 0.3",
        "1700000000.000200",
        CHANNEL_ID,
        response_url=fake_slack.response_url(),
    )
    assert (await dispatch(app, request))[0] == 200
    assert seen == ["shortcut", "call with client 0.3"]


@pytest.mark.parametrize(
    ("request_factory", "event_type"),
    [
        (lambda: slack.app_mention(f"<@{BOT_USER_ID}> log 1h"), "app_mention"),
        (lambda: slack.dm_message("log 1h"), "message"),
        (lambda: slack.dm_message("", files=[{"id": "F1", "name": "a.pdf"}]), "message"),
        (lambda: slack.app_home_opened(), "app_home_opened"),
        (lambda: slack.file_shared("F0SHARED1"), "file_shared"),
        (lambda: slack.app_uninstalled(), "app_uninstalled"),
        (lambda: slack.tokens_revoked(), "tokens_revoked"),
    ],
)
async def test_events(app: AsyncApp, request_factory: Any, event_type: str) -> None:
    seen: asyncio.Queue[dict[str, Any]] = asyncio.Queue()

    @app.event(event_type)
    async def handle(event: Body) -> None:
        await seen.put(event)

    assert (await dispatch(app, request_factory()))[0] == 200  # acked before the listener runs
    event = await asyncio.wait_for(seen.get(), timeout=2)
    assert event["type"] == event_type


async def test_url_verification(app: AsyncApp) -> None:
    status, body = await dispatch(app, slack.url_verification("abc"))
    assert (status, json.loads(body)) == (200, {"challenge": "abc"})


@pytest.mark.parametrize(
    "options",
    [{"signing_secret": "forged"}, {"timestamp": int(time.time()) - 6 * 60}],
    ids=["forged", "stale"],
)
async def test_forged_or_stale_requests_are_refused(app: AsyncApp, options: Any) -> None:
    called = []

    @app.command("/clio")
    async def command(ack: AsyncAck) -> None:
        called.append(True)
        await ack()

    request = slack.slash_command("log 1h", response_url="http://127.0.0.1:9/", **options)
    assert (await dispatch(app, request))[0] == 401
    assert called == []


def test_retry_headers() -> None:
    headers = slack.shortcut("x", retry_num=1).headers
    assert (headers["x-slack-retry-num"], headers["x-slack-retry-reason"]) == ("1", "http_timeout")
    assert "x-slack-retry-num" not in slack.shortcut("x").headers


def test_trigger_ids_are_unique() -> None:
    assert slack.new_trigger_id() != slack.new_trigger_id()


async def test_raw_requests_work_too(app: AsyncApp) -> None:
    """What an ASGI test posts: the raw body and headers, as AsyncBoltRequest sees them."""
    body, headers = slack.url_verification("xyz")
    response = await app.async_dispatch(AsyncBoltRequest(body=body.decode(), headers=dict(headers)))
    assert response.status == 200
