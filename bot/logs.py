"""Logging for the running bot: our own lines carry ids and counts only.

Libraries that print request URLs or payloads (Clio queries hold names; Slack payloads hold
message text) are kept to warnings.
"""

from __future__ import annotations

import logging

QUIET = (
    "httpx",
    "httpcore",
    "slack_bolt",
    "slack_sdk",
    "aiosqlite",
    "sqlalchemy",
    "alembic",
    "bot.slack.bolt",
)


def configure_logging(level: int = logging.INFO) -> None:
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for name in QUIET:
        logging.getLogger(name).setLevel(logging.WARNING)
