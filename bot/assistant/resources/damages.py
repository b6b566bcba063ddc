"""Damages of a personal-injury matter."""

from __future__ import annotations

from bot.assistant import lookups, summaries
from bot.assistant.resource import Resource
from bot.assistant.writes import injury
from bot.clio import models as m

RESOURCE = Resource(
    path="damages",
    noun="damage",
    plural="damages",
    access=lambda clio: clio.damages,
    record=m.Damage,
    create=m.DamageCreate,
    update=m.DamageUpdate,
    describe=summaries.damage,
    planners={
        "create": injury.create_damage,
        "update": injury.update_damage,
        "delete": injury.delete_damage,
    },
    lookups={"search": lookups.by_matter},
    form={"create": ["amount", "damage_type", "description", "ref:matter"]},
)
