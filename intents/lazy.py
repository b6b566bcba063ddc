"""Patterns compiled on their first use, not at import: a process's first message reads few of
the rules' patterns, and compiling them all was half of its start."""

from __future__ import annotations

import re
from typing import Any, cast


class Lazy:
    """A pattern's source and flags, compiled when another of its attributes is first read."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern  # read without compiling: patterns are made of others' sources
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        value = getattr(re.compile(self.pattern, self._flags), name)
        setattr(self, name, value)  # found on the instance from now on: calls go straight to re
        return value


def regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, compiled on first use. Not for `re.sub(it, ...)`-style
    calls, `isinstance` or `match.re is it`: they need the compiled pattern itself."""
    return cast(re.Pattern[str], Lazy(pattern, flags))
