"""Tasks and calendar entries as busy staff type them: short weekdays, rooms, ranges to noon, a
leading length, names kept in a title, a colleague opening the message (examples and
counter-examples, with the firm's vocabulary)."""

from __future__ import annotations

import pytest

from intents import parse
from tests.intents.test_vocabulary import NOW, VOCABULARY

TZ = "America/New_York"


def read(text: str):
    return parse(text, now=NOW, tz=TZ, vocabulary=VOCABULARY)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("client mtg garcia wed 2pm", "2026-12-09T14:00"),  # today is Thursday 3 Dec
        ("schedule meeting on wed", "2026-12-09T00:00"),
        ("docket check 8:30am starting mon", "2026-12-07T08:30"),
        ("schedule will signing 12/15 at 3pm", "2026-12-15T15:00"),  # not "will sign" narrative
    ],
)
def test_short_weekdays_and_dates_before_a_time(text, start):
    assert read(text).fields["start_at"].startswith(start)


@pytest.mark.parametrize("text", ["sun protection review task", "schedule the wed sat sun recap"])
def test_short_weekday_words_alone_are_not_dates(text):
    fields = read(text).fields
    assert "2026-12-09" not in fields.get("start_at", "")
    assert "2026-12-06" not in fields.get("start_at", "")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("depo 12/15 9:30am-1pm conference room b", "conference room b"),
        ("depo dec 16 10am-noon conf rm A", "conf rm A"),
        ("hearing dec 18 9:30am-11am courtroom 4b", "courtroom 4b"),
        ("custody eval 12/21 1pm-3pm at family court", "family court"),
        ("depo 12/16 10am at metro court reporting", "metro court reporting"),
        ("settlement conference jan 8 10am at the courthouse", "courthouse"),
    ],
)
def test_places_said_in_lower_case(text, place):
    assert read(f"schedule {text}").fields["location"] == place


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("schedule depo dec 16 10am-noon", "T10:00", "T12:00"),
        ("schedule meeting tomorrow 8pm to midnight", "T20:00", "T00:00"),
        ("pls put a 30 min call on the calendar tmrw 11am", "T11:00", "T11:30"),
        ("schedule 2 hour strategy meeting mon at 1pm", "T13:00", "T15:00"),
        ("site visit 12/21 from 9 to noon", "2026-12-21T09:00", "T12:00"),
        ("review mtg w priya fri 11 to noon", "T11:00", "T12:00"),
    ],
)
def test_ranges_to_a_named_hour_and_leading_lengths(text, start, end):
    fields = read(text).fields
    assert start in fields["start_at"]
    assert end in fields["end_at"]


def test_quarter_to_noon_is_not_a_range():
    assert "T11:45" in read("schedule meeting 15 to noon").fields["start_at"]


@pytest.mark.parametrize(
    ("text", "words", "matter"),
    [
        ("client mtg garcia wed 2pm", "garcia", "40"),
        ("meeting with robert jones dec 11 at 10:15", "robert jones", None),
        ("call with acme GC next tues 11am", "acme", None),  # a client of several matters
    ],
)
def test_names_said_in_passing_stay_in_the_title(text, words, matter):
    intent = read(text)
    assert words in intent.fields["summary"]
    assert intent.refs.get("matter") == matter


def test_a_cued_matter_leaves_the_title():
    intent = read("hold 1-2pm tmrw for the acme contract review call")
    assert intent.fields["summary"] == "call"
    assert intent.refs["matter"] == "38"


@pytest.mark.parametrize(
    ("text", "assignee", "name"),
    [
        ("marcus - prepare depo outline, due dec 14", "2", "prepare depo outline"),
        ("priya pls prep the exhibit binder by friday", "4", "prep the exhibit binder"),
        ("marcus needs to review the patel estate file by fri", "2", "review"),
        ("assign to priya: index the production, due 12/11", "4", "index"),
    ],
)
def test_a_colleague_opening_the_message_is_the_assignee(text, assignee, name):
    intent = read(text)
    assert (intent.resource, intent.action) == ("tasks", "create")
    assert intent.refs["assignee"] == assignee
    assert intent.fields["name"].startswith(name)


@pytest.mark.parametrize(
    "text", ["marcus: what's due this week", "marcus - 2h on garcia", "marcus's tasks"]
)
def test_a_colleague_opening_a_question_or_a_time_entry_is_no_task(text):
    assert (read(text).resource, read(text).action) != ("tasks", "create")


def test_a_date_ending_a_task_is_its_due_date_even_after_will():
    intent = read("pls create a task for priya to sign the patel will packet tmrw")
    assert intent.fields["due_at"] == "2026-12-04"
    assert intent.refs["matter"] == "39"


def test_a_task_for_a_client_is_on_their_matter_not_assigned_to_them():
    intent = read("statute of limitations task for garcia: file complaint by nov 28 2029")
    assert intent.refs.get("matter") == "40"
    assert "assignee" not in intent.refs


