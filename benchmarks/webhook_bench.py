"""Clio webhooks end to end on one process with SQLite: the receiver, then the relay to Slack.

Run from the repository root: `python benchmarks/webhook_bench.py`. Everything is in process: the
bot's real ASGI app (reached through httpx.ASGITransport), a temp-file SQLite database, and the
local fake of the Slack Web API (`tests.slack_fake`).

1. Receiver (the relay not running): `DELIVERIES` distinct signed deliveries POSTed one after
   another to /clio/webhooks/{id}; each must be answered 2xx and be in the outbox. Baseline, same process, same
   requests: a bare Starlette endpoint that reads the body and answers 200 (no signature check, no
   database). Prints deliveries/s of both, their ratio, and p50/p99 of the bot's answer (Clio wants
   an answer within a second), also with `IN_FLIGHT` deliveries at once.
   Hard requirements: every delivery answered 2xx and stored; p99 < 1 s one at a time.
2. Relay: four channels, each with its own subscription, get a burst (a bulk import: digests),
   then `ARRIVALS` seconds of changes at random at 1.2 to 6 a second (more than Slack's 1 message
   a second in every channel: single posts and digests by turns), while the relay runs as the bot
   runs it; the fake Slack answers 429 past 1 chat.postMessage a second per channel. Prints events
   shown and messages per second per channel, and messages/s over Slack's limit (1 a second times
   the channels) from the first delivery to the last post: at most 1.0, close to 1 is good.
   Hard requirements: no post refused with 429; everything shown within `SETTLE` seconds.
3. Exactly once, on the same run: `RETRIED` of the changes are sent twice (Clio retrying), and
   once all was shown `REDELIVERED` old ones are sent again. Every change Clio got a 2xx for must
   be one outbox row and appear in exactly one post (each post's metadata lists the outbox ids it
   shows; the outbox maps them back to the changes). Prints lost= and duplicated=, and the delay
   from delivery to post.
   Hard requirements: lost=0 duplicated=0; redeliveries answered 2xx, not stored, not shown.

The exit code is 1 when a hard requirement fails. Speeds are ratios against a baseline measured in
the same process; no timing is asserted in the unit tests.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import itertools
import json
import logging
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from sqlalchemy import func, select
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import Settings  # noqa: E402
from bot.runtime import Runtime  # noqa: E402
from bot.secrets import Cipher  # noqa: E402
from bot.server import create_server  # noqa: E402
from bot.store import Store  # noqa: E402
from bot.store.tables import OutboxEvent, Subscription  # noqa: E402
from bot.webhooks import receiver  # noqa: E402
from bot.webhooks.signature import sign  # noqa: E402
from tests.slack_fake import BOT_TOKEN, FakeSlack  # noqa: E402

DELIVERIES = 1500
WARM_UP = 50
IN_FLIGHT = 8  # deliveries at once in the concurrent run
CONCURRENT = 300
ANSWER_WITHIN_MS = 1000.0
BOT = "http://bot.test"
TEAM = "T0BENCH"


@dataclass(frozen=True)
class Delivery:
    """One webhook POST as Clio sends it: the raw body and its signature."""

    path: str
    body: bytes
    headers: dict[str, str]


@dataclass
class Bench:
    """The bot under test: its runtime, ASGI app and a client reaching it in process."""

    runtime: Runtime
    app: Starlette
    http: httpx.AsyncClient
    secrets: dict[str, str] = field(default_factory=dict)  # subscription id → hook secret

    @property
    def store(self) -> Store:
        return self.runtime.store

    async def subscribe(self, sub_id: str, channel: str, model: str) -> None:
        """A live subscription: stored as `/clio watch` leaves it, then Clio's handshake."""
        await self.store.subscriptions.add(
            Subscription(
                id=sub_id,
                team_id=TEAM,
                channel_id=channel,
                owner_id="U0BENCH",
                model=model,
                events=["created", "updated", "deleted"],
                filters={},
                status="pending",
                created_at=dt.datetime.now(dt.UTC),
                deliveries=0,
                failures=0,
            )
        )
        secret = f"secret-{sub_id}"
        shook = await self.http.post(f"/clio/webhooks/{sub_id}", headers={"X-Hook-Secret": secret})
        assert shook.status_code == 200, shook.status_code
        self.secrets[sub_id] = secret

    def delivery(self, sub_id: str, payload: dict) -> Delivery:
        body = json.dumps(payload).encode()
        signature = sign(self.secrets[sub_id], body)
        return Delivery(
            f"/clio/webhooks/{sub_id}",
            body,
            {"Content-Type": "application/json", "X-Hook-Signature": signature},
        )

    async def outbox_rows(self) -> int:
        async with self.store.engine.connect() as connection:
            return await connection.scalar(select(func.count()).select_from(OutboxEvent)) or 0

    async def close(self) -> None:
        await self.http.aclose()
        await self.runtime.close()


