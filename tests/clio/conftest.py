"""Every request a client test sends is checked against Clio's OpenAPI description."""

from __future__ import annotations

import pytest

from tests.openapi_spec import load_spec, validate_request

SPEC = load_spec()


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "nonconforming: the test sends deliberately invalid requests to Clio"
    )


@pytest.fixture(autouse=True)
def requests_match_the_spec(request, transport):
    """After the test, validate each recorded `/api/v4` request (skipped without the spec)."""
    yield
    if SPEC is None or request.node.get_closest_marker("nonconforming"):
        return
    for method, url, body in transport.requests:
        if not url.path.startswith("/api/v4/"):
            continue  # OAuth endpoints and the document store are not in the API description
        params = {key: url.params.get_list(key) for key in url.params}
        validate_request(SPEC, method, url.path, params, body if isinstance(body, dict) else None)
