"""Clio Payments: payment links for a bill or a contact, confirmed then shared; lists."""

from __future__ import annotations

from tests.slack.helpers import buttons, click, command, items, text_of


def posted(traffic, path: str) -> list:
    return [
        body for method, u, body in traffic.requests if method == "POST" and u.path.endswith(path)
    ]


async def bill_numbered(runtime, number: str):
    [bill] = [b async for b in runtime.clio.bills.list({"query": int(number)})]
    return bill


async def test_payment_link_for_a_bill_with_expiry(bot, slack, runtime, clio_traffic):
    card = await command(bot, slack, "payment link for bill 1002 $250 expires in 7 days")
    shown = text_of(card)
    assert "Payment link · $250.00 · for bill #1002 (Acme Corp)" in shown
    assert "expires in 7 days (Wed 25 Nov 2026)" in shown
    assert "into Operating Account" in shown
    assert not posted(clio_traffic, "/clio_payments/links.json")  # nothing before Confirm
    done = await click(bot, slack, "confirm", buttons(card)["confirm"])
    [body] = posted(clio_traffic, "/clio_payments/links.json")
    bill = await bill_numbered(runtime, "1002")
    data = body["data"]
    assert data["subject"] == {"id": bill.id, "type": "Bill"}
    assert data["amount"] == 250.0
    assert data["duration"] == 7 * 86_400
    assert data["currency"] == "USD"
    assert data["description"] == "Payment for invoice 1002"
    links = [x async for x in runtime.clio.payment_links.list({"active": True})]
    [link] = [x for x in links if x.amount == 250.0]
    assert link.bill.id == bill.id
    assert link.url
    assert f"Link to share:* {link.url}" in text_of(done)
    assert "undo" not in buttons(done)


async def test_payment_link_for_a_contact(bot, slack, runtime, clio_traffic):
    card = await command(bot, slack, "send John Smith a payment link for $500")
    assert "$500.00 · for John Smith" in text_of(card)
    assert "expires in 30 days" in text_of(card)
    done = await click(bot, slack, "confirm", buttons(card)["confirm"])
    [body] = posted(clio_traffic, "/clio_payments/links.json")
    [smith] = [c async for c in runtime.clio.contacts.list({"query": "John Smith"})]
    assert body["data"]["subject"] == {"id": smith.id, "type": "Contact"}
    accounts = [a async for a in runtime.clio.bank_accounts.list()]
    [operating] = [a for a in accounts if a.clio_payments_enabled]
    assert body["data"]["destination_account"] == {"id": operating.id}
    assert "/clio_payments/pay/" in text_of(done)


async def test_payment_link_longer_than_90_days_asks_again(bot, slack, clio_traffic):
    card = await command(bot, slack, "payment link for bill 1003 expires in 100 days")
    assert "at most 90 days" in text_of(card)
    assert not posted(clio_traffic, "/clio_payments/links.json")


async def test_payment_link_needs_an_amount_for_a_contact(bot, slack):
    card = await command(bot, slack, "send John Smith a payment link")
    assert "How much should the link ask for?" in text_of(card)


async def test_active_payment_links(bot, slack, clio_traffic):
    card = await command(bot, slack, "active payment links")
    shown = items(card)
    assert any("$5,200.00" in line and "bill #1002" in line for line in shown)
    assert not any("$2,450.00" in line for line in shown)  # paid: no longer active
    [url] = [u for m, u, _ in clio_traffic.requests if u.path.endswith("/clio_payments/links.json")]
    assert url.params["active"] == "true"


async def test_expire_a_payment_link(bot, slack, runtime):
    links = [x async for x in runtime.clio.payment_links.list({"active": True})]
    [link] = [x for x in links if x.amount == 5200.0]
    card = await command(bot, slack, f"expire payment link {link.id}")
    assert "expire now" in text_of(card)
    done = await click(bot, slack, "confirm", buttons(card)["confirm"])
    assert "Updated" in text_of(done)
    assert "undo" not in buttons(done)
    assert (await runtime.clio.payment_links.get(link.id)).active is False


async def test_payments_by_contact(bot, slack, runtime, clio_traffic):
    card = await command(bot, slack, "payments from John Smith")
    [line] = items(card)
    assert "$2,450.00" in line
    assert "completed" in line
    assert "bill #1001" in line
    [smith] = [c async for c in runtime.clio.contacts.list({"query": "John Smith"})]
    [url] = [
        u for m, u, _ in clio_traffic.requests if u.path.endswith("/clio_payments/payments.json")
    ]
    assert url.params["contact_id"] == str(smith.id)


async def test_payments_on_a_bill(bot, slack, runtime, clio_traffic):
    card = await command(bot, slack, "payments on bill 1007")
    [line] = items(card)
    assert "$500.00" in line
    assert "Sarah Johnson" in line
    bill = await bill_numbered(runtime, "1007")
    [url] = [
        u for m, u, _ in clio_traffic.requests if u.path.endswith("/clio_payments/payments.json")
    ]
    assert url.params["bill_id"] == str(bill.id)
