"""Clio Manage API v4 client: typed models, OAuth, paging, rate limits, ETags, errors."""

from bot.clio.auth import OAuthClient, OAuthTokenProvider, StaticToken, TokenProvider, TokenSet
from bot.clio.client import ClioClient
from bot.clio.errors import (
    ClioBadRequest,
    ClioConflict,
    ClioError,
    ClioForbidden,
    ClioInvalidFields,
    ClioNoAnswer,
    ClioNotFound,
    ClioRateLimited,
    ClioReauthorizationRequired,
    ClioServerError,
    ClioUnauthorized,
    ClioUnavailable,
    ClioUnreachable,
    ClioValidationError,
)
from bot.clio.regions import REGION_HOSTS, api_base, app_host
from bot.clio.resources import Page
from bot.clio.session import DEFAULT_API_VERSION

__all__ = [
    "DEFAULT_API_VERSION",
    "REGION_HOSTS",
    "ClioBadRequest",
    "ClioClient",
    "ClioConflict",
    "ClioError",
    "ClioForbidden",
    "ClioInvalidFields",
    "ClioNoAnswer",
    "ClioNotFound",
    "ClioRateLimited",
    "ClioReauthorizationRequired",
    "ClioServerError",
    "ClioUnauthorized",
    "ClioUnavailable",
    "ClioUnreachable",
    "ClioValidationError",
    "OAuthClient",
    "OAuthTokenProvider",
    "Page",
    "StaticToken",
    "TokenProvider",
    "TokenSet",
    "api_base",
    "app_host",
]
