"""Documents: a file shared with the bot is uploaded to a matter or folder after confirmation."""

from __future__ import annotations

import asyncio
import json

from slack_sdk.web.async_client import AsyncWebClient

from bot.assistant.files import last_shared
from bot.clio import ClioNotFound
from bot.clio import models as m
from bot.replies import Requester
from bot.slack.files import CHUNK, SlackFiles
from tests.openapi_spec import check_traffic
from tests.slack.conftest import send
from tests.slack.helpers import buttons, click, command, text_of
from tests.slack_fake import CHANNEL_ID, TEAM_ID, USER_ID, requests

MOTION = b"%PDF-1.7 " + b"m" * (48 * 1024 - 9)  # 48 KB


async def smith(runtime) -> m.Matter:
    return (await runtime.clio.matters.page({"query": "00042-Smith"}, limit=1)).items[0]


async def documents_named(runtime, name: str) -> list[m.Document]:
    return [d async for d in runtime.clio.documents.list({"query": name}) if d.name == name]


async def shared_in_channel(bot, runtime, file_id: str) -> None:
    """Share a file in the channel and wait until the bot has noted it."""
    await send(bot, requests.file_shared(file_id, channel_id=CHANNEL_ID))
    who = Requester(team_id=TEAM_ID, user_id=USER_ID, channel_id=CHANNEL_ID)
    async with asyncio.timeout(5):
        while await last_shared(runtime.store, who, now=runtime.clock()) != file_id:  # noqa: ASYNC110 (the bot notes it in its own task)
            await asyncio.sleep(0.02)


async def test_dm_file_is_uploaded_to_the_matter_after_confirmation(
    bot, slack, runtime, clio_traffic
):
    file = slack.add_file("motion.pdf", MOTION, mimetype="application/pdf")
    await send(bot, requests.dm_message("to 00042-Smith", files=[{"id": file.id}]))
    [card] = await slack.wait_for("chat.postMessage")
    assert "Document · motion.pdf · 48 KB · to 00042-Smith: Smith v Jones" in text_of(card)
    assert not [r for r in clio_traffic.requests if r[0] == "POST"]  # nothing before Confirm
    done = await click(bot, slack, "confirm", buttons(card)["confirm"])
    assert "Created" in text_of(done)
    assert "/nc/#/documents/" in text_of(done)
    [document] = await documents_named(runtime, "motion.pdf")
    assert document.matter.id == (await smith(runtime)).id
    assert document.size == len(MOTION)
    uuid = (await runtime.clio.documents.get(document.id)).latest_document_version.uuid
    assert runtime.sandbox.store.upload(uuid) == (MOTION, "application/pdf")
    [put] = [r for r in clio_traffic.requests if r[0] == "PUT"]
    assert put[2] == MOTION
    check_traffic(clio_traffic.requests)  # the three steps, as Clio documents them
    again = await click(bot, slack, "confirm", buttons(card)["confirm"], name="again")
    assert "Created" in text_of(again)
    assert len(await documents_named(runtime, "motion.pdf")) == 1  # written once


async def test_upload_command_takes_the_file_just_shared_in_the_channel(bot, slack, runtime):
    pleadings = (await runtime.clio.folders.page({"query": "Pleadings"}, limit=1)).items[0]
    file = slack.add_file("answer.docx", b"answer to the complaint")
    await shared_in_channel(bot, runtime, file.id)
    card = await command(bot, slack, f"upload Answer to folder {pleadings.id}")
    assert "Document · Answer.docx · 23 bytes · to folder Pleadings" in text_of(card)
    done = await click(bot, slack, "confirm", buttons(card)["confirm"])
    assert "Created" in text_of(done)
    [document] = await documents_named(runtime, "Answer.docx")
    assert document.parent.id == pleadings.id
    undone = await click(bot, slack, "undo", buttons(done)["undo"], name="undo")
    assert "removed from Clio" in text_of(undone)
    assert not await documents_named(runtime, "Answer.docx")


async def test_upload_without_a_shared_file_says_to_share_it_first(bot, slack, clio_traffic):
    card = await command(bot, slack, "upload to 00042-Smith")
    assert "Share the file with me first" in text_of(card)
    assert not [r for r in clio_traffic.requests if r[0] == "POST"]


async def test_file_gone_from_slack_before_confirm_writes_nothing(bot, slack, runtime):
    file = slack.add_file("gone.pdf", b"bytes")
    await shared_in_channel(bot, runtime, file.id)
    card = await command(bot, slack, "upload to 00042-Smith")
    del slack.files[file.id]
    problem = await click(bot, slack, "confirm", buttons(card)["confirm"])
    assert "Slack would not give me that file" in text_of(problem)
    assert not await documents_named(runtime, "gone.pdf")


async def test_slack_download_is_streamed_in_chunks(slack):
    big = slack.add_file("big.bin", b"x" * (3 * CHUNK + 5))
    files = SlackFiles(AsyncWebClient(token="xoxb-test", base_url=slack.url))
    info = await files.info(big.id)
    assert info.size == 3 * CHUNK + 5
    async with files.open(info) as chunks:
        sizes = [len(chunk) async for chunk in chunks]
    assert len(sizes) >= 4
    assert sum(sizes) == info.size


async def test_find_show_and_delete_documents(bot, slack, runtime, clio_traffic):
    matter = await smith(runtime)
    found = await command(bot, slack, "find documents for 00042-Smith")
    assert "Complaint.pdf" in text_of(found)
    searched = [u for verb, u, _ in clio_traffic.requests if u.path.endswith("/documents.json")]
    assert searched[-1].params["matter_id"] == str(matter.id)
    [complaint] = await documents_named(runtime, "Complaint.pdf")
    shown = await command(bot, slack, f"show document {complaint.id}")
    assert f"Document {complaint.id}" in text_of(shown)
    assert "Pleadings" in text_of(shown)
    card = await command(bot, slack, f"delete document {complaint.id}")
    assert "Complaint.pdf" in text_of(card)
    done = await click(bot, slack, "confirm", buttons(card)["confirm"])
    assert "Deleted" in text_of(done)
    try:
        gone = await runtime.clio.documents.get(complaint.id)
        assert gone.deleted_at is not None  # Clio moves it to the trash
    except ClioNotFound:
        pass


async def test_only_direct_messages_arrive_as_message_events(bot, slack, runtime):
    """The manifest subscribes to message.im only: files shared in channels come as
    file_shared events, and a channel message event (Slack sends none) is ignored."""
    from tests.test_manifest import MANIFEST

    events = MANIFEST["settings"]["event_subscriptions"]["bot_events"]
    assert "message.im" in events
    assert "message.channels" not in events
    file = slack.add_file("memo.pdf", b"memo")
    event = requests.dm_message("", files=[{"id": file.id}])
    body = json.loads(event.body)["event"] | {"channel_type": "channel", "channel": CHANNEL_ID}
    assert (await send(bot, requests.event_callback(body))).status_code == 200
    await asyncio.sleep(0.3)
    who = Requester(team_id=TEAM_ID, user_id=USER_ID, channel_id=CHANNEL_ID)
    assert await last_shared(runtime.store, who, now=runtime.clock()) is None
