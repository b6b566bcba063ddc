"""The App Home tab."""

from __future__ import annotations

from slack_bolt.async_app import AsyncApp

from bot.assistant.home import home_cards
from bot.assistant.identity import NotAllowed
from bot.mrkdwn import escape
from bot.replies import Card, Reply
from bot.slack.blocks import render
from bot.slack.deps import SlackDeps
from bot.slack.turns import Turn, only, turns


def _home_tab(event: dict) -> bool:
    return event.get("tab") in (None, "home")


def register(app: AsyncApp, deps: SlackDeps) -> None:
    @app.event("app_home_opened", middleware=[only(_home_tab), turns(deps)])
    async def home_opened(turn: Turn) -> None:
        with turn.busy():
            try:
                assistant = await turn.assistant()
                cards = await home_cards(
                    assistant.clio, assistant.resolver, turn.who, deps.runtime.clock()
                )
            except NotAllowed as refusal:
                cards = [Card(title="Clio", lines=[escape(refusal.text)])]
        blocks = render(Reply(text="Clio", cards=cards))
        await turn.client.views_publish(
            user_id=turn.who.user_id, view={"type": "home", "blocks": blocks}
        )
