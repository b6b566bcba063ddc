"""What reaches bolt over HTTP: a request signed by Slack, recent, with a body bolt can read.

Checked before bolt sees anything, so no listener, error handler or response_url is ever reached
by a request Slack did not sign, and a malformed header or body is a plain 4xx, not an exception.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Mapping
from dataclasses import dataclass

from slack_bolt.request.internals import parse_body

MAX_AGE = 5 * 60  # seconds a signed request stays acceptable (Slack's own rule, and bolt's)
TIMESTAMP = re.compile(r"[0-9]{1,12}")  # ASCII digits only: Slack sends whole seconds
SIGNATURE = re.compile(r"v0=[0-9a-f]{64}")


@dataclass(frozen=True)
class Refusal:
    """Why a request does not reach bolt: its HTTP status and a reason fit for the log."""

    status: int
    reason: str


def signature_refusal(
    secret: str | None, headers: Mapping[str, str], body: bytes, *, now: float
) -> Refusal | None:
    """None when Slack's v0 signature over `body` is well-formed, recent and right."""
    if not secret:
        return Refusal(401, "no signing secret is configured")
    timestamp = headers.get("x-slack-request-timestamp", "")
    signature = headers.get("x-slack-signature", "")
    if not TIMESTAMP.fullmatch(timestamp):
        return Refusal(401, "malformed timestamp")
    if not SIGNATURE.fullmatch(signature):
        return Refusal(401, "malformed signature")
    if abs(now - int(timestamp)) > MAX_AGE:
        return Refusal(401, "stale timestamp")
    base = b"v0:" + timestamp.encode("ascii") + b":" + body
    expected = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected.encode("ascii"), signature.encode("ascii")):
        return Refusal(401, "wrong signature")
    return None


def body_refusal(content_type: str | None, body: bytes) -> Refusal | None:
    """None when bolt reads `body` as one JSON object (an event, or a form's `payload`)."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return Refusal(400, "body is not UTF-8")
    kind = content_type.split(";")[0].strip() if content_type else None
    try:
        parsed = parse_body(text, kind)  # bolt's own reading of the body
    except (ValueError, RecursionError):
        return Refusal(400, "body is not valid JSON")
    if not isinstance(parsed, dict) or not parsed:
        return Refusal(400, "body is not a Slack request")
    return None
