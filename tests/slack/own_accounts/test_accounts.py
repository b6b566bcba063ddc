"""Each person acts in Clio as themselves: connect, continue, whoami, disconnect, refusals."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import httpx

from tests.slack.conftest import ADMIN, PRIYA
from tests.slack.helpers import command, text_of
from tests.slack.own_accounts.conftest import approve, connect, link_of


async def test_not_connected_gets_a_link_and_the_request_continues(bot, slack, sandbox_app):
    card = await command(bot, slack, "my tasks due this week")
    assert "Connect your Clio account" in text_of(card)
    assert "carry on" in text_of(card)
    assert "login_hint=alice%40demo-firm.test" in link_of(card)
    page = await approve(bot, sandbox_app, card)
    assert "connected as Alice Nguyen" in page.text
    posts = await slack.wait_for("chat.postMessage", count=2)
    assert "Connected to Clio as Alice Nguyen" in posts[0].params["text"]
    assert "File response to motion" in json.dumps(posts[1].params["blocks"])


async def test_two_people_see_what_clio_lets_each_see(bot, slack, sandbox_app):
    await connect(bot, slack, sandbox_app, ADMIN, "alice")
    await connect(bot, slack, sandbox_app, PRIYA, "priya")
    alice = await command(bot, slack, "time on 00042-Smith this month", name="a")
    priya = await command(bot, slack, "time on 00042-Smith this month", name="p", user_id=PRIYA)
    assert "hours hidden" not in text_of(alice)
    assert "hours hidden" in text_of(priya)  # Priya's firm hides others' hours from her
    assert "Priya" in text_of(await command(bot, slack, "whoami", name="w", user_id=PRIYA))
    assert "Alice" in text_of(await command(bot, slack, "whoami", name="w2"))


async def test_state_is_single_use_and_cannot_be_forged(bot, slack, sandbox_app):
    card = await command(bot, slack, "connect")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=sandbox_app)) as browser:
        callback = urlsplit((await browser.get(link_of(card))).headers["location"])
    first = await bot.get(f"{callback.path}?{callback.query}")
    replay = await bot.get(f"{callback.path}?{callback.query}")
    forged = await bot.get(f"{callback.path}?code=abc&state=made-up")
    assert first.status_code == 200
    assert replay.status_code == 400
    assert "already used" in replay.text
    assert forged.status_code == 400


async def test_tokens_are_encrypted_and_disconnect_deletes_them(bot, slack, sandbox_app, runtime):
    await connect(bot, slack, sandbox_app, ADMIN, "alice")
    account = await runtime.store.accounts.get("T0CLIO001", ADMIN)
    assert account is not None
    assert account.tokens.access_token
    done = await command(bot, slack, "disconnect", name="d")
    assert "Disconnected" in text_of(done)
    assert await runtime.store.accounts.get("T0CLIO001", ADMIN) is None
    again = await command(bot, slack, "my time today", name="again")
    assert "Connect your Clio account" in text_of(again)


async def test_refreshed_tokens_are_kept_and_a_refused_refresh_asks_to_reconnect(
    bot, slack, sandbox_app, runtime
):
    await connect(bot, slack, sandbox_app, ADMIN, "alice")
    before = (await runtime.store.accounts.get("T0CLIO001", ADMIN)).tokens
    sandbox_app.state.sandbox.expire_token(before.access_token)
    await command(bot, slack, "my time today", name="t")
    after = (await runtime.store.accounts.get("T0CLIO001", ADMIN)).tokens
    assert after.access_token != before.access_token  # refreshed once, kept encrypted
    assert after.refresh_token == before.refresh_token

    sandbox_app.state.sandbox.expire_token(after.access_token)
    await runtime.connections.oauth.deauthorize(after.access_token)  # revoked in Clio too
    account = await runtime.store.accounts.get("T0CLIO001", ADMIN)
    broken = account.tokens.model_copy(update={"refresh_token": "revoked"})
    await runtime.store.accounts.update_tokens("T0CLIO001", ADMIN, broken)
    runtime.connections._clients.clear()  # as after a restart
    card = await command(bot, slack, "my time today", name="t2")
    assert "`/clio connect` to connect again" in text_of(card)


async def test_connected_even_if_slack_refuses_the_dm(bot, slack, sandbox_app, caplog):
    card = await command(bot, slack, "connect")
    slack.fail("chat.postMessage", error="ratelimited")
    page = await approve(bot, sandbox_app, card)
    assert page.status_code == 200
    assert "connected as Alice Nguyen" in page.text
    assert "slack refused chat.postMessage: ratelimited (connected user U0ALICE01)" in caplog.text
    assert "Alice" in text_of(await command(bot, slack, "whoami", name="w"))
