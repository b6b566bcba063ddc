"""Communications from chat: log calls and emails, find, show, change, delete."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.clio import ClioNotFound
from bot.clio import models as m
from tests.slack.conftest import MARCUS, NOW
from tests.slack.editing import edit
from tests.slack.helpers import buttons, click, command, items, text_of

NEW_YORK = ZoneInfo("America/New_York")  # Alice's Slack time zone


async def confirm(bot, slack, text: str, **who) -> tuple:
    card = await command(bot, slack, text, **who)
    done = await click(bot, slack, "confirm", buttons(card)["confirm"], **who)
    return card, done


async def logged(runtime, subject: str) -> m.Communication:
    [found] = [c async for c in runtime.clio.communications.list() if c.subject == subject]
    return found


def parties(stubs) -> list[tuple[str, str]]:
    return [(s.type, s.name) for s in stubs]


async def test_log_a_call_i_made(bot, slack, runtime, clio_traffic):
    card, done = await confirm(
        bot, slack, "log call with John Smith re settlement on Smith v Jones: discussed offer"
    )
    shown = text_of(card)
    assert "Phone call · call with John Smith re settlement · discussed offer" in shown
    assert "from Alice" in shown
    assert "to John Smith · 00042-Smith: Smith v Jones" in shown
    assert "Created" in text_of(done)
    call = await logged(runtime, "call with John Smith re settlement")
    assert call.type == "PhoneCommunication"
    assert call.body == "discussed offer"
    assert call.received_at == NOW  # no day or time said: now
    assert call.date == dt.date(2026, 11, 18)
    assert call.matter.display_number == "00042-Smith"
    assert parties(call.senders)[0][0] == "User"
    assert parties(call.senders)[0][1].startswith("Alice")
    assert parties(call.receivers) == [("Person", "John Smith")]


async def test_a_call_from_a_contact_is_sent_by_them(bot, slack, runtime):
    await confirm(bot, slack, "log phone call from Maria Garcia yesterday: asked about the claim")
    call = await logged(runtime, "phone call from Maria Garcia")
    assert call.received_at == dt.datetime(2026, 11, 17, 12, 0, tzinfo=NEW_YORK)  # a day alone
    assert parties(call.senders) == [("Person", "Maria Garcia")]
    assert parties(call.receivers)[0][1].startswith("Alice")


async def test_a_contact_who_called_is_the_sender_and_a_colleague_by_first_name_a_party(
    bot, slack, runtime
):
    await confirm(bot, slack, "sarah johnson called re her deposition - nervous")
    call = await logged(runtime, "sarah johnson called re her deposition - nervous")
    assert call.type == "PhoneCommunication"
    assert parties(call.senders) == [("Person", "Sarah Johnson")]
    assert call.matter.display_number == "00045-Johnson"  # her only matter
    await confirm(bot, slack, "email to marcus re the garcia file")
    [email] = [
        c
        async for c in runtime.clio.communications.list({"type": "EmailCommunication"})
        if "email to marcus" in c.subject
    ]
    assert parties(email.receivers) == [("User", "Marcus Bell")]


async def test_an_email_between_a_contact_and_a_colleague_keeps_both_ends(bot, slack, runtime):
    card, _ = await confirm(bot, slack, "log an email from emily chen to hannah re the disclosures")
    assert "from Emily Chen to Hannah Whitaker" in text_of(card)
    [email] = [
        c
        async for c in runtime.clio.communications.list({"type": "EmailCommunication"})
        if "disclosures" in c.subject
    ]
    assert parties(email.senders) == [("Person", "Emily Chen")]
    assert parties(email.receivers) == [("User", "Hannah Whitaker")]


async def test_an_email_to_a_colleague(bot, slack, runtime):
    card, _ = await confirm(bot, slack, "log email to <@U0MARCUS1>: the Garcia file is ready")
    assert "Email ·" in text_of(card)
    [email] = [
        c
        async for c in runtime.clio.communications.list({"type": "EmailCommunication"})
        if c.body == "the Garcia file is ready"
    ]
    assert parties(email.receivers)[0][0] == "User"
    assert parties(email.receivers)[0][1].startswith("Marcus")


async def test_search_calls_with_a_contact(bot, slack, runtime, clio_traffic):
    await confirm(bot, slack, "log call with John Smith re settlement: discussed offer")
    found = await command(bot, slack, "find calls with John Smith", name="find")
    assert "call with John Smith re settlement" in text_of(found)
    [url] = [
        u
        for verb, u, _ in clio_traffic.requests
        if u.path.endswith("/communications.json") and verb == "GET"
    ]
    [john] = [c async for c in runtime.clio.contacts.list({"query": "John Smith"})]
    assert url.params["contact_id"] == str(john.id)
    assert url.params["type"] == "PhoneCommunication"


async def test_get_update_undo_and_delete(bot, slack, runtime):
    await confirm(bot, slack, "log email to John Smith re documents: sent the draft")
    email = await logged(runtime, "email to John Smith re documents")
    shown = await command(bot, slack, f"show communication {email.id}", name="show")
    assert "Email" in text_of(shown)
    assert "sent the draft" in text_of(shown)
    card, done = await confirm(
        bot, slack, f"update communication {email.id} subject to documents sent"
    )
    assert "subject email to John Smith re documents → documents sent" in text_of(card)
    assert (await runtime.clio.communications.get(email.id)).subject == "documents sent"
    await click(bot, slack, "undo", buttons(done)["undo"], name="undo")
    assert (
        await runtime.clio.communications.get(email.id)
    ).subject == "email to John Smith re documents"
    _, deleted = await confirm(bot, slack, f"delete communication {email.id}")
    assert "Deleted" in text_of(deleted)
    try:
        await runtime.clio.communications.get(email.id)
        raise AssertionError("the communication should be gone")
    except ClioNotFound:
        pass


async def test_a_call_yesterday_at_3pm_is_received_then_in_the_persons_zone(bot, slack, runtime):
    card, _ = await confirm(bot, slack, "log call with John Smith yesterday at 3pm")
    assert "call with John Smith · Tue 17 Nov 2026 3 PM · from Alice" in text_of(card)
    call = await logged(runtime, "call with John Smith")
    assert call.received_at == dt.datetime(2026, 11, 17, 15, 0, tzinfo=NEW_YORK)
    assert call.body == "call with John Smith"  # no body said; Clio requires one
    card, _ = await confirm(bot, slack, "log email to John Smith yesterday at 3pm", user_id=MARCUS)
    assert "Tue 17 Nov 2026 3 PM" in text_of(card)
    email = await logged(runtime, "email to John Smith")
    assert email.received_at == dt.datetime(2026, 11, 17, 15, 0, tzinfo=ZoneInfo("America/Chicago"))


async def test_edit_the_time_in_the_form(bot, slack, runtime):
    card = await command(bot, slack, "log call with John Smith yesterday at 3pm")
    later = dt.datetime(2026, 11, 17, 16, 45, tzinfo=NEW_YORK)
    fields, edited = await edit(bot, slack, card, received_at=int(later.timestamp()))
    assert fields["received_at"]["type"] == "datetimepicker"
    assert fields["received_at"]["initial_date_time"] == int(
        dt.datetime(2026, 11, 17, 15, 0, tzinfo=NEW_YORK).timestamp()
    )
    assert "Tue 17 Nov 2026 4:45 PM" in text_of(edited)
    await click(bot, slack, "confirm", buttons(edited)["confirm"])
    assert (await logged(runtime, "call with John Smith")).received_at == later


async def test_change_the_time_then_undo(bot, slack, runtime):
    await confirm(bot, slack, "log call with John Smith re offer yesterday at 3pm")
    call = await logged(runtime, "call with John Smith re offer")
    card, done = await confirm(bot, slack, f"change communication {call.id} to Nov 16 4pm")
    assert "when → Mon 16 Nov 2026 4 PM" in text_of(card)
    moved = await runtime.clio.communications.get(call.id)
    assert moved.received_at == dt.datetime(2026, 11, 16, 16, 0, tzinfo=NEW_YORK)
    assert moved.date == dt.date(2026, 11, 16)
    await click(bot, slack, "undo", buttons(done)["undo"], name="undo")
    restored = await runtime.clio.communications.get(call.id)
    assert restored.received_at == dt.datetime(2026, 11, 17, 15, 0, tzinfo=NEW_YORK)
    card, _ = await confirm(bot, slack, f"update communication {call.id} received at 9:30am")
    assert "when → Tue 17 Nov 2026 9:30 AM" in text_of(card)  # a time alone keeps its day
    kept = await runtime.clio.communications.get(call.id)
    assert kept.received_at == dt.datetime(2026, 11, 17, 9, 30, tzinfo=NEW_YORK)


async def test_reads_show_the_time_and_sort_by_it(bot, slack, runtime, clio_traffic):
    await confirm(bot, slack, "log call with John Smith re offer yesterday at 3pm")
    call = await logged(runtime, "call with John Smith re offer")
    shown = await command(bot, slack, f"show communication {call.id}", name="show")
    assert "Tue 17 Nov 2026 3 PM" in text_of(shown)
    found = await command(bot, slack, "communications newest first", name="find")
    assert "sorted by received at, descending" in text_of(found)
    assert [line.split(" · ")[1:3] for line in items(found)] == [
        ["Notice of deposition", "Tue 17 Nov 2026 4:05 PM"],  # seeded
        ["call with John Smith re offer", "Tue 17 Nov 2026 3 PM"],
        ["Trustee questions", "Mon 16 Nov 2026 2:20 PM"],
        ["Witness availability", "Sun 15 Nov 2026 8:47 AM"],
    ]
    orders = [u.params.get("order") for _, u, _ in clio_traffic.requests if "order" in u.params]
    assert "received_at(desc)" in orders
    yesterday = await command(bot, slack, "calls yesterday", name="day")
    assert "on Tue 17 Nov 2026" in text_of(yesterday)
