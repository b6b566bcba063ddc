"""Who is asking, from where: everything the core knows about the person and the place."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

DEFAULT_TZ = "America/New_York"


class Requester(BaseModel):
    """A person on a surface; ids are Slack's (the console makes up its own)."""

    team_id: str
    user_id: str
    channel_id: str | None = None
    thread_ts: str | None = None
    email: str | None = None
    tz: str = DEFAULT_TZ
    date_order: Literal["MDY", "DMY"] = "MDY"  # DMY: the Slack locale writes day first
    is_admin: bool = False
    own_clio: bool = False  # Clio is reached with this person's own token (not a shared one)
