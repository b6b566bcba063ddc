"""The planners build the client's write models: each converted resource's plan carries its
body as the typed create or update model, and a body Clio would refuse gets no card."""

from __future__ import annotations

import pytest

import intents
from bot.assistant import Assistant
from bot.assistant.drafts import DraftState, Need
from bot.assistant.plans import Plan
from bot.assistant.registry import HANDLERS, RESOURCES
from bot.clio import ClioClient
from bot.clio import models as m
from intents.model import Intent
from tests.assistant.conftest import ALICE, NOW, shown
from tests.assistant.test_conversation import task_named

CREATES = [
    ("log 1.5h on Smith v Jones yesterday drafting the reply", m.ActivityCreate),
    ("add a task to call the court clerk in 00042-Smith due nov 23", m.TaskCreate),
    ("schedule hearing in Smith v Jones Nov 24 2-4pm", m.CalendarEntryCreate),
    ("add note to smith v jones: opposing counsel open to mediation", m.NoteCreate),
    ("log a call with John Smith re settlement in 00042-Smith", m.CommunicationCreate),
    ("add contact Jane Roe jane@roe.example mobile 212-555-0100", m.ContactCreate),
    ("open a matter for John Smith: lease dispute", m.MatterCreate),
    ("add $12,000 special damages to Smith v Jones for medical bills", m.DamageCreate),
    (
        "medical records from Dr. Lena Hart for Garcia, in treatment, records requested",
        m.MedicalRecordsDetailCreate,
    ),
    ("make a folder called Expert Reports under 00042-Smith", m.FolderCreate),
    ("create a payment link for invoice 1003 pls", m.PaymentLinkCreate),
]


def drafted(text: str) -> DraftState:
    """A request's draft, as the core makes it from the parsed text."""
    parsed = intents.parse(text, now=NOW, tz=ALICE.tz)
    return DraftState(intent=Intent.model_validate(parsed.model_dump(mode="json")))


async def planned(core: Assistant, text: str) -> Plan:
    """The plan a request's planner returns, straight from the registry."""
    draft = drafted(text)
    handlers = HANDLERS[draft.intent.resource or ""]
    return await handlers.planners[draft.intent.action](core._ctx(ALICE, draft))


@pytest.mark.parametrize(("text", "model"), CREATES)
async def test_a_create_planner_builds_the_write_model(core, text, model):
    plan = await planned(core, text)
    assert isinstance(plan.model, model)
    assert plan.model == model.model_validate(plan.body)
    assert "model" not in plan.model_dump(mode="json")  # the stored plan is unchanged


async def test_the_timer_planner_builds_the_entry_it_starts(core):
    plan = await planned(core, "start the timer for drafting on 00042-Smith")
    assert isinstance(plan.model, m.ActivityCreate)
    assert plan.model.type == "TimeEntry"


async def test_an_update_planner_builds_the_update_model(core, clio: ClioClient):
    task = await task_named(clio, "Review lease amendments")
    plan = await planned(core, f"set priority of task {task.id} to high")
    assert isinstance(plan.model, m.TaskUpdate)
    assert plan.model.priority == "High"
    assert plan.body == {"priority": "High"}


async def test_a_bad_value_gets_no_model_and_no_card(core, clio: ClioClient):
    draft = drafted("log 1.5h on Smith v Jones yesterday drafting the reply")
    draft.answers["type"] = "Bogus"  # not an entry type Clio knows
    plan = await RESOURCES["activities"].planners["create"](core._ctx(ALICE, draft))
    assert plan.model is None
    before = len([a async for a in clio.activities.list()])
    reply = await core._propose(ALICE, plan)
    assert "can't send that time entry to Clio" in shown(reply)
    assert [b for c in reply.cards for b in c.buttons] == []
    assert len([a async for a in clio.activities.list()]) == before


async def test_a_new_persons_employer_not_in_clio_is_said_not_linked(core):
    plan = await planned(core, "new contact: Pat Lyons, counsel at Nowhere Widgets, pat@nw.example")
    assert "company" not in plan.body
    assert "company “Nowhere Widgets” is not in Clio: not linked" in plan.lines
    linked = await planned(
        core,
        "add contact jen park, jpark@globex.example.com, title controller at globex industries",
    )
    assert "company" in linked.body


async def test_a_new_persons_employer_is_a_company_not_a_person_named_alike(core, clio):
    """A person whose e-mail holds the company's name is found by Clio's search for it, but an
    employer is a company: Acme Corp is linked without asking."""
    await clio.contacts.create(
        m.ContactCreate(
            type="Person",
            first_name="Derek",
            last_name="Vance",
            email_addresses=[m.EmailAddressNew(address="dvance@acme.example.com", name="Work")],
        )
    )
    plan = await planned(core, "add Greta Lindqvist, general counsel at acme, greta@ex.example")
    assert "at Acme Corp" in plan.lines


async def test_a_matters_client_not_in_clio_is_asked_for_saying_how_to_add_it(core):
    with pytest.raises(Need) as asked:
        await planned(core, "open matter: Lakeview Dental LLC - office lease review")
    assert asked.value.slot == "ref:client" and asked.value.picker == "contact"
    assert "“new company Lakeview Dental LLC”" in asked.value.prompt
