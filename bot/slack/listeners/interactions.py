"""Buttons, searchable picks, typed answers, and the Edit modal."""

from __future__ import annotations

import json
import logging
import re

from slack_bolt.async_app import AsyncApp

from bot.assistant import cards, questions, reads
from bot.assistant.forms import Form
from bot.slack import modals
from bot.slack.blocks import OPTIONS, REPEAT, action_of, option, render
from bot.slack.delivery import deliver
from bot.slack.deps import SlackDeps
from bot.slack.responder import MessageRef

log = logging.getLogger(__name__)
BUTTONS = re.compile(
    rf"^({cards.CONFIRM}|{cards.CANCEL}|{cards.UNDO}|{reads.MORE}|{questions.PICK}|{questions.DROP})"
    rf"({REPEAT}\d+)?$"
)
EDIT_VIEW = "edit"


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
        """Options for a "search Clio" select, answered within Slack's 3 seconds."""
        who = await deps.requester(client, body, channel_id=None)
        slot = body.get("block_id", "").partition(":")[2].partition("|")[2]
        kind = {"ref:matter": "matter", "ref:client": "contact", "ref:contact": "contact"}.get(
            slot, "user"
        )
        assistant = await deps.assistant(client, who)
        found = await assistant.resolver.search(kind, body.get("value") or "")
        options = [option(c.label, f"{c.id}|{c.label}") for c in found[:OPTIONS]]
        await ack(options=options)

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
            await client.views_update(view_id=view_id, view=_message_view(form.text))
            return
        responder = deps.responder(client, body)
        message = responder.message
        metadata = {
            "key": form.key,
            "response_url": body.get("response_url"),
            "message": [message.channel, message.ts] if message else None,
        }
        await client.views_update(
            view_id=view_id,
            view=modals.view(form, callback_id=EDIT_VIEW, metadata=metadata, tz=who.tz),
        )

    @app.view(EDIT_VIEW)
    async def edit_submitted(ack, body, view, client):
        metadata = json.loads(view.get("private_metadata") or "{}")
        who = await deps.requester(client, body, channel_id=None)
        values = modals.values(view.get("state") or {}, who.tz)
        assistant = await deps.assistant(client, who)
        reply, errors = await assistant.submit_edit(who, metadata.get("key", ""), values)
        if errors:
            await ack(response_action="errors", errors=errors)
            return
        await ack()
        if reply is not None:
            message = metadata.get("message")
            responder = deps.responder(
                client,
                body,
                url=metadata.get("response_url"),
                message=MessageRef(*message) if message else None,
            )
            await responder.send(reply.text, render(reply), replace=True)


def _message_view(text: str) -> dict:
    return {
        "type": "modal",
        "title": {"type": "plain_text", "text": "Edit"},
        "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": text}}],
    }
