"""The date rules of the issue, checked by brute force over many `now` values."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from intents import parse

DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
TODAYS = st.dates(min_value=date(2001, 1, 1), max_value=date(2098, 12, 31))


def _at(today: date) -> datetime:
    return datetime.combine(today, datetime.min.time()).replace(hour=10, minute=30)


def _logged(text: str, today: date, tz: str = "America/New_York") -> str:
    return parse(f"log 1h on Acme {text}", now=_at(today), tz=tz).fields["date"]


def _due(text: str, today: date) -> str:
    return parse(f"task call the clerk due {text}", now=_at(today), tz="America/New_York").fields[
        "due_at"
    ]


def _days_around(today: date) -> list[date]:
    return [today + timedelta(days=n) for n in range(-8, 9)]


@settings(max_examples=150, deadline=None)
@given(TODAYS, st.integers(min_value=0, max_value=6))
def test_weekdays(today: date, weekday: int) -> None:
    name = DAYS[weekday]
    days = [d for d in _days_around(today) if d.weekday() == weekday]
    monday = today - timedelta(days=today.weekday())
    assert _logged(name, today) == max(d for d in days if d <= today).isoformat()
    assert _logged(f"last {name}", today) == max(d for d in days if d < today).isoformat()
    assert _due(name, today) == min(d for d in days if d > today).isoformat()
    assert _due(f"next {name}", today) == min(d for d in days if d > today).isoformat()
    this = monday + timedelta(days=weekday)
    if today.weekday() >= 5 and this < today:  # said on a weekend, a plan's "this friday" is ahead
        this += timedelta(weeks=1)
    assert _due(f"this {name}", today) == this.isoformat()


@settings(max_examples=150, deadline=None)
@given(TODAYS, st.integers(min_value=0, max_value=6))
def test_a_weekday_of_a_week_said_by_name(today: date, weekday: int) -> None:
    """ "next week thursday", "nxt wk thurs", "thursday next week": that day of the Monday-Sunday
    week named, in full or in shorthand, before or after the day."""
    name, short = DAYS[weekday], DAYS[weekday][:3]
    monday = today - timedelta(days=today.weekday())
    following = (monday + timedelta(weeks=1, days=weekday)).isoformat()
    previous = (monday - timedelta(weeks=1) + timedelta(days=weekday)).isoformat()
    assert _due(f"next week {name}", today) == following
    assert _due(f"nxt wk {short}", today) == following
    assert _due(f"{name} next wk", today) == following
    assert _logged(f"last week {name}", today) == previous


@settings(max_examples=150, deadline=None)
@given(TODAYS, st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=28))
def test_a_missing_year_takes_the_nearest_occurrence(today: date, month: int, day: int) -> None:
    options = [date(today.year + n, month, day) for n in (-1, 0, 1)]
    distances = sorted(abs((o - today).days) for o in options)
    if distances[0] == distances[1]:
        return
    nearest = min(options, key=lambda o: abs((o - today).days))
    assert _logged(f"{MONTHS[month - 1]} {day}", today) == nearest.isoformat()
    assert _logged(f"{month}/{day}", today) == nearest.isoformat()
    dmy = parse(
        f"log 1h on Acme {day}/{month}", now=_at(today), tz="Europe/London", date_order="DMY"
    )
    assert dmy.fields["date"] == nearest.isoformat()


@settings(max_examples=150, deadline=None)
@given(TODAYS, st.integers(min_value=1, max_value=30))
def test_relative_days(today: date, count: int) -> None:
    assert _logged(f"{count} days ago", today) == (today - timedelta(days=count)).isoformat()
    assert _due(f"in {count} days", today) == (today + timedelta(days=count)).isoformat()
    assert _logged("yesterday", today) == (today - timedelta(days=1)).isoformat()
    assert _due("tomorrow", today) == (today + timedelta(days=1)).isoformat()
    next_month = date(today.year + today.month // 12, today.month % 12 + 1, 1)
    assert _due("end of month", today) == (next_month - timedelta(days=1)).isoformat()


def _skipped(wall: datetime, tz: str) -> bool:
    """Whether a wall-clock time does not exist that day (a spring-forward gap)."""
    aware = wall.replace(tzinfo=ZoneInfo(tz))
    return aware.astimezone(ZoneInfo("UTC")).astimezone(ZoneInfo(tz)).replace(tzinfo=None) != wall


@settings(max_examples=150, deadline=None)
@given(
    st.datetimes(min_value=datetime(2001, 1, 1), max_value=datetime(2098, 12, 31)),
    st.sampled_from(["America/New_York", "Europe/London", "America/Los_Angeles", "UTC"]),
    st.integers(min_value=0, max_value=23),
)
def test_calendar_times_carry_the_offset_of_their_date(now: datetime, tz: str, hour: int) -> None:
    tomorrow = now.date() + timedelta(days=1)
    text = f"schedule call on {tomorrow.isoformat()} at {hour:02d}:00"
    fields = parse(text, now=now, tz=tz).fields
    start = datetime.fromisoformat(fields["start_at"])
    end = datetime.fromisoformat(fields["end_at"])
    wall = datetime.combine(tomorrow, datetime.min.time()).replace(hour=hour)
    assert start.replace(tzinfo=None) == wall or start.fold or _skipped(wall, tz)
    assert start.utcoffset() == start.astimezone(ZoneInfo(tz)).utcoffset()
    assert end - start == timedelta(hours=1)


@settings(max_examples=150, deadline=None)
@given(TODAYS, st.integers(min_value=0, max_value=6))
def test_a_week_from_a_named_day(today: date, weekday: int) -> None:
    """Rule "a week from a named day": "a week from wednesday" is the Wednesday ahead, a week on;
    "two weeks from this friday", "3 days after next monday" likewise."""
    name = DAYS[weekday]
    ahead = min(d for d in _days_around(today) if d.weekday() == weekday and d > today)
    assert _due(f"a week from {name}", today) == (ahead + timedelta(weeks=1)).isoformat()
    assert _due(f"two weeks from {name}", today) == (ahead + timedelta(weeks=2)).isoformat()
    monday = today - timedelta(days=today.weekday())
    assert _due(f"3 days after next {name}", today) == (ahead + timedelta(days=3)).isoformat()
    this = monday + timedelta(days=weekday)
    if today.weekday() >= 5 and this < today:
        this += timedelta(weeks=1)
    assert _due(f"a week from this {name}", today) == (this + timedelta(weeks=1)).isoformat()


@settings(max_examples=100, deadline=None)
@given(TODAYS, st.integers(min_value=0, max_value=6))
def test_this_coming_and_this_past_weekday(today: date, weekday: int) -> None:
    """ "this coming friday" is "coming friday", "this past monday" is "past monday"."""
    name = DAYS[weekday]
    days = _days_around(today)
    assert (
        _due(f"this coming {name}", today)
        == min(d for d in days if d.weekday() == weekday and d > today).isoformat()
    )
    assert (
        _logged(f"this past {name}", today)
        == max(d for d in days if d.weekday() == weekday and d < today).isoformat()
    )
