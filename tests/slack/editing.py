"""The Edit modal of a confirmation card, driven like Slack does."""

from __future__ import annotations

from tests.slack.conftest import send
from tests.slack.helpers import buttons, reply, state_of
from tests.slack_fake import CHANNEL_ID, requests


async def edit(bot, slack, card, **changes) -> tuple[dict, object]:
    """Open Edit on `card`, submit it with `changes`: (the form's fields, the updated card)."""
    seen = len(slack.calls("views.update"))
    url = slack.response_url("edited")
    opened = requests.block_actions(
        "edit", buttons(card)["edit"], response_url=url, channel_id=CHANNEL_ID
    )
    assert (await send(bot, opened)).status_code == 200
    view = (await slack.wait_for("views.update", count=seen + 1))[-1].params["view"]
    fields = {b["block_id"]: b["element"] for b in view["blocks"] if b.get("type") == "input"}
    before = len(slack.responses("edited"))
    submitted = requests.view_submission(
        "edit", state_of(view, **changes), private_metadata=view["private_metadata"]
    )
    answer = await send(bot, submitted)
    assert answer.status_code == 200, answer.text
    assert not answer.content.strip(), answer.text
    return fields, await reply(slack, "edited", before)
