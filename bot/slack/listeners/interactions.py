"""Buttons, searchable picks, typed answers, and the Edit modal."""

from __future__ import annotations

import logging
import re

from slack_bolt.async_app import AsyncApp

from bot.assistant import cards, questions, reads
from bot.assistant.forms import Form
from bot.slack import modals
from bot.slack.blocks import OPTIONS, REPEAT, action_of, option
from bot.slack.deadline import submitted
from bot.slack.delivery import deliver
from bot.slack.deps import SlackDeps, user_id
from bot.slack.responder import MessageRef

log = logging.getLogger(__name__)
BUTTONS = re.compile(
    rf"^({cards.CONFIRM}|{cards.CANCEL}|{cards.UNDO}|{reads.MORE}|{questions.PICK}|{questions.DROP})"
    rf"({REPEAT}\d+)?$"
)
EDIT_VIEW = "edit"
EXPIRED = "This form has expired. Press Edit on the card again."
UNSAVED = "Your changes were not saved; press Edit on the card to try again:"


def _channel(body: dict) -> str | None:
    return (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")


def register(app: AsyncApp, deps: SlackDeps) -> None:
    @app.action(BUTTONS)
    async def button(ack, body, action, client):
        await ack()
        who = await deps.requester(client, body, channel_id=_channel(body))
        responder = deps.responder(client, body)
        with deps.busy(responder):
            assistant = await deps.assistant(client, who)
            reply = await assistant.handle_action(
                who, action_of(action["action_id"]), action.get("value") or ""
            )
        await deliver(reply, client=client, responder=responder, user=who.user_id)

    @app.action(questions.SEARCH)
    async def picked(ack, body, action, client):
        await ack()
        who = await deps.requester(client, body, channel_id=_channel(body))
        value = action["block_id"].partition(":")[2]
        chosen = (action.get("selected_option") or {}).get("value") or ""
        assistant = await deps.assistant(client, who)
        reply = await assistant.handle_action(who, questions.SEARCH, value, answer=chosen)
        await deliver(reply, client=client, responder=deps.responder(client, body))

    @app.action(questions.ANSWER)
    async def answered(ack, body, action, client):
        await ack()
        who = await deps.requester(client, body, channel_id=_channel(body))
        value = action["block_id"].partition(":")[2]
        assistant = await deps.assistant(client, who)
        reply = await assistant.handle_action(
            who, questions.ANSWER, value, answer=action.get("value") or ""
        )
        await deliver(reply, client=client, responder=deps.responder(client, body))

    @app.options(questions.SEARCH)
    async def search_options(ack, body, client):
        """Options for a "search Clio" select, within Slack's 3 seconds: Clio's answer if it
        comes in time, else what earlier searches found."""
        who = await deps.requester(client, body, channel_id=None)
        slot = body.get("block_id", "").partition(":")[2].partition("|")[2]
        kind = {"ref:matter": "matter", "ref:client": "contact", "ref:contact": "contact"}.get(
            slot, "user"
        )
        query = body.get("value") or ""

        async def search():
            assistant = await deps.assistant(client, who)
            return await assistant.resolver.search(kind, query)

        found = await deps.suggestions.options(f"{who.team_id}:{who.user_id}", kind, query, search)
        await ack(options=[option(c.label, f"{c.id}|{c.label}") for c in found[:OPTIONS]])

    @app.action(cards.EDIT)
    async def edit(ack, body, action, client):
        await ack()
        opened = await client.views_open(
            trigger_id=body["trigger_id"], view=modals.loading("Edit")
        )  # open first: the trigger id lasts 3 seconds
        who = await deps.requester(client, body, channel_id=_channel(body))
        assistant = await deps.assistant(client, who)
        form = await assistant.edit_form(who, action.get("value") or "")
        view_id = opened["view"]["id"]
        if not isinstance(form, Form):
            await client.views_update(view_id=view_id, view=modals.message("Edit", form.text))
            return
        message = deps.responder(client, body).message
        key = await deps.modal_state.keep(
            who,
            {
                "confirmation": form.key,
                "response_url": body.get("response_url"),
                "message": [message.channel, message.ts] if message else None,
            },
        )
        await client.views_update(
            view_id=view_id, view=modals.view(form, callback_id=EDIT_VIEW, key=key, tz=who.tz)
        )

    @app.view(EDIT_VIEW)
    async def edit_submitted(ack, body, view, client):
        """Answered within Slack's 3 seconds: the form's errors if known by then, else the form
        closes and the updated card follows when Clio has answered."""
        key = view.get("private_metadata") or ""
        state = await deps.modal_state.get(user_id(body), key)
        if state is None:
            await ack(response_action="update", view=modals.message("Edit", EXPIRED))
            return
        who = await deps.requester(client, body, channel_id=None)
        values = modals.values(view.get("state") or {}, who.tz)
        message = state.get("message")
        responder = deps.responder(
            client,
            body,
            url=state.get("response_url"),
            message=MessageRef(*message) if message else None,
        )

        async def submit():
            with deps.busy(responder):
                assistant = await deps.assistant(client, who)
                return await assistant.submit_edit(who, state["confirmation"], values)

        if await submitted(ack, submit(), responder, unsaved=UNSAVED):
            await deps.modal_state.done(who.user_id, key)
