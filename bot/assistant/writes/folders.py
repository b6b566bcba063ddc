"""Folders: create in a matter or a folder, rename or move, delete."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.assistant.context import Ctx
from bot.assistant.described import LISTED_MAX, hits_in, words_of
from bot.assistant.drafts import Chosen, Need
from bot.assistant.humanize import quote
from bot.assistant.plans import Plan
from bot.assistant.resolve import Candidate, pick
from bot.assistant.writes.common import delete_plan, target, typed, update_plan
from bot.clio import ClioNotFound
from bot.clio import models as m

Parent = tuple[dict, str, int | None]  # (Clio's `parent`, how to say it, the matter id)


async def _folder(ctx: Ctx, kind: str) -> m.Folder | None:
    """The folder named by id in `refs[kind]`, or None when none is named."""
    record_id = ctx.record_id(kind)
    said = (ctx.draft.refs.get(kind) or "").strip()
    if record_id is None and said and not said.isdigit():
        return await _named(ctx, kind, said)
    if record_id is None:
        return None
    try:
        return await ctx.clio.folders.get(record_id)
    except ClioNotFound:
        raise Need(
            f"id:{kind}", f"Clio has no folder {record_id} that you can see.", ask="folder number"
        ) from None


async def _named(ctx: Ctx, kind: str, said: str) -> m.Folder:
    """A folder named by its name ("the pleadings folder"), in the matter named when one is."""
    matter = await ctx.ref("matter") if "matter" in ctx.draft.refs else None
    wanted = words_of(said)
    ranked: list[Candidate] = []
    found: dict[int, m.Folder] = {}
    async for folder in ctx.clio.folders.list({"limit": LISTED_MAX}):
        if matter is not None and folder.matter is not None and folder.matter.id != matter.id:
            continue
        hits = hits_in(wanted, folder.name or "")
        if wanted and hits == len(wanted):
            found[int(folder.id)] = folder
            ranked.append(Candidate(folder.id, folder_label(folder), 100.0 * hits / len(wanted)))
        if len(found) >= LISTED_MAX:
            break
    resolution = pick("folder", said, ranked)
    if resolution.found is not None:
        chosen = found[int(resolution.found.id)]
        ctx.draft.resolved[kind] = Chosen(id=chosen.id, label=resolution.found.label)
        return chosen
    if resolution.ambiguous:
        ctx.draft.choices[f"ref:{kind}"] = [
            Chosen(id=c.id, label=c.label) for c in resolution.choices
        ]
        raise Need(
            f"ref:{kind}", f"Which folder did you mean by “{said}”?", choices=resolution.choices
        )
    raise Need(f"id:{kind}", f"I couldn't find a folder named “{said}”.", ask="folder number")


def folder_label(folder: m.Folder) -> str:
    where = f" in {folder.matter.label}" if folder.matter else ""
    return f"folder {quote(folder.name or folder.id)}{where}"


async def parent(
    ctx: Ctx, matter: Callable[[], Awaitable[Candidate | None]], kind: str = "folder"
) -> Parent:
    """Where a new document or folder goes: the folder named in `refs[kind]`, else a matter."""
    folder = await _folder(ctx, kind)
    if folder is not None:
        matter_id = folder.matter.id if folder.matter else None
        return {"id": folder.id, "type": "Folder"}, folder_label(folder), matter_id
    found = await matter()
    if found is None:
        raise Need("ref:matter", "Which matter should it go in?", picker="matter")
    return {"id": found.id, "type": "Matter"}, found.label, int(found.id)


async def create(ctx: Ctx) -> Plan:
    name = ctx.value("name")
    if not name:
        raise Need("name", "What should the folder be called?", ask="Folder name")
    where, label, matter_id = await parent(
        ctx, lambda: ctx.ref("matter", required=True, prompt="Which matter is the folder for?")
    )
    body = {"name": name, "parent": where}
    return Plan(
        collection="folders",
        action="create",
        title="Folder",
        lines=[quote(name), f"in {label}"],
        body=body,
        model=typed(m.FolderCreate, body),
        matter_id=matter_id,
    )


async def update(ctx: Ctx) -> Plan:
    record = await target(ctx, m.Folder)
    changes: dict = {}
    lines = [folder_label(record)]
    if ctx.has("name"):
        changes["name"] = ctx.value("name")
        lines.append(f"name → {quote(changes['name'])}")
    if "parent" in ctx.draft.refs or "matter" in ctx.draft.refs or "matter" in ctx.draft.resolved:
        where, label, _ = await parent(ctx, lambda: ctx.ref("matter"), kind="parent")
        if where == {"id": record.id, "type": "Folder"}:
            raise Need("id:parent", "A folder cannot go inside itself.", ask="folder number")
        changes["parent"] = where
        lines.append(f"move to → {label}")
    if not changes:
        raise Need("name", "What should the folder be called now?", ask="Folder name")
    return update_plan(ctx, record, changes, lines)


async def delete(ctx: Ctx) -> Plan:
    return delete_plan(ctx, await target(ctx, m.Folder))