async def start_bot(database: Path, slack: FakeSlack) -> Bench:
    settings = Settings(
        _env_file=None,
        slack_bot_token=BOT_TOKEN,  # the token the fake Slack grants the manifest's scopes
        slack_signing_secret="bench-signing-secret",
        slack_api_url=slack.url,
        database_url=f"sqlite:///{database}",
    )
    store = Store(settings.database_url, cipher=Cipher.generate())
    await store.migrate()
    runtime = Runtime(settings, store, None, "https://app.clio.com")
    app = create_server(settings, runtime=runtime)
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BOT)
    return Bench(runtime, app, http)


def matter_change(webhook_id: int, record_id: int, etag: str, event: str = "updated") -> dict:
    """A matter as the `matter` watch's `fields` deliver it."""
    return {
        "data": {
            "id": record_id,
            "etag": etag,
            "display_number": f"{record_id:05d}-Bench",
            "description": f"Bench v Mark {record_id}",
            "status": "open",
            "updated_at": "2026-11-18T10:30:00-05:00",
            "client": {"id": 7000 + record_id % 50, "name": "Acme Holdings", "type": "Company"},
            "practice_area": {"id": 3, "name": "Litigation"},
        },
        "meta": {"event": event, "webhook_id": webhook_id},
    }


# -- 1. the receiver -------------------------------------------------------------------------------


def bare_endpoint() -> Starlette:
    """The baseline: read the body, answer 200; no signature, no database."""

    async def accept(request: Request) -> Response:
        await request.body()
        return Response(status_code=200)

    return Starlette(routes=[Route(receiver.PATH, accept, methods=["POST"])])


Send = Callable[[Delivery], Awaitable[httpx.Response]]


def sender(http: httpx.AsyncClient) -> Send:
    async def send(d: Delivery) -> httpx.Response:
        return await http.post(d.path, content=d.body, headers=d.headers)

    return send


@dataclass
class Run:
    seconds: float
    latencies_ms: list[float]
    statuses: dict[int, int]

    @property
    def rate(self) -> float:
        return len(self.latencies_ms) / self.seconds

    @property
    def p50(self) -> float:
        return statistics.median(self.latencies_ms)

    @property
    def p99(self) -> float:
        return statistics.quantiles(self.latencies_ms, n=100)[98]

    @property
    def all_2xx(self) -> bool:
        return all(200 <= status < 300 for status in self.statuses)


async def post_all(send: Send, deliveries: list[Delivery], in_flight: int = 1) -> Run:
    """POST every delivery, `in_flight` at a time; each answer timed from its request."""
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    queue = iter(deliveries)

    async def worker() -> None:
        for d in queue:
            began = time.perf_counter()
            answer = await send(d)
            latencies.append((time.perf_counter() - began) * 1000)
            statuses[answer.status_code] = statuses.get(answer.status_code, 0) + 1

    began = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(in_flight)))
    return Run(time.perf_counter() - began, latencies, statuses)


