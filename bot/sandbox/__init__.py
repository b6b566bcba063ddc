"""An embedded Clio Manage API v4-compatible server (Starlette + SQLite) with a demo firm.

`create_app(db_path=None, *, public_url=..., clock=..., settings=..., webhook_transport=...)`
builds the app (state in memory unless `db_path` names a SQLite file; seeded once when empty).
Its `app.state.sandbox` is the `Sandbox`: `issue_token(email)`, `expire_token(token)`,
`faults.add(...)`, `settings` (rate limit, token lifetime, webhook retries, allowed hosts,
signature encoding), `clock` (`advance`, `set`), `users.by_email(email)`,
`find(resource, **attrs)` and `webhooks.drain()`.

Tests talk to it in-process:
`httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sandbox.test")`.
The demo firm is described in `bot.sandbox.seed`.
"""

from .app import create_app
from .clock import SandboxClock
from .core import Sandbox
from .settings import SandboxSettings

__all__ = ["Sandbox", "SandboxClock", "SandboxSettings", "create_app"]
