"""Speed of `intents.parse` with a large firm's vocabulary (5,000 matters, 3,000 contacts, 200
users), against `parse` without one on the same texts, in the same process.

Run from the repository root: `python benchmarks/vocabulary_bench.py`. Prints the median and p99
per call with the vocabulary, without it, their ratio, and how long the vocabulary takes to build.
Target: median <= 2 ms with the vocabulary (the parse benchmark's own targets hold without it).
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from parse_bench import CORPUS, p99, timings  # noqa: E402

MATTERS, CONTACTS, USERS = 5_000, 3_000, 200
SURNAMES = [
    "smith",
    "garcia",
    "patel",
    "johnson",
    "chen",
    "nguyen",
    "okafor",
    "rossi",
    "muller",
    "kowalski",
    "dubois",
    "silva",
    "tanaka",
    "kim",
    "ahmed",
    "haddad",
    "novak",
    "larsen",
    "obrien",
    "murphy",
    "fischer",
    "schmidt",
    "lopez",
    "martin",
    "brown",
]
FIRSTS = [
    "ana",
    "ben",
    "carla",
    "dev",
    "eli",
    "fatima",
    "george",
    "hana",
    "ivan",
    "jade",
    "kofi",
    "lena",
    "mateo",
    "nora",
    "omar",
    "pia",
    "quinn",
    "rosa",
    "sam",
    "tara",
    "umar",
    "vera",
    "wen",
    "xavier",
    "yara",
    "zane",
]
WORKS = [
    "estate",
    "divorce",
    "lease",
    "dispute",
    "merger",
    "trademark",
    "appeal",
    "custody",
    "purchase",
    "audit",
]
FIRM_TEXTS = [
    "2h15m garcia depo prep",
    "2h30m research for Acme merger",
    "task for marcus file motion to compel",
    "@priya pls call court clerk",
    "tasks for marcus",
    "bills for acme",
    "time on garcia this month",
    "0.5 acme v widget works reviewed answer",
]


def firm(seed: int = 15) -> dict[str, list[dict]]:
    """A large firm's records, as Clio returns them."""
    rng = random.Random(seed)
    contacts = []
    for index in range(CONTACTS):
        first, last = rng.choice(FIRSTS), f"{rng.choice(SURNAMES)}{index}"
        contacts.append(
            {"id": index + 1, "name": f"{first.title()} {last.title()}", "type": "Person"}
        )
    contacts.append({"id": CONTACTS + 1, "name": "Acme Corp", "type": "Company"})
    matters = []
    for index in range(MATTERS):
        client = rng.choice(contacts)
        surname = str(client["name"]).split()[-1]
        matters.append(
            {
                "id": 100_000 + index,
                "display_number": f"{index + 1:05d}-{surname}",
                "description": f"{surname} {rng.choice(WORKS)}",
                "client": client,
            }
        )
    matters.append(
        {
            "id": 1,
            "display_number": "09001-Acme",
            "description": "Acme merger",
            "client": contacts[-1],
        }
    )
    matters.append(
        {
            "id": 2,
            "display_number": "09002-Garcia",
            "description": "Garcia v. Metro Transit Authority",
            "client": {"id": 9, "name": "Maria Garcia", "type": "Person"},
        }
    )
    users = [
        {"id": index + 1, "name": f"{rng.choice(FIRSTS).title()} {rng.choice(SURNAMES).title()}"}
        for index in range(USERS - 2)
    ]
    users += [{"id": 901, "name": "Marcus Bell"}, {"id": 902, "name": "Priya Shah"}]
    return {"matters": matters, "contacts": contacts, "users": users}


def main() -> int:
    from intents import parse
    from intents.vocabulary import Vocabulary

    records = firm()
    start = time.perf_counter()
    vocabulary = Vocabulary.build(**records)
    built = (time.perf_counter() - start) * 1000

    cases = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    now = datetime(2026, 12, 3, 10, 30)
    cases += [{"text": t, "now": now.isoformat(), "tz": "America/New_York"} for t in FIRM_TEXTS]
    for case in cases:
        case["_now"] = datetime.fromisoformat(case["now"])
        case["_order"] = case.get("date_order", "MDY")

    def plain(c: dict) -> object:
        return parse(c["text"], now=c["_now"], tz=c["tz"], date_order=c["_order"])

    def named(c: dict) -> object:
        return parse(
            c["text"], now=c["_now"], tz=c["tz"], date_order=c["_order"], vocabulary=vocabulary
        )

    without = timings(plain, cases)
    with_names = timings(named, cases)
    median = statistics.median(with_names)
    print(
        f"vocabulary: {MATTERS:,} matters, {CONTACTS:,} contacts, {USERS} users; "
        f"{vocabulary.size:,} names, built in {built:.0f} ms"
    )
    print(f"corpus: {len(cases)} messages")
    print(
        f"parse with vocabulary     median {median:8.1f} us   p99 {p99(with_names):8.1f} us   "
        f"target median <= 2000 us"
    )
    print(
        f"parse without             median {statistics.median(without):8.1f} us   "
        f"p99 {p99(without):8.1f} us"
    )
    print(f"ratio (with / without)    median {median / statistics.median(without):8.2f}")
    return 0 if median <= 2000 else 1


if __name__ == "__main__":
    sys.exit(main())
