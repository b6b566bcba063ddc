"""Block Kit limits: violations are answered `invalid_blocks` and recorded."""

import json
from typing import Any

import pytest
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from tests.slack_fake import BOT_TOKEN, CHANNEL_ID, USER_ID, FakeSlack
from tests.slack_fake.blockkit import (
    check_message,
    check_metadata,
    check_options,
    check_text,
    check_view,
)


def plain(text: str) -> dict[str, str]:
    return {"type": "plain_text", "text": text}


def section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def button(text: str = "OK", value: str = "v", action_id: str = "a") -> dict[str, Any]:
    return {"type": "button", "text": plain(text), "value": value, "action_id": action_id}


def actions(*elements: dict[str, Any]) -> dict[str, Any]:
    return {"type": "actions", "elements": list(elements)}


def modal(**fields: Any) -> dict[str, Any]:
    return {"type": "modal", "title": plain("Log time"), "blocks": [], **fields}


def options(n: int) -> list[dict[str, Any]]:
    return [{"text": plain(f"Matter {i}"), "value": str(i)} for i in range(n)]


def confirm(**overrides: str) -> dict[str, Any]:
    texts = {"title": "Sure?", "text": "Delete it", "confirm": "Yes", "deny": "No", **overrides}
    return {key: plain(value) for key, value in texts.items()}


@pytest.mark.parametrize(
    ("blocks", "pointer"),
    [
        ([section("x")] * 51, "/blocks"),
        ([section("x" * 3001)], "/blocks/0/text/text"),
        ([{"type": "header", "text": plain("x" * 151)}], "/blocks/0/text/text"),
        ([actions(button(text="x" * 76))], "/blocks/0/elements/0/text/text"),
        ([actions(button(value="x" * 2001))], "/blocks/0/elements/0/value"),
        ([actions(button(action_id="x" * 256))], "/blocks/0/elements/0/action_id"),
        ([{**section("x"), "block_id": "x" * 256}], "/blocks/0/block_id"),
        ([actions(*[button(action_id=str(i)) for i in range(26)])], "/blocks/0/elements"),
        ([actions({**button(), "confirm": confirm(title="x" * 101)})], "confirm/title/text"),
        ([actions({**button(), "confirm": confirm(text="x" * 301)})], "confirm/text/text"),
        ([actions({**button(), "confirm": confirm(confirm="x" * 31)})], "confirm/confirm/text"),
        ([actions({**button(), "confirm": confirm(deny="x" * 31)})], "confirm/deny/text"),
        (
            [
                {
                    **section("Matter"),
                    "accessory": {"type": "static_select", "options": options(101)},
                }
            ],
            "/blocks/0/accessory/options",
        ),
    ],
)
def test_message_limits(blocks: list[dict[str, Any]], pointer: str) -> None:
    [error] = check_message(blocks)
    assert error.endswith(f"{pointer}]")


@pytest.mark.parametrize(
    ("blocks", "error"),
    [
        (
            [actions(button(action_id="pick"), button(action_id="pick"))],
            "duplicate action_id 'pick' [json-pointer:/blocks/0/elements/1/action_id]",
        ),
        (
            [{**section("a"), "block_id": "b"}, {**section("b"), "block_id": "b"}],
            "duplicate block_id 'b' [json-pointer:/blocks/1/block_id]",
        ),
        (
            [{**section("x"), "colour": "red"}],
            "invalid additional property [json-pointer:/blocks/0/colour]",
        ),
        ([{"type": "teleporter"}], "unknown type 'teleporter' [json-pointer:/blocks/0]"),
        (  # slack-sdk's own model of a date picker
            [actions({"type": "datepicker", "action_id": "d", "initial_date": "18/11/2026"})],
            "initial_date attribute must be in format 'YYYY-MM-DD' [json-pointer:/blocks/0]",
        ),
    ],
)
def test_rules_beyond_lengths(blocks: list[dict[str, Any]], error: str) -> None:
    assert check_message(blocks) == [error]


def test_the_same_action_id_in_two_blocks_is_fine() -> None:
    assert (
        check_message([actions(button(action_id="pick")), actions(button(action_id="pick"))]) == []
    )


@pytest.mark.parametrize(
    ("params", "error"),
    [
        ({"text": "hi"}, None),
        ({"text": "x" * 40_000}, None),
        ({"text": "x" * 40_001}, "msg_too_long"),
        ({"blocks": [section("x")]}, "no_text"),  # a fallback text is required with blocks
        ({}, "no_text"),
    ],
)
def test_message_text(params: dict[str, Any], error: str | None) -> None:
    assert check_text(params) == error


