"""Outbox → Slack: at most one message per second per channel, each change shown once.

A post is noted in the outbox just before it is made (`posting_at`, and its thread) and settled
right after (its `ts`); it carries message metadata naming its outbox rows. A relay that takes
over rows (their lease ran out: the relay posting them died, or Slack never answered) checks only
the rows whose post was begun and not settled, at most one message per channel: it looks for it
by its metadata in the channel (or its thread) since the post began, a page at a time, a bounded
number of pages, within Slack's read limits (a channel over them waits while the others post).
Where the bot cannot read the channel (a public channel it posts to without being a member), it
posts again: at least once, never lost.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import logging
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.notifications import messages
from bot.slack.tokens import TokenRefused
from bot.store import Store
from bot.store.tables import OutboxEvent, Subscription
from bot.webhooks import own
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
READ_PAGE = 200  # messages a page, reading a channel for a post begun before a takeover
READ_PAGES = 10  # pages read at most; past them the post is taken as not made
READ_SKEW = dt.timedelta(minutes=1)  # read from this long before the post began (clocks differ)
OUTSIDE_MARKETPLACE_READS = dt.timedelta(minutes=1)  # apps outside the Slack Marketplace read
# history and replies once a minute each, 15 messages a page (a short page with more to come)
SlackFor = Callable[[str], Awaitable[AsyncWebClient]]  # a team's client; raises TokenRefused


class Later(Exception):
    """Slack asked for a pause longer than is worth holding the claim for."""

    def __init__(self, seconds: float):
        self.seconds = seconds


class Hold(Exception):
    """Slack's read limit: the channel's events wait until `until` to be checked."""

    def __init__(self, until: dt.datetime):
        self.until = until


@dataclass
class Reading:
    """A look through a channel (or thread) for begun posts, resumed after a read limit."""

    oldest: str
    cursor: str | None = None
    pages: int = 0
    done: bool = False
    found: dict[int, str] = field(default_factory=dict)  # outbox id → ts of the post showing it
    alone: set[int] = field(default_factory=set)  # ids that a post showed alone


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
        self._held: dict[str, dt.datetime] = {}  # channel → until when Slack's read limit holds it
        self._reads_after: dict[tuple[str, str], dt.datetime] = {}  # (team, method) → next read
        self._paced: set[tuple[str, str]] = set()  # (team, method) seen at a read a minute
        self._reads: defaultdict[tuple[str, str], asyncio.Lock] = defaultdict(asyncio.Lock)
        self._reading: dict[tuple[str, str | None], Reading] = {}  # (channel, thread) → a look

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
        now = self._clock()
        self._held = {channel: until for channel, until in self._held.items() if until > now}
        busy = {
            sid
            for sid, channel in self._channel_of.items()
            if channel in self._busy or channel in self._held
        }
        rows = await self._store.outbox.claim(now=now, skip=busy)
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
            task.add_done_callback(functools.partial(self._done, channel))
        return len(rows)

    def _done(self, channel: str, _: asyncio.Task[None]) -> None:
        self._busy.pop(channel, None)

    async def _channel_safely(self, channel: str, items: list[Item]) -> None:
        try:
            await self._channel(channel, items)
        except Exception as error:  # its events are claimed again when their lease runs out
            log.error("relay for channel %s failed: %s", channel, type(error).__name__)

    async def _channel(self, channel: str, items: list[Item]) -> None:
        team = items[0].sub.team_id
        try:
            client = await self._slack_for(team)
        except TokenRefused as refused:
            await self._without_token(items, refused)
            return
        try:
            items = await self._not_yet_posted(client, team, channel, items)
        except Hold as hold:
            waiting = [i.row.id for i in items if i.row.state != "sent"]
            self._held[channel] = hold.until
            await self._store.outbox.later(waiting, at=hold.until)
            log.info("channel %s: %d events wait for slack's read limit", channel, len(waiting))
            return
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
        """One chat.postMessage, paced per channel, noted as begun first; waits out short 429s
        (Retry-After)."""
        metadata = {"event_type": EVENT_TYPE, "event_payload": {"outbox": ",".join(map(str, ids))}}
        await self._store.outbox.posting(ids, now=self._clock(), thread_ts=thread_ts)
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
        self, client: AsyncWebClient, team: str, channel: str, items: list[Item]
    ) -> list[Item]:
        """Settle the events whose post was begun and is in Slack (found by its metadata); the
        others are posted (again). Raises `Hold` while Slack's read limit holds the channel."""
        by_thread: dict[str | None, list[Item]] = defaultdict(list)
        for item in items:
            if item.row.posting_at is not None:
                by_thread[item.row.posting_thread].append(item)
        for thread, begun in by_thread.items():
            found = await self._posted(client, team, channel, thread, begun)
            now = self._clock()
            for item in begun:
                if item.row.id not in found:
                    continue
                ts, alone = found[item.row.id]
                await self._sent([item], ts)
                if alone and thread is None:  # it started the record's thread
                    key = messages.thread_key(item.sub.model, item.data)
                    await self._store.threads.start(channel, key, ts, now=now)
                log.info("outbox %s was already in slack", item.row.id)
        return [i for i in items if i.row.state != "sent"]

    async def _posted(
        self,
        client: AsyncWebClient,
        team: str,
        channel: str,
        thread: str | None,
        items: list[Item],
    ) -> dict[int, tuple[str, bool]]:
        """Outbox id → (ts, shown alone) of the begun posts found in the channel or thread;
        what cannot be read there counts as not posted (logged)."""
        wanted = {i.row.id for i in items}
        begun = min(i.row.posting_at for i in items if i.row.posting_at) - READ_SKEW
        oldest = f"{begun.timestamp():.6f}"
        reading = self._reading.get((channel, thread))
        if reading is None or reading.oldest != oldest:
            reading = self._reading[(channel, thread)] = Reading(oldest)
        try:
            while not reading.done and not wanted <= reading.found.keys():
                if reading.pages >= READ_PAGES:
                    log.warning(
                        "outbox %s not found in %d pages of channel %s: posting again",
                        _ids(wanted - reading.found.keys()),
                        reading.pages,
                        channel,
                    )
                    break
                await self._read(client, team, channel, thread, reading)
        except SlackApiError as error:  # no membership, scope or thread: at least once, then
            log.warning(
                "cannot check channel %s for outbox %s: %s; posting again",
                channel,
                _ids(wanted - reading.found.keys()),
                error.response.get("error"),
            )
        del self._reading[(channel, thread)]
        found = reading.found.items()
        return {row: (ts, row in reading.alone) for row, ts in found if row in wanted}

    async def _read(
        self,
        client: AsyncWebClient,
        team: str,
        channel: str,
        thread: str | None,
        reading: Reading,
    ) -> None:
        """One page of the channel (or thread) since `reading.oldest`, within Slack's limits:
        raises `Hold` rather than wait for them."""
        method = "conversations.replies" if thread else "conversations.history"
        # one read at a time per workspace and method: what one learns of the limit spares the next
        async with self._reads[(team, method)]:
            await self._read_page(client, team, channel, thread, reading, method)

    async def _read_page(
        self,
        client: AsyncWebClient,
        team: str,
        channel: str,
        thread: str | None,
        reading: Reading,
        method: str,
    ) -> None:
        now = self._clock()
        after = self._reads_after.get((team, method))
        if after is not None and now < after:
            raise Hold(after)
        query: dict[str, Any] = {
            "channel": channel,
            "oldest": reading.oldest,
            "include_all_metadata": True,
            "limit": READ_PAGE,
            "cursor": reading.cursor,
        }
        try:
            if thread:
                page = await client.conversations_replies(ts=thread, **query)
            else:
                page = await client.conversations_history(**query)
        except SlackApiError as error:
            if error.response.status_code != 429:
                raise
            wait = float(error.response.headers.get("Retry-After", 60))
            self._reads_after[(team, method)] = now + dt.timedelta(seconds=wait)
            raise Hold(self._reads_after[(team, method)]) from error
        reading.pages += 1
        shown = list(page.get("messages") or [])
        for message in shown:
            metadata = message.get("metadata") or {}
            if metadata.get("event_type") != EVENT_TYPE:
                continue
            parts = str(metadata.get("event_payload", {}).get("outbox", "")).split(",")
            ids = [int(part) for part in parts if part.isdigit()]
            reading.found |= dict.fromkeys(ids, message["ts"])
            if len(ids) == 1:
                reading.alone.add(ids[0])
        reading.cursor = (page.get("response_metadata") or {}).get("next_cursor") or None
        reading.done = reading.cursor is None
        if not reading.done and len(shown) < READ_PAGE:
            self._paced.add((team, method))
        if (team, method) in self._paced:
            self._reads_after[(team, method)] = now + OUTSIDE_MARKETPLACE_READS

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
        ids = {k: v.id for k, v in wanted.items() if v is not None}
        if not ids:
            return True
        for matter in await self._matters(item):
            if all(matter.get(k) == v for k, v in ids.items()):
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


def _ids(ids: set[int]) -> str:
    return ",".join(map(str, sorted(ids)))


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
