"""The resource registry: every resource the sandbox serves, by key."""

from __future__ import annotations

from .model import Resource
from .resources import (
    activities,
    billing,
    calendar,
    communications,
    documents,
    injury,
    matters,
    people,
    tasks,
    webhooks,
)

REGISTRY: dict[str, Resource] = {
    res.key: res
    for module in (
        people,
        matters,
        activities,
        tasks,
        calendar,
        communications,
        documents,
        billing,
        injury,
        webhooks,
    )
    for res in module.RESOURCES
}
