"""The `clio-bot` command line: one subcommand per way of running the product."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

Handler = Callable[[argparse.Namespace], int]


def _sandbox(args: argparse.Namespace) -> int:
    """Serve the embedded Clio-compatible sandbox over HTTP."""
    import uvicorn

    from bot.sandbox import create_app

    app = create_app(db_path=args.db, public_url=f"http://{args.host}:{args.port}")
    print(
        f"Clio sandbox on http://{args.host}:{args.port}/api/v4 (demo firm loaded).\n"
        f"  Token: curl -s -X POST http://{args.host}:{args.port}/oauth/token "
        "-d grant_type=authorization_code -d code=demo\n"
        f"  Then:  curl -H 'Authorization: Bearer $TOKEN' "
        f"'http://{args.host}:{args.port}/api/v4/matters.json?fields=id,display_number,client{{name}}'",
        flush=True,
    )
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
