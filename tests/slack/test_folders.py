"""Folders: show, create in a matter or a folder, rename, move, delete."""

from __future__ import annotations

from bot.clio import models as m
from tests.slack.editing import edit
from tests.slack.helpers import buttons, click, command, text_of


async def folder_named(runtime, name: str) -> m.Folder:
    [folder] = [f async for f in runtime.clio.folders.list({"query": name}) if f.name == name]
    return folder


async def confirmed(bot, slack, text: str):
    card = await command(bot, slack, text)
    done = await click(bot, slack, "confirm", buttons(card)["confirm"])
    return card, done


async def test_show_folder(bot, slack, runtime):
    pleadings = await folder_named(runtime, "Pleadings")
    shown = await command(bot, slack, f"show folder {pleadings.id}")
    assert f"Folder {pleadings.id}" in text_of(shown)
    assert "Pleadings" in text_of(shown)
    assert "00042-Smith: Smith v Jones" in text_of(shown)


async def test_create_folder_in_a_matter(bot, slack, runtime):
    card, done = await confirmed(bot, slack, "create folder Discovery in 00042-Smith")
    assert "Folder · Discovery · in 00042-Smith: Smith v Jones" in text_of(card)
    assert "Created" in text_of(done)
    folder = await folder_named(runtime, "Discovery")
    assert folder.matter.display_number == "00042-Smith"


async def test_create_folder_in_a_folder(bot, slack, runtime):
    pleadings = await folder_named(runtime, "Pleadings")
    card, _ = await confirmed(bot, slack, f"new folder Motions in folder {pleadings.id}")
    assert "in folder Pleadings in 00042-Smith" in text_of(card)
    assert (await folder_named(runtime, "Motions")).parent.id == pleadings.id


async def test_rename_folder_then_undo(bot, slack, runtime):
    pleadings = await folder_named(runtime, "Pleadings")
    card, done = await confirmed(bot, slack, f"rename folder {pleadings.id} to Court filings")
    assert "name → Court filings" in text_of(card)
    assert (await runtime.clio.folders.get(pleadings.id)).name == "Court filings"
    await click(bot, slack, "undo", buttons(done)["undo"], name="undo")
    assert (await runtime.clio.folders.get(pleadings.id)).name == "Pleadings"


async def test_move_folder_into_another_folder_and_to_another_matter(bot, slack, runtime):
    pleadings = await folder_named(runtime, "Pleadings")
    medical = await folder_named(runtime, "Medical Records")
    card, _ = await confirmed(bot, slack, f"move folder {medical.id} into folder {pleadings.id}")
    assert "move to → folder Pleadings" in text_of(card)
    assert (await runtime.clio.folders.get(medical.id)).parent.id == pleadings.id
    card, _ = await confirmed(bot, slack, f"move folder {medical.id} to 00039-Patel")
    assert "move to → 00039-Patel" in text_of(card)
    moved = await runtime.clio.folders.get(medical.id)
    assert moved.matter.display_number == "00039-Patel"


async def test_delete_folder(bot, slack, runtime):
    medical = await folder_named(runtime, "Medical Records")
    card, done = await confirmed(bot, slack, f"delete folder {medical.id}")
    assert "Medical Records" in text_of(card)
    assert "Deleted" in text_of(done)
    assert (await runtime.clio.folders.get(medical.id)).deleted_at is not None  # in the trash


async def test_edit_form_of_a_new_folder(bot, slack, runtime):
    card = await command(bot, slack, "create folder Discovery in 00042-Smith")
    fields, edited = await edit(bot, slack, card, name="Expert reports")
    assert fields["name"]["initial_value"] == "Discovery"
    assert fields["ref:matter"]["initial_value"] == "00042-Smith: Smith v Jones"
    assert "Folder · Expert reports" in text_of(edited)
    await click(bot, slack, "confirm", buttons(edited)["confirm"])
    assert (await folder_named(runtime, "Expert reports")).matter.display_number == "00042-Smith"
