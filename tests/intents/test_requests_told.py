"""Requests told around their story (ninth blind round, written for Monday 7 December 10:00): the
request after a sentence that tells, "remind me to", "make it a task", "give me a task", work
wanted of a colleague, a header of who typed for whom, "no matter" said in other words, what
measured a length, and the words around values that are no part of them."""

from __future__ import annotations

import datetime as dt

import pytest

from intents import parse
from intents.vocabulary import Vocabulary

NOW = dt.datetime(2026, 12, 7, 15, 0, tzinfo=dt.UTC)  # Monday 10:00 in New York
PATEL = {
    "id": 2,
    "name": "Ravi Patel",
    "type": "Person",
    "first_name": "Ravi",
    "last_name": "Patel",
}
GLOBEX = {"id": 8, "name": "Globex Industries", "type": "Company"}
ACME = {"id": 7, "name": "Acme Corp", "type": "Company"}
KAREN = {
    "id": 11,
    "name": "Karen Smith",
    "type": "Person",
    "first_name": "Karen",
    "last_name": "Smith",
}
VOCABULARY = Vocabulary.build(
    matters=[
        {"id": 39, "display_number": "00039-Patel", "description": "Patel estate planning", "client": PATEL},
        {"id": 41, "display_number": "00041-Globex", "description": "Globex Industries lease dispute", "client": GLOBEX},
        {"id": 38, "display_number": "00038-Acme", "description": "Acme Corp contract review", "client": ACME},
    ],
    contacts=[PATEL, GLOBEX, ACME, KAREN],
    users=[
        {"id": 1, "name": "Alice Nguyen"},
        {"id": 3, "name": "Hannah Whitaker"},
        {"id": 4, "name": "Priya Shah"},
        {"id": 5, "name": "Tom Reyes"},
    ],
    practice_areas=[{"id": 2, "name": "Estate Planning"}, {"id": 1, "name": "Litigation"}],
)  # fmt: skip


def read(text: str, vocabulary: Vocabulary | None = VOCABULARY):
    return parse(text, now=NOW, tz="America/New_York", vocabulary=vocabulary)


def test_remind_me_after_the_story_names_the_task_with_it():
    intent = read(
        "globex still hasn't sent back the signed estoppel certificate, remind me to chase them "
        "wednesday"
    )
    assert (intent.resource, intent.action) == ("tasks", "create")
    assert "estoppel" in intent.fields["name"]
    assert (intent.fields["due_at"], intent.refs["matter"]) == ("2026-12-09", "41")
    # counter-example: a task that names its own object keeps its name
    plain = read("the lease is up soon, remind me to call ravi patel friday")
    assert plain.fields["name"] == "call ravi patel"


def test_make_it_a_task_after_the_story():
    intent = read("tom shoud send globex the updated invoice by thurs, pls make it a task")
    assert (intent.resource, intent.action) == ("tasks", "create")
    assert "invoice" in intent.fields["name"]
    assert (intent.refs["assignee"], intent.fields["due_at"]) == ("5", "2026-12-10")


def test_a_sentence_that_tells_is_no_command():
    intent = read(
        "invoice 1002 on the acme contract review has been overdue since nov 27. task for tom to "
        "send them a statement, due tomorrow"
    )
    assert (intent.resource, intent.action) == ("tasks", "create")
    assert (intent.refs["assignee"], intent.refs["matter"]) == ("5", "38")
    # counter-example: a sentence that commands stays the command
    assert read("invoice 1002 on acme. show it").resource == "bills"


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "give me a task due tomorrow in the globex lease fight - work out the cure period",
            "create",
        ),
        ("give me the tasks due tomorrow", "search"),  # counter-example: "the" tasks are asked
    ],
)
def test_give_me_a_task(text, action):
    intent = read(text)
    assert (intent.resource, intent.action) == ("tasks", action)


def test_work_wanted_of_a_colleague_under_a_typed_for_header():
    intent = read(
        "priya for alice: on the patel estate plan alice wants hannah to send ravi the revised "
        "trustee designation form, due friday the 11th"
    )
    assert (intent.resource, intent.action) == ("tasks", "create")
    assert intent.refs == {"assignee": "3", "matter": "39"}
    assert intent.fields["due_at"] == "2026-12-11"
    matter = read(
        "priya for alice: karen smith wants her own will. alice says open an estate planning "
        "matter for karen, hannah responsible"
    )
    assert (matter.resource, matter.action) == ("matters", "create")
    assert matter.refs["responsible_attorney"] == "3"
    # counter-examples: no one of the firm wanted, or no vocabulary to tell who is
    assert read("ravi wants karen to send the form").refs.get("assignee") is None
    assert read("task for hannah: send the form").refs["assignee"] == "3"


@pytest.mark.parametrize(
    "text",
    [
        "the cle is tuesday dec 15, 9 to 12:30 at the city bar, nothing to do with any matter, "
        "just put it on my calendar",
        "not for any client, task for me to renew my notary commission by the end of the month",
    ],
)
def test_no_matter_said_in_other_words(text):
    intent = read(text)
    assert intent.action == "create"
    assert "matter" not in intent.refs
    assert "no matter: said so" in intent.assumptions


def test_what_measured_a_length_and_how_a_length_is_hedged():
    timed = read(
        "sunday night i went through acme's nda markup, 48 minutes by my timer, non billable"
    )
    assert (timed.resource, timed.fields["quantity"], timed.fields["non_billable"]) == (
        "activities",
        2880,
        True,
    )
    said = read(
        "wed the 2nd most of the morning went to the patel estate plan, drafting, call it 3 hrs"
    )
    assert (said.resource, said.action) == ("activities", "create")
    assert (said.fields["quantity"], said.fields["date"]) == (10800, "2026-12-02")
    # counter-example: a call asked for is still a call
    assert read("call ravi patel tomorrow re the trust").resource != "activities"


def test_marked_non_billable_after_an_expense_is_no_change():
    intent = read(
        "$35 courier to the court today on the patel estate plan, mark it non billable pls"
    )
    assert (intent.resource, intent.action) == ("activities", "create")
    assert (intent.fields["price"], intent.fields["non_billable"]) == (35.0, True)


def test_a_matters_number_after_a_records_noun_is_no_id():
    note = read("note 00041-Globex: landlord open to a 60-day rent deferral")
    assert (note.resource, note.action, note.refs["matter"]) == ("notes", "create", "41")
    assert read("show note 12").refs == {"note": "12"}  # counter-example: an id


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("non billable 1hr sat on the patel estate plan, reading in", "2026-12-05"),
        ("lunch w ravi patel thrus 12:30-1:30 at balthazar", "2026-12-10"),
    ],
)
def test_a_weekday_typed_short_or_misspelt(text, day):
    intent = read(text)
    assert (intent.fields.get("date") or intent.fields["start_at"][:10]) == day


def test_a_new_matters_lawyer_and_a_matter_opened_as_a_kind():
    lawyer = read(
        "pls open a matter for ravi patel, trust amendment, estate planning, hannah as atty"
    )
    assert lawyer.refs["responsible_attorney"] == "3"
    opened = read(
        "ravi's non-compete dispute with his old employer - open it as a litigation matter"
    )
    assert (opened.resource, opened.action, opened.refs["practice_area"]) == (
        "matters",
        "create",
        "Litigation",
    )
