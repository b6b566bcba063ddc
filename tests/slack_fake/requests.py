"""Builders of signed Slack HTTP requests to our app, shaped like the ones Slack sends.

Each builder returns a `SignedRequest(body, headers)`: post it to the app's ASGI endpoint, or pass
`request.bolt()` to `AsyncApp.async_dispatch`. Every builder takes the `SignOptions` keywords:
`timestamp` (default now), `signing_secret` (default `SIGNING_SECRET`), `retry_num` and
`retry_reason` (add the `x-slack-retry-*` headers Slack sends on redelivery).
"""

from __future__ import annotations

import itertools
import json
import time
from typing import Any, NamedTuple, NotRequired, TypedDict, Unpack
from urllib.parse import urlencode

from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.signature import SignatureVerifier

from tests.slack_fake.defaults import (
    APP_ID,
    BOT_ID,
    BOT_USER_ID,
    CHANNEL_ID,
    CHANNEL_NAME,
    SIGNING_SECRET,
    TEAM_DOMAIN,
    TEAM_ID,
    USER_ID,
    USER_NAME,
    VERIFICATION_TOKEN,
)

_counter = itertools.count(1)


class SignOptions(TypedDict):
    timestamp: NotRequired[int]
    signing_secret: NotRequired[str]
    retry_num: NotRequired[int]
    retry_reason: NotRequired[str]


class SignedRequest(NamedTuple):
    """A raw body and the headers Slack would send with it (signature included)."""

    body: bytes
    headers: dict[str, str]

    def bolt(self) -> AsyncBoltRequest:
        """This request for `await app.async_dispatch(...)`."""
        return AsyncBoltRequest(body=self.body.decode(), headers=dict(self.headers))


def new_trigger_id(issued: float | None = None) -> str:
    """A trigger id in Slack's format, issued now (or at `issued`, seconds since the epoch).

    The fake reads the issue time (milliseconds, the middle part) to refuse it after 3 s.
    """
    n = next(_counter)
    millis = int((time.time() if issued is None else issued) * 1000)
    return f"{n}.{millis}.{n:032x}"


def sign(body: bytes, content_type: str, **options: Unpack[SignOptions]) -> SignedRequest:
    """Sign `body` with Slack's v0 scheme."""
    timestamp = str(options.get("timestamp", int(time.time())))
    verifier = SignatureVerifier(options.get("signing_secret", SIGNING_SECRET))
    headers = {
        "content-type": content_type,
        "x-slack-request-timestamp": timestamp,
        "x-slack-signature": verifier.generate_signature(timestamp=timestamp, body=body) or "",
    }
    if "retry_num" in options:
        headers["x-slack-retry-num"] = str(options["retry_num"])
        headers["x-slack-retry-reason"] = options.get("retry_reason", "http_timeout")
    return SignedRequest(body, headers)


def _interaction(payload: dict[str, Any], options: SignOptions) -> SignedRequest:
    body = urlencode({"payload": json.dumps(payload)}).encode()
    return sign(body, "application/x-www-form-urlencoded", **options)


def _ts() -> str:
    return f"{time.time():.6f}"


def _user(user_id: str, team_id: str) -> dict[str, Any]:
    return {"id": user_id, "username": USER_NAME, "name": USER_NAME, "team_id": team_id}


def _common(team_id: str, user_id: str) -> dict[str, Any]:
    """Fields every interaction payload carries."""
    return {
        "api_app_id": APP_ID,
        "token": VERIFICATION_TOKEN,
        "team": {"id": team_id, "domain": TEAM_DOMAIN},
        "user": _user(user_id, team_id),
        "enterprise": None,
        "is_enterprise_install": False,
    }


