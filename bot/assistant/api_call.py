"""`/clio api METHOD path [json]`: Clio's "Make an API call", for the firm's bot admins only.

A GET answers at once; any other method is a write, confirmed first like every write.
The reply is shown trimmed, and its full text travels as an attachment for the surface to hand
over (Slack uploads a file to the requester, the console prints it).
"""

from __future__ import annotations

import json
import logging
from typing import Any
from urllib.parse import parse_qsl

from bot.assistant.context import Ctx
from bot.assistant.drafts import Need
from bot.assistant.humanize import quote
from bot.assistant.plans import Plan
from bot.clio import ClioClient, ClioError
from bot.clio.regions import API_PREFIX
from bot.clio.session import Params, Primitive
from bot.mrkdwn import escape
from bot.replies import Attachment, Card, Reply

log = logging.getLogger(__name__)

SHOWN_CHARS = 2_500  # of the reply, inside one Slack section (3,000 characters)
FULL_CHARS = 1_000_000  # the attachment's limit
BODY_SHOWN = 200
ADMINS_ONLY = (
    "Raw API calls are only for the firm's bot admins. Ask an admin, or tell me what you need "
    "in plain words (try `/clio help`)."
)
METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


def _request(ctx: Ctx) -> tuple[str, str, Any]:
    method = str(ctx.value("method") or "").upper()
    path = str(ctx.value("path") or "").strip()
    if method not in METHODS:
        raise Need("method", f"Use one of {', '.join(METHODS)}.", ask="Method, e.g. GET")
    if not path.startswith(API_PREFIX + "/") or ".." in path.split("?")[0].split("/"):
        raise Need("path", f"The path must be under {API_PREFIX}/.", ask="e.g. /api/v4/bills.json")
    body = ctx.value("body")
    if isinstance(body, str):  # typed in the Edit form
        try:
            body = json.loads(body) if body.strip() else None
        except ValueError:
            raise Need("body", 'The body must be JSON, e.g. {"data": {...}}.') from None
    return method, path, body


def _split(path: str) -> tuple[str, Params | None]:
    """A path with a query string as Clio's path and decoded parameters (repeats kept)."""
    base, _, query = path.partition("?")
    pairs: list[tuple[str, Primitive]] = [*parse_qsl(query, keep_blank_values=True)]
    return base, pairs or None


async def send(clio: ClioClient, method: str, path: str, body: Any) -> Any:
    """The call itself: Clio's decoded reply (None when empty)."""
    base, params = _split(path)
    return await clio.request(method, base, params=params, json=body)


def shown(method: str, path: str, answer: Any) -> tuple[list[str], Attachment | None]:
    """Card lines (mrkdwn) with the reply trimmed, and the full reply as an attachment."""
    if answer is None:
        return ["Clio answered with no content."], None
    text = answer if isinstance(answer, str) else json.dumps(answer, indent=2, ensure_ascii=False)
    records = answer.get("data") if isinstance(answer, dict) else None
    lines = [f"{len(records)} records" if isinstance(records, list) else None]
    trimmed = text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "\n…"
    lines.append(f"```{escape(trimmed)}```")
    name = path.removeprefix(API_PREFIX + "/").split("?")[0].replace("/", "-") or "reply"
    attachment = Attachment(
        filename=f"clio-{method.lower()}-{name.removesuffix('.json')}.json",
        title=f"Full reply: {method} {path}",
        content=text[:FULL_CHARS],
    )
    return [line for line in lines if line], attachment


async def call(ctx: Ctx) -> Reply | Plan:
    """A GET's answer now; any other method as a plan to confirm. Admins only."""
    if not ctx.who.is_admin:
        log.info("api call refused for user %s (not a bot admin)", ctx.who.user_id)
        return Reply.notice(ADMINS_ONLY)
    method, path, body = _request(ctx)
    if method != "GET":
        return await plan(ctx)
    try:
        answer = await send(ctx.clio, method, path, body)
    except ClioError as error:
        return Reply.notice(f"Clio answered {error.status or 'an error'}: {escape(error.message)}")
    lines, attachment = shown(method, path, answer)
    title = f"GET {path}"
    return Reply(
        text=escape(title),
        cards=[Card(title=title[:150], lines=lines, note=_note(attachment))],
        attachment=attachment,
    )


async def plan(ctx: Ctx) -> Plan:
    """A POST, PUT, PATCH or DELETE to confirm; executing it makes the call (no undo)."""
    if not ctx.who.is_admin:
        raise Need("method", ADMINS_ONLY)
    method, path, body = _request(ctx)
    lines = [f"`{method} {path}`"]
    if body is not None:
        lines.append(f"body `{quote(json.dumps(body), BODY_SHOWN)}`")
    return Plan(
        collection="api",
        action="call",
        title="API call",
        lines=lines,
        body={"method": method, "path": path, "body": body},
    )


def _note(attachment: Attachment | None) -> str | None:
    return "The full reply is attached as a file." if attachment else None
