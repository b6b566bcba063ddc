"""Long messages: refused in plain words before they are parsed, and parsing never holds up
another person's request (it runs in a worker thread)."""

from __future__ import annotations

import asyncio
import threading
import time

import intents
from bot.assistant.assistant import MAX_REQUEST
from tests.slack.conftest import PRIYA, send
from tests.slack.helpers import command, text_of
from tests.slack_fake import requests

NOTE = "Called opposing counsel about the settlement terms and the exhibit list. "
SLACK_LONGEST = 40_000  # Slack's longest message


def _log_with_note(length: int) -> str:
    """ "log 1h on 00042-Smith drafting: <a pasted note>", `length` characters long."""
    head = "log 1h on 00042-Smith drafting: "
    return (head + NOTE * (length // len(NOTE) + 1))[: length - 1] + "."


def _parses(monkeypatch) -> list[int]:
    """The lengths of the texts `intents.parse` is given from now on."""
    seen: list[int] = []
    real = intents.parse

    def recording(text, **kwargs):
        seen.append(len(text))
        return real(text, **kwargs)

    monkeypatch.setattr(intents, "parse", recording)
    return seen


async def test_a_40000_character_dm_is_refused_quickly_and_never_parsed(bot, slack, monkeypatch):
    parsed = _parses(monkeypatch)
    text = _log_with_note(SLACK_LONGEST)
    assert len(text) == SLACK_LONGEST
    began = time.monotonic()
    response = await send(bot, requests.dm_message(text))
    assert response.status_code == 200
    [post] = await slack.wait_for("chat.postMessage")
    assert time.monotonic() - began < 2.0
    shown = text_of(post)
    assert "That's too long for one request (40,000 characters; at most 4,000)." in shown
    assert "Edit" in shown
    assert NOTE not in shown  # what to do; the text is not echoed
    assert parsed == []


async def test_a_long_slash_command_is_refused_before_parsing(bot, slack, monkeypatch):
    parsed = _parses(monkeypatch)
    began = time.monotonic()
    answer = await command(bot, slack, _log_with_note(MAX_REQUEST + 1))
    assert time.monotonic() - began < 2.0
    assert "too long for one request (4,001 characters; at most 4,000)" in text_of(answer)
    assert parsed == []


async def test_a_request_at_the_limit_is_read(bot, slack, monkeypatch):
    parsed = _parses(monkeypatch)
    card = await command(bot, slack, _log_with_note(MAX_REQUEST))
    assert "Time entry · 1 h" in text_of(card)
    assert parsed == [MAX_REQUEST]


async def test_a_slow_parse_does_not_delay_another_persons_ack(bot, slack, monkeypatch):
    """While one message is being parsed (made slow here), another person is acked at once."""
    real = intents.parse
    parsing = threading.Event()
    began: list[float] = []

    def slow(text, **kwargs):
        if text.startswith("log 2h"):
            began.append(time.monotonic())
            parsing.set()
            time.sleep(2.0)  # holds whichever thread runs it
        return real(text, **kwargs)

    monkeypatch.setattr(intents, "parse", slow)
    await send(bot, requests.dm_message("log 2h on 00042-Smith trial prep"))
    assert await asyncio.to_thread(parsing.wait, 10)
    other = requests.slash_command(
        "my tasks", response_url=slack.response_url("priya"), user_id=PRIYA
    )
    response = await send(bot, other)
    acked = time.monotonic()
    assert response.status_code == 200
    assert acked - began[0] < 1.0  # not after the 2 s parse
    [card] = await slack.wait_for("chat.postMessage", timeout=10)  # the slow one, answered
    assert "Time entry · 2 h" in text_of(card)
