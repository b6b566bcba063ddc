"""Activity descriptions (and UTBMS codes) named on a time entry: "activity L120", "as Drafting"."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from bot.assistant.context import Ctx
from bot.assistant.drafts import Chosen, Need
from bot.assistant.resolve import Candidate

KIND = "activity_description"
CODE = re.compile(r"^[a-z]\d{3}$", re.I)
CLOSE = 85.0


async def activity_description(ctx: Ctx) -> Candidate | None:
    """The firm's activity description the person named, or None when none was named."""
    slot = f"ref:{KIND}"
    if KIND in ctx.draft.resolved:
        chosen = ctx.draft.resolved[KIND]
        return Candidate(int(chosen.id), chosen.label, 100.0)
    text = (ctx.draft.refs.get(KIND) or "").strip()
    if not text:
        return None
    names = await ctx.resolver.activity_descriptions()
    ranked = _ranked(text, names)
    if ranked and (len(ranked) == 1 or ranked[0].score - ranked[1].score >= 10):
        found = ranked[0]
        ctx.draft.resolved[KIND] = Chosen(id=found.id, label=found.label)
        return found
    choices = ranked[:5] or [Candidate(i, n, 0.0) for i, n in names[:5]]
    ctx.draft.choices[slot] = [Chosen(id=c.id, label=c.label) for c in choices]
    which = "Which activity did you mean by" if ranked else "Clio has no activity called"
    raise Need(slot, f"{which} “{text}”?", choices=choices)


def _ranked(text: str, names: list[tuple[int, str]]) -> list[Candidate]:
    """Exact names, then a UTBMS code opening the name (said alone or with its words), then close
    spellings, best first."""
    lowered = text.lower()
    exact = [Candidate(i, n, 100.0) for i, n in names if n.lower() == lowered]
    if exact:
        return exact
    code = lowered.split()[0]
    if CODE.match(code):  # "a101", "a101 plan and prepare": the code opening the name decides
        coded = [Candidate(i, n, 100.0) for i, n in names if n.lower().startswith(f"{code} ")]
        if coded or code == lowered:
            return coded
    scored = [Candidate(i, n, fuzz.WRatio(text, n)) for i, n in names]
    return sorted((c for c in scored if c.score >= CLOSE), key=lambda c: -c.score)
