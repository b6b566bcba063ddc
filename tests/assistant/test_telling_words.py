"""Rule "words that name no record" (`wording.telling`): a description's words that no candidate
record has say the change or its reason, and are left out of its score when enough words that do
name a record remain; for a delete, only the words that say a change or a reason go, so a record
that is not there is asked about, never guessed."""

from __future__ import annotations

from bot.assistant.wording import telling

ABOUTS = [
    "Call with Acme general counsel 00038-Acme Acme Corp contract review Telephone call 0.5",
    "Reviewed police report and witness statements 00042-Smith Smith v Jones Research 2.5",
]


def test_words_no_record_has_are_left_out() -> None:
    assert telling(["acme", "gc", "call", "actualy"], ABOUTS) == ["acme", "call"]
    said = ["police", "report", "review", "wrong", "day", "shd", "date"]
    assert telling(said, ABOUTS) == ["police", "report", "review"]


def test_all_words_kept_when_too_few_name_a_record() -> None:
    assert telling(["globex", "lease", "call"], ABOUTS) == ["globex", "lease", "call"]
    said = ["zoning", "hearing", "prep", "garcia", "motion", "call"]
    assert telling(said, ABOUTS) == said


def test_a_delete_keeps_every_word_that_may_name_a_record() -> None:
    said = ["bluebird", "strategy", "meeting", "call"]
    assert telling(said, ABOUTS, final=True) == said
    assert telling(["acme", "call", "dupe", "gc"], ABOUTS, final=True) == ["acme", "call"]
