"""Rule "a contact dictated" (`intents.contacts`): a new contact said without commas, its name
ends where who they are begins."""

from __future__ import annotations

import datetime as dt

import pytest

from intents import parse

NOW = dt.datetime(2026, 12, 7, 16, 30, tzinfo=dt.UTC)


def read(text: str):
    return parse(text, now=NOW, tz="America/New_York")


@pytest.mark.parametrize(
    ("text", "first", "last", "title", "company"),
    [
        (
            "new contact person patrick nolan general counsel at globex industries email p nolan "
            "at globex dot com",
            "Patrick", "Nolan", "general counsel", "Globex Industries",
        ),
        (
            "new contact jenna walsh scheduling coordinator at metro court reporting phone nine one "
            "seven five five five zero one eight eight",
            "Jenna", "Walsh", "scheduling coordinator", "metro court reporting",
        ),
        (
            "create a contact for doctor samuel okafor he's a neurologist at saint marys hospital",
            "Samuel", "Okafor", "neurologist", None,
        ),
        (
            "add a contact daniel fitzgerald he's opposing counsel on widget works email d "
            "fitzgerald at harlowlaw dot com",
            "Daniel", "Fitzgerald", None, None,
        ),
    ],
)  # fmt: skip
def test_a_person_dictated(text, first, last, title, company):
    intent = read(text)
    assert (intent.resource, intent.action) == ("contacts", "create")
    assert intent.fields["type"] == "Person"
    assert (intent.fields["first_name"], intent.fields["last_name"]) == (first, last)
    if title:
        assert intent.fields["title"].lower() == title
    if company:
        assert intent.refs["company"].lower() == company.lower()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("add a company contact brightline logistics main number 212 555 0444", "Brightline Logistics"),
        (
            "add a company called harbor view properties llc they're the landlord in the globex "
            "case phone 718 555 0920",
            "Harbor View Properties LLC",
        ),
        ("add Main Street Bakery as a company contact", "Main Street Bakery"),
    ],
)  # fmt: skip
def test_a_company_dictated(text, name):
    intent = read(text)
    assert intent.fields["type"] == "Company"
    assert intent.fields["name"] == name
