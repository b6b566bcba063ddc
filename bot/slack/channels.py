"""Whether the bot can post in a conversation: asked of Slack when a channel starts watching."""

from __future__ import annotations

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import refusals

INVITE = "invite me with `/invite @clio` and run it again, or watch from a public channel"
PRIVATE = f"I can't post in this channel: it's private and I'm not in it. Please {INVITE}."
GROUP_DM = "I can't post in a group DM I'm not part of. Please run it in a channel."
DIRECT = (
    "I can't post in a direct message between people. Please run it in a channel, "
    "or in your messages with me."
)
ARCHIVED = "This channel is archived, so I couldn't post in it."
UNKNOWN = "Slack wouldn't tell me whether I can post here ({error}), so I can't promise to. Please {invite}."


class SlackChannels:
    """The `ChannelReach` of a workspace: conversations.info, or a person's DM with the bot."""

    def __init__(self, client: AsyncWebClient):
        self._client = client

    async def problem(self, channel_id: str, user_id: str) -> str | None:
        """Why the bot can't post in `channel_id`, and what to do; None when it can.

        Public channels need no invitation (chat:write.public); private ones, group DMs and
        direct messages do, and Slack hides those the bot is not in.
        """
        try:
            if channel_id.startswith("D"):  # only the person's own DM with the bot
                dm = (await self._client.conversations_open(users=user_id))["channel"]["id"]
                return None if dm == channel_id else DIRECT
            info = (await self._client.conversations_info(channel=channel_id))["channel"]
        except SlackApiError as failure:
            error = refusals.logged(failure, f"watch in channel {channel_id}")
            if error == "channel_not_found":
                return PRIVATE
            return UNKNOWN.format(error=error, invite=INVITE)
        if info.get("is_archived"):
            return ARCHIVED
        if info.get("is_member") or not (info.get("is_private") or info.get("is_mpim")):
            return None
        return GROUP_DM if info.get("is_mpim") else PRIVATE
