"""`wording`: how well a description fits a record's words."""

from __future__ import annotations

import pytest

from bot.assistant.wording import coverage, wanted


@pytest.mark.parametrize(
    ("said", "about"),
    [
        ("the trust deed task", "Draft trust deed 00039-Patel Patel estate planning"),
        ("marcus's witness list task", "Prepare witness list Marcus Bell 00045-Johnson"),
        ("the o'brien closing", "Closing: O'Brien home purchase 00044-OBrien"),
        ("the jones depo", "Deposition of Robert Jones"),
        ("chen disclosures", "Collect financial disclosures 00043-Chen Chen divorce"),
    ],
)
def test_every_distinctive_word_found_is_a_full_fit(said, about):
    assert coverage(wanted(said), about) == 100.0


def test_a_word_the_record_lacks_lowers_the_fit():
    assert coverage(wanted("patel client meeting"), "Weekly team meeting", ("meeting",)) < 60


def test_optional_words_count_only_when_found():
    said = wanted("the hearing call")
    assert coverage(said, "Hearing: Garcia v. Metro", ("call",)) == 100.0
    assert coverage(said, "Hearing: Garcia v. Metro") == 50.0


def test_nothing_distinctive_fits_nothing():
    assert coverage(wanted("the task"), "Draft trust deed") == 0.0
