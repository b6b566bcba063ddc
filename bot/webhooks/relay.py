"""Outbox → Slack: at most one message per second per channel, each change shown once.

A claimed event that another relay had taken before (its lease ran out: that relay died
mid-post) is first looked up in the channel by the message metadata every post carries, so a
post that reached Slack is not made twice.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.tokens import TokenRefused
from bot.store import Store
from bot.store.tables import OutboxEvent, Subscription
from bot.webhooks import messages, own
from bot.webhooks.catalog import WATCHABLE
from bot.webhooks.watches import Filters, OwnerClio

log = logging.getLogger(__name__)

PACE = 1.0  # seconds from one post's answer to the next post in a channel (Slack: 1/s)
IDLE = 0.5  # seconds between looks at an empty outbox
DIGEST_AT = 5  # this many changes for one channel at once are posted as one digest
WAIT_INLINE = 20.0  # a longer Retry-After hands the events back to the outbox
BACKOFF = [30, 60, 120, 300, 900, 1800, 3600]  # seconds before retrying a failed post
EVENT_TYPE = "clio_change"
TOKEN_WAIT = dt.timedelta(minutes=5)  # events wait this long when Slack refused the bot's token
SlackFor = Callable[[str], Awaitable[AsyncWebClient]]  # a team's client; raises TokenRefused


class Later(Exception):
    """Slack asked for a pause longer than is worth holding the claim for."""

    def __init__(self, seconds: float):
        self.seconds = seconds


@dataclass
class Item:
    sub: Subscription
    row: OutboxEvent

    @property
    def data(self) -> dict:
        return self.row.payload.get("data") or {}

    @property
    def backfilled(self) -> bool:
        return bool((self.row.payload.get("meta") or {}).get("backfilled"))

    @property
    def event(self) -> str:
        return (self.row.payload.get("meta") or {}).get("event", "updated")


class Relay:
    def __init__(
        self,
        store: Store,
        *,
        slack_for: SlackFor,
        owner_clio: OwnerClio,
        app_host: str,
        clock: Callable[[], dt.datetime],
        pace: float = PACE,
    ):
        self._store = store
        self._slack_for = slack_for
        self._owner_clio = owner_clio
        self._app_host = app_host
        self._clock = clock
        self._pace = pace
        self._next_post: dict[str, float] = {}  # channel → monotonic time it may post again
        self._busy: dict[str, asyncio.Task] = {}  # channel → the task posting to it
        self._channel_of: dict[str, str] = {}  # subscription id → its channel

    async def run(self, idle: float = IDLE) -> None:
        """Relay for as long as the bot runs."""
        while True:
            try:
                claimed = await self.once()
            except Exception:
                log.exception("relay round failed")
                claimed = 0
            if not claimed:
                await asyncio.sleep(idle)

    async def drain(self) -> None:
        """Relay until nothing is due and every channel is done (tests, benchmarks)."""
        while True:
            claimed = await self.once()
            busy = list(self._busy.values())
            if not claimed and not busy:
                return
            if busy:
                await asyncio.wait(busy)

    async def once(self) -> int:
        """Claim what is due for channels not busy posting, and start posting it; how many
        events were claimed. A channel posts its events in order while the others go on."""
        busy = {sid for sid, channel in self._channel_of.items() if channel in self._busy}
        rows = await self._store.outbox.claim(now=self._clock(), skip=busy)
        if not rows:
            return 0
        subs = {
            sid: await self._store.subscriptions.get(sid)
            for sid in {r.subscription_id for r in rows}
        }
        self._channel_of.update({sid: sub.channel_id for sid, sub in subs.items() if sub})
        by_channel: dict[str, list[Item]] = defaultdict(list)
        orphans = []  # unwatched since Clio sent them
        for row in rows:
            sub = subs[row.subscription_id]
            if sub is None:
                orphans.append(row.id)
            else:
                by_channel[sub.channel_id].append(Item(sub, row))
        if orphans:
            await self._store.outbox.skipped(orphans, now=self._clock())
        for channel, items in by_channel.items():
            task = asyncio.create_task(self._channel_safely(channel, items))
            self._busy[channel] = task
            task.add_done_callback(lambda _, channel=channel: self._busy.pop(channel, None))
        return len(rows)

    async def _channel_safely(self, channel: str, items: list[Item]) -> None:
        try:
            await self._channel(channel, items)
        except Exception as error:  # its events are claimed again when their lease runs out
            log.error("relay for channel %s failed: %s", channel, type(error).__name__)

    async def _channel(self, channel: str, items: list[Item]) -> None:
        try:
            client = await self._slack_for(items[0].sub.team_id)
        except TokenRefused as refused:
            await self._without_token(items, refused)
            return
        items = await self._not_yet_posted(client, channel, items)
        shown = []
        for item in items:
            if await self._passes(item):
                shown.append(item)
            else:
                await self._store.outbox.skipped([item.row.id], now=self._clock())
        try:
            if len(shown) >= DIGEST_AT:
                await self._post_digest(client, channel, shown)
            else:
                for item in shown:
                    try:
                        await self._post_one(client, channel, item)
                    except SlackApiError as error:
                        await self._failed([item], error)
        except Later as later:
            pending = [i.row.id for i in shown if i.row.state in ("pending", "sending")]
            at = self._clock() + dt.timedelta(seconds=later.seconds)
            await self._store.outbox.retry(pending, at=at)
        except SlackApiError as error:
            await self._failed(shown, error)

    # -- posting ---------------------------------------------------------------------------------
    async def _post_one(self, client: AsyncWebClient, channel: str, item: Item) -> None:
        model, data = item.sub.model, item.data
        key = messages.thread_key(model, data)
        thread = await self._store.threads.get(channel, key)
        message = messages.render(
            model,
            item.event,
            data,
            app_host=self._app_host,
            mentions=await self._mentions(client, item.sub, messages.mentionable(model, data)),
            backfilled=item.backfilled,
        )
        ts = await self._post(client, channel, [item.row.id], message, thread_ts=thread)
        if thread is None:
            await self._store.threads.start(channel, key, ts, now=self._clock())
        await self._sent([item], ts)

    async def _post_digest(self, client: AsyncWebClient, channel: str, items: list[Item]) -> None:
        message = messages.digest(
            [(i.sub.model, i.event, i.data) for i in items], app_host=self._app_host
        )
        ts = await self._post(client, channel, [i.row.id for i in items], message)
        await self._sent(items, ts)

    async def _post(
        self,
        client: AsyncWebClient,
        channel: str,
        ids: Sequence[int],
        message: messages.Message,
        *,
        thread_ts: str | None = None,
    ) -> str:
        """One chat.postMessage, paced per channel; waits out short 429s (Retry-After)."""
        metadata = {"event_type": EVENT_TYPE, "event_payload": {"outbox": ",".join(map(str, ids))}}
        while True:
            wait = self._next_post.get(channel, 0.0) - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            pause = self._pace
            try:
                answer = await client.chat_postMessage(
                    channel=channel,
                    text=message.text,
                    blocks=message.blocks,
                    thread_ts=thread_ts,
                    metadata=metadata,
                    unfurl_links=False,
                    unfurl_media=False,
                )
                return answer["ts"]
            except SlackApiError as error:
                if error.response.status_code != 429:
                    raise
                pause = float(error.response.headers.get("Retry-After", 1))
                log.info("slack rate-limited channel %s for %.0f s", channel, pause)
                if pause > WAIT_INLINE:
                    raise Later(pause) from error
            finally:  # paced from the answer: Slack counts arrivals, and requests take time
                self._next_post[channel] = time.monotonic() + pause

    async def _sent(self, items: Sequence[Item], ts: str) -> None:
        await self._store.outbox.sent([i.row.id for i in items], now=self._clock(), ts=ts)
        for item in items:
            item.row.state = "sent"

    async def _without_token(self, items: Sequence[Item], refused: TokenRefused) -> None:
        """Slack refused the workspace's bot token: the events wait, and health says why."""
        problem = f"Slack refused the bot's token ({refused.error}): install the app again"
        for sub_id in {i.sub.id for i in items}:
            await self._store.subscriptions.failed(sub_id, problem)
        await self._store.outbox.later([i.row.id for i in items], at=self._clock() + TOKEN_WAIT)
        log.warning("%d events wait for a bot token of team %s", len(items), refused.team_id)

    async def _failed(self, items: Sequence[Item], error: SlackApiError) -> None:
        """Retry later with back-off; give up after the last step, counting the failure."""
        code = str(error.response.get("error") or error.response.status_code)
        now = self._clock()
        for item in items:
            if item.row.state == "sent":
                continue
            await self._store.subscriptions.failed(item.sub.id, f"Slack: {code}")
            item.row.state = "retrying"
            step = item.row.attempts  # attempts before this one
            if step >= len(BACKOFF):
                await self._store.outbox.failed([item.row.id], now=now)
            else:
                at = now + dt.timedelta(seconds=BACKOFF[step])
                await self._store.outbox.retry([item.row.id], at=at)
        log.warning("slack refused a post for %d events: %s", len(items), code)

    # -- exactly once after a takeover ---------------------------------------------------------
    async def _not_yet_posted(
        self, client: AsyncWebClient, channel: str, items: list[Item]
    ) -> list[Item]:
        """Drop the events a relay that died mid-post had already shown (found by metadata)."""
        resumed = [i for i in items if i.row.state == "sending"]
        if not resumed:
            return items
        posted = await self._posted(client, channel, resumed)
        for item in resumed:
            ts = posted.get(item.row.id)
            if ts is not None:
                await self._store.outbox.sent([item.row.id], now=self._clock(), ts=ts)
                log.info("outbox %s was already in slack", item.row.id)
        return [i for i in items if i.row.id not in posted]

    async def _posted(
        self, client: AsyncWebClient, channel: str, items: list[Item]
    ) -> dict[int, str]:
        oldest = min(i.row.received_at for i in items).timestamp() - 60
        found: dict[int, str] = {}
        try:
            history = await client.conversations_history(
                channel=channel, oldest=f"{oldest:.6f}", include_all_metadata=True, limit=200
            )
            messages_ = list(history.get("messages") or [])
            threads = {
                await self._store.threads.get(channel, messages.thread_key(i.sub.model, i.data))
                for i in items
            }
            for ts in threads - {None}:
                replies = await client.conversations_replies(
                    channel=channel, ts=ts, include_all_metadata=True, limit=200
                )
                messages_ += list(replies.get("messages") or [])
        except SlackApiError as error:  # e.g. no channels:history scope: at least once, then
            log.warning(
                "cannot check channel %s for earlier posts: %s",
                channel,
                error.response.get("error"),
            )
            return found
        for message in messages_:
            metadata = message.get("metadata") or {}
            if metadata.get("event_type") == EVENT_TYPE:
                for part in str(metadata.get("event_payload", {}).get("outbox", "")).split(","):
                    if part.isdigit():
                        found[int(part)] = message["ts"]
        return found

    # -- filters and mentions ------------------------------------------------------------------
    async def _passes(self, item: Item) -> bool:
        filters = Filters.model_validate(item.sub.filters or {})
        watched = WATCHABLE[item.sub.model]
        now = self._clock()
        if filters.exclude_own and await own.is_own(
            self._store, watched.collection, item.event, item.data, now=now
        ):
            return False
        wanted = {
            "matter": filters.matter,
            "client": filters.client,
            "practice_area": filters.practice_area,
            "responsible_attorney": filters.responsible_attorney,
            "responsible_staff": filters.responsible_staff,
        }
        wanted = {k: v.id for k, v in wanted.items() if v is not None}
        if not wanted:
            return True
        for matter in await self._matters(item):
            if all(matter.get(k) == v for k, v in wanted.items()):
                return True
        return False

    async def _matters(self, item: Item) -> list[dict]:
        """The record's matters as {matter, client, practice_area, responsible_attorney,
        responsible_staff} ids."""
        data = item.data
        if item.sub.model == "matter":
            return [_facts(data)]
        nested = data.get("matters") or ([data["matter"]] if data.get("matter") else [])
        facts = []
        for matter in nested:
            if not isinstance(matter, dict) or "id" not in matter:
                continue
            full = await self._matter(item.sub, matter["id"])
            facts.append(full or {"matter": matter["id"], "client": matter.get("client_id")})
        return facts

    async def _matter(self, sub: Subscription, matter_id: int) -> dict | None:
        key = f"webhooks:matter:{sub.owner_id}:{matter_id}"
        now = self._clock()
        cached = await self._store.cache.get(key, now=now)
        if cached is not None:
            return cached
        try:
            clio = await self._owner_clio(sub)
            data = await clio.request(
                "GET",
                f"matters/{matter_id}.json",
                params={
                    "fields": "id,client{id},practice_area{id},responsible_attorney{id},"
                    "responsible_staff{id}"
                },
            )
        except Exception as error:
            log.warning("matter %s not looked up: %s", matter_id, type(error).__name__)
            return None
        facts = _facts(data.get("data") or {})
        await self._store.cache.put(key, facts, now=now, ttl=dt.timedelta(minutes=10))
        return facts

    async def _mentions(
        self, client: AsyncWebClient, sub: Subscription, user_ids: list[int]
    ) -> dict[int, str]:
        """Clio user ids → Slack user ids, by email; unknown people stay names."""
        found: dict[int, str] = {}
        now = self._clock()
        for clio_id in user_ids:
            key = f"webhooks:slack-user:{sub.team_id}:{clio_id}"
            cached = await self._store.cache.get(key, now=now)
            if cached is None:
                cached = {"slack": await self._slack_user(client, sub, clio_id)}
                await self._store.cache.put(key, cached, now=now, ttl=dt.timedelta(hours=12))
            if cached["slack"]:
                found[clio_id] = cached["slack"]
        return found

    async def _slack_user(
        self, client: AsyncWebClient, sub: Subscription, clio_id: int
    ) -> str | None:
        try:
            clio = await self._owner_clio(sub)
            user = await clio.users.get(clio_id, fields="id,email")
            if not user.email:
                return None
            return (await client.users_lookupByEmail(email=user.email))["user"]["id"]
        except Exception as error:
            log.info("no slack user for clio user %s: %s", clio_id, type(error).__name__)
            return None


def _facts(matter: dict) -> dict:
    def ident(key: str) -> int | None:
        value = matter.get(key)
        return value.get("id") if isinstance(value, dict) else None

    client = ident("client") or matter.get("client_id")
    return {
        "matter": matter.get("id"),
        "client": client,
        "practice_area": ident("practice_area"),
        "responsible_attorney": ident("responsible_attorney"),
        "responsible_staff": ident("responsible_staff"),
    }
