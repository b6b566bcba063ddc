"""A local fake of the Slack Web API, served over real HTTP so slack_sdk clients use it unchanged.

It refuses what Slack refuses: payloads outside Block Kit's rules (`blockkit`), methods the
token's scopes do not grant (`missing_scope`, scopes read from `manifest.yml`), conversations the
bot is not in (`not_in_channel`, `channel_not_found`), trigger ids older than 3 s or used twice,
a response_url's sixth use or a use after 30 minutes, expired rotating tokens, a refresh token
used twice, and calls over a method's rate tier (`ratelimited`, HTTP 429 with `Retry-After`). A
refused call is recorded apart: `calls`, `last`, `wait_for`, `responses` and `posted` show only
what Slack accepted. Listings page with a cursor.

The server runs in a daemon thread; every piece of state is guarded by one lock, so tests may read
it from the event loop while the app's client calls the fake. Its clock is real time plus
whatever `advance` added.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import copy
import itertools
import json
import math
import mimetypes
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self
from urllib.parse import parse_qsl, quote, urlsplit

from tests.slack_fake import blockkit
from tests.slack_fake.defaults import (
    APP_ID,
    BOT_ID,
    BOT_TOKEN,
    BOT_USER_ID,
    CHANNEL_ID,
    CHANNEL_NAME,
    CLIENT_ID,
    CLIENT_SECRET,
    TEAM_DOMAIN,
    TEAM_ID,
    TEAM_NAME,
    USER_EMAIL,
    USER_ID,
    USER_NAME,
)
from tests.slack_fake.methods import (
    EMAIL_SCOPE,
    METHODS,
    OUTSIDE_MARKETPLACE,
    OUTSIDE_MARKETPLACE_PAGE,
    PER_MINUTE,
    PUBLIC_POSTING,
    ConversationType,
    manifest_scopes,
)
from tests.slack_fake.workspace import (
    VIOLATIONS,
    Answer,
    Call,
    Channel,
    Params,
    ResponseUrl,
    SlackFile,
    SlackUser,
    Token,
)

JSON_VALUED_PARAMS = frozenset({"blocks", "attachments", "view", "files", "metadata"})
MESSAGE_METHODS = frozenset({"chat.postMessage", "chat.postEphemeral", "chat.update"})
VIEW_METHODS = frozenset({"views.open", "views.push", "views.update", "views.publish"})
UNAUTHENTICATED_METHODS = frozenset({"oauth.v2.access"})
RESPONSE_URL_USES = 5
RESPONSE_URL_SECONDS = 30 * 60
TRIGGER_SECONDS = 3.0
ROTATED_TOKEN_LIFETIME = 43200


@dataclass
class _Reply:
    status: int
    body: bytes
    content_type: str = "application/json; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, payload: Any, status: int = 200, **headers: str) -> _Reply:
        return cls(status, json.dumps(payload).encode(), headers=headers)


class FakeSlack:
    """Fake Slack Web API on 127.0.0.1:<free port>; a context manager, or use `fake_slack`.

    One workspace; the bot token `BOT_TOKEN` holds the manifest's scopes, and the test channel
    `CHANNEL_ID` is a public channel the bot is a member of.
    """

    def __init__(
        self,
        *,
        team_id: str = TEAM_ID,
        team_name: str = TEAM_NAME,
        team_domain: str = TEAM_DOMAIN,
        app_id: str = APP_ID,
        bot_id: str = BOT_ID,
        bot_user_id: str = BOT_USER_ID,
        client_id: str = CLIENT_ID,
        client_secret: str = CLIENT_SECRET,
    ) -> None:
        self.team_id, self.team_name, self.team_domain = team_id, team_name, team_domain
        self.app_id, self.bot_id, self.bot_user_id = app_id, bot_id, bot_user_id
        self.client_id, self.client_secret = client_id, client_secret
        self.users: dict[str, SlackUser] = {}
        self.channels: dict[str, Channel] = {}
        self.files: dict[str, SlackFile] = {}
        self.tokens: dict[str, Token] = {}
        self.install: Answer = {
            "ok": True,
            "app_id": app_id,
            "authed_user": {"id": USER_ID},
            "scope": ",".join(sorted(manifest_scopes())),
            "token_type": "bot",
            "access_token": "xoxe.xoxb-1-installed",
            "bot_user_id": bot_user_id,
            "team": {"id": team_id, "name": team_name},
            "enterprise": None,
            "is_enterprise_install": False,
            "refresh_token": "xoxe-1-refresh-installed",
            "expires_in": ROTATED_TOKEN_LIFETIME,
        }
        """Answer to an oauth.v2.access code; drop refresh_token/expires_in for no rotation."""
        self.violations: list[str] = []
        """The app's own mistakes so far (bad payloads, missing scopes): `"<method>: <error>"`."""
        self._lock = threading.Lock()
        self._calls: list[Call] = []
        self._ids = itertools.count(1)
        self._epoch = int(time.time())
        self._offset = 0.0
        self._used_triggers: set[str] = set()
        self._view_hashes: dict[str, str] = {}
        self._response_urls: dict[str, ResponseUrl] = {}
        self._uploads: dict[str, SlackFile] = {}
        self._uploaded: list[SlackFile] = []
        self._revoked: set[str] = set()
        self._used_codes: set[str] = set()
        self._refresh_tokens: set[str] = set()
        self._limits: dict[str, int] = {}
        self._recent: dict[tuple[str, str], deque[float]] = {}
        self._tiers: dict[tuple[str, str], deque[float]] = {}
        self._outside_marketplace = False
        self._throttles: dict[str, tuple[int, int]] = {}
        self._failures: dict[str, deque[str]] = {}
        self._server: _Server | None = None
        self._posted: dict[str, list[Answer]] = {}
        self._methods: dict[str, Callable[[Params], Answer]] = {
            "auth.test": self._auth_test,
            "auth.revoke": self._auth_revoke,
            "chat.postMessage": self._post_message,
            "chat.postEphemeral": self._post_ephemeral,
            "chat.update": self._update_message,
            "chat.delete": self._delete_message,
            "chat.getPermalink": self._permalink,
            "views.open": self._open_view,
            "views.push": self._open_view,
            "views.update": self._update_view,
            "views.publish": self._publish_view,
            "users.info": self._user_info,
            "users.lookupByEmail": self._lookup_by_email,
            "conversations.info": self._conversation_info,
            "conversations.open": self._open_conversation,
            "conversations.history": self._history,
            "conversations.replies": self._replies,
            "files.info": self._file_info,
            "files.getUploadURLExternal": self._upload_url,
            "files.completeUploadExternal": self._complete_upload,
            "oauth.v2.access": self._oauth_access,
        }
        missing = self._methods.keys() - METHODS.keys()
        assert not missing, f"give {sorted(missing)} a scope and a tier in methods.METHODS"
        self.add_token(BOT_TOKEN)
        self.add_user(SlackUser(USER_ID, USER_NAME, "Alice Attorney", USER_EMAIL, team_id=team_id))
        self.add_user(SlackUser(bot_user_id, "clio", "Clio", team_id=team_id, is_bot=True))
        self.add_channel(CHANNEL_ID, CHANNEL_NAME)

    # ---- lifecycle

    def start(self) -> Self:
        """Bind a free port and serve in a daemon thread."""
        if self._server is None:
            self._server = _Server(self)
            threading.Thread(
                target=self._server.serve_forever, args=(0.02,), name="fake-slack", daemon=True
            ).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def root(self) -> str:
        """`http://127.0.0.1:PORT/`."""
        if self._server is None:
            raise RuntimeError("FakeSlack is not started")
        return f"http://127.0.0.1:{self._server.server_address[1]}/"

    @property
    def url(self) -> str:
        """Web API base for `AsyncWebClient(base_url=...)` and SLACK_API_URL; ends with `/`."""
        return f"{self.root}api/"

    @property
    def response_urls(self) -> str:
        """The prefix of every response_url the fake hands out (SLACK_LOCAL_RESPONSE_URLS)."""
        return f"{self.root}response/"

    # ---- the clock

    def now(self) -> float:
        """The fake's time: real time plus what `advance` added (seconds since the epoch)."""
        return time.time() + self._offset

    def advance(self, seconds: float) -> None:
        """Move the fake's clock: trigger ids, response URLs, tokens and rate windows age."""
        with self._lock:
            self._offset += seconds

    # ---- configuration

    def add_user(self, user: SlackUser) -> SlackUser:
        with self._lock:
            self.users[user.id] = user
        return user

    def add_channel(
        self,
        channel_id: str,
        name: str = "",
        *,
        kind: ConversationType = "public",
        member: bool = True,
        user: str | None = None,
    ) -> Channel:
        """A conversation; `member` says whether the bot is in it."""
        channel = Channel(channel_id, name, kind, member, user)
        with self._lock:
            self.channels[channel_id] = channel
        return channel

    def add_token(
        self,
        value: str,
        *,
        scopes: frozenset[str] | None = None,
        team_id: str | None = None,
        expires_in: float | None = None,
    ) -> Token:
        """A bot token the fake accepts; scopes default to the manifest's."""
        with self._lock:
            return self._add_token(value, scopes, team_id, expires_in)

    def add_file(
        self,
        name: str,
        content: bytes,
        *,
        mimetype: str = "application/octet-stream",
        user: str = USER_ID,
    ) -> SlackFile:
        """A file files.info knows and the download URL serves (to a valid bot token only)."""
        with self._lock:
            return self._new_file(name, content, mimetype=mimetype, user=user)

    def response_url(self, name: str = "default") -> str:
        """A new response_url, as Slack hands one to each command and interaction; posts to it
        are recorded as method `response_url` with `url_name` = `name`."""
        with self._lock:
            key = f"{next(self._ids):08d}"
            self._response_urls[key] = ResponseUrl(name, self.now())
        return f"{self.response_urls}{key}"

    def limit(self, method: str, *, per_channel_per_second: int) -> None:
        """Answer 429 once a channel got more than this many accepted calls within a second."""
        with self._lock:
            self._limits[method] = per_channel_per_second

    def outside_marketplace(self) -> None:
        """The app is distributed without Marketplace approval: conversations.history and
        .replies once a minute, at most 15 messages a page."""
        with self._lock:
            self._outside_marketplace = True

    def throttle(self, method: str, *, times: int = 1, retry_after: int = 1) -> None:
        """Answer 429 with `Retry-After: retry_after` to the next `times` calls of `method`."""
        with self._lock:
            self._throttles[method] = (times, retry_after)

    def fail(self, method: str, *, error: str, times: int = 1) -> None:
        """Answer `{"ok": false, "error": error}` to the next `times` calls of `method` (or
        posts to response URLs, method `response_url`)."""
        with self._lock:
            self._failures.setdefault(method, deque()).extend([error] * times)

    def revoke(self, token: str) -> None:
        """Make `token` answer `token_revoked` from now on, as after auth.revoke or an uninstall;
        a refresh token is refused (`invalid_refresh_token`)."""
        with self._lock:
            self._revoked.add(token)
            self._refresh_tokens.discard(token)

    def add_message(self, channel: str, text: str, *, user: str = USER_ID) -> str:
        """A person's message in `channel` (not through the API); its ts."""
        with self._lock:
            ts = self._next_ts()
            message = {"type": "message", "user": user, "team": self.team_id, "text": text}
            self._posted.setdefault(channel, []).append(message | {"ts": ts})
        return ts

    # ---- inspection

    def calls(self, method: str | None = None) -> list[Call]:
        """Accepted calls, oldest first; what Slack refused is in `refused`."""
        with self._lock:
            return [c for c in self._calls if c.ok and method in (None, c.method)]

    def refused(self, method: str | None = None) -> list[Call]:
        """Refused calls (`ok: false`, and 429s), oldest first."""
        with self._lock:
            return [c for c in self._calls if not c.ok and method in (None, c.method)]

    def last(self, method: str) -> Call:
        """The last accepted call of `method`."""
        calls = self.calls(method)
        if not calls:
            raise AssertionError(f"no accepted {method} call; {self._seen()}")
        return calls[-1]

    def responses(self, name: str | None = None) -> list[Call]:
        """Accepted posts to response URLs, optionally only those named `name`."""
        return [c for c in self.calls("response_url") if name is None or c.url_name == name]

    @property
    def rejected(self) -> list[Call]:
        """Calls answered with HTTP 429."""
        return [c for c in self.refused() if c.status == 429]

    @property
    def uploads(self) -> list[SlackFile]:
        """Files the app uploaded (files_upload_v2), with their bytes, once completed."""
        with self._lock:
            return list(self._uploaded)

    async def wait_for(
        self,
        method: str,
        count: int = 1,
        timeout: float = 5.0,  # noqa: ASYNC109 (a deadline for polling, not a cancel scope)
    ) -> list[Call]:
        """Poll, without blocking the loop, until `count` accepted calls of `method` came."""
        deadline = time.monotonic() + timeout
        while len(calls := self.calls(method)) < count:
            if time.monotonic() >= deadline:
                raise AssertionError(
                    f"{len(calls)}/{count} accepted {method} calls after {timeout}s; "
                    + self._seen()
                )
            await asyncio.sleep(0.01)
        return calls

    def posted(self, channel: str) -> list[Answer]:
        """Messages posted to `channel` (thread replies included), oldest first."""
        with self._lock:
            return list(self._posted.get(channel, []))

    def clear(self) -> None:
        """Forget recorded calls and violations (configuration stays)."""
        with self._lock:
            self._calls.clear()
            self.violations.clear()

    def _seen(self) -> str:
        accepted = [c.method for c in self.calls()]
        refused = [f"{c.method} ({c.error})" for c in self.refused()]
        return f"accepted: {accepted}; refused: {refused}"

    # ---- HTTP entry point (server thread)

    def _handle(self, verb: str, target: str, headers: dict[str, str], body: bytes) -> _Reply:
        parts = urlsplit(target)
        path = parts.path
        with self._lock:
            if path.startswith("/api/"):
                return self._api(
                    path.removeprefix("/api/"), _parse(parts.query, headers, body), headers
                )
            if path.startswith("/response/") and verb == "POST":
                key = path.removeprefix("/response/")
                return self._respond(key, _parse(parts.query, headers, body), headers)
            if path.startswith("/upload/") and verb == "POST":
                return self._receive_upload(path.removeprefix("/upload/"), body)
            if path.startswith("/files-pri/") and verb == "GET":
                return self._download(path, headers)
        return _Reply(404, b"not found", "text/plain")

    def _api(self, method: str, params: Params, headers: dict[str, str]) -> _Reply:
        now = self.now()
        token = self.tokens.get(_bearer(headers) or str(params.get("token") or ""))
        retry_after = self._rate_limit(method, params, token, now)
        if retry_after is not None:
            answer = {"ok": False, "error": "ratelimited"}
            self._calls.append(Call(method, params, headers, now, 429, answer))
            return _Reply.json(answer, 429, **{"Retry-After": str(retry_after)})
        answer = self._answer(method, params, headers)
        self._note_violation(method, answer)
        self._calls.append(Call(method, params, headers, now, 200, answer))
        return _Reply.json(answer)

    def _note_violation(self, method: str, answer: Answer) -> None:
        if answer.get("error") in VIOLATIONS:
            details = answer.get("errors") or [answer.get("needed", "")]
            self.violations.extend(f"{method}: {answer['error']} {d}".rstrip() for d in details)

    def _rate_limit(
        self, method: str, params: Params, token: Token | None, now: float
    ) -> int | None:
        """Seconds to wait if this call is rate limited, else None (and the call counts)."""
        times, retry_after = self._throttles.get(method, (0, 0))
        if times > 0:
            self._throttles[method] = (times - 1, retry_after)
            return retry_after
        spec = METHODS.get(method)
        tier = spec.tier if spec else "special"
        if self._outside_marketplace and method in OUTSIDE_MARKETPLACE:
            tier = 1
        if tier != "special":
            window = self._tiers.setdefault((method, token.team_id if token else ""), deque())
            wait = _window(window, PER_MINUTE[tier], 60.0, now)
            if wait is not None:
                return wait
        per_second = self._limits.get(method)
        if per_second is None:
            return None
        recent = self._recent.setdefault((method, str(params.get("channel", ""))), deque())
        return _window(recent, per_second, 1.0, now)

    def _answer(self, method: str, params: Params, headers: dict[str, str]) -> Answer:
        failures = self._failures.get(method)
        if failures:
            return _error(failures.popleft())
        handler = self._methods.get(method)
        if handler is None:
            return _error("unknown_method")
        if method in UNAUTHENTICATED_METHODS:
            params = {**params, "_basic_auth": _basic_auth(headers.get("authorization", ""))}
        else:
            value = _bearer(headers) or params.get("token")
            refused = self._refuse_token(value)
            if refused:
                return _error(refused)
            token = self.tokens[str(value)]
            params = {**params, "token": value, "_scopes": token.scopes}
            needed = METHODS[method].needs(self._conversation_type(method, params))
            if needed and needed not in token.scopes:
                return {
                    "ok": False,
                    "error": "missing_scope",
                    "needed": needed,
                    "provided": ",".join(sorted(token.scopes)),
                }
        problem = self._check_payload(method, params)
        if problem:
            return problem
        return handler(params)

    def _refuse_token(self, value: Any) -> str | None:
        if not value:
            return "not_authed"
        if value in self._revoked:
            return "token_revoked"
        token = self.tokens.get(str(value))
        if token is None:
            return "invalid_auth"
        if token.expires_at is not None and self.now() >= token.expires_at:
            return "token_expired"
        return None

    def _conversation_type(self, method: str, params: Params) -> ConversationType | None:
        """The type of conversation a conversations.* call is about (None: unknown)."""
        if method == "conversations.open" and not params.get("channel"):
            users = [u for u in str(params.get("users", "")).split(",") if u]
            return "im" if len(users) == 1 else "mpim"
        channel = self._channel(str(params.get("channel") or ""))
        return channel.kind if channel else None

    @staticmethod
    def _check_payload(method: str, params: Params) -> Answer | None:
        """`invalid_blocks` and the other payload errors Slack answers, else None."""
        if method in MESSAGE_METHODS:
            error = blockkit.check_text(params) or blockkit.check_metadata(params.get("metadata"))
            if error:
                return _error(error)
            errors = blockkit.check_message(params.get("blocks"))
        elif method in VIEW_METHODS:
            errors = blockkit.check_view(params.get("view"))
        else:
            return None
        return {"ok": False, "error": "invalid_blocks", "errors": errors} if errors else None

    # ---- helpers

    def _add_token(
        self,
        value: str,
        scopes: frozenset[str] | None,
        team_id: str | None,
        expires_in: float | None,
    ) -> Token:
        token = Token(
            value,
            team_id or self.team_id,
            manifest_scopes() if scopes is None else frozenset(scopes),
            None if expires_in is None else self.now() + expires_in,
        )
        self.tokens[value] = token
        return token

    def _next_id(self, prefix: str) -> str:
        return f"{prefix}{next(self._ids):08d}"

    def _next_ts(self) -> str:
        return f"{self._epoch}.{next(self._ids):06d}"

    def _new_file(
        self, name: str, content: bytes, *, mimetype: str, user: str, file_id: str | None = None
    ) -> SlackFile:
        file_id = file_id or self._next_id("F")
        base = f"{self.root}files-pri/{self.team_id}-{file_id}"
        file = SlackFile(
            file_id,
            name,
            content,
            mimetype,
            user=user,
            url_private=f"{base}/{quote(name)}",
            url_private_download=f"{base}/download/{quote(name)}",
        )
        self.files[file_id] = file
        return file

    def _channel(self, channel_id: str) -> Channel | None:
        """A known conversation; a person's DM with the bot (`D` + their id) exists for everyone."""
        channel = self.channels.get(channel_id)
        if channel is None and channel_id.startswith("D") and "U" + channel_id[1:] in self.users:
            channel = self._dm_channel("U" + channel_id[1:])
        return channel

    def _dm_channel(self, user_id: str) -> Channel:
        channel_id = "D" + user_id[1:]
        return self.channels.setdefault(
            channel_id, Channel(channel_id, kind="im", member=True, user=user_id)
        )

    def _seen_channel(self, p: Params) -> Channel | Answer:
        """The call's channel if the bot may see it, else Slack's `channel_not_found`."""
        channel = self._channel(str(p.get("channel") or ""))
        if channel is None or not channel.visible:
            return _error("channel_not_found")
        return channel

    def _joined_channel(self, p: Params) -> Channel | Answer:
        """The call's channel if the bot is in it (to read it, or post ephemerals)."""
        channel = self._seen_channel(p)
        if isinstance(channel, Channel) and not channel.member:
            return _error("not_in_channel")
        return channel

    def _trigger(self, trigger_id: Any) -> str | None:
        """Slack's error for a trigger id: unknown, older than 3 s, or used before."""
        parts = trigger_id.split(".") if isinstance(trigger_id, str) else []
        if len(parts) != 3 or not parts[1].isdigit():
            return "invalid_trigger_id"
        if trigger_id in self._used_triggers:
            return "exchanged_trigger_id"
        if self.now() - int(parts[1]) / 1000 > TRIGGER_SECONDS:
            return "expired_trigger_id"
        self._used_triggers.add(trigger_id)
        return None

    def _message(self, params: Params, ts: str) -> Answer:
        message = {
            "type": "message",
            "user": self.bot_user_id,
            "bot_id": self.bot_id,
            "app_id": self.app_id,
            "team": self.team_id,
            "text": params.get("text", ""),
            "ts": ts,
        }
        for key in ("blocks", "attachments", "thread_ts", "metadata"):
            if key in params:
                message[key] = params[key]
        return message

    def _find(self, channel: str, ts: str) -> Answer | None:
        return next((m for m in self._posted.get(channel, []) if m["ts"] == ts), None)

    def _view(self, view: Answer, view_id: str) -> Answer:
        view_hash = f"{self._epoch}.{next(self._ids):08x}"
        self._view_hashes[view_id] = view_hash
        return {
            "private_metadata": "",
            "callback_id": "",
            "external_id": "",
            **view,
            "id": view_id,
            "team_id": self.team_id,
            "app_id": self.app_id,
            "bot_id": self.bot_id,
            "app_installed_team_id": self.team_id,
            "hash": view_hash,
            "root_view_id": view_id,
            "previous_view_id": None,
            "state": {"values": {}},
        }

    # ---- Web API methods

    def _auth_test(self, p: Params) -> Answer:
        return {
            "ok": True,
            "url": f"https://{self.team_domain}.slack.com/",
            "team": self.team_name,
            "user": "clio",
            "team_id": self.tokens[p["token"]].team_id,
            "user_id": self.bot_user_id,
            "bot_id": self.bot_id,
            "is_enterprise_install": False,
        }

    def _auth_revoke(self, p: Params) -> Answer:
        testing = str(p.get("test", "")).lower() in ("1", "true")
        if not testing:
            self._revoked.add(p["token"])
        return {"ok": True, "revoked": not testing}

    def _post_message(self, p: Params) -> Answer:
        target = str(p.get("channel") or "")
        if target.startswith(("U", "W")) and target in self.users:
            target = self._dm_channel(target).id
        channel = self._seen_channel({"channel": target})
        if not isinstance(channel, Channel):
            return channel
        if channel.archived:
            return _error("is_archived")
        if not channel.member and PUBLIC_POSTING not in p["_scopes"]:
            return _error("not_in_channel")
        ts = self._next_ts()
        message = self._message(p, ts)
        self._posted.setdefault(channel.id, []).append(message)
        return {"ok": True, "channel": channel.id, "ts": ts, "message": message}

    def _history(self, p: Params) -> Answer:
        """A channel's top-level messages since `oldest`, newest first."""
        channel = self._joined_channel(p)
        if not isinstance(channel, Channel):
            return channel
        oldest = float(p.get("oldest") or 0)
        found = [
            m
            for m in self._posted.get(channel.id, [])
            if float(m["ts"]) >= oldest and m.get("thread_ts") in (None, m["ts"])
        ]
        return self._listing(p, list(reversed(found)))

    def _replies(self, p: Params) -> Answer:
        """A thread, its parent first."""
        channel = self._joined_channel(p)
        if not isinstance(channel, Channel):
            return channel
        ts = str(p.get("ts"))
        found = [m for m in self._posted.get(channel.id, []) if ts in (m["ts"], m.get("thread_ts"))]
        return self._listing(p, found) if found else _error("thread_not_found")

    def _listing(self, p: Params, found: list[Answer]) -> Answer:
        """A page of `found` from `cursor` (an opaque string Slack hands out in
        `response_metadata.next_cursor` while there is more)."""
        with_metadata = str(p.get("include_all_metadata", "")).lower() in ("1", "true")
        limit = int(p.get("limit") or 100)
        if self._outside_marketplace:
            limit = min(limit, OUTSIDE_MARKETPLACE_PAGE)
        cursor = str(p.get("cursor") or "")
        start = int(base64.b64decode(cursor).decode().removeprefix("next:")) if cursor else 0
        shown = [
            m if with_metadata else {k: v for k, v in m.items() if k != "metadata"}
            for m in found[start : start + limit]
        ]
        more = len(found) > start + len(shown)
        following = base64.b64encode(f"next:{start + len(shown)}".encode()).decode()
        return {
            "ok": True,
            "messages": shown,
            "has_more": more,
            "response_metadata": {"next_cursor": following if more else ""},
        }

    def _post_ephemeral(self, p: Params) -> Answer:
        channel = self._joined_channel(p)
        if not isinstance(channel, Channel):
            return channel
        if not p.get("user") or p["user"] not in self.users:
            return _error("user_not_in_channel")
        return {"ok": True, "message_ts": self._next_ts()}

    def _update_message(self, p: Params) -> Answer:
        channel = self._seen_channel(p)
        if not isinstance(channel, Channel):
            return channel
        message = self._find(channel.id, str(p.get("ts") or ""))
        if message is None:
            return _error("message_not_found")
        for key in ("text", "blocks", "attachments"):
            message[key] = p.get(key, "" if key == "text" else [])
        return {
            "ok": True,
            "channel": channel.id,
            "ts": message["ts"],
            "text": message["text"],
            "message": message,
        }

    def _delete_message(self, p: Params) -> Answer:
        channel = self._seen_channel(p)
        if not isinstance(channel, Channel):
            return channel
        message = self._find(channel.id, str(p.get("ts") or ""))
        if message is None:
            return _error("message_not_found")
        self._posted[channel.id].remove(message)
        return {"ok": True, "channel": channel.id, "ts": message["ts"]}

    def _permalink(self, p: Params) -> Answer:
        """A message's link, in conversations the bot may see (private ones: only as a member)."""
        channel = self._seen_channel(p)
        if not isinstance(channel, Channel):
            return channel
        ts = str(p.get("message_ts") or "")
        if not ts:
            return _error("message_not_found")
        link = f"https://{self.team_domain}.slack.com/archives/{channel.id}/p{ts.replace('.', '')}"
        return {"ok": True, "channel": channel.id, "permalink": link}

    def _open_view(self, p: Params) -> Answer:
        refused = self._trigger(p.get("trigger_id"))
        if refused:
            return _error(refused)
        return {"ok": True, "view": self._view(p["view"], self._next_id("V"))}

    def _update_view(self, p: Params) -> Answer:
        view_id = p.get("view_id") or p.get("external_id")
        known_hash = self._view_hashes.get(str(view_id))
        if known_hash is None:
            return _error("not_found")
        if p.get("hash") and p["hash"] != known_hash:
            return _error("hash_conflict")
        return {"ok": True, "view": self._view(p["view"], str(view_id))}

    def _publish_view(self, p: Params) -> Answer:
        user_id = p.get("user_id")
        if user_id not in self.users:
            return _error("user_not_found")
        return {"ok": True, "view": self._view(p["view"], self._next_id("V"))}

    def _user_info(self, p: Params) -> Answer:
        user = self.users.get(str(p.get("user")))
        if user is None:
            return _error("user_not_found")
        return {
            "ok": True,
            "user": user.to_api(
                with_email=EMAIL_SCOPE in p["_scopes"],
                with_locale=str(p.get("include_locale", "")).lower() in ("1", "true"),
            ),
        }

    def _lookup_by_email(self, p: Params) -> Answer:
        email = str(p.get("email", "")).lower()
        for user in self.users.values():
            if user.email and user.email.lower() == email:
                return {"ok": True, "user": user.to_api()}
        return _error("users_not_found")

    def _conversation_info(self, p: Params) -> Answer:
        channel = self._seen_channel(p)
        if not isinstance(channel, Channel):
            return channel
        return {"ok": True, "channel": channel.to_api(self.team_id)}

    def _open_conversation(self, p: Params) -> Answer:
        if p.get("channel"):
            channel = self._seen_channel(p)
            if not isinstance(channel, Channel):
                return channel
            return {"ok": True, "channel": {"id": channel.id}}
        users = [u for u in str(p.get("users", "")).split(",") if u]
        if len(users) != 1:
            return _error("not_enough_users" if not users else "too_many_users")
        if users[0] not in self.users:
            return _error("user_not_found")
        return {"ok": True, "channel": {"id": self._dm_channel(users[0]).id}}

    def _file_info(self, p: Params) -> Answer:
        file = self.files.get(str(p.get("file")))
        return {"ok": True, "file": file.to_api()} if file else _error("file_not_found")

    def _upload_url(self, p: Params) -> Answer:
        filename, length = p.get("filename"), p.get("length")
        if not filename or length is None:
            return _error("invalid_arguments")
        file_id = self._next_id("F")
        self._uploads[file_id] = SlackFile(file_id, str(filename), b"")
        return {"ok": True, "upload_url": f"{self.root}upload/{file_id}", "file_id": file_id}

    def _receive_upload(self, file_id: str, body: bytes) -> _Reply:
        pending = self._uploads.get(file_id)
        if pending is None:
            return _Reply(404, b"not found", "text/plain")
        pending.content = body
        return _Reply(200, f"OK - {len(body)}".encode(), "text/plain")

    def _complete_upload(self, p: Params) -> Answer:
        requested = p.get("files")
        if not isinstance(requested, list) or not requested:
            return _error("invalid_arguments")
        if any(item.get("id") not in self._uploads for item in requested):
            return _error("file_not_found")
        channels = [c for c in [p.get("channel_id"), *str(p.get("channels", "")).split(",")] if c]
        for channel_id in channels:
            channel = self._seen_channel({"channel": channel_id})
            if not isinstance(channel, Channel):
                return channel
            if not channel.member:
                return _error("not_in_channel")
        completed = []
        for item in requested:
            pending = self._uploads.pop(item["id"])
            file = self._new_file(
                pending.name,
                pending.content,
                mimetype=mimetypes.guess_type(pending.name)[0] or "application/octet-stream",
                user=self.bot_user_id,
                file_id=pending.id,
            )
            file.title, file.channels = item.get("title") or pending.name, channels
            self._uploaded.append(file)
            completed.append(file.to_api())
        return {"ok": True, "files": completed}

    def _download(self, path: str, headers: dict[str, str]) -> _Reply:
        file_id = path.split("/")[2].rpartition("-")[2]
        file = self.files.get(file_id)
        if file is None:
            return _Reply(404, b"not found", "text/plain")
        if self._refuse_token(_bearer(headers)):
            return _Reply(403, b"forbidden: send a valid bot token as a bearer token", "text/plain")
        return _Reply(200, file.content, file.mimetype)

    def _oauth_access(self, p: Params) -> Answer:
        client_id, client_secret = p["_basic_auth"] or (
            p.get("client_id"),
            p.get("client_secret"),
        )
        if client_id != self.client_id:
            return _error("invalid_client_id")
        if client_secret != self.client_secret:
            return _error("bad_client_secret")
        if p.get("grant_type") == "refresh_token":
            if p.get("refresh_token") not in self._refresh_tokens:
                return _error("invalid_refresh_token")
            self._refresh_tokens.remove(p["refresh_token"])  # Slack takes each one once
            n = next(self._ids)
            answer = {
                **{
                    k: self.install.get(k)
                    for k in ("app_id", "scope", "bot_user_id", "team", "enterprise")
                },
                "ok": True,
                "token_type": "bot",
                "access_token": f"xoxe.xoxb-1-{n}",
                "refresh_token": f"xoxe-1-refresh-{n}",
                "expires_in": ROTATED_TOKEN_LIFETIME,
                "is_enterprise_install": self.install.get("is_enterprise_install", False),
            }
        else:
            code = p.get("code")
            if not code or code in self._used_codes:
                return _error("invalid_code")
            self._used_codes.add(code)
            answer = copy.deepcopy(self.install)
        if answer.get("refresh_token"):
            self._refresh_tokens.add(answer["refresh_token"])
        self._add_token(
            answer["access_token"],
            frozenset(s for s in str(answer.get("scope", "")).split(",") if s),
            (answer.get("team") or {}).get("id"),
            answer.get("expires_in"),
        )
        return answer

    def _respond(self, key: str, params: Params, headers: dict[str, str]) -> _Reply:
        """A post to a response_url: at most 5, within 30 minutes of the request."""
        url = self._response_urls.get(key)
        now = self.now()
        failures = self._failures.get("response_url")
        if failures:
            error = failures.popleft()
            answer, status = _error(error), 404 if error.endswith("_url") else 400
        elif url is None:
            answer, status = _error("invalid_url"), 404
        elif now - url.issued > RESPONSE_URL_SECONDS:
            answer, status = _error("expired_url"), 404
        elif url.uses >= RESPONSE_URL_USES:
            answer, status = _error("used_url"), 404
        else:
            url.uses += 1
            answer, status = self._response_answer(params)
            self._note_violation("response_url", answer)
        name = url.name if url else None
        self._calls.append(Call("response_url", params, headers, now, status, answer, name))
        return _Reply.json(answer, status)

    @staticmethod
    def _response_answer(params: Params) -> tuple[Answer, int]:
        if str(params.get("delete_original", "")).lower() == "true":
            return {"ok": True}, 200
        error = blockkit.check_text(params)
        if error:
            return _error(error), 400
        errors = blockkit.check_message(params.get("blocks"))
        if errors:
            return {"ok": False, "error": "invalid_blocks", "errors": errors}, 400
        return {"ok": True}, 200


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, fake: FakeSlack) -> None:
        self.fake = fake
        super().__init__(("127.0.0.1", 0), _Handler)


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def _serve(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {k.lower(): v for k, v in self.headers.items()}
        try:
            reply = self.server.fake._handle(self.command, self.path, headers, body)
        except Exception as error:  # a bug in the fake: tell the client rather than hang up
            reply = _Reply.json({"ok": False, "error": f"fake_slack_error: {error!r}"}, 500)
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(reply.body)

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output quiet."""


def _window(recent: deque[float], allowed: int, seconds: float, now: float) -> int | None:
    """Seconds to wait when `allowed` calls came within the last `seconds`, else None (and
    this call counts)."""
    while recent and recent[0] <= now - seconds:
        recent.popleft()
    if len(recent) >= allowed:
        return max(1, math.ceil(recent[0] + seconds - now))
    recent.append(now)
    return None


def _parse(query: str, headers: dict[str, str], body: bytes) -> Params:
    """Query string plus a form or JSON body; JSON-valued params sent as strings are decoded."""
    params: Params = dict(parse_qsl(query, keep_blank_values=True))
    content_type = headers.get("content-type", "").partition(";")[0].strip()
    if body and content_type == "application/json":
        params.update(json.loads(body))
    elif body and content_type == "application/x-www-form-urlencoded":
        params.update(parse_qsl(body.decode(), keep_blank_values=True))
    for key in JSON_VALUED_PARAMS & params.keys():
        if isinstance(params[key], str):
            with contextlib.suppress(ValueError):
                params[key] = json.loads(params[key])
    return params


def _bearer(headers: dict[str, str]) -> str | None:
    auth = headers.get("authorization", "")
    return auth.removeprefix("Bearer ") if auth.startswith("Bearer ") else None


def _basic_auth(header: str) -> tuple[str, str] | None:
    if not header.startswith("Basic "):
        return None
    user, _, password = base64.b64decode(header.removeprefix("Basic ")).decode().partition(":")
    return user, password


def _error(error: str) -> Answer:
    return {"ok": False, "error": error}


__all__ = ["FakeSlack"]
