"""Each person's vocabulary of the firm's names, built from what they can see in Clio, kept in
the store and refreshed behind their requests with `updated_since`, never holding one up.

A person's first request waits for the build at most `FIRST_BUILD` (it then goes on behind, and
the request is read without names); later requests use the stored records at once and, when they
are older than `REFRESH_AFTER`, start a refresh of what changed since, as does a write of theirs
to a collection the vocabulary holds. A full fetch every `REBUILD_AFTER` drops records deleted
in Clio (which `updated_since` cannot tell).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bot.clio import ClioClient, ClioError
from bot.replies import Requester
from bot.store import Store, Stored
from intents.vocabulary import Vocabulary

log = logging.getLogger(__name__)

# Seconds a person's first request waits for their vocabulary. Slack has been answered by then
# (ack first, then work), and a request read without the firm's names is mostly read wrong, so
# the first one waits for a build that is slow only on a busy machine or a very large firm.
FIRST_BUILD = 8.0
REFRESH_AFTER = dt.timedelta(minutes=5)
REBUILD_AFTER = dt.timedelta(hours=24)
OVERLAP = dt.timedelta(minutes=1)  # asked again: clocks differ, `updated_since` is strict
PAGE = 200
KEPT_IN_MEMORY = 64  # people whose built vocabulary stays in memory

# Collection: (Clio path, fields, whether cursor paging needs an order).
COLLECTIONS: dict[str, tuple[str, str, bool]] = {
    "matters": (
        "matters.json",
        "id,display_number,number,description,status,client{id,name,type}",
        True,
    ),
    "contacts": ("contacts.json", "id,name,type,first_name,last_name", True),
    "users": ("users.json", "id,name,first_name,last_name,email,enabled", True),
    "practice_areas": ("practice_areas.json", "id,name,code", True),
    "activity_descriptions": ("activity_descriptions.json", "id,name", False),
    "task_types": ("task_types.json", "id,name", True),
    "calendars": ("calendars.json", "id,name", True),
}

Key = tuple[str, str]  # (team id, user id)


@dataclass
class _Kept:
    """What one store's people have: vocabularies built (by fetch) and fetches running."""

    built: OrderedDict[tuple[str, str, dt.datetime], Vocabulary] = field(
        default_factory=OrderedDict
    )
    building: threading.Lock = field(default_factory=threading.Lock)
    running: dict[Key, asyncio.Task[None]] = field(default_factory=dict)


_kept: weakref.WeakKeyDictionary[Store, _Kept] = weakref.WeakKeyDictionary()


async def stop(store: Store) -> None:
    """Cancel the fetches running for `store`'s people and wait for them (shutdown): a fetch
    must not outlive the Clio client it reads with."""
    kept = _kept.get(store)
    running = list(kept.running.values()) if kept else []
    for task in running:
        task.cancel()
    await asyncio.gather(*running, return_exceptions=True)


def build(records: dict[str, list[dict[str, Any]]]) -> Vocabulary:
    """The vocabulary of stored records."""
    return Vocabulary.build(**{name: records.get(name, []) for name in COLLECTIONS})


