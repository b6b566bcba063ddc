"""Personal Injury: damages and medical records details on a matter."""

from __future__ import annotations

from tests.slack.conftest import send
from tests.slack.helpers import buttons, click, command, items, reply, state_of, text_of
from tests.slack_fake import CHANNEL_ID, requests


async def garcia(runtime):
    [matter] = [x async for x in runtime.clio.matters.list({"query": "00040-Garcia"})]
    return matter


async def damages_of(runtime, matter_id: int) -> list:
    return [d async for d in runtime.clio.damages.list() if d.matter and d.matter.id == matter_id]


async def test_add_special_damages_and_undo(bot, slack, runtime):
    card = await command(bot, slack, "add special damages $12,000 lost wages to Garcia")
    assert "Damage · $12,000.00 · special damages · lost wages · 00040-Garcia" in text_of(card)
    done = await click(bot, slack, "confirm", buttons(card)["confirm"])
    matter = await garcia(runtime)
    [added] = [d for d in await damages_of(runtime, matter.id) if d.amount == 12_000.0]
    assert added.damage_type == "special"
    assert added.description == "lost wages"
    await click(bot, slack, "undo", buttons(done)["undo"], name="undo")
    assert not [d for d in await damages_of(runtime, matter.id) if d.amount == 12_000.0]


async def test_damages_on_a_matter_with_total(bot, slack):
    card = await command(bot, slack, "damages on 00040-Garcia")
    shown = items(card)
    assert len(shown) == 3
    assert any("Pain and suffering" in line for line in shown)
    assert "Total damages: $72,700.00" in text_of(card)


async def test_damages_without_a_type_ask_for_it(bot, slack):
    card = await command(bot, slack, "add damages $3,500 to 00040-Garcia for towing")
    assert "special, general or other" in text_of(card)
    ask = next(b for b in card.params["blocks"] if b.get("type") == "input")
    typed = requests.block_actions(
        "answer",
        "general",
        block_id=ask["block_id"],
        action_type="plain_text_input",
        response_url=slack.response_url("answer"),
    )
    assert (await send(bot, typed)).status_code == 200
    proposed = await reply(slack, "answer")
    assert "$3,500.00 · general damages · towing" in text_of(proposed)


async def test_update_and_delete_damages(bot, slack, runtime):
    matter = await garcia(runtime)
    wages = next(d for d in await damages_of(runtime, matter.id) if d.description == "Lost wages")
    card = await command(bot, slack, f"change damage {wages.id} to $5,000")
    assert "amount → $5,000.00" in text_of(card)
    await click(bot, slack, "confirm", buttons(card)["confirm"])
    assert (await runtime.clio.damages.get(wages.id)).amount == 5_000.0
    card = await command(bot, slack, f"delete damage {wages.id}", name="delete")
    await click(bot, slack, "confirm", buttons(card)["confirm"], name="deleted")
    assert wages.id not in [d.id for d in await damages_of(runtime, matter.id)]


async def test_edit_damages_form_has_every_field(bot, slack, runtime):
    card = await command(bot, slack, "add special damages $12,000 lost wages to Garcia")
    edit = requests.block_actions(
        "edit",
        buttons(card)["edit"],
        response_url=slack.response_url("card"),
        channel_id=CHANNEL_ID,
    )
    assert (await send(bot, edit)).status_code == 200
    [updated] = await slack.wait_for("views.update")
    view = updated.params["view"]
    fields = {b["block_id"]: b["element"] for b in view["blocks"] if b.get("type") == "input"}
    assert list(fields) == ["amount", "damage_type", "description", "ref:matter"]
    assert fields["amount"]["initial_value"] == "12000.00"
    changed = requests.view_submission(
        "edit", state_of(view, amount="$13,250"), private_metadata=view["private_metadata"]
    )
    assert (await send(bot, changed)).status_code == 200
    edited = (await slack.wait_for("response_url", count=2))[-1]
    assert "Damage · $13,250.00 · special damages" in text_of(edited)


async def test_medical_records_from_a_provider(bot, slack, runtime):
    text = "medical records from Dr. Lena Hart for Garcia, in treatment, records requested"
    card = await command(bot, slack, text)
    shown = text_of(card)
    assert "Medical records · Lena Hart · 00040-Garcia" in shown
    assert "in treatment · records requested · bills not yet requested" in shown
    await click(bot, slack, "confirm", buttons(card)["confirm"])
    matter = await garcia(runtime)
    found = [
        r
        async for r in runtime.clio.medical_records_details.list()
        if r.matter and r.matter.id == matter.id and "Hart" in (r.medical_provider.name or "")
    ]
    [record] = found
    assert record.in_treatment is True
    assert record.records_status == "requested"
    assert record.bills_status == "not_yet_requested"


async def test_medical_records_on_a_matter(bot, slack):
    card = await command(bot, slack, "medical records for 00040-Garcia")
    [line] = items(card)
    assert "St. Mary's Hospital" in line
    assert "records received" in line
    assert "in treatment" in line
