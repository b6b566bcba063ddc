"""What every listener shares, set up by bolt middleware: each event handled once, and the turn
(who is asking, how to answer them, the core acting as them, and Clio's waits said aloud)."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncBoltContext
from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.assistant import Assistant
from bot.clio.session import notify_rate_limits
from bot.replies import Reply, Requester
from bot.slack import modals, refusals
from bot.slack.deps import SlackDeps, user_id
from bot.slack.responder import Responder

log = logging.getLogger(__name__)

Next = Callable[[], Awaitable[Any]]
Middleware = Callable[..., Awaitable[BoltResponse | None]]  # bolt injects its arguments by name


@dataclass
class Turn:
    """One request from a person, as every listener sees it (bolt injects it as `turn`)."""

    deps: SlackDeps
    client: AsyncWebClient
    who: Requester
    responder: Responder
    view_id: str | None = None  # a modal opened for this request: notices show in it
    _assistant: Assistant | None = field(default=None, repr=False)
    _posted_notice: bool = field(default=False, repr=False)

    async def assistant(self) -> Assistant:
        """The core acting in Clio as the person (raises NotConnected when they must connect)."""
        if self._assistant is None:
            self._assistant = await self.deps.assistant(self.client, self.who)
        return self._assistant

    async def converse(self, text: str) -> Reply:
        """The answer to a typed request (account commands, else the core)."""
        return await self.deps.converse(self.client, self.who, text)

    @contextlib.contextmanager
    def busy(self, title: str = "Clio") -> Iterator[None]:
        """While Clio rate-limits us within this block, say so instead of going quiet."""

        async def notice(wait: float) -> None:
            await self.notice(title, f"Clio is busy, retrying in {wait:.0f} s…")

        with notify_rate_limits(notice):
            yield

    async def notice(self, title: str, text: str) -> None:
        """A passing note where the person is looking: the request's response_url (while it
        keeps room for the answer), else the modal opened for it, else once by an ephemeral
        message in the channel or a direct message."""
        if self.responder.url:
            await self.responder.notice(text)
            return
        try:
            if self.view_id:
                await self.client.views_update(
                    view_id=self.view_id, view=modals.message(title, text)
                )
                return
            if self._posted_notice:
                return
            self._posted_notice = True
            if self.who.channel_id:
                await self.client.chat_postEphemeral(
                    channel=self.who.channel_id,
                    user=self.who.user_id,
                    text=text,
                    thread_ts=self.who.thread_ts,
                )
            else:
                dm = (await self.client.conversations_open(users=self.who.user_id))["channel"]
                await self.client.chat_postMessage(channel=dm["id"], text=text)
        except SlackApiError as failure:
            refusals.logged(failure, f"note to user {self.who.user_id}")


def place(body: dict) -> tuple[str | None, str | None]:
    """The channel and thread a request is answered in: a slash command's channel, the message
    of a button or a message shortcut, an event's channel (a mention answers in its thread);
    none for the App Home, select options, modal submissions and global shortcuts."""
    if body.get("type") == "event_callback":
        event = body.get("event") or {}
        if event.get("type") == "app_home_opened":
            return None, None
        thread = event.get("thread_ts") or event.get("ts")
        channel = event.get("channel") or event.get("channel_id")
        return channel, thread if event.get("type") == "app_mention" else None
    if body.get("type") in ("block_actions", "message_action"):
        channel = (body.get("channel") or {}).get("id")
        return channel or (body.get("container") or {}).get("channel_id"), None
    if body.get("command"):
        return body.get("channel_id"), None
    return None, None


def turns(deps: SlackDeps) -> Middleware:
    """Listener middleware: the person's turn in the bolt context (the listener's `turn`)."""

    async def turn(
        client: AsyncWebClient, body: dict, context: AsyncBoltContext, next: Next
    ) -> BoltResponse | None:
        channel_id, thread_ts = place(body)
        team_id = (body.get("team") or {}).get("id") or body.get("team_id") or ""
        who = await deps.directory.requester(
            client,
            team_id=team_id,
            user_id=user_id(body),
            channel_id=channel_id,
            thread_ts=thread_ts,
        )
        context["turn"] = Turn(deps, client, who, deps.responder(client, body))
        return await next()

    return turn


async def ack_first(ack: AsyncAck, next: Next) -> BoltResponse | None:
    """Listener middleware: acknowledge at once, before any work (Slack's 3 seconds), for
    requests whose acknowledgement carries nothing: commands, buttons, shortcuts."""
    await ack()
    return await next()


def only(wanted: Callable[[dict], bool]) -> Middleware:
    """Listener middleware: an event `wanted` does not accept ends here, acknowledged (a
    listener's matcher would leave it unhandled, and Slack retries those)."""

    async def passes(event: dict, next: Next) -> BoltResponse | None:
        if not wanted(event):
            return BoltResponse(status=200, body="")
        return await next()

    return passes


def once(deps: SlackDeps) -> Middleware:
    """Global middleware: Slack redelivers events (retries after timeouts); each event id is
    handled once, and a redelivery is answered 200 without reaching a listener."""

    async def first_delivery(body: dict, next: Next) -> BoltResponse | None:
        event_id = body.get("event_id")
        if body.get("type") == "event_callback" and event_id:
            key = f"slack:{event_id}"
            if not await deps.runtime.store.events.first_time(key, now=deps.runtime.clock()):
                log.info("event %s already handled", event_id)
                return BoltResponse(status=200, body="")
        return await next()

    return first_delivery
