"""Rule "a date written with a dot" (`intents/dotted_dates.py`): examples and counter-examples."""

from __future__ import annotations

from datetime import datetime

import pytest

from intents import parse
from intents.clock import Clock
from intents.dotted_dates import slashed

DECEMBER = datetime(2026, 12, 15, 14, 10)  # Tuesday 15 December 2026, New York
TZ = "America/New_York"


def _read(text: str, order: str = "MDY") -> dict[str, object]:
    return parse(text, now=DECEMBER, tz=TZ, date_order=order).fields


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("remind me to call dr hart about the expert report 12.17", "due_at", "2026-12-17"),
        ("parking at the chen mediation 12.11 - $22", "date", "2026-12-11"),
        ("smith v jones settlement conf 12.22 10a-11:30", "start_at", "2026-12-22T10:00:00-05:00"),
        (
            "all day 12.23: garcia expert disclosure deadline",
            "start_at",
            "2026-12-23T00:00:00-05:00",
        ),
    ],
)
def test_a_dotted_date_of_this_month_is_a_date(text: str, field: str, value: str) -> None:
    assert _read(text)[field] == value


def test_day_first_writers_put_the_day_before_the_dot() -> None:
    assert _read("remind me to call the clerk 17.12", "DMY")["due_at"] == "2026-12-17"


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("parking 12.15 on garcia", "price", 12.15),  # what was paid, no other amount
        ("$12.15 parking on garcia", "price", 12.15),
        ("1.25 research on johnson", "quantity", 4500),  # not this month, and it leads
        ("change the smith entry to 1.25", "quantity", 4500),
    ],
)
def test_an_amount_or_a_length_stays_a_number(text: str, field: str, value: object) -> None:
    assert _read(text)[field] == value


@pytest.mark.parametrize(
    "text",
    [
        "lunch at 12.30 with emily chen",  # a clock time
        "log 12.20 on garcia",  # a length after its verb
        "12.25 hours on garcia",  # a length, and it leads
        "fee of 12.10 usd",
        "wants trustees named by 1.15",  # not this month
    ],
)
def test_counter_examples_are_left_as_written(text: str) -> None:
    clock = Clock.build(DECEMBER, TZ, "MDY")
    assert slashed(text, clock) == text
