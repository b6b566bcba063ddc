"""Clio's conventions: fields, paging, ordering, ETags, versions, rate limits and faults."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from bot.sandbox import Sandbox

MATTERS = "/api/v4/matters.json"


async def test_default_fields_are_id_and_etag(client: httpx.AsyncClient) -> None:
    body = (await client.get(MATTERS)).json()
    assert body["data"]
    assert all(set(item) == {"id", "etag"} for item in body["data"])
    assert all(re.fullmatch(r'"[0-9a-f]{32}"', item["etag"]) for item in body["data"])


async def test_json_suffix_is_optional(client: httpx.AsyncClient) -> None:
    with_suffix = (await client.get(MATTERS, params={"fields": "id"})).json()
    without = (await client.get("/api/v4/matters", params={"fields": "id"})).json()
    assert with_suffix["data"] == without["data"]


async def test_nested_fields(client: httpx.AsyncClient) -> None:
    params = {"fields": "id,display_number,client{id,name},practice_area,status"}
    data = (await client.get(MATTERS, params=params)).json()["data"]
    smith = next(m for m in data if m["display_number"] == "00042-Smith")
    assert smith["client"]["name"] == "John Smith"
    assert set(smith["client"]) == {"id", "name"}
    assert set(smith["practice_area"]) == {"id", "etag"}
    assert smith["status"] == "Open"


async def test_known_but_unstored_fields_are_null(client: httpx.AsyncClient) -> None:
    data = (await client.get(MATTERS, params={"fields": "id,custom_number,matter_stage"})).json()
    assert data["data"][0]["custom_number"] is None
    assert data["data"][0]["matter_stage"] is None


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ("id,nonsense", "nonsense is not a valid field"),
        ("id,client{id,bogus}", "bogus is not a valid field"),
        ("id,description{id}", "description is not a valid field"),
    ],
)
async def test_invalid_fields(client: httpx.AsyncClient, fields: str, message: str) -> None:
    response = await client.get(MATTERS, params={"fields": fields})
    assert response.status_code == 400
    assert response.json() == {"error": {"type": "InvalidFields", "message": message}}


async def test_two_levels_of_nesting_are_refused(client: httpx.AsyncClient) -> None:
    response = await client.get(
        "/api/v4/activities.json", params={"fields": "id,matter{client{name}}"}
    )
    assert response.status_code == 400
    assert response.json()["error"]["type"] == "InvalidFields"


async def test_removed_document_versions_field(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    """`Document.document_versions` is gone (4.0.6, and from the 4.0.13 description): asking for
    it, flat or nested, in a list, a record or a webhook's `fields`, is 400/422 InvalidFields;
    the latest version is still there."""
    refused = {"type": "InvalidFields", "message": "document_versions is not a valid field"}
    document = sandbox.store.all("documents")[0]["id"]
    for url in ("/api/v4/documents.json", f"/api/v4/documents/{document}.json"):
        for fields in ("id,document_versions", "id,document_versions{id,uuid}"):
            response = await client.get(url, params={"fields": fields})
            assert response.status_code == 400, (url, fields)
            assert response.json() == {"error": refused}
    hook = {"url": "https://hooks.example.com/clio", "model": "document"}
    webhook = await client.post(
        "/api/v4/webhooks.json", json={"data": {**hook, "fields": "id,document_versions"}}
    )
    assert webhook.status_code == 422
    assert webhook.json() == {"error": refused}
    latest = await client.get(
        f"/api/v4/documents/{document}.json",
        params={"fields": "id,latest_document_version{id,version_number}"},
    )
    assert latest.status_code == 200
    assert latest.json()["data"]["latest_document_version"]["version_number"] >= 1


async def test_cursor_paging(client: httpx.AsyncClient) -> None:
    params = {"fields": "id,display_number", "limit": "5", "status": "open,pending,closed"}
    first = (await client.get(MATTERS, params=params)).json()
    assert len(first["data"]) == 5
    assert first["meta"]["records"] == 12
    next_url = first["meta"]["paging"]["next"]
    assert next_url.startswith("http://sandbox.test/api/v4/matters.json?")
    query = parse_qs(urlsplit(next_url).query)
    assert query["fields"] == ["id,display_number"]
    assert query["limit"] == ["5"]
    assert query["status"] == ["open,pending,closed"]
    assert "page_token" in query
    ids = [m["id"] for m in first["data"]]
    while "next" in first["meta"]["paging"]:
        first = (await client.get(first["meta"]["paging"]["next"])).json()
        ids += [m["id"] for m in first["data"]]
    assert ids == sorted(ids)
    assert len(ids) == len(set(ids)) == 12


async def test_last_page_has_no_next(client: httpx.AsyncClient) -> None:
    body = (await client.get(MATTERS, params={"limit": "200"})).json()
    assert body["meta"]["paging"] == {}


async def test_order(client: httpx.AsyncClient) -> None:
    desc = (await client.get(MATTERS, params={"order": "id(desc)", "limit": 3})).json()
    ids = [m["id"] for m in desc["data"]]
    assert ids == sorted(ids, reverse=True)
    page2 = (await client.get(desc["meta"]["paging"]["next"])).json()
    assert max(m["id"] for m in page2["data"]) < min(ids)
    params: dict[str, str | int] = {
        "order": "display_number(desc)",
        "fields": "display_number",
        "limit": 4,
    }
    names = [m["display_number"] for m in (await client.get(MATTERS, params=params)).json()["data"]]
    assert names == ["00049-Acme", "00048-Smith", "00047-Bluebird", "00046-Northwind"]
    params = {"order": "client.name(asc)", "fields": "client{name}"}
    clients = [
        m["client"]["name"] for m in (await client.get(MATTERS, params=params)).json()["data"]
    ]
    assert clients == sorted(clients, key=str.lower)


async def test_order_paging_by_offset_token(client: httpx.AsyncClient) -> None:
    params: dict[str, str | int] = {
        "order": "display_number(asc)",
        "fields": "display_number",
        "limit": 5,
    }
    body = (await client.get(MATTERS, params=params)).json()
    seen = [m["display_number"] for m in body["data"]]
    while "next" in body["meta"]["paging"]:
        body = (await client.get(body["meta"]["paging"]["next"])).json()
        seen += [m["display_number"] for m in body["data"]]
    assert seen == sorted(seen)
    assert len(seen) == 12


@pytest.mark.parametrize(
    "params",
    [
        {"limit": "0"},
        {"limit": "201"},
        {"limit": "x"},
        {"order": "bogus(asc)"},
        {"page_token": "%%"},
    ],
)
async def test_bad_list_params(client: httpx.AsyncClient, params: dict[str, str]) -> None:
    response = await client.get(MATTERS, params=params)
    assert response.status_code == 400
    assert set(response.json()["error"]) == {"type", "message"}


async def test_users_allow_larger_limits(client: httpx.AsyncClient) -> None:
    assert (await client.get("/api/v4/users.json", params={"limit": 2000})).status_code == 200
    assert (await client.get("/api/v4/users.json", params={"limit": 2001})).status_code == 400


async def test_offset_beyond_cap(client: httpx.AsyncClient) -> None:
    response = await client.get(MATTERS, params={"offset": 10_001})
    assert response.status_code == 422
    assert response.json()["error"]["type"] == "ArgumentError"


async def test_etag_and_last_modified(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    matter = sandbox.find("matters", display_number="00042-Smith")[0]
    url = f"/api/v4/matters/{matter['id']}.json"
    first = await client.get(url, params={"fields": "id,etag,updated_at"})
    etag = first.headers["etag"]
    assert etag == first.json()["data"]["etag"]
    assert first.headers["last-modified"].endswith("GMT")
    assert (await client.get(url, headers={"If-None-Match": etag})).status_code == 304
    since = {"If-Modified-Since": first.headers["last-modified"]}
    assert (await client.get(url, headers=since)).status_code == 304

    stale = await client.patch(
        url, json={"data": {"description": "Changed"}}, headers={"If-Match": '"' + "0" * 32 + '"'}
    )
    assert stale.status_code == 412
    unchanged = await client.get(url, params={"fields": "description,etag"})
    assert unchanged.json()["data"] == {"description": "Smith v Jones", "etag": etag}

    ok = await client.patch(
        url, json={"data": {"description": "Smith v. Jones"}}, headers={"If-Match": etag}
    )
    assert ok.status_code == 200
    assert ok.headers["etag"] != etag
    assert (await client.get(url, headers={"If-None-Match": etag})).status_code == 200


async def test_api_version_header(client: httpx.AsyncClient) -> None:
    default = await client.get(MATTERS)
    assert default.headers["x-api-version"] == "4.0.13"
    chosen = await client.get(MATTERS, headers={"X-API-VERSION": "4.0.9"})
    assert chosen.headers["x-api-version"] == "4.0.9"
    gone = await client.get(MATTERS, headers={"X-API-VERSION": "9.9.9"})
    assert gone.status_code == 410
    assert set(gone.json()["error"]) == {"type", "message"}


async def test_rate_limit(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    sandbox.settings.rate_limit_per_minute = 3
    answers = [await client.get(MATTERS) for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert [a.headers["x-ratelimit-remaining"] for a in answers] == ["2", "1", "0", "0"]
    assert [a.headers["x-ratelimit-limit"] for a in answers] == ["3"] * 4
    reset = int(answers[0].headers["x-ratelimit-reset"])
    assert reset == int(sandbox.clock.now().timestamp()) + 60
    assert int(answers[3].headers["retry-after"]) == 60
    sandbox.clock.advance(seconds=30)
    again = await client.get(MATTERS)
    assert again.status_code == 429
    assert again.headers["retry-after"] == "30"
    sandbox.clock.advance(seconds=30)
    assert (await client.get(MATTERS)).status_code == 200


async def test_rate_limit_is_per_token(
    client: httpx.AsyncClient, priya: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    sandbox.settings.rate_limit_per_minute = 1
    assert (await client.get(MATTERS)).status_code == 200
    assert (await client.get(MATTERS)).status_code == 429
    assert (await priya.get(MATTERS)).status_code == 200


async def test_headers_on_errors_too(client: httpx.AsyncClient) -> None:
    missing = await client.get("/api/v4/matters/1.json")
    assert missing.status_code == 404
    assert missing.json()["error"]["type"] == "RecordNotFound"
    assert "x-ratelimit-limit" in missing.headers
    unknown = await client.get("/api/v4/nothing_here.json")
    assert unknown.status_code == 404
    assert "error" in unknown.json()


async def test_fault_injection(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    sandbox.faults.add("GET", "/matters", 503, times=2, retry_after=7)
    first = await client.get(MATTERS)
    assert first.status_code == 503
    assert first.headers["retry-after"] == "7"
    assert first.json()["error"]["type"] == "ServiceUnavailable"
    assert (await client.get(MATTERS)).status_code == 503
    assert (await client.get(MATTERS)).status_code == 200
    sandbox.faults.add("POST", "/tasks", 429, body={"error": {"type": "X", "message": "slow"}})
    assert (await client.get("/api/v4/tasks.json")).status_code == 200
    injected = await client.post("/api/v4/tasks.json", json={"data": {}})
    assert injected.status_code == 429
    assert injected.json() == {"error": {"type": "X", "message": "slow"}}


async def test_timestamps_use_the_users_time_zone(client_for) -> None:
    params = {"fields": "created_at,updated_at"}
    alice = await client_for("alice@demo-firm.test")
    hannah = await client_for("hannah@demo-firm.test")
    ny = (await alice.get("/api/v4/users/who_am_i.json", params=params)).json()["data"]
    london = (await hannah.get("/api/v4/users/who_am_i.json", params=params)).json()["data"]
    assert ny["created_at"].endswith("-05:00") or ny["created_at"].endswith("-04:00")
    assert london["created_at"].endswith("+00:00") or london["created_at"].endswith("+01:00")
