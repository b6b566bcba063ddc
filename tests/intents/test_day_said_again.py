"""Rule "a day said again": a day taken back in passing and said again is the new day."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intents import parse

TZ = "America/New_York"
NOW = datetime(2026, 12, 7, 16, 0, tzinfo=ZoneInfo(TZ))  # a Monday


def _read(text: str):
    return parse(text, now=NOW, tz=TZ)


@pytest.mark.parametrize(
    ("text", "field", "day"),
    [
        (
            "log 1.5h research on Smith v Jones, I did it on tuesday, sorry, wednesday",
            "date",
            "2026-12-02",
        ),
        (
            "log 1h strategy for Garcia on Wednesday, no sorry, it was Thursday the 3rd",
            "date",
            "2026-12-03",
        ),
        ("task for priya call the clerk due friday - sorry, thursday", "due_at", "2026-12-10"),
        ("log .5 on chen 12/3 - oops, 12/4 call w emily", "date", "2026-12-04"),
        ("log .4 on chen dec 3, no, dec 4 call w emily", "date", "2026-12-04"),
    ],
)
def test_the_day_said_again_is_the_record_s(text: str, field: str, day: str) -> None:
    intent = _read(text)
    assert intent.fields[field] == day
    assert "sorry" not in str(intent.fields.get("note") or intent.fields.get("name"))


def test_an_apology_that_says_no_new_day_corrects_nothing() -> None:
    intent = _read("task for priya: call the clerk, due friday, sorry for the delay")
    assert intent.fields["due_at"] == "2026-12-11"
