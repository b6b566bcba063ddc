"""`/clio`, direct messages and @mentions: text in, a reply out."""

from __future__ import annotations

import logging
import re

from slack_bolt.async_app import AsyncApp

from bot.assistant.files import remember
from bot.slack.delivery import deliver
from bot.slack.deps import SlackDeps
from bot.slack.turns import Turn, ack_first, only, turns

log = logging.getLogger(__name__)
MENTION = re.compile(r"<@[UW][A-Z0-9]+(?:\|[^>]*)?>")


def _direct(event: dict) -> bool:
    """A person's direct message, or their file shared in it (the manifest subscribes to
    `message.im` only; files shared in channels come as `file_shared`)."""
    subtype = event.get("subtype")
    if event.get("bot_id") or (subtype and subtype != "file_share"):
        return False
    return event.get("channel_type") == "im"


def register(app: AsyncApp, deps: SlackDeps) -> None:
    turn_of = [turns(deps)]
    acked = [ack_first, *turn_of]  # acknowledged before the person is looked up

    @app.command("/clio", middleware=acked)
    async def clio_command(body: dict, turn: Turn) -> None:
        with turn.busy():
            reply = await turn.converse(body.get("text") or "")
        await deliver(reply, client=turn.client, responder=turn.responder, user=turn.who.user_id)

    @app.event("app_mention", middleware=turn_of)
    async def mention(event: dict, turn: Turn) -> None:
        text = MENTION.sub("", event.get("text") or "", count=1)
        with turn.busy():
            reply = await turn.converse(text)
        who = turn.who
        await deliver(
            reply,
            client=turn.client,
            channel=who.channel_id,
            user=who.user_id,
            thread_ts=who.thread_ts,
        )

    @app.event("message", middleware=[only(_direct), *turn_of])
    async def direct_message(event: dict, turn: Turn) -> None:
        text, files = event.get("text") or "", event.get("files") or []
        with turn.busy():
            if files:
                assistant = await turn.assistant()
                reply = await assistant.handle_file(turn.who, files[-1]["id"], text)
            else:
                reply = await turn.converse(text)
        who = turn.who
        await deliver(
            reply, client=turn.client, channel=who.channel_id, user=who.user_id, direct=True
        )

    @app.event("file_shared", middleware=turn_of)
    async def file_shared(event: dict, turn: Turn) -> None:
        """Remember the file for `/clio upload <matter>` in that channel (a DM's own message
        with the file is answered by the message listener)."""
        await remember(deps.runtime.store, turn.who, event["file_id"], now=deps.runtime.clock())
