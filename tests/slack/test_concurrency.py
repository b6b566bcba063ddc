"""Identical requests at the same moment: every one answered, none fails on a duplicate row."""

from __future__ import annotations

import asyncio

import pytest

from tests.slack.conftest import send
from tests.slack.helpers import reply, text_of
from tests.slack_fake import requests

AT_ONCE = 16


@pytest.mark.parametrize("bot_database_url", ["sqlite", "postgresql"], indirect=True)
async def test_identical_searches_at_once_all_answer(bot, slack, caplog):
    searches = [
        send(
            bot,
            requests.slash_command(
                "find matters for Acme", response_url=slack.response_url(f"s{n}")
            ),
        )
        for n in range(AT_ONCE)
    ]
    assert [r.status_code for r in await asyncio.gather(*searches)] == [200] * AT_ONCE
    answers = [text_of(await reply(slack, f"s{n}")) for n in range(AT_ONCE)]
    assert len(answers) == AT_ONCE
    assert all("00038-Acme: Acme Corp contract review" in answer for answer in answers), answers
    assert "IntegrityError" not in caplog.text
