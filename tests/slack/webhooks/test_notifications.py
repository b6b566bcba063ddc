"""Channel notifications end to end: `/clio watch` in Slack, a real webhook in the sandbox,
signed deliveries to the bot's receiver, the relay posting to the fake Slack."""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import json

import httpx
import pytest

from bot.clio import ClioClient, StaticToken
from bot.clio import models as m
from bot.webhooks.catalog import WATCHABLE
from tests.conftest import SANDBOX_URL
from tests.slack.conftest import MARCUS
from tests.slack.helpers import command, text_of
from tests.slack.test_writes import confirm
from tests.slack_fake import CHANNEL_ID

SMITH = 110005  # 00042-Smith: Smith v Jones
GARCIA = 110003  # 00040-Garcia


async def watch(bot, slack, sandbox_app, text: str) -> str:
    """`/clio <text>` in the channel; Clio's handshake done; the new subscription's id."""
    answer = await command(bot, slack, text)
    assert answer.params.get("response_type") == "in_channel", text_of(answer)
    await sandbox_app.state.sandbox.webhooks.drain()
    return sandbox_app.state.sandbox.store.all("webhooks")[-1]["url"].rsplit("/", 1)[1]


async def relayed(server, sandbox_app) -> None:
    """Clio's deliveries done, and everything due posted."""
    await sandbox_app.state.sandbox.webhooks.drain()
    await server.state.relay.drain()


def posts(slack) -> list[dict]:
    return slack.posted(CHANNEL_ID)


def shown(slack) -> list[int]:
    """Outbox ids of the events shown in the channel, by the posts' metadata."""
    ids = []
    for message in posts(slack):
        ids += [int(i) for i in message["metadata"]["event_payload"]["outbox"].split(",")]
    return ids


async def test_watch_makes_a_webhook_with_the_subscribers_token_and_posts_changes(
    bot, slack, server, sandbox_app, runtime, marcus
):
    sub_id = await watch(bot, slack, sandbox_app, "watch matters")
    [hook] = sandbox_app.state.sandbox.store.all("webhooks")
    assert hook["url"] == f"http://localhost:3000/clio/webhooks/{sub_id}"
    assert hook["model"] == "matter"
    assert hook["events"] == ["created", "updated", "deleted"]
    assert hook["fields"] == WATCHABLE["matter"].fields
    assert hook["status"] == "enabled"  # the handshake went through the receiver
    alice = sandbox_app.state.sandbox.users.by_email("alice@demo-firm.test")
    assert hook["user_id"] == alice["id"]  # made with the subscriber's token
    sub = await runtime.store.subscriptions.get(sub_id)
    assert sub.status == "active"
    assert sub.clio_webhook_id == hook["id"]

    await marcus.matters.update(SMITH, m.MatterUpdate(location="Courtroom 4"))
    await relayed(server, sandbox_app)
    [post] = posts(slack)
    assert "00042-Smith" in post["text"] + str(post["blocks"])
    assert f"/nc/#/matters/{SMITH}" in str(post["blocks"])  # a link to the matter in Clio
    assert (await runtime.store.subscriptions.get(sub_id)).deliveries == 1


async def test_matter_status_events_and_nothing_else(bot, slack, server, sandbox_app, marcus):
    await watch(bot, slack, sandbox_app, "notify this channel when matters are closed")
    await marcus.matters.update(SMITH, m.MatterUpdate(location="Courtroom 4"))
    await relayed(server, sandbox_app)
    assert posts(slack) == []
    await marcus.matters.update(SMITH, m.MatterUpdate(status="closed"))
    await relayed(server, sandbox_app)
    [post] = posts(slack)
    assert "closed" in post["text"].lower()


