"""The fake refuses what Slack refuses, and never shows a refused call as sent."""

import time

import pytest
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from tests.slack_fake import BOT_TOKEN, CHANNEL_ID, CLIENT_ID, CLIENT_SECRET, USER_ID, FakeSlack
from tests.slack_fake import requests as slack
from tests.slack_fake.methods import EVENT_SCOPES, METHODS, every_scope, manifest_scopes

MODAL = {
    "type": "modal",
    "title": {"type": "plain_text", "text": "Log time"},
    "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "Loading…"}}],
}


def client_with(fake: FakeSlack, *scopes: str, token: str = "xoxb-scoped") -> AsyncWebClient:
    fake.add_token(token, scopes=frozenset(scopes))
    return AsyncWebClient(token=token, base_url=fake.url)


async def refused(call, error: str) -> SlackApiError:
    with pytest.raises(SlackApiError) as raised:
        await call
    assert raised.value.response["error"] == error
    return raised.value


# ---- scopes


def test_the_bot_token_holds_the_manifests_scopes(fake_slack: FakeSlack) -> None:
    assert fake_slack.tokens[BOT_TOKEN].scopes == manifest_scopes()
    assert set(fake_slack.install["scope"].split(",")) == manifest_scopes()


def test_every_method_has_a_tier_and_events_their_scopes() -> None:
    assert METHODS
    assert all(m.tier in (1, 2, 3, 4, "special") for m in METHODS.values())
    assert EVENT_SCOPES["message.im"] == "im:history"
    assert METHODS["files.getUploadURLExternal"].needs(None) == "files:write"
    assert METHODS["conversations.history"].needs("private") == "groups:history"


async def test_a_method_the_scopes_do_not_grant_is_refused(fake_slack: FakeSlack) -> None:
    client = client_with(fake_slack, "chat:write", "im:write")
    error = await refused(
        client.files_upload_v2(channel=CHANNEL_ID, filename="a.txt", content="x"),
        "missing_scope",
    )
    assert error.response["needed"] == "files:write"
    assert fake_slack.uploads == []
    assert fake_slack.calls() == []
    assert fake_slack.violations == ["files.getUploadURLExternal: missing_scope files:write"]


async def test_conversation_scopes_follow_the_conversations_type(fake_slack: FakeSlack) -> None:
    fake_slack.add_channel("G0PRIVATE", "private", kind="private")
    client = client_with(fake_slack, "channels:history", "channels:read")
    assert (await client.conversations_history(channel=CHANNEL_ID))["ok"]
    error = await refused(client.conversations_history(channel="G0PRIVATE"), "missing_scope")
    assert error.response["needed"] == "groups:history"
    await refused(client.conversations_info(channel="G0PRIVATE"), "missing_scope")


async def test_emails_need_their_own_scope(fake_slack: FakeSlack) -> None:
    without = client_with(fake_slack, "users:read")
    assert "email" not in (await without.users_info(user=USER_ID))["user"]["profile"]
    with_email = client_with(fake_slack, "users:read", "users:read.email", token="xoxb-2")
    assert (await with_email.users_info(user=USER_ID))["user"]["profile"]["email"]


# ---- conversations and membership


