"""Clio webhooks end to end on one process with SQLite: the receiver, then the relay to Slack.

Run from the repository root: `python benchmarks/webhook_bench.py`. Everything is in process: the
bot's real ASGI app (reached through httpx.ASGITransport), a temp-file SQLite database, and the
local fake of the Slack Web API (`tests.slack_fake`).

1. Receiver: `DELIVERIES` distinct signed deliveries POSTed one after another to
   /clio/webhooks/{id}; each must be answered 2xx and be in the outbox. Baseline, same process, same
   requests: a bare Starlette endpoint that reads the body and answers 200 (no signature check, no
   database). Prints deliveries/s of both, their ratio, and p50/p99 of the bot's answer (Clio wants
   an answer within a second), also with `IN_FLIGHT` deliveries at once.
   Hard requirements: every delivery answered 2xx and stored; p99 < 1 s one at a time.

The exit code is 1 when a hard requirement fails. Speeds are ratios against a baseline measured in
the same process; no timing is asserted in the unit tests.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import statistics
import sys
import tempfile
import time
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
from tests.slack_fake import FakeSlack  # noqa: E402

DELIVERIES = 2000
WARM_UP = 50
IN_FLIGHT = 8  # deliveries at once in the concurrent run
CONCURRENT = 400
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
            return int(await connection.scalar(select(func.count()).select_from(OutboxEvent)))

    async def close(self) -> None:
        await self.http.aclose()
        await self.runtime.close()


async def start_bot(database: Path, slack: FakeSlack) -> Bench:
    settings = Settings(
        _env_file=None,
        slack_bot_token="xoxb-bench",
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


async def receiver_bench(tmp: Path, slack: FakeSlack) -> bool:
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
    return all_2xx and stored == total and fast


async def main() -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    began = time.perf_counter()
    slack = FakeSlack().start()
    try:
        with tempfile.TemporaryDirectory(prefix="webhook-bench-") as tmp:
            ok = await receiver_bench(Path(tmp), slack)
    finally:
        slack.stop()
    print(f"whole run {time.perf_counter() - began:.1f} s; {'ok' if ok else 'FAILED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
