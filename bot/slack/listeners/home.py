"""The App Home tab."""

from __future__ import annotations

from slack_bolt.async_app import AsyncApp

from bot.assistant.home import home_cards
from bot.replies import Reply
from bot.slack.blocks import render
from bot.slack.deps import SlackDeps


def register(app: AsyncApp, deps: SlackDeps) -> None:
    @app.event("app_home_opened")
    async def home_opened(body, event, client):
        if event.get("tab") not in (None, "home"):
            return
        who = await deps.requester(
            client, {"team_id": body.get("team_id"), "user": event.get("user")}, channel_id=None
        )
        assistant = await deps.assistant(client, who)
        cards = await home_cards(assistant.clio, assistant.resolver, who, deps.runtime.clock())
        blocks = render(Reply(text="Clio", cards=cards))
        await client.views_publish(user_id=who.user_id, view={"type": "home", "blocks": blocks})
