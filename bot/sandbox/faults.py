"""Fault injection for tests: answer matching requests with a chosen status instead."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from starlette.responses import JSONResponse

from .errors import DEFAULT_TYPES
from .oauth import INVALID_TOKEN


@dataclass
class Fault:
    method: str
    path_contains: str
    status: int
    times: int
    retry_after: int | None
    body: dict[str, Any] | None

    def response(self) -> JSONResponse:
        body = self.body
        if body is None:
            kind = DEFAULT_TYPES.get(self.status, "Error")
            body = (
                INVALID_TOKEN
                if self.status == 401
                else {"error": {"type": kind, "message": f"Injected {self.status} fault"}}
            )
        headers = {"Retry-After": str(self.retry_after)} if self.retry_after is not None else {}
        return JSONResponse(body, status_code=self.status, headers=headers)


class Faults:
    """Pending faults, consumed first-added first, each `times` times."""

    def __init__(self) -> None:
        self._pending: list[Fault] = []

    def add(
        self,
        method: str,
        path_contains: str,
        status: int,
        *,
        times: int = 1,
        retry_after: int | None = None,
        body: dict[str, Any] | None = None,
    ) -> None:
        self._pending.append(Fault(method.upper(), path_contains, status, times, retry_after, body))

    def take(self, method: str, path: str) -> Fault | None:
        for fault in self._pending:
            if fault.method in (method.upper(), "*") and fault.path_contains in path:
                fault.times -= 1
                if fault.times <= 0:
                    self._pending.remove(fault)
                return fault
        return None

    def clear(self) -> None:
        self._pending.clear()
