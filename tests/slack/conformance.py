"""Scenario traffic checked against Clio's OpenAPI description (when the file is present)."""

from __future__ import annotations

from tests.openapi_spec import load_spec, validate_request


def conforms(traffic) -> int:
    """Validate every request the bot sent Clio; the number checked (0 without the spec)."""
    spec = load_spec()
    if spec is None:
        return 0
    for method, url, body in traffic.requests:
        path = url.path.removeprefix("/api/v4")
        validate_request(spec, method, path, dict(url.params.multi_items()), body)
    return len(traffic.requests)
