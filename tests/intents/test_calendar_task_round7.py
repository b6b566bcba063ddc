"""Calendar entries and tasks as the seventh blind round typed them (Monday 7 December, 16:00 in
New York): a place after the time with no "at", a labelled description, "no matter" said, "by
month end", a display number opening the message, "X wants a task for Y", and "for then" pointing
at the day a quoted reply gave (examples and counter-examples, with the firm's vocabulary)."""

from __future__ import annotations

import datetime as dt

import pytest

from intents import parse
from intents.requests import wanted
from tests.intents.test_vocabulary import VOCABULARY

NOW = dt.datetime(2026, 12, 7, 21, 0, tzinfo=dt.UTC)  # Monday 16:00 in New York
TZ = "America/New_York"


def read(text: str):
    return parse(text, now=NOW, tz=TZ, vocabulary=VOCABULARY)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("pls add to alice's calendar status conference garcia v metro transit monday 9:30am "
         "kings county supreme court, 30 min", "kings county supreme court"),
        ("put on my calendar records review chen divorce friday 2pm brooklyn family court, one hour",
         "brooklyn family court"),
        ("garcia hrg prep tues 2-330 law library", "law library"),  # ending the message, as before
    ],
)  # fmt: skip
def test_a_place_after_the_time_ends_its_clause(text, place):
    intent = read(text)
    assert intent.fields["location"] == place
    assert place not in intent.fields["summary"]


def test_a_clause_after_the_time_that_names_no_place_stays_in_the_title():
    intent = read("team sync friday 2pm budget review, 30 min")
    assert "location" not in intent.fields


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("calendar entry - expert call w dr lena hart on garcia thursday 4pm to 5pm, "
         "description: bring the mri report", "bring the mri report"),
        ("cal - prep call with ravi patel wed 11am to 11:30am, notes: go over the trustee list",
         "go over the trustee list"),
        ("schedule mediation prep friday 1-3pm, details - bring the financial affidavit",
         "bring the financial affidavit"),
    ],
)  # fmt: skip
def test_a_labelled_description_of_a_new_entry(text, description):
    intent = read(text)
    assert intent.fields["description"] == description
    assert description not in intent.fields["summary"]


def test_notes_in_a_title_with_nothing_after_them_are_no_description():
    intent = read("review meeting notes - thursday 3pm")
    assert "description" not in intent.fields
    assert intent.fields["summary"] == "review meeting notes"


@pytest.mark.parametrize(
    "text",
    [
        "firm cal: billing review mtg fri 3p-330p, not matter related",
        "Task for me, no matter: renew my notary commission by month end.",
        "non-matter task for tom: update the billing rates spreadsheet, due dec 18",
        "task for priya, not matter related: restock the supply room by friday",
        "firm calendar - holiday party planning thurs 12-1, matter: none",
    ],
)
def test_no_matter_said_names_none(text):
    intent = read(text)
    assert "matter" not in intent.refs
    assert all("matter" not in a.refs for a in intent.alternatives)
    assert not any(word in str(intent.fields) for word in ("not matter", "no matter", "non-"))


def test_no_matter_what_is_an_idiom_not_a_record_without_one():
    intent = read("task: call ravi no matter what by friday, patel estate")
    assert intent.refs.get("matter") is not None


@pytest.mark.parametrize(
    "text",
    [
        "Task for me: renew my notary commission by month end.",
        "task for me, renew the westlaw subscription by month-end",
        "task for tom: finish prebills by this month's end, high priority",
    ],
)
def test_month_end_is_the_months_last_day(text):
    assert read(text).fields["due_at"] == "2026-12-31"


def test_month_end_as_a_kind_of_work_is_no_date():
    intent = read("task for tom: do the month-end close by friday")
    assert intent.fields["due_at"] == "2026-12-11"
    assert "month-end close" in intent.fields["name"]


