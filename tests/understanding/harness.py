"""End-to-end understanding check: a request typed into the console core, one confirmation, the
Clio record read back from the sandbox.

Each case runs in a fresh world (the demo firm seeded at the harness's "today", an empty bot
store) through the console adapter's own code path (`bot.console.Console`, the core Slack uses
too). Per case: type the setup lines, then the request; check that nothing was written; type `1`
(the card's first button, as `../shared/tools/outcomes.py` does); then check the outcome by op:

- `create`: exactly one new record in `resource`, matching `expect` (and `extra`);
- `update`: the `target` record's fields after, matching `expect`;
- `delete`: the `target` gone (and each of `kept` still there);
- `undo`: like `update` when `expect` is given, else like `delete` (no confirmation needed);
- `read`: the reply contains each of `reply~` and none of `reply!~` (nothing pressed);
- `ask`: the reply asks (choices or a typed answer) instead of offering a write (nothing pressed).

`expect` keys follow outcomes.py: a field path (`matter.display_number`; a `.name` matches when the
expected name is contained), `field~` / `field!~` for strings that must / must not appear, date
tokens `{d-1}`, `{wd:mon:past}`, `{wd:fri:next}`, `{eom}` or ISO dates, datetimes as a date then
`T15:00` (New York wall time). A `say` list is a conversation; an item written `[label]` presses
the button whose label contains `label`. A target `{"setup": true}` is the newest record the setup
lines created in that resource.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo

import httpx
from pydantic import BaseModel, ConfigDict, Field

from bot.assistant.cards import CONFIRM
from bot.assistant.questions import PICK
from bot.assistant.registry import RESOURCES
from bot.assistant.vocabulary import Vocabularies
from bot.clio import ClioClient, StaticToken
from bot.clio.models import fields_for
from bot.config import Settings
from bot.console import Console
from bot.replies import Reply, Requester
from bot.runtime import SANDBOX_URL, Runtime
from bot.sandbox import SandboxClock, SandboxSettings, create_app
from bot.secrets import Cipher
from bot.store import Store

TZ = ZoneInfo("America/New_York")
NOW = dt.datetime(2026, 12, 3, 15, 30, tzinfo=dt.UTC)  # Thu 3 Dec 2026, 10:30 in New York
ALICE = "alice@demo-firm.test"  # the console's identity
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
LINE_TIMEOUT = 60.0
CONSOLE_USER = Requester(  # as `bot.console.run_console` makes it for the sandbox's attorney
    team_id="TCONSOLE",
    user_id="UCONSOLE",
    channel_id="CCONSOLE",
    email=ALICE,
    tz="America/New_York",
    is_admin=True,
)
Op = Literal["create", "update", "delete", "read", "ask", "undo"]


class Target(BaseModel):
    """The record a case acts on: by id (seed ids are deterministic) or made by the setup."""

    model_config = ConfigDict(extra="forbid")

    resource: str
    id: int | str | None = None
    setup: bool = False


class Case(BaseModel):
    """One request and what must follow; a superset of outcomes.py's case format."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    id: int
    persona: str
    say: str | list[str]
    resource: str
    expect: dict[str, Any] = Field(default_factory=dict)
    kind: str = "other"
    op: Op = "create"
    target: Target | None = None
    setup: list[str] = Field(default_factory=list)
    extra: dict[str, Any] = Field(default_factory=dict)  # fields outcomes.py does not read
    kept: list[Target] = Field(default_factory=list)
    reply_has: list[str] = Field(default_factory=list, alias="reply~")
    reply_lacks: list[str] = Field(default_factory=list, alias="reply!~")
    now: dt.datetime | None = None  # the moment the case was written for; None: the harness's

    @property
    def lines(self) -> list[str]:
        return [self.say] if isinstance(self.say, str) else list(self.say)


@dataclass
class Outcome:
    """A case's result: right when `why` is empty; `said` is the bot's last answer."""

    case: Case
    why: list[str]
    said: str = ""
    transcript: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.why


def load_cases(path: str | Path) -> list[Case]:
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [Case.model_validate(json.loads(line)) for line in lines if line.strip()]


