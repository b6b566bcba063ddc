"""A record moved by an amount ("by a week", "back an hour", "two days earlier")."""

from __future__ import annotations

import datetime as dt

import pytest

from intents import parse

NOW = dt.datetime(2026, 12, 3, 15, 30, tzinfo=dt.UTC)


def read(text: str):
    return parse(text, now=NOW, tz="America/New_York")


@pytest.mark.parametrize(
    ("text", "minutes", "ref"),
    [
        ("postpone the trust deed task by a week", 10080, ("task", "trust deed")),
        ("move the witness list task two days earlier", -2880, ("task", "witness list")),
        ("push the depo back 2 hours", 120, ("calendar_entry", "depo")),
        ("postpone the deposition on saturday by an hour", 60, ("calendar_entry", "deposition")),
    ],
)
def test_a_move_by_an_amount_is_a_shift(text, minutes, ref):
    intent = read(text)
    assert intent.action == "update" and intent.fields["shift_minutes"] == minutes
    assert intent.refs[ref[0]] == ref[1]
    assert "start_at" not in intent.fields and "due_at" not in intent.fields


@pytest.mark.parametrize(
    "text", ["move the witness list task to friday", "log 1 hour on smith", "move the depo to 3pm"]
)
def test_a_moment_or_a_length_is_no_shift(text):
    assert "shift_minutes" not in read(text).fields
