"""`/clio api METHOD path [json]`: for the firm's bot admins; GET answers, writes are confirmed."""

from __future__ import annotations

import asyncio
import json

from tests.slack.conftest import PRIYA
from tests.slack.helpers import buttons, click, command, text_of
from tests.slack_fake import BOT_TOKEN
from tests.slack_fake.methods import manifest_scopes


async def uploaded(slack, count: int = 1) -> list:
    async with asyncio.timeout(10):
        while len(slack.uploads) < count:  # noqa: ASYNC110 (another thread records)
            await asyncio.sleep(0.02)
    return slack.uploads


async def test_get_answers_at_once_with_the_full_reply_as_a_file(bot, slack, clio_traffic):
    card = await command(bot, slack, "api GET /api/v4/bills.json?fields=id,number,state&limit=50")
    shown = text_of(card)
    assert "GET /api/v4/bills.json" in shown
    assert "7 records" in shown
    assert "confirm" not in buttons(card)
    [call] = [u for m, u, _ in clio_traffic.requests if u.path == "/api/v4/bills.json"]
    assert call.params["fields"] == "id,number,state"
    assert call.params["limit"] == "50"
    [file] = await uploaded(slack)
    data = json.loads(file.content)["data"]
    assert sorted(b["number"] for b in data) == [str(n) for n in range(1001, 1008)]
    assert file.channels
    assert file.name == "clio-get-bills.json"


async def test_long_replies_are_trimmed_on_the_card(bot, slack):
    card = await command(
        bot, slack, "api GET activities.json?fields=id,note,date,quantity&limit=200"
    )
    sections = [b["text"]["text"] for b in card.params["blocks"] if b["type"] == "section"]
    [shown] = [text for text in sections if "```" in text]
    assert shown.startswith("21 records")
    assert shown.endswith("…```")
    assert len(shown) <= 3000
    [file] = await uploaded(slack)
    assert len(file.content) > len(shown)


async def test_post_is_confirmed_then_sent_once(bot, slack, runtime, clio_traffic):
    [smith] = [x async for x in runtime.clio.matters.list({"query": "00042-Smith"})]
    body = {"data": {"type": "Matter", "matter": {"id": smith.id}, "detail": "via the API"}}
    card = await command(bot, slack, f"api POST /api/v4/notes.json {json.dumps(body)}")
    assert "Send API call · `POST /api/v4/notes.json`" in text_of(card)
    assert not [1 for m, u, _ in clio_traffic.requests if m == "POST"]
    done = await click(bot, slack, "confirm", buttons(card)["confirm"])
    again = await click(bot, slack, "confirm", buttons(card)["confirm"], name="again")
    posts = [
        b for m, u, b in clio_traffic.requests if m == "POST" and u.path.endswith("notes.json")
    ]
    assert posts == [body]
    assert "Sent" in text_of(done)
    assert "undo" not in buttons(done)
    assert "Sent" in text_of(again)
    notes = [
        n async for n in runtime.clio.notes.list({"type": "Matter"}) if n.detail == "via the API"
    ]
    assert len(notes) == 1
    [file] = await uploaded(slack)
    assert json.loads(file.content)["data"]["id"] == notes[0].id


async def test_clio_refusal_in_plain_words(bot, slack, runtime):
    [paid] = [b async for b in runtime.clio.bills.list({"query": 1001})]
    body = {"data": {"state": "draft"}}
    card = await command(bot, slack, f"api PATCH /api/v4/bills/{paid.id}.json {json.dumps(body)}")
    refused = await click(bot, slack, "confirm", buttons(card)["confirm"])
    assert "Clio did not accept it: A bill cannot move from paid to draft" in text_of(refused)
    assert (await runtime.clio.bills.get(paid.id)).state == "paid"


async def test_a_missing_record_on_get(bot, slack):
    card = await command(bot, slack, "api GET /api/v4/tasks/1.json")
    assert "Clio answered 404" in text_of(card)


async def test_people_who_are_not_admins_are_refused(bot, slack, clio_traffic):
    card = await command(bot, slack, "api GET /api/v4/bills.json", user_id=PRIYA)
    assert "only for the firm's bot admins" in text_of(card)
    assert not [u for m, u, _ in clio_traffic.requests if u.path == "/api/v4/bills.json"]


async def test_malformed_json_is_explained(bot, slack):
    card = await command(bot, slack, "api POST /api/v4/notes.json {not json")
    assert "The body must be JSON" in text_of(card)


async def test_query_strings_are_decoded_and_repeats_kept(bot, slack, clio_traffic):
    await command(
        bot,
        slack,
        "api GET /api/v4/matters.json?fields=id,client%7Bname%7D&ids[]=110001&ids[]=110005",
    )
    [call] = [u for m, u, _ in clio_traffic.requests if u.path == "/api/v4/matters.json"]
    assert call.params["fields"] == "id,client{name}"
    assert call.params.get_list("ids[]") == ["110001", "110005"]


async def test_paths_must_stay_inside_the_api(bot, slack, clio_traffic):
    card = await command(bot, slack, "api POST /api/v4/../../oauth/deauthorize")
    assert "The path must be under /api/v4/" in text_of(card)
    assert not [u for m, u, _ in clio_traffic.requests if "oauth" in u.path]


async def test_a_refused_file_is_said_not_claimed(bot, slack, caplog):
    without = manifest_scopes() - {"files:write"}  # an app installed from an older manifest
    slack.add_token(BOT_TOKEN, scopes=without)
    card = await command(bot, slack, "api GET /api/v4/bills.json?fields=id,number")
    assert "7 records" in text_of(card)
    [said] = await slack.wait_for("chat.postMessage")
    assert said.params["channel"].startswith("D")
    assert "couldn't send you the full reply as a file" in said.params["text"]
    assert "lacks a permission" in said.params["text"]
    assert slack.uploads == []
    assert "slack refused files.getUploadURLExternal: missing_scope" in caplog.text
    assert slack.violations == ["files.getUploadURLExternal: missing_scope files:write"]
    slack.violations.clear()  # expected here: the scope was taken away on purpose
