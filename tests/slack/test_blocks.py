"""Whatever the core says, the Block Kit sent stays within Slack's limits (checked the way the
fake Slack checks every payload)."""

from __future__ import annotations

from bot.assistant.forms import Form, FormField
from bot.replies import Button, Card, Reply
from bot.slack import modals
from bot.slack.blocks import option, render
from tests.slack_fake.blockkit import check_message, check_options, check_view


def test_buttons_keep_their_values_and_links_within_limits():
    long_link = "https://app.clio.com/oauth/authorize?state=" + "s" * 3000
    reply = Reply(
        text="t",
        cards=[
            Card(
                lines=["x"],
                buttons=[
                    Button(label="Connect to Clio", action="connect", url=long_link),
                    Button(label="Pick", action="pick", value="k" * 2500),
                ],
            )
        ],
    )
    blocks = render(reply)
    assert check_message(blocks) == []
    connect, pick = blocks[-1]["elements"]
    assert "url" not in connect  # a cut link would lead nowhere
    assert len(pick["value"]) == 2000


def test_forms_keep_to_a_modals_blocks_and_a_selects_options():
    choices = [(f"value-{'v' * 200}-{n}", f"Choice {'c' * 100} {n}") for n in range(150)]
    fields = [FormField(name="kind", label="Kind", kind="select", options=choices)]
    fields += [FormField(name=f"f{n}", label=f"Field {n}") for n in range(120)]
    view = modals.view(
        Form(key="k", title="Edit", fields=fields), callback_id="edit", key="k", tz="UTC"
    )
    assert check_view(view) == []
    assert len(view["blocks"]) == 100
    assert len(view["blocks"][0]["element"]["options"]) == 100


def test_search_options_within_limits():
    options = [option("Matter " + "m" * 100, f"{n}|" + "label " * 40) for n in range(100)]
    assert check_options({"options": options}) == []
    assert options[0]["value"].startswith("0|")
