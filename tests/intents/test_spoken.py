"""Rule "numbers said aloud" (`intents.spoken`): examples and counter-examples, and whole requests
dictated to a phone read as if typed."""

from __future__ import annotations

import datetime as dt

import pytest

from intents import parse
from intents.spoken import written

NOW = dt.datetime(2026, 12, 7, 11, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


@pytest.mark.parametrize(
    ("said", "typed"),
    [
        ("log one point five hours", "log 1.5 hours"),
        ("point eight hours", ".8 hours"),
        ("one point two five hours", "1.25 hours"),
        ("forty-five minutes", "45 minutes"),
        ("forty two dollars and fifty cents", "$42.50"),
        ("three hundred dollars", "$300"),
        ("matter zero zero zero four nine", "matter 00049"),
        ("phone six four six five five five zero three one two", "phone 6465550312"),
        ("due on the fifteenth low priority", "due on the 15th low priority"),
        ("thursday the seventeenth ten am to one pm", "thursday the 17th 10am to 1pm"),
        ("tuesday december fifteenth at eleven a m", "tuesday december 15th at 11am"),
        ("wednesday at nine thirty", "wednesday at 9:30"),
        ("block tomorrow nine to eleven", "block tomorrow 9 to 11"),
        ("friday one o clock to four", "friday 1:00 to 4"),
        ("twelve thirty to one thirty at marea", "12:30 to 1:30 at marea"),
        ("email p nolan at globex dot com", "email pnolan@globex.com"),
        ("subject witness comma the bartender", "subject witness, the bartender"),
        ("task for priya new line request the footage", "task for priya: request the footage"),
        ("the bartender comma he saw the light period", "the bartender, he saw the light."),
        ("one thousand two hundred dollars", "$1200"),
    ],
)
def test_said_in_words_is_written_as_typed(said, typed):
    assert written(said) == typed


@pytest.mark.parametrize(
    "said",
    [
        "the second location lease",
        "the first draft",
        "review the fourth amendment issue",
        "at one of the hearings",
        "at this point the client",
        "call at one point",
        "at the jams office two fifty park avenue",
        "log six tenths of an hour",
        "talk to one person",
        "log 2h on smith v jones",
        "call w the landlord's counsel about the cure period",
    ],
)
def test_words_that_are_no_number_said_aloud_stay(said):
    assert written(said) == said


def test_a_dictated_time_entry_reads_as_typed():
    intent = parse(
        "okay so log one point five hours on the garcia case yesterday reviewing records period",
        now=NOW,
        tz="America/New_York",
    )
    assert (intent.resource, intent.action) == ("activities", "create")
    assert intent.fields["quantity"] == 5400
    assert intent.fields["date"] == "2026-12-06"
