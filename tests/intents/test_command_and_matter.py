"""Which command a create is, and its matter, when the story says other things (issue 15,
"misc"): a file opened is a matter, an amount with what it paid for is an expense, work billed to a
matter is time, a block booked ahead is on the calendar, the firm's activity named last is kept,
and a new entry is on the matter of the other side named in full."""

from __future__ import annotations

import datetime as dt

import pytest

from intents import parse
from intents.vocabulary import Vocabulary

NOW = dt.datetime(2026, 12, 6, 22, 0, tzinfo=dt.UTC)  # Sunday 6 December, 17:00 in New York


def _person(id_: int, first: str, last: str) -> dict[str, object]:
    return {
        "id": id_,
        "name": f"{first} {last}",
        "type": "Person",
        "first_name": first,
        "last_name": last,
    }


RAVI, EMILY, JONES, SMITH, SARAH = (
    _person(2, "Ravi", "Patel"),
    _person(4, "Emily", "Chen"),
    _person(13, "Robert", "Jones"),
    _person(1, "John", "Smith"),
    _person(6, "Sarah", "Johnson"),
)
NORTHWIND = {"id": 9, "name": "Northwind Traders LLC", "type": "Company"}
VOCABULARY = Vocabulary.build(
    matters=[
        {
            "id": 39,
            "display_number": "00039-Patel",
            "description": "Patel estate planning",
            "client": RAVI,
        },
        {
            "id": 42,
            "display_number": "00042-Smith",
            "description": "Smith v Jones",
            "client": SMITH,
        },
        {"id": 43, "display_number": "00043-Chen", "description": "Chen divorce", "client": EMILY},
        {
            "id": 45,
            "display_number": "00045-Johnson",
            "description": "Johnson vs. Brightline Logistics",
            "client": SARAH,
        },
        {
            "id": 46,
            "display_number": "00046-Northwind",
            "description": "Northwind Traders employee handbook",
            "client": NORTHWIND,
        },
    ],
    contacts=[RAVI, EMILY, JONES, SMITH, SARAH, NORTHWIND],
    users=[
        {"id": 1, "name": "Alice Nguyen", "email": "alice@demo-firm.test"},
        {"id": 3, "name": "Hannah Whitaker", "email": "hannah@demo-firm.test"},
        {"id": 5, "name": "Tom Reyes", "email": "tom@demo-firm.test"},
    ],
    practice_areas=[{"id": 7, "name": "Employment", "code": "EMP"}],
    activity_descriptions=[
        {"id": 4, "name": "Client meeting"},
        {"id": 5, "name": "Telephone call"},
    ],
)


def read(text: str):
    return parse(text, now=NOW, tz="America/New_York", vocabulary=VOCABULARY)


@pytest.mark.parametrize(
    "text",
    [
        "can u open a file for northwind: wage and hour audit, employment",
        "open a new file for ravi patel - condo purchase",
        "pls open up a file for ravi patel - condo purchase, hannah is the responsible attorney",
    ],
)
def test_a_file_opened_for_a_client_is_a_new_matter(text):
    assert (read(text).resource, read(text).action) == ("matters", "create")


@pytest.mark.parametrize(
    ("text", "resource"),
    [
        ("open a file called intake on the chen matter", "documents"),  # a named file, no client
        ("smith v jones - hannah is responsible attorney from here on", "matters"),  # an update
    ],
)
def test_a_file_opened_counter_examples(text, resource):
    intent = read(text)
    assert intent.resource == resource and (intent.resource, intent.action) != (
        "matters",
        "create",
    )


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("add $38 courier charge to the patel estate — sent the signed trust docs over", 38.0),
        ("add $22.40 postage to smith v jones - mailed the deposition notice yesterday", 22.4),
        (
            "mailed the depo notice to jones's lawyer yesterday, $22.40 postage on smith v jones",
            22.4,
        ),
    ],
)
def test_an_amount_with_what_it_paid_for_is_an_expense(text, price):
    intent = read(text)
    assert (intent.resource, intent.action, intent.fields["type"]) == (
        "activities",
        "create",
        "ExpenseEntry",
    )
    assert intent.fields["price"] == price


def test_a_task_to_pay_a_fee_stays_a_task():
    assert read("add a task to pay the $50 filing fee on smith v jones").resource == "tasks"


@pytest.mark.parametrize(
    ("text", "seconds", "matter"),
    [
        (
            "was on brightline's interrogatory answers from 2 to 4:30 this afternoon, bill it to"
            " sarah johnson's case",
            9000,
            "45",
        ),
        (
            "went through the handbook redlines 9:15 to 10:45 this morning, charge it to northwind",
            5400,
            "46",
        ),
    ],
)
def test_work_billed_to_a_matter_is_time(text, seconds, matter):
    intent = read(text)
    assert (intent.resource, intent.action, intent.fields["type"]) == (
        "activities",
        "create",
        "TimeEntry",
    )
    assert (intent.fields["quantity"], intent.refs["matter"]) == (seconds, matter)


@pytest.mark.parametrize(
    ("text", "start", "calendar"),
    [
        (
            "for tom: year-end billing review on wed the 16th at 2pm, an hour and a half",
            "2026-12-16T14:00:00-05:00",
            "Tom Reyes",
        ),
        (
            "trust account reconciliation tues dec 15 at 9am, an hour",
            "2026-12-15T09:00:00-05:00",
            None,
        ),
    ],
)
def test_work_booked_at_a_time_on_a_day_ahead_is_on_the_calendar(text, start, calendar):
    intent = read(text)
    assert (intent.resource, intent.action) == ("calendar_entries", "create")
    assert (intent.fields["start_at"], intent.refs.get("calendar")) == (start, calendar)


@pytest.mark.parametrize(
    "text",
    ["2h on the chen brief due friday at 5pm", "2h yesterday at 3pm drafting the chen brief"],
)
def test_work_booked_counter_examples_stay_time(text):
    assert read(text).resource == "activities"


def test_the_firms_activity_named_last_keeps_the_matter_named_with_it():
    intent = read(
        "Alice sat in on my mediation prep with Emily on Wednesday, we went through the asks on"
        " custody. It was about 1.2 hours. Could you put that in as Alice's time on the Chen"
        " divorce, client meeting please"
    )
    assert intent.refs["matter"] == "43"
    assert intent.refs["activity_description"] == "Client meeting"


@pytest.mark.parametrize(
    "text",
    [
        "spent from 2 to 3:30 yesterday prepping the robert jones depo outline",
        "45 min this morning on the robert jones cross outline",
    ],
)
def test_a_new_entry_is_on_the_matter_of_the_other_side_named_in_full(text):
    assert read(text).refs.get("matter") == "42"


@pytest.mark.parametrize(
    ("text", "matter"),
    [
        ("task: chase brightline on the johnsons discovery, due next wed", None),
        ("add .5 on the patels trust funding, reviewed the deed transfer", "39"),
    ],
)
def test_a_name_with_one_letter_too_many_is_still_the_name(text, matter):
    found = VOCABULARY.find(text)
    assert any(m.text in ("johnsons", "patels") for m in found)
    if matter:
        assert read(text).refs.get("matter") == matter


@pytest.mark.parametrize(
    ("text", "resource"),
    [
        (
            "log a call - ravi patel rang me this morning about the successor trustee, ~10 min",
            "communications",
        ),
        ("log 20 mins patel estate call with ravi about the trust", "activities"),
        ("pls add .3 hr phone call w ravi re trustee fees today", "activities"),
    ],
)
def test_a_call_logged_and_told_with_its_length_after_is_the_call(text, resource):
    assert (read(text).resource, read(text).action) == (resource, "create")
