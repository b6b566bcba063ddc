"""The `Sandbox`: the state and services behind one app (store, clock, tokens, webhooks...)."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import Any

import httpx

from .clock import SandboxClock
from .faults import Faults
from .oauth import Tokens
from .ratelimit import RateLimiter
from .registry import REGISTRY
from .settings import SandboxSettings
from .store import Record, Store
from .webhooks import Webhooks

# Id ranges for things that are not registry resources.
OTHER_ID_BASES = {"nested": 9_000_000, "document_versions": 1_020_000}


class Users:
    """Look-ups of the sandbox's users (the demo firm's people)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def __iter__(self) -> Iterator[Record]:
        return iter(self._store.all("users"))

    def find_by_email(self, email: str) -> Record | None:
        wanted = email.strip().lower()
        return next((u for u in self if u["email"].lower() == wanted), None)

    def by_email(self, email: str) -> Record:
        user = self.find_by_email(email)
        if user is None:
            raise KeyError(f"no sandbox user has the email {email}")
        return user

    def first_attorney(self) -> Record:
        return next(u for u in self if u["subscription_type"] == "Attorney" and u["enabled"])


class Sandbox:
    """Everything one sandbox app serves; tests reach it as `app.state.sandbox`."""

    def __init__(
        self,
        db_path: str | None = None,
        *,
        public_url: str = "http://sandbox.test",
        clock: Callable[[], datetime] | None = None,
        settings: SandboxSettings | None = None,
        webhook_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        from .seed import seed

        self.settings = settings or SandboxSettings()
        self.clock = clock if isinstance(clock, SandboxClock) else SandboxClock(clock)
        self.public_url = public_url.rstrip("/")
        self.store = Store(db_path)
        self.faults = Faults()
        self.tokens = Tokens(self)
        self.rate_limiter = RateLimiter(self.clock, self.settings)
        self.webhooks = Webhooks(self, webhook_transport)
        self.users = Users(self.store)
        if self.store.is_empty():
            seed(self)

    # -- tokens ----------------------------------------------------------------------------------
    def issue_token(self, email: str | None = None) -> dict[str, Any]:
        """A token set (as `/oauth/token` answers) for that user, default the first attorney."""
        user = self.users.by_email(email) if email else self.users.first_attorney()
        return self.tokens.issue(user["id"])

    def expire_token(self, access_token: str) -> None:
        self.tokens.expire(access_token)

    # -- records ---------------------------------------------------------------------------------
    def next_id(self, key: str) -> int:
        base = REGISTRY[key].id_base if key in REGISTRY else OTHER_ID_BASES[key]
        return self.store.next_id(key, base)

    def get(self, resource: str, ident: int) -> Record | None:
        return self.store.get(resource, ident)

    def find(self, resource: str, **attrs: Any) -> list[Record]:
        """Stored records of `resource` whose attributes equal `attrs` (a test helper)."""
        return [r for r in self.store.all(resource) if all(r.get(k) == v for k, v in attrs.items())]

    @property
    def seed_today(self) -> date:
        """The day the demo firm's dates are anchored on (the clock's date when it was seeded)."""
        entry = self.store.entry("meta", "seed") or {}
        return date.fromisoformat(entry["today"])

    def secret(self, name: str) -> str:
        entry = self.store.entry("secret", name)
        if entry is None:
            entry = {"value": secrets.token_hex(32)}
            self.store.put_entry("secret", name, entry)
        return str(entry["value"])

    @staticmethod
    def new_uuid() -> str:
        return str(uuid.uuid4())

    async def aclose(self) -> None:
        await self.webhooks.aclose()
