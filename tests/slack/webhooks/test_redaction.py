"""A subscription sees what its owner may see: Clio's redaction reaches the channel as such."""

from __future__ import annotations

from bot.clio import models as m
from tests.slack.conftest import PRIYA
from tests.slack.helpers import command
from tests.slack.own_accounts.conftest import connect, runtime  # noqa: F401 (everyone's own Clio)
from tests.slack_fake import CHANNEL_ID

HIDDEN_FROM_PRIYA = 550005  # a task assigned to a contact outside Priya's matters


async def test_a_restricted_subscriber_sees_hidden_contacts_as_hidden(
    bot, slack, server, sandbox_app, marcus
):
    await connect(bot, slack, sandbox_app, PRIYA, "priya-connect")
    answer = await command(bot, slack, "watch tasks", user_id=PRIYA)
    assert answer.params.get("response_type") == "in_channel"
    sandbox = sandbox_app.state.sandbox
    await sandbox.webhooks.drain()
    [hook] = sandbox.store.all("webhooks")
    assert hook["user_id"] == sandbox.users.by_email("priya@demo-firm.test")["id"]
    assignee = sandbox.store.get(
        "contacts", sandbox.store.get("tasks", HIDDEN_FROM_PRIYA)["assignee_id"]
    )

    await marcus.tasks.update(HIDDEN_FROM_PRIYA, m.TaskUpdate(name="Expert report due"))
    await sandbox.webhooks.drain()
    await server.state.relay.drain()
    [post] = slack.posted(CHANNEL_ID)
    text = post["text"] + str(post["blocks"])
    assert "Expert report due" in text
    assert "a hidden contact" in text
    assert assignee["last_name"] not in text
    assert "*****" not in text
