"""Clio failures as sentences a person can act on (never a stack trace)."""

from __future__ import annotations

from bot.clio import (
    ClioConflict,
    ClioError,
    ClioForbidden,
    ClioNoAnswer,
    ClioNotFound,
    ClioRateLimited,
    ClioReauthorizationRequired,
    ClioUnauthorized,
    ClioUnreachable,
    ClioValidationError,
)


def explain(error: ClioError) -> str:
    if isinstance(error, ClioValidationError):
        return f"Clio did not accept it: {error.message}"
    if isinstance(error, ClioForbidden):
        return "You don't have permission to do that in Clio."
    if isinstance(error, ClioNotFound):
        return "Clio can't find that record (it may be deleted, or hidden from you)."
    if isinstance(error, ClioConflict):
        return "That record changed in Clio since this card was made, so nothing was changed."
    if isinstance(error, ClioRateLimited):
        return "Clio is busy right now; please try again in a minute."
    if isinstance(error, ClioUnreachable):
        return "Clio is unreachable right now, so nothing was sent to it; please try again."
    if isinstance(error, ClioNoAnswer):
        return "Clio did not answer in time."
    if isinstance(error, ClioReauthorizationRequired):
        return "Your Clio connection has expired or was revoked; `/clio connect` to connect again."
    if isinstance(error, ClioUnauthorized):
        return "The connection to Clio is no longer valid; it needs to be connected again."
    return f"Clio had a problem ({error.status or 'error'}): {error.message}"
