"""Issue 16's examples at parse level: each reads the value the issue asks for."""

from __future__ import annotations

from datetime import datetime

import pytest

from intents import parse

NOW = datetime(2013, 2, 12, 4, 30)  # Tuesday, the dates corpus's reference time
TZ = "Etc/GMT+2"


def _read(text: str) -> dict:
    return parse(text, now=NOW, tz=TZ).fields


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("log 1h on Smith v Jones prep for monday hearing", "prep for monday hearing"),
        (
            "log .5 on Smith v Jones call w/ client re 12/14 hearing",
            "call w/ client re 12/14 hearing",
        ),
        (
            "log 0.3 call with Jane Roe re intake: she will sign next week",
            "call with Jane Roe re intake: she will sign next week",
        ),
    ],
)
def test_a_narrative_date_stays_in_the_note(text: str, note: str) -> None:
    fields = _read(text)
    assert (fields["date"], fields["note"]) == ("2013-02-12", note)


def test_a_narrative_date_in_a_note_is_kept() -> None:
    fields = _read("note on Roe matter: client says incident was on 11/28, has photos")
    assert "date" not in fields
    assert fields["detail"] == "client says incident was on 11/28, has photos"


def test_a_date_of_the_work_still_dates_it() -> None:
    assert _read("log 2h on Smith v Jones yesterday trial prep")["date"] == "2013-02-11"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("schedule meeting in one hour", "2013-02-12T05:30:00-02:00"),
        ("schedule meeting in 15 minutes", "2013-02-12T04:45:00-02:00"),
        ("schedule meeting tonight at 11", "2013-02-12T23:00:00-02:00"),
        ("schedule meeting at 3 in the morning", "2013-02-13T03:00:00-02:00"),  # 3am has passed
        ("schedule meeting 8 tonight", "2013-02-12T20:00:00-02:00"),
        ("schedule meeting 9 tomorrow evening", "2013-02-13T21:00:00-02:00"),
        ("schedule meeting at 20 past 3pm", "2013-02-12T15:20:00-02:00"),
        ("schedule meeting a quarter past 3pm", "2013-02-12T15:15:00-02:00"),
        ("schedule meeting half past 3 pm", "2013-02-12T15:30:00-02:00"),
        ("schedule meeting twenty after 3pm", "2013-02-12T15:20:00-02:00"),
        ("schedule meeting a quarter to noon", "2013-02-12T11:45:00-02:00"),
        # the zone is read; the record holds the person's own time
        ("schedule meeting Thursday 8:00 PST", "2013-02-14T14:00:00-02:00"),
        ("schedule meeting Thursday 9 am BST", "2013-02-14T06:00:00-02:00"),
    ],
)
def test_times_relative_to_now_clock_words_and_zones(text: str, start: str) -> None:
    assert _read(text)["start_at"] == start


def test_a_zone_is_said_on_the_card() -> None:
    intent = parse("schedule meeting Thursday 8:00 PST", now=NOW, tz=TZ)
    assert "time given in PST: shown in your time" in intent.assumptions


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("schedule meeting 3 years from today", "2016-02-12"),
        ("schedule meeting 2 weeks from today", "2013-02-26"),
        ("schedule meeting the second of march", "2013-03-02"),
        ("schedule meeting the third of march", "2013-03-03"),
        ("schedule meeting wednesday of next week", "2013-02-20"),
        ("schedule meeting end of April", "2013-04-30"),
        ("schedule meeting last friday of october", "2013-10-25"),
        ("schedule meeting first tuesday of october", "2013-10-01"),
        ("schedule meeting Fri, Sep 20", "2013-09-20"),
        ("schedule meeting Fri, Jul 18", "2014-07-18"),  # the weekday fixes the year
    ],
)
def test_days_ordinals_and_years(text: str, day: str) -> None:
    assert _read(text)["start_at"][:10] == day


def test_a_two_digit_year_far_ahead_is_last_century() -> None:
    assert _read("log 1h on Smith v Jones 10/31/74")["date"] == "1974-10-31"


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("schedule meeting 23rd to 26th Oct", "2013-10-23", "2013-10-26"),
        ("schedule meeting July 13 - July 15", "2013-07-13", "2013-07-15"),
        ("schedule meeting from the 13th to the 15th of July", "2013-07-13", "2013-07-15"),
    ],
)
def test_a_range_books_every_day(text: str, first: str, last: str) -> None:
    fields = _read(text)
    assert (fields["start_at"][:10], fields["end_at"][:10], fields["all_day"]) == (
        first,
        last,
        True,
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("log 1h on Smith v Jones 20th of the previous month", "2013-01-20"),
        ("log 1h on Smith v Jones monday of this week", "2013-02-11"),
    ],
)
def test_work_dated_by_ordinals_of_a_named_month_or_week(text: str, day: str) -> None:
    assert _read(text)["date"] == day


def test_a_weekday_with_its_day_of_month_leaves_no_words() -> None:
    fields = _read("schedule hearing Tuesday the 19th")
    assert (fields["summary"], fields["start_at"][:10]) == ("hearing", "2013-02-19")


@pytest.mark.parametrize(
    ("text", "check"),
    [
        ("log 25h on Smith v Jones", "check: 25h is more than a day"),
        ("log 1h on Smith v Jones tomorrow", "check: work dated in the future (2013-02-13)"),
        ("task file the reply due yesterday", "check: due date already past (2013-02-11)"),
        ("schedule hearing feb 30 10am", "check: 'feb 30' is not a date; the words are kept"),
    ],
)
def test_an_unlikely_reading_says_check(text: str, check: str) -> None:
    intent = parse(text, now=NOW, tz=TZ)
    assert check in intent.assumptions
    assert intent.confidence <= 0.6


def test_feb_30_keeps_its_words() -> None:
    assert "feb 30" in _read("schedule hearing feb 30 10am")["summary"]


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("log 1h 12m on Smith v Jones", 4320),
        ("log 1:12 on Smith v Jones", 4320),
        ("log 72min on Smith v Jones", 4320),
        ("log 1.2h on Smith v Jones", 4320),
        ("log 01:12:00 on Smith v Jones", 4320),
        ("log .3 on Smith v Jones", 1080),
        ("log 2h15m on Smith v Jones", 8100),
        ("log 90 min on Smith v Jones", 5400),
        ("log an hour and a half on Smith v Jones", 5400),
    ],
)
def test_every_clio_duration_format(text: str, seconds: int) -> None:
    assert _read(text)["quantity"] == seconds


def test_day_first_locale_reads_3_4_as_3_april() -> None:
    fields = parse("schedule hearing 3/4", now=NOW, tz=TZ, date_order="DMY").fields
    assert fields["start_at"][:10] == "2013-04-03"
