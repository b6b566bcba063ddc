"""The outbox: a delivery stored once, each claimed by one relay even across instances."""

from __future__ import annotations

import asyncio
import datetime as dt

from bot.store import Store

NOW = dt.datetime(2026, 11, 18, 15, 30, tzinfo=dt.UTC)


async def test_redeliveries_are_stored_once(store):
    assert await store.outbox.add("s1", "w1:42:created:e1", {"n": 1}, now=NOW)
    assert not await store.outbox.add("s1", "w1:42:created:e1", {"n": 1}, now=NOW)
    assert await store.outbox.add("s1", "w1:42:updated:e2", {"n": 2}, now=NOW)


async def test_each_event_is_claimed_by_one_relay(store, database_url):
    for n in range(30):
        await store.outbox.add("s1", f"w1:{n}:created:e", {"n": n}, now=NOW)
    other = Store(database_url)  # a second bot instance on the same database
    claimed: list[int] = []
    try:
        while True:  # relays of both instances claim at the same time until nothing is left
            batches = await asyncio.gather(
                *((store if i % 2 else other).outbox.claim(now=NOW, limit=7) for i in range(4))
            )
            if not any(batches):
                break
            claimed += [event.payload["n"] for batch in batches for event in batch]
    finally:
        await other.close()
    assert sorted(claimed) == list(range(30))  # every event once, none twice


async def test_retry_comes_back_when_due_and_sent_stays_sent(store):
    await store.outbox.add("s1", "k1", {"n": 1}, now=NOW)
    [event] = await store.outbox.claim(now=NOW)
    await store.outbox.retry([event.id], at=NOW + dt.timedelta(seconds=30))
    assert await store.outbox.claim(now=NOW) == []
    [again] = await store.outbox.claim(now=NOW + dt.timedelta(seconds=31))
    assert (again.attempts, again.state) == (1, "pending")  # as before this claim: a retry
    await store.outbox.sent([again.id], now=NOW)
    assert await store.outbox.claim(now=NOW + dt.timedelta(days=1)) == []


async def test_a_relay_that_dies_mid_post_leaves_the_event_to_another(store):
    await store.outbox.add("s1", "k1", {"n": 1}, now=NOW)
    [taken] = await store.outbox.claim(now=NOW)  # this relay then crashes mid-post
    assert await store.outbox.claim(now=NOW + dt.timedelta(seconds=30)) == []  # still leased
    [again] = await store.outbox.claim(now=NOW + dt.timedelta(minutes=2))
    assert again.id == taken.id
    assert (again.attempts, again.state) == (1, "sending")  # a takeover: maybe posted already


async def test_a_begun_post_is_marked_until_slack_says_it_made_none(store):
    await store.outbox.add("s1", "k1", {"n": 1}, now=NOW)
    [event] = await store.outbox.claim(now=NOW)
    await store.outbox.posting([event.id], now=NOW, thread_ts="1.000001")
    await store.outbox.later([event.id], at=NOW)  # e.g. Slack's read limit: not an attempt
    [again] = await store.outbox.claim(now=NOW)
    assert (again.posting_at, again.posting_thread) == (NOW, "1.000001")  # still to be checked
    assert again.attempts == 0
    await store.outbox.retry([again.id], at=NOW)  # Slack refused the post: nothing to check
    [third] = await store.outbox.claim(now=NOW)
    assert (third.posting_at, third.posting_thread, third.attempts) == (None, None, 1)
