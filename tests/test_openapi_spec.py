"""The shared spec helper itself: path matching and strict request / lenient response checks."""

from __future__ import annotations

from typing import Any

import pytest

from .openapi_spec import (
    SpecViolation,
    load_spec,
    match_path,
    requires_spec,
    validate_request,
    validate_response,
)

pytestmark = requires_spec


@pytest.fixture
def spec() -> dict[str, Any]:
    loaded = load_spec()
    assert loaded is not None
    return loaded


@pytest.mark.parametrize(
    ("method", "path", "template"),
    [
        ("GET", "/api/v4/matters/12.json", "/matters/{id}.json"),
        ("PATCH", "/api/v4/matters/12", "/matters/{id}.json"),
        ("GET", "/api/v4/users/who_am_i", "/users/who_am_i.json"),
        ("GET", "https://app.clio.com/api/v4/folders/list.json?x=1", "/folders/list.json"),
        ("GET", "/api/v4/matters/7/contacts.json", "/matters/{matter_id}/contacts.json"),
        ("POST", "/api/v4/timer", "/timer.json"),
    ],
)
def test_match_path(spec: dict[str, Any], method: str, path: str, template: str) -> None:
    assert match_path(spec, method, path) == template


def test_unknown_operations(spec: dict[str, Any]) -> None:
    with pytest.raises(SpecViolation):
        match_path(spec, "POST", "/api/v4/bills.json")
    with pytest.raises(SpecViolation):
        match_path(spec, "GET", "/api/v4/nothing.json")


def test_request_params(spec: dict[str, Any]) -> None:
    ok = {"fields": "id", "ids[]": ["1", "2"], "custom_field_values[12]": "=x", "status": "open"}
    validate_request(spec, "GET", "/api/v4/matters.json", ok, None)
    with pytest.raises(SpecViolation, match="statuss"):
        validate_request(spec, "GET", "/api/v4/matters.json", {"statuss": "open"}, None)


def test_request_bodies_are_strict(spec: dict[str, Any]) -> None:
    body = {"data": {"name": "Call", "description": "x", "assignee": {"id": 1, "type": "User"}}}
    validate_request(spec, "POST", "/api/v4/tasks.json", {}, body)
    with pytest.raises(SpecViolation, match="priorty"):
        validate_request(
            spec, "POST", "/api/v4/tasks.json", {}, {"data": {**body["data"], "priorty": "High"}}
        )
    with pytest.raises(SpecViolation, match="Medium"):
        validate_request(
            spec, "POST", "/api/v4/tasks.json", {}, {"data": {**body["data"], "priority": "Medium"}}
        )
    with pytest.raises(SpecViolation, match="required"):
        validate_request(spec, "POST", "/api/v4/tasks.json", {}, {"data": {"name": "x"}})
    validate_request(spec, "PATCH", "/api/v4/tasks/1.json", {}, {"data": {"matter": None}})
    with pytest.raises(SpecViolation, match="no request body"):
        validate_request(spec, "GET", "/api/v4/tasks.json", {}, {"data": {}})


def test_responses_accept_nulls_but_not_wrong_types(spec: dict[str, Any]) -> None:
    good = {"data": {"id": 1, "status": "Open", "client": None, "open_date": "2025-01-02"}}
    validate_response(spec, "GET", "/api/v4/matters/1.json", 200, good)
    for bad in (
        {"data": {"id": "1"}},
        {"data": {"status": "open"}},
        {"data": {"open_date": "2025-01-02T10:00:00Z"}},
        {"data": {"created_at": "2025-01-02"}},
    ):
        with pytest.raises(SpecViolation):
            validate_response(spec, "GET", "/api/v4/matters/1.json", 200, bad)


def test_response_statuses(spec: dict[str, Any]) -> None:
    validate_response(spec, "DELETE", "/api/v4/matters/1.json", 204, None)
    validate_response(spec, "GET", "/api/v4/matters/1.json", 304, None)
    oauth = {"error": "invalid_token", "error_description": "expired"}
    validate_response(spec, "GET", "/api/v4/matters/1.json", 401, oauth)
    validate_response(
        spec, "GET", "/api/v4/matters/1.json", 404, {"error": {"type": "X", "message": "y"}}
    )
    with pytest.raises(SpecViolation, match="not documented"):
        validate_response(spec, "GET", "/api/v4/matters/1.json", 418, {})
    with pytest.raises(SpecViolation):
        validate_response(spec, "GET", "/api/v4/matters/1.json", 404, {"error": "nope"})
