"""`/clio admin …`: a bot admin maps a Slack user to the Clio user they act as, or undoes it."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable

from bot.connections import Connections
from bot.mrkdwn import escape
from bot.replies import Reply, Requester
from bot.store import Store

log = logging.getLogger(__name__)

ADMIN = re.compile(r"^\s*admin\b(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
MAP = re.compile(r"^map\s+(?P<person>\S+)\s+(?P<email>\S+)$", re.IGNORECASE)
UNMAP = re.compile(r"^unmap\s+(?P<person>\S+)$", re.IGNORECASE)
MAPS = re.compile(r"^maps$", re.IGNORECASE)
PERSON = re.compile(r"^<@(?P<id>[UW][A-Z0-9]+)(?:\|[^>]*)?>$|^(?P<raw>[UW][A-Z0-9]{2,})$")
MAILTO = re.compile(r"^<mailto:(?P<address>[^|>]+)(?:\|[^>]*)?>$")  # Slack links emails
EMAIL = re.compile(r"^[^@\s<>|]+@[^@\s<>|]+\.[^@\s<>|]+$")
USAGE = (
    "Admin commands: `/clio admin map @person clio-email` (they act in Clio as the Clio user "
    "with that email), `/clio admin unmap @person`, `/clio admin maps`."
)


class Admin:
    """Identity maps, for the bot's admins (`BOT_ADMINS`) only."""

    def __init__(
        self,
        store: Store,
        clock: Callable[[], dt.datetime],
        connections: Connections | None = None,
    ):
        self._store = store
        self._clock = clock
        self._connections = connections

    async def answer(self, who: Requester, text: str) -> Reply | None:
        """The answer to an admin command, or None when `text` is not one."""
        command = ADMIN.match(text)
        if command is None:
            return None
        if not who.is_admin:
            log.info("admin command refused for user %s", who.user_id)
            return Reply.notice(
                "Only the bot's admins (`BOT_ADMINS`) can map people to Clio users."
            )
        rest = " ".join(command.group("rest").split())
        if found := MAP.match(rest):
            return await self._map(who, found.group("person"), found.group("email"))
        if found := UNMAP.match(rest):
            return await self._unmap(who, found.group("person"))
        if MAPS.match(rest):
            return await self._list(who)
        return Reply.notice(USAGE)

    async def _map(self, who: Requester, person: str, email: str) -> Reply:
        user_id = _person(person)
        if user_id is None:
            return Reply.notice(_not_a_person(person))
        if linked := MAILTO.match(email):
            email = linked.group("address")
        if not EMAIL.match(email):
            return Reply.notice(f"“{escape(email)}” doesn't look like an email address. {USAGE}")
        await self._store.identity_maps.set(
            who.team_id, user_id, email, by=who.user_id, now=self._clock()
        )
        log.info("admin %s mapped user %s", who.user_id, user_id)
        text = f"<@{user_id}> now acts in Clio as the Clio user with email {escape(email)}."
        return Reply.notice(text + await self._reconnect(who.team_id, user_id))

    async def _unmap(self, who: Requester, person: str) -> Reply:
        user_id = _person(person)
        if user_id is None:
            return Reply.notice(_not_a_person(person))
        if not await self._store.identity_maps.delete(who.team_id, user_id):
            return Reply.notice(f"<@{user_id}> is not mapped to a Clio user.")
        log.info("admin %s unmapped user %s", who.user_id, user_id)
        text = (
            f"<@{user_id}> is no longer mapped: they act as the Clio user with their Slack email."
        )
        return Reply.notice(text + await self._reconnect(who.team_id, user_id))

    async def _reconnect(self, team_id: str, user_id: str) -> str:
        """Each person connecting their own Clio: a connection made as the old identity goes."""
        if self._connections is None or not await self._connections.forget(team_id, user_id):
            return ""
        return " Their Clio connection was removed; they connect again with `/clio connect`."

    async def _list(self, who: Requester) -> Reply:
        maps = await self._store.identity_maps.all(who.team_id)
        if not maps:
            return Reply.notice(
                "No one is mapped: everyone acts as the Clio user with their Slack email."
            )
        lines = [
            f"• <@{m.user_id}> → {escape(m.clio_email)} (by <@{m.mapped_by}>, "
            f"{m.mapped_at:%d %b %Y})"
            for m in maps
        ]
        return Reply.notice("People mapped to a Clio user:\n" + "\n".join(lines))


def _person(text: str) -> str | None:
    """A Slack user id from a mention picked from Slack's list (`<@U…>`) or a bare id."""
    found = PERSON.match(text)
    return (found.group("id") or found.group("raw")) if found else None


def _not_a_person(text: str) -> str:
    return f"“{escape(text)}” isn't a Slack user: pick the person from Slack's @ list. {USAGE}"
