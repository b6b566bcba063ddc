"""Test harness for Slack: a local fake of the Web API and builders of signed Slack requests."""

from tests.slack_fake import requests
from tests.slack_fake.defaults import (
    APP_ID,
    BOT_ID,
    BOT_TOKEN,
    BOT_USER_ID,
    CHANNEL_ID,
    CLIENT_ID,
    CLIENT_SECRET,
    SIGNING_SECRET,
    TEAM_ID,
    USER_EMAIL,
    USER_ID,
)
from tests.slack_fake.requests import SignedRequest
from tests.slack_fake.server import FakeSlack
from tests.slack_fake.workspace import Call, Channel, SlackFile, SlackUser, Token

__all__ = [
    "APP_ID",
    "BOT_ID",
    "BOT_TOKEN",
    "BOT_USER_ID",
    "CHANNEL_ID",
    "CLIENT_ID",
    "CLIENT_SECRET",
    "SIGNING_SECRET",
    "TEAM_ID",
    "USER_EMAIL",
    "USER_ID",
    "Call",
    "Channel",
    "FakeSlack",
    "SignedRequest",
    "SlackFile",
    "SlackUser",
    "Token",
    "requests",
]
