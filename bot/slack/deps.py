"""What the Slack listeners share."""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass, field

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.assistant import Assistant
from bot.assistant.identity import NotAllowed, no_use
from bot.connections import NotConnected, WrongClioUser
from bot.mrkdwn import escape
from bot.replies import Reply, Requester
from bot.runtime import Runtime
from bot.slack import refusals
from bot.slack.admin import Admin
from bot.slack.channels import SlackChannels
from bot.slack.delivery import deliver
from bot.slack.directory import Directory
from bot.slack.files import SlackFiles
from bot.slack.modal_state import ModalState
from bot.slack.responder import MessageRef, Responder, ResponseUrls
from bot.slack.suggestions import Suggestions
from bot.slack.tokens import BotTokens, TokenRefused
from bot.store.tables import OAuthState

log = logging.getLogger(__name__)

ACCOUNT = re.compile(r"^\s*(connect|disconnect|whoami|who\s*am\s*i)\s*[?.!]*\s*$", re.IGNORECASE)


@dataclass
class SlackDeps:
    runtime: Runtime
    directory: Directory
    tokens: BotTokens | None = None  # installs by many workspaces: their rotating bot tokens
    urls: ResponseUrls = field(default_factory=ResponseUrls)
    suggestions: Suggestions = field(default_factory=Suggestions)

    @functools.cached_property
    def admin(self) -> Admin:
        return Admin(self.runtime.store, self.runtime.clock, self.runtime.connections)

    @functools.cached_property
    def modal_state(self) -> ModalState:
        return ModalState(self.runtime.store, self.runtime.clock)

    async def assistant(self, client: AsyncWebClient, who: Requester) -> Assistant:
        """The core acting in Clio as `who` (raises NotConnected when they must connect first,
        NotAllowed when no Clio user is theirs and the firm lets only Clio users in)."""

        async def email_for(user_id: str) -> str | None:
            return await self.directory.clio_email(client, who.team_id, user_id)

        clio = await self.runtime.clio_for(who)
        assistant = self.runtime.assistant(
            email_for, files=SlackFiles(client), clio=clio, reach=SlackChannels(client)
        )
        only_clio_users = self.runtime.settings.unmatched_people == "none"
        if only_clio_users and await assistant.standing(who) == "unmatched":
            log.info("user %s refused: no clio user", who.user_id)
            raise NotAllowed(no_use(who))
        return assistant

    async def converse(self, client: AsyncWebClient, who: Requester, text: str) -> Reply:
        """A message's answer: account commands, else the core acting as the person.

        A person who has not connected Clio yet gets the connect link, and the request is kept
        to carry on once they have.
        """
        if (answer := await self.admin.answer(who, text)) is not None:
            return answer
        connections = self.runtime.connections
        command = ACCOUNT.match(text)
        word = command.group(1).lower().replace(" ", "") if command else None
        if word in ("connect", "disconnect") and connections is None:
            return Reply.notice(
                "This bot uses one shared Clio account, so there is nothing to connect "
                "(set CLIO_CLIENT_ID to let each person connect their own)."
            )
        if word and connections is not None:
            if word == "connect":
                return await connections.prompt(who)
            if word == "disconnect":
                return await connections.disconnect(who)
            return await connections.whoami(who)
        try:
            assistant = await self.assistant(client, who)
        except NotConnected:
            assert connections is not None
            return await connections.prompt(who, resume={"text": text, "channel": who.channel_id})
        except NotAllowed as refusal:
            return Reply.notice(escape(refusal.text))
        return await assistant.handle_text(who, text)

    async def client_for_team(self, client: AsyncWebClient, team_id: str) -> AsyncWebClient:
        """A Web API client with the bot token of `team_id` (from its installation, if many,
        refreshed first if it runs out soon; raises `TokenRefused`)."""
        if self.tokens is None:
            return client
        return AsyncWebClient(token=await self.tokens.token(team_id), base_url=client.base_url)

    async def connected(self, client: AsyncWebClient, state: OAuthState, name: str) -> None:
        """After the OAuth callback: say so in a DM, then answer the request that waited (the
        connection stands even if Slack refuses the DM or the bot's token: that is logged)."""
        try:
            client = await self.client_for_team(client, state.team_id)
            await self._carry_on(client, state, name)
        except SlackApiError as failure:
            refusals.logged(failure, f"connected user {state.user_id}")
        except TokenRefused:
            log.warning("connected user %s not told: no bot token", state.user_id)

    async def expected_clio_email(self, client: AsyncWebClient, state: OAuthState) -> str | None:
        """Whose Clio login may finish this person's connect link: an admin's mapping, else
        their Slack email asked afresh (None when Slack does not say)."""
        mapped = await self.runtime.store.identity_maps.get(state.team_id, state.user_id)
        if mapped:
            return mapped
        try:
            client = await self.client_for_team(client, state.team_id)
            profile = await self.directory.profile(client, state.team_id, state.user_id, fresh=True)
        except TokenRefused:
            return None
        return profile["email"]

    async def refused(self, client: AsyncWebClient, wrong: WrongClioUser) -> None:
        """Tell the person in a DM why their connect link did not connect them (the page says
        it too, so a refusal by Slack is only logged)."""
        state = wrong.state
        try:
            client = await self.client_for_team(client, state.team_id)
            dm = (await client.conversations_open(users=state.user_id))["channel"]["id"]
            await client.chat_postMessage(channel=dm, text=escape(wrong.text))
        except SlackApiError as failure:
            refusals.logged(failure, f"refused user {state.user_id}")
        except TokenRefused:
            log.warning("refused user %s not told: no bot token", state.user_id)

    async def _carry_on(self, client: AsyncWebClient, state: OAuthState, name: str) -> None:
        dm = (await client.conversations_open(users=state.user_id))["channel"]["id"]
        await client.chat_postMessage(channel=dm, text=f"Connected to Clio as {escape(name)}.")
        text = (state.resume or {}).get("text")
        if text:
            who = await self.directory.requester(
                client,
                team_id=state.team_id,
                user_id=state.user_id,
                channel_id=(state.resume or {}).get("channel"),
            )
            reply = await self.converse(client, who, text)
            await deliver(reply, client=client, channel=dm, direct=True)

    def responder(
        self,
        client: AsyncWebClient,
        body: dict,
        *,
        url: str | None = None,
        message: MessageRef | None = None,
    ) -> Responder:
        """How to answer the person behind `body`: its response_url (or `url`), then a fallback."""
        container = body.get("container") or {}
        own_message = container.get("type") == "message" and not container.get("is_ephemeral")
        if message is None and own_message and container.get("message_ts"):
            message = MessageRef(container["channel_id"], container["message_ts"])
        url = url or body.get("response_url")
        return Responder(client, user_id(body), url, self.urls, message)


def user_id(body: dict) -> str:
    """Who sent a command, an interaction or an event."""
    event = body.get("event") or {}
    user = body.get("user") or event.get("user") or event.get("user_id")
    if isinstance(user, dict):
        return user.get("id") or ""
    return body.get("user_id") or user or ""
