"""When a logged call or email happened: `received_at` and the assumption behind it."""

from __future__ import annotations

from datetime import datetime

import pytest

from intents import parse

NOW = datetime(2026, 11, 18, 10, 30, 12)  # a Wednesday, New York


@pytest.mark.parametrize(
    "text,received_at,assumptions",
    [
        ("log call with John Smith yesterday at 3pm", "2026-11-17T15:00:00-05:00", []),
        ("log call with John Smith yesterday", "2026-11-17T12:00:00-05:00", ["no time given: 12:00"]),
        ("log call with John Smith", "2026-11-18T10:30:12-05:00", ["no date or time given: now"]),
        ("log call with John Smith today", "2026-11-18T10:30:12-05:00", ["no time given: now"]),
        ("log call with John Smith at 9am", "2026-11-18T09:00:00-05:00", ["no date given: 2026-11-18"]),
        ("log call with John Smith at 3pm", "2026-11-17T15:00:00-05:00", ["no date given: 2026-11-17"]),
        ("change communication 31 to Nov 10", "2026-11-10T12:00:00-05:00", ["no time given: 12:00"]),
    ],
)  # fmt: skip
def test_received_at_and_what_was_assumed(
    text: str, received_at: str, assumptions: list[str]
) -> None:
    intent = parse(text, now=NOW, tz="America/New_York")
    assert intent.fields["received_at"] == received_at
    assert intent.assumptions == assumptions
    assert "date" not in intent.fields


def test_a_subject_that_merely_mentions_a_day_keeps_it() -> None:
    intent = parse("update communication 31 to call on Monday", now=NOW, tz="America/New_York")
    assert intent.fields == {"subject": "call on Monday"}
    assert intent.assumptions == []


@pytest.mark.parametrize(
    "text,kind,incoming",
    [
        ("called david o'brien about the closing docs", "PhoneCommunication", False),
        ("sarah johnson called re her deposition - nervous", "PhoneCommunication", True),
        ("emailed globex the lease default analysis today", "EmailCommunication", False),
        ("emily chen emailed re: custody schedule changes", "EmailCommunication", True),
        ("left vm for ravi patel re signing date", "PhoneCommunication", False),
        ("spoke w/ lena hart re garcia medical records", "PhoneCommunication", False),
        ("sent northwind the revised handbook by email", "EmailCommunication", False),
        ("i called maria garcia re her medical bills", "PhoneCommunication", False),
        ("phone msg from sarah johnson: can we move her depo prep", "PhoneCommunication", True),
        ("got an email from globex re the lease notice", "EmailCommunication", True),
    ],
)  # fmt: skip
def test_a_call_or_email_said_as_done_is_logged_with_its_direction(
    text: str, kind: str, incoming: bool
) -> None:
    intent = parse(text, now=NOW, tz="America/New_York")
    assert (intent.resource, intent.action, intent.fields["type"]) == (
        "communications",
        "create",
        kind,
    )
    assert intent.fields.get("incoming", False) is incoming


def test_re_colon_starts_the_subject_not_the_body() -> None:
    intent = parse("email from emily chen yesterday re: parenting schedule", now=NOW, tz="UTC")
    assert "parenting schedule" in intent.fields["subject"]
    assert "body" not in intent.fields


def test_a_body_that_tells_the_call_as_the_other_partys_makes_it_incoming() -> None:
    intent = parse(
        "log it pls: opposing counsel in brightline phoned you tues, they want to push the depo",
        now=NOW,
        tz="America/New_York",
    )
    assert intent.fields["incoming"] is True
    mine = parse("log a call: I phoned the clerk re the depo", now=NOW, tz="America/New_York")
    assert "incoming" not in mine.fields


@pytest.mark.parametrize(
    "text,subject",
    [
        ("inbound call from Dr. Lena Hart's office: the expert report will be late", "the expert report will be late"),
        ("email from st. mary's hospital this morning: the bills are still pending", "the bills are still pending"),
        # counter-examples: a head that says what about, or a request to log
        ("call from ravi re the trust: he wants to wait", "call from ravi re the trust"),
        ("log call with Mary Jones: she will call back", "call with Mary Jones"),
    ],
)  # fmt: skip
def test_a_head_that_says_only_who_leaves_the_subject_to_what_was_said(
    text: str, subject: str
) -> None:
    """Rule "a head that says only who"."""
    assert parse(text, now=NOW, tz="America/New_York").fields["subject"] == subject