@pytest.mark.parametrize(
    ("metadata", "error"),
    [
        (None, None),
        ({"event_type": "clio_change", "event_payload": {"outbox": "1,2"}}, None),
        ({"event_type": "clio change", "event_payload": {}}, "invalid_metadata_schema"),
        ({"event_type": "clio_change"}, "invalid_metadata_schema"),
        ("clio_change", "invalid_metadata_format"),
    ],
)
def test_message_metadata(metadata: Any, error: str | None) -> None:
    assert check_metadata(metadata) == error


def test_block_suggestion_options() -> None:
    assert check_options({"options": options(100)}) == []
    assert check_options({"options": options(101)}) == [
        "must be no more than 100 items [json-pointer:/options]"
    ]
    too_long = [{"text": plain("x" * 76), "value": "v" * 151}]
    assert check_options({"options": too_long}) == [
        "must be less than 76 characters [json-pointer:/options/0/text/text]",
        "must be less than 151 characters [json-pointer:/options/0/value]",
    ]


def test_private_metadata_holds_3000_characters() -> None:
    fits = json.dumps({"text": "x" * 2980})
    assert check_view(modal(blocks=[section("x")], private_metadata=fits)) == []
    japanese = json.dumps({"text": "時間を記録" * 120})  # 600 characters, escaped as \uXXXX
    assert check_view(modal(blocks=[section("x")], private_metadata=japanese)) == [
        "must be less than 3001 characters [json-pointer:/view/private_metadata]"
    ]


def test_messages_within_limits_pass() -> None:
    blocks = [
        section("x" * 3000),
        {"type": "header", "text": plain("x" * 150)},
        actions(*[button("x" * 75, "v" * 2000, f"a{i}") for i in range(25)]),
        {**section("Matter"), "accessory": {"type": "static_select", "options": options(100)}},
        actions({**button(), "confirm": confirm(title="x" * 100, text="x" * 300)}),
    ]
    assert check_message(blocks + [section("x")] * 45) == []


@pytest.mark.parametrize(
    ("view", "pointer"),
    [
        (modal(title=plain("x" * 25)), "/view/title/text"),
        (modal(submit=plain("x" * 25)), "/view/submit/text"),
        (modal(close=plain("x" * 25)), "/view/close/text"),
        (modal(blocks=[section("x")] * 101), "/view/blocks"),
        (modal(blocks=[]), "/view"),  # slack-sdk: a view holds 1 to 100 blocks
        ({"type": "home", "blocks": [section("x")] * 101}, "/view/blocks"),
    ],
)
def test_view_limits(view: dict[str, Any], pointer: str) -> None:
    [error] = check_view(view)
    assert error.endswith(f"{pointer}]")


def test_modals_may_hold_100_blocks() -> None:
    assert check_view(modal(blocks=[section("x")] * 100, submit=plain("x" * 24))) == []


async def test_the_fake_refuses_and_records_violations(fake_slack: FakeSlack) -> None:
    client = AsyncWebClient(token=BOT_TOKEN, base_url=fake_slack.url)
    with pytest.raises(SlackApiError) as error:
        await client.chat_postMessage(channel=CHANNEL_ID, text="t", blocks=[section("x" * 3001)])
    assert error.value.response["error"] == "invalid_blocks"
    assert error.value.response["errors"] == [
        "must be less than 3001 characters [json-pointer:/blocks/0/text/text]"
    ]
    with pytest.raises(SlackApiError, match="invalid_blocks"):
        await client.views_publish(
            user_id=USER_ID, view={"type": "home", "blocks": [section("x")] * 101}
        )
    response = await AsyncWebhookClient(fake_slack.response_url()).send(
        text="t", blocks=[{"type": "header", "text": plain("x" * 151)}]
    )
    assert response.status_code == 400
    assert fake_slack.violations == [
        "chat.postMessage: invalid_blocks "
        "must be less than 3001 characters [json-pointer:/blocks/0/text/text]",
        "views.publish: invalid_blocks must be no more than 100 items [json-pointer:/view/blocks]",
        "response_url: invalid_blocks "
        "must be less than 151 characters [json-pointer:/blocks/0/text/text]",
    ]
    assert fake_slack.calls() == []  # nothing refused is shown as sent
    assert [c.error for c in fake_slack.refused()] == ["invalid_blocks"] * 3
