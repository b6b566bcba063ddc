"""The client under Clio's failure modes, served by the sandbox."""

from __future__ import annotations

import asyncio
import datetime as dt

import httpx
import pytest

from bot.clio import (
    ClioClient,
    ClioConflict,
    ClioError,
    ClioInvalidFields,
    ClioNoAnswer,
    ClioNotFound,
    ClioRateLimited,
    ClioServerError,
    ClioUnavailable,
    ClioUnreachable,
    ClioValidationError,
)
from bot.clio import models as m
from bot.clio.auth import StaticToken
from bot.clio.ratelimit import RESERVE, RateLimiter
from bot.clio.session import watch_writes
from tests.conftest import SANDBOX_URL, make_client


async def activity_count(clio) -> int:
    return len([a async for a in clio.activities.list()])


def entry() -> m.ActivityCreate:
    return m.ActivityCreate(type="TimeEntry", date=dt.date(2026, 11, 17), quantity=360)


async def test_429_waits_retry_after_then_succeeds(clio, sandbox, sleeps):
    sandbox.faults.add("GET", "/matters", 429, retry_after=7)
    matters = await clio.matters.page()
    assert matters.items
    assert any(abs(wait - 7) < 0.5 for wait in sleeps.calls)


async def test_429_gives_up_after_bounded_retries(clio, sandbox):
    sandbox.faults.add("GET", "/matters", 429, times=10, retry_after=1)
    with pytest.raises(ClioRateLimited) as caught:
        await clio.matters.page()
    assert caught.value.retry_after == 1


async def test_429_on_post_is_retried_because_nothing_was_written(clio, sandbox):
    before = await activity_count(clio)
    sandbox.faults.add("POST", "/activities", 429, retry_after=2)
    await clio.activities.create(entry())
    assert await activity_count(clio) == before + 1


async def test_pacing_keeps_within_the_budget(sandbox, transport, sleeps):
    sandbox.settings.rate_limit_per_minute = 5
    clio = make_client(transport, sandbox.issue_token()["access_token"], sleeps)
    for _ in range(12):
        await clio.users.who_am_i()
    statuses = [r for r in transport.requests if r[0] == "GET"]
    assert len(statuses) == 12  # no request was refused and retried
    assert sleeps.calls, "the client should have waited for the window to reset"


async def test_a_busy_token_slows_down_evenly_instead_of_stalling(sandbox, transport, sleeps):
    """Past half the budget, requests are spread over the rest of the window: no request is
    refused and none waits long (a burst then a wait of most of a minute would time out a
    person's request)."""
    sandbox.settings.rate_limit_per_minute = 50
    seconds = lambda: sandbox.clock.now().timestamp()  # noqa: E731 - the sandbox's time
    clio = ClioClient(
        StaticToken(sandbox.issue_token()["access_token"]),
        base_url=SANDBOX_URL,
        transport=transport,
        sleep=sleeps,
        rate_limiter=RateLimiter(monotonic=seconds, wall=seconds, sleep=sleeps),
    )
    for _ in range(120):
        await clio.users.who_am_i()
    assert len(transport.requests) == 120  # none refused and sent again
    assert sum(sleeps.calls) > 60  # 120 requests at 50 a minute take more than a minute
    assert max(sleeps.calls) <= 60 / (50 * RESERVE) + 0.5


async def test_5xx_on_get_is_retried(clio, sandbox, sleeps):
    sandbox.faults.add("GET", "/matters", 503, times=2)
    assert (await clio.matters.page()).items
    assert len(sleeps.calls) == 2


async def test_5xx_on_post_is_surfaced_not_retried(clio, sandbox, transport):
    before = await activity_count(clio)
    sandbox.faults.add("POST", "/activities", 500)
    with pytest.raises(ClioServerError):
        await clio.activities.create(entry())
    posts = [r for r in transport.requests if r[0] == "POST"]
    assert len(posts) == 1
    assert await activity_count(clio) == before


class FlakyTransport(httpx.AsyncBaseTransport):
    """Times out the first `failures` requests, then passes them on."""

    def __init__(self, inner: httpx.AsyncBaseTransport, failures: int):
        self.inner = inner
        self.failures = failures

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.failures:
            self.failures -= 1
            raise httpx.ReadTimeout("timed out", request=request)
        return await self.inner.handle_async_request(request)


async def test_timeouts_retry_get_but_not_post(sandbox, transport, sleeps):
    token = sandbox.issue_token()["access_token"]
    clio = make_client(FlakyTransport(transport, failures=2), token, sleeps)
    assert (await clio.matters.page()).items
    clio = make_client(FlakyTransport(transport, failures=1), token, sleeps)
    with pytest.raises(ClioUnavailable):
        await clio.activities.create(entry())


class Failing(httpx.AsyncBaseTransport):
    """Raises `failure` for every request; `after_sending` first lets Clio handle it."""

    def __init__(self, inner, failure: type[httpx.TransportError], *, after_sending: bool):
        self.inner = inner
        self.failure = failure
        self.after_sending = after_sending

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.after_sending:
            await self.inner.handle_async_request(request)
        raise self.failure("failed", request=request)


