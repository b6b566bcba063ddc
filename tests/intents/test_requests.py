"""Rule "the request after the story" (`intents.requests`) and the clause readings it relies on:
"whose list", "contact named after", a responsible attorney said as "i'll be" or "with X as", a
task's description said as "in the description put ..."."""

from __future__ import annotations

import datetime as dt

import pytest

from intents import parse, requests
from tests.intents.test_records import VOCABULARY

NOW = dt.datetime(2026, 12, 6, 22, 0, tzinfo=dt.UTC)  # Sunday 6 December 2026, 17:00 New York


def read(text: str, vocabulary=VOCABULARY):
    return parse(text, now=NOW, tz="America/New_York", vocabulary=vocabulary)


@pytest.mark.parametrize(
    ("text", "clause", "back"),
    [
        (
            "garcia hearing is friday and we never got the MRI bills. can u make a task for "
            "marcus to chase them, due wed",
            "make a task for marcus to chase them, due wed",
            False,
        ),
        (
            "so brightline still hasn't produced the file. please put a task on my list to "
            "draft a letter",
            "put a task on my list to draft a letter",
            False,
        ),
        (
            "marcus said he has capacity, so task for marcus to draft the globex response",
            "task for marcus to draft the globex response",
            False,
        ),
        (
            "on thursday i paid the $95 copy fee for smith v jones. can u add it as an expense "
            "on that matter, receipt is in my drawer",
            "add it as an expense on that matter, receipt is in my drawer",
            True,
        ),
        ("he called about the depo. log the call on smith v jones", "log the call on smith v jones", True),
        ("Alice, could you add the Chen mediation to the calendar", "add the Chen mediation to the calendar", False),
        ("update on johnson: the depo moved to the 16th at 11. pls add it", "add it", True),
    ],
)  # fmt: skip
def test_the_request_clause_is_found_after_the_story(text, clause, back):
    asked = requests.split(text)
    assert asked is not None
    assert (asked.clause, asked.back) == (clause, back)


@pytest.mark.parametrize(
    "text",
    [
        "log 2h on smith v jones drafting. pls add a note that he called",  # command first
        "task for priya: index the exhibits. can u also add a reminder",  # command first
        "marcus wants a task for priya: schedule the jones interview",  # no clause: a lead
        "called maria about the lease, add her husband to the cc list",  # no word that asks
        "he asked us to add his wife as a party",  # the verb is the story's
        "pls note on the globex lease file that the landlord switched counsel",  # asks first
        "marcus, can u add the exhibits to the trial binder by friday",  # work handed to him
        "smith v jones, can you log 2h drafting",  # a matter before the request: rule "led"
    ],
)
def test_no_request_after_a_story(text):
    assert requests.split(text) is None


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Globex needs a zoning variance, pls open a new real estate matter for them",
            "open a new real estate matter for them",
        ),
        (
            "Ravi Patel called, he wants to amend his trust. Hannah asked me to open an estate "
            "planning matter for him, Hannah responsible",
            "Hannah asked me to open an estate planning matter for him, Hannah responsible",
        ),
    ],
)
def test_a_matter_for_them_takes_its_client_from_the_story(text, clause):
    """Rule "the client the story named": the clause is found, marked `for_them`; the parser
    keeps the message read whole when it makes the same matter, else the story names the
    client."""
    asked = requests.split(text)
    assert asked is not None
    assert (asked.clause, asked.for_them) == (clause, True)


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "David O'Brien is back, he is selling his condo. Alice asked me to open a real estate "
            "matter, condo sale",
            "Alice asked me to open a real estate matter, condo sale",
        ),
        (
            "Ravi Patel's new accountant is Pinnacle Tax Advisors. Can you add them as a company "
            "contact? office@pinnacletax.example.com",
            "add them as a company contact? office@pinnacletax.example.com",
        ),
    ],
)
def test_a_relayed_request_or_details_after_the_question(text, clause):
    """Rule "asked to by a colleague": "Alice asked me to open ..." after a sentence is the
    request; "add them as a company contact? <details>": the details follow, not the story."""
    asked = requests.split(text)
    assert asked is not None
    assert (asked.clause, asked.back) == (clause, False)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "i paid the $95 fee. can u add it as an expense on that matter, receipt is in my drawer",
            "add expense: i paid the $95 fee",
        ),
        ("he called about the depo. log the call on smith v jones", "log call: he called about the depo"),
        ("i emailed acme the hold notice, pls log that (subject: hold)", "log: i emailed acme the hold notice (subject: hold)"),
        ("she can do thursday 4pm. can u put it on my calendar under her case", "calendar: she can do thursday 4pm"),
        ("his daughter will handle it. Could you add that as a note?", "add note: his daughter will handle it"),
    ],
)  # fmt: skip
def test_a_clause_pointing_back_takes_the_story_as_its_content(text, said):
    asked = requests.split(text)
    assert asked is not None and asked.said() == said


