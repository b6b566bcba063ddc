"""Base classes for Clio records (responses) and request bodies, and `fields` building."""

from __future__ import annotations

import datetime as dt
import types
from functools import cache
from typing import Annotated, Any, ClassVar, Literal, Union, get_args, get_origin

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer


class ClioModel(BaseModel):
    """A record as Clio returns it: lenient (unknown keys ignored, enums as plain strings).

    Its declared fields are exactly what the client asks Clio for with `fields`;
    `NOT_FIELDS` lists attributes Clio adds on its own and that cannot be requested.
    """

    model_config = ConfigDict(extra="ignore", populate_by_name=True, frozen=True)

    NOT_FIELDS: ClassVar[frozenset[str]] = frozenset()


class Record(ClioModel):
    """A top-level record with an id and an etag."""

    id: int
    etag: str | None = None


class WriteModel(BaseModel):
    """A request body: strict, and serialised with only the fields that were set.

    Unset fields are left out (PATCH changes only what was given); a field set to
    None is sent as null, which clears it in Clio.
    """

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_body(self) -> dict[str, Any]:
        return {"data": self.model_dump(mode="json", exclude_unset=True, by_alias=True)}


class Ref(WriteModel):
    """A reference to another record: `{"id": N}`."""

    id: int


class NestedInput(WriteModel):
    """An item of a nested collection in a write.

    With `id` it updates that item, without one it adds an item, and with
    `destroy=True` (sent as `_destroy`) it removes that item.
    """

    id: int | None = None
    destroy: bool | None = Field(default=None, alias="_destroy")


ParticipantType = Literal["User", "Contact"]


class ParticipantRef(WriteModel):
    """A user or contact named in a write (task assignee, communication sender...)."""

    id: int
    type: ParticipantType


def _str_id(value: Any) -> Any:
    return str(value) if isinstance(value, int) else value


StrId = Annotated[str, BeforeValidator(_str_id)]
"""An id the spec types as a string (calendar entries), accepting Clio's integers too."""


def _noon_utc(value: dt.date) -> str:
    return f"{value.isoformat()}T12:00:00+00:00"


DayAsTimestamp = Annotated[dt.date, PlainSerializer(_noon_utc, return_type=str, when_used="json")]
"""A calendar day sent where the spec asks for a timestamp (task `due_at`, treatment dates).

Noon UTC names the same day in every time zone from UTC-12 to UTC+12, so however Clio
reads the offset, the day does not move.
"""


def _nested_model(annotation: Any) -> type[ClioModel] | None:
    """The ClioModel inside `X | None` or `list[X]`, if any."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType, list, tuple):
        for arg in get_args(annotation):
            found = _nested_model(arg)
            if found is not None:
                return found
        return None
    if origin is Annotated:
        return _nested_model(get_args(annotation)[0])
    if isinstance(annotation, type) and issubclass(annotation, ClioModel):
        return annotation
    return None


def _names(model: type[ClioModel]) -> list[tuple[str, type[ClioModel] | None]]:
    out = []
    for name, info in model.model_fields.items():
        if name in model.NOT_FIELDS:
            continue
        out.append((info.alias or name, _nested_model(info.annotation)))
    return out


@cache
def fields_for(model: type[ClioModel]) -> str:
    """The `fields` parameter for a model: its fields, nested records one level deep."""
    parts = []
    for name, nested in _names(model):
        if nested is None:
            parts.append(name)
        else:
            # one level only: deeper records are named without braces (their defaults)
            inner = ",".join(n for n, _ in _names(nested))
            parts.append(f"{name}{{{inner}}}")
    return ",".join(parts)