@pytest.mark.parametrize(
    ("text", "change", "expect"),
    [
        ("watch tasks", ("PATCH", "tasks/550001", {"status": "complete"}), "completed"),
        ("watch tasks", ("DELETE", "tasks/550001", None), "deleted"),
        (
            "watch contacts",
            ("POST", "contacts", {"type": "Person", "first_name": "Nia", "last_name": "Okafor"}),
            "Nia Okafor",
        ),
        (
            "watch calendar",
            ("PATCH", "calendar_entries/770001", {"location": "Room 2"}),
            "Deposition",
        ),
        ("watch communications", ("PATCH", "communications/880001", {"subject": "Dates"}), "Dates"),
        (
            "watch communications",
            ("PATCH", "communications/880001", {"received_at": "2026-11-16T09:45:00-05:00"}),
            "<!date^1794840300^{date_short_pretty} {time}|Mon 16 Nov 9:45 AM>",
        ),
        ("watch time entries", ("PATCH", "activities/440001", {"note": "Police report"}), "2.5 h"),
        (
            "watch documents",
            ("PATCH", "documents/1010001", {"name": "Complaint v2.pdf"}),
            "Complaint v2.pdf",
        ),
        (
            "watch folders",
            ("PATCH", "folders/990005", {"name": "Pleadings 2026"}),
            "Pleadings 2026",
        ),
        ("watch bills", ("DELETE", "bills/1220002", None), "deleted"),
    ],
)
async def test_each_model(bot, slack, server, sandbox_app, marcus, text, change, expect):
    await watch(bot, slack, sandbox_app, text)
    method, path, body = change
    await marcus.request(method, f"{path}.json", json={"data": body} if body else None)
    await relayed(server, sandbox_app)
    [post] = posts(slack)
    assert expect in post["text"] + str(post["blocks"])
    assert slack.violations == []


async def test_a_colleagues_private_entry_is_busy_in_the_channel(bot, slack, server, sandbox_app):
    """Hannah's calendar is shared with the firm as Free/Busy: the subscriber (Alice) sees when."""
    await watch(bot, slack, sandbox_app, "watch calendar")
    sandbox = sandbox_app.state.sandbox
    token = sandbox.issue_token("hannah@demo-firm.test")["access_token"]
    transport = httpx.ASGITransport(app=sandbox_app)
    async with ClioClient(StaticToken(token), base_url=SANDBOX_URL, transport=transport) as hannah:
        start = dt.datetime(2026, 11, 20, 15, 0, tzinfo=dt.UTC)  # 10 AM in New York
        london = sandbox.users.by_email("hannah@demo-firm.test")["default_calendar_id"]
        await hannah.calendar_entries.create(
            m.CalendarEntryCreate(
                summary="Dentist",
                start_at=start,
                end_at=start + dt.timedelta(hours=1),
                calendar_owner=m.Ref(id=london),
            )
        )
    await relayed(server, sandbox_app)
    [post] = posts(slack)
    text = post["text"] + json.dumps(post["blocks"], ensure_ascii=False)
    assert "private (busy)" in text
    assert "|Fri 20 Nov 10 AM>" in text
    assert "Dentist" not in text
    assert "untitled" not in text


async def test_payments(bot, slack, server, sandbox_app):
    """A client pays a Clio Payments link (outside the API): the payment webhook fires."""
    from bot.sandbox.registry import REGISTRY

    await watch(bot, slack, sandbox_app, "watch payments")
    sandbox = sandbox_app.state.sandbox
    [payment, *_] = sandbox.store.all("clio_payments_payments")
    sandbox.webhooks.record_changed(REGISTRY["clio_payments_payments"], "created", None, payment)
    await relayed(server, sandbox_app)
    [post] = posts(slack)
    assert "payment" in post["text"].lower()


async def test_filters_by_matter_and_the_bots_own_writes(bot, slack, server, sandbox_app, marcus):
    await watch(bot, slack, sandbox_app, "watch tasks for Smith v Jones not by the bot")
    other = next(
        t["id"] for t in sandbox_app.state.sandbox.store.all("tasks") if t.get("matter_id") != SMITH
    )
    await marcus.tasks.update(other, m.TaskUpdate(name="Elsewhere"))
    await relayed(server, sandbox_app)
    assert posts(slack) == []  # another matter's task

    await confirm(bot, slack, "mark task 550001 complete")  # the bot's own write
    await relayed(server, sandbox_app)
    assert posts(slack) == []

    await marcus.tasks.update(550001, m.TaskUpdate(name="File response today"))
    await relayed(server, sandbox_app)
    [post] = posts(slack)
    assert "File response today" in post["text"] + str(post["blocks"])


async def test_filters_by_the_matters_responsible_staff(bot, slack, server, sandbox_app, marcus):
    """Priya is the responsible staff of 00042-Smith and 00040-Garcia only."""
    await watch(bot, slack, sandbox_app, "watch tasks where Priya is the responsible staff")
    listing = text_of(await command(bot, slack, "watching"))
    assert "responsible staff Priya Shah" in listing
    staffed = {SMITH, GARCIA}
    other = next(
        t["id"]
        for t in sandbox_app.state.sandbox.store.all("tasks")
        if t.get("matter_id") and t["matter_id"] not in staffed
    )
    await marcus.tasks.update(other, m.TaskUpdate(name="Elsewhere"))
    await relayed(server, sandbox_app)
    assert posts(slack) == []
    await marcus.tasks.update(550001, m.TaskUpdate(name="File response today"))
    await relayed(server, sandbox_app)
    [post] = posts(slack)
    assert "File response today" in post["text"] + str(post["blocks"])


