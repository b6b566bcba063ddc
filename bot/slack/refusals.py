"""Slack's refusals: one log line each (the method and Slack's error), and plain words for people."""

from __future__ import annotations

import json
import logging

from slack_sdk.errors import SlackApiError

log = logging.getLogger(__name__)

INVITE = "invite me with `/invite @clio`, or talk to me in a direct message"
WORDS = {
    "not_in_channel": f"I'm not a member of this channel, so Slack won't let me answer here: {INVITE}.",
    "channel_not_found": (
        "Slack won't let me into this conversation (a private channel or a direct message "
        f"I'm not part of): {INVITE}."
    ),
    "is_archived": "This channel is archived, so I can't post in it.",
    "expired_trigger_id": "Slack closed the form before it could open; please try again.",
    "exchanged_trigger_id": "Slack closed the form before it could open; please try again.",
    "ratelimited": "Slack is busy right now; please try again in a minute.",
    "missing_scope": (
        "This Slack app lacks a permission for that; ask whoever installed it to update the "
        "app from the current manifest and reinstall it."
    ),
}
DEFAULT = "Slack refused my answer ({error}); please try again, and tell whoever runs this bot if it keeps happening."


def said(error: str) -> str:
    """A refusal as a sentence for the person."""
    return WORDS.get(error, DEFAULT.format(error=error))


def error_of(failure: SlackApiError) -> str:
    """Slack's error code of a refused Web API call."""
    return str(failure.response.get("error") or failure.response.status_code)


def method_of(failure: SlackApiError) -> str:
    """The Web API method that was refused (e.g. `chat.postEphemeral`)."""
    return str(getattr(failure.response, "api_url", "") or "").rpartition("/")[2] or "?"


def body_error(status: int, body: str) -> str:
    """Slack's error from a response_url's answer (JSON or a bare word), else the status."""
    try:
        answer = json.loads(body)
    except ValueError:
        answer = body.strip()
    if isinstance(answer, dict):
        return str(answer.get("error") or status)
    return answer if answer and len(answer) < 64 and " " not in answer else str(status)


def logged(failure: SlackApiError, context: str = "") -> str:
    """Log a refused call (ids only) and return Slack's error."""
    error = error_of(failure)
    log.warning(
        "slack refused %s: %s%s", method_of(failure), error, f" ({context})" if context else ""
    )
    return error
