"""The fake answers slack_sdk's AsyncWebClient like Slack, and records what it was sent."""

import asyncio
import time

import aiohttp
import pytest
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from tests.slack_fake import (
    BOT_ID,
    BOT_TOKEN,
    BOT_USER_ID,
    CHANNEL_ID,
    CLIENT_ID,
    CLIENT_SECRET,
    TEAM_ID,
    USER_EMAIL,
    USER_ID,
    FakeSlack,
    SlackUser,
)
from tests.slack_fake import requests as slack
from tests.slack_fake.methods import every_scope

LOADING = {"type": "section", "text": {"type": "mrkdwn", "text": "Loading…"}}
MODAL = {"type": "modal", "title": {"type": "plain_text", "text": "Log time"}, "blocks": [LOADING]}


@pytest.fixture
def client(fake_slack: FakeSlack) -> AsyncWebClient:
    """The bot token, holding every scope the fake knows (scopes are tested on their own)."""
    fake_slack.add_token(BOT_TOKEN, scopes=every_scope())
    return AsyncWebClient(token=BOT_TOKEN, base_url=fake_slack.url)


async def test_url_is_a_web_api_base() -> None:
    with FakeSlack() as fake:
        assert fake.url.startswith("http://127.0.0.1:")
        assert fake.url.endswith("/api/")
    with pytest.raises(RuntimeError):
        _ = fake.url


async def test_auth_test_names_the_bot(fake_slack: FakeSlack, client: AsyncWebClient) -> None:
    answer = await client.auth_test()
    assert (answer["team_id"], answer["user_id"], answer["bot_id"]) == (
        TEAM_ID,
        BOT_USER_ID,
        BOT_ID,
    )
    call = fake_slack.last("auth.test")
    assert call.token == BOT_TOKEN
    assert call.headers["authorization"] == f"Bearer {BOT_TOKEN}"
    assert call.time == pytest.approx(time.time(), abs=5)


async def test_missing_unknown_or_revoked_tokens_are_refused(fake_slack: FakeSlack) -> None:
    with pytest.raises(SlackApiError, match="not_authed"):
        await AsyncWebClient(base_url=fake_slack.url).auth_test()
    with pytest.raises(SlackApiError, match="invalid_auth"):
        await AsyncWebClient(token="xoxb-made-up", base_url=fake_slack.url).auth_test()
    fake_slack.add_token("xoxb-other")
    client = AsyncWebClient(token="xoxb-other", base_url=fake_slack.url)
    assert (await client.auth_revoke(test=True))["revoked"] is False
    assert (await client.auth_revoke())["revoked"] is True
    with pytest.raises(SlackApiError, match="token_revoked"):
        await client.auth_test()
    fake_slack.revoke(BOT_TOKEN)
    with pytest.raises(SlackApiError, match="token_revoked"):
        await AsyncWebClient(token=BOT_TOKEN, base_url=fake_slack.url).auth_test()


async def test_post_message_records_decoded_blocks(
    fake_slack: FakeSlack, client: AsyncWebClient
) -> None:
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": "*1.5h* on Smith v Jones"}}]
    first = await client.chat_postMessage(channel=CHANNEL_ID, text="Logged", blocks=blocks)
    second = await client.chat_postMessage(channel=CHANNEL_ID, text="Again")
    assert first["channel"] == CHANNEL_ID
    assert first["message"]["blocks"] == blocks
    assert float(second["ts"]) > float(first["ts"])
    call = fake_slack.calls("chat.postMessage")[0]
    assert call.params["blocks"] == blocks  # sent as a JSON string in a form, recorded decoded
    assert call.params["text"] == "Logged"
    assert call.ok


async def test_post_message_to_a_user_goes_to_their_dm(client: AsyncWebClient) -> None:
    answer = await client.chat_postMessage(channel=USER_ID, text="hi")
    opened = await client.conversations_open(users=USER_ID)
    assert answer["channel"] == opened["channel"]["id"]
    assert answer["channel"].startswith("D")
    info = await client.conversations_info(channel=answer["channel"])
    assert info["channel"]["is_im"] is True


async def test_message_methods(client: AsyncWebClient) -> None:
    posted = await client.chat_postMessage(channel=CHANNEL_ID, text="draft")
    ephemeral = await client.chat_postEphemeral(channel=CHANNEL_ID, user=USER_ID, text="only you")
    assert ephemeral["message_ts"]
    updated = await client.chat_update(channel=CHANNEL_ID, ts=posted["ts"], text="final")
    assert (updated["ts"], updated["text"]) == (posted["ts"], "final")
    link = await client.chat_getPermalink(channel=CHANNEL_ID, message_ts=posted["ts"])
    assert link["permalink"].endswith(f"/archives/{CHANNEL_ID}/p{posted['ts'].replace('.', '')}")
    deleted = await client.chat_delete(channel=CHANNEL_ID, ts=posted["ts"])
    assert deleted["ts"] == posted["ts"]
    with pytest.raises(SlackApiError, match="no_text"), pytest.warns(UserWarning, match="`text`"):
        await client.chat_postMessage(channel=CHANNEL_ID)


