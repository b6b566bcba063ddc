"""Leases: one holder at a time, across instances; a dead holder's lease runs out."""

from __future__ import annotations

import asyncio
import datetime as dt

from bot.store import Store

NOW = dt.datetime(2026, 11, 18, 15, 30, tzinfo=dt.UTC)
TTL = dt.timedelta(seconds=30)


async def test_one_holder_at_a_time_until_released_or_run_out(store):
    assert await store.leases.take("refresh:T1", "a", now=NOW, ttl=TTL)
    assert await store.leases.take("refresh:T1", "a", now=NOW, ttl=TTL)  # its own again
    assert not await store.leases.take("refresh:T1", "b", now=NOW, ttl=TTL)
    assert await store.leases.take("refresh:T2", "b", now=NOW, ttl=TTL)  # another name
    await store.leases.release("refresh:T1", "b")  # not b's to let go of
    assert not await store.leases.take("refresh:T1", "b", now=NOW + TTL / 2, ttl=TTL)
    assert await store.leases.take("refresh:T1", "b", now=NOW + TTL, ttl=TTL)  # a ran out
    await store.leases.release("refresh:T1", "b")
    assert await store.leases.take("refresh:T1", "a", now=NOW + TTL, ttl=TTL)


async def test_many_takers_on_two_instances_one_wins(store, database_url):
    other = Store(database_url)  # a second bot instance on the same database
    try:
        won = await asyncio.gather(
            *(
                (store if n % 2 else other).leases.take("refresh:T1", f"h{n}", now=NOW, ttl=TTL)
                for n in range(16)
            )
        )
    finally:
        await other.close()
    assert won.count(True) == 1
