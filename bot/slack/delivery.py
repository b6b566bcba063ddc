"""Posting a `Reply` where the person will see it."""

from __future__ import annotations

import logging

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.replies import Attachment, Reply
from bot.slack import refusals
from bot.slack.blocks import render
from bot.slack.responder import Responder

log = logging.getLogger(__name__)


async def deliver(
    reply: Reply,
    *,
    client: AsyncWebClient,
    responder: Responder | None = None,
    channel: str | None = None,
    user: str | None = None,
    thread_ts: str | None = None,
    direct: bool = False,
) -> None:
    """Through the request's `responder` (slash commands, buttons), else a DM post or a thread
    reply.

    Replies for the requester only (confirmations above all) are ephemeral; through a responder
    everything is, unless meant for the whole channel. An attachment (a full API reply) goes to
    `user` as a file in their direct messages with the bot.
    """
    blocks = render(reply)
    if responder is not None:
        await responder.send(
            reply.text,
            blocks,
            in_channel=reply.visibility == "channel",
            replace=reply.replace,
        )
    elif channel is None:
        raise ValueError("a reply with no responder needs a channel to be posted in")
    elif direct or reply.visibility != "requester":
        await client.chat_postMessage(
            channel=channel, text=reply.text, blocks=blocks, thread_ts=thread_ts
        )
    elif user is None:
        raise ValueError("a reply for the requester only needs the requester's user id")
    else:
        await client.chat_postEphemeral(
            channel=channel, user=user, text=reply.text, blocks=blocks, thread_ts=thread_ts
        )
    if reply.attachment is not None and user:
        await share(reply.attachment, client=client, user=user)


async def share(attachment: Attachment, *, client: AsyncWebClient, user: str) -> None:
    """Upload a long text as a file in the person's direct messages (files_upload_v2); if Slack
    refuses, say so there."""
    try:
        dm = (await client.conversations_open(users=user))["channel"]["id"]
    except SlackApiError as failure:
        refusals.logged(failure, f"file for user {user}")
        return
    try:
        await client.files_upload_v2(
            channel=dm,
            filename=attachment.filename,
            title=attachment.title,
            content=attachment.content,
        )
    except SlackApiError as failure:
        error = refusals.logged(failure, f"file for user {user}")
        text = f"I couldn't send you the full reply as a file. {refusals.said(error)}"
        try:
            await client.chat_postMessage(channel=dm, text=text)
        except SlackApiError as again:
            refusals.logged(again, f"file for user {user}")
        return
    log.info("file of %d characters shared with user %s", len(attachment.content), user)
