"""The corpus: one chat message per line with its `now`, zone and the intent it must give."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any, get_args

import pytest

from intents import parse
from intents.model import Action, Resource

CORPUS = Path(__file__).with_name("corpus.jsonl")
KEYS = ("resource", "action", "fields", "refs")


def load() -> list[dict[str, Any]]:
    cases = []
    for number, line in enumerate(CORPUS.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            case = json.loads(line)
            case["line"] = number
            cases.append(case)
    return cases


CASES = load()


@pytest.mark.parametrize("case", CASES, ids=[f"{c['line']}:{c['text'][:50]}" for c in CASES])
def test_case(case: dict[str, Any]) -> None:
    intent = parse(
        case["text"],
        now=datetime.fromisoformat(case["now"]),
        tz=case["tz"],
        date_order=case.get("date_order", "MDY"),
    )
    got = intent.model_dump(mode="json")
    assert {key: got[key] for key in KEYS} == case["expect"]


def test_corpus_is_large_and_covers_the_vocabulary() -> None:
    assert len(CASES) >= 300
    resources = {case["expect"]["resource"] for case in CASES}
    actions = {case["expect"]["action"] for case in CASES}
    assert set(get_args(Resource)) <= resources
    assert set(get_args(Action)) <= actions
    assert {case.get("date_order", "MDY") for case in CASES} == {"MDY", "DMY"}
    assert {"America/New_York", "Europe/London"} <= {case["tz"] for case in CASES}
