"""`/clio`, direct messages and @mentions: text in, a reply out."""

from __future__ import annotations

import logging
import re

from slack_bolt.async_app import AsyncApp

from bot.assistant.files import remember
from bot.slack.delivery import deliver
from bot.slack.deps import SlackDeps

log = logging.getLogger(__name__)
MENTION = re.compile(r"<@[UW][A-Z0-9]+(?:\|[^>]*)?>")


def register(app: AsyncApp, deps: SlackDeps) -> None:
    @app.command("/clio")
    async def clio_command(ack, body, client):
        await ack()  # within 3 s, before any Clio call
        who = await deps.requester(client, body, channel_id=body.get("channel_id"))
        responder = deps.responder(client, body)
        with deps.busy(responder):
            reply = await deps.converse(client, who, body.get("text") or "")
        await deliver(reply, client=client, responder=responder, user=who.user_id)

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
        reply = await deps.converse(client, who, text)
        await deliver(
            reply, client=client, channel=who.channel_id, user=who.user_id, thread_ts=thread
        )

    @app.event("message")
    async def direct_message(body, event, client):
        """A direct message (the manifest subscribes to `message.im` only; files shared in
        channels come as `file_shared`)."""
        subtype, files = event.get("subtype"), event.get("files") or []
        if event.get("bot_id") or (subtype and subtype != "file_share"):
            return
        if event.get("channel_type") != "im" or not await _first_time(deps, body):
            return
        who = await deps.requester(
            client,
            {"team_id": body.get("team_id"), "user": event.get("user")},
            channel_id=event.get("channel"),
        )
        text = event.get("text") or ""
        if files:
            assistant = await deps.assistant(client, who)
            reply = await assistant.handle_file(who, files[-1]["id"], text)
        else:
            reply = await deps.converse(client, who, text)
        await deliver(reply, client=client, channel=who.channel_id, user=who.user_id, direct=True)

    @app.event("file_shared")
    async def file_shared(body, event, client):
        """Remember the file for `/clio upload <matter>` in that channel (a DM's own message
        with the file is answered by the message listener)."""
        if not await _first_time(deps, body):
            return
        who = await deps.requester(
            client,
            {"team_id": body.get("team_id"), "user": event.get("user_id")},
            channel_id=event.get("channel_id"),
        )
        await remember(deps.runtime.store, who, event["file_id"], now=deps.runtime.clock())


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
