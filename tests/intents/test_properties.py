"""Properties: `parse` never raises, and durations written differently give the same seconds."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from intents import parse, parser
from intents.clock import Clock

NOW = datetime(2026, 11, 18, 10, 30)
VOCABULARY = (
    "log add new task matter 1.5h 0.3 on for to re Smith v Jones yesterday friday next last "
    "<@U02ABC> <https://app.clio.com/nc/#/matters/1045|Acme> #88 $45.20 api GET help : - "
    "11/12 2026-02-29 at 3pm 2-4pm all day delete mark complete watch timer stop"
)
WORDS = st.sampled_from(VOCABULARY.split(" "))


def _never_fails(text: str, date_order: str = "MDY") -> None:
    """The unguarded reader raises nothing, so `parse`'s safety net is never what answers."""
    intent = parser.read(text, Clock.build(NOW, "America/New_York", date_order))
    dumped = intent.model_dump(mode="json")
    assert {"resource", "action", "fields", "refs"} <= dumped.keys()
    assert parse(text, now=NOW, tz="America/New_York", date_order=date_order) == intent


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=2000))
def test_parse_never_raises_on_any_text(text: str) -> None:
    _never_fails(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=30).map(" ".join), st.sampled_from(["MDY", "DMY"]))
def test_parse_never_raises_on_command_like_text(text: str, date_order: str) -> None:
    _never_fails(text, date_order)


def _forms(hours: int, minutes: int) -> list[str]:
    total = hours * 60 + minutes
    forms = [f"{total} min", f"{total} minutes", f"{hours}:{minutes:02d}"]
    if hours and minutes:
        forms += [f"{hours}h{minutes}m", f"{hours} hr {minutes} min", f"{hours} hrs {minutes} mins"]
        forms += [f"{hours}h {minutes}m", f"{hours} hours and {minutes} minutes"]
    elif hours:
        forms += [f"{hours}h", f"{hours} hours", f"{hours} hr", f"{hours}.0h"]
    else:
        forms += [f"{minutes}m", f"{minutes} mins"]
    if total % 6 == 0:
        forms += [f"{total / 60:g}h", f"{total / 60:g} hours"]
        if hours == 0:
            forms.append(f"{total / 60:g}h".lstrip("0"))
    if total == 30:
        forms += ["half an hour", "a half hour"]
    if total == 90:
        forms += ["an hour and a half", "one and a half hours"]
    if total == 15:
        forms += ["a quarter hour", "quarter of an hour"]
    return forms


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=12), st.integers(min_value=0, max_value=59))
def test_duration_spellings_agree(hours: int, minutes: int) -> None:
    if hours == minutes == 0:
        return
    expected = (hours * 60 + minutes) * 60
    for form in _forms(hours, minutes):
        intent = parse(f"log {form} on Smith v Jones drafting", now=NOW, tz="America/New_York")
        assert intent.fields.get("quantity") == expected, form
        assert intent.refs == {"matter": "Smith v Jones"}, form
        assert intent.fields.get("note") == "drafting", form


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=99))
def test_bare_tenths_are_hours(tenths: int) -> None:
    hours = tenths / 10
    for text in (f"log {hours:g} on Acme", f"time {hours:g} Acme", f"{hours:g} Acme"):
        intent = parse(text, now=NOW, tz="America/New_York")
        assert intent.fields.get("quantity") == round(hours * 3600), text
    comma = f"{hours:g}".replace(".", ",")
    intent = parse(f"log {comma}h on Acme", now=NOW, tz="Europe/London", date_order="DMY")
    assert intent.fields.get("quantity") == round(hours * 3600)
