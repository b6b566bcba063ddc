"""Bodies over a route's cap are refused with 413 before they are read into memory."""

from __future__ import annotations

import asyncio
import tracemalloc
from collections.abc import AsyncIterator

import pytest

from bot.guard import OTHER_BODY_LIMIT, SLACK_BODY_LIMIT, WEBHOOK_BODY_LIMIT
from tests.slack.conftest import send
from tests.slack.webhooks.test_receiver import subscribe
from tests.slack_fake import requests

HUGE = 40 * 1024 * 1024
CHUNK = 64 * 1024
MB = 1024 * 1024
ROUTES = ["/slack/events", "/clio/webhooks/sub1", "/slack/events"]


@pytest.fixture(autouse=True)
async def subscription(runtime) -> None:
    """A live webhook subscription, so its route reads the body."""
    await subscribe(runtime)
    await runtime.store.subscriptions.activate("sub1", "s3cret")


async def streamed(size: int) -> AsyncIterator[bytes]:
    """A body sent in chunks without a Content-Length, each chunk a new object (as read off a
    socket)."""
    for _ in range(size // CHUNK):
        yield bytes(CHUNK)


async def traced(work) -> tuple[list, int]:
    """The answers of `work` and the most memory it held at once beyond what was there before."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        answers = await work
        return answers, tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()


async def test_three_declared_40mb_bodies_at_once_are_refused_unread(bot, slack, caplog):
    body = b"x" * HUGE  # made before tracing: only what the bot holds counts
    answers, held = await traced(asyncio.gather(*(bot.post(path, content=body) for path in ROUTES)))
    assert [a.status_code for a in answers] == [413, 413, 413]
    assert held < 1 * MB
    assert [r.getMessage() for r in caplog.records if r.name == "bot.guard"] == [
        f"refused POST /slack/events: 413, a body of {HUGE} bytes, over the {SLACK_BODY_LIMIT}-byte cap",
        f"refused POST /clio/webhooks/<id>: 413, a body of {HUGE} bytes, over the "
        f"{WEBHOOK_BODY_LIMIT}-byte cap",
        f"refused POST /slack/events: 413, a body of {HUGE} bytes, over the {SLACK_BODY_LIMIT}-byte cap",
    ]
    text = "help " + "x" * (SLACK_BODY_LIMIT - 2000)  # Slack's largest requests still pass
    request = requests.slash_command(text, response_url=slack.response_url())
    assert SLACK_BODY_LIMIT - 2000 < len(request.body) <= SLACK_BODY_LIMIT
    assert (await send(bot, request)).status_code == 200


async def test_three_streamed_40mb_bodies_at_once_stop_at_the_cap(bot):
    answers, held = await traced(
        asyncio.gather(*(bot.post(path, content=streamed(HUGE)) for path in ROUTES))
    )
    assert [a.status_code for a in answers] == [413, 413, 413]
    assert held < 2 * SLACK_BODY_LIMIT + WEBHOOK_BODY_LIMIT + 1 * MB  # each at most its cap


async def test_a_body_on_a_page_without_one_is_capped_small(bot):
    answer = await bot.post("/healthz", content=b"x" * (OTHER_BODY_LIMIT + 1))
    assert answer.status_code == 413