async def test_json_bodies_are_parsed(fake_slack: FakeSlack) -> None:
    client = AsyncWebClient(token=BOT_TOKEN, base_url=fake_slack.url)
    await client.api_call("chat.postMessage", json={"channel": CHANNEL_ID, "text": "json"})
    assert fake_slack.last("chat.postMessage").params == {"channel": CHANNEL_ID, "text": "json"}


async def test_views_and_single_use_trigger_ids(
    fake_slack: FakeSlack, client: AsyncWebClient
) -> None:
    trigger = slack.new_trigger_id()
    opened = await client.views_open(trigger_id=trigger, view=MODAL)
    view = opened["view"]
    assert view["id"]
    assert view["hash"]
    assert fake_slack.last("views.open").params["view"] == MODAL
    with pytest.raises(SlackApiError, match="exchanged_trigger_id"):
        await client.views_open(trigger_id=trigger, view=MODAL)
    with pytest.raises(SlackApiError, match="invalid_trigger_id"):
        await client.views_open(trigger_id="", view=MODAL)
    pushed = await client.views_push(trigger_id=slack.new_trigger_id(), view=MODAL)
    assert pushed["view"]["id"] != view["id"]
    updated = await client.views_update(view_id=view["id"], hash=view["hash"], view=MODAL)
    assert updated["view"]["id"] == view["id"]
    assert updated["view"]["hash"] != view["hash"]
    with pytest.raises(SlackApiError, match="hash_conflict"):
        await client.views_update(view_id=view["id"], hash=view["hash"], view=MODAL)
    with pytest.raises(SlackApiError, match="not_found"):
        await client.views_update(view_id="V0UNKNOWN", view=MODAL)
    home = {"type": "home", "blocks": [LOADING]}
    published = await client.views_publish(user_id=USER_ID, view=home)
    assert published["view"]["type"] == "home"


async def test_users_directory(fake_slack: FakeSlack, client: AsyncWebClient) -> None:
    fake_slack.add_user(
        SlackUser("U0BOB0001", "bob", "Bob Barrister", "bob@example.com", "Europe/London", 0)
    )
    bob = (await client.users_info(user="U0BOB0001"))["user"]
    assert (bob["tz"], bob["tz_offset"], bob["profile"]["email"]) == (
        "Europe/London",
        0,
        "bob@example.com",
    )
    assert bob["real_name"] == "Bob Barrister"
    alice = (await client.users_lookupByEmail(email=USER_EMAIL))["user"]
    assert alice["id"] == USER_ID
    assert alice["tz"] == "America/New_York"
    with pytest.raises(SlackApiError, match="user_not_found"):
        await client.users_info(user="U0NOBODY0")
    with pytest.raises(SlackApiError, match="users_not_found"):
        await client.users_lookupByEmail(email="nobody@example.com")


async def test_conversations_info(client: AsyncWebClient) -> None:
    assert (await client.conversations_info(channel=CHANNEL_ID))["channel"]["name"] == "general"
    with pytest.raises(SlackApiError, match="channel_not_found"):
        await client.conversations_info(channel="C0NOWHERE")


async def test_shared_file_is_downloadable_with_the_bot_token_only(
    fake_slack: FakeSlack, client: AsyncWebClient
) -> None:
    shared = fake_slack.add_file("engagement.pdf", b"%PDF-1.7 letter", mimetype="application/pdf")
    info = (await client.files_info(file=shared.id))["file"]
    assert (info["name"], info["mimetype"], info["size"]) == (
        "engagement.pdf",
        "application/pdf",
        15,
    )
    async with aiohttp.ClientSession() as session:
        auth = {"Authorization": f"Bearer {BOT_TOKEN}"}
        async with session.get(info["url_private_download"], headers=auth) as response:
            assert response.status == 200
            assert await response.read() == b"%PDF-1.7 letter"
        async with session.get(info["url_private_download"]) as response:
            assert response.status == 403
    with pytest.raises(SlackApiError, match="file_not_found"):
        await client.files_info(file="F0MISSING")


async def test_files_upload_v2_keeps_the_bytes(
    fake_slack: FakeSlack, client: AsyncWebClient
) -> None:
    answer = await client.files_upload_v2(
        channel=CHANNEL_ID, filename="bill.csv", content=b"matter,hours\n00123,1.5\n", title="Bill"
    )
    assert answer["file"]["name"] == "bill.csv"
    [upload] = fake_slack.uploads
    assert upload.content == b"matter,hours\n00123,1.5\n"
    assert (upload.title, upload.channels, upload.mimetype) == ("Bill", [CHANNEL_ID], "text/csv")
    completed = fake_slack.last("files.completeUploadExternal").params
    assert completed["files"] == [{"id": answer["file"]["id"], "title": "Bill"}]


