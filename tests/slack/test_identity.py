"""One shared Clio identity: one workspace, and each person as the Clio user with their email;
nobody else is ever "me" for the token's owner, and only Clio users write."""

from __future__ import annotations

import asyncio
import json

import pytest

from tests.slack.conftest import MARCUS, send
from tests.slack.helpers import buttons, click, command, text_of
from tests.slack.test_writes import find_task
from tests.slack_fake import CHANNEL_ID, TEAM_ID, SlackUser, requests

OTHER_TEAM = "T0OTHER01"
TOM = "U0TOM0001"  # his Slack email is not his Clio user's
GHOST = "U0GHOST01"  # Slack tells nothing of him (no profile, no email)
ALICES_TASK = "File response to motion"  # one of the token owner's (Alice's) tasks this week


@pytest.fixture(autouse=True)
def tom(slack):
    slack.add_user(SlackUser(id=TOM, name="tom", email="tom.reyes@home.example"))


async def test_a_command_from_another_workspace_is_refused(bot, slack, clio_traffic):
    url = slack.response_url("other")
    request = requests.slash_command("my tasks due this week", response_url=url, team_id=OTHER_TEAM)
    response = await send(bot, request)
    assert response.status_code == 200
    assert "belongs to another Slack workspace" in response.text
    mine = await command(bot, slack, "my tasks due this week")  # ours still answered
    assert ALICES_TASK in text_of(mine)
    assert slack.responses("other") == []


async def test_events_from_another_workspace_or_its_people_do_nothing(bot, slack, clio_traffic):
    ours = await send(
        bot, requests.dm_message("log 1h on 00042-Smith drafting", team_id=OTHER_TEAM)
    )
    assert ours.status_code == 200
    connect = requests.event_callback(  # a Slack Connect channel: our team, their person
        {
            "type": "app_mention",
            "user": "U0STRANGER",
            "user_team": OTHER_TEAM,
            "text": "<@U0CLIOBOT> my tasks due this week",
            "channel": CHANNEL_ID,
            "ts": "1700000000.000100",
            "event_ts": "1700000000.000100",
        }
    )
    assert (await send(bot, connect)).status_code == 200
    await command(bot, slack, "help")  # a request of ours, answered after both
    await asyncio.sleep(0.2)
    assert slack.calls("chat.postMessage") == []
    assert slack.calls("chat.postEphemeral") == []
    asked = [url.path for _, url, _ in clio_traffic.requests]
    assert not any("activities" in path or "tasks" in path for path in asked)


async def test_someone_slack_says_nothing_of_is_never_the_owner(bot, slack, runtime):
    mine = await command(bot, slack, "my tasks due this week", user_id=GHOST)
    assert ALICES_TASK not in text_of(mine)
    assert "Slack did not share your email with me" in text_of(mine)
    card = await command(bot, slack, "log 1h on 00042-Smith drafting", name="log", user_id=GHOST)
    assert "A bot admin can map you" in text_of(card)
    assert "confirm" not in buttons(card)


async def test_an_unmatched_person_reads_firm_lists_but_never_writes(bot, slack, runtime):
    matters = await command(bot, slack, "find matters for Acme", user_id=TOM)
    assert "00038-Acme" in text_of(matters)
    mine = await command(bot, slack, "my tasks due this week", name="mine", user_id=TOM)
    assert ALICES_TASK not in text_of(mine)
    assert "No Clio user has your email (tom.reyes@home.example)" in text_of(mine)
    assert "A bot admin can map you" in text_of(mine)
    task = await find_task(runtime, "Review lease amendments")
    for text, said in [
        (f"reassign task {task.id} to @marcus", "Writing to Clio needs your own Clio user"),
        ("watch matters", "Writing to Clio needs your own Clio user"),
        ("log 1h on 00042-Smith drafting", "A bot admin can map you"),  # whose time is it?
    ]:
        refused = await command(bot, slack, text, name=text, user_id=TOM)
        assert said in text_of(refused), text
        assert "confirm" not in buttons(refused), text
    assert not (await runtime.clio.tasks.get(task.id)).assignee.name.startswith("Marcus")
    assert await runtime.store.subscriptions.in_channel(TEAM_ID, CHANNEL_ID) == []


async def test_a_card_made_before_an_unmap_cannot_be_confirmed(bot, slack, runtime):
    await command(bot, slack, f"admin map <@{TOM}> tom@demo-firm.test", name="map")
    card = await command(bot, slack, "log 1h on 00042-Smith drafting the lease", user_id=TOM)
    assert "confirm" in buttons(card)
    await command(bot, slack, f"admin unmap <@{TOM}>", name="unmap")
    done = await click(bot, slack, "confirm", buttons(card)["confirm"], user_id=TOM)
    assert "Writing to Clio needs your own Clio user" in text_of(done)
    found = [a async for a in runtime.clio.activities.list({"query": "drafting the lease"})]
    assert found == []


async def test_a_mapping_makes_an_unmatched_person_their_clio_user(bot, slack, runtime):
    await command(bot, slack, f"admin map <@{TOM}> tom@demo-firm.test", name="map")
    card = await command(bot, slack, "log 1h on 00042-Smith reviewing the bill", user_id=TOM)
    done = await click(bot, slack, "confirm", buttons(card)["confirm"], user_id=TOM)
    assert "Created" in text_of(done)
    [entry] = [a async for a in runtime.clio.activities.list({"query": "reviewing the bill"})]
    assert entry.user.email == "tom@demo-firm.test"


async def test_unmatched_none_lets_only_clio_users_in(bot, slack, runtime):
    runtime.settings.unmatched_people = "none"
    refused = await command(bot, slack, "find matters for Acme", user_id=TOM)
    assert "lets only people with their own Clio user use the bot" in text_of(refused)
    assert "00038-Acme" not in text_of(refused)
    await send(bot, requests.app_home_opened(user_id=TOM))
    [home] = await slack.wait_for("views.publish")
    assert "lets only people with their own Clio user" in json.dumps(home.params["view"])
    matched = await command(bot, slack, "find matters for Acme", name="m", user_id=MARCUS)
    assert "00038-Acme" in text_of(matched)
