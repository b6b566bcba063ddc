"""Contacts from chat: add people and companies, find, show, change, delete; notes on contacts."""

from __future__ import annotations

from bot.clio import ClioNotFound
from bot.clio import models as m
from tests.slack.helpers import buttons, click, command, items, text_of


def queried(traffic, path: str) -> list:
    return [u for method, u, _ in traffic.requests if method == "GET" and u.path.endswith(path)]


async def confirm(bot, slack, text: str) -> tuple:
    card = await command(bot, slack, text)
    done = await click(bot, slack, "confirm", buttons(card)["confirm"])
    return card, done


async def contact_named(runtime, name: str) -> m.Contact:
    found = [c async for c in runtime.clio.contacts.list({"query": name}) if c.name == name]
    assert len(found) == 1, found
    return found[0]


async def test_create_person(bot, slack, runtime, clio_traffic):
    card, done = await confirm(
        bot,
        slack,
        "add contact Jane Roe jane@roe.example mobile 212-555-0100 at Acme Corp, title CFO",
    )
    shown = text_of(card)
    assert "Contact · Jane Roe · person · CFO · at Acme Corp" in shown
    assert "work email jane@roe.example · mobile phone 212-555-0100" in shown
    assert "Created" in text_of(done)
    jane = await contact_named(runtime, "Jane Roe")
    assert (jane.first_name, jane.last_name, jane.title) == ("Jane", "Roe", "CFO")
    assert jane.company.name == "Acme Corp"
    assert [(e.name, e.address, e.primary) for e in jane.email_addresses] == [
        ("Work", "jane@roe.example", True)
    ]
    assert [(p.name, p.number) for p in jane.phone_numbers] == [("Mobile", "212-555-0100")]


async def test_create_company_with_web_site_and_address(bot, slack, runtime):
    card, _ = await confirm(
        bot,
        slack,
        "new company Bluebird Holdings LLC website bluebird.example work phone 212-555-0199, "
        "address: 1 Main St, Springfield, IL 62701",
    )
    assert "Contact · Bluebird Holdings LLC · company" in text_of(card)
    company = await contact_named(runtime, "Bluebird Holdings LLC")
    assert company.type == "Company"
    [site] = company.web_sites or []
    assert site.address == "bluebird.example"
    [address] = company.addresses or []
    assert (address.street, address.city, address.province, address.postal_code) == (
        "1 Main St",
        "Springfield",
        "IL",
        "62701",
    )


async def test_create_without_a_name_asks_for_it(bot, slack, runtime):
    question = await command(bot, slack, "add contact jane@roe.example")
    assert "What is the contact's name?" in text_of(question)


async def test_search_by_type_client_and_initial(bot, slack, clio_traffic):
    companies = await command(bot, slack, "find companies", name="companies")
    assert "Acme Corp" in text_of(companies)
    assert "John Smith" not in text_of(companies)
    clients = await command(bot, slack, "find client contacts starting with S", name="clients")
    assert [line for line in items(clients) if "John Smith" in line]
    assert "Karen Smith" not in text_of(clients)  # not a client
    first, second = queried(clio_traffic, "/contacts.json")[-2:]
    assert first.params["type"] == "Company"
    assert second.params["client_only"] == "true"
    assert second.params["initial"] == "S"


async def test_search_by_words(bot, slack):
    found = await command(bot, slack, "find contacts named Smith")
    assert "John Smith" in text_of(found)
    assert "Karen Smith" in text_of(found)


async def test_get_contact(bot, slack):
    card = await command(bot, slack, "show contact Emily Chen")
    shown = text_of(card)
    assert "Emily Chen" in shown
    assert "emily.chen@example.com" in shown
    assert "Open in Clio" in shown


async def test_update_email_in_place_then_undo(bot, slack, runtime):
    emily = await contact_named(runtime, "Emily Chen")
    [before] = emily.email_addresses or []
    card, done = await confirm(bot, slack, f"update contact {emily.id} email emily@chen.example")
    assert "Emily Chen · work email emily@chen.example" in text_of(card)
    [after] = (await runtime.clio.contacts.get(emily.id)).email_addresses
    assert (after.id, after.address) == (before.id, "emily@chen.example")
    undone = await click(bot, slack, "undo", buttons(done)["undo"], name="undo")
    assert "previous values are back" in text_of(undone)
    [restored] = (await runtime.clio.contacts.get(emily.id)).email_addresses
    assert (restored.id, restored.address) == (before.id, "emily.chen@example.com")


async def test_update_adds_a_new_kind_of_phone(bot, slack, runtime):
    _, done = await confirm(bot, slack, "change Emily Chen's mobile to 917-555-0123")
    assert "Updated" in text_of(done)
    phones = (await contact_named(runtime, "Emily Chen")).phone_numbers
    assert {p.name for p in phones} == {"Work", "Mobile"}


