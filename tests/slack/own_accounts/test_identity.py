"""A connect link connects only the person it was made for, as the Clio user with their email
(or the one an admin mapped them to)."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx
import pytest

from tests.slack.conftest import ADMIN, MARCUS
from tests.slack.helpers import command, text_of
from tests.slack.own_accounts.conftest import approve, link_of
from tests.slack_fake import TEAM_ID, SlackUser

TOM = "U0TOM0001"  # a Slack email that is not his Clio login's


@pytest.fixture(autouse=True)
def tom(slack):
    slack.add_user(SlackUser(id=TOM, name="tom", email="tom.reyes@home.example"))


async def finish_as(bot, sandbox_app, card, email: str) -> httpx.Response:
    """Open the connect link but sign in to Clio as the user with `email` (another login)."""
    url = urlsplit(link_of(card))
    query = dict(parse_qsl(url.query)) | {"login_hint": email}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=sandbox_app)) as browser:
        redirect = await browser.get(urlunsplit(url._replace(query=urlencode(query))))
    callback = urlsplit(redirect.headers["location"])
    return await bot.get(f"{callback.path}?{callback.query}")


async def test_a_link_finished_with_someone_elses_login_connects_nobody(
    bot, slack, sandbox_app, runtime
):
    card = await command(bot, slack, "my tasks due this week", user_id=MARCUS)
    page = await finish_as(bot, sandbox_app, card, "alice@demo-firm.test")
    assert page.status_code == 403
    assert "that Clio login is Alice Nguyen (alice@demo-firm.test)" in page.text
    assert "your email in Slack is marcus@demo-firm.test" in page.text
    assert await runtime.store.accounts.get(TEAM_ID, MARCUS) is None
    told = await slack.wait_for("chat.postMessage")
    assert "Not connected" in told[0].params["text"]
    assert "Nothing was kept" in told[0].params["text"]
    assert "File response to motion" not in text_of(told[-1])  # Alice's task: not shown
    again = await command(bot, slack, "my tasks due this week", name="again", user_id=MARCUS)
    assert "Connect your Clio account" in text_of(again)
    page = await approve(bot, sandbox_app, again)  # now with his own login
    assert page.status_code == 200
    assert "connected as Marcus" in page.text
    assert await runtime.store.accounts.get(TEAM_ID, MARCUS) is not None


async def test_an_admin_maps_a_person_to_their_clio_login(bot, slack, sandbox_app, runtime):
    card = await command(bot, slack, "connect", user_id=TOM)
    refused = await finish_as(bot, sandbox_app, card, "tom@demo-firm.test")
    assert refused.status_code == 403
    assert "your email in Slack is tom.reyes@home.example" in refused.text

    mapped = await command(
        bot, slack, f"admin map <@{TOM}|tom> <mailto:tom@demo-firm.test|tom@demo-firm.test>"
    )
    assert "now acts in Clio as the Clio user with email tom@demo-firm.test" in text_of(mapped)
    card = await command(bot, slack, "connect", name="again", user_id=TOM)
    assert "login_hint=tom%40demo-firm.test" in link_of(card)
    page = await approve(bot, sandbox_app, card)
    assert page.status_code == 200
    assert "connected as Tom Reyes" in page.text

    listed = await command(bot, slack, "admin maps", name="maps")
    assert f"<@{TOM}> → tom@demo-firm.test (by <@{ADMIN}>" in text_of(listed)
    unmapped = await command(bot, slack, f"admin unmap <@{TOM}|tom>", name="unmap")
    assert "Their Clio connection was removed" in text_of(unmapped)
    assert await runtime.store.accounts.get(TEAM_ID, TOM) is None
    after = await command(bot, slack, "my tasks due this week", name="after", user_id=TOM)
    assert "Connect your Clio account" in text_of(after)


async def test_a_mapping_is_not_a_way_round_the_check(bot, slack, sandbox_app, runtime):
    await command(bot, slack, f"admin map <@{TOM}> tom@demo-firm.test")
    card = await command(bot, slack, "connect", name="c", user_id=TOM)
    page = await finish_as(bot, sandbox_app, card, "alice@demo-firm.test")
    assert page.status_code == 403
    assert "your email in Slack is tom@demo-firm.test" in page.text
    assert await runtime.store.accounts.get(TEAM_ID, TOM) is None


async def test_only_admins_map_people(bot, slack, runtime):
    refused = await command(bot, slack, f"admin map <@{TOM}> alice@demo-firm.test", user_id=MARCUS)
    assert "Only the bot's admins" in text_of(refused)
    assert await runtime.store.identity_maps.get(TEAM_ID, TOM) is None
    for text, said in [
        ("admin map tom tom@demo-firm.test", "isn't a Slack user"),
        (f"admin map <@{TOM}> not-an-email", "doesn't look like an email address"),
        ("admin frobnicate", "Admin commands:"),
        (f"admin unmap <@{TOM}>", "is not mapped"),
        ("admin maps", "No one is mapped"),
    ]:
        assert said in text_of(await command(bot, slack, text, name=text))
