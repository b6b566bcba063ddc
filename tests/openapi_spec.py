"""Validate requests and responses against Clio's OpenAPI document (shared test helper).

The spec lives outside this repository: `SPEC_PATH` is `$CLIO_OPENAPI_PATH`, else
`<repo root>/../shared/reference/clio-openapi.json`. Tests needing it use the `requires_spec`
marker, which skips them when the file is absent; the autouse fixtures that check each test's
traffic count what they checked, or the tests they could not check, in `REPORT`, and the run's
terminal summary says which (`tests/conftest.py`).
"""

from __future__ import annotations

import copy
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from jsonschema import Draft7Validator, FormatChecker
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

REPO_ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = Path(
    os.environ.get("CLIO_OPENAPI_PATH")
    or REPO_ROOT.parent / "shared" / "reference" / "clio-openapi.json"
)
SPEC_URI = "urn:clio-openapi"
OAUTH_ERROR = {
    "type": "object",
    "required": ["error", "error_description"],
    "properties": {"error": {"type": "string"}, "error_description": {"type": "string"}},
}


class SpecViolation(AssertionError):
    """A request or response that does not match the spec."""


@dataclass
class Report:
    """What the spec checks did in this run: requests and responses validated, and the checks
    of a test's Clio traffic skipped because the spec is absent."""

    requests: int = 0
    responses: int = 0
    skipped: int = 0

    def line(self) -> str:
        """The run's one-line account, for the terminal summary."""
        if load_spec() is None:
            return (
                f"OpenAPI conformance: SKIPPED, {MISSING} "
                f"({self.skipped} checks of a test's Clio traffic skipped)"
            )
        return (
            f"OpenAPI conformance: {self.requests} requests and {self.responses} responses "
            f"checked against {SPEC_PATH}"
        )


REPORT = Report()


@cache
def _load(path: str) -> dict[str, Any] | None:
    try:
        return dict(json.loads(Path(path).read_text()))
    except FileNotFoundError:
        return None


def load_spec() -> dict[str, Any] | None:
    """The parsed spec, or None when the file is absent."""
    return _load(str(SPEC_PATH))


MISSING = f"Clio OpenAPI spec not found at {SPEC_PATH} (it lives outside this team's checkout)"
requires_spec = pytest.mark.skipif(load_spec() is None, reason=MISSING)


def check_traffic(
    recorded: list[tuple[str, httpx.URL, object]], *, outside: tuple[str, ...] = ()
) -> None:
    """Validate every `/api/v4` request of a test's recorded traffic (bar the paths in
    `outside`); without the spec, count the check as skipped (the summary says so)."""
    spec = load_spec()
    if spec is None:
        REPORT.skipped += 1
        return
    for method, url, body in recorded:
        if url.path.startswith("/api/v4/") and url.path not in outside:
            params = {key: url.params.get_list(key) for key in url.params}
            validate_request(
                spec, method, url.path, params, body if isinstance(body, dict) else None
            )


# -- paths -----------------------------------------------------------------------------------------
def _relative(concrete_path: str) -> str:
    path = urlsplit(concrete_path).path
    path = path.removeprefix("/api/v4")
    return path if path.endswith(".json") else path + ".json"


@cache
def _templates(paths: tuple[str, ...]) -> list[tuple[re.Pattern[str], str]]:
    compiled = []
    for template in paths:
        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template))
        compiled.append((re.compile(pattern + "$"), template))
    # Literal segments beat parameters: /users/who_am_i.json before /users/{id}.json.
    return sorted(compiled, key=lambda item: item[1].count("{"))


def match_path(spec: dict[str, Any], method: str, concrete_path: str) -> str:
    """The spec template of a concrete path: `/api/v4/matters/12` -> `/matters/{id}.json`."""
    relative = _relative(concrete_path)
    for pattern, template in _templates(tuple(spec["paths"])):
        if pattern.match(relative) and method.lower() in spec["paths"][template]:
            return template
    raise SpecViolation(f"{method.upper()} {concrete_path} is not an operation of the spec")


def _operation(spec: dict[str, Any], method: str, concrete_path: str) -> dict[str, Any]:
    return dict(spec["paths"][match_path(spec, method, concrete_path)][method.lower()])


# -- schema variants -------------------------------------------------------------------------------
def _nullable(node: Any) -> Any:
    """Every typed node also accepts null (and every enum None)."""
    if isinstance(node, dict):
        node = {key: _nullable(value) for key, value in node.items()}
        if isinstance(node.get("type"), str):
            node["type"] = [node["type"], "null"]
        if isinstance(node.get("enum"), list):
            node["enum"] = [*node["enum"], None]
        return node
    if isinstance(node, list):
        return [_nullable(item) for item in node]
    return node


def _closed(node: Any) -> Any:
    """Object schemas listing `properties` accept no other property."""
    if isinstance(node, dict):
        node = {key: _closed(value) for key, value in node.items()}
        if "properties" in node and "additionalProperties" not in node:
            node["additionalProperties"] = False
        return node
    if isinstance(node, list):
        return [_closed(item) for item in node]
    return node


