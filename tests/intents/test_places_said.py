"""Where an event is, said as people say it (`intents.calendar_entries`): a street after "on"
kept with its place and never taken for a matter, a street number never a time, a name with a
kind of place after it kept whole."""

from __future__ import annotations

import datetime as dt

import pytest

from intents import parse

NOW = dt.datetime(2026, 12, 7, 15, 0, tzinfo=dt.UTC)


def read(text: str):
    intent = parse(text, now=NOW, tz="America/New_York")
    assert (intent.resource, intent.action) == ("calendar_entries", "create")
    return intent


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("mediation thursday 10am at the mediator's office on Court St", "mediator's office on Court St"),
        ("mediation thursday 10am at the mediator's office on court st", "mediator's office on court st"),
        ("mediation thursday 10am at the office on Court Street", "office on Court Street"),
        ("IME monday 10am at Dr. Hart's office at 205 Main Street", "Dr. Hart's office at 205 Main Street"),
        # counter-examples: a place with no street, a name with "of" in it
        ("hearing thursday 9am at the Court of Appeals", "Court of Appeals"),
        ("lunch fri noon at Le Pain on 5th ave", "Le Pain on 5th ave"),
    ],
)  # fmt: skip
def test_a_place_and_its_street(text, place):
    intent = read(text)
    assert intent.fields["location"] == place
    assert "matter" not in intent.refs


def test_a_street_number_is_no_time():
    intent = read("IME monday at 10 in the morning at Dr. Hart's office at 205 Main Street")
    assert intent.fields["start_at"] == "2026-12-14T10:00:00-05:00"
    # counter-example: a time with no street after it
    assert read("call at 730 pm tomorrow").fields["start_at"] == "2026-12-08T19:30:00-05:00"
