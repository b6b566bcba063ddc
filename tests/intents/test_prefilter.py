"""`prefilter`: the words read from a pattern never rule out a text the pattern matches."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import intents
from intents import lazy, prefilter
from intents.scan import Scan

CORPUS = Path(__file__).parent / "corpus.jsonl"
DEV = Path(__file__).parent.parent / "understanding" / "dev.jsonl"
# Characters a case-insensitive pattern reads as ASCII letters, Slack entities, punctuation
ODD = ["\u212a", "\u017f", "\u0130", "\u0131", "\ue000", "’", "–", "é", "É", "ß", "σ", "ς", "Σ"]


def _patterns(value: object, depth: int = 0) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern | lazy.Lazy) and isinstance(value.pattern, str):
        yield cast(re.Pattern[str], value)
    elif isinstance(value, list | tuple | set | frozenset) and depth < 3:
        for item in value:
            yield from _patterns(item, depth + 1)
    elif isinstance(value, dict) and depth < 3:
        for item in value.values():
            yield from _patterns(item, depth + 1)


def _all_patterns() -> list[re.Pattern[str]]:
    found: dict[int, re.Pattern[str]] = {}
    for info in pkgutil.iter_modules(intents.__path__):
        module = importlib.import_module(f"intents.{info.name}")
        for value in vars(module).values():
            for pattern in _patterns(value):
                found[id(pattern)] = pattern
    return list(found.values())


def _texts() -> list[str]:
    texts = [json.loads(line)["text"] for line in CORPUS.read_text().splitlines() if line]
    for line in DEV.read_text().splitlines():
        say = json.loads(line).get("say") if line else None
        texts += [say] if isinstance(say, str) else [s for s in say or [] if isinstance(s, str)]
    return texts + [t.upper() for t in texts] + [t.title() for t in texts]


def _read(pattern: re.Pattern[str]) -> prefilter.Needs | None:
    """The words of `pattern`, as `may_hold` looks for them from its second search on."""
    prefilter.needs(pattern)
    return prefilter.needs(pattern)


PATTERNS = _all_patterns()
WORDS = {pattern: prefilter._read(pattern) for pattern in PATTERNS}


def _sound(text: str) -> None:
    for pattern, words in WORDS.items():
        if words is not None and pattern.search(text) is not None:
            assert _read(pattern) == words
            assert prefilter.may_hold(pattern, text), (pattern.pattern, text)


def test_many_patterns_are_read() -> None:
    assert len(PATTERNS) > 300
    assert sum(words is not None for words in WORDS.values()) > 0.8 * len(PATTERNS)


def test_no_text_of_the_corpus_is_ruled_out_where_a_pattern_matches() -> None:
    for text in _texts():
        _sound(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(sorted({w for t in _texts()[:400] for w in t.split()}) + ODD)))
def test_no_text_of_corpus_words_and_odd_characters_is_ruled_out(words: list[str]) -> None:
    _sound(" ".join(words))


def test_words_in_any_case_and_exact_words() -> None:
    pattern = re.compile(r"\b(?:tomorrow|tmrw)\b(?-i:\s+Smith)?|(?-i:ACME)", re.I)
    assert _read(pattern) == (("tmrw", "tomorrow"), ("ACME",))
    assert not prefilter.may_hold(pattern, "acme today")
    assert prefilter._read(re.compile(r"\d+(?:am|pm)?")) is None  # no word needed


def test_letters_lower_does_not_fold_are_never_ruled_out() -> None:
    pattern = re.compile(r"\bsigned\b", re.I)
    assert _read(pattern) == (("signed",), ())
    assert pattern.search("\u017figned") is not None
    assert prefilter.folded("\u017figned") is None
    assert prefilter.may_hold(pattern, "\u017figned")


def test_a_pattern_is_read_on_its_second_search() -> None:
    pattern = re.compile(r"\bread anew\b")
    assert prefilter.needs(pattern) is None
    assert prefilter.needs(pattern) == ((), ("read anew",))
    assert Scan("nothing here").search(pattern, 0) is None
    assert Scan("it was read anew").search(pattern, 0) is not None


def test_the_table_of_patterns_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prefilter, "_known", {})
    monkeypatch.setattr(prefilter, "_MAX_PATTERNS", 3)
    for index in range(10):
        prefilter.needs(re.compile(rf"\bword{index}\b"))
        assert len(prefilter._known) <= 3