async def test_update_title_and_company(bot, slack, runtime):
    emily = await contact_named(runtime, "Emily Chen")
    card, _ = await confirm(bot, slack, f"update contact {emily.id} title Partner")
    assert "title none → Partner" in text_of(card)  # before → after
    _, _ = await confirm(bot, slack, f"update contact {emily.id} company Globex Industries")
    after = await runtime.clio.contacts.get(emily.id)
    assert after.title == "Partner"
    assert after.company.name == "Globex Industries"


async def test_delete_contact(bot, slack, runtime):
    robert = await contact_named(runtime, "Robert Jones")
    card, done = await confirm(bot, slack, f"delete contact {robert.id}")
    assert "Delete" in text_of(card)
    assert "Deleted" in text_of(done)
    try:
        await runtime.clio.contacts.get(robert.id)
        raise AssertionError("the contact should be gone")
    except ClioNotFound:
        pass


async def test_deleting_a_client_shows_clios_reason(bot, slack, runtime):
    john = await contact_named(runtime, "John Smith")
    _, refused = await confirm(bot, slack, f"delete contact {john.id}")
    assert "Clio did not accept it: Contact is the client of a matter" in text_of(refused)
    assert (await runtime.clio.contacts.get(john.id)).name == "John Smith"


async def test_notes_on_a_contact(bot, slack, runtime):
    card, _ = await confirm(bot, slack, "note on contact Emily Chen: prefers email")
    assert "Contact note · prefers email · Emily Chen" in text_of(card)
    emily = await contact_named(runtime, "Emily Chen")
    [note] = [
        n
        async for n in runtime.clio.notes.list({"type": "Contact", "contact_id": emily.id})
        if n.detail == "prefers email"
    ]
    shown = await command(bot, slack, f"show note {note.id}", name="show")
    assert "prefers email" in text_of(shown)
    assert "Emily Chen" in text_of(shown)
    await confirm(bot, slack, f"update note {note.id} to prefers phone calls")
    assert (await runtime.clio.notes.get(note.id)).detail == "prefers phone calls"
    await confirm(bot, slack, f"delete note {note.id}")
    try:
        await runtime.clio.notes.get(note.id)
        raise AssertionError("the note should be gone")
    except ClioNotFound:
        pass


# -- 4.0.13: at most 20 email addresses, phone numbers and addresses on a contact ----------------
async def fill_phones(runtime, contact: m.Contact, total: int) -> None:
    """Give `contact` `total` phone numbers (through Clio, as someone else would)."""
    extra = total - len(contact.phone_numbers or [])
    phones = [m.PhoneNumberInput(name="Other", number=f"212-555-{n:04d}") for n in range(extra)]
    await runtime.clio.contacts.update(contact.id, m.ContactUpdate(phone_numbers=phones))


def writes(traffic) -> list:
    return [u for method, u, _ in traffic.requests if method in ("POST", "PATCH")]


async def test_a_phone_past_the_limit_is_refused_before_the_card(bot, slack, runtime, clio_traffic):
    emily = await contact_named(runtime, "Emily Chen")
    await fill_phones(runtime, emily, 20)
    before = len(writes(clio_traffic))
    refused = await command(bot, slack, "change Emily Chen's mobile to 917-555-0123")
    assert (
        "Clio allows at most 20 phone numbers on a contact; Emily Chen already has 20. "
        "Remove one in Clio first."
    ) in text_of(refused)
    assert "confirm" not in buttons(refused)
    assert len(writes(clio_traffic)) == before  # nothing was sent to Clio
    # a phone of a kind she has is changed in place, so it stays within the limit
    card, done = await confirm(bot, slack, "update contact Emily Chen work phone 212-555-0111")
    assert "work phone 212-555-0111" in text_of(card)
    assert "Updated" in text_of(done)
    assert len((await runtime.clio.contacts.get(emily.id)).phone_numbers) == 20


async def test_a_new_contact_with_too_many_emails_is_refused(bot, slack, clio_traffic):
    emails = " ".join(f"j{n}@roe.example" for n in range(21))
    refused = await command(bot, slack, f"add contact Jane Roe {emails}")
    assert (
        "Clio allows at most 20 email addresses on a contact; this one would have 21."
        in text_of(refused)
    )
    assert writes(clio_traffic) == []


async def test_clios_limit_refusal_at_confirm_is_said_plainly(bot, slack, runtime):
    """Clio's exact numbers are unconfirmed: when Clio refuses at confirm, it is still plain."""
    card = await command(bot, slack, "change Emily Chen's mobile to 917-555-0123")
    refusal = {"type": "RecordInvalid", "message": "Phone numbers is too long (maximum is 10)"}
    runtime.sandbox.faults.add("PATCH", "/contacts/", 422, body={"error": refusal})
    refused = await click(bot, slack, "confirm", buttons(card)["confirm"])
    assert (
        "Clio allows at most 10 phone numbers on a contact, so nothing was written. "
        "Remove one in Clio first, then try again."
    ) in text_of(refused)
    phones = (await contact_named(runtime, "Emily Chen")).phone_numbers
    assert [p.name for p in phones] == ["Work"]
