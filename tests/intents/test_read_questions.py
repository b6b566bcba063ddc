"""Questions staff ask are read as look-ups, never as writes: whose records, a contact's detail,
a matter's fact, what someone paid, unbilled work, someone's plate, and abbreviated periods."""

from __future__ import annotations

import datetime as dt

import pytest

from intents import parse
from intents.vocabulary import Vocabulary

NOW = dt.datetime(2026, 12, 3, 15, 30, tzinfo=dt.UTC)  # Thursday 3 December, New York morning
TZ = "America/New_York"
VOCABULARY = Vocabulary.build(
    matters=[
        {"id": 40, "display_number": "00040-Garcia", "description": "Garcia v. Metro Transit"},
        {"id": 43, "display_number": "00043-Chen", "description": "Chen divorce"},
    ],
    contacts=[{"id": 8, "name": "Maria Garcia", "type": "Person"}],
    users=[
        {"id": 2, "name": "Marcus Bell", "email": "marcus@demo-firm.test"},
        {"id": 3, "name": "Hannah Whitaker", "email": "hannah@demo-firm.test"},
    ],
    practice_areas=[
        {"id": 41, "name": "Family Law", "code": "FAM"},
        {"id": 42, "name": "Employment", "code": "EMP"},
    ],
)


def read(text: str, vocabulary: Vocabulary | None = None):
    return parse(text, now=NOW, tz=TZ, vocabulary=vocabulary)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("hrs last week", "2026-11-23", "2026-11-29"),
        ("time on garcia this wk", "2026-11-30", "2026-12-06"),
        ("my hrs last mo", "2026-11-01", "2026-11-30"),
    ],
)
def test_abbreviated_periods_are_windows(text, start, end):
    intent = read(text)
    assert (intent.resource, intent.action) == ("activities", "search")
    assert (intent.fields["start_date"], intent.fields["end_date"]) == (start, end)


@pytest.mark.parametrize("text", ["hrs last week", "hours today", "how many hours this month"])
def test_hours_of_no_one_are_the_askers_own(text):
    assert read(text).refs.get("user") == "me"


@pytest.mark.parametrize(
    "text",
    [
        "firm hours last week",
        "how many hours did the team log this week",
        "our hours",
        "who logged hours this week",  # the question word is taken, the hours are still anyone's
        "who worked hours today",
    ],
)
def test_the_firms_hours_are_everyones(text):
    assert "user" not in read(text).refs


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("what's ravi patel's phone number", "ravi patel"),
        ("what's emily chen's email", "emily chen"),
        ("globex email address", "globex"),
        ("address for david o'brien", "david o'brien"),
        ("whats the phone number for acme", "acme"),
    ],
)
def test_a_contacts_detail_is_a_contact_look_up(text, query):
    intent = read(text)
    assert (intent.resource, intent.action) == ("contacts", "search")
    assert intent.fields["query"] == query


@pytest.mark.parametrize(
    ("text", "resource"),
    [("emails from globex", "communications"), ("phone call with ravi patel", "communications")],
)
def test_calls_and_emails_stay_communications(text, resource):
    assert read(text).resource == resource


@pytest.mark.parametrize(
    "text",
    [
        "what's the status of the globex matter",
        "who's the client on smith v jones",
        "who's the responsible attorney on garcia",
    ],
)
def test_a_matters_fact_is_a_matter_search_without_the_fact_word(text):
    intent = read(text)
    assert (intent.resource, intent.action) == ("matters", "search")
    said = " ".join(str(v) for v in (*intent.fields.values(), *intent.refs.values()))
    assert not any(w in said for w in ("status", "client on", "attorney"))


