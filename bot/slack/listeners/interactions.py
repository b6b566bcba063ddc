"""Buttons, searchable picks, typed answers, and the Edit modal."""

from __future__ import annotations

import logging
import re

from slack_bolt.async_app import AsyncAck, AsyncApp

from bot.assistant import cards, questions, reads
from bot.assistant.forms import Form
from bot.assistant.resolve import Candidate
from bot.replies import Reply
from bot.slack import modals
from bot.slack.blocks import OPTIONS, REPEAT, action_of, option
from bot.slack.deadline import submitted
from bot.slack.delivery import deliver
from bot.slack.deps import SlackDeps
from bot.slack.responder import MessageRef
from bot.slack.turns import Turn, ack_first, turns

log = logging.getLogger(__name__)
BUTTONS = re.compile(
    rf"^({cards.CONFIRM}|{cards.CANCEL}|{cards.UNDO}|{reads.MORE}|{questions.PICK}|{questions.DROP})"
    rf"({REPEAT}\d+)?$"
)
EDIT_VIEW = "edit"
EXPIRED = "This form has expired. Press Edit on the card again."
UNSAVED = "Your changes were not saved; press Edit on the card to try again:"


def register(app: AsyncApp, deps: SlackDeps) -> None:
    turn_of = [turns(deps)]
    acked = [ack_first, *turn_of]  # acknowledged before the person is looked up

    async def act(turn: Turn, action: str, value: str, answer: str = "") -> None:
        """The core's answer to a button, a pick or a typed answer, back through the request."""
        with turn.busy():
            assistant = await turn.assistant()
            reply = await assistant.handle_action(turn.who, action, value, answer=answer)
        await deliver(reply, client=turn.client, responder=turn.responder, user=turn.who.user_id)

    @app.action(BUTTONS, middleware=acked)
    async def button(action: dict, turn: Turn) -> None:
        await act(turn, action_of(action["action_id"]), action.get("value") or "")

    @app.action(questions.SEARCH, middleware=acked)
    async def picked(action: dict, turn: Turn) -> None:
        chosen = (action.get("selected_option") or {}).get("value") or ""
        await act(turn, questions.SEARCH, action["block_id"].partition(":")[2], chosen)

    @app.action(questions.ANSWER, middleware=acked)
    async def answered(action: dict, turn: Turn) -> None:
        value = action["block_id"].partition(":")[2]
        await act(turn, questions.ANSWER, value, action.get("value") or "")

    @app.options(questions.SEARCH, middleware=turn_of)
    async def search_options(ack: AsyncAck, body: dict, turn: Turn) -> None:
        """Options for a "search Clio" select, within Slack's 3 seconds: Clio's answer if it
        comes in time, else what earlier searches found."""
        slot = body.get("block_id", "").partition(":")[2].partition("|")[2]
        kind = {"ref:matter": "matter", "ref:client": "contact", "ref:contact": "contact"}.get(
            slot, "user"
        )
        query = body.get("value") or ""

        async def search() -> list[Candidate]:
            assistant = await turn.assistant()
            return await assistant.resolver.search(kind, query)

        whose = f"{turn.who.team_id}:{turn.who.user_id}"
        with turn.busy():
            found = await deps.suggestions.options(whose, kind, query, search)
        await ack(options=[option(c.label, f"{c.id}|{c.label}") for c in found[:OPTIONS]])

    @app.action(cards.EDIT, middleware=acked)
    async def edit(body: dict, action: dict, turn: Turn) -> None:
        client = turn.client
        opened = await client.views_open(
            trigger_id=body["trigger_id"], view=modals.loading("Edit")
        )  # open first: the trigger id lasts 3 seconds
        turn.view_id = opened["view"]["id"]
        with turn.busy("Edit"):
            assistant = await turn.assistant()
            form = await assistant.edit_form(turn.who, action.get("value") or "")
        if not isinstance(form, Form):
            await client.views_update(view_id=turn.view_id, view=modals.message("Edit", form.text))
            return
        message = turn.responder.message
        key = await deps.modal_state.keep(
            turn.who,
            {
                "confirmation": form.key,
                "response_url": body.get("response_url"),
                "message": [message.channel, message.ts] if message else None,
            },
        )
        view = modals.view(form, callback_id=EDIT_VIEW, key=key, tz=turn.who.tz)
        await client.views_update(view_id=turn.view_id, view=view)

    @app.view(EDIT_VIEW, middleware=turn_of)
    async def edit_submitted(ack: AsyncAck, body: dict, view: dict, turn: Turn) -> None:
        """Answered within Slack's 3 seconds: the form's errors if known by then, else the form
        closes and the updated card follows when Clio has answered."""
        key = view.get("private_metadata") or ""
        who = turn.who
        state = await deps.modal_state.get(who.user_id, key)
        if state is None:
            await ack(response_action="update", view=modals.message("Edit", EXPIRED))
            return
        values = modals.values(view.get("state") or {}, who.tz)
        message = state.get("message")
        turn.responder = deps.responder(
            turn.client,
            body,
            url=state.get("response_url"),
            message=MessageRef(*message) if message else None,
        )

        async def submit() -> tuple[Reply | None, dict[str, str]]:
            with turn.busy():
                assistant = await turn.assistant()
                return await assistant.submit_edit(who, state["confirmation"], values)

        if await submitted(ack, submit(), turn.responder, unsaved=UNSAVED):
            await deps.modal_state.done(who.user_id, key)