_REGISTRIES: dict[int, Registry] = {}


def _registry(spec: dict[str, Any]) -> Registry:
    key = id(spec)
    if key not in _REGISTRIES:
        nullable = {"components": _nullable(copy.deepcopy(spec["components"]))}
        resource = Resource.from_contents(nullable, default_specification=DRAFT7)
        _REGISTRIES[key] = Registry().with_resource(SPEC_URI, resource)
    return _REGISTRIES[key]


FORMATS = FormatChecker(formats=())


@FORMATS.checks("date", raises=ValueError)
def _is_date(value: object) -> bool:
    return not isinstance(value, str) or (bool(date.fromisoformat(value)) and len(value) == 10)


@FORMATS.checks("date-time", raises=ValueError)
def _is_datetime(value: object) -> bool:
    if not isinstance(value, str):
        return True
    return "T" in value and datetime.fromisoformat(value).tzinfo is not None


def _check(schema: dict[str, Any], instance: Any, what: str, registry: Registry | None) -> None:
    validator = Draft7Validator(schema, registry=registry or Registry(), format_checker=FORMATS)
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    if errors:
        details = "; ".join(_describe(error) for error in errors[:5])
        raise SpecViolation(f"{what}: {details}")


def _describe(error: ValidationError) -> str:
    where = "/".join(str(part) for part in error.absolute_path) or "(root)"
    return f"{where}: {error.message[:300]}"


# -- public checks ---------------------------------------------------------------------------------
def validate_response(
    spec: dict[str, Any], method: str, concrete_path: str, status: int, body: Any
) -> None:
    """Check `body` against the response schema the spec gives for `status`, resolving `$ref`s.

    Null is accepted for every value: the spec declares no `nullable`, yet Clio returns null for
    unset fields and for redacted ones (hours, contacts). 204 and 304 answers must have no body;
    a 401 may also carry the OAuth-style `{"error", "error_description"}` body Clio really sends.
    """
    REPORT.responses += 1
    operation = _operation(spec, method, concrete_path)
    what = f"{method.upper()} {concrete_path} -> {status}"
    if status in (204, 304):
        if body not in (None, b"", ""):
            raise SpecViolation(f"{what}: expected no body")
        return
    response = operation.get("responses", {}).get(str(status))
    if response is None:
        raise SpecViolation(f"{what}: status not documented for this operation")
    content = response.get("content") or {}
    if not content:
        if body not in (None, b"", ""):
            raise SpecViolation(f"{what}: the spec documents no body")
        return
    schema = next(iter(content.values()))["schema"]
    if status == 401 and isinstance(body, dict) and isinstance(body.get("error"), str):
        _check(OAUTH_ERROR, body, what, None)
        return
    if "$ref" in schema:
        schema = {"$ref": SPEC_URI + schema["$ref"]}
    _check(schema, body, what, _registry(spec))


def _allowed_param(name: str, listed: set[str]) -> bool:
    base = name.split("[", 1)[0]
    return name in listed or base in listed or f"{base}[]" in listed


# Where the spec's `required` lists are stricter than Clio (reference, Appendix A): a note
# belongs to a matter or to a contact, so it needs one of the two, not both.
ONE_OF_REQUIRED = {("post", "/notes.json"): ("matter", "contact")}


def _relax(schema: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    data = schema["properties"]["data"]
    data["required"] = [name for name in data.get("required", []) if name not in fields]
    data["anyOf"] = [{"required": [name]} for name in fields]
    return schema


def validate_request(
    spec: dict[str, Any],
    method: str,
    concrete_path: str,
    params: Mapping[str, Any],
    body: dict[str, Any] | None,
) -> None:
    """Check query parameter names and the JSON body of a request the client is about to send.

    Every query parameter must be one the spec lists for this path and method (`name[]` list
    parameters and nested ones such as `custom_field_values[12]` are matched by their base name).
    The body is validated strictly against the requestBody schema: object schemas that list
    `properties` reject any other property, so a misspelled field fails. Null values are allowed
    (Clio takes null to clear a field).
    """
    REPORT.requests += 1
    operation = _operation(spec, method, concrete_path)
    what = f"{method.upper()} {concrete_path}"
    listed = {p["name"] for p in operation.get("parameters", []) if p["in"] == "query"}
    unknown = sorted(name for name in params if not _allowed_param(name, listed))
    if unknown:
        raise SpecViolation(f"{what}: unknown query parameters {', '.join(unknown)}")
    request_body = operation.get("requestBody")
    if body is None:
        if request_body is not None and request_body.get("required"):
            raise SpecViolation(f"{what}: a request body is required")
        return
    if request_body is None:
        raise SpecViolation(f"{what}: the spec documents no request body")
    content = request_body["content"]
    schema = copy.deepcopy(
        (content.get("application/json") or next(iter(content.values())))["schema"]
    )
    relaxed = ONE_OF_REQUIRED.get((method.lower(), match_path(spec, method, concrete_path)))
    if relaxed:
        schema = _relax(schema, relaxed)
    _check(_nullable(_closed(schema)), body, f"{what} body", _registry(spec))
