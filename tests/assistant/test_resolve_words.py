"""The words a failed search falls back on: the longest, then as written (never the hash seed's
order, which changes from one run to the next)."""

from __future__ import annotations

from bot.assistant.resolve import _words


def test_fallback_words_are_the_longest_then_the_first_written():
    assert _words("Jones v Smith lease") == ["Jones", "Smith"]
    assert _words("Smith v Jones lease") == ["Smith", "Jones"]
    assert _words("metro transit authority") == ["authority", "transit"]
