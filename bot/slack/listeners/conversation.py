"""`/clio`, direct messages and @mentions: text in, a reply out."""

from __future__ import annotations

import logging
import re

from slack_bolt.async_app import AsyncApp

from bot.slack.delivery import deliver
from bot.slack.deps import SlackDeps

log = logging.getLogger(__name__)
MENTION = re.compile(r"<@[UW][A-Z0-9]+(?:\|[^>]*)?>")


def register(app: AsyncApp, deps: SlackDeps) -> None:
    @app.command("/clio")
    async def clio_command(ack, body, client, respond):
        await ack()  # within 3 s, before any Clio call
        who = await deps.requester(client, body, channel_id=body.get("channel_id"))
        with deps.busy(respond):
            reply = await deps.assistant(client, who.team_id).handle_text(
                who, body.get("text") or ""
            )
        await deliver(reply, client=client, respond=respond, user=who.user_id)

    @app.event("app_mention")
    async def mention(body, event, client):
        if not await _first_time(deps, body):
            return
        thread = event.get("thread_ts") or event.get("ts")
        who = await deps.requester(
            client,
            {"team_id": body.get("team_id"), "user": event.get("user")},
            channel_id=event.get("channel"),
            thread_ts=thread,
        )
        text = MENTION.sub("", event.get("text") or "", count=1)
        reply = await deps.assistant(client, who.team_id).handle_text(who, text)
        await deliver(
            reply, client=client, channel=who.channel_id, user=who.user_id, thread_ts=thread
        )

    @app.event("message")
    async def direct_message(body, event, client):
        if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
            return
        if not await _first_time(deps, body):
            return
        who = await deps.requester(
            client,
            {"team_id": body.get("team_id"), "user": event.get("user")},
            channel_id=event.get("channel"),
        )
        reply = await deps.assistant(client, who.team_id).handle_text(who, event.get("text") or "")
        await deliver(reply, client=client, channel=who.channel_id, user=who.user_id, direct=True)


async def _first_time(deps: SlackDeps, body: dict) -> bool:
    """Slack redelivers events (retries after timeouts): handle each event id once."""
    event_id = body.get("event_id")
    if not event_id:
        return True
    first = await deps.runtime.store.events.first_time(
        f"slack:{event_id}", now=deps.runtime.clock()
    )
    if not first:
        log.info("event %s already handled", event_id)
    return first
