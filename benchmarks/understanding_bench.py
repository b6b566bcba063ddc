"""Understanding: the share of realistic requests that end right after one confirmation.

Run from the repository root: `python benchmarks/understanding_bench.py [FILE.jsonl ...]` (default:
the dev and holdout sets in `tests/understanding/`). Each case runs end to end through the console
core on a fresh demo firm (`tests/understanding/harness.py`); prints the share right overall, for
writes (create, update, delete, undo), per op and per kind.

Options: `--verbose` (one line per case; a failure says why and what the bot said), `--only
ID,ID`, `--now ISO|real` (the harness's "today", default Thu 3 Dec 2026 10:30 in New York; `real`
is the clock outcomes.py runs on), `--shared` (all cases in one firm and bot store, as outcomes.py
runs them; for creates only), `--min SHARE` (exit 1 below it).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import logging
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.understanding.harness import NOW, Case, Outcome, load_cases, run_cases  # noqa: E402

WRITES = ("create", "update", "delete", "undo")
SETS = [
    ROOT / "tests" / "understanding" / "dev.jsonl",
    ROOT / "tests" / "understanding" / "holdout.jsonl",
]


def share(outcomes: list[Outcome]) -> str:
    right = sum(o.ok for o in outcomes)
    return f"{right}/{len(outcomes)} = {right / max(1, len(outcomes)):.1%}"


def by(outcomes: list[Outcome], key: Callable[[Case], str]) -> str:
    groups: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        groups.setdefault(key(outcome.case), []).append(outcome)
    return ", ".join(f"{name} {share(group)}" for name, group in sorted(groups.items()))


def line(outcome: Outcome) -> str:
    case = outcome.case
    head = f"{'ok  ' if outcome.ok else 'FAIL'} #{case.id} [{case.kind}/{case.op}] {case.say!r}"
    if outcome.ok:
        return head
    why = "; ".join(outcome.why)
    said = "" if "bot said" in why else f"\n    bot said: {outcome.said.replace(chr(10), ' / ')}"
    return f"{head}: {why}{said}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=SETS)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--only", help="comma-separated case ids")
    parser.add_argument("--now", default=NOW.isoformat(), help="ISO datetime, or real")
    parser.add_argument("--shared", action="store_true", help="one world for all cases")
    parser.add_argument("--min", type=float, default=0.0, help="exit 1 below this share")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # the bot's own warnings would drown the figures
    now = None if args.now == "real" else dt.datetime.fromisoformat(args.now)
    only = set(args.only.split(",")) if args.only else None
    worst = 1.0
    for path in args.files:
        cases = [c for c in load_cases(path) if only is None or str(c.id) in only]
        each = (lambda o: print(line(o), flush=True)) if args.verbose else None
        outcomes = asyncio.run(run_cases(cases, now=now, shared=args.shared, each=each))
        right = sum(o.ok for o in outcomes) / max(1, len(outcomes))
        worst = min(worst, right)
        writes = [o for o in outcomes if o.case.op in WRITES]
        print(f"{path.name}: {share(outcomes)} right after one confirmation")
        print(f"  writes:  {share(writes)}")
        print(f"  by op:   {by(outcomes, lambda c: c.op)}")
        print(f"  by kind: {by(outcomes, lambda c: c.kind)}", flush=True)
    return 1 if worst < args.min else 0


if __name__ == "__main__":
    sys.exit(main())
