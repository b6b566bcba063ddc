"""The `clio-bot` command line: one subcommand per way of running the product."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="clio-bot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    sandbox = sub.add_parser("sandbox", help="serve the embedded Clio sandbox")
    sandbox.add_argument("--port", type=int, default=8765)
    sandbox.add_argument("--host", default="127.0.0.1")
    sandbox.add_argument("--db", default=None, help="SQLite file (default: in memory)")
    sandbox.set_defaults(handler=_sandbox)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Handler = args.handler
    return handler(args)


if __name__ == "__main__":
    sys.exit(main())
