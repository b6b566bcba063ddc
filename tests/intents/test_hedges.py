"""A wordy, unsure writer's requests: rule "a hedge is no part of the request" (`intents.hedges`)
and the rules fixed with it ("the work's day said after it", "the end said apart", "a length of
work", "a job taken back", "the value before its label", "who called whom" said after the call),
each with examples and counter-examples."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intents import hedges, parse
from intents.vocabulary import Vocabulary
from tests.intents import test_vocabulary as firm

TZ = "America/New_York"
NOW = datetime(2026, 12, 7, 16, 0, tzinfo=ZoneInfo(TZ))  # a Monday


def _read(text: str, vocabulary: Vocabulary | None = None):
    return parse(text, now=NOW, tz=TZ, vocabulary=vocabulary)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "hi, not sure if this is the right place but could you please log 1h on smith",
            "could you please log 1h on smith",
        ),
        ("Hi, sorry to bother you, could you log 1h on smith?", "could you log 1h on smith?"),
        ("would it be possible to add Brightline as a company?", "add Brightline as a company?"),
        ("Is it possible to open a matter for Karen Smith", "open a matter for Karen Smith"),
        (
            "not sure if I'm doing this right but Smith v Jones, 48 minutes on Thursday",
            "Smith v Jones, 48 minutes on Thursday",
        ),
        (
            "open a matter for Oliver Grant, Marcus responsible? sorry if I've missed anything",
            "open a matter for Oliver Grant, Marcus responsible",
        ),
        (
            "record an email to Robert Jones? It's Smith v Jones, sorry, should have said",
            "record an email to Robert Jones? It's Smith v Jones",
        ),
        ("log 1h on chen today. thank you so much!", "log 1h on chen today"),
        (
            "calendar it Thursday at 10am, I think until noon",
            "calendar it Thursday at 10am, until noon",
        ),
        (
            "log 2h drafting for Garcia, the L120 code I think",
            "log 2h drafting for Garcia, the L120 code",
        ),
        ("I think it was about 40 minutes on garcia", "about 40 minutes on garcia"),
        (
            "log 1h drafting, maybe put it under Smith v Jones",
            "log 1h drafting, put it under Smith v Jones",
        ),
        ("Would you mind logging 30 min on chen", "log 30 min on chen"),
        (
            "log 2h on johnson yesterday? I think it was mostly drafting the outlines",
            "log 2h on johnson yesterday? mostly drafting the outlines",
        ),
        (
            "new contact Omar Haddad, he's I think the office manager",
            "new contact Omar Haddad, he's the office manager",
        ),
        (
            "Hi there, I'm new here so apologies in advance - could you log 2h on chen",
            "could you log 2h on chen",
        ),
        ("just wanted to ask if you could log 30 min on garcia", "log 30 min on garcia"),
        (
            "Is there any way you could add $9.80 postage to smith, if possible?",
            "add $9.80 postage to smith",
        ),
        ("Can I ask you to log 45 min on chen? when you get a chance", "log 45 min on chen"),
        (
            "log 1.5h on globex friday, reviewing amendments, if that makes sense",
            "log 1.5h on globex friday, reviewing amendments",
        ),
        (
            "note on garcia: PT ends soon. Sorry if this is the wrong format",
            "note on garcia: PT ends soon",
        ),
        (
            "add contact Marta Oyelaran? I believe she's the claims adjuster at Globex",
            "add contact Marta Oyelaran? she's the claims adjuster at Globex",
        ),
        (
            "Apologies if this is a silly question, but could you add $45 courier on johnson",
            "could you add $45 courier on johnson",
        ),
        ("I hope this is OK to ask here - could you log 1h on chen", "could you log 1h on chen"),
        (
            "record a call from Maria Garcia. Garcia case, sorry, forgot to say",
            "record a call from Maria Garcia. Garcia case",
        ),
        (
            "call with Emily at 11am? I think it should be about half an hour",
            "call with Emily at 11am? about half an hour",
        ),
        (
            "new matter for Lena Hart, car accident, and I think Marcus will be the responsible attorney",
            "new matter for Lena Hart, car accident, and Marcus will be the responsible attorney",
        ),
        (
            "copies, it was Wednesday, sorry, yes definitely Wednesday",
            "copies, it was Wednesday, sorry, Wednesday",
        ),
    ],
)
def test_a_hedge_is_dropped(text: str, plain: str) -> None:
    assert hedges.plain(text) == plain


@pytest.mark.parametrize(
    "text",
    [
        "hey alice can u log 1h on smith",  # the chatter rule's: the name greeted goes too
        "hey",
        "sorry",
        "note on smith v jones: I think the witness is lying",  # no value after "I think"
        "log 1.5h research on smith, I did it on tuesday, sorry, wednesday",  # a day taken back
        "could you log 1h on chen (sorry, it was a very long morning)",
    ],
)
def test_words_that_say_something_are_kept(text: str) -> None:
    assert hedges.plain(text) == text


@pytest.mark.parametrize(
    ("text", "day", "note"),
    [
        ("log 1h smith v jones research, I think it was tuesday", "2026-12-01", "research"),
        ("log 1h smith v jones research, it was tuesday", "2026-12-01", "research"),
    ],
)
def test_the_work_s_day_said_after_it_dates_it(text: str, day: str, note: str) -> None:
    intent = _read(text)
    assert (intent.action, intent.fields["date"], intent.fields["note"]) == ("create", day, note)


@pytest.mark.parametrize(
    "text",
    [
        "expense $15.75 patel estate certified copies, it was Wednesday",
        "expense for the Patel matter: $15.75 for certified copies, I think it was Wednesday, "
        "sorry, yes definitely Wednesday",
    ],
)
def test_a_new_record_s_day_said_after_it_is_no_correction(text: str) -> None:
    intent = _read(text)
    assert (intent.resource, intent.action) == ("activities", "create")
    assert intent.fields["date"] == "2026-12-02"


def test_an_old_record_s_day_said_after_it_is_still_a_correction() -> None:
    intent = _read("my patel expense, it was wednesday")
    assert (intent.action, intent.fields) == ("update", {"date": "2026-12-02"})


def test_a_story_s_was_is_not_the_work_s_day() -> None:
    intent = _read("log 1h drafting on smith, the hearing was on tuesday")
    assert intent.fields["date"] == "2026-12-07"


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("put the site inspection on the calendar for Thursday at 10am, until noon", "12:00"),
        ("meeting with emily chen wednesday at 2pm, I think until 3:30, in room B", "15:30"),
        ("calendar the garcia call thursday at 9am, till 10.", "10:00"),
    ],
)
def test_the_end_said_apart_is_the_end(text: str, end: str) -> None:
    assert _read(text).fields["end_at"][11:16] == end


def test_a_length_said_about_is_the_length_and_leaves_the_summary() -> None:
    fields = _read(
        "schedule a call with Ravi Patel for Wednesday at 4pm, for about 45 minutes"
    ).fields
    assert (fields["end_at"][11:16], fields["summary"]) == ("16:45", "call with Ravi Patel")


def test_to_a_number_said_apart_is_no_end() -> None:
    fields = _read("calendar the garcia prep thursday at 10am, to 3 witnesses").fields
    assert fields["end_at"][11:16] == "11:00"


def test_a_length_of_work_is_the_work() -> None:
    kinds = Vocabulary.build(activity_descriptions=[{"id": 1, "name": "Legal research"}])
    intent = _read("log about an hour and a half of legal research on smith", kinds)
    assert intent.refs["activity_description"] == "Legal research"
    assert "activity_description" not in _read("log 1h on smith re the research memo", kinds).refs


def test_a_job_taken_back_is_replaced() -> None:
    fields = _read(
        "Could you add Gregory Voss as a contact? He's a senior associate at Northwind Traders, "
        "sorry, their general counsel, gvoss@northwind.example.com"
    ).fields
    assert fields["title"] == "general counsel"
    assert _read("add contact Jo Park, senior associate at Acme").fields["title"] == (
        "senior associate"
    )


@pytest.mark.parametrize("surname", ["Lindqvist", "Bergquist", "Almkvist"])
def test_a_surname_in_ist_is_kept(surname: str) -> None:
    fields = _read(f"create a contact for Derek {surname}").fields
    assert (fields["first_name"], fields["last_name"]) == ("Derek", surname)
    assert "last_name" not in _read("add contact Dana, orthopedist").fields


AREAS = Vocabulary.build(
    contacts=[firm.ACME],
    practice_areas=[{"id": 41, "name": "Litigation"}, {"id": 43, "name": "Family Law"}],
)


@pytest.mark.parametrize(
    "text",
    [
        "new matter for Acme Corp, a supplier dispute, Litigation practice area, Marcus responsible",
        "new matter for Acme Corp (Litigation practice area), a supplier dispute",
    ],
)
def test_a_practice_area_before_its_label(text: str) -> None:
    intent = _read(text, AREAS)
    assert intent.refs["practice_area"] == "Litigation"
    assert "practice" not in intent.fields["description"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "new matter for John Smith, fence dispute. Alice is going to be the responsible attorney",
            "Alice",
        ),
        (
            "new matter for John Smith, fence dispute. Hannah will be the responsible attorney",
            "Hannah",
        ),
    ],
)
def test_who_will_be_responsible(text: str, who: str) -> None:
    assert _read(text).refs["responsible_attorney"] == who


PARTIES = Vocabulary.build(
    contacts=[firm.GARCIA, firm.JONES],
    users=[*firm.USERS, {"id": 5, "name": "Tom Reyes", "email": "tom@demo-firm.test"}],
)


@pytest.mark.parametrize(
    ("text", "sender", "receiver"),
    [
        ("log an email Marcus Bell sent to Maria Garcia today re the hearing", "@Marcus.Bell", "8"),
        ("log a phone call Tom Reyes made to Robert Jones today", "@Tom.Reyes", "9"),
        ("record an email that Priya sent to Maria Garcia yesterday", "@Priya.Shah", "8"),
    ],
)
def test_a_call_said_first_then_who_made_it_to_whom(text: str, sender: str, receiver: str) -> None:
    refs = _read(text, PARTIES).refs
    assert (refs["contact"], refs["recipient"]) == (sender, receiver)


def test_a_call_made_to_someone_by_me_has_one_party() -> None:
    refs = _read("log a call I made to Maria Garcia today", PARTIES).refs
    assert refs["contact"] == "8" and "recipient" not in refs


@pytest.mark.parametrize(
    ("text", "user", "note"),
    [
        (
            "Marcus spent 2 hours yesterday preparing the witness binder, could you please log it "
            "for him?",
            "2",
            "preparing the witness binder",
        ),
        ("Priya spent 40 minutes today on garcia going over the bills, log it please", "4", None),
    ],
)
def test_a_colleague_s_time_told_first_then_log_it(text: str, user: str, note: str | None) -> None:
    intent = _read(text, firm.VOCABULARY)
    assert intent.refs["user"] == user
    assert "log" not in intent.fields["note"]
    assert note is None or intent.fields["note"] == note


CODES = Vocabulary.build(
    matters=firm.MATTERS,
    contacts=[firm.GARCIA],
    activity_descriptions=[
        {"id": 21, "name": "L110 Fact Investigation/Development"},
        {"id": 22, "name": "L210 Pleadings"},
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "garcia, fact investigation, 48 minutes on Thursday, going through the footage",
        "1h garcia going through the footage, fact investigation development",
    ],
)
def test_a_code_s_name_said_without_it(text: str) -> None:
    refs = _read(text, CODES).refs
    assert refs["activity_description"] == "L110 Fact Investigation/Development"


def test_a_code_s_name_as_the_work_s_object_is_not_it() -> None:
    refs = _read("1h garcia re the fact investigation memo", CODES).refs
    assert "activity_description" not in refs
