"""People named by a short form of their first name with their surname ("bob jones")."""

from __future__ import annotations

from intents.vocabulary import Vocabulary

VOCABULARY = Vocabulary.build(
    contacts=[
        {"id": 13, "name": "Robert Jones", "type": "Person", "first_name": "Robert", "last_name": "Jones"},
        {"id": 21, "name": "William Ortiz", "type": "Person", "first_name": "William", "last_name": "Ortiz"},
    ],
    users=[{"id": 7, "name": "Katherine Lowe", "first_name": "Katherine", "email": "kate@firm.test"}],
)  # fmt: skip


def named(text: str) -> list[tuple[str, str, int]]:
    return [(m.text, s.kind, s.id) for m in VOCABULARY.find(text) for s in m.senses]


def test_a_short_form_with_the_surname_names_the_person() -> None:
    assert ("bob jones", "contact", 13) in named("call w bob jones re the depo")
    assert ("Bill Ortiz", "contact", 21) in named("Bill Ortiz emailed the draft")
    assert ("katie lowe", "user", 7) in named("task for katie lowe: file it")


def test_a_short_form_alone_names_no_one() -> None:
    assert named("bill 2h to the acme matter") == []
    assert not any(kind == "contact" for _, kind, _ in named("will you call bob"))
