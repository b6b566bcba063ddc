"""An embedded Clio Manage API v4-compatible server (Starlette + SQLite) with a demo firm.

`create_app()` builds the app; its `app.state.sandbox` (a `Sandbox`) exposes the clock, settings,
tokens, fault injection, users and webhook draining to tests and the console.
"""

from .app import create_app
from .clock import SandboxClock
from .core import Sandbox
from .settings import SandboxSettings

__all__ = ["Sandbox", "SandboxClock", "SandboxSettings", "create_app"]
