"""The vocabulary keeper against the sandbox: a first build bounded in time, the stored
vocabulary served at once, refreshes with `updated_since` behind the request."""

from __future__ import annotations

import asyncio
import datetime as dt

import httpx
import pytest

from bot.assistant import Assistant
from bot.assistant.vocabulary import OVERLAP, REFRESH_AFTER, Vocabularies, stop
from bot.clio import ClioClient, StaticToken
from tests.assistant.conftest import ALICE, press
from tests.conftest import SANDBOX_URL


class Gate(httpx.AsyncBaseTransport):
    """A network where the vocabulary's matter listings wait until the gate opens."""

    def __init__(self, inner: httpx.AsyncBaseTransport):
        self.inner = inner
        self.open = asyncio.Event()
        self.held: list[httpx.URL] = []
        self.arrived = asyncio.Event()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/matters.json") and "order" in request.url.params:
            self.held.append(request.url)
            self.arrived.set()
            await self.open.wait()
        return await self.inner.handle_async_request(request)


@pytest.fixture
def gate(transport) -> Gate:
    return Gate(transport)


@pytest.fixture
async def gated(sandbox_app, gate):
    token = sandbox_app.state.sandbox.issue_token()["access_token"]
    client = ClioClient(StaticToken(token), base_url=SANDBOX_URL, transport=gate)
    yield client
    await client.aclose()


def names(vocabulary, text: str) -> list[str]:
    return [m.text for m in vocabulary.find(text)] if vocabulary else []


async def test_the_first_build_reads_what_the_person_sees(core, clock):
    keeper = Vocabularies(core.clio, core.store, clock=clock.now)
    vocabulary = await keeper.for_person(ALICE)
    assert names(vocabulary, "2h garcia depo prep for marcus") == ["garcia", "marcus"]
    stored = await core.store.vocabularies.get(ALICE.team_id, ALICE.user_id)
    assert stored is not None
    assert {m["display_number"] for m in stored.records["matters"]} >= {"00040-Garcia"}


async def test_a_first_request_waits_for_the_build_only_so_long(core, gated, gate, clock):
    keeper = Vocabularies(gated, core.store, clock=clock.now, first_build=0.05)
    assert await keeper.for_person(ALICE) is None  # read without names meanwhile
    assert gate.held
    assert await core.store.vocabularies.get(ALICE.team_id, ALICE.user_id) is None
    gate.open.set()
    await keeper.settled(ALICE)
    assert names(await keeper.for_person(ALICE), "garcia") == ["garcia"]


async def test_an_old_vocabulary_is_served_while_changes_are_fetched_behind(
    core, gated, gate, clock, transport
):
    gate.open.set()
    keeper = Vocabularies(gated, core.store, clock=clock.now)
    await keeper.for_person(ALICE)
    built = await core.store.vocabularies.get(ALICE.team_id, ALICE.user_id)
    assert built is not None
    contacts = await core.clio.request("GET", "contacts.json", params={"query": "Acme Corp"})
    body = {"data": {"description": "Acme merger", "client": {"id": contacts["data"][0]["id"]}}}
    await core.clio.request("POST", "matters.json", json=body)
    clock.advance(REFRESH_AFTER + dt.timedelta(seconds=1))
    gate.open.clear()
    gate.held.clear()
    gate.arrived.clear()

    served = await keeper.for_person(ALICE)  # answers with what it has
    assert names(served, "research for acme merger") == ["acme"]
    await asyncio.wait_for(gate.arrived.wait(), 30)  # the refresh asks Clio behind the request
    assert [url.params.get("updated_since") for url in gate.held] == [
        (built.refreshed_at - OVERLAP).isoformat()
    ]
    gate.open.set()
    await keeper.settled(ALICE)
    assert names(await keeper.for_person(ALICE), "research for acme merger") == ["acme merger"]
    stored = await core.store.vocabularies.get(ALICE.team_id, ALICE.user_id)
    assert stored is not None
    assert stored.built_at == built.built_at
    assert stored.refreshed_at > built.refreshed_at


class Down(httpx.AsyncBaseTransport):
    """A network on which Clio cannot be reached."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("unreachable", request=request)


async def test_a_failed_fetch_leaves_the_person_without_names_not_without_an_answer(core, clock):
    async with ClioClient(StaticToken("t"), base_url=SANDBOX_URL, transport=Down()) as down:
        keeper = Vocabularies(down, core.store, clock=clock.now)
        assert await keeper.for_person(ALICE) is None
    assert await core.store.vocabularies.get(ALICE.team_id, ALICE.user_id) is None


async def test_a_matter_made_through_the_bot_is_named_at_once(core, clock):
    """A write to a collection the vocabulary holds fetches what changed behind the reply: the
    person's next request names the new matter without waiting `REFRESH_AFTER`."""
    named = Assistant(
        core.clio,
        core.store,
        app_host=SANDBOX_URL,
        email_for=lambda user_id: asyncio.sleep(0, ALICE.email),
        clock=clock.now,
        vocabulary=True,
    )
    assert named.vocabularies is not None
    before = await named.vocabularies.for_person(ALICE)
    assert names(before, "research for acme merger") == ["acme"]
    card = await named.handle_text(ALICE, "open a matter for Acme Corp: Acme merger")
    await press(named, card, "Create")
    await named.vocabularies.settled(ALICE)
    after = await named.vocabularies.for_person(ALICE)
    assert names(after, "research for acme merger") == ["acme merger"]


async def test_stopping_cancels_a_fetch_before_its_client_closes(core, gated, gate, clock):
    keeper = Vocabularies(gated, core.store, clock=clock.now, first_build=0.05)
    assert await keeper.for_person(ALICE) is None
    await gate.arrived.wait()  # a fetch is waiting on Clio behind the request
    await stop(core.store)
    await keeper.settled(ALICE)  # nothing left running
    assert await core.store.vocabularies.get(ALICE.team_id, ALICE.user_id) is None
