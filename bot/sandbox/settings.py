"""Tunable behaviour of the sandbox (limits, lifetimes, webhook delivery)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

IdleTimer = Literal["not_found", "null", "empty"]
OccurrenceIds = Literal["series_day", "opaque"]

DEFAULT_API_VERSION = "4.0.13"
SUPPORTED_API_VERSIONS = frozenset(f"4.0.{minor}" for minor in range(14))
SignatureEncoding = Literal["hex", "base64"]


@dataclass
class SandboxSettings:
    """Knobs tests and the CLI may change; all values mirror Clio's documented defaults."""

    rate_limit_per_minute: int = 50
    token_expires_in: int = 2_592_000
    api_version: str = DEFAULT_API_VERSION
    # OAuth client credentials; None accepts any client id / secret.
    client_id: str | None = None
    client_secret: str | None = None
    # Webhooks: retry after `webhook_retry_base` seconds, doubling, `webhook_max_retries` times.
    webhook_retry_base: float = 120.0
    webhook_max_retries: int = 5
    webhook_timeout: float = 10.0
    # Hosts (besides loopback addresses) that may receive webhooks over plain http.
    webhook_allowed_hosts: set[str] = field(default_factory=set)
    # `GET /timer.json` with no timer running, which Clio leaves undocumented: 404 (the spec
    # lists one), `{"data": null}` or `{"data": {}}`.
    idle_timer: IdleTimer = "not_found"
    # Ids of one occurrence of a recurring entry, which Clio leaves undocumented:
    # `<series id>_<YYYYMMDD>` or an opaque token.
    occurrence_ids: OccurrenceIds = "series_day"
    # How `X-Hook-Signature` is encoded (Clio does not say; third-party receivers assume hex).
    webhook_signature_encoding: SignatureEncoding = "hex"
    # Clio as some accounts may meet it (what `clio-bot doctor` looks for):
    # the X-API-VERSION answered whatever was asked (None: the version asked, as Clio does),
    answered_api_version: str | None = None
    # whether answers carry X-RateLimit-Limit/Remaining/Reset,
    rate_limit_headers: bool = True
    # field names refused with 400 InvalidFields wherever they are asked for,
    refused_fields: set[str] = field(default_factory=set)
    # and GET practice_areas answered with `practice_areas_redirect` (307, as for newer US/CA
    # accounts) to this location: a path served as practice areas, or a URL elsewhere.
    practice_areas_moved_to: str | None = None
    practice_areas_redirect: int = 307
