"""A call with a client who has several open matters: the matter its words are about, or a
question when they name none of them apart."""

from __future__ import annotations

from bot.clio import ClioClient
from bot.clio import models as m
from tests.assistant.conftest import ALICE, press, shown


async def second_matter_for_emily(clio: ClioClient) -> None:
    """Emily Chen, whose divorce is open, gets a second open matter: a condo purchase."""
    [divorce] = [x async for x in clio.matters.list({"query": "Chen divorce"})]
    assert divorce.client is not None
    await clio.matters.create(
        m.MatterCreate(client=m.Ref(id=divorce.client.id), description="purchase of Hoboken condo")
    )


async def test_the_call_goes_on_the_matter_its_words_are_about(core, clio):
    await second_matter_for_emily(clio)
    card = await core.handle_text(ALICE, "log a call with Emily Chen re the custody schedule")
    assert "00043-Chen: Chen divorce" in shown(card)
    await press(core, card, "Create")
    [call] = [
        c
        async for c in clio.communications.list({"query": "custody schedule"})
        if c.subject and "custody" in c.subject
    ]
    assert call.matter is not None and call.matter.display_number == "00043-Chen"
    condo = await core.handle_text(ALICE, "log a call with Emily Chen about the condo inspection")
    assert "purchase of Hoboken condo" in shown(condo)


async def test_words_that_name_none_of_them_ask_which(core, clio):
    await second_matter_for_emily(clio)
    asked = await core.handle_text(ALICE, "log a call with Emily Chen re scheduling")
    assert "Which matter was it about?" in shown(asked)
    offered = " | ".join(b.label for card in asked.cards for b in card.buttons)
    assert "Chen divorce" in offered and "Hoboken condo" in offered


async def test_a_name_all_of_a_clients_matters_hold_asks_which(core, clio):
    """ "johnson" is a whole word of each of Sarah Johnson's matters: however their descriptions
    differ in length, the note asks which, rather than take the closest spelling."""
    [suit] = [x async for x in clio.matters.list({"query": "Brightline"})]
    assert suit.client is not None
    await clio.matters.create(
        m.MatterCreate(client=m.Ref(id=suit.client.id), description="unpaid overtime claim")
    )
    asked = await core.handle_text(
        ALICE, "add note to the johnson matter: the depo moved to jan 12"
    )
    offered = " | ".join(b.label for card in asked.cards for b in card.buttons)
    assert "Brightline" in offered and "unpaid overtime claim" in offered
