"""A notification mentions the assignee on purpose, and shows a hostile task name as typed."""

from __future__ import annotations

from tests.slack.conftest import MARCUS
from tests.slack.test_escaping import TEXT, assert_escaped
from tests.slack.webhooks.test_notifications import posts, relayed, watch


async def test_the_assignee_mention_stays_live_and_the_name_does_not(
    bot, slack, server, sandbox_app, marcus
):
    await watch(bot, slack, sandbox_app, "watch tasks")
    marcus_id = sandbox_app.state.sandbox.users.by_email("marcus@demo-firm.test")["id"]
    assignee = {"id": marcus_id, "type": "User"}
    body = {"data": {"name": f"File response {TEXT}", "assignee": assignee}}
    await marcus.request("PATCH", "tasks/550001.json", json=body)
    await relayed(server, sandbox_app)
    [post] = posts(slack)
    assert f"assigned to <@{MARCUS}>" in str(post["blocks"])  # the bot's own mention: live
    assert_escaped(post)
