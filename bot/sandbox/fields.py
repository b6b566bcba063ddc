"""The `fields` parameter: `id,name,client{id,name},practice_area` with one level of nesting."""

from __future__ import annotations

from dataclasses import dataclass

from .catalog import catalog
from .errors import ApiError, invalid_fields


@dataclass(frozen=True)
class Pick:
    """One selected field; `sub` lists the nested fields given in braces (None: defaults)."""

    name: str
    sub: tuple[str, ...] | None = None


Selection = tuple[Pick, ...]


def _split(raw: str) -> list[tuple[str, str | None]]:
    """Split the top level of a fields string into (name, inner-or-None) pairs."""
    parts: list[tuple[str, str | None]] = []
    depth, start, name = 0, 0, ""
    for index, char in enumerate(raw + ","):
        if char == "{":
            if depth == 0:
                name, start = raw[start:index], index + 1
            elif depth == 1:
                raise ApiError(
                    400, "Fields can only be nested one level deep", type="InvalidFields"
                )
            depth += 1
        elif char == "}":
            depth -= 1
            if depth < 0:
                raise ApiError(400, "Unbalanced braces in fields", type="InvalidFields")
            if depth == 0:
                parts.append((name.strip(), raw[start:index]))
                start = -1
        elif char == "," and depth == 0:
            if start >= 0 and raw[start:index].strip():
                parts.append((raw[start:index].strip(), None))
            start = index + 1
    if depth:
        raise ApiError(400, "Unbalanced braces in fields", type="InvalidFields")
    return parts


def parse_fields(raw: str | None, schema: str) -> Selection:
    """Validate `raw` against `schema` in the catalogue; without it, select the defaults."""
    fields = catalog().schema(schema)
    if raw is None or not raw.strip():
        return tuple(Pick(name) for name in catalog().defaults(schema))
    picks: dict[str, Pick] = {}
    for name, inner in _split(raw):
        field = fields.get(name)
        if field is None:
            raise invalid_fields(name)
        if inner is None:
            picks.setdefault(name, Pick(name))
            continue
        if not field.nested:
            raise invalid_fields(name)
        nested = catalog().schema(field.type)
        names = tuple(dict.fromkeys(part.strip() for part in inner.split(",") if part.strip()))
        for part in names:
            if part not in nested:
                raise invalid_fields(part)
        picks[name] = Pick(name, names or None)
    return tuple(picks.values())