@pytest.mark.parametrize(
    ("failure", "after_sending", "kind", "written"),
    [
        (httpx.ConnectError, False, ClioUnreachable, 0),
        (httpx.ConnectTimeout, False, ClioUnreachable, 0),
        (httpx.PoolTimeout, False, ClioUnreachable, 0),
        (httpx.ReadTimeout, True, ClioNoAnswer, 1),
        (httpx.ReadError, True, ClioNoAnswer, 1),
        (httpx.RemoteProtocolError, True, ClioNoAnswer, 1),
        (httpx.WriteTimeout, False, ClioNoAnswer, 1),  # part of the request may have gone
    ],
)
async def test_transport_failures_say_whether_anything_was_sent(
    sandbox, transport, sleeps, failure, after_sending, kind, written
):
    token = sandbox.issue_token()["access_token"]
    before = await activity_count(make_client(transport, token, sleeps))
    clio = make_client(Failing(transport, failure, after_sending=after_sending), token, sleeps)
    with watch_writes() as writes, pytest.raises(kind):
        await clio.activities.create(entry())
    assert writes.count == written  # a write that may have been applied
    assert len([r for r in transport.requests if r[0] == "POST"]) == after_sending
    with watch_writes() as reads, pytest.raises(kind):
        await clio.matters.page()
    assert reads.count == 0
    assert len(sleeps.calls) == 3  # reads are retried, and write nothing
    assert await activity_count(make_client(transport, token, sleeps)) == before + after_sending


async def test_stale_etag_is_a_conflict_and_changes_nothing(clio):
    matter = (await clio.matters.page(limit=1)).items[0]
    fresh = await clio.matters.update(
        matter.id, m.MatterUpdate(location="Room 1"), etag=matter.etag
    )
    with pytest.raises(ClioConflict):
        await clio.matters.update(matter.id, m.MatterUpdate(location="Room 2"), etag=matter.etag)
    assert (await clio.matters.get(matter.id)).location == "Room 1" == fresh.location


@pytest.mark.nonconforming
async def test_clio_messages_are_carried(clio):
    with pytest.raises(ClioInvalidFields) as invalid:
        await clio.matters.page(fields="id,no_such_field")
    assert "no_such_field" in invalid.value.message
    with pytest.raises(ClioValidationError) as missing:
        await clio.request("POST", "tasks.json", json={"data": {"name": "No assignee"}})
    assert missing.value.message
    with pytest.raises(ClioNotFound):
        await clio.matters.get(987654321)


async def test_redacted_contacts_and_hours_for_a_restricted_user(sandbox, transport, sleeps):
    restricted = next(u for u in sandbox.users if u["contacts_visibility"] == "restricted")
    clio = make_client(transport, sandbox.issue_token(restricted["email"])["access_token"], sleeps)
    tasks = [t async for t in clio.tasks.list()]
    hidden = [t.assignee for t in tasks if t.assignee and t.assignee.hidden]
    assert hidden
    assert all(c.name and set(c.name) == {"*"} for c in hidden)
    everyone = make_client(transport, sandbox.issue_token()["access_token"], sleeps)
    all_names = {c.name async for c in everyone.contacts.list()}
    visible_names = {c.name async for c in clio.contacts.list()}
    assert visible_names < all_names  # hidden contacts are simply left out of lists

    entries = [a async for a in clio.activities.list({"type": "TimeEntry"})]
    others = [a for a in entries if a.user and a.user.email != restricted["email"]]
    assert others
    assert all(a.hours_hidden and a.quantity is None for a in others)


async def test_concurrent_requests_share_one_client(clio):
    pages = await asyncio.gather(*(clio.matters.page(limit=2) for _ in range(10)))
    assert [len(p.items) for p in pages] == [2] * 10


@pytest.mark.nonconforming  # the redirect's target is not in the description (UNCONFIRMED)
async def test_practice_areas_moved_within_the_api_are_followed(clio, sandbox, transport):
    sandbox.settings.practice_areas_moved_to = "/api/v4/practice_areas_with_categories.json"
    areas = [area async for area in clio.practice_areas.list()]
    assert len(areas) == len(sandbox.store.all("practice_areas"))
    first, followed = transport.requests[0][1], transport.requests[1][1]
    assert first.path == "/api/v4/practice_areas.json"
    assert followed.path == "/api/v4/practice_areas_with_categories.json"
    assert followed.params["fields"] == first.params["fields"]  # the query goes along


async def test_a_redirect_outside_the_api_is_not_followed(clio, sandbox, transport):
    sandbox.settings.practice_areas_moved_to = "https://elsewhere.example/practice_areas"
    with pytest.raises(ClioError, match=r"elsewhere\.example/practice_areas, outside"):
        await clio.practice_areas.page()
    assert [url.host for _, url, _ in transport.requests] == ["sandbox.test"]