@pytest.mark.filterwarnings("ignore:BasicAuth is deprecated:DeprecationWarning")
async def test_oauth_install_and_refresh_grant(fake_slack: FakeSlack) -> None:
    client = AsyncWebClient(base_url=fake_slack.url)
    install = await client.oauth_v2_access(
        client_id=CLIENT_ID, client_secret=CLIENT_SECRET, code="code-1"
    )
    assert install["team"]["id"] == TEAM_ID
    assert install["refresh_token"]
    assert install["expires_in"] > 0
    with pytest.raises(SlackApiError, match="invalid_code"):
        await client.oauth_v2_access(
            client_id=CLIENT_ID, client_secret=CLIENT_SECRET, code="code-1"
        )
    with pytest.raises(SlackApiError, match="bad_client_secret"):
        await client.oauth_v2_access(client_id=CLIENT_ID, client_secret="wrong", code="code-2")
    refreshed = await client.oauth_v2_access(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        grant_type="refresh_token",
        refresh_token=install["refresh_token"],
    )
    assert refreshed["access_token"] != install["access_token"]
    assert refreshed["refresh_token"] != install["refresh_token"]
    with pytest.raises(SlackApiError, match="invalid_refresh_token"):
        await client.oauth_v2_access(
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            grant_type="refresh_token",
            refresh_token="xoxe-1-forged",
        )


async def test_unknown_methods_are_answered_and_recorded(
    fake_slack: FakeSlack, client: AsyncWebClient
) -> None:
    with pytest.raises(SlackApiError, match="unknown_method"):
        await client.api_call("chat.teleport", params={"channel": CHANNEL_ID})
    [refused] = fake_slack.refused("chat.teleport")
    assert refused.params == {"channel": CHANNEL_ID}
    assert refused.error == "unknown_method"
    assert fake_slack.calls() == []


async def test_fail_on_demand(fake_slack: FakeSlack, client: AsyncWebClient) -> None:
    fake_slack.fail("chat.postMessage", error="channel_not_found", times=1)
    with pytest.raises(SlackApiError, match="channel_not_found"):
        await client.chat_postMessage(channel=CHANNEL_ID, text="x")
    await client.chat_postMessage(channel=CHANNEL_ID, text="x")
    assert [c.error for c in fake_slack.refused("chat.postMessage")] == ["channel_not_found"]
    assert [c.ok for c in fake_slack.calls("chat.postMessage")] == [True]
    fake_slack.fail("response_url", error="invalid_blocks")
    webhook = AsyncWebhookClient(fake_slack.response_url("cmd"))
    assert (await webhook.send(text="refused")).status_code == 400
    assert (await webhook.send(text="taken")).status_code == 200
    assert [c.params["text"] for c in fake_slack.responses("cmd")] == ["taken"]


async def test_response_urls_are_recorded_by_name(fake_slack: FakeSlack) -> None:
    url = fake_slack.response_url("cmd")
    webhook = AsyncWebhookClient(url)
    response = await webhook.send(text="Logged 1.5h", response_type="ephemeral")
    assert response.status_code == 200
    [call] = fake_slack.responses("cmd")
    assert call.method == "response_url"
    assert call.params == {"text": "Logged 1.5h", "response_type": "ephemeral"}
    assert fake_slack.responses("other") == []
    for _ in range(4):
        assert (await webhook.send(text="again")).status_code == 200
    assert (await webhook.send(text="sixth")).status_code == 404  # 5 uses per URL


async def test_wait_for_polls_for_late_calls(fake_slack: FakeSlack, client: AsyncWebClient) -> None:
    async def later() -> None:
        await asyncio.sleep(0.05)
        await client.chat_postMessage(channel=CHANNEL_ID, text="late")

    task = asyncio.create_task(later())
    [call] = await fake_slack.wait_for("chat.postMessage")
    assert call.params["text"] == "late"
    await task
    with pytest.raises(AssertionError, match=r"0/1 accepted views\.open"):
        await fake_slack.wait_for("views.open", timeout=0.05)
    fake_slack.clear()
    assert fake_slack.calls() == []


async def test_per_channel_limit_answers_429(fake_slack: FakeSlack, client: AsyncWebClient) -> None:
    fake_slack.add_channel("C0OTHER00", "other")
    fake_slack.limit("chat.postMessage", per_channel_per_second=1)
    await client.chat_postMessage(channel=CHANNEL_ID, text="1")
    await client.chat_postMessage(channel="C0OTHER00", text="other channel")
    with pytest.raises(SlackApiError) as error:
        await client.chat_postMessage(channel=CHANNEL_ID, text="2")
    assert error.value.response.status_code == 429
    assert error.value.response.headers["Retry-After"] == "1"
    assert len(fake_slack.calls("chat.postMessage")) == 2
    assert [c.params["text"] for c in fake_slack.rejected] == ["2"]


async def test_throttle_then_retry_handler_waits_and_succeeds(fake_slack: FakeSlack) -> None:
    fake_slack.throttle("chat.postMessage", times=1, retry_after=1)
    client = AsyncWebClient(
        token=BOT_TOKEN,
        base_url=fake_slack.url,
        retry_handlers=[AsyncRateLimitErrorRetryHandler(max_retry_count=1)],
    )
    started = time.monotonic()
    answer = await client.chat_postMessage(channel=CHANNEL_ID, text="eventually")
    assert answer["ok"]
    assert time.monotonic() - started >= 1
    assert len(fake_slack.rejected) == 1
    assert len(fake_slack.calls("chat.postMessage")) == 1
