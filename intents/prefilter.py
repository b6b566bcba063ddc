"""The words a pattern cannot match without: a cheap look at a text before running the pattern.

`Scan.search` asks `may_hold` first. The words are read from the pattern's own parsed form, so
they cannot miss a match: a text holding none of them holds no match, and the pattern is not
run. A pattern is read on its second search, so a process's first message pays nothing for it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

# (words in any case, in lower case; words exact): every match holds at least one of them
Needs = tuple[tuple[str, ...], tuple[str, ...]]
Atoms = frozenset[tuple[str, bool]]  # (word, read in any case)

_MAX_ATOMS = 64  # more words would cost about as much to look for as running the pattern
_MAX_LEN = 12
_RANGE = 16  # a character class of at most this many characters is spelt out
# What a case-insensitive pattern takes for an ASCII letter but lower() does not turn into one
_UNFOLDED = frozenset("\u0130\u0131\u017f")
_ZERO_WIDTH = frozenset({sre.AT, sre.ASSERT, sre.ASSERT_NOT})
_REPEATS = frozenset({sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT})
_ONCE = object()  # searched once, not read yet
# By the pattern's id (hashing a pattern hashes its whole compiled code), with the pattern kept
# beside its words, so an id reused by another pattern after the first was dropped is not taken
_known: dict[int, tuple[re.Pattern[str], Any]] = {}
# Patterns compiled in a function come back from re's cache, or anew once it dropped them:
# past this many the words are forgotten (and read again), so the table never grows unbounded
_MAX_PATTERNS = 4096


def needs(pattern: re.Pattern[str]) -> Needs | None:
    """The words of `pattern`: None on its first search, or when it needs no word."""
    known = _known.get(id(pattern))
    if known is None or known[0] is not pattern:
        if len(_known) >= _MAX_PATTERNS:
            _known.clear()
        _known[id(pattern)] = (pattern, _ONCE)
        return None
    found = known[1]
    if found is _ONCE:
        found = _read(pattern)
        _known[id(pattern)] = (pattern, found)
    return found


def may_hold(pattern: re.Pattern[str], text: str) -> bool:
    """Whether `text` may hold a match of `pattern` (False: none of the words it needs). Asked
    on most searches of every message, so `needs` is inlined for a pattern already read."""
    known = _known.get(id(pattern))
    if known is None or known[0] is not pattern or (words := known[1]) is _ONCE:
        words = needs(pattern)
    if words is None:
        return True
    any_case, exact = words
    if any_case:
        lower = folded(text)
        if lower is None:
            return True
        for word in any_case:
            if word in lower:
                return True
    for word in exact:  # noqa: SIM110  # a loop: no generator to start on each search
        if word in text:
            return True
    return False


def match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.match(text)`, not run on a text without the words the pattern needs."""
    return pattern.match(text) if may_hold(pattern, text) else None


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)`, not run on a text without the words the pattern needs."""
    return pattern.search(text) if may_hold(pattern, text) else None


def sub(
    pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0
) -> str:
    """`pattern.sub(repl, text, count)`, not run on a text without the words the pattern needs."""
    return pattern.sub(repl, text, count) if may_hold(pattern, text) else text


@lru_cache(maxsize=8)
def folded(text: str) -> str | None:
    """`text` as words in any case are looked for in it; None when they cannot be (kept for the
    last few texts: corrections look at one message with a dozen patterns)."""
    return text.lower() if _UNFOLDED.isdisjoint(text) else None


def _read(pattern: re.Pattern[str]) -> Needs | None:
    if not isinstance(pattern.pattern, str):
        return None
    tree = _parser.parse(pattern.pattern, pattern.flags)
    atoms = _required(list(tree), bool(tree.state.flags & re.IGNORECASE))
    if atoms is None:
        return None
    return (
        tuple(sorted(word for word, any_case in atoms if any_case)),
        tuple(sorted(word for word, any_case in atoms if not any_case)),
    )


def _required(items: list[tuple[Any, Any]], any_case: bool) -> Atoms | None:
    """The most telling set of words one of which every match of the sequence `items` holds."""
    candidates: list[Atoms] = []
    run: set[str] = {""}  # every text the items since the last break match, spelt out
    for op, av in items:
        if op is sre.ASSERT and (inner := _required_node(op, av, any_case)) is not None:
            candidates.append(inner)  # a lookaround's text is in the message too; zero width
        spelt = _exact_node(op, av, any_case)
        if spelt is not None:
            joined = {a + b for a in run for b in spelt}
            if len(joined) <= _MAX_ATOMS and max(map(len, joined)) <= _MAX_LEN:
                run = joined
                continue
        candidates.append(frozenset((word, any_case) for word in run))
        run = {""}
        if spelt is not None and max(map(len, spelt)) <= _MAX_LEN:
            run = spelt
        elif spelt is None and (inner := _required_node(op, av, any_case)) is not None:
            candidates.append(inner)
    candidates.append(frozenset((word, any_case) for word in run))
    return _best(candidates)


def _best(candidates: Iterable[Atoms]) -> Atoms | None:
    """The usable set with the longest shortest word, then the fewest words."""
    best, score = None, (0, 0)
    for atoms in candidates:
        usable = _usable(atoms)
        if usable is None:
            continue
        found = (min(len(word) for word, _ in usable), -len(usable))
        if best is None or found > score:
            best, score = usable, found
    return best


def _usable(atoms: Atoms) -> Atoms | None:
    """`atoms` without the words that hold another (that one is found wherever they are), or
    None when one is empty (every text holds it) or too many are left."""
    if any(not word for word, _ in atoms):
        return None
    lean = frozenset(
        (word, any_case)
        for word, any_case in atoms
        if not any(
            other != word and other in word and (other_any or not any_case)
            for other, other_any in atoms
        )
    )
    return lean if len(lean) <= _MAX_ATOMS else None


def _required_node(op: Any, av: Any, any_case: bool) -> Atoms | None:
    if op is sre.SUBPATTERN:
        _, added, removed, inner = av
        any_case = (any_case or bool(added & re.IGNORECASE)) and not removed & re.IGNORECASE
        return _required(list(inner), any_case)
    if op is sre.ATOMIC_GROUP:
        return _required(list(av), any_case)
    if op is sre.ASSERT:
        return _required(list(av[1]), any_case)
    if op in _REPEATS:
        low, _, inner = av
        return _required(list(inner), any_case) if low >= 1 else None
    if op is sre.BRANCH:
        found: set[tuple[str, bool]] = set()
        for branch in av[1]:
            atoms = _required(list(branch), any_case)
            if atoms is None:
                return None
            found |= atoms
        return _usable(frozenset(found))
    return None


def _exact(items: Iterable[tuple[Any, Any]], any_case: bool) -> set[str] | None:
    """Every text the sequence `items` can match, when they are few and short, else None."""
    found = {""}
    for op, av in items:
        spelt = _exact_node(op, av, any_case)
        if spelt is None:
            return None
        found = {a + b for a in found for b in spelt}
        if len(found) > _MAX_ATOMS or max(map(len, found)) > _MAX_LEN:
            return None
    return found


def _exact_node(op: Any, av: Any, any_case: bool) -> set[str] | None:
    if op is sre.LITERAL:
        return _spelt([av], any_case)
    if op in _ZERO_WIDTH:
        return {""}
    if op is sre.IN:
        codes = []
        for kind, value in av:
            if kind is sre.LITERAL:
                codes.append(value)
            elif kind is sre.RANGE and value[1] - value[0] < _RANGE:
                codes.extend(range(value[0], value[1] + 1))
            else:
                return None
        return _spelt(codes, any_case)
    if op is sre.SUBPATTERN:
        _, added, removed, inner = av
        return None if (added | removed) & re.IGNORECASE else _exact(inner, any_case)
    if op is sre.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            spelt = _exact(branch, any_case)
            if spelt is None:
                return None
            found |= spelt
        return found
    if op in _REPEATS:
        low, high, inner = av
        once = _exact(inner, any_case) if high <= 2 else None
        if once is None:
            return None
        twice = {a + b for a in once for b in once} if high == 2 else set()
        return ({""} if low == 0 else set()) | (once if low <= 1 else set()) | twice
    return None


def _spelt(codes: list[int], any_case: bool) -> set[str] | None:
    """The characters, in lower case for a case-insensitive pattern; None when one is a cased
    letter beyond ASCII (its other cases are not all what lower() gives)."""
    chars = {chr(code) for code in codes}
    if not any_case:
        return chars
    if any(not char.isascii() and char.lower() != char.upper() for char in chars):
        return None
    return {char.lower() for char in chars}