@pytest.mark.parametrize(
    ("text", "matter"),
    [
        ("00049 - task for Alice to review Widget Works document production, low priority, due fri",
         "49"),  # the firm's 00049-Acme, found by its display number in the vocabulary
        ("00042 - task for priya to index the deposition exhibits, due thursday", "00042"),
        ("00045-Johnson: task for marcus to draft the mediation statement, due 12/14",
         "00045-Johnson"),
    ],
)  # fmt: skip
def test_a_display_number_opening_a_task_is_its_matter(text, matter):
    intent = read(text)
    assert (intent.resource, intent.action) == ("tasks", "create")
    assert intent.refs["matter"] == matter
    assert not intent.fields["name"].startswith("0")


def test_a_length_opening_a_message_is_still_time():
    intent = read("2 smith v jones drafting")
    assert intent.resource == "activities"
    assert intent.fields["quantity"] == 7200


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Hannah wants a high-priority task for herself to send them to Ravi",
         "a high-priority task for Hannah to send them to Ravi"),
        ("alice wants a task for priya to pull the records", "a task for priya to pull the records"),
        ("marcus needs a reminder to renew his bar card", "a reminder for marcus to renew his bar card"),
        ("she wants a task to call him", "she wants a task to call him"),  # no one named
        ("hannah wants to know the tasks due friday", "hannah wants to know the tasks due friday"),
    ],
)  # fmt: skip
def test_a_task_someone_wants(text, said):
    assert wanted(text) == said


def test_a_task_wanted_after_a_quoted_email_takes_the_things_it_names():
    intent = read(
        "From the client's email: \"Please send me the final trust documents before I travel on "
        'the 18th." Hannah wants a high-priority task for herself on the Patel estate matter to '
        "send them to Ravi Patel by Wednesday the 16th."
    )
    assert (intent.resource, intent.action) == ("tasks", "create")
    assert intent.fields["name"] == "send the final trust documents to Ravi Patel"
    assert intent.fields["due_at"] == "2026-12-16"
    assert intent.fields["priority"] == "High"
    assert intent.refs["assignee"].lower() in ("hannah", "3")


def test_for_then_is_the_day_and_time_the_quoted_reply_said():
    intent = read(
        'Ravi Patel just replied: "Tuesday the 15th at 2pm works for the signing." Please put the '
        "will and trust signing on the calendar for then, one hour, at our office, under Patel "
        "estate planning."
    )
    assert intent.fields["start_at"] == "2026-12-15T14:00:00-05:00"
    assert intent.fields["end_at"] == "2026-12-15T15:00:00-05:00"
    assert intent.fields["location"] == "our office"
    assert "then" not in intent.fields["summary"]


def test_then_without_a_day_in_the_story_leaves_the_day_to_ask():
    intent = read("ravi liked the draft. please put the signing on the calendar for then")
    assert "2026-12-07T00:00" in intent.fields.get("start_at", "2026-12-07T00:00")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("garcia called back, she can come in before friday. thursday 4 to 5:30 pm here at the "
         "office works for her, can u put it on my calendar", "2026-12-10T16:00"),
        ("karen smith can't do wednesday. thursday 11am to noon she's free, pls put a call with "
         "her on my calendar", "2026-12-10T11:00"),
        ("the globex filing deadline is already on there for the 13th, but I want a working block before "
         "it. friday the 11th, 10am to noon, call it 'finalize globex response'",
         "2026-12-11T10:00"),
        ("schedule prep session friday before the hearing monday", "2026-12-11T00:00"),  # no time
    ],
)  # fmt: skip
def test_the_day_said_with_the_time_dates_the_entry(text, start):
    assert read(text).fields["start_at"].startswith(start)


@pytest.mark.parametrize(
    "text",
    [
        "calendar: ravi wants to do lunch friday the 11th 12:30 to 1:30 at balthazar",
        "marcus wants to do the depo prep friday 2pm",
    ],
)
def test_to_do_after_a_verb_of_wanting_is_no_task(text):
    assert read(text).resource == "calendar_entries"


@pytest.mark.parametrize(
    "text", ["to do for priya: call the clerk", "need a to do for tom, due friday"]
)
def test_a_to_do_is_still_a_task(text):
    assert read(text).resource == "tasks"
