"""Speed of `intents.parse` on the corpus, against `dateparser.search_dates` on the same texts.

Run from the repository root: `python benchmarks/parse_bench.py`. Prints per-call median and p99
for both, their ratio, and import + first parse in a fresh interpreter (median of several runs).
Targets: median ratio <= 0.5; import + first parse <= 300 ms.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "tests" / "intents" / "corpus.jsonl"
ROUNDS = 5
COLD_RUNS = 7
COLD = """
import time
start = time.perf_counter()
from datetime import datetime
import intents
intents.parse("log 1.5h on Smith v Jones yesterday drafting motion",
              now=datetime(2026, 11, 18, 10, 30), tz="America/New_York")
print((time.perf_counter() - start) * 1000)
"""


def timings(call: Callable[[dict], object], cases: list[dict]) -> list[float]:
    """Microseconds per call, every case timed alone, `ROUNDS` times over, after a warm-up."""
    for case in cases:
        call(case)
    found = []
    for _ in range(ROUNDS):
        for case in cases:
            start = time.perf_counter_ns()
            call(case)
            found.append((time.perf_counter_ns() - start) / 1000)
    return found


def p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100)[98]


def cold_start() -> tuple[float, float]:
    """Median import + first parse inside a fresh interpreter, and its whole wall time (ms)."""
    inside, wall = [], []
    for _ in range(COLD_RUNS):
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", COLD], cwd=ROOT, capture_output=True, text=True, check=True
        )
        wall.append((time.perf_counter() - start) * 1000)
        inside.append(float(out.stdout.strip()))
    return statistics.median(inside), statistics.median(wall)


def main() -> int:
    from dateparser.search import search_dates

    from intents import parse

    cases = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    for case in cases:
        case["_now"] = datetime.fromisoformat(case["now"])
        case["_order"] = case.get("date_order", "MDY")

    ours = timings(
        lambda c: parse(c["text"], now=c["_now"], tz=c["tz"], date_order=c["_order"]), cases
    )
    baseline = timings(lambda c: search_dates(c["text"], languages=["en"]), cases)
    inside, wall = cold_start()

    ratio = statistics.median(ours) / statistics.median(baseline)
    print(f"corpus: {len(cases)} messages x {ROUNDS} rounds")
    print(
        f"intents.parse                     median {statistics.median(ours):8.1f} us   "
        f"p99 {p99(ours):8.1f} us"
    )
    print(
        f"dateparser.search_dates(en)       median {statistics.median(baseline):8.1f} us   "
        f"p99 {p99(baseline):8.1f} us"
    )
    print(
        f"ratio (parse / search_dates)      median {ratio:8.2f}      "
        f"p99 {p99(ours) / p99(baseline):8.2f}      target <= 0.50"
    )
    print(
        f"fresh process: import + first parse {inside:6.1f} ms (target <= 300 ms); "
        f"whole interpreter run {wall:6.1f} ms; median of {COLD_RUNS}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
