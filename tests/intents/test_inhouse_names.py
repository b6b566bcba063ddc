"""The firm's in-house names (dev 4290-4308, variants 3960-3970): a matter by its client's first
name and a matter word ("emily's divorce", "maria's case"), told apart by negation ("the contract
review, not the widget case"), "put it on my list for thursday", a contact's role said beside
their name, a contact described by role in a matter and a new matter for a client named by first
name (examples and counter-examples, with a small firm vocabulary, on Monday 7 December 2026 at
16:00 in New York)."""

from __future__ import annotations

import datetime as dt

from intents import parse
from intents.vocabulary import Vocabulary

NOW = dt.datetime(2026, 12, 7, 21, 0, tzinfo=dt.UTC)  # Monday 7 December, 16:00 in New York
TZ = "America/New_York"
SMITH = {
    "id": 1,
    "name": "John Smith",
    "type": "Person",
    "first_name": "John",
    "last_name": "Smith",
}
MARIA = {
    "id": 2,
    "name": "Maria Garcia",
    "type": "Person",
    "first_name": "Maria",
    "last_name": "Garcia",
}
RAVI = {"id": 3, "name": "Ravi Patel", "type": "Person", "first_name": "Ravi", "last_name": "Patel"}
CHEN = {"id": 4, "name": "Emily Chen", "type": "Person", "first_name": "Emily", "last_name": "Chen"}
ACME = {"id": 5, "name": "Acme Corp", "type": "Company"}
SARAH = {
    "id": 6,
    "name": "Sarah Johnson",
    "type": "Person",
    "first_name": "Sarah",
    "last_name": "Johnson",
}
MATTERS = [
    {
        "id": 42,
        "display_number": "00042-Smith",
        "description": "Smith v Jones",
        "status": "Open",
        "client": SMITH,
    },
    {
        "id": 48,
        "display_number": "00048-Smith",
        "description": "Smith will and power of attorney",
        "status": "Closed",
        "client": SMITH,
    },
    {
        "id": 40,
        "display_number": "00040-Garcia",
        "description": "Garcia v. Metro Transit Authority",
        "status": "Open",
        "client": MARIA,
    },
    {
        "id": 39,
        "display_number": "00039-Patel",
        "description": "Patel estate planning",
        "status": "Open",
        "client": RAVI,
    },
    {
        "id": 43,
        "display_number": "00043-Chen",
        "description": "Chen divorce",
        "status": "Open",
        "client": CHEN,
    },
    {
        "id": 38,
        "display_number": "00038-Acme",
        "description": "Acme Corp contract review",
        "status": "Open",
        "client": ACME,
    },
    {
        "id": 49,
        "display_number": "00049-Acme",
        "description": "Acme Corp v. Widget Works",
        "status": "Open",
        "client": ACME,
    },
    {
        "id": 45,
        "display_number": "00045-Johnson",
        "description": "Johnson vs. Brightline Logistics",
        "status": "Open",
        "client": SARAH,
    },
    {
        "id": 50,
        "display_number": "00050-Johnson",
        "description": "Johnson estate planning",
        "status": "Open",
        "client": SARAH,
    },
]
USERS = [
    {"id": 11, "name": "Alice Nguyen", "first_name": "Alice", "email": "alice@demo-firm.test"},
    {"id": 12, "name": "Marcus Bell", "first_name": "Marcus", "email": "marcus@demo-firm.test"},
    {"id": 14, "name": "Hannah Whitaker", "first_name": "Hannah", "email": "hannah@demo-firm.test"},
]
VOCABULARY = Vocabulary.build(
    matters=MATTERS,
    contacts=[SMITH, MARIA, RAVI, CHEN, ACME, SARAH],
    users=USERS,
    practice_areas=[{"id": 21, "name": "Real Estate"}, {"id": 22, "name": "Employment"}],
)  # fmt: skip


def read(text: str):
    return parse(text, now=NOW, tz=TZ, vocabulary=VOCABULARY)


def test_a_clients_first_name_with_what_the_matter_is_names_it() -> None:
    intent = read("emily's divorce, note subject 'settlement feeler': the house is on the table")
    assert (intent.resource, intent.action) == ("notes", "create")
    assert intent.refs["matter"] == "43"
    assert "emily" not in intent.fields["detail"]


def test_a_clients_first_name_with_case_names_their_open_matter() -> None:
    intent = read("maria's case, note subject 'PT update': she finished physical therapy today")
    assert (intent.resource, intent.refs["matter"]) == ("notes", "40")
    # John Smith's will matter is closed: his case is the suit
    assert read("john's case - 1.2h reviewed deposition exhibits").refs["matter"] == "42"


def test_a_first_name_on_two_open_matters_is_asked_about() -> None:
    intent = read("sarah's case - 1.2h reviewed the bills of lading")
    assert intent.refs.get("matter") not in ("45", "50")


def test_put_it_on_my_list_for_a_day_is_a_task_for_me() -> None:
    intent = read(
        "once the jones depo is done I need to order the transcript - put it on my list for thursday"
    )
    assert (intent.resource, intent.action) == ("tasks", "create")
    assert intent.refs["assignee"] == "me"
    assert intent.fields["due_at"] == "2026-12-10"
    assert "transcript" in intent.fields["name"] and "list" not in intent.fields["name"]
    intent = read("chase the MRI bills. can you put that on my to-do list for wednesday")
    assert (intent.resource, intent.fields["due_at"]) == ("tasks", "2026-12-09")


