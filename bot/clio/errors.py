"""Typed errors for Clio API failures, each carrying Clio's own message."""

from __future__ import annotations

from typing import Any

import httpx


class ClioError(Exception):
    """A Clio API call failed; `message` is Clio's `error.message` when it gave one."""

    status: int | None = None

    def __init__(self, message: str, *, status: int | None = None, type: str | None = None):
        super().__init__(message)
        self.message = message
        self.type = type
        if status is not None:
            self.status = status


class ClioBadRequest(ClioError):
    status = 400


class ClioInvalidFields(ClioBadRequest):
    """400 `InvalidFields`: a requested field name does not exist."""


class ClioUnauthorized(ClioError):
    status = 401


class ClioReauthorizationRequired(ClioUnauthorized):
    """The refresh grant was refused: the person must connect to Clio again."""


class ClioForbidden(ClioError):
    status = 403


class ClioNotFound(ClioError):
    status = 404


class ClioConflict(ClioError):
    """412 (the record changed since its etag was read) or 409 (being modified elsewhere)."""

    status = 412


class ClioValidationError(ClioError):
    status = 422


class ClioRateLimited(ClioError):
    status = 429

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any):
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ClioServerError(ClioError):
    status = 500


class ClioUnavailable(ClioError):
    """Clio could not be reached or did not answer: a timeout or a transport failure."""


class ClioUnreachable(ClioUnavailable):
    """No connection to Clio could be made (refused, no route, a connect timeout): the
    request was never sent, so nothing changed in Clio."""


class ClioNoAnswer(ClioUnavailable):
    """The request went out but no answer came back (a read timeout, a connection reset
    mid-response): a write may or may not have been applied."""


# Transport failures before any byte of the request left: retrying cannot apply a write twice.
NOT_SENT = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.ProxyError,
    httpx.UnsupportedProtocol,
)


def unavailable(error: httpx.TransportError, what: str = "Clio") -> ClioUnavailable:
    """The typed error for a transport failure: unreachable (nothing sent) or no answer."""
    if isinstance(error, NOT_SENT):
        return ClioUnreachable(f"{what} is unreachable")
    return ClioNoAnswer(f"{what} did not answer")


_BY_STATUS: dict[int, type[ClioError]] = {
    400: ClioBadRequest,
    401: ClioUnauthorized,
    403: ClioForbidden,
    404: ClioNotFound,
    409: ClioConflict,
    412: ClioConflict,
    422: ClioValidationError,
    429: ClioRateLimited,
}


def error_message(response: httpx.Response) -> tuple[str | None, str]:
    """(type, message) from either error shape Clio uses.

    The REST envelope is `{"error": {"type", "message"}}`; the OAuth 401 is
    `{"error": "invalid_token", "error_description": "..."}`.
    """
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict):
        error = body.get("error")
        if isinstance(error, dict):
            return error.get("type"), str(error.get("message") or response.reason_phrase)
        if isinstance(error, str):
            return error, str(body.get("error_description") or error)
        if isinstance(body.get("message"), str):
            return None, body["message"]
    return None, f"Clio answered {response.status_code} {response.reason_phrase}".strip()


def error_from_response(response: httpx.Response) -> ClioError:
    """The typed error for a failed response."""
    type_, message = error_message(response)
    status = response.status_code
    if status == 400 and type_ == "InvalidFields":
        return ClioInvalidFields(message, status=status, type=type_)
    if status == 429:
        return ClioRateLimited(
            message, status=status, type=type_, retry_after=retry_after(response)
        )
    cls = _BY_STATUS.get(status, ClioServerError if status >= 500 else ClioError)
    return cls(message, status=status, type=type_)


def retry_after(response: httpx.Response) -> float | None:
    """Seconds from a `Retry-After` header, when it holds a number."""
    value = response.headers.get("Retry-After")
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None
