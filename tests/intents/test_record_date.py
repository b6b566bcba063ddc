"""Which day dates the record when a message tells a story around the request (rules "the
request's date" and "the story's date" in `intents.dates`), on Sunday 6 December 2026."""

from __future__ import annotations

from datetime import datetime

import pytest

from intents import parse

NOW = datetime(2026, 12, 6, 17, 0)  # a Sunday
TZ = "America/New_York"


def _fields(text: str) -> dict:
    return parse(text, now=NOW, tz=TZ).fields


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the day said with the request ("for <day>" after the verb or the length) wins
        (
            "their GC sent back 40 comments thursday night and i spent yesterday on them. "
            "put 2.75 hrs on acme for yesterday",
            "2026-12-05",
        ),
        ("ravi emailed tuesday night. put 1.4 hrs on patel for yesterday", "2026-12-05"),
        # a word of the record after the day: "her thursday time"
        (
            "tom runs prebills tmrw, make sure her thursday time is in: 45 min call on johnson",
            "2026-12-03",
        ),
        # set off at the end of the request's sentence
        (
            "drove out to see maria, went over the hearing on the 11th. 1.75 hrs garcia, this morning",
            "2026-12-06",
        ),
        # someone else's act told before a day is the story's; the speaker's own work is not
        (
            "the clerk bounced our filing friday. refiled it this morning, .4 on smith v jones",
            "2026-12-06",
        ),
        ("the expert report landed late thursday. 3.1 hrs on garcia", "2026-12-06"),
        ("emailed opposing counsel friday re discovery, .3 on chen", "2026-12-04"),
        ("i emailed the client friday re discovery, .3 on chen", "2026-12-04"),
        # an act word as an adjective tells no one's act: "the signed lease docs"
        ("$65 messenger fee on globex, ran the signed lease docs over friday", "2026-12-04"),
        # a conversation the speaker had is the work
        (
            "ravi called yesterday and we were on for 30 min, log the half hour on patel",
            "2026-12-05",
        ),
        # another event's day: the work has no day of its own, so it is today's
        ("2 hrs on johnson getting sarah ready for the mediation on the 15th", "2026-12-06"),
        # being at the event is the work: its day dates it
        ("put down 2.5 hrs for attending the chen mediation on nov 30", "2026-11-30"),
        ("covered the garcia hearing on friday, 3h", "2026-12-04"),
        # a day said alone still dates the work, even one still to come (checked elsewhere)
        ("log 2h on smith v jones yesterday drafting motion", "2026-12-05"),
    ],
)
def test_the_day_of_the_work(text: str, day: str) -> None:
    assert _fields(text)["date"] == day


def test_the_same_day_said_twice_leaves_the_note() -> None:
    fields = _fields(
        "friday got away from me, depo prep ran over. log 3.2 hrs on garcia for friday"
    )
    assert fields["date"] == "2026-12-04"
    assert "friday" not in fields["note"]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # someone's act before a day never dates a planned entry
        (
            "the court clerk emailed on friday: the pretrial conference is set for dec 17 at 10am. calendar it",
            "2026-12-17T10:00:00-05:00",
        ),
        # "is now set for": "now" tells a change, it is not the time
        (
            "tanaka's office called on thursday, the settlement conference is now set for dec 21 at 2pm",
            "2026-12-21T14:00:00-05:00",
        ),
        # the event a planned entry names may still date it
        ("calendar the hearing on the 11th at 10am", "2026-12-11T10:00:00-05:00"),
        # on a weekend, a plan's "this friday" is the coming one
        (
            "call with acme's GC this friday at 11, put it on my calendar",
            "2026-12-11T11:00:00-05:00",
        ),
    ],
)
def test_the_day_of_a_planned_entry(text: str, start: str) -> None:
    assert _fields(text)["start_at"] == start


def test_a_due_day_wins_over_the_event_it_prepares() -> None:
    fields = _fields("task: confirm the courtroom for the garcia hearing on 12/8, due 12/7")
    assert fields["due_at"] == "2026-12-07"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("task on chen to circulate the draft, due in 2 wks", "2026-12-20"),
        ("task: chase dr hart's report, due in 10 days", "2026-12-16"),
        ("task: renew the lis pendens in 3 mos", "2027-03-06"),
        ("task for marcus: pull the police report by this wed", "2026-12-09"),  # said on a Sunday
    ],
)
def test_a_due_day_in_short_words(text: str, due: str) -> None:
    assert _fields(text)["due_at"] == due


def test_a_promised_day_does_not_date_a_call() -> None:
    said = "call from st mary's records dept this morning, they'll fax them over by wed"
    assert _fields(said)["received_at"].startswith("2026-12-06")
