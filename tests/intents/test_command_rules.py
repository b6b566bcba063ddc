"""Every command rule wins its examples and loses its counter-examples."""

from __future__ import annotations

from datetime import datetime

import pytest

from intents import commands, markup, parse
from intents.clock import Clock
from intents.command_rules import RULES, Rule, choose
from intents.parser import _strip
from intents.reading import Reading
from intents.scan import Scan

NOW = datetime(2026, 12, 3, 10, 30)


def _winner(text: str) -> Rule:
    message = markup.normalize(text)
    reading = Reading(message, Scan(_strip(message)), Clock.build(NOW, "America/New_York", "MDY"))
    return choose(reading, commands.read(reading))[0]


EXAMPLES = [(rule.name, text) for rule in RULES for text in rule.examples]
COUNTERS = [(rule.name, text) for rule in RULES for text in rule.counter]


@pytest.mark.parametrize(("name", "text"), EXAMPLES, ids=[f"{n}: {t}" for n, t in EXAMPLES])
def test_rule_wins_its_example(name: str, text: str) -> None:
    assert _winner(text).name == name


@pytest.mark.parametrize(("name", "text"), COUNTERS, ids=[f"{n}: {t}" for n, t in COUNTERS])
def test_rule_loses_its_counter_example(name: str, text: str) -> None:
    assert _winner(text).name != name


def test_every_rule_has_examples_and_a_unique_name() -> None:
    assert len({rule.name for rule in RULES}) == len(RULES)
    assert all(rule.examples for rule in RULES)
    assert all(rule.counter for rule in RULES[:-1])


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("expense for parking on smith v jones", "create"),
        ("expense on johnson for courier", "create"),
        ("expenses on johnson", "search"),
        ("show expense for parking", "search"),
    ],
)
def test_an_expense_for_something_without_its_amount_is_a_new_one(text, action):
    intent = parse(text, now=datetime(2026, 12, 3, 10, 30), tz="America/New_York")
    assert (intent.resource, intent.action) == ("activities", action)