async def test_assignee_is_mentioned_and_later_changes_thread(
    bot, slack, server, sandbox_app, marcus
):
    await watch(bot, slack, sandbox_app, "watch tasks")
    marcus_id = sandbox_app.state.sandbox.users.by_email("marcus@demo-firm.test")["id"]
    await marcus.request(
        "PATCH", "tasks/550001.json", json={"data": {"assignee": {"id": marcus_id, "type": "User"}}}
    )
    await relayed(server, sandbox_app)
    await marcus.tasks.update(550001, m.TaskUpdate(name="File the response"))
    await relayed(server, sandbox_app)
    first, second = posts(slack)
    assert f"<@{MARCUS}>" in first["text"] + str(first["blocks"])
    assert "thread_ts" not in first
    assert second["thread_ts"] == first["ts"]


async def test_a_burst_becomes_one_digest(bot, slack, server, sandbox_app, marcus):
    await watch(bot, slack, sandbox_app, "watch new contacts")
    for n in range(8):
        await marcus.contacts.create(m.ContactCreate(type="Company", name=f"Import Co {n}"))
    await relayed(server, sandbox_app)
    [post] = posts(slack)
    assert "8" in post["text"]
    assert len(shown(slack)) == 8


async def test_slack_rate_limits_are_waited_out_and_nothing_is_lost(
    bot, slack, server, sandbox_app, marcus
):
    await watch(bot, slack, sandbox_app, "watch matters")
    slack.limit("chat.postMessage", per_channel_per_second=1)
    slack.throttle("chat.postMessage", times=2, retry_after=1)
    for n in range(3):
        await marcus.matters.update(SMITH + n, m.MatterUpdate(location=f"Room {n}"))
    await relayed(server, sandbox_app)
    assert len(slack.rejected) == 2  # the two throttled tries, then none: paced at 1/s
    ids = shown(slack)
    assert len(ids) == 3
    assert len(set(ids)) == 3
    times = [c.time for c in slack.calls("chat.postMessage")]
    assert len(times) >= 2
    assert all(b - a >= 0.9 for a, b in itertools.pairwise(times))


async def test_a_relay_killed_mid_post_is_taken_over_without_loss_or_duplicate(
    bot, slack, server, sandbox_app, marcus, runtime, clock
):
    """The worst moment: the post reached Slack, the relay died before noting it."""
    await watch(bot, slack, sandbox_app, "watch matters")
    for n in range(3):
        await marcus.matters.update(SMITH + n, m.MatterUpdate(location=f"Room {n}"))
    await relayed(server, sandbox_app)
    assert len(posts(slack)) == 3
    # as if the relay died after each post: the rows are still claimed ("sending")
    rows = await runtime.store.outbox.claim(now=clock() + dt.timedelta(days=1))
    assert rows == []
    from sqlalchemy import update

    from bot.store.tables import OutboxEvent

    async with runtime.store.engine.begin() as db:
        await db.execute(
            update(OutboxEvent).values(state="sending", next_attempt_at=clock(), posted_ts=None)
        )
    clock.advance(minutes=2)  # the dead relay's lease runs out
    await server.state.relay.drain()
    assert len(posts(slack)) == 3  # found in the channel by metadata: not posted again


async def test_killed_before_posting_then_restarted(bot, slack, server, sandbox_app, marcus, clock):
    import asyncio

    await watch(bot, slack, sandbox_app, "watch matters")
    for n in range(3):
        await marcus.matters.update(SMITH + n, m.MatterUpdate(location=f"Room {n}"))
    await sandbox_app.state.sandbox.webhooks.drain()
    relay = asyncio.create_task(server.state.relay.once())
    await slack.wait_for("chat.postMessage", count=1)
    relay.cancel()  # killed between posts: the others are claimed but not shown
    await asyncio.gather(relay, return_exceptions=True)
    assert len(posts(slack)) == 1
    clock.advance(minutes=2)
    await server.state.relay.drain()
    ids = shown(slack)
    assert len(ids) == 3
    assert len(set(ids)) == 3


