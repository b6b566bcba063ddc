"""A task's assignee: a Clio user (a mention, "me", a name) or, failing that, a contact."""

from __future__ import annotations

import re

from bot.assistant.context import Ctx
from bot.assistant.drafts import Chosen, Need
from bot.assistant.resolve import is_mention

CONTACT = "assignee_contact"  # the draft's key for an assignee who is a contact
_HONORIFIC = re.compile(r"^(?:dr|mr|mrs|ms|miss|mx|prof|professor|judge|hon)\.?\s+(?=\S)", re.I)


async def assignee(ctx: Ctx) -> tuple[dict, str] | None:
    """(Clio's `assignee`, its label), or None when nobody was named."""
    if CONTACT in ctx.draft.resolved:
        chosen = ctx.draft.resolved[CONTACT]
        return {"id": int(chosen.id), "type": "Contact"}, chosen.label
    text = ctx.draft.refs.get("assignee")
    if text is None:
        return None
    if "assignee" not in ctx.draft.resolved:
        users = await ctx.resolver.user(text, ctx.who)
        if users.found is None and not users.ambiguous and not is_mention(text):
            return await _contact(ctx, text)
    user = await ctx.ref("assignee", required=True)
    return {"id": user.id, "type": "User"}, user.label


async def _contact(ctx: Ctx, text: str) -> tuple[dict, str]:
    """The contact named ("dr hart" is the contact Hart: a title is not part of the name)."""
    contacts = await ctx.resolver.contact(_HONORIFIC.sub("", text))
    slot = f"ref:{CONTACT}"
    if contacts.found is not None:
        found = contacts.found
        ctx.draft.resolved[CONTACT] = Chosen(id=found.id, label=found.label)
        return {"id": found.id, "type": "Contact"}, found.label
    if contacts.ambiguous:
        ctx.draft.choices[slot] = [Chosen(id=c.id, label=c.label) for c in contacts.choices]
        raise Need(
            slot, f"Who did you mean by “{text}”?", choices=contacts.choices, picker="contact"
        )
    raise Need(
        "ref:assignee",
        f"I couldn't find a user or contact matching “{text}” in Clio.",
        picker="user",
    )
