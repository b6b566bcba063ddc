"""A relay takes over from one that died: only a post begun and not settled is looked for, by its
metadata, a page at a time within Slack's read limits, and where the bot cannot read the channel
it is posted again (at least once, never lost)."""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import logging

import pytest
from sqlalchemy import update

from bot.clio import models as m
from bot.store.tables import OutboxEvent
from tests.slack.helpers import command
from tests.slack.webhooks.test_notifications import SMITH, relayed
from tests.slack_fake import CHANNEL_ID

PUBLIC_NOT_JOINED = "C0OUTSIDE"  # posted to with chat:write.public; not readable


async def watch_in(bot, slack, sandbox_app, channel: str, text: str) -> None:
    answer = await command(bot, slack, text, channel_id=channel)
    assert answer.params.get("response_type") == "in_channel"
    await sandbox_app.state.sandbox.webhooks.drain()


def shown(slack, channel: str = CHANNEL_ID) -> list[int]:
    """Outbox ids shown in the channel's posts (thread replies included), in posting order."""
    ids = []
    for message in slack.posted(channel):
        if "metadata" in message:
            ids += [int(i) for i in message["metadata"]["event_payload"]["outbox"].split(",")]
    return ids


async def interrupted(runtime, clock, ids: list[int]) -> None:
    """As if the relay died after Slack took the post of these events, before it noted that;
    then its lease runs out."""
    async with runtime.store.engine.begin() as db:
        await db.execute(
            update(OutboxEvent)
            .where(OutboxEvent.id.in_(ids))
            .values(state="sending", posted_ts=None, sent_at=None, next_attempt_at=clock())
        )


def later(slack, clock, **delta) -> None:
    """Time passes for the bot and for Slack alike."""
    clock.advance(**delta)
    slack.advance(dt.timedelta(**delta).total_seconds())


async def drained(server) -> None:
    """The relay settles everything due without waiting on a read limit."""
    async with asyncio.timeout(10):
        await server.state.relay.drain()


@pytest.mark.parametrize("channel", [CHANNEL_ID, PUBLIC_NOT_JOINED])
async def test_only_the_post_begun_is_checked_and_where_it_cannot_be_posted_again(
    bot, slack, server, sandbox_app, runtime, marcus, clock, caplog, channel
):
    slack.add_channel(PUBLIC_NOT_JOINED, "outside", member=False)
    await watch_in(bot, slack, sandbox_app, channel, "watch matters")
    await marcus.matters.update(SMITH, m.MatterUpdate(location="Room 1"))
    await relayed(server, sandbox_app)
    [first] = shown(slack, channel)
    await interrupted(runtime, clock, [first])  # its post reached Slack, the relay died
    await marcus.matters.update(SMITH + 1, m.MatterUpdate(location="Room 2"))  # claimed, not begun
    await sandbox_app.state.sandbox.webhooks.drain()
    await interrupted(runtime, clock, [first + 1])
    await runtime.store.outbox.retry([first + 1], at=clock())  # …and never posted
    clock.advance(minutes=2)
    with caplog.at_level(logging.WARNING):
        await drained(server)
    if channel == CHANNEL_ID:
        assert shown(slack, channel) == [first, first + 1]  # found by its metadata: once
        assert len(slack.calls("conversations.history")) == 1
    else:  # no membership: the begun post is made again (at least once); the other once
        assert shown(slack, channel) == [first, first, first + 1]
        assert [c.error for c in slack.refused()] == ["not_in_channel"]
        assert f"cannot check channel {channel} for outbox {first}: not_in_channel" in caplog.text
    assert (
        await runtime.store.outbox.waiting((await runtime.store.subscriptions.every())[0].id) == 0
    )


async def test_events_claimed_by_a_relay_that_died_before_posting_need_no_read(
    bot, slack, server, sandbox_app, runtime, marcus, clock
):
    slack.add_channel(PUBLIC_NOT_JOINED, "outside", member=False)
    await watch_in(bot, slack, sandbox_app, PUBLIC_NOT_JOINED, "watch matters")
    for n in range(2):
        await marcus.matters.update(SMITH + n, m.MatterUpdate(location=f"Room {n}"))
    await sandbox_app.state.sandbox.webhooks.drain()
    claimed = await runtime.store.outbox.claim(now=clock())  # then the relay died
    clock.advance(minutes=2)
    await drained(server)
    assert sorted(shown(slack, PUBLIC_NOT_JOINED)) == sorted(r.id for r in claimed)
    assert slack.refused() == []  # no read of a channel the bot cannot read, none needed


async def test_a_post_begun_in_a_thread_is_looked_for_in_that_thread(
    bot, slack, server, sandbox_app, runtime, marcus, clock
):
    await watch_in(bot, slack, sandbox_app, CHANNEL_ID, "watch matters")
    await marcus.matters.update(SMITH, m.MatterUpdate(location="Room 1"))
    await relayed(server, sandbox_app)
    await marcus.matters.update(SMITH, m.MatterUpdate(location="Room 2"))  # a reply
    await relayed(server, sandbox_app)
    first, reply = shown(slack)
    await interrupted(runtime, clock, [reply])
    clock.advance(minutes=2)
    await drained(server)
    assert shown(slack) == [first, reply]
    assert slack.calls("conversations.history") == []  # replies are not in the history
    [looked] = slack.calls("conversations.replies")
    assert looked.params["ts"] == slack.posted(CHANNEL_ID)[0]["ts"]