@pytest.mark.parametrize(
    ("text", "resource", "action"),
    [
        ("did smith pay invoice 1001", "bills", "get"),
        ("was bill 1007 paid", "bills", "get"),
        ("what has john smith paid us", "clio_payments/payments", "search"),
        ("did john smith pay us", "clio_payments/payments", "search"),
        ("how much has sarah johnson paid", "clio_payments/payments", "search"),
    ],
)
def test_whether_someone_paid_is_a_question_never_a_write(text, resource, action):
    intent = read(text)
    assert (intent.resource, intent.action) == (resource, action)


def test_the_payer_asked_about_is_the_contact():
    assert read("what has john smith paid us").refs["contact"] == "john smith"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("bills waiting on approval", "awaiting_approval"),
        ("invoices needing approval", "awaiting_approval"),
        ("how much does johnson owe", "awaiting_payment"),
        ("how much is outstanding in total", "awaiting_payment"),
    ],
)
def test_bill_states_as_said(text, state):
    intent = read(text)
    assert (intent.resource, intent.action, intent.fields.get("state")) == (
        "bills",
        "search",
        state,
    )


def test_unbilled_work_is_time_and_expenses():
    intent = read("whats unbilled on johnson")
    assert (intent.resource, intent.action, intent.fields["status"]) == (
        "activities",
        "search",
        "unbilled",
    )


@pytest.mark.parametrize("text", ["what's on marcus's plate", "what's on marcus's list"])
def test_someones_plate_is_their_tasks(text):
    intent = read(text, VOCABULARY)
    assert (intent.resource, intent.action, intent.refs.get("assignee")) == ("tasks", "search", "2")
    assert "query" not in intent.fields


@pytest.mark.parametrize(
    ("text", "resource"),
    [
        ("what's on marcus's calendar next week", "calendar_entries"),
        ("hannah's schedule tomorrow", "calendar_entries"),
        ("hannah's matters", "matters"),
    ],
)
def test_a_colleagues_possessive_names_whose_records(text, resource):
    intent = read(text, VOCABULARY)
    assert (intent.resource, intent.action) == (resource, "search")
    assert intent.refs.get("user") in ("2", "3")
    assert "query" not in intent.fields


@pytest.mark.parametrize("text", ["family law matters", "employment matters"])
def test_matters_by_practice_area(text):
    intent = read(text, VOCABULARY)
    assert intent.refs.get("practice_area") in ("Family Law", "Employment")
    assert "query" not in intent.fields


def test_whether_a_bill_was_paid_does_not_filter_by_paid():
    intent = read("has the johnson invoice been paid")
    assert (intent.resource, intent.action) == ("bills", "search")
    assert "state" not in intent.fields


def test_anything_due_is_a_search():
    intent = read("anything due today")
    assert (intent.resource, intent.action) == ("tasks", "search")
    assert "query" not in intent.fields


@pytest.mark.parametrize("text", ["what do i have tomorrow", "what does marcus have on friday"])
def test_what_someone_has_on_a_day_is_their_calendar(text):
    intent = read(text, VOCABULARY)
    assert (intent.resource, intent.action) == ("calendar_entries", "search")
    assert intent.refs.get("user") in ("me", "2")
    assert "query" not in intent.fields


def test_who_is_handling_a_matter_is_a_matter_search():
    intent = read("whos handling garcia")
    assert (intent.resource, intent.action, intent.fields.get("query")) == (
        "matters",
        "search",
        "garcia",
    )


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("last bill for smith", "issued_at(desc)"),
        ("latest invoice for acme", "issued_at(desc)"),
        ("most recent notes on garcia", "date(desc)"),
    ],
)
def test_the_latest_record_comes_first(text, order):
    assert read(text).fields["order"] == order


def test_last_week_is_a_window_not_an_order():
    assert "order" not in read("tasks due last week").fields


@pytest.mark.parametrize(
    "text", ["what did marcus do yesterday", "what has marcus been working on this week"]
)
def test_what_a_colleague_did_is_their_time(text):
    intent = read(text, VOCABULARY)
    assert (intent.resource, intent.action, intent.refs.get("user")) == (
        "activities",
        "search",
        "2",
    )
