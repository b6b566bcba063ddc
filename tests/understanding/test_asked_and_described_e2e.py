"""The thirteenth round's classes end to end (`harness.run_case`: typed into the console core, one
confirmation, the record read back from the sandbox), at the moment the round was written for
(Monday 14 December, 08:50 in New York): a change asked as a question, a record told by what it
is like (a task by its owner, due day, status or priority; an entry by its day; an appointment by
its time), a detail added to a contact, a part of a name changed; and a Monday catch-up's creates
(a length "on" the work, "add her: ...", whose calendar set off at the end, a contact named by its
role, a story put as a note on a contact, a matter's name cut at a clause's end); and the
fourteenth round's, at its own moment (Tuesday 15 December, 14:10): news told in the passive ("got
pushed to the 23rd", "can be deleted"), whose a task is now, a story then "delete pls" or "take it
off the calendar", a cost on a matter, a number "changed, it's ... now"."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.understanding.harness import Case, run_case

NOW = dt.datetime(2026, 12, 14, 13, 50, tzinfo=dt.UTC)  # Monday 08:50 in New York
CASES = [
    {
        "say": "is it too late to push the prepare witness list task on johnson to wednesday the 23rd?",
        "resource": "tasks",
        "op": "update",
        "target": {"resource": "tasks", "id": 550011},
        "expect": {"due_at": "{d+9}"},
    },
    {
        "say": "any chance we could delete hannah's mediation prep entry on chen from friday? "
        "wrong matter apparently",
        "resource": "activities",
        "op": "delete",
        "target": {"resource": "activities", "id": 440012},
    },
    {
        "say": "would you mind removing the strategy note on smith v jones? it's stale",
        "resource": "notes",
        "op": "delete",
        "target": {"resource": "notes", "id": 890001},
    },
    {
        "say": "sarah johnson's surname is now Whitfield",
        "resource": "contacts",
        "op": "update",
        "target": {"resource": "contacts", "id": 220006},
        "expect": {"last_name": "Whitfield"},
    },
    {
        "say": "could you add john smith's new cell to his contact? 917-555-0123",
        "resource": "contacts",
        "op": "update",
        "target": {"resource": "contacts", "id": 220001},
        "expect": {"phone_numbers~": ["0123"]},
    },
    {
        "say": "add js.home@example.net to john smith's card",
        "resource": "contacts",
        "op": "update",
        "target": {"resource": "contacts", "id": 220001},
        "expect": {"email_addresses~": ["js.home@example.net"]},
    },
    {
        "say": "hannah's task due friday on the patel matter -> low priority",
        "resource": "tasks",
        "op": "update",
        "target": {"resource": "tasks", "id": 550006},
        "expect": {"priority": "Low"},
    },
    {
        "say": "delete the finished task from dec 2",
        "resource": "tasks",
        "op": "delete",
        "target": {"resource": "tasks", "id": 550010},
    },
    {
        "say": "mark my task due today done",
        "resource": "tasks",
        "op": "update",
        "target": {"resource": "tasks", "id": 550003},
        "expect": {"status": "complete"},
    },
    {
        "say": "push my 10am wednesday back to 11am",
        "resource": "calendar_entries",
        "op": "update",
        "target": {"resource": "calendar_entries", "id": 770001},
        "expect": {"start_at": "{d+2}T11:00", "end_at": "{d+2}T13:00"},
    },
    {
        "say": "marcus's hearing on the 19th now begins at 10 and ends at 11:15",
        "resource": "calendar_entries",
        "op": "update",
        "target": {"resource": "calendar_entries", "id": 770003},
        "expect": {"start_at": "{d+5}T10:00", "end_at": "{d+5}T11:15"},
    },
    {
        "say": "make tom's billing summary entry from this morning 0.5h",
        "resource": "activities",
        "op": "update",
        "target": {"resource": "activities", "id": 440016},
        "expect": {"quantity": 1800},
    },
    {
        "say": "change priya's saturday entry on johnson to 1.25h",
        "resource": "activities",
        "op": "update",
        "target": {"resource": "activities", "id": 440014},
        "expect": {"quantity": 4500},
    },
    {
        "say": "spent 0.8h on legal research for the chen divorce, custody case law",
        "resource": "activities",
        "expect": {
            "quantity": 2880,
            "activity_description.name": "Legal research",
            "matter.display_number": "00043-Chen",
        },
    },
    {
        "say": "globex brought in a new paralegal. add her: nadia ortiz at globex industries, "
        "nadia.ortiz@globex.example",
        "resource": "contacts",
        "expect": {"name~": ["Nadia Ortiz"], "company.name": "Globex Industries"},
    },
    {
        "say": "closing prep w/ david o'brien thu 3 to 4:30, my calendar",
        "resource": "calendar_entries",
        "expect": {"start_at": "{d+3}T15:00", "end_at": "{d+3}T16:30"},
    },
    {
        "say": "new contact for the bakery client's bookkeeper: Rosa Lim, rosa@bluebird.example",
        "resource": "contacts",
        "expect": {"name~": ["Rosa Lim"], "company.name": "Bluebird Bakery"},
    },
    {
        "say": "ravi patel's assistant called - he's traveling until jan 4. can you put that as a "
        "note on his contact",
        "resource": "notes",
        "expect": {"type": "Contact", "contact.name": "Ravi Patel", "detail~": ["jan 4"]},
    },
    {
        "say": "update my smith v jones note from thursday: focus on the 911 call timeline",
        "resource": "notes",
        "op": "update",
        "target": {"resource": "notes", "id": 890001},
        "expect": {"detail~": ["911 call timeline"]},
    },
    {
        "say": "oliver grant's at northwind traders now",
        "resource": "contacts",
        "op": "update",
        "target": {"resource": "contacts", "id": 220016},
        "expect": {"company.name": "Northwind Traders"},
    },
    {
        "say": "marcus's garcia strategy memo from thursday - can we make that entry non-billable? "
        "it was internal",
        "resource": "activities",
        "op": "update",
        "target": {"resource": "activities", "id": 440005},
        "expect": {"non_billable": True},
    },
    {
        "say": "the transcript cost on garcia is wrong, it was $460 not 420",
        "resource": "activities",
        "op": "update",
        "target": {"resource": "activities", "id": 440020},
        "expect": {"price": 460},
    },
    {
        "say": "maria garcia is down to physio once a week now - please update the treatment note",
        "resource": "notes",
        "op": "update",
        "target": {"resource": "notes", "id": 890002},
        "expect": {"detail~": ["once a week"]},
    },
    {
        "say": "the globex lease matter - make hannah responsible attorney",
        "resource": "matters",
        "op": "update",
        "target": {"resource": "matters", "id": 110004},
        "expect": {"responsible_attorney.name": "Hannah Whitaker"},
    },
    {
        "say": "so the globex lease dispute is filed under litigation, should be real estate - can you "
        "fix that",
        "resource": "matters",
        "op": "update",
        "target": {"resource": "matters", "id": 110004},
        "expect": {"practice_area.name": "Real Estate"},
    },
    {
        "say": "called maria garcia at 8:20 this morning re the lien letter, metro transit matter",
        "resource": "communications",
        "expect": {"type": "PhoneCommunication", "matter.display_number": "00040-Garcia"},
    },
]


TUESDAY = dt.datetime(
    2026, 12, 15, 19, 10, tzinfo=dt.UTC
)  # the fourteenth round: 14:10 in New York
NEWS = [
    {
        "say": "the prepare witness list task for johnson got pushed to the 23rd",
        "resource": "tasks",
        "op": "update",
        "target": {"resource": "tasks", "id": 550011},
        "expect": {"due_at": "{d+8}"},
    },
    {
        "say": "the conflict check task is hannah's now",
        "resource": "tasks",
        "op": "update",
        "target": {"resource": "tasks", "id": 550009},
        "expect": {"assignee.name": "Hannah Whitaker"},
    },
    {
        "say": "the collect financial disclosures task can be deleted",
        "resource": "tasks",
        "op": "delete",
        "target": {"resource": "tasks", "id": 550008},
    },
    {
        "say": "ravi says he never got that call, so that trustee questions call log is a mistake - "
        "delete pls",
        "resource": "communications",
        "op": "delete",
        "target": {"resource": "communications", "id": 880002},
    },
    {
        "say": "o'brien closing on nov 25 got called off, take it off the calendar",
        "resource": "calendar_entries",
        "op": "delete",
        "target": {"resource": "calendar_entries", "id": 770005},
    },
    {
        "say": "remove the deposition transcript cost i put on the garcia matter",
        "resource": "activities",
        "op": "delete",
        "target": {"resource": "activities", "id": 440020},
    },
    {
        "say": "robert jones's number changed, it's 973-555-0142 now",
        "resource": "contacts",
        "op": "update",
        "target": {"resource": "contacts", "id": 220013},
        "expect": {"phone_numbers~": ["0142"]},
    },
]


@pytest.mark.parametrize(
    ("fields", "now"),
    [(c, NOW) for c in CASES] + [(c, TUESDAY) for c in NEWS],
    ids=[str(c["say"])[:48] for c in [*CASES, *NEWS]],
)
async def test_asked_and_described_ends_right_after_one_confirmation(fields, now):
    case = Case.model_validate({"id": 1, "persona": "attorney", "now": now, **fields})
    outcome = await run_case(case, now=now)
    assert outcome.ok, "\n".join([*outcome.why, *outcome.transcript])
