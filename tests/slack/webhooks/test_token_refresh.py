"""Installs by many workspaces: rotating bot tokens are refreshed before every use, whether a
request came in from Slack or not, one refresh at a time per workspace."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import AsyncIterator

import pytest

from bot.clio import models as m
from bot.config import Settings
from bot.runtime import Runtime
from bot.slack.tokens import bot_tokens
from bot.store import Store
from tests.slack.conftest import own_accounts_runtime
from tests.slack.helpers import command, text_of
from tests.slack.own_accounts.conftest import connect
from tests.slack.webhooks.test_notifications import SMITH, posts, relayed, watch
from tests.slack.workspaces.test_install import finish_install, install, start_install
from tests.slack_fake import CLIENT_ID, CLIENT_SECRET, SIGNING_SECRET, TEAM_ID, USER_ID
from tests.store.conftest import empty

HOURS = 13  # tokens last 12


@pytest.fixture
async def runtime(
    sandbox_app, slack, clock, bot_database_url, clio_traffic
) -> AsyncIterator[Runtime]:
    """Installed by each workspace through Slack's OAuth (rotating tokens); each person
    connects Clio."""
    settings = Settings(
        _env_file=None,
        clio_client_id="demo-client",
        slack_client_id=CLIENT_ID,
        slack_client_secret=CLIENT_SECRET,
        slack_signing_secret=SIGNING_SECRET,
        slack_api_url=slack.url,
        slack_local_response_urls=slack.response_urls,
        database_url=bot_database_url,
        public_url="http://bot.test",
    )
    runtime = await own_accounts_runtime(settings, sandbox_app, clock, clio_traffic)
    await empty(runtime.store)
    await runtime.store.migrate()
    yield runtime
    await runtime.close()


@pytest.fixture
async def watching(bot, slack, sandbox_app) -> str:
    """Installed, Alice connected to Clio, and the channel watching matters; the bot token."""
    await install(bot)
    await connect(bot, slack, sandbox_app, USER_ID, "alice")
    await watch(bot, slack, sandbox_app, "watch matters")
    return slack.install["access_token"]


def refreshes(slack) -> list:
    return [
        c for c in slack.calls("oauth.v2.access") if c.params.get("grant_type") == "refresh_token"
    ]


def later(slack, clock, **delta) -> None:
    """Time passes for the bot and for Slack alike."""
    clock.advance(**delta)
    slack.advance(dt.timedelta(**delta).total_seconds())


async def test_thirteen_hours_without_a_slack_request_the_relay_refreshes_and_posts(
    bot, slack, server, sandbox_app, marcus, clock, watching
):
    later(slack, clock, hours=HOURS)  # nobody used the bot in Slack: bolt refreshed nothing
    await marcus.matters.update(SMITH, m.MatterUpdate(location="Courtroom 4"))
    await relayed(server, sandbox_app)
    [post] = posts(slack)
    assert "00042-Smith" in post["text"] + str(post["blocks"])
    [refresh] = refreshes(slack)
    assert slack.last("chat.postMessage").token == refresh.response["access_token"] != watching
    assert slack.refused() == []  # the old token, expired, was never sent

    health = text_of(await command(bot, slack, "health"))  # a request: the same fresh token
    assert "1 delivered" in health
    assert slack.last("auth.test").token == refresh.response["access_token"]
    assert len(refreshes(slack)) == 1


async def test_a_refused_refresh_keeps_the_events_until_the_app_is_installed_again(
    bot, slack, server, sandbox_app, runtime, marcus, clock, watching, caplog
):
    slack.revoke(slack.install["refresh_token"])  # e.g. the app's tokens were revoked
    later(slack, clock, hours=HOURS)
    await marcus.matters.update(SMITH, m.MatterUpdate(location="Courtroom 4"))
    with caplog.at_level(logging.INFO):
        await relayed(server, sandbox_app)
        clock.advance(minutes=5)
        await server.state.relay.drain()  # tried again: Slack is not asked again so soon
    assert posts(slack) == []
    assert [c.error for c in slack.refused()] == ["invalid_refresh_token"]
    logged = [r.getMessage() for r in caplog.records]
    assert f"slack refused to refresh the bot token of team {TEAM_ID}: invalid_refresh_token" in (
        logged
    )
    assert not any(watching in line or "xoxe" in line for line in logged)  # no token in logs
    [sub] = await runtime.store.subscriptions.every()
    assert await runtime.store.outbox.waiting(sub.id) == 1  # nothing lost

    slack.install |= {"access_token": "xoxe.xoxb-2-again", "refresh_token": "xoxe-2-refresh"}
    again = await finish_install(bot, await start_install(bot), code="code-2")
    assert again.status_code == 200  # an admin installed the app again
    health = text_of(await command(bot, slack, "health"))
    assert "1 waiting" in health
    assert "Slack refused the bot's token (invalid_refresh_token): install the app again" in health
    clock.advance(minutes=5)
    await server.state.relay.drain()
    assert len(posts(slack)) == 1
    assert slack.last("chat.postMessage").token == "xoxe.xoxb-2-again"
    assert await runtime.store.outbox.waiting(sub.id) == 0


@pytest.mark.parametrize("bot_database_url", ["sqlite", "postgresql"], indirect=True)
async def test_tasks_on_two_instances_refresh_a_workspaces_token_once(
    bot, slack, server, runtime, clock, bot_database_url
):
    """Slack takes each refresh token once: a second refresh with it would lose the workspace."""
    await install(bot)
    later(slack, clock, hours=HOURS)
    other = Store(bot_database_url, cipher=runtime.store.cipher)  # a second instance, same key
    try:
        mine = server.state.deps.tokens
        theirs = bot_tokens(runtime.settings, other, clock.now)
        tokens = await asyncio.gather(*((mine, theirs)[n % 2].token(TEAM_ID) for n in range(12)))
    finally:
        await other.close()
    [refresh] = refreshes(slack)
    assert set(tokens) == {refresh.response["access_token"]}
    assert slack.refused() == []
