"""Slack's OAuth tables (installations, bots, install states), written by slack_sdk's stores.

They are declared on the bot's metadata so migrations create them and tests check them.
"""

from __future__ import annotations

from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore

from bot.store.db import Base

INSTALLATIONS = SQLAlchemyInstallationStore.build_installations_table(
    Base.metadata, "slack_installations"
)
BOTS = SQLAlchemyInstallationStore.build_bots_table(Base.metadata, "slack_bots")
INSTALL_STATES = SQLAlchemyOAuthStateStore.build_oauth_states_table(
    Base.metadata, "slack_oauth_states"
)