async def receiver_bench(tmp: Path, slack: FakeSlack) -> list[str]:
    bench = await start_bot(tmp / "receiver.db", slack)
    try:
        await bench.subscribe("subRECV", "C0RECV", "matter")
        total = WARM_UP + DELIVERIES + CONCURRENT
        deliveries = [
            bench.delivery("subRECV", matter_change(1, i, f"e{i}")) for i in range(1, total + 1)
        ]
        warm, timed, concurrent = (
            deliveries[:WARM_UP],
            deliveries[WARM_UP : WARM_UP + DELIVERIES],
            deliveries[WARM_UP + DELIVERIES :],
        )
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=bare_endpoint()), base_url=BOT
        ) as bare_http:
            bare = sender(bare_http)
            await post_all(bare, warm)
            baseline = await post_all(bare, timed)
        bot = sender(bench.http)
        await post_all(bot, warm)
        ours = await post_all(bot, timed)
        together = await post_all(bot, concurrent, in_flight=IN_FLIGHT)
        stored = await bench.outbox_rows()
    finally:
        await bench.close()

    print(f"1. receiver: {DELIVERIES} distinct signed deliveries, one at a time, SQLite file")
    print(f"   bare Starlette endpoint (baseline)   {baseline.rate:8.0f} deliveries/s")
    print(
        f"   bot: verify + store + 2xx            {ours.rate:8.0f} deliveries/s   "
        f"p50 {ours.p50:6.1f} ms   p99 {ours.p99:6.1f} ms   max {max(ours.latencies_ms):6.1f} ms"
    )
    print(f"   ratio (bot / baseline)               {ours.rate / baseline.rate:8.3f}")
    print(
        f"   bot, {IN_FLIGHT} in flight ({CONCURRENT} deliveries)      {together.rate:8.0f} "
        f"deliveries/s   p50 {together.p50:6.1f} ms   p99 {together.p99:6.1f} ms   "
        f"max {max(together.latencies_ms):6.1f} ms"
    )
    statuses = dict.fromkeys(ours.statuses | together.statuses, 0)
    for status, count in [*ours.statuses.items(), *together.statuses.items()]:
        statuses[status] += count
    all_2xx = ours.all_2xx and together.all_2xx
    print(
        f"   answers: {', '.join(f'{n} x {s}' for s, n in sorted(statuses.items()))}; "
        f"in the outbox: {stored} of {total} (warm-up included)"
    )
    fast = ours.p99 < ANSWER_WITHIN_MS
    print(
        f"   answer p99 < {ANSWER_WITHIN_MS:.0f} ms one at a time: {'yes' if fast else 'NO'}; "
        f"{IN_FLIGHT} in flight: {'yes' if together.p99 < ANSWER_WITHIN_MS else 'no'} "
        "(informational)"
    )
    return [
        *([] if all_2xx else ["receiver: a delivery was not answered 2xx"]),
        *([] if stored == total else [f"receiver: {total - stored} deliveries not stored"]),
        *([] if fast else [f"receiver: answer p99 {ours.p99:.0f} ms >= {ANSWER_WITHIN_MS:.0f}"]),
    ]


# -- 2. the relay ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Watched:
    """A channel watching one Clio model, and how many changes a second Clio sends it."""

    channel: str
    model: str
    per_second: float

    @property
    def sub_id(self) -> str:
        return f"sub{self.channel}"

    @property
    def webhook_id(self) -> int:
        return 100 + CHANNELS.index(self)


CHANNELS = [
    Watched("C0BENCH01", "matter", 1.2),
    Watched("C0BENCH02", "task", 2.0),
    Watched("C0BENCH03", "contact", 3.0),
    Watched("C0BENCH04", "communication", 6.0),
]
BURST = 30  # each channel's opening burst (a bulk import): digests
ARRIVALS = 12.0  # seconds of changes after the burst, above 1 a second in every channel
RECORDS = 15  # records per channel: later changes to one record reply in its thread
SETTLE = 30.0  # seconds the relay gets to show everything once the last change arrived
RETRIED = 0.1  # share of changes Clio sends again 0.05-3 s later (no answer seen in time)
REDELIVERED = 100  # changes sent again once everything was shown
SEED = 20261118


