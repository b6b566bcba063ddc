"""The core's resource registry: every resource, defined once in `resources/`, by Clio path.

Every table the core once kept by resource name (planners, lookups, runners, nouns, plurals,
record kinds, reference parameters, describers, models) is read from here. Adding a resource
is one module in `resources/` (plus its tests) and one line below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.assistant.resource import Handlers, Resource
from bot.assistant.resources import (
    activities,
    api,
    bills,
    calendar_entries,
    communications,
    contacts,
    damages,
    documents,
    folders,
    matters,
    medical_records,
    notes,
    payment_links,
    payments,
    tasks,
    timer,
    users,
)

if TYPE_CHECKING:
    from bot.assistant.plans import Plan
    from bot.assistant.resource import Runner

RESOURCES: dict[str, Resource] = {
    module.RESOURCE.path: module.RESOURCE
    for module in (
        activities,
        tasks,
        calendar_entries,
        notes,
        matters,
        contacts,
        communications,
        folders,
        documents,
        bills,
        payment_links,
        payments,
        damages,
        medical_records,
        users,
    )
}
HANDLERS: dict[str, Handlers] = {
    **RESOURCES,
    timer.HANDLERS.path: timer.HANDLERS,
    api.HANDLERS.path: api.HANDLERS,
}


def runner(plan: Plan) -> Runner | None:
    """The code that carries out a confirmed plan which is more than one plain write."""
    handlers = HANDLERS.get(plan.collection)
    return handlers.runners.get(plan.action) if handlers else None
