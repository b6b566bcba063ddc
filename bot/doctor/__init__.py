"""`clio-bot doctor`: checks on a Clio account every assumption the bot makes about Clio.

It only reads. `run(clio)` gives a `Report` (one `Finding` per check in `checks.CHECKS`);
`target.clio_to_check(...)` picks the account: `CLIO_ACCESS_TOKEN`, a connected person, or
the embedded sandbox.
"""

from __future__ import annotations

import datetime as dt
import logging

from pydantic import ValidationError

from bot.clio import ClioClient, ClioError, ClioForbidden, ClioUnauthorized, ClioUnavailable
from bot.doctor.checks import CHECKS, Probe, unparsed, who_am_i
from bot.doctor.findings import Finding, Report, Status

log = logging.getLogger(__name__)

__all__ = ["Finding", "Report", "run"]


def _unanswered(error: ClioError, clio: ClioClient) -> str:
    """Why who_am_i failed, and what to do about it."""
    if error.status == 410:
        return (
            f"Clio refuses X-API-VERSION {clio.api_version} (410: {error.message}); "
            "set CLIO_API_VERSION to a version Clio serves"
        )
    if isinstance(error, ClioUnauthorized):
        return f"Clio refused the token (401: {error.message}); connect again or set a new one"
    if isinstance(error, ClioUnavailable):
        return f"Clio is unreachable at {clio.base_url}"
    return f"who_am_i answered {error.status or 'nothing'}: {error.message}"


async def run(clio: ClioClient, *, target: str, now: dt.datetime | None = None) -> Report:
    """Every check, in order, on the account behind `clio`."""
    first = CHECKS[0][0]
    try:
        me, answer = await who_am_i(clio)
    except ClioError as error:
        failed = Finding(name=first, status="fail", found=_unanswered(error, clio))
        return Report(target=target, findings=[failed], skipped=len(CHECKS) - 1)
    probe = Probe(clio, me, answer, now or dt.datetime.now(dt.UTC))
    findings = []
    for name, check in CHECKS:
        status: Status
        try:
            status, found = await check(probe)
        except ClioForbidden as error:
            status, found = "warn", f"this account may not look (403: {error.message})"
        except ClioError as error:
            status, found = "fail", f"Clio answered {error.status or 'nothing'}: {error.message}"
        except ValidationError as error:
            status, found = "fail", unparsed(error)
        log.info("doctor: %s %s", name, status)
        findings.append(Finding(name=name, status=status, found=found))
    return Report(target=target, findings=findings)
