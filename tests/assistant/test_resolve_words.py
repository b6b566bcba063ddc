"""The words a failed search falls back on: the longest, then as written (never the hash seed's
order, which changes from one run to the next)."""

from __future__ import annotations

from bot.assistant.resolve import _words


def test_fallback_words_are_the_longest_then_the_first_written():
    assert _words("Jones v Smith lease") == ["Jones", "Smith"]
    assert _words("Smith v Jones lease") == ["Smith", "Jones"]
    assert _words("metro transit authority") == ["authority", "transit"]


def test_a_word_of_one_matter_only_names_it():
    from typing import Any

    from bot.assistant.resolve import Candidate, Resolution, _one_by_its_words

    rows: list[dict[str, Any]] = [
        {
            "id": 40,
            "display_number": "00040-Garcia",
            "description": "Garcia v. Metro Transit Authority",
            "client": {"name": "Maria Garcia"},
        },
        {
            "id": 42,
            "display_number": "00042-Smith",
            "description": "Smith v Jones",
            "client": {"name": "John Smith"},
        },
        {
            "id": 48,
            "display_number": "00048-Smith",
            "description": "Smith will and power of attorney",
            "client": {"name": "John Smith"},
        },
    ]
    ranked = [Candidate(r["id"], r["description"], 50.0) for r in rows]
    asked = Resolution("matter", "transit", choices=ranked[:1])
    assert _one_by_its_words(asked, rows, ranked).found == ranked[0]
    several = Resolution("matter", "smith", choices=ranked[1:])
    assert _one_by_its_words(several, rows, ranked).found is None  # two matters: still asked
    part = Resolution("matter", "trans", choices=ranked[:1])
    assert _one_by_its_words(part, rows, ranked).found is None  # not a whole word
