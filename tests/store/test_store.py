"""The store on a real database: exactly-once claims, expiry, undo, preferences, caches."""

from __future__ import annotations

import asyncio
import datetime as dt

from bot.store import Store
from bot.store.confirmations import LEASE

NOW = dt.datetime(2026, 11, 18, 15, 30, tzinfo=dt.UTC)
TTL = dt.timedelta(minutes=15)


async def pending(store: Store, user: str = "U1"):
    return await store.confirmations.create(
        team_id="T1", user_id=user, channel_id="C1", plan={"op": "create"}, now=NOW, ttl=TTL
    )


async def test_one_claim_wins_among_many_and_across_instances(store, database_url):
    row = await pending(store)
    other = Store(database_url)  # a second bot instance on the same database
    try:
        claims = await asyncio.gather(
            *(
                (store if i % 2 else other).confirmations.claim(row.id, user_id="U1", now=NOW)
                for i in range(20)
            )
        )
    finally:
        await other.close()
    outcomes = sorted(c.outcome for c in claims)
    assert outcomes.count("claimed") == 1
    assert set(outcomes) == {"claimed", "executing"}


async def test_finished_confirmation_reports_done_with_result(store):
    row = await pending(store)
    assert (await store.confirmations.claim(row.id, user_id="U1", now=NOW)).outcome == "claimed"
    await store.confirmations.finish(row.id, ok=True, result={"id": 7}, now=NOW)
    again = await store.confirmations.claim(row.id, user_id="U1", now=NOW)
    assert again.outcome == "done"
    assert again.confirmation.result == {"id": 7}


async def test_expiry_and_other_users(store):
    row = await pending(store)
    assert (await store.confirmations.claim(row.id, user_id="U2", now=NOW)).outcome == "missing"
    late = NOW + TTL + dt.timedelta(seconds=1)
    assert (await store.confirmations.claim(row.id, user_id="U1", now=late)).outcome == "expired"
    assert (await store.confirmations.get(row.id)).state == "expired"
    assert (await store.confirmations.claim("nope", user_id="U1", now=NOW)).outcome == "missing"


async def test_release_cancel_and_replan(store):
    row = await pending(store)
    assert await store.confirmations.replan(row.id, user_id="U1", plan={"op": "edited"})
    await store.confirmations.claim(row.id, user_id="U1", now=NOW)
    assert not await store.confirmations.replan(row.id, user_id="U1", plan={"op": "late"})
    await store.confirmations.release(row.id, result={"error": "422"})
    fresh = await store.confirmations.get(row.id)
    assert fresh.state == "pending"
    assert fresh.plan == {"op": "edited"}
    assert not await store.confirmations.cancel(row.id, user_id="U2")
    assert await store.confirmations.cancel(row.id, user_id="U1")
    claim = await store.confirmations.claim(row.id, user_id="U1", now=NOW)
    assert claim.outcome == "cancelled"


async def test_undo_is_taken_once_and_expires(store):
    await store.undo.add(
        "u1", team_id="T1", user_id="U1", action={"delete": 5}, expires_at=NOW + TTL
    )
    outcomes = await asyncio.gather(
        *(store.undo.claim("u1", user_id="U1", now=NOW) for _ in range(5))
    )
    assert sorted(o for o, _ in outcomes).count("claimed") == 1
    await store.undo.add("u2", team_id="T1", user_id="U1", action={}, expires_at=NOW)
    assert (await store.undo.claim("u2", user_id="U1", now=NOW))[0] == "expired"
    assert (await store.undo.claim("u2", user_id="U9", now=NOW))[0] == "missing"


async def test_preferences_and_recent_matters(store):
    await store.prefs.set_tz("T1", "U1", "Europe/London", now=NOW)
    for matter in (1, 2, 3, 1):
        await store.prefs.use_matter("T1", "U1", matter)
    row = await store.prefs.get("T1", "U1")
    assert row.tz == "Europe/London"
    assert row.tz_checked_at == NOW
    assert row.recent_matters == [1, 3, 2]


async def test_channel_defaults(store):
    await store.channels.set(
        "T1", "C1", matter_id=42, matter_label="00042-Smith", set_by="U1", now=NOW
    )
    await store.channels.set(
        "T1", "C1", matter_id=43, matter_label="00043-Lee", set_by="U2", now=NOW
    )
    assert (await store.channels.get("T1", "C1")).matter_id == 43
    assert await store.channels.clear("T1", "C1")
    assert await store.channels.get("T1", "C1") is None


async def test_cache_expires_and_forgets_by_prefix(store):
    await store.cache.put("matters:smith", [1, 2], now=NOW, ttl=dt.timedelta(seconds=30))
    assert await store.cache.get("matters:smith", now=NOW) == [1, 2]
    assert await store.cache.get("matters:smith", now=NOW + dt.timedelta(minutes=1)) is None
    await store.cache.forget("matters:")
    assert await store.cache.get("matters:smith", now=NOW) is None


async def test_seen_events_dedupe(store):
    results = await asyncio.gather(*(store.events.first_time("Ev1", now=NOW) for _ in range(5)))
    assert results.count(True) == 1
    assert await store.events.forget_before(NOW + dt.timedelta(seconds=1)) == 1
    assert await store.events.first_time("Ev1", now=NOW)


async def test_tidy_drops_what_expired(store):
    await store.cache.put("k", 1, now=NOW, ttl=dt.timedelta(seconds=1))
    await store.events.first_time("Ev9", now=NOW)
    key = await store.drafts.create(team_id="T1", user_id="U1", data={}, expires_at=NOW + TTL)
    later = NOW + dt.timedelta(days=2)
    await store.tidy(now=later)
    assert await store.cache.get("k", now=NOW) is None
    assert await store.drafts.get(key, user_id="U1", now=NOW) is None
    assert await store.events.first_time("Ev9", now=later)  # forgotten: seen anew


async def test_a_lapsed_lease_goes_to_one_caller_who_only_looks(store, database_url):
    row = await pending(store)
    assert (await store.confirmations.claim(row.id, user_id="U1", now=NOW)).outcome == "claimed"
    held = NOW + LEASE - dt.timedelta(seconds=1)
    assert (await store.confirmations.claim(row.id, user_id="U1", now=held)).outcome == "executing"
    assert await store.confirmations.take_over(row.id, user_id="U1", now=held) is None
    lapsed = NOW + LEASE
    other = Store(database_url)  # a second bot instance on the same database
    try:
        claims = await asyncio.gather(
            *(
                (store if i % 2 else other).confirmations.claim(row.id, user_id="U1", now=lapsed)
                for i in range(10)
            )
        )
    finally:
        await other.close()
    assert sorted(c.outcome for c in claims) == ["executing"] * 9 + ["lapsed"]
    assert await store.confirmations.take_over(row.id, user_id="U2", now=NOW + 2 * LEASE) is None
    taken = await store.confirmations.take_over(row.id, user_id="U1", now=NOW + 2 * LEASE)
    assert taken is not None
    assert taken.state == "executing"
