"""Terse shorthand and chatty one-liners (dev 8700-8779): clock times without a colon, "resp atty",
a closing "subject:", "will" as the document, "non-billable for <colleague>", a matter through its
people on a time entry, "his new case", "add co:", "Ravi's daughter, Anika Patel" (examples and
counter-examples, with a small firm vocabulary, on Sunday 6 December 2026 at 17:00 in New York)."""

from __future__ import annotations

import datetime as dt

import pytest

from intents import parse
from intents.vocabulary import Vocabulary

NOW = dt.datetime(2026, 12, 6, 22, 0, tzinfo=dt.UTC)
TZ = "America/New_York"
SMITH = {
    "id": 1,
    "name": "John Smith",
    "type": "Person",
    "first_name": "John",
    "last_name": "Smith",
}
JONES = {
    "id": 2,
    "name": "Robert Jones",
    "type": "Person",
    "first_name": "Robert",
    "last_name": "Jones",
}
RAVI = {"id": 3, "name": "Ravi Patel", "type": "Person", "first_name": "Ravi", "last_name": "Patel"}
CHEN = {"id": 4, "name": "Emily Chen", "type": "Person", "first_name": "Emily", "last_name": "Chen"}
VOCABULARY = Vocabulary.build(
    matters=[
        {"id": 42, "display_number": "00042-Smith", "description": "Smith v Jones", "client": SMITH},
        {"id": 39, "display_number": "00039-Patel", "description": "Patel estate planning", "client": RAVI},
        {"id": 43, "display_number": "00043-Chen", "description": "Chen divorce", "client": CHEN},
    ],
    contacts=[SMITH, JONES, RAVI, CHEN],
    users=[
        {"id": 11, "name": "Alice Nguyen", "first_name": "Alice", "email": "alice@demo-firm.test"},
        {"id": 12, "name": "Marcus Bell", "first_name": "Marcus", "email": "marcus@demo-firm.test"},
        {"id": 13, "name": "Priya Shah", "first_name": "Priya", "email": "priya@demo-firm.test"},
    ],
    practice_areas=[{"id": 21, "name": "Real Estate"}, {"id": 22, "name": "Employment"}],
)  # fmt: skip


def read(text: str, vocabulary: Vocabulary | None = VOCABULARY):
    return parse(text, now=NOW, tz=TZ, vocabulary=vocabulary)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("cal: chen med 12/14 930-1230", "2026-12-14T09:30", "2026-12-14T12:30"),
        ("prep w/ priya tues 2-330 library", "2026-12-08T14:00", "2026-12-08T15:30"),
        ("mtg w/ ravi thurs 1030-1130", "2026-12-10T10:30", "2026-12-10T11:30"),
        ("schedule call 12/9 10-1130", "2026-12-09T10:00", "2026-12-09T11:30"),
    ],
)
def test_clock_times_without_a_colon(text, start, end):
    intent = read(text)
    assert (intent.resource, intent.action) == ("calendar_entries", "create")
    assert intent.fields["start_at"].startswith(start)
    assert intent.fields["end_at"].startswith(end)


@pytest.mark.parametrize(
    "text",
    [
        "schedule call w/ ravi 12/9 re taxes 2025-2026",  # a run of years
        "schedule call w/ john 12/9, his cell is 917-555-0188",  # a phone number
        "schedule review of invoices 1001-1003 on 12/9",  # an invoice run
    ],
)
def test_runs_of_numbers_are_not_clock_times(text):
    assert "T00:00" in read(text).fields.get("start_at", "T00:00")


@pytest.mark.parametrize("text", ["cal: chen med 12/14 930-1230", "cal johnson depo 12/17 9a-5p"])
def test_cal_labels_a_calendar_entry_and_leaves_its_title(text):
    intent = read(text)
    assert (intent.resource, intent.action) == ("calendar_entries", "create")
    assert not intent.fields["summary"].startswith("cal")


@pytest.mark.parametrize(
    ("text", "start"),
    [("mtg ravi tue 1030", "2026-12-08T10:30"), ("lunch w marcus fri 1230", "2026-12-11T12:30")],
)
def test_a_glued_time_after_the_day(text, start):
    intent = read(text)
    assert (intent.resource, intent.action) == ("calendar_entries", "create")
    assert intent.fields["start_at"].startswith(start)


