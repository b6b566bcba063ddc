"""Slack's documented facts the fake enforces: each Web API method's bot scope and rate tier,
the scopes events and features need, and the scopes the app's manifest grants.

`METHODS` is the one table of methods the bot may call. A conversations.* method's scope depends
on the conversation's type (Slack checks the scope of that type). Tiers are per method, per
workspace, per app: 1 = 1+/min, 2 = 20+/min, 3 = 50+/min, 4 = 100+/min; "special" methods have
their own limits (chat.postMessage: about one message a second per channel, see `FakeSlack.limit`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

import yaml

ConversationType = Literal["public", "private", "im", "mpim"]
Tier = Literal[1, 2, 3, 4, "special"]
MANIFEST = Path(__file__).resolve().parent.parent.parent / "manifest.yml"


@dataclass(frozen=True)
class Method:
    """A Web API method: the bot scope it needs (None: none) and its rate-limit tier."""

    scope: str | Mapping[ConversationType, str] | None
    tier: Tier

    def needs(self, conversation: ConversationType | None) -> str | None:
        """The scope for a call on a conversation of that type (None: no scope, or unknown)."""
        if isinstance(self.scope, Mapping):
            return self.scope.get(conversation) if conversation else None
        return self.scope


def _by_type(verb: str) -> dict[ConversationType, str]:
    return {
        "public": f"channels:{verb}",
        "private": f"groups:{verb}",
        "im": f"im:{verb}",
        "mpim": f"mpim:{verb}",
    }


METHODS: dict[str, Method] = {
    "auth.revoke": Method(None, 3),
    "auth.test": Method(None, "special"),
    "chat.delete": Method("chat:write", 3),
    "chat.getPermalink": Method(None, "special"),
    "chat.postEphemeral": Method("chat:write", 4),
    "chat.postMessage": Method("chat:write", "special"),
    "chat.update": Method("chat:write", 3),
    "conversations.history": Method(_by_type("history"), 3),
    "conversations.info": Method(_by_type("read"), 3),
    "conversations.open": Method({"im": "im:write", "mpim": "mpim:write"}, 3),
    "conversations.replies": Method(_by_type("history"), 3),
    "files.completeUploadExternal": Method("files:write", 4),
    "files.getUploadURLExternal": Method("files:write", 4),
    "files.info": Method("files:read", 4),
    "oauth.v2.access": Method(None, 4),
    "users.info": Method("users:read", 4),
    "users.lookupByEmail": Method("users:read.email", 3),
    "views.open": Method(None, 4),
    "views.publish": Method(None, 4),
    "views.push": Method(None, 4),
    "views.update": Method(None, 4),
}
PER_MINUTE: dict[Tier, int] = {1: 1, 2: 20, 3: 50, 4: 100}
PUBLIC_POSTING = "chat:write.public"
"""chat.postMessage in a public channel the bot is not a member of needs this as well."""
EMAIL_SCOPE = "users:read.email"
"""Without it users.info answers profiles without `email`."""

OUTSIDE_MARKETPLACE = ("conversations.history", "conversations.replies")
"""Since 2025-05-29, commercially distributed apps not approved for the Marketplace may call
these once a minute, with at most 15 messages a page."""
OUTSIDE_MARKETPLACE_PAGE = 15

EVENT_SCOPES: dict[str, str | None] = {
    "app_home_opened": None,
    "app_mention": "app_mentions:read",
    "app_uninstalled": None,
    "file_shared": "files:read",
    "message.im": "im:history",
    "tokens_revoked": None,
}
"""The bot scope each subscribed event needs."""
FEATURE_SCOPES = {"slash_commands": "commands", "shortcuts": "commands"}
"""The bot scope each manifest feature needs."""


def every_scope() -> frozenset[str]:
    """Every scope this module names (a token for testing the fake's other rules)."""
    named = {PUBLIC_POSTING, EMAIL_SCOPE}
    for method in METHODS.values():
        scopes = method.scope.values() if isinstance(method.scope, Mapping) else [method.scope]
        named.update(s for s in scopes if s)
    return frozenset(named)


@cache
def manifest_scopes(path: Path = MANIFEST) -> frozenset[str]:
    """The bot scopes a manifest grants (the manifest is the source of truth)."""
    manifest = yaml.safe_load(path.read_text())
    return frozenset(manifest["oauth_config"]["scopes"]["bot"])