class Vocabularies:
    """Keeps each person's vocabulary (see the module's docstring)."""

    def __init__(
        self,
        clio: ClioClient,
        store: Store,
        *,
        clock: Callable[[], dt.datetime],
        first_build: float = FIRST_BUILD,
    ):
        self._clio = clio
        self._store = store
        self._clock = clock
        self._first_build = first_build
        self._kept = _kept.setdefault(store, _Kept())

    async def for_person(self, who: Requester) -> Vocabulary | None:
        """`who`'s vocabulary now: the stored one (refreshed behind when old), or a first build
        awaited at most `FIRST_BUILD`; None when there is none yet."""
        key: Key = (who.team_id, who.user_id)
        stored = await self._store.vocabularies.get(*key)
        if stored is None:
            task = self._start(who, full=True)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(task), self._first_build)
            stored = await self._store.vocabularies.get(*key) if task.done() else None
            if stored is None:
                return None
        elif self._clock() - stored.refreshed_at >= REFRESH_AFTER:
            self._start(who, full=self._clock() - stored.built_at >= REBUILD_AFTER)
        return await asyncio.to_thread(self._memo, key, stored)

    async def settled(self, who: Requester) -> None:
        """Wait for the fetch running behind `who`'s requests, if any (shutdown, tests)."""
        task = self._kept.running.get((who.team_id, who.user_id))
        if task is not None:
            await asyncio.shield(task)

    async def refresh(self, who: Requester) -> None:
        """Fetch what changed since `who`'s last fetch now, and wait for it."""
        await asyncio.shield(self._start(who, full=False))

    def written(self, who: Requester, collection: str) -> None:
        """After `who` wrote to `collection` through the bot: when it is one the vocabulary
        holds, fetch what changed behind their next requests (their new matter is named at once,
        not after `REFRESH_AFTER`)."""
        if collection in COLLECTIONS:
            self._start(who, full=False)

    def _start(self, who: Requester, *, full: bool) -> asyncio.Task[None]:
        """The running fetch for `who`, or a new one (one at a time per person)."""
        key = (who.team_id, who.user_id)
        running = self._kept.running
        task = running.get(key)
        if task is None or task.done():
            task = asyncio.create_task(self._fetch(who, full=full))
            running[key] = task
            task.add_done_callback(
                lambda done: running.pop(key) if running.get(key) is done else None
            )
        return task

    async def _fetch(self, who: Requester, *, full: bool) -> None:
        """Fetch (everything, or what changed since the last fetch) and store it; a failure is
        logged and leaves the stored records as they were."""
        started = self._clock()
        key = (who.team_id, who.user_id)
        try:
            previous = await self._store.vocabularies.get(*key)
            if previous is not None and started <= previous.refreshed_at:  # a clock standing still
                started = previous.refreshed_at + dt.timedelta(microseconds=1)  # a new memo
            stored = None if full else previous
            since = stored.refreshed_at - OVERLAP if stored else None
            records = dict(stored.records) if stored else {}
            changed = 0
            for name in COLLECTIONS:
                rows = await self._rows(name, since)
                changed += len(rows)
                records[name] = _merged(records.get(name, []), rows)
            built_at = stored.built_at if stored else started
            await self._store.vocabularies.put(*key, Stored(records, built_at, started))
            log.info(
                "vocabulary %s for user %s: %d records fetched",
                "refreshed" if stored else "built",
                who.user_id,
                changed,
            )
        except (ClioError, OSError) as error:
            log.info("vocabulary fetch failed for user %s: %s", who.user_id, type(error).__name__)

    def _memo(self, key: Key, stored: Stored) -> Vocabulary:
        """The vocabulary of `stored`, built once per person and fetch."""
        memo, kept = (*key, stored.refreshed_at), self._kept
        with kept.building:
            vocabulary = kept.built.get(memo)
            if vocabulary is None:
                vocabulary = build(stored.records)
                for old in [k for k in kept.built if k[:2] == key]:
                    del kept.built[old]
                kept.built[memo] = vocabulary
                while len(kept.built) > KEPT_IN_MEMORY:
                    kept.built.popitem(last=False)
            return vocabulary

    async def _rows(self, name: str, since: dt.datetime | None) -> list[dict[str, Any]]:
        """A collection's records (changed since `since`, when given), page after page."""
        path, fields, ordered = COLLECTIONS[name]
        params: dict[str, Any] = {"fields": fields, "limit": PAGE}
        if ordered:
            params["order"] = "id(asc)"
        if since is not None:
            params["updated_since"] = since.isoformat()
        rows: list[dict[str, Any]] = []
        body = await self._clio.request("GET", path, params=params)
        while True:
            rows.extend((body or {}).get("data") or [])
            after = ((body or {}).get("meta") or {}).get("paging", {}).get("next")
            if not after:
                return rows
            body = await self._clio.request("GET", after)


def _merged(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`old` with `new` records put in place by id."""
    by_id = {row["id"]: row for row in old}
    by_id.update((row["id"], row) for row in new)
    return list(by_id.values())