async def test_membership_decides_what_the_bot_may_do(fake_slack: FakeSlack) -> None:
    fake_slack.add_channel("C0OUTSIDE", "outside", member=False)
    fake_slack.add_channel("G0SECRET", "secret", kind="private", member=False)
    fake_slack.add_channel("D0OTHERS1", kind="im", member=False, user="U0SOMEONE")
    client = client_with(fake_slack, *every_scope())
    # public, not a member: posts (chat:write.public) and links, but no ephemerals or reading
    assert (await client.chat_postMessage(channel="C0OUTSIDE", text="news"))["ok"]
    assert (await client.chat_getPermalink(channel="C0OUTSIDE", message_ts="1.2"))["ok"]
    info = (await client.conversations_info(channel="C0OUTSIDE"))["channel"]
    assert (info["is_member"], info["is_private"]) == (False, False)
    await refused(
        client.chat_postEphemeral(channel="C0OUTSIDE", user=USER_ID, text="x"), "not_in_channel"
    )
    await refused(client.conversations_history(channel="C0OUTSIDE"), "not_in_channel")
    # private channels and other people's DMs the bot is not in: hidden
    for hidden in ("G0SECRET", "D0OTHERS1"):
        await refused(client.chat_postMessage(channel=hidden, text="x"), "channel_not_found")
        await refused(
            client.chat_getPermalink(channel=hidden, message_ts="1.2"), "channel_not_found"
        )
        await refused(
            client.chat_postEphemeral(channel=hidden, user=USER_ID, text="x"), "channel_not_found"
        )
    await refused(client.conversations_info(channel="G0SECRET"), "channel_not_found")
    # the person's own DM with the bot
    dm = "D" + USER_ID[1:]
    assert (await client.chat_postEphemeral(channel=dm, user=USER_ID, text="x"))["ok"]
    assert (await client.chat_getPermalink(channel=dm, message_ts="1.2"))["ok"]
    assert [m["text"] for m in fake_slack.posted("C0OUTSIDE")] == ["news"]
    assert fake_slack.posted("G0SECRET") == []


async def test_public_posting_needs_chat_write_public(fake_slack: FakeSlack) -> None:
    fake_slack.add_channel("C0OUTSIDE", "outside", member=False)
    client = client_with(fake_slack, "chat:write")
    await refused(client.chat_postMessage(channel="C0OUTSIDE", text="x"), "not_in_channel")
    assert (await client.chat_postMessage(channel=CHANNEL_ID, text="x"))["ok"]


async def test_updates_need_a_message_the_bot_posted(fake_slack: FakeSlack) -> None:
    client = AsyncWebClient(token=BOT_TOKEN, base_url=fake_slack.url)
    await refused(
        client.chat_update(channel=CHANNEL_ID, ts="1.000001", text="x"), "message_not_found"
    )
    posted = await client.chat_postMessage(channel=CHANNEL_ID, text="before")
    await client.chat_update(channel=CHANNEL_ID, ts=posted["ts"], text="after")
    assert [m["text"] for m in fake_slack.posted(CHANNEL_ID)] == ["after"]


# ---- triggers and response URLs


async def test_trigger_ids_expire_after_3_seconds(fake_slack: FakeSlack) -> None:
    client = AsyncWebClient(token=BOT_TOKEN, base_url=fake_slack.url)
    late = slack.new_trigger_id(issued=time.time() - 3.5)
    await refused(client.views_open(trigger_id=late, view=MODAL), "expired_trigger_id")
    trigger = slack.new_trigger_id()
    fake_slack.advance(4)
    await refused(client.views_open(trigger_id=trigger, view=MODAL), "expired_trigger_id")
    assert fake_slack.calls("views.open") == []


async def test_a_response_url_takes_5_posts_within_30_minutes(fake_slack: FakeSlack) -> None:
    first, second = fake_slack.response_url("cmd"), fake_slack.response_url("cmd")
    assert first != second  # each request gets its own URL
    webhook = AsyncWebhookClient(first)
    for n in range(5):
        assert (await webhook.send(text=f"post {n}")).status_code == 200
    sixth = await webhook.send(text="sixth")
    assert (sixth.status_code, sixth.body) == (404, '{"ok": false, "error": "used_url"}')
    fake_slack.advance(30 * 60 + 1)
    late = await AsyncWebhookClient(second).send(text="late")
    assert late.status_code == 404
    assert "expired_url" in late.body
    assert [c.params["text"] for c in fake_slack.responses("cmd")] == [
        f"post {n}" for n in range(5)
    ]
    assert [c.error for c in fake_slack.refused("response_url")] == ["used_url", "expired_url"]


