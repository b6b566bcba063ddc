"""Every request a client test sends is checked against Clio's OpenAPI description."""

from __future__ import annotations

import pytest

from tests.openapi_spec import check_traffic


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "nonconforming: the test sends deliberately invalid requests to Clio"
    )


@pytest.fixture(autouse=True)
def requests_match_the_spec(request, transport):
    """After the test, validate each recorded `/api/v4` request (without the spec, the run's
    summary says the check was skipped, and why)."""
    yield
    if not request.node.get_closest_marker("nonconforming"):
        check_traffic(transport.requests)
