"""The same row written by many requests at once: one row, no IntegrityError, on both databases."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
from collections.abc import Awaitable, Callable

import pytest
from sqlalchemy import func, select

from bot.clio.auth import TokenSet
from bot.secrets import Cipher
from bot.store import Store
from bot.store.tables import Subscription, Thread

NOW = dt.datetime(2026, 11, 18, 15, 30, tzinfo=dt.UTC)
AT_ONCE = 16


@contextlib.asynccontextmanager
async def two_instances(database_url: str):
    """Two bot instances on one database, both able to keep tokens."""
    cipher = Cipher.generate()
    first, second = Store(database_url, cipher=cipher), Store(database_url, cipher=cipher)
    try:
        yield first, second
    finally:
        await first.close()
        await second.close()


async def at_once(stores: tuple[Store, Store], write: Callable[[Store, int], Awaitable]) -> list:
    """`write` AT_ONCE times together, alternating instances; what each call returned."""
    return await asyncio.gather(*(write(stores[n % 2], n) for n in range(AT_ONCE)))


async def test_cache_puts_at_once_keep_one_entry(store, database_url):
    async with two_instances(database_url) as stores:
        await at_once(
            stores,
            lambda s, n: s.cache.put("matters:q:acme", [n], now=NOW, ttl=dt.timedelta(minutes=5)),
        )
    assert await store.cache.get("matters:q:acme", now=NOW) in [[n] for n in range(AT_ONCE)]


async def test_preferences_at_once_keep_one_row_and_every_matter(store, database_url):
    async with two_instances(database_url) as stores:
        await at_once(stores, lambda s, n: s.prefs.set_tz("T1", "U1", "Europe/Paris", now=NOW))
        await at_once(stores, lambda s, n: s.prefs.use_matter("T1", "U2", n % 4))
        await at_once(stores, lambda s, n: s.prefs.use_matter("T1", "U1", 7))
    alice = await store.prefs.get("T1", "U1")
    assert (alice.tz, alice.recent_matters) == ("Europe/Paris", [7])
    assert sorted((await store.prefs.get("T1", "U2")).recent_matters) == [0, 1, 2, 3]


async def test_channel_defaults_and_accounts_at_once(store, database_url):
    tokens = TokenSet(access_token="a", refresh_token="r", expires_at=NOW)
    async with two_instances(database_url) as stores:
        await at_once(
            stores,
            lambda s, n: s.channels.set(
                "T1", "C1", matter_id=n, matter_label=f"M{n}", set_by="U1", now=NOW
            ),
        )
        await at_once(
            stores,
            lambda s, n: s.accounts.save(
                "T1", "U1", clio_user_id=n, host="https://app.clio.com", tokens=tokens, now=NOW
            ),
        )
        account = await stores[0].accounts.get("T1", "U1")
    default = await store.channels.get("T1", "C1")
    assert default.matter_label == f"M{default.matter_id}"
    assert account.tokens.access_token == "a"
    assert 0 <= account.clio_user_id < AT_ONCE


async def test_identity_maps_at_once_keep_one_row(store, database_url):
    async with two_instances(database_url) as stores:
        await at_once(
            stores,
            lambda s, n: s.identity_maps.set("T1", "U1", f"u{n}@firm.test", by="UADMIN", now=NOW),
        )
    [row] = await store.identity_maps.all("T1")
    assert row.user_id == "U1"
    assert row.clio_email in {f"u{n}@firm.test" for n in range(AT_ONCE)}


@pytest.mark.parametrize("kind", ["event", "outbox", "undo"])
async def test_first_of_many_identical_inserts_wins_once(store, database_url, kind):
    await store.subscriptions.add(  # the outbox counts deliveries on their subscription
        Subscription(
            id="s1",
            team_id="T1",
            channel_id="C1",
            owner_id="U1",
            model="task",
            events=[],
            created_at=NOW,
        )
    )
    writes = {
        "event": lambda s, n: s.events.first_time("slack:Ev1", now=NOW),
        "outbox": lambda s, n: s.outbox.add("s1", "w1:42:created:e1", {"n": n}, now=NOW),
        "undo": lambda s, n: s.undo.add(
            "c1", team_id="T1", user_id="U1", action={"delete": n}, expires_at=NOW
        ),
    }
    async with two_instances(database_url) as stores:
        firsts = await at_once(stores, writes[kind])
    if kind == "undo":
        outcome, entry = await store.undo.claim("c1", user_id="U1", now=NOW - dt.timedelta(1))
        assert outcome == "claimed"
        assert entry.action["delete"] in range(AT_ONCE)
    else:
        assert firsts.count(True) == 1
        assert firsts.count(False) == AT_ONCE - 1
    if kind == "outbox":
        assert (await store.subscriptions.get("s1")).deliveries == 1


async def test_thread_started_by_many_relays_keeps_the_first(store, database_url):
    async with two_instances(database_url) as stores:
        await at_once(stores, lambda s, n: s.threads.start("C1", "task:42", f"1.{n}", now=NOW))
        async with stores[0].engine.connect() as connection:
            count = await connection.scalar(select(func.count()).select_from(Thread))
    assert count == 1
    assert (await store.threads.get("C1", "task:42")).startswith("1.")
