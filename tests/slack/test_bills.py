"""Bills from chat (read only): by client, matter, state, overdue, due dates, and by number."""

from __future__ import annotations

import pytest

from tests.slack.helpers import command, items, text_of


def queried(traffic, path: str) -> list:
    return [u for method, u, _ in traffic.requests if method == "GET" and u.path.endswith(path)]


async def test_overdue_bills_are_flagged(bot, slack, clio_traffic):
    card = await command(bot, slack, "overdue bills")
    shown = items(card)
    assert len(shown) == 2
    assert any("#1002" in line and "overdue" in line and "Acme Corp" in line for line in shown)
    assert any("#1007" in line and "balance $1,600.00" in line for line in shown)
    [url] = queried(clio_traffic, "/bills.json")
    assert url.params["status"] == "overdue"


async def test_unpaid_bills_for_a_client(bot, slack, clio_traffic, runtime):
    card = await command(bot, slack, "unpaid bills for Acme")
    assert "Bills (Acme Corp, awaiting payment)" in text_of(card)
    [line] = items(card)
    assert "#1002" in line
    assert "total $5,200.00" in line
    assert "due Sun 8 Nov 2026" in line
    [acme] = [c async for c in runtime.clio.contacts.list({"query": "Acme Corp"})]
    [url] = queried(clio_traffic, "/bills.json")
    assert url.params["client_id"] == str(acme.id)
    assert url.params["state"] == "awaiting_payment"


async def test_paid_bills_on_a_matter(bot, slack, clio_traffic, runtime):
    card = await command(bot, slack, "paid bills on 00042-Smith")
    [line] = items(card)
    assert "#1001" in line
    assert "paid" in line
    assert "overdue" not in line
    [smith] = [x async for x in runtime.clio.matters.list({"query": "00042-Smith"})]
    [url] = queried(clio_traffic, "/bills.json")
    assert url.params["matter_id"] == str(smith.id)
    assert url.params["state"] == "paid"


@pytest.mark.parametrize(
    ("text", "number"),
    [("draft bills", "#1004"), ("bills awaiting approval", "#1005"), ("void bills", "#1006")],
)
async def test_bills_by_state(bot, slack, clio_traffic, text, number):
    card = await command(bot, slack, text)
    [line] = items(card)
    assert number in line


async def test_bills_due_this_week_says_what_was_searched(bot, slack, clio_traffic):
    card = await command(bot, slack, "bills due next month")
    shown = text_of(card)
    assert "#1003" in shown
    assert "#1005" in shown
    [url] = queried(clio_traffic, "/bills.json")
    assert url.params["due_after"] == "2026-12-01"
    assert url.params["due_before"] == "2026-12-31"


async def test_bill_by_its_number(bot, slack, clio_traffic):
    card = await command(bot, slack, "bill 1002")
    shown = text_of(card)
    assert "awaiting payment" in shown
    assert "overdue" in shown
    assert "total $5,200.00" in shown
    assert "balance $5,200.00" in shown
    assert "Acme Corp" in shown
    assert "Open in Clio" in shown
    [url] = queried(clio_traffic, "/bills.json")
    assert url.params["bill_number"] == "1002"
    assert "query" not in url.params  # exact, 4.0.13


async def test_unknown_bill_number_asks_again(bot, slack):
    card = await command(bot, slack, "bill 9999")
    assert "Clio has no bill 9999 that you can see" in text_of(card)
