"""Helpers for scenario tests: drive the bot like Slack does, read what the person saw."""

from __future__ import annotations

import asyncio
import json

from bot.assistant.vocabulary import COLLECTIONS
from tests.slack.conftest import send
from tests.slack_fake import CHANNEL_ID, requests

_VOCABULARY_FIELDS = {fields for _path, fields, _ordered in COLLECTIONS.values()}


def searched(traffic, path: str) -> list:
    """The GETs of `path` a request made, without the fetches of the person's vocabulary."""
    return [
        u
        for method, u, _ in traffic.requests
        if method == "GET"
        and u.path.endswith(path)
        and u.params.get("fields") not in _VOCABULARY_FIELDS
    ]


def text_of(call) -> str:
    """Everything a person sees in a posted message: its text and its blocks."""
    return call.params.get("text", "") + json.dumps(call.params.get("blocks", []))


def buttons(call) -> dict[str, str]:
    """action_id -> value of the buttons on a posted message."""
    found = {}
    for block in call.params.get("blocks", []):
        for element in block.get("elements", []):
            if element.get("type") == "button":
                found[element["action_id"]] = element.get("value", "")
    return found


def labelled(call) -> dict[str, dict]:
    """Button label -> the button (its `action_id` and `value`) on a posted message."""
    return {
        element["text"]["text"]: element
        for block in call.params.get("blocks", [])
        for element in block.get("elements", [])
        if element.get("type") == "button"
    }


async def choose(bot, slack, call, label: str, name: str = "click"):
    """Press the button labelled `label` on `call`, as Slack sends it (its own action_id)."""
    button = labelled(call)[label]
    return await click(bot, slack, button["action_id"], button.get("value", ""), name=name)


async def reply(slack, name: str, seen: int = 0, *, within: float = 10):
    """The first post to response_url `name` after the `seen` earlier ones (work after the ack)."""
    try:
        async with asyncio.timeout(within):
            while len(slack.responses(name)) <= seen:  # noqa: ASYNC110 (another thread records)
                await asyncio.sleep(0.02)
    except TimeoutError:
        raise AssertionError(f"nothing posted to {name}") from None
    return slack.responses(name)[seen]


async def command(bot, slack, text: str, name: str = "cmd", **kw):
    seen = len(slack.responses(name))
    url = slack.response_url(name)
    response = await send(bot, requests.slash_command(text, response_url=url, **kw))
    assert response.status_code == 200
    return await reply(slack, name, seen)


async def click(bot, slack, action_id: str, value: str, name: str = "click", **kw):
    seen = len(slack.responses(name))
    url = slack.response_url(name)
    request = requests.block_actions(
        action_id, value, response_url=url, channel_id=CHANNEL_ID, **kw
    )
    response = await send(bot, request)
    assert response.status_code == 200
    return await reply(slack, name, seen)


def items(call) -> list[str]:
    """The list items ("• …" lines) of a posted card."""
    return [
        line
        for block in call.params.get("blocks", [])
        if block.get("type") == "section"
        for line in block["text"]["text"].splitlines()
        if line.startswith("• ")
    ]


def hours_shown(call) -> float:
    """The time total of a time-entry list: the page's ("Time shown: X h") or the period's
    ("Total for the period: X h")."""
    for block in call.params.get("blocks", []):
        for element in block.get("elements", []):
            text = element.get("text", "")
            for label in ("Time shown: ", "Total for the period: "):
                if isinstance(text, str) and text.startswith(label):
                    return float(text.removeprefix(label).split(" h")[0])
    raise AssertionError("no time total on the card")


def state_of(view: dict, **changes) -> dict:
    """`view.state.values` for a modal submitted with its prefilled values, bar `changes`."""
    values: dict = {}
    for block in view["blocks"]:
        if block.get("type") != "input":
            continue
        element = block["element"]
        name, kind = block["block_id"], element["type"]
        if kind == "plain_text_input":
            state = {"value": changes.get(name, element.get("initial_value"))}
        elif kind == "datepicker":
            state = {"selected_date": changes.get(name, element.get("initial_date"))}
        elif kind == "datetimepicker":
            state = {"selected_date_time": changes.get(name, element.get("initial_date_time"))}
        elif kind == "checkboxes":
            chosen = changes.get(name, bool(element.get("initial_options")))
            state = {"selected_options": element["options"] if chosen else []}
        elif kind == "static_select":
            value = changes.get(name, (element.get("initial_option") or {}).get("value"))
            state = {"selected_option": {"value": value} if value else None}
        else:
            raise AssertionError(f"unexpected element {kind}")
        values[name] = {"value": {"type": kind, **state}}
    return values
