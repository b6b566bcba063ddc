"""Task extras: a contact as assignee, permission, statute of limitations, move, reassign."""

from __future__ import annotations

from tests.slack.editing import edit
from tests.slack.helpers import buttons, choose, click, command, labelled, text_of
from tests.slack.test_writes import confirm, find_task


async def test_create_task_for_a_contact(bot, slack, runtime):
    card, _ = await confirm(bot, slack, "task call the court assigned to Ravi Patel due Friday")
    assert "for Ravi Patel" in text_of(card)
    task = await find_task(runtime, "call the court")
    assert (task.assignee.type, task.assignee.name) == ("Person", "Ravi Patel")  # a contact


async def test_create_private_statute_of_limitations_task_on_a_matter(bot, slack, runtime):
    text = "task file motion due Dec 1 private statute of limitations in 00042-Smith"
    card, _ = await confirm(bot, slack, text)
    assert "private · statute of limitations · for Alice" in text_of(card)
    task = await find_task(runtime, "file motion")
    assert task.permission == "private"
    assert task.statute_of_limitations is True
    assert task.matter.display_number == "00042-Smith"
    assert str(task.due_at) == "2026-12-01"


async def test_edit_form_has_permission_and_statute(bot, slack, runtime):
    card = await command(bot, slack, "task serve subpoena due Friday private")
    fields, edited = await edit(bot, slack, card, permission="public", statute_of_limitations=True)
    assert fields["permission"]["initial_option"]["value"] == "private"
    assert "public · statute of limitations" in text_of(edited)
    await click(bot, slack, "confirm", buttons(edited)["confirm"])
    task = await find_task(runtime, "serve subpoena")
    assert task.permission == "public"
    assert task.statute_of_limitations is True


async def test_reassign_to_a_contact_move_to_another_matter_and_make_private(bot, slack, runtime):
    task = await find_task(runtime, "Send engagement letter")
    card, _ = await confirm(bot, slack, f"reassign task {task.id} to Ravi Patel")
    assert "→ Ravi Patel" in text_of(card)
    assert (await runtime.clio.tasks.get(task.id)).assignee.type == "Person"  # a contact
    card, _ = await confirm(bot, slack, f"move task {task.id} to 00039-Patel")
    assert "matter 00049-Acme: Acme Corp v. Widget Works → 00039-Patel" in text_of(card)
    assert (await runtime.clio.tasks.get(task.id)).matter.display_number == "00039-Patel"
    card, done = await confirm(bot, slack, f"change task {task.id} to private")
    assert (await runtime.clio.tasks.get(task.id)).permission == "private"
    await click(bot, slack, "undo", buttons(done)["undo"], name="undo")
    assert (await runtime.clio.tasks.get(task.id)).permission != "private"


async def test_the_matter_that_names_a_task_is_not_a_change(bot, slack, runtime):
    card, _ = await confirm(bot, slack, "witness list task on johnson - due friday now")
    assert "Prepare witness list" in text_of(card)
    assert "matter" not in text_of(card).split("Prepare witness list", 1)[1]


async def test_complete_task(bot, slack, runtime):
    task = await find_task(runtime, "Review lease amendments")
    card, _ = await confirm(bot, slack, f"mark task {task.id} complete")
    assert "status pending → complete" in text_of(card)
    assert (await runtime.clio.tasks.get(task.id)).status == "complete"


async def test_draft_status_set_searched_and_chosen_in_the_form(bot, slack, runtime, clio_traffic):
    task = await find_task(runtime, "Review lease amendments")
    card, _ = await confirm(bot, slack, f"set task {task.id} to draft")
    assert "status pending → draft" in text_of(card)
    assert (await runtime.clio.tasks.get(task.id)).status == "draft"
    found = await command(bot, slack, "draft tasks", name="drafts")
    assert "Review lease amendments" in text_of(found)
    assert "Tasks (draft)" in text_of(found)
    *_, url = [
        u
        for verb, u, _ in clio_traffic.requests
        if verb == "GET" and u.path.endswith("/tasks.json")
    ]
    assert url.params["status"] == "draft"
    new = await command(bot, slack, "task draft interrogatories due Friday", name="new")
    assert "draft interrogatories" in text_of(new)
    fields, edited = await edit(bot, slack, new, status="draft")
    assert ("draft", "Draft") in [
        (o["value"], o["text"]["text"]) for o in fields["status"]["options"]
    ]
    assert "Normal priority · draft · for Alice" in text_of(edited)
    await click(bot, slack, "confirm", buttons(edited)["confirm"])
    made = await find_task(runtime, "draft interrogatories")
    assert made.status == "draft"


async def test_create_task_with_a_task_type(bot, slack, runtime, clio_traffic):
    text = "task file the answer due Friday task type court filing in 00042-Smith"
    card, _ = await confirm(bot, slack, text)
    assert "file the answer · type Court Filing · due Fri 20 Nov 2026" in text_of(card)
    task = await find_task(runtime, "file the answer")
    assert task.task_type is not None
    assert task.task_type.name == "Court Filing"
    [sent] = [b for method, url, b in clio_traffic.requests if method == "POST"]
    assert sent["data"]["task_type"] == {"id": task.task_type.id}


async def test_unclear_task_type_is_asked_from_the_firms_list(bot, slack, runtime):
    card = await command(bot, slack, "task draft interrogatories type: xyz")
    assert "Which task type did you mean by “xyz”?" in text_of(card)
    picks = labelled(card)
    assert "Discovery" in picks
    assert "Billing" not in picks  # disabled types are not offered
    chosen = await choose(bot, slack, card, "Discovery", name="pick")
    assert "type Discovery" in text_of(chosen)
    await click(bot, slack, "confirm", buttons(chosen)["confirm"])
    assert (await find_task(runtime, "draft interrogatories")).task_type.name == "Discovery"


async def test_change_the_type_undo_and_the_edit_form(bot, slack, runtime):
    task = await find_task(runtime, "Send engagement letter")
    card, done = await confirm(bot, slack, f"change task {task.id} task type to Client Call")
    assert "type → Client Call" in text_of(card)
    assert "Undo keeps the type (Clio cannot clear one)" in text_of(card)
    assert (await runtime.clio.tasks.get(task.id)).task_type.name == "Client Call"
    card, done = await confirm(bot, slack, f"change task {task.id} task type to Research")
    assert "Undo keeps" not in text_of(card)
    await click(bot, slack, "undo", buttons(done)["undo"], name="undo")
    assert (await runtime.clio.tasks.get(task.id)).task_type.name == "Client Call"

    card = await command(bot, slack, "task research venue rules due Monday type: Research")
    fields, edited = await edit(bot, slack, card, **{"ref:task_type": "Discovery"})
    assert fields["ref:task_type"]["initial_value"] == "Research"
    assert "type Discovery" in text_of(edited)
    await click(bot, slack, "confirm", buttons(edited)["confirm"])
    assert (await find_task(runtime, "research venue rules")).task_type.name == "Discovery"


async def test_search_tasks_by_type(bot, slack, runtime, clio_traffic):
    found = await command(bot, slack, "tasks of type Discovery")
    assert "Prepare deposition outline" in text_of(found)
    assert "Request medical records" in text_of(found)
    assert "Send engagement letter" not in text_of(found)
    assert "type Discovery" in text_of(found)
    [query] = [url for method, url, _ in clio_traffic.requests if url.path.endswith("tasks.json")]
    assert query.params["task_type_id"]