async def test_renewal_before_expiry(bot, slack, server, sandbox_app, runtime, clock, marcus):
    sub_id = await watch(bot, slack, sandbox_app, "watch matters")
    [hook] = sandbox_app.state.sandbox.store.all("webhooks")
    first_expiry = dt.datetime.fromisoformat(hook["expires_at"])
    clock.advance(days=28)
    await server.state.upkeep.once()
    [hook] = sandbox_app.state.sandbox.store.all("webhooks")
    assert dt.datetime.fromisoformat(hook["expires_at"]) > first_expiry + dt.timedelta(days=20)
    clock.advance(days=5)  # past the first expiry: still delivered
    await marcus.matters.update(SMITH, m.MatterUpdate(location="Courtroom 4"))
    await relayed(server, sandbox_app)
    assert len(posts(slack)) == 1
    sub = await runtime.store.subscriptions.get(sub_id)
    assert sub.expires_at == dt.datetime.fromisoformat(hook["expires_at"])


async def test_expired_webhook_is_recreated_and_the_gap_backfilled(
    bot, slack, server, sandbox_app, runtime, clock, marcus
):
    sub_id = await watch(bot, slack, sandbox_app, "watch matters")
    clock.advance(days=31)  # the bot was down: the webhook expired
    await marcus.matters.update(SMITH, m.MatterUpdate(location="Courtroom 4"))
    await relayed(server, sandbox_app)
    assert posts(slack) == []  # Clio sent nothing: the webhook had expired
    clock.advance(minutes=5)
    await server.state.upkeep.once()
    await relayed(server, sandbox_app)
    [post] = posts(slack)
    assert "00042-Smith" in post["text"] + str(post["blocks"])
    hooks = sandbox_app.state.sandbox.store.all("webhooks")
    assert [h["status"] for h in hooks][-1] == "enabled"  # a new webhook, handshake done
    sub = await runtime.store.subscriptions.get(sub_id)
    assert sub.gaps_filled == 1
    assert sub.status == "active"
    await server.state.upkeep.once()  # nothing new: nothing twice
    await relayed(server, sandbox_app)
    assert len(posts(slack)) == 1


async def test_deleted_webhook_gap(bot, slack, server, sandbox_app, runtime, clock, marcus):
    await watch(bot, slack, sandbox_app, "watch matters")
    [hook] = sandbox_app.state.sandbox.store.all("webhooks")
    alice = sandbox_app.state.sandbox.users.by_email("alice@demo-firm.test")
    del alice
    await runtime.clio.webhooks.delete(hook["id"])  # someone removed it in Clio
    await marcus.matters.update(SMITH, m.MatterUpdate(location="Courtroom 4"))
    clock.advance(minutes=5)
    await server.state.upkeep.once()
    await relayed(server, sandbox_app)
    assert len(posts(slack)) == 1


async def test_watching_health_and_unwatch(bot, slack, server, sandbox_app, runtime, marcus):
    await watch(bot, slack, sandbox_app, "watch matters closed for client Acme Corp")
    await watch(bot, slack, sandbox_app, "watch tasks")
    listing = text_of(await command(bot, slack, "watching"))
    assert "matters: closed (client Acme Corp)" in listing
    assert "tasks" in listing
    assert "<@U" in listing
    assert "expires" in listing
    await marcus.tasks.update(550001, m.TaskUpdate(name="File the response"))
    await relayed(server, sandbox_app)
    health = text_of(await command(bot, slack, "health"))
    assert "1 delivered" in health
    assert "0 failures" in health
    assert "0 gaps filled" in health

    answer = await command(bot, slack, "unwatch tasks")
    assert "stopped" in text_of(answer)
    assert [h["model"] for h in sandbox_app.state.sandbox.store.all("webhooks")] == ["matter"]
    await marcus.tasks.update(550001, m.TaskUpdate(name="Again"))
    await relayed(server, sandbox_app)
    assert len(posts(slack)) == 1
    refused = text_of(await command(bot, slack, "watch damages"))
    assert "You can watch" in refused
    assert "notes" in refused