def test_a_year_after_the_day_is_no_time():
    assert "start_at" not in read("1.5 smith v jones 12/3").fields


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("new matter ravi patel - lease renewal, real estate, me resp atty", "me"),
        ("open matter ravi patel - lease review, real estate, resp. attorney marcus", "marcus"),
    ],
)
def test_resp_atty_is_the_responsible_attorney(text, who):
    intent = read(text, None)
    assert intent.refs["responsible_attorney"].lower() == who
    assert "resp" not in intent.fields["description"]


def test_resp_alone_is_a_response():
    intent = read("new matter for ravi patel: draft resp to MTD", None)
    assert "responsible_attorney" not in intent.refs


@pytest.mark.parametrize(
    ("text", "subject", "detail"),
    [
        (
            "note on chen: their answer admits the dates, huge for us. Subject: key admission",
            "key admission",
            "their answer admits the dates, huge for us",
        ),
        ("note on chen - emily is moving in march, subject: relocation", "relocation", "emily is moving in march"),
    ],
)  # fmt: skip
def test_the_subject_said_last(text, subject, detail):
    fields = read(text).fields
    assert (fields["subject"], fields["detail"]) == (subject, detail)


def test_a_subject_opening_the_note_is_still_read():
    fields = read("note on chen: subject: liability - driver on phone").fields
    assert (fields["subject"], fields["detail"]) == ("liability", "driver on phone")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("expense $64 notary fee for Ravi's will signing yesterday", "2026-12-05"),
        ("exp $25 courier for the patel will execution friday", "2026-12-04"),
        ("1.2 patel - supervised will signing w/ ravi yesterday", "2026-12-05"),
    ],
)
def test_the_will_as_a_document_leaves_the_date_to_the_record(text, day):
    assert read(text).fields["date"] == day


def test_will_as_a_modal_keeps_the_date_in_the_story():
    assert read("1h patel - call w/ ravi, he will sign next week").fields["date"] == "2026-12-06"


def test_remind_me_then_a_short_weekday():
    assert read("remind me wed to ask sarah about the lease").fields["due_at"] == "2026-12-09"


def test_a_colleague_after_how_it_is_billed_is_the_timekeeper():
    intent = read("log 15 min non-billable for alice on patel estate, call about his invoice")
    assert intent.refs["user"] == "11" and intent.refs["matter"] == "39"
    assert intent.fields["non_billable"] is True


@pytest.mark.parametrize(
    ("text", "matter"),
    [("45 min jones depo - prepping exhibits", "42"), (".4 tc w/ ravi re funding the trust", "39")],
)
def test_a_time_entrys_matter_through_its_people(text, matter):
    intent = read(text)
    assert intent.refs.get("matter") == matter
    assert "depo" in intent.fields["note"] or "ravi" in intent.fields["note"]


def test_a_colleague_names_no_matter_of_a_time_entry():
    assert "matter" not in read("1h mtg w/ marcus re strategy").refs


@pytest.mark.parametrize(
    "text",
    [
        "remind me to call Robert Jones back on Tuesday about his new case",
        "remind me to send him an engagement letter for his new matter by fri",
    ],
)
def test_which_one_is_no_matters_name(text):
    assert "matter" not in read(text, None).refs


def test_a_matters_name_before_case_is_still_read():
    assert read("task: review the Patel matter by fri", None).refs["matter"] == "Patel"


def test_co_labels_a_company():
    fields = read("add co: Metro Legal Print, orders@metrolegalprint.example.com", None).fields
    assert (fields["type"], fields["name"]) == ("Company", "Metro Legal Print")


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Please add Ravi's daughter, Anika Patel, as a contact. Her number is 917-555-0188.", "Anika", "Patel"),
        ("add emily's mom as a contact - Linda Chen, 914-555-0123", "Linda", "Chen"),
    ],
)  # fmt: skip
def test_who_they_are_to_someone_is_no_name(text, first, last):
    fields = read(text, None).fields
    assert (fields["first_name"], fields["last_name"]) == (first, last)