def test_whats_on_my_list_is_still_a_search() -> None:
    intent = read("what's on my list for thursday")
    assert (intent.resource, intent.action) == ("tasks", "search")


def test_first_thing_tomorrow_is_tomorrow() -> None:
    intent = read("first thing tomorrow call ravi about the trustees - put it on my list")
    assert (intent.resource, intent.fields["due_at"]) == ("tasks", "2026-12-08")
    assert intent.fields["name"] == "call ravi about the trustees"


def test_a_matter_said_after_not_is_left_out() -> None:
    intent = read(
        "hold 9 to 11 tomorrow on alice's calendar to go through acme's MSA markup - the contract"
        " review, not the widget case"
    )
    assert (intent.resource, intent.refs["matter"]) == ("calendar_entries", "38")
    assert "widget" not in intent.fields["summary"]
    intent = read(
        "1.5h acme, drafted discovery requests - the widget case, not the contract review"
    )
    assert intent.refs["matter"] == "49"


def test_not_before_a_colleague_is_no_negated_matter() -> None:
    intent = read("task for hannah, not marcus: update the trustee schedule for ravi by friday")
    assert intent.refs.get("matter") == "39"


def test_a_surname_that_ends_like_a_job_is_kept() -> None:
    intent = read(
        "add Greta Lindqvist, acme's new general counsel - Acme Corp,"
        " greta.lindqvist@acme.example.com, 646-555-0288"
    )
    assert (intent.resource, intent.action) == ("contacts", "create")
    assert (intent.fields["first_name"], intent.fields["last_name"]) == ("Greta", "Lindqvist")
    assert "general counsel" in intent.fields["title"]
    # a job said after the name is still no surname
    intent = read("add contact Jane Roe, therapist, jane@roe.example.com")
    assert (intent.fields["last_name"], intent.fields["title"]) == ("Roe", "therapist")


def test_someone_elses_lawyer_saved_as_a_contact_is_a_contact() -> None:
    intent = read(
        "save the husband's lawyer in emily's divorce as a contact - Paul Hendricks, 917-555-0123"
    )
    assert (intent.resource, intent.action) == ("contacts", "create")
    assert (intent.fields["first_name"], intent.fields["last_name"]) == ("Paul", "Hendricks")
    assert read("list the attorneys").resource == "users"


def test_a_client_by_first_name_then_him_is_the_new_matters_client() -> None:
    intent = read(
        "ravi wants us on the purchase of his jersey city condo - new real estate matter for him,"
        " I'll be responsible"
    )
    assert (intent.resource, intent.action) == ("matters", "create")
    assert intent.refs["client"] == "3"
    assert intent.fields["description"] == "the purchase of his jersey city condo"


def test_a_first_name_told_of_no_one_else_is_not_taken_as_the_client() -> None:
    intent = read("new real estate matter: sarah's referral wants a closing on the 12th")
    assert intent.refs.get("client") != "6"


def test_a_word_for_what_the_matter_is_about_names_it() -> None:
    intent = read("ravi's trust: task for hannah to update the trustee schedule, due friday")
    assert (intent.resource, intent.refs["matter"]) == ("tasks", "39")
    assert intent.fields["name"] == "update the trustee schedule"


def test_a_matter_said_as_a_clients_before_the_thing_stays_in_the_title() -> None:
    intent = read("low priority: rework the trustee section of ravi's trust deed, due friday")
    assert intent.refs["matter"] == "39"
    assert "ravi's trust deed" in intent.fields["name"]


def test_a_thing_put_on_my_list_is_a_task_for_me() -> None:
    intent = read("pls put call ravi re trustees on my to-do list for friday")
    assert (intent.resource, intent.action) == ("tasks", "create")
    assert (intent.refs["assignee"], intent.fields["due_at"]) == ("me", "2026-12-11")
    assert intent.fields["name"] == "call ravi re trustees"
    assert read("put it on my list").action == "unknown"  # nothing said to put there


def test_a_task_on_what_the_matter_is_about_is_on_that_matter() -> None:
    intent = read("add a task on the divorce to check the local rules, due in 2 wks, high")
    assert (intent.resource, intent.refs["matter"]) == ("tasks", "43")
    assert intent.fields["name"] == "check the local rules"
    # said in passing, with no matter's cue, it is only the task's words
    intent = read("task: review the divorce notes")
    assert "matter" not in intent.refs and "divorce" in intent.fields["name"]


def test_a_story_naming_a_client_by_first_name_gives_a_task_their_matter() -> None:
    intent = read(
        "Ravi still hasn't paid the last invoice. can you put a task on my list to send him a"
        " reminder, by end of month is fine"
    )
    assert (intent.resource, intent.refs["matter"]) == ("tasks", "39")
    assert "task" not in intent.fields["name"]


def test_what_someone_wants_to_do_is_no_to_do() -> None:
    intent = read(
        "ravi wants to do lunch friday the 11th 12:30 to 1:30 at balthazar. put it on my calendar"
        " on his estate matter"
    )
    assert (intent.resource, intent.refs["matter"]) == ("calendar_entries", "39")
    assert read("to do: call ravi re the trustees friday").resource == "tasks"