async def test_notes_have_no_webhook_so_they_are_polled(
    bot, slack, server, sandbox_app, runtime, clock, marcus
):
    answer = await command(bot, slack, "watch notes")
    assert "checks every minute" in text_of(answer)
    assert sandbox_app.state.sandbox.store.all("webhooks") == []
    await marcus.notes.create(
        m.NoteCreate(
            type="Matter",
            matter={"id": SMITH},
            subject="Call with opposing counsel",
            detail="Secret strategy",
        )
    )
    clock.advance(minutes=1)
    await server.state.upkeep.once(polled_only=True)
    await relayed(server, sandbox_app)
    [post] = posts(slack)
    text = post["text"] + str(post["blocks"])
    assert "Note added" in text
    assert "Call with opposing counsel" in text
    assert "00042-Smith" in text
    assert "Secret strategy" not in text  # a note's text stays in Clio
    clock.advance(minutes=1)
    await server.state.upkeep.once(polled_only=True)
    await relayed(server, sandbox_app)
    assert len(posts(slack)) == 1
    health = text_of(await command(bot, slack, "health"))
    assert "1 delivered" in health


@pytest.mark.parametrize("bot_database_url", ["sqlite", "postgresql"], indirect=True)
async def test_two_instances_post_each_event_once(
    bot, slack, server, sandbox_app, runtime, marcus, bot_database_url
):
    """Two bot processes on one database: each outbox row is claimed and shown by one relay."""
    from bot.slack.notifications.relay import Relay
    from bot.store import Store

    await watch(bot, slack, sandbox_app, "watch matters")
    await watch(bot, slack, sandbox_app, "watch tasks")
    for n in range(3):
        await marcus.matters.update(SMITH + n, m.MatterUpdate(location=f"Room {n}"))
    await marcus.tasks.update(550001, m.TaskUpdate(name="File the response"))
    await sandbox_app.state.sandbox.webhooks.drain()
    other = Store(bot_database_url)  # the relay needs no secrets
    first = server.state.relay
    second = Relay(
        other,
        slack_for=lambda team: _client(server),
        owner_clio=runtime.owner_clio,
        app_host=runtime.app_host,
        clock=runtime.clock,
    )
    await asyncio.gather(first.drain(), second.drain())
    await other.close()
    ids = shown(slack)
    assert sorted(ids) == sorted(set(ids))
    assert len(ids) == 4


async def _client(server):
    return server.state.slack_client


async def test_the_console_has_no_channels_to_notify(runtime):
    from bot.replies import Requester

    async def no_email(user_id: str) -> None:
        return None

    console = runtime.assistant(no_email, channels=False)
    who = Requester(team_id="T", user_id="U", channel_id="CCONSOLE")
    answer = await console.handle_text(who, "watch matters")
    assert "Slack channels only" in answer.text
    assert await runtime.store.subscriptions.every() == []


async def test_a_failed_post_is_retried_later_and_counted(
    bot, slack, server, sandbox_app, marcus, clock
):
    await watch(bot, slack, sandbox_app, "watch matters")
    slack.fail("chat.postMessage", error="not_in_channel")
    await marcus.matters.update(SMITH, m.MatterUpdate(location="Courtroom 4"))
    await relayed(server, sandbox_app)
    assert posts(slack) == []
    health = text_of(await command(bot, slack, "health"))
    assert "1 failures" in health
    assert "Slack: not_in_channel" in health
    assert "1 waiting" in health
    clock.advance(seconds=31)  # the first back-off step
    await server.state.relay.drain()
    assert len(shown(slack)) == 1


@pytest.mark.parametrize(
    ("channel", "kind", "member", "refusal"),
    [
        ("G0SECRET1", "private", False, "I'm not in it. Please invite me with `/invite @clio`"),
        ("D0OTHERS1", "im", False, "direct message between people. Please run it in a channel"),
        ("G0PRIVATE", "private", True, None),  # invited
        ("C0OUTSIDE", "public", False, None),  # public: posted without joining
        ("D0ALICE01", "im", True, None),  # the person's own DM with the bot
    ],
)
async def test_watch_checks_the_bot_can_post_in_the_channel(
    bot, slack, sandbox_app, runtime, channel, kind, member, refusal
):
    if channel != "D0ALICE01":
        slack.add_channel(channel, "somewhere", kind=kind, member=member)
    answer = await command(bot, slack, "watch matters", channel_id=channel)
    hooks = sandbox_app.state.sandbox.store.all("webhooks")
    subs = await runtime.store.subscriptions.in_channel("T0CLIO001", channel)
    if refusal is None:
        assert answer.params.get("response_type") == "in_channel"
        assert len(subs) == 1
        return
    assert refusal in text_of(answer)
    assert answer.params.get("response_type") == "ephemeral"
    assert hooks == []
    assert subs == []