async def test_outside_the_marketplace_history_is_paged_a_page_a_minute(
    bot, slack, server, sandbox_app, runtime, marcus, clock
):
    """15 messages a page, one read a minute; the begun post is on the second page."""
    slack.outside_marketplace()
    await watch_in(bot, slack, sandbox_app, CHANNEL_ID, "watch matters")
    await marcus.matters.update(SMITH, m.MatterUpdate(location="Room 1"))
    await relayed(server, sandbox_app)
    [first] = shown(slack)
    for n in range(20):  # the channel talks on after the post
        slack.add_message(CHANNEL_ID, f"chatter {n}")
    await interrupted(runtime, clock, [first])
    clock.advance(minutes=2)
    await drained(server)  # the first page: chatter only, and more to come
    await marcus.matters.update(SMITH + 1, m.MatterUpdate(location="Room 2"))
    await relayed(server, sandbox_app)
    assert shown(slack) == [first]  # the channel waits for its next read, in order
    later(slack, clock, seconds=30)
    await drained(server)
    assert len(slack.calls("conversations.history")) == 1  # not before the minute is up
    later(slack, clock, seconds=30)
    await drained(server)
    assert shown(slack) == [first, first + 1]  # found on page 2: not posted twice
    first_read, second_read = slack.calls("conversations.history")
    assert second_read.params["cursor"]
    assert second_read.time - first_read.time >= 60
    assert slack.rejected == []  # never over the limit


async def test_a_channel_held_by_the_read_limit_does_not_hold_the_others(
    bot, slack, server, sandbox_app, runtime, marcus, clock
):
    """Two channels need a look after the takeover, a third has news; Slack allows one read a
    minute (the bot learns it from a 15-message page, or from one 429)."""
    slack.outside_marketplace()
    slack.add_channel("C0TASKS", "tasks")
    slack.add_channel("C0PEOPLE", "people")
    await watch_in(bot, slack, sandbox_app, CHANNEL_ID, "watch matters")
    await watch_in(bot, slack, sandbox_app, "C0TASKS", "watch tasks")
    await watch_in(bot, slack, sandbox_app, "C0PEOPLE", "watch contacts")
    await marcus.matters.update(SMITH, m.MatterUpdate(location="Room 1"))
    await marcus.tasks.update(550001, m.TaskUpdate(name="File the response"))
    await relayed(server, sandbox_app)
    [matter], [task] = shown(slack), shown(slack, "C0TASKS")
    for n in range(20):
        slack.add_message(CHANNEL_ID, f"chatter {n}")
    await interrupted(runtime, clock, [matter, task])
    clock.advance(minutes=2)
    await marcus.contacts.create(m.ContactCreate(type="Company", name="Import Co"))
    await sandbox_app.state.sandbox.webhooks.drain()
    await drained(server)  # returns at once: nothing waits a minute inline
    assert len(shown(slack, "C0PEOPLE")) == 1  # the third channel posted meanwhile
    assert len(slack.calls("conversations.history")) == 1  # the other look waits its turn
    assert len(slack.rejected) <= 1
    for _ in range(3):
        later(slack, clock, minutes=1)
        await drained(server)
    assert shown(slack) == [matter]
    assert shown(slack, "C0TASKS") == [task]  # none twice
    reads = [c.time for c in slack.calls("conversations.history")]
    assert len(reads) == 3
    assert all(b - a >= 60 for a, b in itertools.pairwise(reads))
    assert len(slack.rejected) <= 1  # one 429 at most, then its Retry-After was kept


async def test_slack_answering_429_to_a_read_holds_that_channel_for_retry_after(
    bot, slack, server, sandbox_app, runtime, marcus, clock
):
    await watch_in(bot, slack, sandbox_app, CHANNEL_ID, "watch matters")
    await marcus.matters.update(SMITH, m.MatterUpdate(location="Room 1"))
    await relayed(server, sandbox_app)
    [first] = shown(slack)
    await interrupted(runtime, clock, [first])
    slack.throttle("conversations.history", times=1, retry_after=30)
    clock.advance(minutes=2)
    await drained(server)
    assert len(slack.rejected) == 1
    assert shown(slack) == [first]
    clock.advance(seconds=29)
    await drained(server)
    assert len(slack.refused("conversations.history")) == 1  # not asked again before 30 s
    clock.advance(seconds=1)
    await drained(server)
    assert shown(slack) == [first]
    assert len(slack.calls("conversations.history")) == 1


async def test_a_post_slack_refused_is_not_looked_for(
    bot, slack, server, sandbox_app, marcus, clock
):
    await watch_in(bot, slack, sandbox_app, CHANNEL_ID, "watch matters")
    slack.fail("chat.postMessage", error="internal_error")
    await marcus.matters.update(SMITH, m.MatterUpdate(location="Room 1"))
    await relayed(server, sandbox_app)
    clock.advance(seconds=31)  # the first back-off step
    await drained(server)
    assert len(shown(slack)) == 1
    assert slack.calls("conversations.history") == []  # Slack said it posted nothing
