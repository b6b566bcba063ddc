"""Documents: upload a file shared with the bot to a matter or a folder; delete one."""

from __future__ import annotations

from pathlib import PurePath

from bot.assistant.context import Ctx
from bot.assistant.drafts import Need
from bot.assistant.files import FileUnavailable, last_shared, size_text
from bot.assistant.plans import Plan
from bot.assistant.writes.common import delete_plan, matter_or_default, target, typed
from bot.assistant.writes.folders import parent
from bot.clio import models as m

SHARE_FIRST = (
    "Share the file with me first: drop it in this channel or in a direct message to me, "
    "then say `/clio upload <matter>`."
)


async def create(ctx: Ctx) -> Plan:
    file_id = await last_shared(ctx.store, ctx.who, now=ctx.now) if ctx.files else None
    if file_id is None or ctx.files is None:
        raise Need("file", SHARE_FIRST)
    try:
        file = await ctx.files.info(file_id)
    except FileUnavailable as error:
        raise Need("file", f"{error} {SHARE_FIRST}") from None
    where, label, matter_id = await parent(
        ctx, lambda: matter_or_default(ctx, prompt="Which matter is this document for?")
    )
    body: dict = {"name": _name(ctx.value("name"), file.name), "parent": where}
    if file.mimetype:
        body["content_type"] = file.mimetype
    return Plan(
        collection="documents",
        action="create",
        title="Document",
        lines=[body["name"], size_text(file.size), f"to {label}"],
        body=body,
        model=typed(m.DocumentCreate, body),
        matter_id=matter_id,
        file_id=file.id,
    )


def _name(said: str | None, filename: str) -> str:
    """The name the person gave (keeping the file's extension), else the file's own."""
    if not said:
        return filename
    extension = PurePath(filename).suffix
    return said if PurePath(said).suffix or not extension else f"{said}{extension}"


async def delete(ctx: Ctx) -> Plan:
    return delete_plan(ctx, await target(ctx, m.Document))
