"""The field catalogue generated from Clio's OpenAPI document (see tools/gen_sandbox_catalog.py)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Field:
    """One field of a schema: a scalar with its JSON type, or a nested schema (one or many)."""

    name: str
    type: str
    nested: bool = False
    many: bool = False


class Catalog:
    """Field names and types per schema, plus per-resource facts (query, orders, required)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.resources: dict[str, dict[str, Any]] = data["resources"]
        self._schemas: dict[str, dict[str, Field]] = {
            name: {key: self._field(key, kind) for key, kind in fields.items()}
            for name, fields in data["schemas"].items()
        }

    @staticmethod
    def _field(name: str, kind: str) -> Field:
        if kind.startswith("refs:"):
            return Field(name, kind[5:], nested=True, many=True)
        if kind.startswith("ref:"):
            return Field(name, kind[4:], nested=True)
        return Field(name, kind)

    def schema(self, name: str) -> dict[str, Field]:
        return self._schemas.get(name, {})

    def defaults(self, name: str) -> tuple[str, ...]:
        """Fields returned when none are asked for: `id` and `etag` (else every scalar)."""
        fields = self.schema(name)
        chosen = tuple(key for key in ("id", "etag") if key in fields)
        return chosen or tuple(key for key, field in fields.items() if not field.nested)

    def resource(self, key: str) -> dict[str, Any]:
        return self.resources.get(key, {})


@cache
def catalog() -> Catalog:
    text = resources.files(__package__).joinpath("catalog.json").read_text()
    return Catalog(json.loads(text))
