"""Answering one request through its response_url, checked and within Slack's budget.

Slack takes at most 5 posts per response_url, within 30 minutes. Uses are counted here, a passing
note ("Clio is busy") is only sent while it leaves room for the answer, and an answer the URL can
no longer carry (or that Slack refused) goes by `chat.update` of the bot's own message it
replaces, else by a direct message. Every refusal is logged with Slack's error.

Only Slack's own response URLs (on `https://hooks.slack.com/`) are ever called, whatever a
request's body names; a test's fake Slack is allowed its one local prefix explicitly.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from bot.slack import refusals

log = logging.getLogger(__name__)

USES = 5  # posts Slack accepts per response_url
LIFETIME = 30 * 60  # seconds a response_url works
NOTICE_RESERVE = 2  # uses a passing note must leave: the answer, and a problem with it
SPENT = frozenset({"used_url", "expired_url", "invalid_url", "404"})
SLACK_HOOKS = "https://hooks.slack.com/"  # where Slack's response URLs live
URL_PATH = re.compile(r"[A-Za-z0-9_./-]*")  # what follows it: no user info, port or query


def allowed_response_url(url: str, local: str | None = None) -> bool:
    """Whether `url` is Slack's (on its hooks host), or under `local`: the loopback prefix a fake
    Slack serves its response URLs on (`SLACK_LOCAL_RESPONSE_URLS`, tests only)."""
    return any(
        prefix and url.startswith(prefix) and URL_PATH.fullmatch(url[len(prefix) :])
        for prefix in (SLACK_HOOKS, local)
    )


@dataclass(frozen=True)
class MessageRef:
    """A message the bot posted (not ephemeral): `chat.update` can replace it."""

    channel: str
    ts: str


class ResponseUrls:
    """This process's posts to each response_url, from when it first saw it."""

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, *, local: str | None = None
    ) -> None:
        self._clock = clock
        self.local = local  # a fake Slack's response URL prefix, allowed besides Slack's
        self._seen: dict[str, tuple[float, int]] = {}  # url -> (first seen, posts)

    def seen(self, url: str) -> None:
        now = self._clock()
        if len(self._seen) > 1000:  # forget URLs past their life
            self._seen = {u: v for u, v in self._seen.items() if now - v[0] <= LIFETIME}
        self._seen.setdefault(url, (now, 0))

    def left(self, url: str) -> int:
        first, used = self._seen.get(url, (self._clock(), 0))
        return 0 if self._clock() - first > LIFETIME else USES - used

    def take(self, url: str) -> None:
        first, used = self._seen.get(url, (self._clock(), 0))
        self._seen[url] = (first, used + 1)


@dataclass
class Responder:
    """How to answer one person's request: its response_url while it lasts, then a fallback."""

    client: AsyncWebClient
    user_id: str
    url: str | None
    urls: ResponseUrls
    message: MessageRef | None = None

    def __post_init__(self) -> None:
        if self.url and not allowed_response_url(self.url, self.urls.local):
            log.warning("response_url of user %s is not Slack's: not used", self.user_id)
            self.url = None
        if self.url:
            self.urls.seen(self.url)

    async def send(
        self,
        text: str,
        blocks: list[dict[str, Any]] | None = None,
        *,
        in_channel: bool = False,
        replace: bool = False,
    ) -> None:
        """The answer: through the URL, else `chat.update`/a DM; a refused card is said in words."""
        payload: dict[str, Any] = {
            "text": text,
            "blocks": blocks or [],
            "response_type": "in_channel" if in_channel else "ephemeral",
            "replace_original": replace,
        }
        if self.url and self.urls.left(self.url) > 0:
            error = await self._post(payload)
            if error is None:
                return
            if error not in SPENT:  # the card itself was refused: its text, and why
                payload = {**payload, "blocks": [], "text": f"{text}\n\n_{refusals.said(error)}_"}
                if self.urls.left(self.url) > 0 and await self._post(payload) is None:
                    return
        elif self.url:
            log.info("response_url of user %s is spent", self.user_id)
        await self._fallback(payload)

    async def notice(self, text: str) -> None:
        """A passing note, only while the URL keeps room for the answer."""
        if self.url and self.urls.left(self.url) > NOTICE_RESERVE:
            await self._post(
                {"text": text, "response_type": "ephemeral", "replace_original": False}
            )
        else:
            log.info(
                "note to user %s skipped: its response_url is kept for the answer", self.user_id
            )

    async def _post(self, payload: dict[str, Any]) -> str | None:
        """Post once to the URL: None when Slack took it, else Slack's error (logged)."""
        assert self.url is not None
        self.urls.take(self.url)
        try:
            response = await AsyncWebhookClient(self.url).send_dict(payload)
        except (aiohttp.ClientError, TimeoutError) as failure:
            log.warning("response_url unreachable: %s", type(failure).__name__)
            return "unreachable"
        if response.status_code == 200:
            return None
        error = refusals.body_error(response.status_code, response.body)
        if response.status_code == 404:
            error = error if error in SPENT else "404"
        log.warning("slack refused a response_url post: %s (%d)", error, response.status_code)
        return error

    async def _fallback(self, payload: dict[str, Any]) -> None:
        """`chat.update` of the message the answer replaces, else a direct message."""
        text, blocks = payload["text"], payload["blocks"]
        if payload["replace_original"] and self.message is not None:
            try:
                await self.client.chat_update(
                    channel=self.message.channel, ts=self.message.ts, text=text, blocks=blocks
                )
                log.info("answered user %s by updating message %s", self.user_id, self.message.ts)
                return
            except SlackApiError as failure:
                refusals.logged(failure, f"answer for user {self.user_id}")
        if not self.user_id:
            log.warning("an answer had nowhere to go (no response_url and no user)")
            return
        try:
            dm = (await self.client.conversations_open(users=self.user_id))["channel"]["id"]
            await self.client.chat_postMessage(channel=dm, text=text, blocks=blocks)
            log.info("answered user %s by direct message", self.user_id)
        except SlackApiError as failure:
            refusals.logged(failure, f"answer for user {self.user_id}")
