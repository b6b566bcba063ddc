"""Clio Manage data regions and their hosts."""

from __future__ import annotations

REGION_HOSTS: dict[str, str] = {
    "us": "https://app.clio.com",
    "eu": "https://eu.app.clio.com",
    "ca": "https://ca.app.clio.com",
    "au": "https://au.app.clio.com",
}

API_PREFIX = "/api/v4"


def app_host(region: str | None = None, base_url: str | None = None) -> str:
    """The app and OAuth host: an explicit base URL (with or without `/api/v4`) or a region's."""
    if base_url:
        base = base_url.rstrip("/")
        return base[: -len(API_PREFIX)] if base.endswith(API_PREFIX) else base
    key = (region or "us").lower()
    if key not in REGION_HOSTS:
        raise ValueError(
            f"unknown Clio region {region!r}; expected one of {', '.join(REGION_HOSTS)}"
        )
    return REGION_HOSTS[key]


def api_base(region: str | None = None, base_url: str | None = None) -> str:
    """The REST API base, e.g. `https://eu.app.clio.com/api/v4`."""
    return app_host(region, base_url) + API_PREFIX
