"""Communications from chat: log calls and emails, find, show, change, delete."""

from __future__ import annotations

import datetime as dt

from bot.clio import ClioNotFound
from bot.clio import models as m
from tests.slack.helpers import buttons, click, command, text_of


async def confirm(bot, slack, text: str) -> tuple:
    card = await command(bot, slack, text)
    done = await click(bot, slack, "confirm", buttons(card)["confirm"])
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
    assert "from Alice" in shown and "to John Smith · 00042-Smith: Smith v Jones" in shown
    assert "Created" in text_of(done)
    call = await logged(runtime, "call with John Smith re settlement")
    assert call.type == "PhoneCommunication" and call.body == "discussed offer"
    assert call.date == dt.date(2026, 11, 18) and call.matter.display_number == "00042-Smith"
    assert parties(call.senders)[0][0] == "User" and parties(call.senders)[0][1].startswith("Alice")
    assert parties(call.receivers) == [("Person", "John Smith")]


async def test_a_call_from_a_contact_is_sent_by_them(bot, slack, runtime):
    await confirm(bot, slack, "log phone call from Maria Garcia yesterday: asked about the claim")
    call = await logged(runtime, "phone call from Maria Garcia")
    assert call.date == dt.date(2026, 11, 17)
    assert parties(call.senders) == [("Person", "Maria Garcia")]
    assert parties(call.receivers)[0][1].startswith("Alice")


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
    assert "Email" in text_of(shown) and "sent the draft" in text_of(shown)
    card, done = await confirm(
        bot, slack, f"update communication {email.id} subject to documents sent"
    )
    assert "subject → documents sent" in text_of(card)
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
