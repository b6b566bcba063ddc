"""Many workspaces: Slack's install flow stores a rotating bot token; uninstalling deletes it."""

from __future__ import annotations

import asyncio

from bot.store.slack_tables import BOTS, INSTALLATIONS
from tests.slack.conftest import send
from tests.slack.helpers import command, text_of
from tests.slack.own_accounts.conftest import approve
from tests.slack_fake import TEAM_ID, requests

STATE_COOKIE = "slack-app-oauth-state"


async def start_install(bot) -> str:
    """Open the install page; the state travels in Slack's authorize link and in a cookie."""
    page = await bot.get("/slack/install")
    assert page.status_code == 200
    assert "slack.com/oauth/v2/authorize" in page.text
    state = page.cookies[STATE_COOKIE]
    assert f"state={state}" in page.text
    return state


async def finish_install(bot, state: str, code: str = "install-code"):
    # the state cookie is Secure, so a plain-http test client must send it by hand
    return await bot.get(
        f"/slack/oauth_redirect?code={code}&state={state}",
        headers={"cookie": f"{STATE_COOKIE}={state}"},
    )


async def install(bot) -> None:
    done = await finish_install(bot, await start_install(bot))
    assert done.status_code == 200, done.text


async def rows(runtime, table) -> list:
    async with runtime.store.engine.connect() as connection:
        return list(await connection.execute(table.select()))


async def test_install_then_use_then_uninstall(bot, slack, runtime, sandbox_app):
    await install(bot)
    [installed] = await rows(runtime, INSTALLATIONS)
    assert installed.team_id == TEAM_ID
    assert installed.bot_refresh_token  # rotation is on

    card = await command(bot, slack, "connect")  # each person connects Clio too
    assert "Connect your Clio account" in text_of(card)
    assert slack.last("users.info").token.startswith("xoxe.xoxb-")  # the installed, rotating token
    page = await approve(bot, sandbox_app, card)
    assert page.status_code == 200
    [dm] = await slack.wait_for("chat.postMessage")
    assert dm.token.startswith("xoxe.xoxb-")
    assert "Connected to Clio" in dm.params["text"]

    await send(bot, requests.app_uninstalled())
    async with asyncio.timeout(5):
        while await rows(runtime, INSTALLATIONS):  # noqa: ASYNC110 (bolt deletes after the ack)
            await asyncio.sleep(0.02)
    assert await rows(runtime, BOTS) == []


async def test_a_replayed_or_forged_install_state_is_refused(bot):
    state = await start_install(bot)
    first = await finish_install(bot, state, "c1")
    replay = await finish_install(bot, state, "c2")
    forged = await finish_install(bot, "made-up", "c3")
    assert first.status_code == 200
    assert replay.status_code != 200
    assert forged.status_code != 200


async def test_revoked_tokens_are_deleted(bot, runtime):
    await install(bot)
    await send(bot, requests.tokens_revoked())
    async with asyncio.timeout(5):
        while await rows(runtime, BOTS):  # noqa: ASYNC110 (bolt deletes after the ack)
            await asyncio.sleep(0.02)
