"""The `clio-bot` command line: one subcommand per way of running the product."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from bot.logs import configure_logging

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.secrets import Cipher

Handler = Callable[[argparse.Namespace], int]


def sandbox_instructions(host: str, port: int) -> str:
    """How to get a token with curl and make a first request (printed by `clio-bot sandbox`)."""
    base = f"http://{host}:{port}"
    callback = "http://localhost/callback"
    authorize = f"{base}/oauth/authorize?response_type=code&client_id=demo&redirect_uri={callback}"
    return (
        f"Clio sandbox on {base}/api/v4 (demo firm loaded; users alice, marcus, hannah, priya,\n"
        "tom @demo-firm.test; add &login_hint=<email> to act as someone other than alice).\n"
        "Get a token (authorize approves at once and redirects with a code):\n"
        f"  CODE=$(curl -s -o /dev/null -w '%{{redirect_url}}' '{authorize}' "
        "| sed 's/.*code=\\([^&]*\\).*/\\1/')\n"
        f"  T=$(curl -s {base}/oauth/token -d grant_type=authorization_code -d code=$CODE "
        f'-d redirect_uri={callback} | sed \'s/.*"access_token":"\\([^"]*\\)".*/\\1/\')\n'
        "Then (-g stops curl from expanding the braces in fields):\n"
        f'  curl -g -H "Authorization: Bearer $T" '
        f"'localhost:{port}/api/v4/matters.json?fields=id,display_number,client{{name}}'"
    )


def _sandbox(args: argparse.Namespace) -> int:
    """Serve the embedded Clio-compatible sandbox over HTTP."""
    import uvicorn

    from bot.sandbox import create_app

    app = create_app(db_path=args.db, public_url=f"http://{args.host}:{args.port}")
    print(sandbox_instructions(args.host, args.port), flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def _serve(args: argparse.Namespace) -> int:
    """The Slack bot: Socket Mode with `SLACK_APP_TOKEN`, else HTTP on `--port`."""
    from bot.config import Settings

    settings = Settings()
    if not settings.slack_configured:
        print("Slack is not configured (see README: Slack set-up); try `clio-bot console`.")
        return 2
    configure_logging()
    if settings.slack_app_token is not None:
        return asyncio.run(_socket_mode(settings, args))
    import uvicorn

    from bot.server import create_server

    uvicorn.run(create_server(settings), host=args.host, port=args.port, log_level="warning")
    return 0


async def _socket_mode(settings: Settings, args: argparse.Namespace) -> int:
    """Slack over Socket Mode; HTTP still serves Clio's webhooks and OAuth redirect."""
    import uvicorn
    from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

    from bot.runtime import start
    from bot.server import create_server, start_background

    runtime = await start(settings)
    try:
        server = create_server(settings, runtime=runtime)
        start_background(server)
        http = uvicorn.Server(
            uvicorn.Config(server, host=args.host, port=args.port, log_level="warning")
        )
        assert settings.slack_app_token is not None  # Socket Mode is chosen by this token
        socket = AsyncSocketModeHandler(
            server.state.bolt, settings.slack_app_token.get_secret_value()
        )
        await asyncio.gather(socket.start_async(), http.serve())
    finally:
        await runtime.close()
    return 0


def _console(args: argparse.Namespace) -> int:
    """The same conversation in a terminal, on the embedded Clio sandbox."""
    from bot.config import Settings
    from bot.console import run_console
    from bot.runtime import start

    async def main() -> None:
        runtime = await start(Settings(), sandbox_db=args.sandbox_db)
        try:
            await run_console(runtime)
        finally:
            await runtime.close()

    asyncio.run(main())
    return 0


def _run(args: argparse.Namespace) -> int:
    """`make run`: the real bot when Slack is configured, otherwise the console demo."""
    from bot.config import Settings

    return _serve(args) if Settings().slack_configured else _console(args)


def _rotate_key(args: argparse.Namespace) -> int:
    """Encrypt every stored secret (Clio and Slack tokens, webhook secrets) with the newest key."""
    from bot.config import Settings
    from bot.store import Store

    async def main() -> dict[str, int]:
        settings = Settings()
        store = Store(settings.database_url, cipher=_cipher(settings))
        try:
            await store.migrate()
            return await store.rotate_keys()
        finally:
            await store.close()

    counts = asyncio.run(main())
    print("Re-encrypted with the newest key: " + ", ".join(f"{n} {k}" for k, n in counts.items()))
    return 0


