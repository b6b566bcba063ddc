"""The Edit form of contact, communication and matter writes: every field, prefilled, applied."""

from __future__ import annotations

from tests.slack.conftest import send
from tests.slack.helpers import buttons, click, command, state_of, text_of
from tests.slack_fake import CHANNEL_ID, requests


async def open_edit(bot, slack, card) -> dict:
    edit = requests.block_actions(
        "edit", buttons(card)["edit"], response_url=slack.response_url("cmd"), channel_id=CHANNEL_ID
    )
    assert (await send(bot, edit)).status_code == 200
    [updated] = await slack.wait_for("views.update")
    return updated.params["view"]


def prefilled(view: dict) -> dict:
    out = {}
    for block in view["blocks"]:
        element = block.get("element", {})
        out[block["block_id"]] = (
            element.get("initial_value")
            or element.get("initial_date")
            or (element.get("initial_option") or {}).get("value")
        )
    return out


async def submit(bot, slack, view: dict, **changes):
    sent = requests.view_submission(
        "edit", state_of(view, **changes), private_metadata=view["private_metadata"]
    )
    return await send(bot, sent)


async def test_contact_form_has_every_field_and_checks_the_email(bot, slack, runtime):
    card = await command(bot, slack, "add contact Jane Roe jane@roe.example, title CFO")
    view = await open_edit(bot, slack, card)
    shown = prefilled(view)
    assert list(shown) == [
        "first_name", "middle_name", "last_name", "prefix", "title", "ref:company", "email",
        "phone", "address", "website",
    ]  # fmt: skip
    assert (shown["first_name"], shown["last_name"], shown["email"]) == (
        "Jane",
        "Roe",
        "jane@roe.example",
    )
    bad = await submit(bot, slack, view, email="not an email")
    assert "email" in bad.json()["errors"]
    await submit(bot, slack, view, phone="212-555-0142", **{"ref:company": "Globex Industries"})
    edited = (await slack.wait_for("response_url", count=2))[-1]
    assert "at Globex Industries" in text_of(edited)
    assert "work phone 212-555-0142" in text_of(edited)
    await click(bot, slack, "confirm", buttons(edited)["confirm"])
    [jane] = [c async for c in runtime.clio.contacts.list({"query": "Jane Roe"})]
    assert jane.company.name == "Globex Industries"
    assert jane.primary_phone_number == "212-555-0142"


async def test_matter_update_form(bot, slack, runtime):
    card = await command(bot, slack, "update matter 00042-Smith practice area Employment")
    view = await open_edit(bot, slack, card)
    shown = prefilled(view)
    assert list(shown) == [
        "description", "status", "ref:practice_area", "ref:responsible_attorney",
        "ref:responsible_staff", "ref:originating_attorney", "billable", "open_date",
    ]  # fmt: skip
    assert shown["ref:practice_area"] == "Employment"
    assert shown["billable"] is None
    changes = {"ref:practice_area": "Family Law", "ref:responsible_staff": "Tom"}
    await submit(bot, slack, view, billable="false", **changes)
    edited = (await slack.wait_for("response_url", count=2))[-1]
    assert "practice area → Family Law" in text_of(edited)
    assert "non-billable" in text_of(edited)
    assert "responsible staff → Tom Reyes" in text_of(edited)
    await click(bot, slack, "confirm", buttons(edited)["confirm"])
    [smith] = [x async for x in runtime.clio.matters.list({"query": "00042-Smith"})]
    assert smith.practice_area.name == "Family Law"
    assert smith.billable is False
    assert smith.responsible_staff.name == "Tom Reyes"


async def test_communication_form(bot, slack, runtime):
    card = await command(bot, slack, "log call with John Smith re settlement: discussed offer")
    view = await open_edit(bot, slack, card)
    shown = prefilled(view)
    assert list(shown) == ["type", "subject", "body", "received_at", "ref:contact", "ref:matter"]
    assert shown["type"] == "PhoneCommunication"
    assert shown["ref:contact"] == "John Smith"
    await submit(bot, slack, view, type="EmailCommunication", **{"ref:matter": "00042-Smith"})
    edited = (await slack.wait_for("response_url", count=2))[-1]
    assert "Email ·" in text_of(edited)
    assert "00042-Smith" in text_of(edited)
