"""A calendar entry's attendees: firm users attend through their calendar, others as contacts.

Each name is tried as a user first (a mention by email, "me", a name), then as a contact; a pick
is remembered per name (`attendee_user:<name>`, `attendee_contact:<name>`), so an Edit that keeps a
name keeps its pick. `resolved["attendees"]` holds the labels, for the Edit form.
"""

from __future__ import annotations

from bot.assistant.context import Ctx
from bot.assistant.drafts import Chosen, Need
from bot.assistant.resolve import Candidate, is_mention

USER, CONTACT = "attendee_user", "attendee_contact"


async def attendees(ctx: Ctx) -> tuple[list[dict], list[str]]:
    """(Clio's `attendees`, their labels); both empty when nobody was invited."""
    text = ctx.draft.refs.get("attendees") or ""
    names = [n.strip() for n in text.split(",") if n.strip()]
    found: list[dict] = []
    labels: list[str] = []
    for name in names:
        attendee, label = await _one(ctx, name)
        if attendee not in found:
            found.append(attendee)
            labels.append(label)
    if labels:
        ctx.draft.resolved["attendees"] = Chosen(id=0, label=", ".join(labels))
    return found, labels


async def _one(ctx: Ctx, name: str) -> tuple[dict, str]:
    key = name.lower()
    if f"{USER}:{key}" in ctx.draft.resolved:
        chosen = ctx.draft.resolved[f"{USER}:{key}"]
        return await _user(ctx, int(chosen.id), chosen.label, key)
    if f"{CONTACT}:{key}" in ctx.draft.resolved:
        chosen = ctx.draft.resolved[f"{CONTACT}:{key}"]
        return {"id": int(chosen.id), "type": "Contact"}, chosen.label
    users = await ctx.resolver.user(name, ctx.who)
    if users.found is not None:
        _remember(ctx, f"{USER}:{key}", users.found)
        return await _user(ctx, int(users.found.id), users.found.label, key)
    if users.ambiguous:
        _ask(ctx, f"{USER}:{key}", f"Who did you mean by “{name}”?", users.choices, "user")
    if is_mention(name) or name == "me":
        raise Need(f"ref:{USER}:{key}", f"I couldn't find {name} in Clio.", picker="user")
    contacts = await ctx.resolver.contact(name)
    if contacts.found is not None:
        _remember(ctx, f"{CONTACT}:{key}", contacts.found)
        return {"id": contacts.found.id, "type": "Contact"}, contacts.found.label
    if contacts.ambiguous:
        _ask(ctx, f"{CONTACT}:{key}", f"Who did you mean by “{name}”?", contacts.choices, "contact")
    raise Need(
        f"ref:{CONTACT}:{key}",
        f"I couldn't find a user or contact matching “{name}” in Clio.",
        picker="contact",
    )


async def _user(ctx: Ctx, user_id: int, label: str, key: str) -> tuple[dict, str]:
    """A firm user attends through their own calendar."""
    calendar_id = await ctx.resolver.default_calendar(user_id)
    if not calendar_id:
        ctx.draft.resolved.pop(f"{USER}:{key}", None)
        raise Need(f"ref:{USER}:{key}", f"{label} has no calendar in Clio.", picker="user")
    return {"id": calendar_id, "type": "Calendar"}, label


def _remember(ctx: Ctx, key: str, found: Candidate) -> None:
    ctx.draft.resolved[key] = Chosen(id=found.id, label=found.label)


def _ask(ctx: Ctx, key: str, prompt: str, choices: list[Candidate], picker: str) -> None:
    ctx.draft.choices[f"ref:{key}"] = [Chosen(id=c.id, label=c.label) for c in choices]
    raise Need(f"ref:{key}", prompt, choices=choices, picker=picker)