def record(model: str, record_id: int) -> dict:
    """What the watch's `fields` deliver for a record of `model` (a few fields each)."""
    matter = {"id": 110000 + record_id % 7, "display_number": f"{record_id % 7:05d}-Bench"}
    if model == "matter":
        return matter_change(0, record_id, "")["data"]
    if model == "task":
        return {
            "name": f"Draft reply {record_id}",
            "status": "pending",
            "priority": "Normal",
            "due_at": "2026-11-20",
            "matter": matter,
        }
    if model == "contact":
        return {"name": f"Client {record_id}", "type": "Person"}
    return {
        "type": "EmailCommunication",
        "subject": f"Re: settlement {record_id}",
        "date": "2026-11-18",
        "matter": matter,
    }


def change_key(payload: dict) -> str:
    """One change of one record, as the benchmark tells them apart (not the bot's own key)."""
    data, meta = payload["data"], payload["meta"]
    return f"{meta['webhook_id']}/{data['id']}/{meta['event']}/{data['etag']}"


@dataclass(frozen=True)
class Change:
    """One delivery planned at `at` seconds into the run."""

    at: float
    watched: Watched
    delivery: Delivery
    key: str  # which change it is: Clio's retries of it share it
    retry: bool = False


def schedule(bench: Bench) -> list[Change]:
    """Every channel: a burst at 0 s, then changes at random (Poisson) at its `per_second`;
    `RETRIED` of them are sent twice, as Clio retries a delivery it saw no answer to."""
    rng = random.Random(SEED)
    changes = []
    for watched in CHANNELS:
        versions: dict[int, int] = {}
        times = [0.0] * BURST
        at = rng.expovariate(watched.per_second)
        while at < ARRIVALS:
            times.append(at)
            at += rng.expovariate(watched.per_second)
        for at in times:
            record_id = 1000 * (CHANNELS.index(watched) + 1) + rng.randrange(RECORDS)
            version = versions[record_id] = versions.get(record_id, 0) + 1
            payload = {
                "data": {
                    **record(watched.model, record_id),
                    "id": record_id,
                    "etag": f"{record_id}-{version}",
                },
                "meta": {
                    "event": "created" if version == 1 else "updated",
                    "webhook_id": watched.webhook_id,
                },
            }
            d = bench.delivery(watched.sub_id, payload)
            changes.append(Change(at, watched, d, change_key(payload)))
            if rng.random() < RETRIED:
                again = at + rng.uniform(0.05, 3.0)
                changes.append(Change(again, watched, d, changes[-1].key, retry=True))
    return sorted(changes, key=lambda c: c.at)


@dataclass
class Traffic:
    """What Clio sent and when each change was first accepted (time.time())."""

    accepted: dict[str, float] = field(default_factory=dict)
    statuses: dict[int, int] = field(default_factory=dict)


async def clio(bench: Bench, changes: list[Change], traffic: Traffic) -> None:
    """Send each change at its time (or as soon as the previous answer came)."""
    start = time.monotonic()
    for change in changes:
        wait = start + change.at - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)
        d = change.delivery
        answer = await bench.http.post(d.path, content=d.body, headers=d.headers)
        traffic.statuses[answer.status_code] = traffic.statuses.get(answer.status_code, 0) + 1
        if 200 <= answer.status_code < 300:
            traffic.accepted.setdefault(change.key, time.time())


async def open_rows(bench: Bench) -> int:
    async with bench.store.engine.connect() as connection:
        query = select(func.count()).where(OutboxEvent.state.in_(("pending", "sending")))
        return await connection.scalar(query) or 0


async def settled(bench: Bench, deadline: float) -> bool:
    """Wait until no outbox row is pending or being sent, or until `deadline` (monotonic)."""
    while time.monotonic() < deadline:
        if await open_rows(bench) == 0:
            return True
        await asyncio.sleep(0.1)
    return False


@dataclass(frozen=True)
class Post:
    channel: str
    time: float
    outbox: list[int]


def posts(slack: FakeSlack) -> list[Post]:
    """The relay's accepted chat.postMessage calls, with the outbox ids each one shows."""
    found = []
    for call in slack.calls("chat.postMessage"):
        message = call.response.get("message") or {}
        metadata = message.get("metadata") or {}
        if call.ok and metadata.get("event_type") == "clio_change":
            ids = str(metadata["event_payload"]["outbox"]).split(",")
            found.append(Post(call.response["channel"], call.time, [int(i) for i in ids]))
    return found


