"""The console demo, end to end: the real `clio-bot console` process on the embedded sandbox."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bot.sandbox import create_app

CLIO_BOT = Path(sys.executable).with_name("clio-bot")


def run_console(cwd: Path, lines: list[str]) -> str:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "CLIO_", "DATABASE_URL"))
    }
    done = subprocess.run(
        [str(CLIO_BOT), "console"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=180,  # generous: a fresh machine compiles and seeds on first start
        check=True,
    )
    return done.stdout


def test_newcomer_logs_time_and_sees_it_in_clio(tmp_path):
    out = run_console(
        tmp_path,
        [
            "log 1.5h on Smith v Jones yesterday drafting motion to compel",
            "1",  # Create
            "log time on Acme reviewing the contract",
            "2",  # 00049-Acme
            "1.5h",
            "3",  # Cancel
        ],
    )
    assert "You are Alice Nguyen <alice@demo-firm.test>" in out
    assert "try:" in out
    assert "[1] Create" in out
    assert "✔ Created: Time entry · 1.5 h" in out
    assert "Which matter did you mean by “Acme”?" in out
    assert "How much time?" in out
    assert "Cancelled: nothing was written to Clio." in out
    assert "Traceback" not in out

    sandbox = create_app(db_path=str(tmp_path / "clio-sandbox.db")).state.sandbox
    notes = [a["note"] for a in sandbox.store.all("activities")]
    assert notes.count("drafting motion to compel") == 1
    assert "reviewing the contract" not in notes
    assert (tmp_path / "clio-bot.db").exists()


def test_raw_record_and_edit(tmp_path):
    out = run_console(
        tmp_path,
        [
            "log 30 min on 00039-Patel reviewing the will",
            "2",  # Edit
            "1",  # Time
            "",  # Date kept
            "",  # Matter kept
            "reviewing the will and codicil",
            "",  # Non-billable kept
            "",  # Activity kept
            "1",  # Create
        ],
    )
    assert "Time entry · 1 h · " in out
    assert "reviewing the will and codicil" in out
    created = out.split("type “:clio ")[1].split("”")[0]
    shown = run_console(tmp_path, [f":clio {created}"])
    assert '"quantity": 3600' in shown
    assert "reviewing the will and codicil" in shown


def test_api_call_prints_the_full_reply(tmp_path):
    out = run_console(tmp_path, ["api GET /api/v4/bills.json?fields=id,number&limit=10"])
    assert "== GET /api/v4/bills.json?fields=id,number&limit=10 ==" in out
    assert "-- Full reply: GET /api/v4/bills.json" in out
    assert '"number": "1007"' in out
    assert "Traceback" not in out


def test_per_person_mode_is_refused_with_a_reason(tmp_path):
    """With CLIO_CLIENT_ID there is no one Clio identity for the console to act as."""
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "CLIO_", "DATABASE_URL"))
    }
    env |= {"CLIO_CLIENT_ID": "client", "CLIO_CLIENT_SECRET": "secret"}
    done = subprocess.run(
        [str(CLIO_BOT), "console"],
        input="",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=180,
    )
    assert done.returncode == 1
    assert "with CLIO_CLIENT_ID each person connects their own account" in done.stderr
    assert "Traceback" not in done.stderr


def test_open_questions_and_earlier_buttons_never_crash(tmp_path):
    out = run_console(
        tmp_path,
        [
            "update task 550001",
            "assign to marcus",  # read as the change asked for, never as a status
            "1",  # Update
            "log time on 00039-Patel reviewing the will",
            "make it 2.5h",  # a change to the request, not the answer's text
            "1",  # Create
            "my time today",
            "undo",  # the earlier card's Undo, after another message
        ],
    )
    assert "Traceback" not in out
    assert "→ Marcus Bell" in out
    assert "Time entry · 2.5 h" in out
    assert "Undone: the time entry was removed from Clio." in out
    sandbox = create_app(db_path=str(tmp_path / "clio-sandbox.db")).state.sandbox
    [task] = [t for t in sandbox.store.all("tasks") if t["id"] == 550001]
    assert task["status"] == "pending"
    assert "reviewing the will" not in [a["note"] for a in sandbox.store.all("activities")]
