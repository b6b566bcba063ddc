"""The Slack app manifests: valid for Slack, and matching what the app listens for.

`manifest.yml` is for one workspace with a fixed bot token (no token rotation),
`manifest.oauth.yml` for installs by many workspaces (rotating tokens); otherwise they are the
same app.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.slack.listeners.shortcuts import LOG_FROM_MESSAGE, NEW_TIME_ENTRY
from tests.slack_manifest_schema import manifest_errors, requires_schema

ROOT = Path(__file__).parent.parent
MANIFEST = yaml.safe_load((ROOT / "manifest.yml").read_text())
OAUTH_MANIFEST = yaml.safe_load((ROOT / "manifest.oauth.yml").read_text())


@requires_schema
@pytest.mark.parametrize("manifest", [MANIFEST, OAUTH_MANIFEST], ids=["single", "oauth"])
def test_slack_accepts_the_manifests(manifest):
    assert manifest_errors(manifest) == []


@requires_schema
def test_the_schema_check_finds_what_slack_refuses():
    broken = {**MANIFEST, "features": {**MANIFEST["features"], "shortcuts": [
        {**MANIFEST["features"]["shortcuts"][0], "name": "Log time from this message"}
    ]}}  # fmt: skip
    assert manifest_errors(broken) == [
        "features/shortcuts/0/name: 'Log time from this message' is too long"
    ]


def test_command_shortcuts_and_urls():
    features = MANIFEST["features"]
    assert [c["command"] for c in features["slash_commands"]] == ["/clio"]
    assert {s["callback_id"] for s in features["shortcuts"]} == {NEW_TIME_ENTRY, LOG_FROM_MESSAGE}
    assert features["app_home"]["home_tab_enabled"] is True
    settings = MANIFEST["settings"]
    urls = [
        features["slash_commands"][0]["url"],
        settings["event_subscriptions"]["request_url"],
        settings["interactivity"]["request_url"],
        settings["interactivity"]["message_menu_options_url"],
    ]
    assert all(url.endswith("/slack/events") for url in urls)


def test_events_and_scopes_cover_the_listeners():
    events = set(MANIFEST["settings"]["event_subscriptions"]["bot_events"])
    assert {"app_mention", "message.im", "app_home_opened"} <= events
    scopes = set(MANIFEST["oauth_config"]["scopes"]["bot"])
    # users:read(.email) give the time zone and the email that finds the person's Clio user
    assert {"commands", "chat:write", "users:read", "users:read.email", "im:history"} <= scopes
    # channel notifications: post where the bot is not a member; find earlier posts by metadata
    assert {"chat:write.public", "channels:history", "groups:history"} <= scopes


def test_oauth_installs_ask_for_the_manifests_scopes():
    from bot.slack.app import BOT_SCOPES

    assert sorted(BOT_SCOPES) == sorted(OAUTH_MANIFEST["oauth_config"]["scopes"]["bot"])


def test_a_fixed_token_never_expires_and_oauth_installs_rotate():
    assert MANIFEST["settings"]["token_rotation_enabled"] is False
    assert "redirect_urls" not in MANIFEST["oauth_config"]
    assert OAUTH_MANIFEST["settings"]["token_rotation_enabled"] is True
    assert OAUTH_MANIFEST["oauth_config"]["redirect_urls"][0].endswith("/slack/oauth_redirect")


def test_both_manifests_describe_the_same_app():
    def app(manifest: dict) -> dict:
        settings = {k: v for k, v in manifest["settings"].items() if k != "token_rotation_enabled"}
        oauth = {k: v for k, v in manifest["oauth_config"].items() if k != "redirect_urls"}
        return {**manifest, "settings": settings, "oauth_config": oauth}

    assert app(MANIFEST) == app(OAUTH_MANIFEST)
