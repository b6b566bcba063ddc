"""Matters from chat: open with practice area, attorneys, billing and open date; find, show,
change, delete."""

from __future__ import annotations

import datetime as dt

from bot.clio import ClioNotFound
from bot.clio import models as m
from tests.slack.conftest import PRIYA
from tests.slack.helpers import buttons, choose, click, command, items, searched, text_of


async def confirm(bot, slack, text: str) -> tuple:
    card = await command(bot, slack, text)
    done = await click(bot, slack, "confirm", buttons(card)["confirm"])
    return card, done


def matter_queries(traffic) -> list:
    return searched(traffic, "/matters.json")


async def matter(runtime, number: str) -> m.Matter:
    [found] = [x async for x in runtime.clio.matters.list({"query": number})]
    return found


async def test_create_with_practice_area_attorneys_billing_and_open_date(
    bot, slack, runtime, clio_traffic
):
    card, done = await confirm(
        bot,
        slack,
        "new matter for John Smith: boundary dispute, practice area Real Estate, "
        "responsible attorney <@U0MARCUS1>, originating attorney me, non-billable, opened Nov 2",
    )
    shown = text_of(card)
    assert "Matter · boundary dispute · client John Smith · practice area Real Estate" in shown
    assert "responsible Marcus Bell · originating Alice" in shown
    assert "non-billable · opened Mon 2 Nov 2026" in shown
    assert "Created" in text_of(done)
    [created] = [
        x
        async for x in runtime.clio.matters.list({"query": "boundary dispute"})
        if x.description == "boundary dispute"
    ]
    assert created.client.name == "John Smith"
    assert created.practice_area.name == "Real Estate"
    assert created.responsible_attorney.name == "Marcus Bell"
    assert created.originating_attorney.name.startswith("Alice")
    assert created.billable is False
    assert created.open_date == dt.date(2026, 11, 2)


async def test_create_with_a_responsible_staff_member(bot, slack, runtime, clio_traffic):
    card, done = await confirm(
        bot,
        slack,
        "new matter for John Smith: easement, responsible attorney me, "
        "responsible staff <@U0PRIYA01>",
    )
    assert "client John Smith · responsible Alice Nguyen · responsible staff Priya Shah" in (
        text_of(card)
    )
    assert "Created" in text_of(done)
    [created] = [x async for x in runtime.clio.matters.list({"query": "easement"})]
    assert created.responsible_staff.name == "Priya Shah"
    [sent] = [body for verb, u, body in clio_traffic.requests if verb == "POST"]
    priya = next(u for u in await users(runtime) if u["name"] == "Priya Shah")
    assert sent["data"]["responsible_staff"] == {"id": priya["id"]}


async def test_an_attorneys_new_matter_is_theirs_unless_another_is_named(bot, slack, runtime):
    card, done = await confirm(bot, slack, "new matter for John Smith: fence line survey")
    assert "client John Smith · responsible Alice Nguyen" in text_of(card)
    assert "Created" in text_of(done)
    [created] = [x async for x in runtime.clio.matters.list({"query": "fence line survey"})]
    assert created.responsible_attorney.name == "Alice Nguyen"
    named = await command(bot, slack, "new matter for John Smith: gate permit, hannah will run it")
    assert "responsible Hannah Whitaker" in text_of(named)
    assert "Alice" not in text_of(named)


async def test_a_paralegals_new_matter_names_no_responsible_attorney(bot, slack):
    card = await command(bot, slack, "new matter for John Smith: shed permit", user_id=PRIYA)
    assert "client John Smith" in text_of(card)
    assert "responsible" not in text_of(card)


async def users(runtime) -> list[dict]:
    return (await runtime.clio.request("GET", "users.json", params={"fields": "id,name"}))["data"]


async def test_an_unknown_practice_area_is_picked_from_the_firms(bot, slack, runtime):
    question = await command(bot, slack, "new matter for John Smith: will, practice area Wills")
    assert "Which practice area did you mean by “Wills”?" in text_of(question)
    card = await choose(bot, slack, question, "Estate Planning")
    assert "practice area Estate Planning" in text_of(card)


async def test_search_by_practice_area(bot, slack, runtime, clio_traffic):
    found = await command(bot, slack, "find matters practice area Family Law")
    assert "00043-Chen" in text_of(found)
    assert len(items(found)) == 1
    [url] = matter_queries(clio_traffic)
    areas = (
        await runtime.clio.request("GET", "practice_areas.json", params={"fields": "id,name"})
    )["data"]
    family = next(a["id"] for a in areas if a["name"] == "Family Law")
    assert url.params["practice_area_id"] == str(family)


