"""Each person acts in Clio as themselves: connect, per-person clients, whoami, disconnect."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from bot.clio import ClioClient, ClioError, OAuthClient, OAuthTokenProvider, TokenSet
from bot.mrkdwn import escape
from bot.replies import Button, Card, Reply, Requester
from bot.store import Store
from bot.store.tables import OAuthState

log = logging.getLogger(__name__)

CALLBACK_PATH = "/clio/oauth/callback"


class NotConnected(Exception):
    """The person has not connected their Clio account yet."""


ExpectedEmail = Callable[[OAuthState], Awaitable[str | None]]
"""The email of the Clio user the person behind a connect link must be (their Slack email, or
an admin's mapping); None when it is unknown."""


class WrongClioUser(Exception):
    """A connect link was finished with the Clio login of someone else: nothing is kept."""

    def __init__(self, state: OAuthState, clio_name: str, clio_email: str, expected: str | None):
        super().__init__("the Clio user's email is not the person's")
        self.state = state
        self.clio_name = clio_name
        self.clio_email = clio_email
        self.expected = expected

    @property
    def text(self) -> str:
        """What the person is told, in plain text."""
        yours = (
            f"your email in Slack is {self.expected}"
            if self.expected
            else "Slack does not share your email with me"
        )
        return (
            f"Not connected: that Clio login is {self.clio_name} ({self.clio_email}), but {yours}. "
            "Nothing was kept. Sign out of Clio, run /clio connect again and sign in as yourself; "
            "if your Clio login has another email, a bot admin can map you to it "
            "(/clio admin map)."
        )


class Connections:
    """Per-person Clio identities on one OAuth app; one client (and refresh lock) per person."""

    def __init__(
        self,
        store: Store,
        oauth: OAuthClient,
        *,
        public_url: str,
        clock: Callable[[], dt.datetime],
        transport: httpx.AsyncBaseTransport | None = None,
    ):
        self._store = store
        self.oauth = oauth
        self._redirect = public_url.rstrip("/") + CALLBACK_PATH
        self._clock = clock
        self._transport = transport
        self._clients: dict[tuple[str, str], ClioClient] = {}

    async def client_for(self, who: Requester) -> ClioClient:
        """The person's own client; raises NotConnected when they have no Clio account here."""
        key = (who.team_id, who.user_id)
        client = self._clients.get(key)
        if client is not None:
            return client
        account = await self._store.accounts.get(*key)
        if account is None:
            raise NotConnected

        async def keep(tokens: TokenSet) -> None:
            await self._store.accounts.update_tokens(*key, tokens)

        provider = OAuthTokenProvider(
            self.oauth, account.tokens, key=f"{who.team_id}:{who.user_id}", on_refresh=keep
        )
        client = ClioClient(provider, base_url=account.host, transport=self._transport)
        self._clients[key] = client
        return client

    async def prompt(self, who: Requester, *, resume: dict[str, Any] | None = None) -> Reply:
        """A private one-click link to Clio's authorize page; `resume` continues afterwards."""
        state = await self._store.oauth_states.create(
            who.team_id, who.user_id, resume=resume, now=self._clock()
        )
        extra = {"login_hint": who.email} if who.email else {}
        url = self.oauth.authorize_url(self._redirect, state, **extra)
        text = "Connect your Clio account so I can act in Clio as you (your permissions apply)."
        if resume:
            text += " I'll carry on with your request once you're connected."
        button = Button(label="Connect to Clio", action="connect", url=url, style="primary")
        return Reply(
            text=text,
            cards=[
                Card(lines=[text], buttons=[button], note="The link works once, for 10 minutes.")
            ],
        )

    async def finish(
        self, code: str, state: str, expected: ExpectedEmail
    ) -> tuple[OAuthState, str]:
        """The callback: check the state, exchange the code, check who signed in, store the
        tokens.

        Returns the state (whose person and pending request it was) and the Clio user's name.
        Raises LookupError for a replayed, expired or forged state, and WrongClioUser when the
        Clio user's email is not the person's (`expected`): then the tokens are not kept.
        They are not revoked either: Clio's deauthorize may end that Clio user's own
        connection of this app.
        """
        row = await self._store.oauth_states.consume(state, now=self._clock())
        if row is None:
            raise LookupError("unknown, used or expired state")
        tokens = await self.oauth.exchange_code(code, self._redirect)
        provider = OAuthTokenProvider(self.oauth, tokens, key=f"{row.team_id}:{row.user_id}")
        async with ClioClient(
            provider, base_url=self.oauth.host, transport=self._transport
        ) as clio:
            me = await clio.users.who_am_i()
        email = await expected(row)
        if email is None or (me.email or "").lower() != email.lower():
            log.warning("user %s refused as clio user %s: emails differ", row.user_id, me.id)
            raise WrongClioUser(row, me.name or "another Clio user", me.email or "", email)
        await self._store.accounts.save(
            row.team_id,
            row.user_id,
            clio_user_id=me.id,
            host=self.oauth.host,
            tokens=tokens,
            now=self._clock(),
        )
        self._clients.pop((row.team_id, row.user_id), None)
        log.info("user %s connected to clio user %s", row.user_id, me.id)
        return row, me.name or "your Clio user"

    async def whoami(self, who: Requester) -> Reply:
        try:
            clio = await self.client_for(who)
            me = await clio.users.who_am_i()
        except NotConnected:
            return await self.prompt(who)
        except ClioError as error:
            return Reply.notice(
                f"Your Clio connection isn't working ({escape(error.message)}); "
                "try `/clio connect`."
            )
        firm = escape(me.account.name) if me.account else "your firm"
        return Reply.notice(f"You are {escape(me.name)} ({escape(me.email)}) in Clio, at {firm}.")

    async def disconnect(self, who: Requester) -> Reply:
        """Clio's deauthorize, then the tokens are deleted."""
        account = await self._store.accounts.get(who.team_id, who.user_id)
        if account is None:
            return Reply.notice("You are not connected to Clio.")
        try:
            await self.oauth.deauthorize(account.tokens.access_token)
        except ClioError:
            log.warning("deauthorize failed for user %s; deleting the tokens anyway", who.user_id)
        await self._store.accounts.delete(who.team_id, who.user_id)
        client = self._clients.pop((who.team_id, who.user_id), None)
        if client is not None:
            await client.aclose()
        return Reply.notice(
            "Disconnected: your Clio tokens are deleted. `/clio connect` to connect again."
        )

    async def forget(self, team_id: str, user_id: str) -> bool:
        """Delete a person's stored connection (their identity changed: they connect again);
        whether there was one."""
        if await self._store.accounts.get(team_id, user_id) is None:
            return False
        await self._store.accounts.delete(team_id, user_id)
        client = self._clients.pop((team_id, user_id), None)
        if client is not None:
            await client.aclose()
        log.info("user %s must connect again: identity changed", user_id)
        return True

    async def close(self) -> None:
        for client in self._clients.values():
            await client.aclose()
        self._clients.clear()
