"""Slack's own markup typed around a request (`intents.markup.normalize`) is never part of what
the request says: emoji codes, separators between fields, arrows between times; and the rules
that read what it leaves (a colon an emoji stood for, a phone's "ph" label, a closing field)."""

from __future__ import annotations

from datetime import datetime

import pytest

from intents import parse
from intents.markup import normalize

NOW = datetime.fromisoformat("2026-12-07T16:00:00-05:00")


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        # rule "Slack's emoji say nothing": at an edge, or before a separator, they go
        (":memo: matter note for garcia", "matter note for garcia"),
        ("calendar: Patel trust signing :pen: | fri", "calendar: Patel trust signing; fri"),
        ("thanks :pray::skin-tone-2:", "thanks"),
        ("\U0001f4dd note for garcia \u2705", "note for garcia"),
        # ... and one between two words stands where a colon would
        ("new contact for AP :moneybag: Derek Vance", "new contact for AP: Derek Vance"),
        ("todo :pushpin: draft the index", "todo: draft the index"),
        # not an emoji: clock times, a label's colon
        ("call at 10:30:45", "call at 10:30:45"),
        ("subject:lien: balance", "subject:lien: balance"),
        # rule "a separator splits fields"
        ("depo prep | Smith v Jones | my office", "depo prep; Smith v Jones; my office"),
        (
            "client Globex • wrongful termination • Employment",
            "client Globex; wrongful termination; Employment",
        ),
        ("matter note // 00049-Acme // the answer", "matter note; 00049-Acme; the answer"),
        ("| a  |  | b //", "a; b"),
        ("<https://x.example/a|the link> | b", "\ue000; b"),
        ("a|b and a/b and http://x.example/a//b", "a|b and a/b and \ue000"),
        # rule "an arrow between two times is a range"
        ("wed 3pm -> 4pm", "wed 3pm-4pm"),
        ("9:00 \u2192 9:45", "9:00-9:45"),
        ("fri 2 => 3:30pm", "fri 2-3:30pm"),
        ("my acme entry 1.5 -> 2", "my acme entry 1.5 -> 2"),  # a correction, not a range
        ("log email: tom -> sarah", "log email: tom -> sarah"),  # who wrote to whom
    ],
)
def test_slack_markup_is_read_as_what_it_stands_for(typed: str, read: str) -> None:
    assert normalize(typed).text == read


def _parse(text: str):
    return parse(text, now=NOW, tz="America/New_York")


def test_ph_labels_a_phone_and_is_no_word_of_the_name() -> None:
    intent = _parse("add company contact *Harbor Freight Forwarding*, ph `718-555-0142`")
    assert intent.fields["name"] == "Harbor Freight Forwarding"
    assert intent.fields["phone_numbers"][0]["number"] == "718-555-0142"


def test_what_a_contact_is_for_said_before_a_colon_is_no_name() -> None:
    intent = _parse("new contact for billing :telephone_receiver: Paula Nguyen, Controller")
    assert (intent.fields["first_name"], intent.fields["last_name"]) == ("Paula", "Nguyen")
    named = _parse("new contact for Jenna O'Neill, phone 917 555 0142")
    assert (named.fields["first_name"], named.fields["last_name"]) == ("Jenna", "O'Neill")


def test_a_colon_right_after_the_command_opens_fields_not_a_body() -> None:
    intent = _parse("log email: Tom Reyes -> Sarah Johnson, friday, subj *Invoice 1007*")
    assert intent.fields["received_at"].startswith("2026-12-04")


def test_an_arrow_after_the_record_word_opens_its_fields() -> None:
    intent = _parse("email log -> from me to Dr. Lena Hart, today, body: need the draft")
    assert (intent.resource, intent.action) == ("communications", "create")
    assert not intent.fields["subject"].startswith(">")


def test_an_arrow_between_fields_is_no_word_of_a_title() -> None:
    intent = _parse("task on Johnson vs. Brightline -> *finalize exhibit list*, due monday")
    assert intent.fields["name"] == "finalize exhibit list"
    event = _parse("can u add a site visit to the intersection -> fri `8am` to `10am`")
    assert (event.resource, event.action) == ("calendar_entries", "create")
    assert "->" not in event.fields["summary"] and ">" not in event.fields["summary"]


def test_the_employer_as_a_field_of_its_own() -> None:
    intent = _parse(
        "new contact Priscilla Wong | Facilities Director | Globex Industries | p@x.com"
    )
    assert intent.fields["title"] == "Facilities Director"
    assert intent.refs["company"] == "Globex Industries"
    place = _parse("new contact Jane Roe, Brooklyn, jane@roe.example.com")
    assert "company" not in place.refs


def test_a_labelled_subject_after_only_who_is_the_subject() -> None:
    intent = _parse(
        "email log -> from me to Dr. Lena Hart, today, subject `Expert report`, body: x"
    )
    assert (intent.fields["subject"], intent.fields["body"]) == ("Expert report", "x")
    told = _parse("log an email from John Smith to Alice | subj: _Photos_ | 12 pics attached")
    assert (told.fields["subject"], told.fields["body"]) == ("Photos", "12 pics attached")
    kept = _parse("log email to sarah re invoice 1007, subject: balance due")
    assert kept.fields["subject"] == "balance due"
    assert "invoice 1007" in kept.fields["body"]  # what it was about is kept, as its body
