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