async def outbox_keys(bench: Bench) -> dict[int, tuple[str, str]]:
    """Every outbox row: id → (the change its payload is, state)."""
    async with bench.store.engine.connect() as connection:
        rows = await connection.execute(
            select(OutboxEvent.id, OutboxEvent.payload, OutboxEvent.state)
        )
        return {id_: (change_key(payload), state) for id_, payload, state in rows}


@dataclass
class Redelivery:
    """Old changes sent again once everything was shown."""

    statuses: dict[int, int]
    stored: int
    shown: int


async def redeliver(bench: Bench, slack: FakeSlack, changes: list[Change]) -> Redelivery:
    """Send `REDELIVERED` changes shown already again; then let the relay drain the outbox."""
    rng = random.Random(SEED + 1)
    again = rng.sample([c for c in changes if not c.retry], REDELIVERED)
    rows, posted = len(await outbox_keys(bench)), len(posts(slack))
    traffic = Traffic()
    await clio(bench, [Change(0.0, c.watched, c.delivery, c.key) for c in again], traffic)
    await bench.app.state.relay.drain()
    stored = len(await outbox_keys(bench)) - rows
    return Redelivery(traffic.statuses, stored, len(posts(slack)) - posted)


async def relay_bench(tmp: Path, slack: FakeSlack) -> list[str]:
    slack.limit("chat.postMessage", per_channel_per_second=1)
    bench = await start_bot(tmp / "relay.db", slack)
    try:
        for watched in CHANNELS:
            slack.add_channel(watched.channel, watched.channel.lower())
            await bench.subscribe(watched.sub_id, watched.channel, watched.model)
        changes = schedule(bench)
        traffic = Traffic()
        relay = asyncio.create_task(bench.app.state.relay.run())  # as the bot runs it
        try:
            await clio(bench, changes, traffic)
            done = await settled(bench, time.monotonic() + SETTLE)
        finally:
            relay.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await relay
        left = await open_rows(bench)
        shown = posts(slack)
        redelivery = await redeliver(bench, slack, changes)
        outbox = await outbox_keys(bench)
        final = posts(slack)
    finally:
        await bench.close()

    failures = report_relay(slack, traffic, shown, done, left)
    print()
    return failures + report_exactly_once(changes, traffic, final, outbox, redelivery)


def report_relay(
    slack: FakeSlack, traffic: Traffic, shown: list[Post], done: bool, left: int
) -> list[str]:
    rejected = [c for c in slack.rejected if c.method == "chat.postMessage"]
    first = min(traffic.accepted.values())
    window = max(p.time for p in shown) - first
    print(
        f"2. relay: {len(traffic.accepted)} changes to {len(CHANNELS)} channels (a burst of "
        f"{BURST} each, then {ARRIVALS:.0f} s at 1.2-6 a second), fake Slack allowing "
        "1 message/s/channel"
    )
    print(
        "   channel    model          Clio/s  events  posts (single + digest)  messages/s  "
        "events/s  min gap between tries"
    )
    for watched in CHANNELS:
        mine = [p for p in shown if p.channel == watched.channel]
        single = sum(len(p.outbox) == 1 for p in mine)
        events = sum(len(p.outbox) for p in mine)
        tried = sorted(
            c.time
            for c in [*slack.calls("chat.postMessage"), *rejected]
            if c.params.get("channel") == watched.channel
        )
        gaps = [b - a for a, b in itertools.pairwise(tried)]
        print(
            f"   {watched.channel}  {watched.model:13}  {watched.per_second:6.1f}  {events:6}  "
            f"{len(mine):5} ({single:3} + {len(mine) - single:3})        "
            f"{len(mine) / window:10.2f}  {events / window:8.1f}  "
            f"{min(gaps, default=float('nan')):6.3f} s"
        )
    events = sum(len(p.outbox) for p in shown)
    limit = len(CHANNELS) * window  # 1 message a second in each channel
    print(
        f"   all, over {window:.1f} s from the first delivery to the last post: "
        f"{events / window:.1f} events/s, {len(shown) / window:.2f} messages/s"
    )
    print(
        f"   ratio (messages/s / Slack's limit of {len(CHANNELS)} a second)  "
        f"{len(shown) / limit:.2f}   (at most 1.00)"
    )
    print(f"   posts rejected by Slack with 429: {len(rejected)} (target 0)")
    if not done:
        print(f"   NOT SETTLED: {left} outbox rows still open {SETTLE:.0f} s after the last change")
    return [
        *([f"relay: {len(rejected)} posts rejected with 429"] if rejected else []),
        *([] if done else [f"relay: {left} changes not shown within {SETTLE:.0f} s"]),
    ]


