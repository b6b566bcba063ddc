"""A typed answer to a record question: the record's words without the words around them."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.assistant.answers import read_answer

NOW = dt.datetime(2026, 12, 3, 15, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("smith v jones", "smith v jones"),
        ("the widget works one", "widget works"),
        ("it's the garcia matter", "garcia"),
        ("on acme v widget works.", "acme v widget works"),
    ],
)
def test_a_record_named_as_the_answer(typed, name):
    assert read_answer("ref:matter", typed, now=NOW, tz="America/New_York") == {"ref:matter": name}


def test_an_empty_answer_answers_nothing():
    assert read_answer("ref:matter", "  ", now=NOW, tz="America/New_York") is None
