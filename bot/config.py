"""Configuration from the environment (a `.env` file is read too)."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.secrets import DEFAULT_KEY_FILE

DEFAULT_DATABASE_URL = "sqlite:///clio-bot.db"

LOOPBACK = re.compile(r"http://(127\.0\.0\.1|localhost|\[::1\]):[0-9]{1,5}/[A-Za-z0-9_./-]*/")


class Settings(BaseSettings):
    """Every setting the bot reads; names are the environment variables, upper-cased."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    slack_bot_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_client_id: str | None = None
    slack_client_secret: SecretStr | None = None
    slack_api_url: str | None = None
    slack_local_response_urls: str | None = None  # tests: a fake Slack's loopback prefix
    slack_team_id: str | None = None  # with one shared Clio identity: the only workspace served

    clio_region: str = "us"
    clio_base_url: str | None = None
    clio_access_token: SecretStr | None = None
    clio_api_version: str = "4.0.13"
    clio_client_id: str | None = None
    clio_client_secret: SecretStr | None = None
    public_url: str = "http://localhost:3000"

    database_url: str = DEFAULT_DATABASE_URL
    bot_encryption_key: SecretStr | None = None
    bot_key_file: str = DEFAULT_KEY_FILE
    firm_vocabulary: bool = (
        True  # read each person's Clio names in messages (README: FIRM_VOCABULARY)
    )
    unmatched_people: Literal["read", "none"] = "read"  # shared identity: no Clio user by email
    bot_admins: Annotated[frozenset[str], NoDecode] = Field(default_factory=frozenset)

    @field_validator("bot_admins", mode="before")
    @classmethod
    def _split_admins(cls, value: object) -> object:
        if isinstance(value, str):
            return frozenset(part.strip() for part in value.split(",") if part.strip())
        return value

    @field_validator("slack_local_response_urls")
    @classmethod
    def _loopback_only(cls, value: str | None) -> str | None:
        """Besides Slack's hooks host, only a local fake Slack's response URLs may be allowed."""
        if value is not None and not LOOPBACK.fullmatch(value):
            raise ValueError(
                "SLACK_LOCAL_RESPONSE_URLS must be a loopback prefix such as "
                "http://127.0.0.1:PORT/response/ (a local fake Slack, for tests)"
            )
        return value

    @property
    def slack_configured(self) -> bool:
        """Whether the real Slack app can run (otherwise `make run` gives the console)."""
        has_app = self.slack_bot_token is not None or self.slack_client_id is not None
        can_receive = self.slack_signing_secret is not None or self.slack_app_token is not None
        return has_app and can_receive
