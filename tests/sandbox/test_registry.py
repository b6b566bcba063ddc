"""The registry stays within Clio's documented parameters and the CLI's instructions work."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx

from bot.cli import sandbox_instructions
from bot.sandbox.catalog import catalog
from bot.sandbox.registry import REGISTRY

# Filters the sandbox offers beyond the spec's parameter lists (asked for by the product).
EXTRA_FILTERS = {("damages", "matter_id")}


def test_filters_are_documented_query_parameters() -> None:
    for key, res in REGISTRY.items():
        if not res.can("list"):
            continue
        listed = set(catalog().resource(key).get("query", []))
        extra = {name for name in res.filters if name not in listed} - {
            name for owner, name in EXTRA_FILTERS if owner == key
        }
        assert not extra, f"{key}: {extra}"
        assert (res.search is not None) <= ("query" in listed), key


def test_every_resource_schema_is_in_the_catalogue() -> None:
    for res in REGISTRY.values():
        fields = catalog().schema(res.schema)
        assert {"id"} <= set(fields), res.key
        for name in res.relations:
            assert fields[name].nested, f"{res.key}.{name}"


async def test_cli_instructions_work(anon: httpx.AsyncClient) -> None:
    text = sandbox_instructions("127.0.0.1", 8765)
    assert "curl -g" in text
    assert "fields=id,display_number,client{name}" in text
    authorize = text.split("'%{redirect_url}' '", 1)[1].split("'", 1)[0]
    redirect = await anon.get(urlsplit(authorize)._replace(scheme="", netloc="").geturl())
    code = parse_qs(urlsplit(redirect.headers["location"]).query)["code"][0]
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": "http://localhost/callback",
    }
    token = (await anon.post("/oauth/token", data=form)).json()["access_token"]
    matters = await anon.get(
        "/api/v4/matters.json",
        params={"fields": "id,display_number,client{name}"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert matters.json()["data"][0]["client"]["name"] == "Acme Corp"
