"""Finding the firm's Clio users by name, role and subscription (read only).

Clio documents its `name` filter as "the given name" without saying whether part of a name
matches, so when it finds nobody the firm's users (one page: Clio allows 2,000) are matched
on part of the name here.
"""

from __future__ import annotations

from typing import Any

from bot.assistant.context import Ctx
from bot.assistant.reads import page_reply
from bot.clio.resources import Page
from bot.mrkdwn import escape
from bot.replies import Reply

PAGE = 2000


async def search(ctx: Ctx, *, app_host: str) -> Reply:
    params: dict[str, Any] = {k: v for k, v in ctx.draft.fields.items() if v is not None}
    name = str(params.get("name") or "")
    page = await ctx.clio.users.page(params, limit=10)
    if not page.items and name:
        others = {k: v for k, v in params.items() if k != "name"}
        everyone = await ctx.clio.users.page(others, limit=PAGE)
        matched = [u for u in everyone.items if name.lower() in (u.name or "").lower()]
        page = Page(items=matched, next_url=None)
    said = [f"“{name}”"] if name else []
    said += [str(params[k]) for k in ("role", "subscription_type") if k in params]
    if params.get("enabled") is False:
        said.append("disabled")
    heading = "Users" + (f" ({', '.join(said)})" if said else "")
    if not page.items:
        return Reply.notice(f"No {escape(heading.lower())} found in Clio.").model_copy(
            update={"visibility": "thread"}
        )
    return await page_reply(ctx, ctx.collection(), page, app_host=app_host, heading=heading)