def test_them_stands_for_the_last_things_the_story_named():
    story = "we never got the updated MRI bills from st mary's, the ones the records guy promised"
    assert requests.things(story) == "the updated MRI bills"
    assert requests.things("the hearing is friday") is None


@pytest.mark.parametrize(
    ("text", "resource", "fields", "refs"),
    [
        (
            "garcia hearing is friday and we never got the updated MRI bills from st mary's. "
            "can u make a task for marcus to chase them, due wed, high priority",
            "tasks",
            {"name": "chase the updated MRI bills", "due_at": "2026-12-09", "priority": "High"},
            {"assignee": "2", "matter": "40"},
        ),
        (
            "the robert jones depo is tuesday and i want the exhibit binder done. task for "
            "marcus, due tmrw, smith v jones, and in the description put tabs 1-14",
            "tasks",
            {
                "name": "the robert jones depo is tuesday and i want the exhibit binder done",
                "due_at": "2026-12-07",
                "description": "tabs 1-14",
            },
            {"assignee": "2", "matter": "42"},
        ),
        (
            "john smith called about the depo, wants to bring the receipts. log the call on "
            "smith v jones",
            "communications",
            {"type": "PhoneCommunication"},
            {"matter": "42"},
        ),
        (
            "i paid $38 yesterday for the courier on the garcia subpoena. can u add it as an "
            "expense on that matter",
            "activities",
            {"type": "ExpenseEntry", "price": 38.0, "date": "2026-12-05"},
            {"matter": "40"},
        ),
    ],
)
def test_the_clause_decides_and_the_story_fills_in(text, resource, fields, refs):
    intent = read(text)
    assert (intent.resource, intent.action) == (resource, "create")
    assert {key: intent.fields.get(key) for key in fields} == fields
    assert {key: intent.refs.get(key) for key in refs} == refs


@pytest.mark.parametrize(
    ("text", "assignee", "name"),
    [
        ("put a task on my own list to renew my notary commission", "me", "renew my notary commission"),
        ("add a task to marcus's plate: index the production", "2", "index the production"),
    ],
)  # fmt: skip
def test_whose_list_is_the_assignee(text, assignee, name):
    intent = read(text)
    assert intent.refs.get("assignee") == assignee
    assert intent.fields.get("name") == name


def test_the_witness_list_is_no_ones_list():
    intent = read("task: update the witness list for smith v jones")
    assert "assignee" not in intent.refs
    assert intent.fields["name"] == "update the witness list"


@pytest.mark.parametrize(
    ("text", "fields", "refs"),
    [
        (
            "can you add her as a contact at acme corp: Denise Ruiz, AP manager, d@acme.example.com",
            {"first_name": "Denise", "last_name": "Ruiz", "title": "AP manager"},
            {"company": "acme corp"},
        ),
        (
            "we keep using the same courier. can you add them as a company contact: Swift "
            "Couriers, dispatch@swift.example.com",
            {"type": "Company", "name": "Swift Couriers"},
            {},
        ),
        (
            "add him as a new contact - Tom Lee, accounts payable lead",
            {"first_name": "Tom", "last_name": "Lee", "title": "accounts payable lead"},
            {},
        ),
    ],
)  # fmt: skip
def test_a_contact_named_after_its_request(text, fields, refs):
    intent = read(text, None)
    assert (intent.resource, intent.action) == ("contacts", "create")
    assert {key: intent.fields.get(key) for key in fields} == fields
    assert {key: intent.refs.get(key) for key in refs} == refs


@pytest.mark.parametrize(
    ("text", "responsible"),
    [
        ("open a new corporate matter for globex, i'll be the responsible attorney, description x", "me"),
        ("open a new matter for John Smith, with Hannah as responsible attorney, description x", "Hannah"),
        ("new matter for John Smith - x. I'll take it", "me"),
        ("new matter for John Smith - x, i will handle this one", "me"),
    ],
)  # fmt: skip
def test_the_responsible_attorney_said_of_oneself_or_with(text, responsible):
    intent = read(text)
    assert intent.refs["responsible_attorney"] == responsible
    assert intent.fields["description"] == "x"