def view_payload(
    *,
    callback_id: str = "",
    private_metadata: str = "",
    values: dict[str, Any] | None = None,
    view_id: str | None = None,
    team_id: str = TEAM_ID,
    **fields: Any,
) -> dict[str, Any]:
    """A modal as Slack echoes it in interaction payloads; `fields` override or add keys."""
    view_id = view_id or f"V{next(_counter):08d}"
    return {
        "id": view_id,
        "team_id": team_id,
        "type": "modal",
        "title": {"type": "plain_text", "text": "Clio"},
        "blocks": [],
        "private_metadata": private_metadata,
        "callback_id": callback_id,
        "state": {"values": values or {}},
        "hash": f"{int(time.time())}.{view_id.lower()}",
        "clear_on_close": False,
        "notify_on_close": False,
        "root_view_id": view_id,
        "previous_view_id": None,
        "app_id": APP_ID,
        "external_id": "",
        "app_installed_team_id": team_id,
        "bot_id": BOT_ID,
        **fields,
    }


def slash_command(
    text: str,
    *,
    response_url: str,
    user_id: str = USER_ID,
    channel_id: str = CHANNEL_ID,
    team_id: str = TEAM_ID,
    trigger_id: str | None = None,
    command: str = "/clio",
    **options: Unpack[SignOptions],
) -> SignedRequest:
    """A slash command, form-encoded. `response_url` is required: use `fake.response_url(...)`."""
    form = {
        "token": VERIFICATION_TOKEN,
        "team_id": team_id,
        "team_domain": TEAM_DOMAIN,
        "channel_id": channel_id,
        "channel_name": CHANNEL_NAME if channel_id == CHANNEL_ID else "directmessage",
        "user_id": user_id,
        "user_name": USER_NAME,
        "command": command,
        "text": text,
        "api_app_id": APP_ID,
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": trigger_id or new_trigger_id(),
    }
    return sign(urlencode(form).encode(), "application/x-www-form-urlencoded", **options)


def block_actions(
    action_id: str,
    value: str,
    *,
    user_id: str = USER_ID,
    channel_id: str = CHANNEL_ID,
    team_id: str = TEAM_ID,
    block_id: str = "actions",
    action_type: str = "button",
    message_ts: str | None = None,
    ephemeral: bool = True,
    view: dict[str, Any] | None = None,
    response_url: str | None = None,
    trigger_id: str | None = None,
    **options: Unpack[SignOptions],
) -> SignedRequest:
    """A click on a button (a choice in a select with `action_type="static_select"`, or text
    entered in an input with `action_type="plain_text_input"`).

    In a message by default (`message_ts` or a fresh ts), an ephemeral one unless `ephemeral`
    is False (a message the bot posted); in a view when `view` is given (see `view_payload`),
    and then without channel.
    """
    action: dict[str, Any] = {
        "type": action_type,
        "action_id": action_id,
        "block_id": block_id,
        "action_ts": _ts(),
    }
    if action_type == "button":
        action |= {"value": value, "text": {"type": "plain_text", "text": value, "emoji": True}}
    elif action_type == "plain_text_input":  # an input with dispatch_action: the typed text
        action["value"] = value
    else:
        action["selected_option"] = {"text": {"type": "plain_text", "text": value}, "value": value}
    payload = {
        "type": "block_actions",
        **_common(team_id, user_id),
        "trigger_id": trigger_id or new_trigger_id(),
        "state": {"values": {}},
        "actions": [action],
    }
    if view is not None:
        payload |= {"container": {"type": "view", "view_id": view["id"]}, "view": view}
    else:
        ts = message_ts or _ts()
        payload |= {
            "container": {
                "type": "message",
                "message_ts": ts,
                "channel_id": channel_id,
                "is_ephemeral": ephemeral,
            },
            "channel": {"id": channel_id, "name": CHANNEL_NAME},
            "message": {
                "type": "message",
                "user": BOT_USER_ID,
                "bot_id": BOT_ID,
                "ts": ts,
                "text": "",
                "blocks": [],
            },
        }
    if response_url is not None:
        payload["response_url"] = response_url
    return _interaction(payload, options)


