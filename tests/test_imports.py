"""Every module of `bot/` and `intents/` imports on its own in a fresh interpreter, so nothing
works only because of the order in which other modules happened to be imported first."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Alembic's scripts: run by Alembic, which hands them its context; they are not imported.
SCRIPTS = ("bot/store/migrations/env.py", "bot/store/migrations/versions/")

# One interpreter for speed; before each module, every module of ours is forgotten, so each
# import starts from nothing of ours, as in a fresh interpreter (third-party ones stay loaded).
IMPORT_EACH = """
import importlib, json, sys, traceback
failed = {}
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m.split(".")[0] in ("bot", "intents")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except BaseException as error:
        failed[name] = traceback.format_exception_only(error)[-1].strip()
print(json.dumps(failed))
"""


def module_names() -> list[str]:
    names = []
    for package in ("bot", "intents"):
        for path in sorted((ROOT / package).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if relative.startswith(SCRIPTS):
                continue
            parts = relative.removesuffix(".py").split("/")
            names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_the_list_holds_every_layer() -> None:
    names = module_names()
    for expected in ("bot", "bot.assistant.assistant", "bot.slack.app", "intents.parser"):
        assert expected in names
    assert not any(".migrations.versions" in name for name in names)


def test_every_module_imports_alone_in_a_fresh_interpreter() -> None:
    names = module_names()
    shares = max(2, os.cpu_count() or 1)  # interpreters side by side, each with its share
    running = [
        subprocess.Popen(
            [sys.executable, "-c", IMPORT_EACH, *names[i::shares]],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(shares)
    ]
    failed: dict[str, str] = {}
    for process in running:
        out, err = process.communicate(timeout=600)
        assert process.returncode == 0, err[-2000:]
        failed |= json.loads(out.strip().splitlines()[-1])
    assert failed == {}


def test_every_part_of_the_bot_has_its_layer() -> None:
    """A new top-level module or package of `bot/` is placed in the layers, not left outside."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    [layers] = [c["layers"] for c in config["contracts"] if c["type"] == "layers"]
    placed = {name.strip() for layer in layers for name in layer.split("|")}
    parts = {
        f"bot.{path.stem}"
        for path in (ROOT / "bot").iterdir()
        if path.name != "__init__.py" and (path.suffix == ".py" or (path / "__init__.py").exists())
    }
    assert parts  # bot/ was read
    assert parts | {"intents"} == placed
