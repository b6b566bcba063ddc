"""An entry already on the calendar named by a day long ahead is the one just gone (rule "an
entry's day is the nearest", `intents.calendar_entries`), and a quoted new value is never cut as
a reason given after the request (`intents.corrections.drop_why`)."""

from __future__ import annotations

import datetime as dt

import pytest

from intents import parse
from intents.corrections import drop_why

NOW = dt.datetime(2026, 12, 3, 15, 30, tzinfo=dt.UTC)


def _read(text: str) -> tuple[str | None, str, dict, dict]:
    intent = parse(text, now=NOW, tz="America/New_York")
    return intent.resource, intent.action, dict(intent.refs), dict(intent.fields)


@pytest.mark.parametrize(
    "said",
    [
        "the o'brien closing on 11/13 was at 2 not 1, fix the calendar",
        "delete the o'brien closing on 11/13",
        "move the nov 13 o'brien closing to 3pm",
    ],
)
def test_a_day_long_ahead_names_the_entry_just_gone(said: str) -> None:
    resource, _, refs, fields = _read(said)
    assert resource == "calendar_entries"
    assert refs["calendar_entry_on"] == "2026-11-13"
    assert fields.get("start_at", "2026-11-13")[:10] == "2026-11-13"


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("cancel the team meeting on 12/28", "2026-12-28"),  # ahead, within the half year
        ("move the jones depo on saturday to 2pm", "2026-12-05"),  # a weekday: the next one
        ("cancel the meeting on 3/1", "2027-03-01"),  # three months ahead: a plan
    ],
)
def test_a_day_ahead_stays_the_next_one(said: str, day: str) -> None:
    _, _, refs, _ = _read(said)
    assert refs["calendar_entry_on"] == day


@pytest.mark.parametrize(
    "said",
    [
        'rename the closing to "Home purchase closing, keys handed over"',
        "rename the garcia hearing to “Hearing - Part 14, Judge Ruiz presiding”",
    ],
)
def test_a_quoted_value_is_never_cut_as_a_reason(said: str) -> None:
    assert drop_why(said) == said


def test_a_reason_after_a_quoted_value_is_still_dropped() -> None:
    said = 'rename the depo task to "Depo outline - Robert Jones", he is the witness now'
    assert drop_why(said) == 'rename the depo task to "Depo outline - Robert Jones"'
