"""pytest fixtures for the fake Slack: `pytest_plugins = ["tests.slack_fake.fixtures"]`."""

from collections.abc import Iterator

import pytest

from tests.slack_fake.server import FakeSlack


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    """A started FakeSlack for one test; put `fake_slack.url` in SLACK_API_URL."""
    with FakeSlack() as fake:
        yield fake
