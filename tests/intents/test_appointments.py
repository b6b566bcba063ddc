"""Lengths and clock stretches: an appointment ahead or time already worked; bare meeting hours."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intents import parse

TZ = "America/New_York"
NOW = datetime(2026, 12, 3, 10, 30, tzinfo=ZoneInfo(TZ))  # a Thursday


def _read(text: str):
    return parse(text, now=NOW, tz=TZ)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("45 min call w/ maria garcia fri 2pm", "2026-12-04T14:00", "2026-12-04T14:45"),
        ("1 hr zoom w northwind hr tues 10am", "2026-12-08T10:00", "2026-12-08T11:00"),
        ("2:30-3:30 tmrw zoom w/ globex GC", "2026-12-04T14:30", "2026-12-04T15:30"),
        (
            "90 min mtg with ravi re trust docs next wed at 11am",
            "2026-12-09T11:00",
            "2026-12-09T12:30",
        ),
    ],
)
def test_a_length_before_a_meeting_still_ahead_is_an_appointment(text, start, end):
    intent = _read(text)
    assert (intent.resource, intent.action) == ("calendar_entries", "create")
    assert intent.fields["start_at"].startswith(start)
    assert intent.fields["end_at"].startswith(end)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("2 hour strategy meeting garcia yesterday", 7200),
        ("45 min call w/ maria garcia re her treatment", 2700),
        ("1 hr zoom w northwind hr this morning re handbook", 3600),
        ("1pm-2:30pm yesterday garcia - depo prep w/ marcus", 5400),
        ("2pm-4pm yesterday chen - mediation prep", 7200),
    ],
)
def test_a_length_or_stretch_in_the_past_is_time_worked(text, seconds):
    intent = _read(text)
    assert (intent.resource, intent.action) == ("activities", "create")
    assert intent.fields["quantity"] == seconds


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("zoom w/ northwind HR 12/9 10-11", "2026-12-09T10:00", "2026-12-09T11:00"),
        ("teams call w/ globex thurs 2-3", "2026-12-10T14:00", "2026-12-10T15:00"),
        ("zoom with emily chen fri 9-9:30", "2026-12-04T09:00", "2026-12-04T09:30"),
        ("mtg w/ marcus re trial prep 12/9 8-9", "2026-12-09T08:00", "2026-12-09T09:00"),
        ("mtg w/ hannah re the trust next mon 10", "2026-12-07T10:00", "2026-12-07T11:00"),
    ],
)
def test_meeting_hours_without_am_pm_follow_office_hours(text, start, end):
    intent = _read(text)
    assert (intent.resource, intent.action) == ("calendar_entries", "create")
    assert intent.fields["start_at"].startswith(start)
    assert intent.fields["end_at"].startswith(end)
    assert not any(ch.isdigit() for ch in intent.fields["summary"])


def test_a_bare_range_with_no_day_is_not_read_as_hours():
    intent = _read("schedule meeting 2-15")
    assert "T14:00" not in intent.fields.get("start_at", "")


@pytest.mark.parametrize(
    ("text", "seconds", "flag"),
    [
        ("nb .5 smith v jones - reorganized discovery folders", 1800, "non_billable"),
        ("nb 1.2 garcia - organized medical records binder", 4320, "non_billable"),
        ("no charge .3 chen call w/ client re schedule", 1080, "no_charge"),
    ],
)
def test_a_leading_non_billable_cue_then_a_length_logs_time(text, seconds, flag):
    intent = _read(text)
    assert (intent.resource, intent.action) == ("activities", "create")
    assert intent.fields["quantity"] == seconds
    assert intent.fields[flag] is True


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("expense 250 deposition transcript garcia", 250),
        ("exp 1200 expert witness retainer smith v jones", 1200),
    ],
)
def test_an_amount_after_the_expense_word_is_its_price_not_an_id(text, price):
    intent = _read(text)
    assert (intent.resource, intent.action) == ("activities", "create")
    assert intent.fields["price"] == price


def test_an_expense_id_said_alone_is_still_looked_up():
    intent = _read("expense 440022")
    assert (intent.resource, intent.action) == ("activities", "get")


def test_time_with_its_matter_and_work_is_logged_not_looked_up():
    intent = _read("time on chen re mediation")
    assert (intent.resource, intent.action) == ("activities", "create")
    assert _read("time for garcia this week").action == "search"


def test_a_task_type_before_a_colon_is_the_type():
    intent = _read("task type discovery: serve document requests due 12/14")
    assert intent.refs["task_type"] == "discovery"
    assert "type" not in intent.fields["name"]


def test_the_other_side_of_a_matter_names_it_by_its_first_words():
    from intents.vocabulary import matter_names

    names = matter_names(
        {"display_number": "00045-Johnson", "description": "Johnson vs. Brightline Logistics"}
    )
    assert ("brightline",) in names
    names = matter_names({"description": "Garcia v. Metro Transit Authority"})
    assert ("metro", "transit") in names
    assert ("metro",) not in names  # too short a word to name a matter alone


def test_one_or_two_words_after_at_ending_the_message_are_the_place():
    intent = _read("client lunch with ravi fri 12-1:30 at nobu")
    assert intent.fields["location"] == "nobu"
    assert _read("meeting with garcia tomorrow at 3").fields.get("location") is None


@pytest.mark.parametrize(
    "text",
    [
        "1.5h hearing prep garcia for fri 9am hearing",
        ".5 prep for 2pm call w/ globex",
        "2h prep for tomorrow's 10am depo smith v jones",
    ],
)
def test_work_for_an_appointment_ahead_is_time_worked_today(text):
    intent = _read(text)
    assert (intent.resource, intent.action) == ("activities", "create")
    assert intent.fields["date"] in ("2026-12-03", "2026-12-04")


def test_a_day_and_time_before_a_hearing_belong_to_the_story():
    intent = _read("1.5h hearing prep garcia for fri 9am hearing")
    assert intent.fields["date"] == "2026-12-03"


def test_at_the_end_of_month_is_no_place():
    assert "location" not in _read("schedule meeting at the EOM").fields


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "status hearing in roe v doe 12/9 at 10am, 1 hour, queens county courthouse",
            "queens county",
        ),
        ("motion hearing 12/15 9am - 10am; bronx family court", "bronx family court"),
        ("dinner w the acme gc fri 7pm at hotel edison, acme contract review", "hotel edison"),
    ],
)
def test_a_clause_or_a_named_venue_is_the_place(text: str, place: str):
    intent = _read(text)
    assert intent.resource == "calendar_entries"
    assert place in intent.fields["location"].lower()


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("lunch w marcus tomorrow 12:30 for an hour", "2026-12-04T12:30"),
        ("add a 45 min strategy session fri starting 10:15 w priya", "2026-12-04T10:15"),
    ],
)
def test_a_time_with_minutes_ahead_is_an_appointment(text: str, start: str):
    intent = _read(text)
    assert intent.resource == "calendar_entries"
    assert intent.fields["start_at"].startswith(start)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("call w priya fri at 10 - oops make that 11 - re the smith outline", "2026-12-04T11:00"),
        ("zoom w globex tmrw 3pm, no wait, i mean 4pm", "2026-12-04T16:00"),
    ],
)
def test_a_time_corrected_in_passing_is_the_new_one(text: str, start: str):
    intent = _read(text)
    assert intent.fields["start_at"].startswith(start)
    assert "make that" not in intent.fields.get("summary", "")


def test_words_taken_back_after_a_cue_are_replaced():
    intent = _read("kickoff call w bluebird bakery - actually no, the northwind matter - fri at 2")
    assert intent.refs.get("matter") == "northwind"
    assert "bluebird" not in intent.fields.get("summary", "")
    place = _read("lunch w marcus fri 1pm at nobu, actually no, at the harvard club").fields
    assert "harvard club" in place["location"].lower()
