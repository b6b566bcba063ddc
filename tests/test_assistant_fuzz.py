"""Whatever a person types, the core answers with a reply: never an exception, never silence."""

from __future__ import annotations

import asyncio
import datetime as dt

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.assistant import Assistant
from bot.clio import ClioClient, StaticToken
from bot.replies import Reply, Requester
from bot.sandbox import SandboxSettings, create_app
from bot.store import Store

WORDS = [
    "log",
    "1.5h",
    "0.3",
    "on",
    "Smith",
    "v",
    "Jones",
    "00042-Smith",
    "yesterday",
    "task",
    "due",
    "friday",
    "delete",
    "note",
    "matter",
    "close",
    "the",
    "Patel",
    "expense",
    "$45",
    "schedule",
    "tomorrow",
    "3pm",
    "my",
    "time",
    "today",
    "#88",
    "<@U0ALICE01>",
    "default",
    "help",
    "api",
    "GET",
    "/api/v4/bills.json",
    "mark",
    "complete",
    "Acme",
    "all",
    "day",
    "-",
    "?",
    "é",
    "",
]
NOW = dt.datetime(2026, 11, 18, 15, 30, tzinfo=dt.UTC)


async def answer(texts: list[str], db: str) -> list[Reply]:
    sandbox_app = create_app(
        settings=SandboxSettings(rate_limit_per_minute=100_000), clock=lambda: NOW
    )
    store = Store(f"sqlite:///{db}")
    await store.migrate()
    token = sandbox_app.state.sandbox.issue_token()["access_token"]
    clio = ClioClient(
        StaticToken(token),
        base_url="http://sandbox.test",
        transport=httpx.ASGITransport(app=sandbox_app),
    )

    async def no_email(user_id: str) -> str | None:
        return None

    assistant = Assistant(
        clio, store, app_host="http://sandbox.test", email_for=no_email, clock=lambda: NOW
    )
    who = Requester(team_id="T1", user_id="U1", channel_id="C1", email="alice@demo-firm.test")
    try:
        return [await assistant.handle_text(who, text) for text in texts]
    finally:
        await clio.aclose()
        await store.close()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.one_of(
            st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join),
            st.text(max_size=300),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_any_text_gets_a_reply(tmp_path, texts):
    replies = asyncio.run(answer(texts, str(tmp_path / f"fuzz-{abs(hash(tuple(texts)))}.db")))
    assert len(replies) == len(texts)
    assert all(isinstance(r, Reply) for r in replies)
    assert all(r.text.strip() for r in replies)
