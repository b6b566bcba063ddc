"""Fixtures for the harness's own tests."""

from tests.slack_fake.fixtures import fake_slack

__all__ = ["fake_slack"]
