"""How a new contact's name is told apart from the words around it (`intents.contacts`): a name
introduced, the name its e-mail address spells, whose relation someone is, a company said after
"is", the name said before the request, a job "for" someone."""

from __future__ import annotations

import datetime as dt

import pytest

from intents import parse

NOW = dt.datetime(2026, 12, 7, 15, 0, tzinfo=dt.UTC)


def read(text: str):
    intent = parse(text, now=NOW, tz="America/New_York")
    assert (intent.resource, intent.action) == ("contacts", "create")
    return intent.fields


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            "A new witness rang the front desk - her name is Angela Ruiz, phone 917-555-0143. "
            "Could you add her as a contact?",
            "Angela", "Ruiz",
        ),
        ("add contact: his name's Tom Baker, tbaker@example.com", "Tom", "Baker"),
        (
            "new contact - sig block: Daniel Okafor | Senior Associate | Kessler & Vance LLP",
            "Daniel", "Okafor",
        ),
        # the one the address spells, not the one whose sister she is
        (
            "Maria Garcia's sister, Lucia Garcia, is her emergency contact - 718-555-0128, "
            "lucia.garcia@example.com. add her as a contact",
            "Lucia", "Garcia",
        ),
        # counter-example: a name of its own, no words introduce it
        ("new contact Dana Cole, dana@x.com", "Dana", "Cole"),
    ],
)  # fmt: skip
def test_the_name_introduced_or_spelt_by_the_address(text, first, last):
    fields = read(text)
    assert (fields["first_name"], fields["last_name"]) == (first, last)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "globex's landlord is Harbor Point Realty LLC, we'll be dealing with them a lot so add "
            "them as a company, main line 718 555 0144",
            "Harbor Point Realty LLC",
        ),
        (
            "maria's new physical therapy clinic is Brooklyn Motion PT, add them as a company "
            "contact, phone 347 555 0162",
            "Brooklyn Motion PT",
        ),
        # counter-example: no one's, the name as said
        ("add company Widget Works, 212-555-0177", "Widget Works"),
    ],
)
def test_a_company_said_after_whose_it_is(text, name):
    assert read(text)["name"] == name


def test_the_name_said_before_the_request_is_not_narrative():
    fields = read(
        "add dr priyanka iyer as a contact pls - shes the treating neurologist for maria garica, "
        "piyer@nyneuro.example.com"
    )
    assert (fields["first_name"], fields["last_name"]) == ("Priyanka", "Iyer")
    assert fields["title"] == "treating neurologist"
    # counter-example: "this vendor" names no one; the details after the dash do
    vendor = read(
        "we use them for every service so pls save this vendor as a company contact - "
        "Lexington Process Servers, 646-555-0117"
    )
    assert vendor["name"] == "Lexington Process Servers"
