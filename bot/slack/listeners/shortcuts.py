"""Shortcuts: "New time entry" (global) and "Log time from message".

The bot need not be in the conversation of a message shortcut: the confirmation goes back through
the shortcut's own response_url, and a message whose link Slack will not give the bot (a private
channel or a DM it is not part of) is logged without the link.
"""

from __future__ import annotations

from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.replies import Reply
from bot.slack import modals, refusals
from bot.slack.deadline import submitted
from bot.slack.deps import SlackDeps
from bot.slack.turns import Turn, ack_first, turns

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
    turn_of = [turns(deps)]
    acked = [ack_first, *turn_of]  # acknowledged before the person is looked up

    @app.shortcut(NEW_TIME_ENTRY, middleware=acked)
    async def new_time_entry(body: dict, turn: Turn) -> None:
        opened = await turn.client.views_open(
            trigger_id=body["trigger_id"], view=modals.loading("New time entry")
        )
        turn.view_id = opened["view"]["id"]
        with turn.busy("New time entry"):
            assistant = await turn.assistant()
            form = await assistant.time_entry_form(turn.who)
        key = await deps.modal_state.keep(turn.who, {})
        await turn.client.views_update(
            view_id=turn.view_id,
            view=modals.view(form, callback_id=TIME_ENTRY_VIEW, key=key, tz=turn.who.tz),
        )

    @app.shortcut(LOG_FROM_MESSAGE, middleware=acked)
    async def log_from_message(body: dict, turn: Turn) -> None:
        client, who = turn.client, turn.who
        opened = await client.views_open(
            trigger_id=body["trigger_id"], view=modals.loading("Log time")
        )
        turn.view_id = opened["view"]["id"]
        message = body.get("message") or {}
        permalink = await _permalink(client, who.channel_id, message.get("ts"))
        text = message.get("text") or ""
        with turn.busy("Log time"):
            assistant = await turn.assistant()
            form = await assistant.time_entry_form(who, text)
        key = await deps.modal_state.keep(
            who,
            {
                "channel": who.channel_id,
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
        await client.views_update(view_id=turn.view_id, view=view)

    @app.view(TIME_ENTRY_VIEW, middleware=turn_of)
    async def time_entry_submitted(ack: AsyncAck, body: dict, view: dict, turn: Turn) -> None:
        """Answered within Slack's 3 seconds: the form's errors if known by then, else the form
        closes and the confirmation follows (through the shortcut's response_url, or a DM)."""
        key = view.get("private_metadata") or ""
        state = await deps.modal_state.get(turn.who.user_id, key)
        if state is None:
            await ack(response_action="update", view=modals.message("Log time", EXPIRED))
            return
        who = turn.who = turn.who.model_copy(update={"channel_id": state.get("channel")})
        values = modals.values(view.get("state") or {}, who.tz)
        turn.responder = deps.responder(turn.client, body, url=state.get("response_url"))

        async def submit() -> tuple[Reply | None, dict[str, str]]:
            with turn.busy():
                assistant = await turn.assistant()
                return await assistant.submit_time_entry(
                    who,
                    values,
                    text=state.get("text", ""),
                    note_suffix=state.get("permalink") or "",
                )

        if await submitted(ack, submit(), turn.responder, unsaved=UNSAVED):
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
