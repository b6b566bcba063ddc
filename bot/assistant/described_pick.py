"""What the record finders share: the newest records of the request's collection, and keeping the
one a description resolved to (or asking among several)."""

from __future__ import annotations

import re
from typing import Any

from bot.assistant.context import Ctx
from bot.assistant.drafts import Chosen, Need
from bot.assistant.resolve import Resolution

MINE = re.compile(r"^\s*(?:my|mine)\b", re.I)  # "my ...": among the person's own records


async def newest(ctx: Ctx, limit: int, params: dict[str, Any] | None = None) -> list[Any]:
    """The collection's newest `limit` records (filtered by `params`), newest first."""
    resource = ctx.collection().resource(ctx.clio)
    found: list[Any] = []
    async for record in resource.list({"order": "id(desc)", "limit": limit, **(params or {})}):
        found.append(record)
        if len(found) >= limit:
            break
    return sorted(found, key=lambda r: r.id, reverse=True)


def final(ctx: Ctx) -> bool:
    """Whether the record is looked for to be deleted: no Undo takes a delete back, so a
    description's words are dropped more sparingly and a lone near fit is asked about."""
    return ctx.draft.intent.action == "delete"


def chosen(
    ctx: Ctx, kind: str, noun: str, text: str, records: list[Any], resolution: Resolution
) -> Any:
    """The one record `resolution` found, kept in the draft; several ask with buttons; None when
    nothing fits."""
    if resolution.found is not None:
        found = next(r for r in records if r.id == resolution.found.id)
        ctx.draft.resolved[kind] = Chosen(id=found.id, label=resolution.found.label)
        return found
    if resolution.ambiguous:
        ctx.draft.choices[f"ref:{kind}"] = [
            Chosen(id=c.id, label=c.label) for c in resolution.choices
        ]
        raise Need(
            f"ref:{kind}", f"Which {noun} did you mean by “{text}”?", choices=resolution.choices
        )
    return None
