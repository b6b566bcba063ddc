"""Rule "a form's fields" (`intents.form`): a request typed as a form, one labelled field a line
or a bar apart, read as the same request said in a line."""

from __future__ import annotations

import datetime as dt

import pytest

from intents import form, parse

NOW = dt.datetime(2026, 12, 7, 15, 0, tzinfo=dt.UTC)


def read(text: str):
    return parse(text, now=NOW, tz="America/New_York")


def test_a_contact_form():
    intent = read(
        "New contact (Person)\nFirst name: Daniel\nLast name: Okafor\nTitle: General Counsel\n"
        "Company: Acme Corp\nEmail: dokafor@acme.example.com\nPhone: 646-555-0310"
    )
    assert (intent.resource, intent.action) == ("contacts", "create")
    fields = intent.fields
    assert (fields["first_name"], fields["last_name"], fields["title"]) == (
        "Daniel",
        "Okafor",
        "General Counsel",
    )
    assert intent.refs["company"] == "Acme Corp"
    assert fields["email_addresses"][0]["address"] == "dokafor@acme.example.com"


def test_a_matter_form():
    intent = read(
        "New matter\nClient: Bluebird Bakery Inc.\nPractice area: Corporate\n"
        "Responsible attorney: Alice Nguyen\nDescription: Bluebird Bakery franchise agreement review"
    )
    assert (intent.resource, intent.action) == ("matters", "create")
    assert intent.fields["description"] == "Bluebird Bakery franchise agreement review"
    assert intent.refs["client"].startswith("Bluebird Bakery Inc")
    assert (intent.refs["practice_area"], intent.refs["responsible_attorney"]) == (
        "Corporate",
        "Alice Nguyen",
    )


def test_a_form_between_bars_with_its_labels_said_as_words():
    intent = read("new mtr: client Sarah Johnson | PA Employment | resp atty Marcus Bell | desc x")
    assert intent.refs["practice_area"] == "Employment"
    task = read("new task: Task: send estoppel | Assignee: Marcus | Due: 12/11 | Priority: High")
    assert (task.resource, task.action) == ("tasks", "create")
    assert task.fields == {"name": "send estoppel", "due_at": "2026-12-11", "priority": "High"}
    assert task.refs["assignee"] == "Marcus"


def test_a_form_headed_only_by_its_records_noun_makes_that_record():
    call = read(
        "Phone communication\nFrom: Dr. Lena Hart\nTo: Alice\nDate: 12/3\n"
        "Subject: expert report timeline\nBody: she needs the updated MRI films"
    )
    assert (call.resource, call.action) == ("communications", "create")
    assert call.fields["subject"] == "expert report timeline"
    assert call.fields["received_at"].startswith("2026-12-03")
    spent = read("Expense\nMatter: 00040\nAmount: 45\nDate: 12/4\nDescription: filing fee")
    assert (spent.resource, spent.action) == ("activities", "create")
    assert (spent.fields["price"], spent.fields["note"]) == (45.0, "filing fee")
    assert spent.refs["matter"] == "00040"


def test_a_time_entry_and_an_event_form():
    entry = read("Time entry\nMatter: 00042\nHours: 0.8\nDate: 12/4\nNote: strategy memo")
    assert (entry.fields["quantity"], entry.fields["date"], entry.fields["note"]) == (
        2880,
        "2026-12-04",
        "strategy memo",
    )
    assert entry.refs["matter"] == "00042"
    event = read(
        "Calendar entry\nTitle: Chen mediation\nDate: 12/17\nTime: 10am-1pm\nLocation: JAMS"
    )
    assert event.fields["summary"] == "Chen mediation"
    assert event.fields["location"] == "JAMS"
    assert event.fields["start_at"] == "2026-12-17T10:00:00-05:00"


@pytest.mark.parametrize(
    "text",
    [
        "Re: the lease, note: call him back on 00041 tomorrow",  # two labels in a line: no form
        "Re: the lease\nthe landlord called",  # a line break, no label after it
        "log 2h on smith v jones drafting",  # no line, no label
    ],
)
def test_what_is_no_form_is_left_as_typed(text):
    assert form.lines(text) == text
