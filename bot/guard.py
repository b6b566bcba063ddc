"""In front of every route: body size caps (413 before a body is read) and one log line per refusal.

Caps, by route:
- `/slack/events`: 2 MiB. Slack's largest request is a message shortcut on a 40,000-character
  message (Slack's limit): the text twice (`text` and its rich-text block), form-encoded, at most
  18 bytes a character (an emoji as JSON escapes, percent-encoded): about 1.5 MB.
- `/clio/webhooks/<id>`: 1 MiB. The largest record the bot asks Clio to send is a time entry with
  its note (free text) or a bill with its matters; 1 MiB holds a 100,000-character note written
  entirely in JSON escapes, with the other fields.
- anything else (the GET pages, unknown paths): 16 KiB.

A declared `Content-Length` over the cap is refused before any of the body is read; a streamed
body is counted chunk by chunk and refused as soon as it passes the cap.
"""

from __future__ import annotations

import logging
import re
from http import HTTPStatus

from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger(__name__)

SLACK_BODY_LIMIT = 2 * 1024 * 1024
WEBHOOK_BODY_LIMIT = 1024 * 1024
OTHER_BODY_LIMIT = 16 * 1024
WEBHOOK_PREFIX = "/clio/webhooks/"
ROUTES = frozenset(
    {
        "/slack/events",
        "/slack/install",
        "/slack/oauth_redirect",
        "/clio/oauth/callback",
        "/healthz",
        "/readyz",
    }
)
LENGTH = re.compile(r"[0-9]{1,19}")


def refuse(request: Request, reason: str) -> None:
    """Say why this request is refused; the guard logs it with the status, once."""
    request.state.refusal = reason


def limit_for(path: str) -> int:
    """The most bytes a request body on `path` may have."""
    if path == "/slack/events":
        return SLACK_BODY_LIMIT
    if path.startswith(WEBHOOK_PREFIX):
        return WEBHOOK_BODY_LIMIT
    return OTHER_BODY_LIMIT


def route_of(path: str) -> str:
    """The route a path is on, fit for the log (never the raw text a client sent)."""
    if path in ROUTES:
        return path
    return WEBHOOK_PREFIX + "<id>" if path.startswith(WEBHOOK_PREFIX) else "an unknown path"


class TooLarge(Exception):
    """A streamed body passed its cap."""


class Guard:
    """ASGI middleware: caps request bodies, and logs every 4xx answer in one line."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = scope.setdefault("state", {})
        limit = limit_for(scope["path"])
        status = 0

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        declared = _declared_length(scope)
        if declared is not None and not LENGTH.fullmatch(declared):
            state["refusal"] = "malformed Content-Length"
            await PlainTextResponse("Bad request", 400)(scope, receive, sending)
        elif declared is not None and int(declared) > limit:
            state["refusal"] = f"a body of {int(declared)} bytes, over the {limit}-byte cap"
            await PlainTextResponse("Request body too large", 413)(scope, receive, sending)
        else:
            try:
                await self.app(scope, _counted(receive, limit), sending)
            except TooLarge:
                if status:  # the answer had begun; nothing more can be said
                    raise
                state["refusal"] = f"a streamed body over the {limit}-byte cap"
                await PlainTextResponse("Request body too large", 413)(scope, receive, sending)
        if 400 <= status < 500:
            reason = state.get("refusal") or HTTPStatus(status).phrase
            log.warning(
                "refused %s %s: %d, %s", scope["method"], route_of(scope["path"]), status, reason
            )


def _declared_length(scope: Scope) -> str | None:
    for name, value in scope["headers"]:
        if name == b"content-length":
            return value.decode("latin-1")
    return None


def _counted(receive: Receive, limit: int) -> Receive:
    """`receive`, raising `TooLarge` once the body's chunks add up to more than `limit`."""
    received = 0

    async def counting() -> Message:
        nonlocal received
        message = await receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > limit:
                raise TooLarge
        return message

    return counting