def report_exactly_once(
    changes: list[Change],
    traffic: Traffic,
    shown: list[Post],
    outbox: dict[int, tuple[str, str]],
    redelivery: Redelivery,
) -> list[str]:
    """Every change Clio got a 2xx for is in exactly one post (`shown`: all posts, redelivery
    included), found by the posts' metadata."""
    delivered = set(traffic.accepted)
    times = Counter(outbox[i][0] for post in shown for i in post.outbox if i in outbox)
    unknown = sum(i not in outbox for post in shown for i in post.outbox)
    lost = len(delivered - set(times))
    duplicated = sum(n - 1 for n in times.values()) + unknown
    keys = [key for key, _ in outbox.values()]
    extra = len(keys) - len(delivered & set(keys))  # rows no accepted delivery explains
    states = Counter(state for _, state in outbox.values())
    when: dict[str, float] = {}  # change → its first post
    for post in shown:
        for i in post.outbox:
            if i in outbox:
                when.setdefault(outbox[i][0], post.time)
    delays = sorted(when[k] - traffic.accepted[k] for k in delivered & set(when))
    retries = sum(c.retry for c in changes)
    refused = sum(n for status, n in traffic.statuses.items() if not 200 <= status < 300)
    print(
        f"3. exactly once: {len(delivered)} changes accepted, {retries} of them sent twice by "
        f"Clio during the run; {refused} deliveries refused"
    )
    print(
        f"   outbox: {len(outbox)} rows ({', '.join(f'{n} {s}' for s, n in states.items())}); "
        f"rows per change {'1' if len(outbox) == len(delivered) and not extra else 'NOT 1'}"
    )
    print(
        f"   shown in Slack: {len(times)} changes in {len(shown)} posts; "
        f"lost={lost} duplicated={duplicated}"
    )
    print(
        f"   redelivered after all was shown: {REDELIVERED} "
        f"({', '.join(f'{n} x {s}' for s, n in sorted(redelivery.statuses.items()))}); "
        f"stored again {redelivery.stored}, shown again {redelivery.shown}"
    )
    if delays:
        p99 = statistics.quantiles(delays, n=100)[98] if len(delays) > 1 else delays[0]
        print(
            f"   from Clio's delivery to Slack: p50 {statistics.median(delays):4.1f} s   "
            f"p99 {p99:4.1f} s   max {delays[-1]:4.1f} s"
        )
    again_ok = all(200 <= status < 300 for status in redelivery.statuses)
    checks = {
        f"lost={lost}": lost == 0,
        f"duplicated={duplicated}": duplicated == 0,
        f"{refused} deliveries refused": refused == 0,
        f"{len(outbox)} outbox rows for {len(delivered)} changes": (
            len(outbox) == len(delivered) and extra == 0
        ),
        "a redelivery was not answered 2xx": again_ok,
        f"{redelivery.stored} redeliveries stored again": redelivery.stored == 0,
        f"{redelivery.shown} posts of redeliveries": redelivery.shown == 0,
    }
    return [f"exactly once: {what}" for what, ok in checks.items() if not ok]


async def main() -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    began = time.perf_counter()
    slack = FakeSlack().start()
    try:
        with tempfile.TemporaryDirectory(prefix="webhook-bench-") as tmp:
            failures = await receiver_bench(Path(tmp), slack)
            print()
            failures += await relay_bench(Path(tmp), slack)
    finally:
        slack.stop()
    print()
    print(f"whole run {time.perf_counter() - began:.1f} s")
    for failure in failures:
        print(f"HARD REQUIREMENT FAILED: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
