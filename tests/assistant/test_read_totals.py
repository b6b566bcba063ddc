"""A list's total: what the records found add up to (not a page's sum), and expenses of every
kind counted as expenses."""

from __future__ import annotations

from bot.assistant import reads
from bot.clio import models as m


def test_damages_add_up():
    found = [m.Damage(id=i, amount=a) for i, a in enumerate((18_500.0, 4_200.0, 50_000.0))]
    assert reads._sum("damages", found, whole=True) == "Total damages: $72,700.00"


def test_a_page_of_bills_says_it_is_the_page():
    found = [m.Bill(id=1, balance=5_200.0), m.Bill(id=2, balance=None)]
    assert reads._sum("bills", found, whole=False) == "Balance due shown: $5,200.00"


def test_collections_without_money_have_no_total():
    assert reads._sum("tasks", [m.Task(id=1)], whole=True) is None


def test_hard_costs_are_expenses_and_no_hours_are_said_without_time():
    found = [
        m.Activity(id=1, type="ExpenseEntry", total=350.0),
        m.Activity(id=2, type="HardCostEntry", total=420.0),
    ]
    assert reads._total("activities", found, label="Total") == "Total: expenses $770.00"


def test_time_and_expenses_together():
    found = [
        m.Activity(id=1, type="TimeEntry", quantity=5400.0),
        m.Activity(id=2, type="ExpenseEntry", total=45.0),
    ]
    assert reads._total("activities", found) == "Time shown: 1.5 h · expenses $45.00"
