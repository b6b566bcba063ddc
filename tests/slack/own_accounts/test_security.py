"""Security: a person's token serves only their requests; logs hold no secrets or client data."""

from __future__ import annotations

import logging

import pytest

from bot.logs import QUIET
from tests.slack.conftest import ADMIN, PRIYA
from tests.slack.helpers import buttons, click, command, text_of
from tests.slack.own_accounts.conftest import connect


async def test_each_request_uses_the_requesters_own_token(
    bot, slack, sandbox_app, runtime, clio_traffic
):
    await connect(bot, slack, sandbox_app, ADMIN, "alice")
    await connect(bot, slack, sandbox_app, PRIYA, "priya")
    alice = (await runtime.store.accounts.get("T0CLIO001", ADMIN)).tokens.access_token
    priya = (await runtime.store.accounts.get("T0CLIO001", PRIYA)).tokens.access_token
    assert alice != priya
    start = len(clio_traffic.requests)
    await command(bot, slack, "my tasks due this week", name="p", user_id=PRIYA)
    used = {t for t in clio_traffic.tokens[start:] if t}
    assert used == {priya}
    start = len(clio_traffic.requests)
    await command(bot, slack, "my tasks due this week", name="a")
    assert {t for t in clio_traffic.tokens[start:] if t} == {alice}


async def test_confirming_someone_elses_write_is_refused_and_logged(
    bot, slack, sandbox_app, caplog
):
    await connect(bot, slack, sandbox_app, ADMIN, "alice")
    await connect(bot, slack, sandbox_app, PRIYA, "priya")
    card = await command(bot, slack, "log 1h on 00042-Smith drafting the brief")
    with caplog.at_level(logging.WARNING, logger="bot"):
        stolen = await click(bot, slack, "confirm", buttons(card)["confirm"], user_id=PRIYA)
    assert "isn't yours" in text_of(stolen)
    assert any("refused for user U0PRIYA01" in r.getMessage() for r in caplog.records)


@pytest.fixture
def served_logging():
    """Log levels as `clio-bot serve` sets them, restored afterwards."""
    loggers = [logging.getLogger(name) for name in QUIET]
    before = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.WARNING)
    yield
    for logger, level in zip(loggers, before, strict=True):
        logger.setLevel(level)


@pytest.mark.usefixtures("served_logging")
async def test_logs_hold_no_tokens_names_or_notes(bot, slack, sandbox_app, runtime, caplog):
    with caplog.at_level(logging.INFO):
        await connect(bot, slack, sandbox_app, ADMIN, "alice")
        card = await command(
            bot, slack, "log 1.5h on Smith v Jones yesterday drafting motion to compel"
        )
        await click(bot, slack, "confirm", buttons(card)["confirm"])
        await command(bot, slack, "note on Patel matter: client worried about the trust", name="n")
        await command(bot, slack, "whoami", name="w")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    token = (await runtime.store.accounts.get("T0CLIO001", ADMIN)).tokens
    secrets = [token.access_token, token.refresh_token, "xoxb-test"]
    client_data = [
        "Alice Nguyen",
        "alice@demo-firm.test",
        "Smith v Jones",
        "drafting motion",
        "worried about",
    ]
    assert caplog.records, "the flow should log something (ids and counts)"
    for leak in [*secrets, *client_data]:
        assert leak not in logged, f"{leak!r} appears in the logs"
