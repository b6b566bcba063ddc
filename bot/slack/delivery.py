"""Posting a `Reply` where the person will see it."""

from __future__ import annotations

from slack_bolt.context.respond.async_respond import AsyncRespond
from slack_sdk.web.async_client import AsyncWebClient

from bot.assistant.replies import Reply
from bot.slack.blocks import render


async def deliver(
    reply: Reply,
    *,
    client: AsyncWebClient,
    respond: AsyncRespond | None = None,
    channel: str | None = None,
    user: str | None = None,
    thread_ts: str | None = None,
    direct: bool = False,
) -> None:
    """Through `respond` (slash commands, buttons), else a DM post or a thread reply.

    Replies for the requester only (confirmations above all) are ephemeral; through `respond`
    everything is, unless meant for the whole channel.
    """
    blocks = render(reply)
    if respond is not None:
        await respond(
            text=reply.text,
            blocks=blocks,
            response_type="in_channel" if reply.visibility == "channel" else "ephemeral",
            replace_original=reply.replace,
        )
    elif direct or reply.visibility != "requester":
        await client.chat_postMessage(
            channel=channel, text=reply.text, blocks=blocks, thread_ts=thread_ts
        )
    else:
        await client.chat_postEphemeral(
            channel=channel, user=user, text=reply.text, blocks=blocks, thread_ts=thread_ts
        )
