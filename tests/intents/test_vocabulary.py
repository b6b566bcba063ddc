"""The firm's vocabulary: the name matcher (examples and counter-examples) and `parse` with and
without a vocabulary."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from intents import parse, wants_vocabulary
from intents.vocabulary import Vocabulary, told_apart

NOW = dt.datetime(2026, 12, 3, 15, 30, tzinfo=dt.UTC)
ACME = {"id": 7, "name": "Acme Corp", "type": "Company"}
GARCIA = {
    "id": 8,
    "name": "Maria Garcia",
    "type": "Person",
    "first_name": "Maria",
    "last_name": "Garcia",
}
JONES = {
    "id": 9,
    "name": "Robert Jones",
    "type": "Person",
    "first_name": "Robert",
    "last_name": "Jones",
}
PATEL = {"id": 10, "name": "Ravi Patel", "type": "Person"}
MATTERS = [
    {
        "id": 38,
        "display_number": "00038-Acme",
        "description": "Acme Corp contract review",
        "client": ACME,
    },
    {
        "id": 49,
        "display_number": "00049-Acme",
        "description": "Acme Corp v. Widget Works",
        "client": ACME,
    },
    {"id": 50, "display_number": "00050-Acme", "description": "Acme merger", "client": ACME},
    {
        "id": 40,
        "display_number": "00040-Garcia",
        "description": "Garcia v. Metro Transit Authority",
        "client": GARCIA,
    },
    {
        "id": 39,
        "display_number": "00039-Patel",
        "description": "Patel estate planning",
        "client": PATEL,
    },
]
USERS = [
    {"id": 2, "name": "Marcus Bell", "email": "marcus@demo-firm.test"},
    {"id": 4, "name": "Priya Shah", "email": "priya@demo-firm.test"},
    {"id": 6, "name": "Old Timer", "email": "old@demo-firm.test", "enabled": False},
]
VOCABULARY = Vocabulary.build(
    matters=MATTERS,
    contacts=[ACME, GARCIA, JONES, PATEL],
    users=USERS,
    activity_descriptions=[{"id": 21, "name": "L110 Fact Investigation/Development"}],
    task_types=[{"id": 31, "name": "Court Filing"}],
    practice_areas=[{"id": 41, "name": "Litigation", "code": "LIT"}],
    calendars=[{"id": 51, "name": "Firm calendar"}],
)


def test_a_company_is_named_without_the_kind_of_place_it_is():
    hospital = {"id": 12, "name": "St. Mary's Hospital", "type": "Company"}
    vocabulary = Vocabulary.build(contacts=[hospital])
    said = [(m.text, m.senses[0].id) for m in vocabulary.find("call from st mary's billing office")]
    assert said == [("st mary's", 12)]


def found(text: str) -> list[tuple[str, list[tuple[str, int]]]]:
    return [(m.text, [(s.kind, s.id) for s in m.senses]) for m in VOCABULARY.find(text)]


@pytest.mark.parametrize(
    ("text", "span", "sense"),
    [
        ("bills for acme", "acme", ("matter", 38)),
        ("bills for acme", "acme", ("contact", 7)),
        ("2h15m garcia depo prep", "garcia", ("matter", 40)),
        ("2h30m research for Acme merger", "Acme merger", ("matter", 50)),  # longest first
        ("0.5 on acme v widget works", "acme v widget works", ("matter", 49)),
        ("1h garcia v. metro", "garcia v. metro", ("matter", 40)),
        ("1h garcai v metro", "garcai v metro", ("matter", 40)),  # a typo in a long word
        ("the patel estate", "patel estate", ("matter", 39)),
        ("call with robert jones", "robert jones", ("contact", 9)),
        ("task for Marcus file motion", "Marcus", ("user", 2)),
        ("@priya pls call", "@priya", ("user", 4)),
        ("marcus's tasks", "marcus's", ("user", 2)),
        ("tasks for marcus bell", "marcus bell", ("user", 2)),
        ("1h L110 review", "L110", ("activity_description", 21)),
        ("court filing tasks", "court filing", ("task_type", 31)),
        ("litigation matters", "litigation", ("practice_area", 41)),
        ("on the firm calendar", "firm calendar", ("calendar", 51)),
        ("00040-garcia drafting", "00040-garcia", ("matter", 40)),
        ("widget works depo", "widget works", ("matter", 49)),
        ("the widget case", "widget", ("matter", 49)),  # the other side by its first word
        ("acme contract review call", "acme contract review", ("matter", 38)),
    ],
)
def test_names_are_found_as_people_type_them(text, span, sense):
    spans = dict(found(text))
    assert span in spans
    assert sense in spans[span]


@pytest.mark.parametrize(
    "text",
    [
        "1h research and review",  # work words are never names
        "log 2h drafting the contract",
        "call the court",
        "tasks for timer",  # a disabled user's name is not known
        "1h on acne",  # a short word is not forgiven a typo
        "for me",
    ],
)
def test_common_words_and_unknown_names_are_not_names(text):
    assert [
        span for span, senses in found(text) if any(k != "activity_description" for k, _ in senses)
    ] == []


def test_a_name_never_runs_over_a_clauses_end():
    spans = [span for span, _ in found("note on patel: estate planning call")]
    assert "patel" in spans and not any(":" in span for span in spans)
    assert [span for span, _ in found("note on patel estate planning call")] == [
        "patel estate planning"
    ]


def test_a_matter_is_known_by_its_clients_first_word_and_its_description():
    vocabulary = Vocabulary.build(
        matters=[
            {
                "id": 41,
                "display_number": "00041-Globex",
                "description": "Globex Industries lease dispute",
                "client": {"id": 8, "name": "Globex Industries", "type": "Company"},
            }
        ]
    )
    assert [(m.text, m.senses[0].id) for m in vocabulary.find("globex lease dispute: x")] == [
        ("globex lease dispute", 41)
    ]


def test_old_timer_is_not_a_colleague():
    assert found("tasks for old timer") == []


def read(text: str, vocabulary: Vocabulary | None = VOCABULARY):
    return parse(text, now=NOW, tz="America/New_York", vocabulary=vocabulary)


@pytest.mark.parametrize(
    ("text", "refs", "fields"),
    [
        ("2h15m garcia depo prep", {"matter": "40"}, {"quantity": 8100, "note": "depo prep"}),
        (
            "2h30m research for Acme merger",
            {"matter": "50"},
            {"quantity": 9000, "note": "research"},
        ),
        ("time on garcia this month", {"matter": "40"}, {"start_date": "2026-12-01"}),
        (
            "task for Marcus file motion to compel",
            {"assignee": "2"},
            {"name": "file motion to compel"},
        ),
        ("@priya pls call court clerk", {"assignee": "4"}, {"name": "call court clerk"}),
        ("tasks for marcus", {"assignee": "2"}, {}),
        ("bills for acme", {"client": "7"}, {}),
        ("1h on the garcia matter drafting", {"matter": "40"}, {"note": "drafting"}),
        ("acme v widget works 1h review", {"matter": "49"}, {"note": "review"}),
        (
            "log 1h acme call",
            {"matter": "acme"},
            {"note": "call"},
        ),  # three Acme matters: the core asks
    ],
)
def test_parse_reads_the_firms_names(text, refs, fields):
    intent = read(text)
    assert intent.refs == refs
    assert {k: intent.fields.get(k) for k in fields} == fields


@pytest.mark.parametrize(
    ("text", "refs", "kind"),
    [
        ("add a note on robert jones - new cell 917-555-0188", {"contact": "9"}, "Contact"),
        ("note on contact maria garcia: prefers texts", {"contact": "8"}, "Contact"),
        ("note on the garcia file - records are in", {"matter": "40"}, "Matter"),
    ],
)
def test_a_note_on_a_contact_named_in_full_is_a_contact_note(text, refs, kind):
    intent = read(text)
    assert (intent.refs, intent.fields["type"]) == (refs, kind)


def test_a_call_with_a_client_is_on_their_only_matter():
    intent = read("log call w/ maria garcia re settlement")
    assert intent.refs == {"contact": "8", "matter": "40"}
    assert "maria garcia" in intent.fields["subject"]  # the name stays in the subject


@pytest.mark.parametrize(
    "text",
    [
        "2h15m garcia depo prep",
        "2h30m research for Acme merger",
        "task for Marcus file motion to compel",
        "@priya pls call court clerk",
        "tasks for marcus",
        "log 1.5h on Smith v Jones yesterday drafting motion",
    ],
)
def test_without_a_vocabulary_parse_is_unchanged(text):
    empty = Vocabulary([])
    assert read(text, None) == read(text, empty)


def test_a_name_of_both_a_matter_and_a_colleague_carries_both_readings():
    both = Vocabulary.build(
        matters=[
            {
                "id": 60,
                "display_number": "00060-Marcus",
                "description": "Marcus divorce",
                "client": {"id": 70, "name": "Jane Marcus", "type": "Person"},
            }
        ],
        users=USERS,
    )
    intent = read("tasks for marcus", both)
    assert intent.refs == {"matter": "60"}
    assert [a.refs for a in intent.alternatives] == [{"assignee": "2"}]


def test_a_message_to_an_unknown_colleague_is_read_as_before():
    assert read("@zed pls call court clerk") == read("@zed pls call court clerk", None)


@pytest.mark.parametrize(
    "text",
    [
        "task call the court assigned to Ravi Patel due Friday",  # a contact, not the Patel matter
        "reassign task 7 to Ravi Patel",
        "schedule prep session Nov 24 2pm with attendees Priya, Garcia",
        "log phone call from Maria Garcia yesterday: asked about the claim",
        "log email to Marcus: the Garcia file is ready",  # what follows the colon stays whole
    ],
)
def test_explicit_forms_read_as_without_the_vocabulary(text):
    with_names, without = read(text), read(text, None)
    assert (with_names.resource, with_names.action) == (without.resource, without.action)
    assert with_names.fields == without.fields
    for slot, written in without.refs.items():  # each kept as written, or found: its id, or
        now = with_names.refs[slot]  # the colleague of that name, as a typed @name
        assert now == written or now.isdigit() or now == "@Marcus.Bell" == f"@{written}.Bell"


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("find users named Marcus", False),
        ("list the attorneys", False),
        ("family law matters", True),  # a practice area, a colleague's matters
        ("api GET /api/v4/matters.json?ids[]=1", False),
        ("2h15m garcia depo prep", True),
        ("tasks for marcus", True),
    ],
)
def test_names_are_asked_of_clio_only_when_they_may_add(text, wanted):
    assert wants_vocabulary(text, now=NOW, tz="America/New_York") is wanted


@pytest.mark.parametrize(
    ("text", "assignee", "name"),
    [
        ("priya - pull the garcia medical bills, due tmrw", "4", "medical bills"),
        ("marcus needs to call maria garcia re deposition dates by monday", "2", "deposition"),
        ("priya pls prep the exhibit binder for the depo by friday", "4", "exhibit binder"),
        ("Priya Shah: send the closing documents to acme by friday", "4", "closing documents"),
        ("marcus to review the garcia notes", "2", "review"),
    ],
)
def test_a_message_opening_with_a_colleague_handed_work_is_a_task_for_them(text, assignee, name):
    intent = read(text)
    assert (intent.resource, intent.action, intent.refs.get("assignee")) == (
        "tasks",
        "create",
        assignee,
    )
    assert name in intent.fields["name"] and "pls" not in intent.fields["name"]


@pytest.mark.parametrize(
    "text",
    [
        "marcus called re the garcia bills",  # no word hands the work over
        "garcia - medical bills",  # a matter, not a colleague
        "maria garcia: prefers texts",  # a contact
    ],
)
def test_a_name_without_work_handed_over_is_no_task(text):
    assert read(text).refs.get("assignee") is None


def test_a_message_that_may_open_with_a_colleague_asks_for_the_names():
    assert wants_vocabulary("tom - send the medical records by friday", now=NOW, tz="UTC")


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        ("email to marcus re garcia depo outline", "@Marcus.Bell"),
        ("log call from priya re the lien letters", "@Priya.Shah"),
        ("log an email i sent marcus: garcia file is ready", "@Marcus.Bell"),
        ("emailed acme the redlines", "7"),  # one word, right after the verb: the company
    ],
)
def test_the_other_party_of_a_call_or_email_by_one_word(text, contact):
    intent = read(text)
    assert (intent.resource, intent.refs.get("contact")) == ("communications", contact)


@pytest.mark.parametrize(
    ("text", "contact", "recipient", "incoming"),
    [
        ("marcus called maria garcia re her PT bills", "@Marcus.Bell", "8", True),
        ("maria rang priya yesterday about the lien", "8", "@Priya.Shah", True),
        ("priya got a call from acme re the msa", "7", "@Priya.Shah", True),
        ("log the email maria garcia sent marcus today", "8", "@Marcus.Bell", True),
        ("maria garcia called me re the settlement", "8", None, True),
        ("i emailed acme monday, log it as an email from marcus to them", "@Marcus.Bell", "7", True),
        ("log a call on garcia: maria called priya friday", "8", "@Priya.Shah", True),
        # counter-examples: one end only, or a call told deep in what was said
        ("maria garcia called in re her bills", "8", None, True),
        ("log email to marcus: the client says that maria garcia emailed priya", "@Marcus.Bell", None, None),
    ],
)  # fmt: skip
def test_who_called_whom_by_the_verbs_subject_and_object(text, contact, recipient, incoming):
    """Rule "who called whom" (intents/parties.py)."""
    intent = read(text)
    assert (intent.resource, intent.action) == ("communications", "create")
    assert (intent.refs.get("contact"), intent.refs.get("recipient")) == (contact, recipient)
    assert intent.fields.get("incoming") == incoming


def test_a_call_told_after_the_colon_keeps_its_words_as_the_body():
    intent = read("log a call on garcia: maria called priya friday about the lien")
    assert intent.fields["body"] == "maria called priya about the lien"


def test_what_was_said_after_the_colon_places_no_name():
    intent = read("log an email i sent marcus: garcia file is ready")
    assert "matter" not in intent.refs
    assert intent.fields["body"] == "garcia file is ready"


def test_a_matter_named_inside_a_meetings_topic_stays_in_its_title():
    intent = read("mtg w/ hannah re patel trust next mon 10")
    assert intent.refs["matter"] == "39"
    assert "patel trust" in intent.fields["summary"]
    assert read("strategy mtg re garcia tomorrow 3pm").fields["summary"] == "strategy mtg"


def test_the_other_side_named_by_its_first_words_names_the_matter():
    assert read("1.5h drafting opposition to metro transit's MTD").refs["matter"] == "40"


def test_a_connector_left_dangling_by_the_matter_taken_leaves_the_note():
    intent = read("8:30-9:15 this morning call w/ garcia")
    assert (intent.fields["note"], intent.refs["matter"]) == ("call", "40")
    named = read("8:30-9:15 this morning call w/ maria garcia")  # a person named: who it was with
    assert (named.fields["note"], named.refs["matter"]) == ("call w/ maria garcia", "40")


def test_an_entry_moved_to_a_matter_named_after_it() -> None:
    intent = read("move marcus's mediation prep entry to patel estate planning")
    assert (intent.resource, intent.action) == ("activities", "update")
    assert intent.refs["matter"] == "39"
    assert intent.refs["activity"] == "marcus's mediation prep entry"


def test_a_person_the_entry_was_with_stays_a_word_of_it() -> None:
    intent = read("change the intake mtg w/ maria garcia to 1.5h")
    assert "garcia" in intent.refs["activity"]


SMITH0 = {"id": 80, "name": "George Smith0", "type": "Person"}
SMITH3 = {"id": 83, "name": "Hana Smith3", "type": "Person"}
SMITHS = Vocabulary.build(  # "smith" is one letter from two clients' names: a tie
    matters=[
        {
            "id": 70,
            "display_number": "00070-Smith0",
            "description": "Smith0 estate",
            "client": SMITH0,
        },
        {
            "id": 73,
            "display_number": "00073-Smith3",
            "description": "Smith3 lease",
            "client": SMITH3,
        },
    ],
    contacts=[SMITH0, SMITH3],
)


def test_typos_as_close_as_each_other_name_every_record_of_both():
    (match,) = SMITHS.find("1.5h on Smith v Jones drafting")
    assert (match.text, [s.id for s in match.senses]) == ("Smith", [70, 80, 73, 83])


def test_a_name_one_typo_from_several_is_left_as_written():
    intent = parse("log 1.5h on Smith v Jones yesterday drafting motion", now=NOW, tz="UTC")
    named = parse(
        "log 1.5h on Smith v Jones yesterday drafting motion", now=NOW, tz="UTC", vocabulary=SMITHS
    )
    assert named.refs["matter"] == intent.refs["matter"] == "Smith v Jones"
    assert named.fields["note"] == "drafting motion"


_SEEDED = """
import json, sys
from datetime import datetime
from tests.intents.test_vocabulary import SMITHS, VOCABULARY
from intents import parse
now = datetime(2026, 12, 3, 10, 30)
texts = json.loads(sys.argv[1])
print(json.dumps([
    parse(t, now=now, tz="America/New_York", vocabulary=v).model_dump(mode="json")
    for t in texts for v in (SMITHS, VOCABULARY)
]))
"""


def test_a_reading_never_depends_on_the_hash_seed():
    """Sets are iterated in an order that changes with PYTHONHASHSEED: no reading may."""
    texts = [
        "log 1.5h on Smith v Jones yesterday drafting motion",
        "expense $45.20 parking for Smith v Jones on Nov 10",
        "last bill for smith",
        "log call with smith re scheduling",
        "2h30m research for Acme merger",
        "1h garcai v metro",
        "bills for acme",
    ]
    root = Path(__file__).resolve().parents[2]
    readings = {
        subprocess.run(
            [sys.executable, "-c", _SEEDED, json.dumps(texts)],
            cwd=root,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(readings) == 1


RAVI = {**PATEL, "first_name": "Ravi", "last_name": "Patel"}
JOHN = {
    "id": 11,
    "name": "John Smith",
    "type": "Person",
    "first_name": "John",
    "last_name": "Smith",
}
PEOPLE = Vocabulary.build(
    matters=[
        {**MATTERS[-1], "client": RAVI},
        {"id": 42, "display_number": "00042-Smith", "description": "Smith v Jones", "client": JOHN},
        {"id": 48, "display_number": "00048-Smith", "description": "Smith will", "client": JOHN},
    ],
    contacts=[RAVI, JOHN, JONES],
    users=USERS,
)


@pytest.mark.parametrize(
    ("text", "matter", "kept"),
    [
        ("remind me to send ravi the signed trust deed by friday", "39", "ravi"),
        ("need to finalize ravi's pour-over will by the 11th", "39", "ravi"),
        ("prep session for the robert jones depo tomorrow 3 to 5pm", "42", "jones"),
        ("remind me tmrw to call the court reporter about the jones transcript", "42", "jones"),
        ("remind me to call john about the will by monday", None, "john"),  # his two matters
        ("task for marcus: send ravi the deed", "39", "ravi"),
    ],
)
def test_a_new_tasks_matter_named_through_a_person(text, matter, kept):
    intent = parse(text, now=NOW, tz="America/New_York", vocabulary=PEOPLE)
    assert intent.refs.get("matter") == matter
    title = intent.fields.get("name") or intent.fields.get("summary") or ""
    assert kept in title.lower()  # the person stays in the title


@pytest.mark.parametrize(
    ("text", "matter"),
    [
        ("email from acme's gc re the msa - ok with the cap", "38"),
        ("by eod fri - circulate the msa redline to acme", "38"),
        ("email from acme's gc re the settlement offer", None),  # not told apart: the core asks
        ("2.0 acme msa redlines", "acme"),  # time bills the matter: a topic word is no proof
    ],
)
def test_a_clients_matter_told_apart_by_a_topic_word(text, matter):
    assert read(text).refs.get("matter") == matter


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("holiday custody schedule", 1),  # a topic word: custody means a divorce
        ("the condo inspection report", 2),  # its own word
        ("re the trust deed", None),  # neither
        ("emily chen re scheduling", None),  # the client's name tells nothing
        ("the divorce and the condo", None),  # both
    ],
)
def test_one_of_a_clients_matters_told_apart_by_its_words(text, meant):
    matters = {1: "Chen divorce", 2: "purchase of Hoboken condo"}
    assert told_apart(matters, text, besides="Emily Chen") == meant


def test_a_pronoun_tells_no_matter_apart():
    """ "her landlord kept the deposit" is not named by "re her personnel file": Sarah's matters
    stay several, and the core asks which; its own word still names it."""
    sarah = {"id": 11, "name": "Sarah Johnson", "type": "Person", "first_name": "Sarah"}
    suit = {"id": 45, "display_number": "00045-Johnson", "description": "Johnson v Brightline"}
    deposit = {"id": 51, "display_number": "00051-Johnson", "description": "her landlord kept it"}
    sarahs = Vocabulary.build(
        matters=[{**suit, "client": sarah}, {**deposit, "client": sarah}], contacts=[sarah]
    )
    said = "i emailed sarah johnson re her personnel file, record it on the johnson case"
    assert read(said, sarahs).refs.get("matter") == "johnson"
    assert read("email sarah johnson re her landlord", sarahs).refs.get("matter") == "51"
