"""Clio failures as sentences a person can act on (never a stack trace), in mrkdwn."""

from __future__ import annotations

import re

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
from bot.mrkdwn import escape

_WHAT = r"email\s+addresses|phone\s+numbers|addresses"
_MOST = r"at\s+most|maximum|limit|up\s+to|more\s+than|too\s+many"
# A contact's association limit (4.0.13), however Clio words it: "at most 20 phone numbers",
# "Phone numbers is too long (maximum is 20)".
_LIMIT = re.compile(
    rf"\b(?:{_MOST})\D{{0,20}}?(?P<n>\d+)\s+(?P<what>{_WHAT})"
    rf"|\b(?P<what2>{_WHAT})\b.{{0,40}}?\b(?:{_MOST})\D{{0,20}}?(?P<n2>\d+)\b(?!\s*char)",
    re.I,
)


def _limit(message: str) -> str | None:
    found = _LIMIT.search(message)
    if found is None:
        return None
    what = " ".join((found["what"] or found["what2"]).lower().split())
    return (
        f"Clio allows at most {found['n'] or found['n2']} {what} on a contact, so nothing was "
        "written. Remove one in Clio first, then try again."
    )


def explain(error: ClioError) -> str:
    if isinstance(error, ClioValidationError):
        return _limit(error.message) or f"Clio did not accept it: {escape(error.message)}"
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
    return f"Clio had a problem ({error.status or 'error'}): {escape(error.message)}"
