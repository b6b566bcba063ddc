"""What `clio-bot doctor` found: one line per assumption about Clio, and the exit status."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

Status = Literal["ok", "warn", "fail"]


class Finding(BaseModel):
    """One assumption: whether it holds (`ok`), could not be told (`warn`) or fails."""

    model_config = ConfigDict(frozen=True)

    name: str
    status: Status
    found: str

    def line(self) -> str:
        return f"{self.status:<4}  {self.name:<14}  {self.found}"


class Report(BaseModel):
    """Every finding on one Clio account; `target` says which, never with a token."""

    target: str
    findings: list[Finding]
    skipped: int = 0  # checks not run: Clio did not answer who_am_i

    @property
    def exit_status(self) -> int:
        """0 when nothing fails (warnings included), else 1."""
        return 1 if any(f.status == "fail" for f in self.findings) else 0

    def lines(self) -> list[str]:
        failed = [f.name for f in self.findings if f.status == "fail"]
        warned = [f.name for f in self.findings if f.status == "warn"]
        if self.skipped:
            summary = f"{self.skipped} more checks need Clio to answer who_am_i first."
        elif failed:
            summary = f"Failing: {', '.join(failed)}."
        else:
            summary = f"All {len(self.findings)} assumptions hold"
            summary += f" (could not tell: {', '.join(warned)})." if warned else "."
        return [f"Clio doctor: {self.target}", *(f.line() for f in self.findings), summary]
