"""Time entries with the firm's activity descriptions and UTBMS codes."""

from __future__ import annotations

from tests.slack.editing import edit
from tests.slack.helpers import buttons, choose, click, command, labelled, text_of
from tests.slack.test_surfaces import notes_with


async def described(runtime, note: str) -> str | None:
    [entry] = await notes_with(runtime, note)
    full = await runtime.clio.activities.get(entry.id)
    return full.activity_description.name if full.activity_description else None


async def test_utbms_code_names_the_activity(bot, slack, runtime, clio_traffic):
    card = await command(bot, slack, "log 1h on 00042-Smith drafting the brief, activity L120")
    assert "activity L120 Analysis/Strategy" in text_of(card)
    await click(bot, slack, "confirm", buttons(card)["confirm"])
    assert await described(runtime, "drafting the brief") == "L120 Analysis/Strategy"
    [post] = [b for v, u, b in clio_traffic.requests if v == "POST" and "activities" in u.path]
    assert set(post["data"]["activity_description"]) == {"id"}


async def test_activity_named_with_as(bot, slack, runtime):
    card = await command(
        bot, slack, "log 0.5h on 00042-Smith reviewing precedents as Legal research"
    )
    assert "activity Legal research" in text_of(card)
    await click(bot, slack, "confirm", buttons(card)["confirm"])
    assert await described(runtime, "reviewing precedents") == "Legal research"


async def test_unknown_activity_asks_with_the_firms_descriptions(bot, slack, runtime):
    card = await command(bot, slack, "log 1h on 00042-Smith memo, activity Basket weaving")
    assert "Clio has no activity called" in text_of(card)
    first = next(label for label, b in labelled(card).items() if b["action_id"] == "pick")
    confirmation = await choose(bot, slack, card, first)
    assert "activity " in text_of(confirmation)
    assert "confirm" in buttons(confirmation)


async def test_edit_changes_the_activity(bot, slack, runtime):
    card = await command(bot, slack, "log 1h on 00042-Smith hearing prep as Drafting")
    fields, edited = await edit(
        bot, slack, card, **{"ref:activity_description": "Court appearance"}
    )
    assert fields["ref:activity_description"]["initial_value"] == "Drafting"
    assert "activity Court appearance" in text_of(edited)
    await click(bot, slack, "confirm", buttons(edited)["confirm"])
    assert await described(runtime, "hearing prep") == "Court appearance"