def _cipher(settings: Settings, *, make: bool = True) -> Cipher | None:
    """The key(s) of `BOT_ENCRYPTION_KEY`, else of the key file (made when missing, if `make`)."""
    from pathlib import Path

    from bot.secrets import load_cipher

    key = settings.bot_encryption_key.get_secret_value() if settings.bot_encryption_key else None
    if key is None and not make and not Path(settings.bot_key_file).exists():
        return None
    return load_cipher(key, settings.bot_key_file)


def _migrate(args: argparse.Namespace) -> int:
    """Upgrade `DATABASE_URL` to the newest schema, keeping its data (`run`/`serve` do it too)."""
    from bot.config import Settings
    from bot.store import Store
    from bot.store.migrate import UnknownSchema

    async def main() -> str | None:
        settings = Settings()
        store = Store(settings.database_url, cipher=_cipher(settings, make=False))
        try:
            return await store.migrate()
        finally:
            await store.close()

    configure_logging()
    try:
        revision = asyncio.run(main())
    except UnknownSchema as error:
        print(f"Not migrated: {error}", file=sys.stderr)
        return 1
    print(f"The database is at the newest schema (revision {revision}).")
    return 0


def _doctor(args: argparse.Namespace) -> int:
    """Check on the Clio account each assumption the bot makes about Clio; only reads."""
    from bot.config import Settings
    from bot.doctor import run
    from bot.doctor.target import NoTarget, clio_to_check

    async def main() -> int:
        async with clio_to_check(
            Settings(), slack_user=args.slack_user, slack_team=args.slack_team
        ) as (clio, target):
            report = await run(clio, target=target)
        print("\n".join(report.lines()))
        return report.exit_status

    try:
        return asyncio.run(main())
    except NoTarget as error:
        print(f"Not checked: {error}", file=sys.stderr)
        return 2


def _parse(args: argparse.Namespace) -> int:
    """Print the intent of one chat message as JSON."""
    import json
    from datetime import datetime

    from intents import parse

    now = datetime.fromisoformat(args.now) if args.now else datetime.now().astimezone()
    intent = parse(args.text, now=now, tz=args.tz, date_order=args.date_order)
    print(json.dumps(intent.model_dump(mode="json"), indent=2, ensure_ascii=False))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="clio-bot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    sandbox = sub.add_parser("sandbox", help="serve the embedded Clio sandbox")
    sandbox.add_argument("--port", type=int, default=8765)
    sandbox.add_argument("--host", default="127.0.0.1")
    sandbox.add_argument("--db", default=None, help="SQLite file (default: in memory)")
    sandbox.set_defaults(handler=_sandbox)

    for name, handler, text in (
        ("serve", _serve, "run the Slack bot (HTTP, or Socket Mode with SLACK_APP_TOKEN)"),
        ("console", _console, "talk to the bot in this terminal, on the embedded sandbox"),
        ("run", _run, "serve when Slack is configured, else console"),
    ):
        command = sub.add_parser(name, help=text)
        command.add_argument("--port", type=int, default=int(os.environ.get("PORT", 3000)))
        command.add_argument("--host", default="0.0.0.0")
        command.add_argument("--sandbox-db", default="clio-sandbox.db")
        command.set_defaults(handler=handler)

    migrate = sub.add_parser("migrate", help="upgrade DATABASE_URL to the newest schema")
    migrate.set_defaults(handler=_migrate)

    rotate = sub.add_parser(
        "rotate-key", help='re-encrypt stored tokens with the first of BOT_ENCRYPTION_KEY="new,old"'
    )
    rotate.set_defaults(handler=_rotate_key)

    doctor = sub.add_parser(
        "doctor", help="check the Clio account against what the bot assumes (reads only)"
    )
    doctor.add_argument(
        "--slack-user", default=None, help="check as this person's connected Clio account (U…)"
    )
    doctor.add_argument("--slack-team", default=None, help="their workspace, if several (T…)")
    doctor.set_defaults(handler=_doctor)

    parse = sub.add_parser("parse", help="print the intent of a chat message as JSON")
    parse.add_argument("text")
    parse.add_argument("--now", default=None, help="ISO date-time (default: the current time)")
    parse.add_argument("--tz", default="America/New_York", help="IANA time zone")
    parse.add_argument("--date-order", choices=["MDY", "DMY"], default="MDY")
    parse.set_defaults(handler=_parse)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Handler = args.handler
    return handler(args)


if __name__ == "__main__":
    sys.exit(main())