# -- expectations (the semantics of outcomes.py) ------------------------------------------------
def day_token(token: str, today: dt.date) -> dt.date:
    """`{d+N}`, `{wd:mon:past}` (the latest Monday before today), `{wd:fri:next}` (the next Friday
    after today), `{eom}` (the month's last day) or an ISO date."""
    if found := re.fullmatch(r"\{d([+-]\d+)\}", token):
        return today + dt.timedelta(days=int(found.group(1)))
    if found := re.fullmatch(r"\{wd:(\w{3}):(past|next)\}", token):
        weekday = WEEKDAYS.index(found.group(1))
        if found.group(2) == "past":
            return today - dt.timedelta(days=(today.weekday() - weekday - 1) % 7 + 1)
        return today + dt.timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)
    if token == "{eom}":
        first = dt.date(today.year + today.month // 12, today.month % 12 + 1, 1)
        return first - dt.timedelta(days=1)
    return dt.date.fromisoformat(token)


def value_at(record: Any, path: str) -> Any:
    """A field path; a list of records gives its members' values joined by " | "."""
    current = record
    for part in path.split("."):
        if isinstance(current, list):
            current = " | ".join(str((item or {}).get(part, "")) for item in current)
        elif isinstance(current, dict):
            current = current.get(part)
        else:
            return None
    return current


def _local_date(value: str) -> dt.date:
    if "T" in value and ("+" in value or "Z" in value or value.count("-") > 2):
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(TZ).date()
    return dt.date.fromisoformat(value[:10])


def _check_moment(path: str, got: Any, want: str, today: dt.date) -> str | None:
    if got is None:
        return f"{path} missing"
    if "T" not in want.split("}")[-1]:
        expected = day_token(want, today)
        actual = _local_date(str(got))
        return None if actual == expected else f"{path} {actual} != {expected}"
    day, clock = want.rsplit("T", 1)
    when = dt.datetime.strptime(clock, "%H:%M").time()
    expected_at = dt.datetime.combine(day_token(day, today), when, TZ)
    try:
        actual_at = dt.datetime.fromisoformat(str(got).replace("Z", "+00:00")).astimezone(TZ)
    except ValueError:
        return f"{path} {got!r}"
    if actual_at.replace(second=0, microsecond=0) != expected_at:
        return f"{path} {actual_at:%Y-%m-%d %H:%M} != {expected_at:%Y-%m-%d %H:%M}"
    return None


def check(record: dict[str, Any], expect: dict[str, Any], today: dt.date) -> list[str]:
    """What in `record` differs from `expect`, in words; empty when it matches."""
    why: list[str] = []
    for key, want in expect.items():
        negated, contains = key.endswith("!~"), key.endswith("~")
        path = key.rstrip("!~")
        got = value_at(record, path)
        if path == "date" and got is None:
            got = value_at(record, "received_at")
        if contains:
            text = got.lower() if isinstance(got, str) else json.dumps(got).lower()
            for word in want:
                if (word.lower() in text) == negated:
                    verb = "has" if negated else "lacks"
                    why.append(f"{path} {verb} {word!r}: {str(got)[:80]!r}")
        elif isinstance(want, str) and want.startswith("{"):
            problem = _check_moment(path, got, want, today)
            if problem:
                why.append(problem)
        elif isinstance(want, int | float) and not isinstance(want, bool):
            try:
                same = abs(float(got) - float(want)) < 1e-6
            except (TypeError, ValueError):
                same = False
            if not same:
                why.append(f"{path} {got!r} != {want!r}")
        elif isinstance(want, str) and isinstance(got, str):
            named = path.endswith(".name") and want.lower() in got.lower()
            if want.lower() != got.lower() and not named:
                why.append(f"{path} {got!r} != {want!r}")
        elif got != want:
            why.append(f"{path} {got!r} != {want!r}")
    return why


def _in_reply(text: str, has: Iterable[str], lacks: Iterable[str]) -> list[str]:
    lower = text.lower()
    missing = [f"the answer lacks {w!r}" for w in has if w.lower() not in lower]
    return missing + [f"the answer has {w!r}" for w in lacks if w.lower() in lower]


def _asks(reply: Reply | None) -> bool:
    """A question: choices to pick or a typed answer, and no write offered for confirmation."""
    if reply is None:
        return False
    buttons = [b for card in reply.cards for b in card.buttons]
    if any(b.action == CONFIRM for b in buttons):
        return False
    return any(b.action == PICK for b in buttons) or any(c.picker or c.ask for c in reply.cards)


# -- one case in its own world -------------------------------------------------------------------
class Unanswerable(Exception):
    """The conversation went where the case cannot follow (a button it names is not offered)."""


class _Console(Console):
    """The console adapter, keeping what it shows."""

    last: Reply | None = None

    def show(self, reply: Reply) -> None:
        self.last = reply
        super().show(reply)


Snapshot = dict[str, dict[Any, str]]


class World:
    """A fresh demo firm (sandbox) and bot (store, runtime, console) at one clock."""

    def __init__(self, now: dt.datetime | None) -> None:
        self.clock = SandboxClock((lambda: now) if now else None)

    async def __aenter__(self) -> World:
        self.tmp = tempfile.TemporaryDirectory()
        app = create_app(
            public_url=SANDBOX_URL,
            clock=self.clock,
            settings=SandboxSettings(rate_limit_per_minute=100_000),
        )
        self.sandbox = app.state.sandbox
        transport = httpx.ASGITransport(app=app)
        settings = Settings(
            _env_file=None,
            database_url=f"sqlite:///{self.tmp.name}/bot.db",
            firm_vocabulary=True,
        )
        store = Store(settings.database_url, cipher=Cipher.generate())
        await store.migrate()
        token = StaticToken(self.sandbox.issue_token(ALICE)["access_token"])
        clio = ClioClient(token, base_url=SANDBOX_URL, transport=transport)
        self.runtime = Runtime(
            settings, store, clio, SANDBOX_URL, clock=self.clock.now, sandbox=self.sandbox
        )
        self.vocabularies = Vocabularies(clio, store, clock=self.clock.now)
        # the checker reads Clio with its own token, as outcomes.py does
        own = self.sandbox.issue_token(ALICE)["access_token"]
        self.reader = httpx.AsyncClient(
            transport=transport, base_url=SANDBOX_URL, headers={"Authorization": f"Bearer {own}"}
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.reader.aclose()
        await self.runtime.close()
        await self.sandbox.aclose()
        self.tmp.cleanup()

    @property
    def today(self) -> dt.date:
        return self.clock.now().astimezone(TZ).date()

    async def type(self, line: str) -> str:
        """One line into the console; what it printed. `[label]` presses that button."""
        if line.startswith("[") and line.endswith("]"):
            labels = [b.label for b in self.console.screen.buttons]
            number = next((i for i, lab in enumerate(labels, 1) if line[1:-1] in lab), None)
            if number is None:
                raise Unanswerable(f"no button {line} among {labels}")
            line = str(number)
        start = len(self.transcript)
        self.transcript.append(f"you> {line}")
        await asyncio.wait_for(self.console.handle(line, self._no_forms), LINE_TIMEOUT)
        return "\n".join(self.transcript[start + 1 :])

    @staticmethod
    async def _no_forms(prompt: str) -> str:
        raise Unanswerable(f"the case reached a form ({prompt.strip()}), which it never fills")

    def snapshot(self) -> Snapshot:
        """Every record of every collection the core writes, as stored."""
        store = self.sandbox.store
        return {
            path: {r["id"]: json.dumps(r, sort_keys=True) for r in store.all(_key(path))}
            for path in RESOURCES
        }

    async def fetch(self, resource: str, ident: Any) -> dict[str, Any] | None:
        """The record as Clio returns it (every field the core knows), None when it is gone."""
        params = {"fields": fields_for(RESOURCES[resource].record)}
        answer = await self.reader.get(f"/api/v4/{resource}/{ident}.json", params=params)
        if answer.status_code == 404:
            return None
        answer.raise_for_status()
        return answer.json()["data"]

    async def refresh_vocabulary(self) -> None:
        """Bring the person's stored vocabulary up to what the firm holds now, as it is after a
        refresh in a long outcomes.py run (earlier cases' new matters and contacts included)."""
        await self.vocabularies.refresh(CONSOLE_USER)

    async def play(self, case: Case) -> Outcome:
        """One case, in a new console session (as `clio-bot console` started afresh)."""
        self.transcript: list[str] = []
        self.console = _Console(self.runtime, CONSOLE_USER, self.transcript.append)
        outcome = Outcome(case, [], transcript=self.transcript)
        try:
            await self._play(case, outcome)
        except Unanswerable as error:
            outcome.why.append(f"{error}; bot said: {_tail(outcome.said)}")
        except Exception as error:  # a crash is a result: the case is wrong, the run goes on
            outcome.why.append(f"crashed: {type(error).__name__}: {error}")
        return outcome

    async def _play(self, case: Case, outcome: Outcome) -> None:
        target = case.target
        ident = target.id if target else None
        if case.setup:
            before = self.snapshot()
            for line in case.setup:
                await self.type(line)
            if target and target.setup:
                made = set(self.snapshot()[target.resource]) - set(before[target.resource])
                if not made:
                    outcome.why.append("the setup wrote nothing")
                    return
                ident = max(made)
        before = self.snapshot()
        for line in case.lines:
            outcome.said = await self.type(line)
        changed = [p for p, records in self.snapshot().items() if records != before[p]]
        if case.op in ("read", "ask"):
            if changed:
                outcome.why.append(f"wrote {', '.join(changed)} without a confirmation")
            if case.op == "ask" and not _asks(self.console.last):
                outcome.why.append("did not ask: " + _tail(outcome.said))
            outcome.why += _in_reply(outcome.said, case.reply_has, case.reply_lacks)
            return
        if changed and case.op != "undo":
            outcome.why.append(f"written before confirmation ({', '.join(changed)})")
        pressed = ""
        if case.op != "undo" or not await self._settled(case, ident):
            pressed = await self.type("1")
        told = f"bot said: {_tail(outcome.said)}" + (
            f" | then: {_tail(pressed, 160)}" if pressed else ""
        )
        outcome.why += await self._verify(case, before, ident, told)

    async def _settled(self, case: Case, ident: Any) -> bool:
        """An undo already done without a press (typing "undo" may act at once)."""
        assert case.target is not None
        record = await self.fetch(case.target.resource, ident)
        if not case.expect:
            return record is None
        return record is not None and not check(record, case.expect, self.today)

    async def _detached(self, resource: str, ident: Any, before: Snapshot) -> dict[str, Any] | None:
        """The entry one changed occurrence of a series became: Clio detaches it as a new entry
        whose parent is the series (`"770004_20261207"` -> a new entry with parent 770004)."""
        series, _, day = str(ident).partition("_")
        if not day:
            return None
        for new in set(self.snapshot()[resource]) - set(before[resource]):
            record = await self.fetch(resource, new)
            parent = (record or {}).get("parent_calendar_entry_id")
            if record is not None and str(parent) == series:
                return record
        return None

    async def _verify(self, case: Case, before: Snapshot, ident: Any, told: str) -> list[str]:
        wanted = {**case.expect, **case.extra}
        if case.op == "create":
            new = set(self.snapshot()[case.resource]) - set(before[case.resource])
            if len(new) != 1:
                return [f"{len(new)} new records after one confirmation; {told}"]
            record = await self.fetch(case.resource, new.pop())
            assert record is not None
            return check(record, wanted, self.today)
        assert case.target is not None
        record = await self.fetch(case.target.resource, ident)
        if record is None and case.op == "update":
            record = await self._detached(case.target.resource, ident, before)
        why = []
        if case.op == "delete" or (case.op == "undo" and not case.expect):
            if record is not None and not record.get("deleted_at"):  # trashed (folders) is gone
                why.append(f"{case.target.resource} {ident} is still there; {told}")
        elif record is None:
            why.append(f"{case.target.resource} {ident} is gone")
        else:
            why += check(record, wanted, self.today)
            if why:
                why.append(told)
        for kept in case.kept:
            if await self.fetch(kept.resource, kept.id) is None:
                why.append(f"{kept.resource} {kept.id} was deleted too")
        return why


def _key(path: str) -> str:
    """The sandbox store's name for a collection path."""
    return path.replace("/", "_")


def _tail(text: str, size: int = 240) -> str:
    return text[-size:].replace("\n", " / ")


async def run_case(case: Case, *, now: dt.datetime | None = NOW) -> Outcome:
    """One case in a fresh world at the case's own moment, else at `now`; `now` None runs on
    the real clock (as outcomes.py does), whatever the case says."""
    async with World((case.now or now) if now else None) as world:
        return await world.play(case)


async def run_cases(
    cases: Iterable[Case],
    *,
    now: dt.datetime | None = NOW,
    shared: bool = False,
    each: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Each case in its own world, or (`shared`) all in one firm and bot store as outcomes.py
    runs them: what earlier cases wrote and the matters they used stay for the next, and the
    person's vocabulary knows them."""
    outcomes = []
    async with contextlib.AsyncExitStack() as stack:
        world = await stack.enter_async_context(World(now)) if shared else None
        for case in cases:
            if world:
                await world.refresh_vocabulary()
            outcome = await world.play(case) if world else await run_case(case, now=now)
            if each is not None:
                each(outcome)
            outcomes.append(outcome)
    return outcomes
