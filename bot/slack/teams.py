"""One shared Clio identity serves one Slack workspace: a request from any other is refused."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncApp, AsyncBoltContext
from slack_bolt.response import BoltResponse

from bot.config import Settings

log = logging.getLogger(__name__)

REFUSED = (
    "This Clio bot belongs to another Slack workspace and acts with that firm's Clio account, "
    "so it does not answer here."
)
NOT_SET = (
    "This Clio bot shares one Clio account, so it answers one Slack workspace only, and its "
    "admin has not said which yet (SLACK_TEAM_ID)."
)


def teams_of(body: dict[str, Any]) -> set[str]:
    """Every workspace a request says it comes from: the request's and the person's (a Slack
    Connect channel holds people of other workspaces)."""
    event = body.get("event") or {}
    sender = body.get("user")
    user = sender if isinstance(sender, dict) else {}
    found = {
        body.get("team_id"),
        (body.get("team") or {}).get("id") if isinstance(body.get("team"), dict) else None,
        user.get("team_id"),
        event.get("user_team"),
        event.get("source_team"),
        event.get("team") if isinstance(event.get("team"), str) else None,  # a message's sender
    }
    return {team for team in found if team}


def only_our_team(app: AsyncApp, settings: Settings) -> None:
    """Refuse every request from a workspace other than `SLACK_TEAM_ID`, else the bot token's
    own (one workspace); with installs by many workspaces `SLACK_TEAM_ID` must be set."""

    @app.middleware
    async def our_team_only(
        context: AsyncBoltContext, body: dict, next: Callable[[], Awaitable[None]]
    ) -> BoltResponse | None:
        result = context.authorize_result
        single = settings.slack_client_id is None and result is not None
        ours = settings.slack_team_id or (result.team_id if single and result else None)
        teams = teams_of(body)
        if ours is not None and teams <= {ours}:
            await next()
            return None
        log.warning("request refused: team %s is not this bot's", ",".join(sorted(teams)))
        said = REFUSED if ours is not None else NOT_SET
        return BoltResponse(status=200, body=said if body.get("command") else "")
