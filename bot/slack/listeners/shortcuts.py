"""Shortcuts: "New time entry" (global) and "Log time from this message"."""

from __future__ import annotations

import json

from slack_bolt.async_app import AsyncApp

from bot.slack import modals
from bot.slack.delivery import deliver
from bot.slack.deps import SlackDeps

NEW_TIME_ENTRY = "new_time_entry"
LOG_FROM_MESSAGE = "log_time_from_message"
TIME_ENTRY_VIEW = "time_entry"


def register(app: AsyncApp, deps: SlackDeps) -> None:
    @app.shortcut(NEW_TIME_ENTRY)
    async def new_time_entry(ack, body, client):
        await ack()
        opened = await client.views_open(
            trigger_id=body["trigger_id"], view=modals.loading("New time entry")
        )
        who = await deps.requester(client, body, channel_id=None)
        assistant = await deps.assistant(client, who)
        form = await assistant.time_entry_form(who)
        await client.views_update(
            view_id=opened["view"]["id"],
            view=modals.view(form, callback_id=TIME_ENTRY_VIEW, metadata={}, tz=who.tz),
        )

    @app.shortcut(LOG_FROM_MESSAGE)
    async def log_from_message(ack, body, client):
        await ack()
        opened = await client.views_open(
            trigger_id=body["trigger_id"], view=modals.loading("Log time")
        )
        channel = (body.get("channel") or {}).get("id")
        message = body.get("message") or {}
        who = await deps.requester(client, body, channel_id=channel)
        permalink = (
            await client.chat_getPermalink(channel=channel, message_ts=message.get("ts"))
        ).get("permalink")
        text = (message.get("text") or "")[:1500]  # private_metadata holds at most 3,000 chars
        assistant = await deps.assistant(client, who)
        form = await assistant.time_entry_form(who, text)
        metadata = {"channel": channel, "text": text, "permalink": permalink}
        await client.views_update(
            view_id=opened["view"]["id"],
            view=modals.view(form, callback_id=TIME_ENTRY_VIEW, metadata=metadata, tz=who.tz),
        )

    @app.view(TIME_ENTRY_VIEW)
    async def time_entry_submitted(ack, body, view, client):
        metadata = json.loads(view.get("private_metadata") or "{}")
        channel = metadata.get("channel")
        who = await deps.requester(client, body, channel_id=channel)
        values = modals.values(view.get("state") or {}, who.tz)
        assistant = await deps.assistant(client, who)
        reply, errors = await assistant.submit_time_entry(
            who,
            values,
            text=metadata.get("text", ""),
            note_suffix=metadata.get("permalink") or "",
        )
        if errors:
            await ack(response_action="errors", errors=errors)
            return
        await ack()
        if channel:
            await deliver(reply, client=client, channel=channel, user=who.user_id)
        else:
            dm = await client.conversations_open(users=who.user_id)
            await deliver(reply, client=client, channel=dm["channel"]["id"], direct=True)