async def test_search_by_attorneys_and_dates(bot, slack, runtime, clio_traffic):
    mine = await command(bot, slack, "find open matters responsible attorney me", name="mine")
    assert "00042-Smith" in text_of(mine)
    assert "00039-Patel" not in text_of(mine)  # Hannah's
    marcus = await command(bot, slack, "find matters with responsible attorney Marcus", name="m")
    assert "00040-Garcia" in text_of(marcus)
    assert "00042-Smith" not in text_of(marcus)
    closed = await command(bot, slack, "find matters closed this month", name="closed")
    assert "00044-OBrien" in text_of(closed)
    assert "00042-Smith" not in text_of(closed)
    originated = await command(bot, slack, "find matters originated by Hannah", name="o")
    assert "No matters" in text_of(originated)  # Alice originated all of them
    urls = matter_queries(clio_traffic)
    me = await runtime.clio.users.who_am_i()
    assert urls[0].params["responsible_attorney_id"] == str(me.id)
    assert urls[0].params["status"] == "open"
    assert urls[2].params.get_list("close_date[]") == [">=2026-11-01", "<=2026-11-30"]
    assert "originating_attorney_id" in urls[3].params


async def test_search_by_responsible_staff(bot, slack, runtime, clio_traffic):
    hers = await command(bot, slack, "matters where Priya is responsible staff", name="hers")
    assert "00042-Smith" in text_of(hers)
    assert "00040-Garcia" in text_of(hers)
    assert len(items(hers)) == 2
    mine = await command(bot, slack, "matters responsible staff me", name="mine")
    assert "No matters" in text_of(mine)  # Alice is no matter's staff
    first, second = matter_queries(clio_traffic)
    priya = next(u for u in await users(runtime) if u["name"] == "Priya Shah")
    me = await runtime.clio.users.who_am_i()
    assert first.params["responsible_staff_id"] == str(priya["id"])
    assert second.params["responsible_staff_id"] == str(me.id)


async def test_get_matter(bot, slack):
    card = await command(bot, slack, "show matter 00042-Smith")
    shown = text_of(card)
    assert "00042-Smith: Smith v Jones" in shown
    assert "Litigation" in shown
    assert "responsible Alice" in shown
    assert "Open in Clio" in shown
    assert "responsible staff Priya Shah" in shown


async def test_update_practice_area_and_attorney_then_undo(bot, slack, runtime):
    before = await matter(runtime, "00042-Smith")
    card, done = await confirm(
        bot,
        slack,
        "update matter 00042-Smith: practice area Employment, responsible attorney Hannah, "
        "non-billable",
    )
    shown = text_of(card)
    assert "practice area → Employment · responsible → Hannah Whitaker" in shown
    assert "billing → non-billable" in shown
    after = await runtime.clio.matters.get(before.id)
    assert after.practice_area.name == "Employment"
    assert after.responsible_attorney.name == "Hannah Whitaker"
    assert after.billable is False
    await click(bot, slack, "undo", buttons(done)["undo"], name="undo")
    restored = await runtime.clio.matters.get(before.id)
    assert restored.practice_area.name == "Litigation"
    assert restored.billable is True
    assert restored.responsible_attorney.id == before.responsible_attorney.id


async def test_update_responsible_staff_then_undo(bot, slack, runtime):
    before = await matter(runtime, "00042-Smith")
    card, done = await confirm(bot, slack, "update matter 00042-Smith responsible staff Tom")
    assert "responsible staff → Tom Reyes" in text_of(card)
    after = await runtime.clio.matters.get(before.id)
    assert after.responsible_staff.name == "Tom Reyes"
    assert after.responsible_attorney.id == before.responsible_attorney.id
    await click(bot, slack, "undo", buttons(done)["undo"], name="undo")
    restored = await runtime.clio.matters.get(before.id)
    assert restored.responsible_staff.name == "Priya Shah"


async def test_update_description_and_open_date(bot, slack, runtime):
    await confirm(bot, slack, "update matter 00042-Smith description to Smith v Jones appeal")
    await confirm(bot, slack, "update matter 00042-Smith open date Nov 2")
    after = await matter(runtime, "00042-Smith")
    assert after.description == "Smith v Jones appeal"
    assert after.open_date == dt.date(2026, 11, 2)


async def test_delete_matter(bot, slack, runtime):
    bluebird = await matter(runtime, "00047-Bluebird")
    card, done = await confirm(bot, slack, "delete matter 00047-Bluebird")
    assert "Delete" in text_of(card)
    assert "Deleted" in text_of(done)
    try:
        await runtime.clio.matters.get(bluebird.id)
        raise AssertionError("the matter should be gone")
    except ClioNotFound:
        pass