async def test_a_refused_response_is_not_shown(fake_slack: FakeSlack) -> None:
    url = fake_slack.response_url("cmd")
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": "x"}}]
    answer = await AsyncWebhookClient(url).send(blocks=blocks)  # no fallback text
    assert answer.status_code == 400
    assert fake_slack.responses("cmd") == []
    assert fake_slack.violations == ["response_url: no_text"]


# ---- tokens


async def test_rotating_tokens_expire_and_refresh(fake_slack: FakeSlack) -> None:
    oauth = AsyncWebClient(base_url=fake_slack.url)
    install = await oauth.oauth_v2_access(
        client_id=CLIENT_ID, client_secret=CLIENT_SECRET, code="code-1"
    )
    bot = AsyncWebClient(token=install["access_token"], base_url=fake_slack.url)
    assert (await bot.auth_test())["ok"]
    fake_slack.advance(install["expires_in"] + 1)
    await refused(bot.auth_test(), "token_expired")
    refreshed = await oauth.oauth_v2_access(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        grant_type="refresh_token",
        refresh_token=install["refresh_token"],
    )
    renewed = AsyncWebClient(token=refreshed["access_token"], base_url=fake_slack.url)
    assert (await renewed.auth_test())["ok"]


async def test_a_refresh_token_works_once_and_not_once_revoked(fake_slack: FakeSlack) -> None:
    oauth = AsyncWebClient(base_url=fake_slack.url)
    install = await oauth.oauth_v2_access(
        client_id=CLIENT_ID, client_secret=CLIENT_SECRET, code="code-1"
    )

    def refresh(token: str):
        return oauth.oauth_v2_access(
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            grant_type="refresh_token",
            refresh_token=token,
        )

    refreshed = await refresh(install["refresh_token"])
    await refused(refresh(install["refresh_token"]), "invalid_refresh_token")  # Slack took it
    fake_slack.revoke(refreshed["refresh_token"])
    await refused(refresh(refreshed["refresh_token"]), "invalid_refresh_token")


# ---- rate tiers


async def test_a_methods_tier_limits_calls_a_minute(fake_slack: FakeSlack) -> None:
    client = AsyncWebClient(token=BOT_TOKEN, base_url=fake_slack.url)
    for _ in range(50):  # conversations.open: tier 3, 50+ a minute
        await client.conversations_open(users=USER_ID)
    error = await refused(client.conversations_open(users=USER_ID), "ratelimited")
    assert error.response.status_code == 429
    assert 1 <= int(error.response.headers["Retry-After"]) <= 60
    fake_slack.advance(60)
    assert (await client.conversations_open(users=USER_ID))["ok"]
    assert len(fake_slack.rejected) == 1


async def test_history_outside_the_marketplace(fake_slack: FakeSlack) -> None:
    client = AsyncWebClient(token=BOT_TOKEN, base_url=fake_slack.url)
    for n in range(20):
        await client.chat_postMessage(channel=CHANNEL_ID, text=f"m{n}")
    fake_slack.outside_marketplace()
    page = await client.conversations_history(channel=CHANNEL_ID, limit=100)
    assert len(page["messages"]) == 15
    assert page["has_more"]
    error = await refused(client.conversations_history(channel=CHANNEL_ID), "ratelimited")
    assert int(error.response.headers["Retry-After"]) >= 59
    fake_slack.advance(60)
    assert (await client.conversations_replies(channel=CHANNEL_ID, ts=page["messages"][0]["ts"]))[
        "ok"
    ]


async def test_history_pages_with_a_cursor(fake_slack: FakeSlack) -> None:
    client = AsyncWebClient(token=BOT_TOKEN, base_url=fake_slack.url)
    for n in range(20):
        fake_slack.add_message(CHANNEL_ID, f"m{n}")
    seen, cursor = [], None
    while True:
        page = await client.conversations_history(channel=CHANNEL_ID, limit=8, cursor=cursor)
        seen += [m["text"] for m in page["messages"]]
        cursor = page["response_metadata"]["next_cursor"]
        assert bool(cursor) == page["has_more"]
        if not cursor:
            break
    assert seen == [f"m{n}" for n in reversed(range(20))]  # newest first, each once
