"""What the Slack listeners share."""

from __future__ import annotations

from dataclasses import dataclass

from slack_bolt.context.respond.async_respond import AsyncRespond
from slack_sdk.web.async_client import AsyncWebClient

from bot.assistant import Assistant, Requester
from bot.clio.session import notify_rate_limits
from bot.runtime import Runtime
from bot.slack.directory import Directory
from bot.slack.files import SlackFiles


@dataclass
class SlackDeps:
    runtime: Runtime
    directory: Directory

    async def assistant(self, client: AsyncWebClient, who: Requester) -> Assistant:
        """The core acting in Clio as `who` (raises NotConnected when they must connect first)."""

        async def email_for(user_id: str) -> str | None:
            return (await self.directory.profile(client, who.team_id, user_id))["email"]

        clio = await self.runtime.clio_for(who)
        return self.runtime.assistant(email_for, files=SlackFiles(client), clio=clio)

    @staticmethod
    def busy(respond: AsyncRespond | None):
        """While Clio rate-limits us, say so instead of going quiet."""

        async def notice(wait: float) -> None:
            if respond is not None:
                await respond(
                    text=f"Clio is busy, retrying in {wait:.0f} s…", replace_original=False
                )

        return notify_rate_limits(notice)

    async def requester(
        self,
        client: AsyncWebClient,
        body: dict,
        *,
        channel_id: str | None,
        thread_ts: str | None = None,
    ) -> Requester:
        team_id = (body.get("team") or {}).get("id") or body.get("team_id") or ""
        user = body.get("user")
        user_id = user.get("id") if isinstance(user, dict) else body.get("user_id") or user
        return await self.directory.requester(
            client, team_id=team_id, user_id=user_id, channel_id=channel_id, thread_ts=thread_ts
        )