@pytest.mark.parametrize(
    ("text", "rule", "start"),
    [
        (
            "weekly case review on fridays 11am, 10 weeks",
            "FREQ=WEEKLY;BYDAY=FR;COUNT=10",
            "2026-12-04T11:00",
        ),
        (
            "biweekly client update, tuesdays 3pm, 5 times",
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=5",
            "2026-12-08T15:00",
        ),
        (
            "weekly status call mondays 4pm for 8 weeks",
            "FREQ=WEEKLY;BYDAY=MO;COUNT=8",
            "2026-12-07T16:00",
        ),
        (
            "case team huddle every tues & fri 8am for the next 6 wks",
            "FREQ=WEEKLY;BYDAY=TU,FR;COUNT=12",
            "2026-12-04T08:00",
        ),
        (
            "docket check every weekday at 8:30",
            "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
            "2026-12-04T08:30",
        ),
        (
            "every other thursday 2pm billing sync, 5 sessions",
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;COUNT=5",
            "2026-12-10T14:00",
        ),
        (
            "daily docket check 8:30am starting mon for 2 weeks",
            "FREQ=DAILY;COUNT=14",
            "2026-12-07T08:30",
        ),
        (
            "every other week team sync fridays 9am for 8 weeks",
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR;COUNT=4",
            "2026-12-04T09:00",
        ),
        # a count in words or "N of them"; "weekly" with its day said after "every"
        ("check in every friday 9 to 9:30, 6 of them", "FREQ=WEEKLY;BYDAY=FR;COUNT=6", "2026-12-04T09:00"),
        ("trial prep every tuesday 4pm for six weeks", "FREQ=WEEKLY;BYDAY=TU;COUNT=6", "2026-12-08T16:00"),
        ("weekly call w ravi every monday 10am, 4 times", "FREQ=WEEKLY;BYDAY=MO;COUNT=4", "2026-12-07T10:00"),
        ("policy review monthly on the 15th at 11am, twelve times", "FREQ=MONTHLY;COUNT=12", "2026-12-15T11:00"),
    ],
)  # fmt: skip
def test_repetitions_as_people_say_them(text, rule, start):
    fields = read(f"schedule {text}").fields
    assert fields["recurrence_rule"] == rule
    assert fields["start_at"].startswith(start)


@pytest.mark.parametrize(
    ("text", "owner", "summary"),
    [
        ("firm calendar: holiday party dec 17, 6-9pm at the office", "firm", "holiday party"),
        ("add to priya's cal: binder review, thurs 12/10 at 3, one hr", "priya", "binder review"),
        ("Firm cal - office closed jan 1, all day", "firm", "office closed"),
        ("billing review dec 30 2pm, firm calendar pls", "firm", "billing review"),
        ("depo prep jan 7 at 11, put it on marcus's calendar", "marcus", "depo prep"),
    ],
)
def test_whose_calendar_as_people_say_it(text, owner, summary):
    intent = read(text)
    assert intent.resource == "calendar_entries" and intent.action == "create"
    assert intent.refs["calendar"] == owner
    assert intent.fields["summary"].startswith(summary)


def test_a_day_is_not_whose_calendar():
    assert "calendar" not in read("put it on tomorrow's calendar: call with ravi at 3").refs


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("status conf jan 5 2:15pm, room 1127 at the courthouse", "2027-01-05T14:15"),
        ("mtg w ravi patel tmrw 930am re the trust", "2026-12-04T09:30"),
        ("call with globex's cfo monday 1045am, 30 min", "2026-12-07T10:45"),
    ],
)
def test_clock_times_without_a_colon_and_room_numbers(text, start):
    intent = read(text)
    assert (intent.resource, intent.action) == ("calendar_entries", "create")
    assert intent.fields["start_at"].startswith(start)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("phone log for johnson: called the brightline adjuster nov 30 re limits", "2026-11-30"),
        ("log it pls: opposing counsel in brightline phoned you tues afternoon", "2026-12-01"),
        (
            "inbound call on 11/30 from dr hart's office: the report is late, new ETA is dec 14",
            "2026-11-30",
        ),
    ],
)
def test_a_call_told_after_a_label_keeps_its_day(text, day):
    intent = read(text)
    assert (intent.resource, intent.action) == ("communications", "create")
    assert intent.fields["received_at"].startswith(day)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("task: follow up w st marys billing - already in progress, due next wed", "in_progress"),
        ("task for priya: chen exhibit binder, status: in review, due fri", "in_review"),
        ("new task garcia medical chronology (already started) due 12/15", "in_progress"),
    ],
)
def test_a_new_task_said_already_under_way(text, status):
    assert read(text).fields["status"] == status


def test_in_progress_inside_the_name_is_no_status():
    fields = read("add a task on smith v jones to draft the in-progress summary, due mon").fields
    assert "status" not in fields and "in-progress" in fields["name"]