def view_submission(
    callback_id: str,
    values: dict[str, Any],
    *,
    private_metadata: str = "",
    user_id: str = USER_ID,
    team_id: str = TEAM_ID,
    view_id: str | None = None,
    **options: Unpack[SignOptions],
) -> SignedRequest:
    """A modal submitted; `values` is `view.state.values`: `{block_id: {action_id: {...}}}`."""
    view = view_payload(
        callback_id=callback_id,
        private_metadata=private_metadata,
        values=values,
        view_id=view_id,
        team_id=team_id,
    )
    payload = {
        "type": "view_submission",
        **_common(team_id, user_id),
        "trigger_id": new_trigger_id(),
        "view": view,
        "response_urls": [],
    }
    return _interaction(payload, options)


def block_suggestion(
    action_id: str,
    value: str,
    *,
    block_id: str = "input",
    user_id: str = USER_ID,
    team_id: str = TEAM_ID,
    view: dict[str, Any] | None = None,
    **options: Unpack[SignOptions],
) -> SignedRequest:
    """An external select asking for options matching what the person typed (`value`)."""
    view = view or view_payload(team_id=team_id)
    payload = {
        "type": "block_suggestion",
        **_common(team_id, user_id),
        "container": {"type": "view", "view_id": view["id"]},
        "action_id": action_id,
        "block_id": block_id,
        "value": value,
        "view": view,
    }
    return _interaction(payload, options)


def shortcut(
    callback_id: str,
    *,
    user_id: str = USER_ID,
    team_id: str = TEAM_ID,
    trigger_id: str | None = None,
    **options: Unpack[SignOptions],
) -> SignedRequest:
    """A global shortcut (no channel, no response_url)."""
    payload = {
        "type": "shortcut",
        **_common(team_id, user_id),
        "callback_id": callback_id,
        "trigger_id": trigger_id or new_trigger_id(),
        "action_ts": _ts(),
    }
    return _interaction(payload, options)


def message_action(
    callback_id: str,
    message_text: str,
    message_ts: str,
    channel_id: str = CHANNEL_ID,
    *,
    response_url: str,
    message_user: str = USER_ID,
    user_id: str = USER_ID,
    team_id: str = TEAM_ID,
    trigger_id: str | None = None,
    **options: Unpack[SignOptions],
) -> SignedRequest:
    """A message shortcut on a message by `message_user`."""
    payload = {
        "type": "message_action",
        **_common(team_id, user_id),
        "callback_id": callback_id,
        "trigger_id": trigger_id or new_trigger_id(),
        "action_ts": _ts(),
        "response_url": response_url,
        "channel": {"id": channel_id, "name": CHANNEL_NAME},
        "message_ts": message_ts,
        "message": {
            "type": "message",
            "user": message_user,
            "ts": message_ts,
            "text": message_text,
        },
    }
    return _interaction(payload, options)


def event_callback(
    event: dict[str, Any],
    *,
    team_id: str = TEAM_ID,
    event_id: str | None = None,
    **options: Unpack[SignOptions],
) -> SignedRequest:
    """An Events API delivery wrapping `event` (JSON)."""
    payload = {
        "token": VERIFICATION_TOKEN,
        "team_id": team_id,
        "api_app_id": APP_ID,
        "event": event,
        "type": "event_callback",
        "event_id": event_id or f"Ev{next(_counter):08d}",
        "event_time": int(time.time()),
        "authorizations": [
            {
                "enterprise_id": None,
                "team_id": team_id,
                "user_id": BOT_USER_ID,
                "is_bot": True,
                "is_enterprise_install": False,
            }
        ],
        "is_ext_shared_channel": False,
        "event_context": f"4-{next(_counter):016x}",
    }
    return sign(json.dumps(payload).encode(), "application/json", **options)


