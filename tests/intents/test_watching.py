"""Watching: what the corpus cannot show (it compares resource, action, fields and refs only)."""

from __future__ import annotations

from datetime import datetime

from intents import Intent, parse

NOW = datetime(2026, 11, 18, 10, 30)


def _parse(text: str) -> Intent:
    return parse(text, now=NOW, tz="America/New_York")


def test_deleted_payments_are_dropped_with_an_assumption() -> None:
    intent = _parse("notify me when a payment is created or deleted")
    assert intent.fields["events"] == ["created"]
    assert intent.assumptions == ["Clio sends no webhook when a payment is deleted"]
    assert intent.hint is None


def test_only_deleted_payments_falls_back_and_says_so() -> None:
    intent = _parse("watch deleted payments")
    assert intent.fields["events"] == ["created", "updated"]
    assert intent.hint
    assert intent.confidence < 1.0


def test_watch_leaves_nothing_unparsed() -> None:
    texts = (
        "watch clio_payments_payment",
        "watch matter matter_closed matter_opened",
        "notify this channel when matters are closed for client Acme Corp in practice area Corporate",
        "watch matters where Alice is the responsible attorney",
        "watch tasks but skip my bot writes",
        "watch matters except the bot’s own changes",
    )
    for text in texts:
        assert _parse(text).unparsed == [], text
