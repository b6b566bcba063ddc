"""A Clio user's name, from their own connection, shows as typed in Slack."""

from __future__ import annotations

from tests.slack.conftest import ADMIN
from tests.slack.helpers import command
from tests.slack.own_accounts.conftest import connect
from tests.slack.test_escaping import TEXT, assert_escaped


async def test_connected_and_whoami_escape_the_clio_users_name(bot, slack, sandbox_app):
    sandbox = sandbox_app.state.sandbox
    alice = sandbox.users.by_email("alice@demo-firm.test")
    sandbox.store.put("users", {**alice, "name": f"Alice {TEXT}"})
    await connect(bot, slack, sandbox_app, ADMIN, "alice")
    [connected] = await slack.wait_for("chat.postMessage")
    assert "Connected to Clio as Alice" in connected.params["text"]
    assert_escaped(connected.params)
    whoami = await command(bot, slack, "whoami", name="whoami")
    assert "You are Alice" in whoami.params["text"]
    assert_escaped(whoami.params)
