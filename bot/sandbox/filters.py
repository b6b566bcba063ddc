"""Filter factories for index endpoints: raw parameter values in, a record predicate out."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from .model import Ctx, FilterFactory, Predicate
from .store import Record
from .timeutil import parse_date, parse_datetime

Getter = str | Callable[[Ctx, Record], Any]

TRUE = {"true", "1", "yes"}
FALSE = {"false", "0", "no"}


def _get(getter: Getter) -> Callable[[Ctx, Record], Any]:
    if callable(getter):
        return getter
    return lambda _ctx, record: record.get(getter)


def split_values(values: Iterable[str]) -> list[str]:
    """Repeated and comma-separated values as one list."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def parse_bool(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in TRUE:
        return True
    if lowered in FALSE:
        return False
    raise ValueError(value)


def by_id(getter: Getter) -> FilterFactory:
    """Integer id equality; the keyword `null` matches records without one."""
    get = _get(getter)

    def factory(values: list[str]) -> Predicate:
        wanted = {None if v == "null" else int(v) for v in split_values(values)}
        return lambda ctx, record: get(ctx, record) in wanted

    return factory


def by_value(
    getter: Getter, *, choices: Iterable[str] | None = None, stored: Callable[[str], Any] = str
) -> FilterFactory:
    """Equality with any of the comma-separated values, checked against `choices` when given."""
    get = _get(getter)
    allowed = set(choices) if choices is not None else None

    def factory(values: list[str]) -> Predicate:
        parts = split_values(values)
        if allowed is not None and any(part not in allowed for part in parts):
            raise ValueError(parts)
        wanted = {stored(part) for part in parts}
        return lambda ctx, record: get(ctx, record) in wanted

    return factory


def by_member(getter: Getter, *, choices: Iterable[str]) -> FilterFactory:
    """Records whose list value contains any of the given values."""
    get = _get(getter)
    allowed = set(choices)

    def factory(values: list[str]) -> Predicate:
        wanted = set(split_values(values))
        if not wanted <= allowed:
            raise ValueError(values)
        return lambda ctx, record: bool(wanted & set(get(ctx, record) or []))

    return factory


def only_when(test: Predicate) -> FilterFactory:
    """A boolean flag that, when true, keeps only the records passing `test`."""

    def factory(values: list[str]) -> Predicate:
        return test if parse_bool(values[-1]) else (lambda ctx, record: True)

    return factory


def excluding_ids(values: list[str]) -> Predicate:
    unwanted = {int(v) for v in split_values(values)}
    return lambda ctx, record: record["id"] not in unwanted


def by_bool(getter: Getter) -> FilterFactory:
    get = _get(getter)

    def factory(values: list[str]) -> Predicate:
        wanted = parse_bool(values[-1])
        return lambda ctx, record: bool(get(ctx, record)) == wanted

    return factory


def _as_date(value: Any) -> str | None:
    return str(value)[:10] if value else None


def date_from(getter: Getter) -> FilterFactory:
    """Records whose date (or timestamp's date) is on or after the value."""
    get = _get(getter)

    def factory(values: list[str]) -> Predicate:
        bound = parse_date(values[-1]).isoformat()
        return lambda ctx, record: (_as_date(get(ctx, record)) or "") >= bound

    return factory


def date_to(getter: Getter) -> FilterFactory:
    """Records whose date (or timestamp's date) is on or before the value."""
    get = _get(getter)

    def factory(values: list[str]) -> Predicate:
        bound = parse_date(values[-1]).isoformat()
        return lambda ctx, record: (_as_date(get(ctx, record)) or "9999") <= bound

    return factory


OPERATORS: dict[str, Callable[[str, str], bool]] = {
    ">=": lambda a, b: a >= b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    "<": lambda a, b: a < b,
    "=": lambda a, b: a == b,
}


def date_ops(getter: Getter) -> FilterFactory:
    """`open_date[]=>=2020-01-01&open_date[]=<=2020-12-31`: every condition must hold."""
    get = _get(getter)

    def factory(values: list[str]) -> Predicate:
        conditions = []
        for value in values:
            op = next((o for o in OPERATORS if value.startswith(o)), "=")
            operand = value[len(op) :] if value.startswith(op) else value
            conditions.append((OPERATORS[op], parse_date(operand).isoformat()))

        def predicate(ctx: Ctx, record: Record) -> bool:
            day = _as_date(get(ctx, record))
            return day is not None and all(test(day, bound) for test, bound in conditions)

        return predicate

    return factory


def since(getter: Getter, *, before: bool = False) -> FilterFactory:
    """Timestamps strictly after (or, with `before`, before) the given moment."""
    get = _get(getter)

    def factory(values: list[str]) -> Predicate:
        bound = parse_datetime(values[-1])

        def predicate(ctx: Ctx, record: Record) -> bool:
            value = get(ctx, record)
            if not value:
                return False
            moment: datetime = parse_datetime(value)
            return moment < bound if before else moment > bound

        return predicate

    return factory


COMMON: dict[str, FilterFactory] = {
    "ids[]": by_id("id"),
    "created_since": since("created_at"),
    "updated_since": since("updated_at"),
}