def app_mention(
    text: str,
    *,
    user_id: str = USER_ID,
    channel_id: str = CHANNEL_ID,
    team_id: str = TEAM_ID,
    thread_ts: str | None = None,
    **options: Unpack[SignOptions],
) -> SignedRequest:
    """`@Clio ...` in a channel; `text` should contain `<@BOT_USER_ID>` as Slack sends it."""
    ts = _ts()
    event = {
        "type": "app_mention",
        "user": user_id,
        "text": text,
        "ts": ts,
        "channel": channel_id,
        "team": team_id,
        "event_ts": ts,
        "client_msg_id": f"{next(_counter):08x}-0000-4000-8000-000000000000",
    }
    if thread_ts is not None:
        event["thread_ts"] = thread_ts
    return event_callback(event, team_id=team_id, **options)


def dm_message(
    text: str,
    *,
    user_id: str = USER_ID,
    channel_id: str | None = None,
    team_id: str = TEAM_ID,
    files: list[dict[str, Any]] | None = None,
    **options: Unpack[SignOptions],
) -> SignedRequest:
    """A direct message to the bot (`channel_type: im`); with `files`, a `file_share` message."""
    ts = _ts()
    event: dict[str, Any] = {
        "type": "message",
        "channel_type": "im",
        "channel": channel_id or "D" + user_id[1:],
        "user": user_id,
        "text": text,
        "ts": ts,
        "event_ts": ts,
        "team": team_id,
        "client_msg_id": f"{next(_counter):08x}-0000-4000-8000-000000000000",
    }
    if files:
        event |= {"subtype": "file_share", "files": files, "upload": False}
    return event_callback(event, team_id=team_id, **options)


def app_home_opened(
    *, user_id: str = USER_ID, team_id: str = TEAM_ID, **options: Unpack[SignOptions]
) -> SignedRequest:
    """The person opened the app's Home tab."""
    event = {
        "type": "app_home_opened",
        "user": user_id,
        "channel": "D" + user_id[1:],
        "tab": "home",
        "event_ts": _ts(),
    }
    return event_callback(event, team_id=team_id, **options)


def app_uninstalled(*, team_id: str = TEAM_ID, **options: Unpack[SignOptions]) -> SignedRequest:
    """The workspace removed the app."""
    event = {"type": "app_uninstalled", "event_ts": _ts()}
    return event_callback(event, team_id=team_id, **options)


def tokens_revoked(
    *,
    user_ids: list[str] | None = None,
    bot_user_ids: list[str] | None = None,
    team_id: str = TEAM_ID,
    **options: Unpack[SignOptions],
) -> SignedRequest:
    """Tokens revoked: of people `user_ids`, of bots `bot_user_ids` (default: our bot)."""
    bots = [BOT_USER_ID] if bot_user_ids is None else bot_user_ids
    tokens = {"oauth": user_ids or [], "bot": bots}
    event = {"type": "tokens_revoked", "tokens": tokens, "event_ts": _ts()}
    return event_callback(event, team_id=team_id, **options)


def file_shared(
    file_id: str,
    *,
    user_id: str = USER_ID,
    channel_id: str | None = None,
    team_id: str = TEAM_ID,
    **options: Unpack[SignOptions],
) -> SignedRequest:
    """A file shared where the bot is (by default in the person's DM with the bot)."""
    event = {
        "type": "file_shared",
        "file_id": file_id,
        "user_id": user_id,
        "file": {"id": file_id},
        "channel_id": channel_id or "D" + user_id[1:],
        "event_ts": _ts(),
    }
    return event_callback(event, team_id=team_id, **options)


def url_verification(challenge: str = "challenge", **options: Unpack[SignOptions]) -> SignedRequest:
    """Slack checking the Events API request URL; the app must echo `challenge`."""
    payload = {"token": VERIFICATION_TOKEN, "challenge": challenge, "type": "url_verification"}
    return sign(json.dumps(payload).encode(), "application/json", **options)
