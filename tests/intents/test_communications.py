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
