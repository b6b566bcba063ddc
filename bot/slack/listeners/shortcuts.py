"""Shortcuts: "New time entry" (global) and "Log time from message".

The bot need not be in the conversation of a message shortcut: the confirmation goes back through
the shortcut's own response_url, and a message whose link Slack will not give the bot (a private
channel or a DM it is not part of) is logged without the link.
"""

from __future__ import annotations

from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import modals, refusals
from bot.slack.deadline import submitted
from bot.slack.deps import SlackDeps, user_id

NEW_TIME_ENTRY = "new_time_entry"
LOG_FROM_MESSAGE = "log_time_from_message"
TIME_ENTRY_VIEW = "time_entry"
NO_LINK = (
    "Slack doesn't let me link to messages in this conversation (I'm not in it), so the note "
    "will hold the message's text without a link."
)
EXPIRED = "This form has expired. Please start again from the shortcut."
UNSAVED = "Your time entry was not sent. Please try again:"


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
        key = await deps.modal_state.keep(who, {})
        await client.views_update(
            view_id=opened["view"]["id"],
            view=modals.view(form, callback_id=TIME_ENTRY_VIEW, key=key, tz=who.tz),
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
        permalink = await _permalink(client, channel, message.get("ts"))
        text = message.get("text") or ""
        assistant = await deps.assistant(client, who)
        form = await assistant.time_entry_form(who, text)
        key = await deps.modal_state.keep(
            who,
            {
                "channel": channel,
                "text": text,
                "permalink": permalink,
                "response_url": body.get("response_url"),
            },
        )
        view = modals.view(
            form,
            callback_id=TIME_ENTRY_VIEW,
            key=key,
            tz=who.tz,
            note=None if permalink else NO_LINK,
        )
        await client.views_update(view_id=opened["view"]["id"], view=view)

    @app.view(TIME_ENTRY_VIEW)
    async def time_entry_submitted(ack, body, view, client):
        """Answered within Slack's 3 seconds: the form's errors if known by then, else the form
        closes and the confirmation follows (through the shortcut's response_url, or a DM)."""
        key = view.get("private_metadata") or ""
        state = await deps.modal_state.get(user_id(body), key)
        if state is None:
            await ack(response_action="update", view=modals.message("Log time", EXPIRED))
            return
        who = await deps.requester(client, body, channel_id=state.get("channel"))
        values = modals.values(view.get("state") or {}, who.tz)
        responder = deps.responder(client, body, url=state.get("response_url"))

        async def submit():
            with deps.busy(responder):
                assistant = await deps.assistant(client, who)
                return await assistant.submit_time_entry(
                    who,
                    values,
                    text=state.get("text", ""),
                    note_suffix=state.get("permalink") or "",
                )

        if await submitted(ack, submit(), responder, unsaved=UNSAVED):
            await deps.modal_state.done(who.user_id, key)


async def _permalink(client: AsyncWebClient, channel: str | None, ts: str | None) -> str | None:
    """The message's link, or None where Slack won't give it to the bot."""
    if not channel or not ts:
        return None
    try:
        return (await client.chat_getPermalink(channel=channel, message_ts=ts)).get("permalink")
    except SlackApiError as failure:
        refusals.logged(failure, "message shortcut")
        return None
