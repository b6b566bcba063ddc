"""Slack profile facts the core needs: a person's time zone and email (cached)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.replies import DEFAULT_TZ, Requester
from bot.slack import refusals
from bot.slack.locales import date_order
from bot.store import Store

PROFILE_TTL = dt.timedelta(hours=12)


class Directory:
    """People as the core sees them; `own_clio` when each person connects their own Clio."""

    def __init__(
        self,
        store: Store,
        clock: Callable[[], dt.datetime],
        admins: frozenset[str],
        *,
        own_clio: bool = False,
    ):
        self._store = store
        self._clock = clock
        self._admins = admins
        self._own_clio = own_clio

    async def profile(
        self, client: AsyncWebClient, team_id: str, user_id: str, *, fresh: bool = False
    ) -> dict:
        """{"tz", "email"} from `users.info`, kept for a few hours (`fresh`: asked again)."""
        key = f"slack:user:{team_id}:{user_id}"
        now = self._clock()
        cached = None if fresh else await self._store.cache.get(key, now=now)
        if cached is not None:
            return cached
        try:
            user = (await client.users_info(user=user_id, include_locale=True))["user"]
        except SlackApiError as failure:  # answered in the default zone, without a Clio user
            refusals.logged(failure, f"profile of user {user_id}")
            return {"tz": DEFAULT_TZ, "email": None, "date_order": "MDY"}
        profile = {
            "tz": user.get("tz") or DEFAULT_TZ,
            "email": user.get("profile", {}).get("email"),
            "date_order": date_order(user.get("locale")),
        }
        await self._store.cache.put(key, profile, now=now, ttl=PROFILE_TTL)
        await self._store.prefs.set_tz(team_id, user_id, profile["tz"], now=now)
        return profile

    async def clio_email(self, client: AsyncWebClient, team_id: str, user_id: str) -> str | None:
        """The email of the Clio user this person is: an admin's mapping, else their Slack email."""
        mapped = await self._store.identity_maps.get(team_id, user_id)
        return mapped or (await self.profile(client, team_id, user_id))["email"]

    async def requester(
        self,
        client: AsyncWebClient,
        *,
        team_id: str,
        user_id: str,
        channel_id: str | None,
        thread_ts: str | None = None,
        fresh: bool = False,
    ) -> Requester:
        """The person, whose email is the Clio user's an admin mapped them to, else their
        Slack email."""
        profile = await self.profile(client, team_id, user_id, fresh=fresh)
        mapped = await self._store.identity_maps.get(team_id, user_id)
        return Requester(
            team_id=team_id,
            user_id=user_id,
            channel_id=channel_id,
            thread_ts=thread_ts,
            email=mapped or profile["email"],
            tz=profile["tz"],
            date_order=profile.get("date_order", "MDY"),  # profiles cached before it: MDY
            is_admin=user_id in self._admins,
            own_clio=self._own_clio,
        )
