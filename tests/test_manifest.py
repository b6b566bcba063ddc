"""The Slack app manifests: valid for Slack, and matching what the app listens for.

`manifest.yml` is for one workspace with a fixed bot token (no token rotation),
`manifest.oauth.yml` for installs by many workspaces (rotating tokens); otherwise they are the
same app.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest
import yaml
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.listeners.shortcuts import LOG_FROM_MESSAGE, NEW_TIME_ENTRY
from tests.slack_fake.methods import (
    EMAIL_SCOPE,
    EVENT_SCOPES,
    FEATURE_SCOPES,
    METHODS,
    PUBLIC_POSTING,
    ConversationType,
)
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


@pytest.mark.parametrize("manifest", [MANIFEST, OAUTH_MANIFEST], ids=["single", "oauth"])
def test_slash_command_text_arrives_escaped(manifest):
    """Mentions come as `<@U…>` (a typed `@first name` is read by name too)."""
    commands = manifest["features"]["slash_commands"]
    assert commands
    assert all(c["should_escape"] for c in commands)


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


# -- scopes: derived from the Web API methods the code calls ------------------------------------
BOLT_CALLS = {"auth.test", "oauth.v2.access"}  # slack_bolt's own: the token's bot; installs
CONVERSATIONS: dict[str, tuple[ConversationType, ...]] = {
    "conversations.history": ("public", "private", "im"),  # the relay reads where it posted
    "conversations.replies": ("public", "private", "im"),
    "conversations.info": ("public", "private"),  # /clio watch checks a channel
    "conversations.open": ("im",),  # a person's DM with the bot
}
"""The conversation types the code calls each conversations.* method on."""


def _api_methods(client_method: str) -> set[str]:
    """The Web API methods one AsyncWebClient method calls (files_upload_v2 calls two)."""
    source = inspect.getsource(getattr(AsyncWebClient, client_method))
    found = set(re.findall(r'api_call\(\s*"([\w.]+)"', source))
    for helper in set(re.findall(r"self\.([a-z]+_\w+)\(", source)):
        if helper != client_method and hasattr(AsyncWebClient, helper):
            found |= _api_methods(helper)
    return found


def methods_called() -> set[str]:
    """Every Web API method the bot's code calls: AsyncWebClient methods found in its source."""
    called = set(BOLT_CALLS)
    for path in (ROOT / "bot").rglob("*.py"):
        for name in re.findall(r"\.([a-z]+_[A-Za-z0-9_]+)\(", path.read_text()):
            if hasattr(AsyncWebClient, name) and callable(getattr(AsyncWebClient, name)):
                called |= _api_methods(name)
    return called


def scopes_needed() -> dict[str, str]:
    """Scope -> why: each method's scope (per conversation type), and chat.postMessage's
    and users.*'s extra scopes."""
    needed: dict[str, str] = {}
    called = methods_called()
    for method in sorted(called):
        assert method in METHODS, f"{method}: add its scope and tier to tests/slack_fake/methods.py"
        for kind in CONVERSATIONS.get(method, (None,)):
            scope = METHODS[method].needs(kind)
            if scope:
                needed.setdefault(scope, method)
    if "chat.postMessage" in called:
        needed[PUBLIC_POSTING] = "chat.postMessage in public channels the bot has not joined"
    if {"users.info", "users.lookupByEmail"} & called:
        needed[EMAIL_SCOPE] = "people's emails (to find their Clio user)"
    return needed


def test_the_scan_finds_the_methods_the_bot_calls():
    called = methods_called()
    assert {"chat.postMessage", "views.open", "users.info", "conversations.history"} <= called
    assert {"files.getUploadURLExternal", "files.completeUploadExternal"} <= called  # v2 upload


@pytest.mark.parametrize("manifest", [MANIFEST, OAUTH_MANIFEST], ids=["single", "oauth"])
def test_every_method_called_is_covered_by_the_scopes(manifest):
    granted = set(manifest["oauth_config"]["scopes"]["bot"])
    missing = {scope: why for scope, why in scopes_needed().items() if scope not in granted}
    assert missing == {}


@pytest.mark.parametrize("manifest", [MANIFEST, OAUTH_MANIFEST], ids=["single", "oauth"])
def test_every_scope_is_used(manifest):
    used = set(scopes_needed())
    events = manifest["settings"]["event_subscriptions"]["bot_events"]
    used |= {scope for e in events if (scope := EVENT_SCOPES[e])}
    used |= {FEATURE_SCOPES[f] for f in manifest["features"] if f in FEATURE_SCOPES}
    assert set(manifest["oauth_config"]["scopes"]["bot"]) - used == set()


def test_the_readme_names_both_manifests_and_every_scope():
    readme = (ROOT / "README.md").read_text()
    setup = readme[readme.index("## Slack set-up") :]
    setup = setup[: setup.index("\n## ", 3)]
    assert "manifest.yml" in setup
    assert "manifest.oauth.yml" in setup
    for scope in MANIFEST["oauth_config"]["scopes"]["bot"]:
        assert f"`{scope}`" in setup, f"README's Slack set-up should say why {scope} is needed"
