"""Each Slack user's own Clio connection (tokens encrypted at rest) and `/clio connect` states."""

from __future__ import annotations

import datetime as dt
import re
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.clio.auth import TokenSet
from bot.secrets import Cipher, SecretsError
from bot.store.tables import ClioAccount, OAuthState
from bot.store.upserts import upsert

STATE_TTL = dt.timedelta(minutes=10)
STATE = re.compile(r"[A-Za-z0-9_-]{43}")  # secrets.token_urlsafe(32)


@dataclass(frozen=True)
class Account:
    """A connected person: who they are in Clio, where, and their (decrypted) tokens."""

    team_id: str
    user_id: str
    clio_user_id: int
    host: str
    tokens: TokenSet


class ClioAccounts:
    def __init__(self, sessions: async_sessionmaker, cipher: Cipher | None):
        self._sessions = sessions
        self._cipher_or_none = cipher

    @property
    def _cipher(self) -> Cipher:
        if self._cipher_or_none is None:
            raise SecretsError("no encryption key: the store was opened without a cipher")
        return self._cipher_or_none

    async def save(
        self,
        team_id: str,
        user_id: str,
        *,
        clio_user_id: int,
        host: str,
        tokens: TokenSet,
        now: dt.datetime,
    ) -> None:
        connection = {"clio_user_id": clio_user_id, "host": host, "connected_at": now}
        connection |= self._sealed(tokens)
        async with self._sessions.begin() as session:
            await upsert(
                session,
                ClioAccount,
                {"team_id": team_id, "user_id": user_id, **connection},
                key=["team_id", "user_id"],
                update=list(connection),
            )

    async def get(self, team_id: str, user_id: str) -> Account | None:
        async with self._sessions() as session:
            row = await session.get(ClioAccount, (team_id, user_id))
        if row is None:
            return None
        tokens = TokenSet(
            access_token=self._cipher.decrypt(row.access_token),
            refresh_token=self._cipher.decrypt(row.refresh_token) if row.refresh_token else None,
            expires_at=row.expires_at,
        )
        return Account(row.team_id, row.user_id, row.clio_user_id, row.host, tokens)

    async def teams_of(self, user_id: str) -> list[str]:
        """The Slack workspaces in which this Slack user id has connected a Clio account."""
        async with self._sessions() as session:
            found = await session.scalars(
                select(ClioAccount.team_id).where(ClioAccount.user_id == user_id)
            )
        return sorted(found)

    async def update_tokens(self, team_id: str, user_id: str, tokens: TokenSet) -> None:
        """After a refresh: keep the new tokens (encrypted)."""
        async with self._sessions.begin() as session:
            await session.execute(
                update(ClioAccount)
                .where(ClioAccount.team_id == team_id, ClioAccount.user_id == user_id)
                .values(**self._sealed(tokens))
            )

    async def delete(self, team_id: str, user_id: str) -> bool:
        async with self._sessions.begin() as session:
            done = await session.execute(
                delete(ClioAccount).where(
                    ClioAccount.team_id == team_id, ClioAccount.user_id == user_id
                )
            )
        return done.rowcount == 1

    async def rotate_keys(self) -> int:
        """Encrypt every stored token again with the newest key; the number of accounts."""
        async with self._sessions.begin() as session:
            rows = list(await session.scalars(select(ClioAccount)))
            for row in rows:
                row.access_token = self._cipher.rotate(row.access_token)
                if row.refresh_token:
                    row.refresh_token = self._cipher.rotate(row.refresh_token)
        return len(rows)

    def _sealed(self, tokens: TokenSet) -> dict[str, Any]:
        return {
            "access_token": self._cipher.encrypt(tokens.access_token),
            "refresh_token": (
                self._cipher.encrypt(tokens.refresh_token) if tokens.refresh_token else None
            ),
            "expires_at": tokens.expires_at,
        }


class OAuthStates:
    """`state` values for Clio's authorize redirect: random, single use, bound, expiring."""

    def __init__(self, sessions: async_sessionmaker):
        self._sessions = sessions

    async def create(
        self, team_id: str, user_id: str, *, resume: dict[str, Any] | None, now: dt.datetime
    ) -> str:
        state = secrets.token_urlsafe(32)
        async with self._sessions.begin() as session:
            session.add(
                OAuthState(
                    state=state,
                    team_id=team_id,
                    user_id=user_id,
                    resume=resume,
                    expires_at=now + STATE_TTL,
                    used=False,
                )
            )
        return state

    async def purge(self, *, now: dt.datetime) -> int:
        async with self._sessions.begin() as session:
            done = await session.execute(
                delete(OAuthState).where((OAuthState.expires_at <= now) | OAuthState.used)
            )
        return done.rowcount

    async def consume(self, state: str, *, now: dt.datetime) -> OAuthState | None:
        """The state's row the first time it comes back in time; None for a replay or a forgery."""
        if not STATE.fullmatch(state):
            return None  # not one `create` made (and nothing a database need see)
        async with self._sessions.begin() as session:
            won = await session.execute(
                update(OAuthState)
                .where(
                    OAuthState.state == state,
                    OAuthState.used.is_(False),
                    OAuthState.expires_at > now,
                )
                .values(used=True)
            )
            if won.rowcount != 1:
                return None
            return await session.get(OAuthState, state)
