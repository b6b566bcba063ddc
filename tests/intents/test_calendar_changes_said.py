"""Changes and deletions of calendar entries as people type them (`intents.restated`,
`intents.calendar_entries`): a new room, length or description said as a statement or after a
story, a change asked as a question, and the whole series said of a recurring entry."""

from __future__ import annotations

import datetime as dt

import pytest

from intents import parse
from intents.corrections import rewrite

NOW = dt.datetime(2026, 12, 7, 14, 30, tzinfo=dt.UTC)  # Monday 7 December, 09:30 in New York


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        # event_place: a room with words before it, after a story, with the request after it
        (
            "the jones deposition on wed is moving to the 12th floor boardroom, conf room A is "
            "booked. can you update the location",
            "change the location of the jones deposition on wed to 'the 12th floor boardroom'",
        ),
        (
            "The Garcia hearing on the 12th will be in Part 9 at Kings County Supreme, please "
            "update the location",
            "change the location of The Garcia hearing on the 12th to "
            "'Part 9 at Kings County Supreme'",
        ),
        (
            "the big conference room is booked wednesday, put the jones deposition in the small "
            "boardroom",
            "change the location of the jones deposition to 'the small boardroom'",
        ),
        (
            "the conference room is being renovated so the monday team meeting should be in the "
            "library - please change it on the whole series",
            "change the location of the monday team meeting to 'the library' on the whole series",
        ),
        (
            "the weekly team meeting should have its location changed to the library for the "
            "entire series",
            "change the location of the weekly team meeting to 'the library' for the entire series",
        ),
        # event_moved: "same time", and a length said after the new time
        ("the jones depo got pushed to 12/16 same time", "move the jones depo to 12/16"),
        ("garcia hearing sat now 10am til 11:30", "move garcia hearing sat to from 10am til 11:30"),
        (
            "the reporter can't do wednesday, so the jones depo is now thursday at 2pm, and "
            "block out 2 hours since the exhibits are long",
            "move the jones depo to thursday at 2pm for 2 hours",
        ),
        # event_length
        (
            "block 3 hrs for the jones depo instead of 2",
            "change the length of the jones depo to 3 hrs",
        ),
        (
            "can we cut the 12/14 team meeting down to 30 min? just that one week",
            "change the length of the 12/14 team meeting to 30 min",
        ),
        # event_noted
        (
            "globex filing deadline add note response due by 5pm via nyscef",
            "change the description of the globex filing deadline to "
            "'response due by 5pm via nyscef'",
        ),
        (
            "court reporter confirmed for the garcia hearing - can you add that to the "
            "hearing's description?",
            "change the description of the hearing to "
            "'court reporter confirmed for the garcia hearing'",
        ),
        # asked_after_story
        (
            "northwind cancelled on us, delete the northwind kickoff meeting from thursday",
            "delete the northwind kickoff meeting from thursday",
        ),
        (
            "hannah's stuck in a client emergency, she asked me to shift her thing on tuesday to 4pm",
            "shift her thing on tuesday to 4pm",
        ),
        (
            "we're dropping the weekly team meeting, please delete the whole recurring series",
            "delete the weekly team meeting the whole recurring series",
        ),
    ],
)
def test_calendar_change_said(said: str, meant: str) -> None:
    assert rewrite(said) == meant


@pytest.mark.parametrize(
    "said",
    [
        "the clerk called, so the team is in the library today",  # no appointment
        "block 2 hours for drafting tomorrow",  # a new block of time
        "block 2 hours for the jones depo prep tomorrow",
        "can you add a meeting with ravi tomorrow at 3?",  # a new appointment
        "add note to the garcia matter: client called",  # a matter note
    ],
)
def test_not_a_calendar_change(said: str) -> None:
    assert rewrite(said) == said


def _read(text: str) -> tuple[str | None, str, dict, dict]:
    intent = parse(text, now=NOW, tz="America/New_York")
    return intent.resource, intent.action, dict(intent.refs), dict(intent.fields)


@pytest.mark.parametrize(
    ("said", "named", "fields"),
    [
        (
            "rename the weekly team meeting to 'Monday huddle' - the whole series, every occurrence",
            "weekly team meeting",
            {"summary": "Monday huddle"},
        ),
        ("kill the weekly team mtg series entirely", "weekly team mtg", {}),
        (
            "change the location of the weekly team meeting to the library (the whole series)",
            "weekly team meeting",
            {"location": "the library"},
        ),
    ],
)
def test_the_whole_series_is_said_of_the_series(said: str, named: str, fields: dict) -> None:
    resource, _, refs, got = _read(said)
    assert resource == "calendar_entries"
    assert refs["calendar_entry"] == named and refs["calendar_entry_series"] == "all"
    assert got == fields


def test_a_new_length_and_a_description_are_fields_of_the_change() -> None:
    _, action, refs, fields = _read("change the length of the 12/14 team meeting to 30 min")
    assert (action, refs["calendar_entry"], fields) == (
        "update",
        "team meeting",
        {"length_minutes": 30},
    )
    _, action, refs, fields = _read("change the description of the jones depo to 'video too'")
    assert (action, refs["calendar_entry"], fields) == (
        "update",
        "jones depo",
        {"description": "video too"},
    )


def test_an_events_entry_keeps_the_calendar_entry_as_an_alternative() -> None:
    intent = parse(
        "clean up the old o'brien closing entry from nov 13, delete it",
        now=NOW,
        tz="America/New_York",
    )
    assert (intent.resource, intent.action) == ("activities", "delete")
    [other] = intent.alternatives
    assert other.reason == "the calendar entry"
    assert other.refs["calendar_entry_on"] == "2026-11-13"
    plain = parse("delete my drafting time entry from nov 13", now=NOW, tz="America/New_York")
    assert plain.alternatives == []
