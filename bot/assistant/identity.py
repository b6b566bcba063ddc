"""Who the person is in Clio: their own account, the Clio user with their email, or nobody.

With one shared Clio identity the bot acts for everyone through the token's owner, so a person
is matched to a Clio user by email (or an admin's mapping, already in `Requester.email`). A
person matched to nobody is never "me" for the token's owner and cannot write; what they may
read is the firm's choice (`UNMATCHED_PEOPLE`).
"""

from __future__ import annotations

from typing import Literal

from bot.assistant.resolve import Resolver
from bot.replies import Requester

Standing = Literal["own", "matched", "unmatched"]
MAP_HINT = "A bot admin can map you to your Clio user (`/clio admin map @you your-clio-email`)."


class NotAllowed(Exception):
    """The person may not use Clio through this bot; `text` says why, in plain words."""

    def __init__(self, text: str):
        super().__init__(text)
        self.text = text


async def standing(who: Requester, resolver: Resolver) -> Standing:
    """`own`: Clio is reached with the person's own token; `matched`: the shared identity acts
    as the Clio user with their email; `unmatched`: no Clio user has it."""
    if who.own_clio:
        return "own"
    found = await resolver.user("me", who)
    return "matched" if found.found is not None else "unmatched"


def _no_user(who: Requester) -> str:
    if who.email is None:
        return "Slack did not share your email with me, so I don't know who you are in Clio."
    return f"No Clio user has your email ({who.email}), so I don't know who you are in Clio."


def no_writes(who: Requester) -> str:
    """Why an unmatched person cannot write (plain text: escape it for mrkdwn)."""
    return f"{_no_user(who)} Writing to Clio needs your own Clio user. {MAP_HINT}"


def no_use(who: Requester) -> str:
    """Why an unmatched person cannot use the bot at all (`UNMATCHED_PEOPLE=none`)."""
    return (
        f"{_no_user(who)} This firm lets only people with their own Clio user use the bot. "
        f"{MAP_HINT}"
    )


def unknown_me(who: Requester) -> str:
    """Why "me" or "my …" cannot be answered for an unmatched person."""
    return f"{_no_user(who)} {MAP_HINT}"
