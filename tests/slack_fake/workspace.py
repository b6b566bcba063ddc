"""What the fake Slack knows of its workspace: people, conversations, files, tokens, and the calls
it answered."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tests.slack_fake.defaults import TEAM_ID, USER_ID
from tests.slack_fake.methods import ConversationType

Params = dict[str, Any]
Answer = dict[str, Any]
VIOLATIONS = frozenset(
    {
        "invalid_blocks",
        "no_text",
        "msg_too_long",
        "invalid_metadata_format",
        "invalid_metadata_schema",
        "missing_scope",
    }
)
"""Refusals that are always the app's own mistake (a payload or a scope), never the situation."""


@dataclass(frozen=True)
class Call:
    """One request the fake answered: an API method, or a post to a response URL."""

    method: str
    params: Params
    headers: dict[str, str]  # names in lower case
    time: float  # the fake's clock on arrival
    status: int
    response: Answer
    url_name: str | None = None  # for method "response_url": the name given to fake.response_url()

    @property
    def ok(self) -> bool:
        """Accepted: Slack did what was asked (and a person would see a message that was sent)."""
        return self.status == 200 and self.response.get("ok") is True

    @property
    def error(self) -> str | None:
        return None if self.ok else str(self.response.get("error") or self.status)

    @property
    def token(self) -> str | None:
        """The bearer token, or the `token` param Slack also accepts."""
        auth = self.headers.get("authorization", "")
        bearer = auth.removeprefix("Bearer ") if auth.startswith("Bearer ") else None
        return bearer or self.params.get("token")


@dataclass
class SlackUser:
    """An entry of the fake's user directory, answered by users.info and users.lookupByEmail."""

    id: str
    name: str
    real_name: str = ""
    email: str = ""
    tz: str = "America/New_York"
    tz_offset: int = -18000
    team_id: str = TEAM_ID
    is_bot: bool = False
    locale: str = "en-US"

    def to_api(self, *, with_email: bool = True, with_locale: bool = False) -> Answer:
        profile = {"real_name": self.real_name, "display_name": self.name}
        if with_email and self.email:
            profile["email"] = self.email
        locale = {"locale": self.locale} if with_locale else {}  # only with include_locale
        return {
            **locale,
            "id": self.id,
            "team_id": self.team_id,
            "name": self.name,
            "real_name": self.real_name,
            "deleted": False,
            "is_bot": self.is_bot,
            "tz": self.tz,
            "tz_offset": self.tz_offset,
            "profile": profile,
        }


@dataclass
class Channel:
    """A conversation: a public or private channel, a DM (`im`) or a group DM (`mpim`).

    `member` says whether the bot is in it; Slack hides private conversations the bot is not in
    (`channel_not_found`), and wants it in public ones to read them or post ephemerals.
    """

    id: str
    name: str = ""
    kind: ConversationType = "public"
    member: bool = True
    user: str | None = None  # an im's person
    archived: bool = False

    @property
    def visible(self) -> bool:
        """Whether the bot may see it at all (public channels: always)."""
        return self.kind == "public" or self.member

    def to_api(self, team_id: str) -> Answer:
        info: Answer = {
            "id": self.id,
            "is_channel": self.kind == "public",
            "is_group": self.kind == "private",
            "is_im": self.kind == "im",
            "is_mpim": self.kind == "mpim",
            "is_private": self.kind != "public",
            "is_archived": self.archived,
            "context_team_id": team_id,
        }
        if self.kind == "im":
            info |= {"user": self.user, "is_open": True}
        else:
            info |= {"name": self.name, "is_member": self.member}
        return info


@dataclass
class SlackFile:
    """A file the fake knows: added by a test with `add_file`, or uploaded by the app."""

    id: str
    name: str
    content: bytes
    mimetype: str = "application/octet-stream"
    title: str = ""
    user: str = USER_ID
    channels: list[str] = field(default_factory=list)
    url_private: str = ""
    url_private_download: str = ""

    def to_api(self) -> Answer:
        return {
            "id": self.id,
            "name": self.name,
            "title": self.title or self.name,
            "mimetype": self.mimetype,
            "filetype": self.name.rpartition(".")[2] if "." in self.name else "",
            "size": len(self.content),
            "user": self.user,
            "channels": list(self.channels),
            "url_private": self.url_private,
            "url_private_download": self.url_private_download,
        }


@dataclass
class Token:
    """A bot token the fake accepts: its workspace, its scopes, and (rotating tokens) its expiry."""

    value: str
    team_id: str
    scopes: frozenset[str]
    expires_at: float | None = None  # the fake's clock, in seconds


@dataclass
class ResponseUrl:
    """A response_url handed to a request: its name (for tests), when, and its uses so far."""

    name: str
    issued: float
    uses: int = 0
