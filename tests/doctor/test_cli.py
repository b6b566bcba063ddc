"""`clio-bot doctor` from the command line, and the accounts it can check: a shared token, a
connected person's own account (refreshed as the bot does), or the embedded sandbox."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography.fernet import Fernet

from bot.cli import main
from bot.clio import TokenSet
from bot.config import Settings
from bot.doctor import run
from bot.doctor.target import NoTarget, clio_to_check
from bot.secrets import Cipher
from bot.store import Store
from tests.conftest import SANDBOX_URL


@pytest.fixture
def bare_env(monkeypatch, tmp_path):
    """No Clio settings from the environment or a `.env`; files land in `tmp_path`."""
    for name in ("CLIO_ACCESS_TOKEN", "CLIO_CLIENT_ID", "CLIO_BASE_URL", "DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    return monkeypatch


def test_runs_green_out_of_the_box_on_the_embedded_sandbox(bare_env, tmp_path, capsys):
    assert main(["doctor"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Clio doctor: the embedded sandbox (no Clio credentials are set)"
    assert [line.split()[0] for line in lines[1:-1]] == ["ok"] * 8
    assert lines[-1] == "All 8 assumptions hold."
    assert list(tmp_path.iterdir()) == []  # no database, key or sandbox file made


def test_says_what_to_set_when_it_cannot_choose(bare_env, capsys):
    bare_env.setenv("CLIO_CLIENT_ID", "app")
    assert main(["doctor"]) == 2
    assert "give --slack-user" in capsys.readouterr().err
    bare_env.delenv("CLIO_CLIENT_ID")
    assert main(["doctor", "--slack-user", "U1"]) == 2
    assert "--slack-user needs CLIO_CLIENT_ID" in capsys.readouterr().err


async def test_a_shared_token(sandbox, transport):
    token = sandbox.issue_token()["access_token"]
    settings = Settings(_env_file=None, clio_access_token=token, clio_base_url=SANDBOX_URL)
    async with clio_to_check(settings, transport=transport) as (clio, target):
        report = await run(clio, target=target)
    assert report.target == f"CLIO_ACCESS_TOKEN on {SANDBOX_URL}"
    assert report.exit_status == 0, report.lines()
    assert token not in "\n".join(report.lines())


async def test_a_connected_persons_own_account(sandbox, transport, tmp_path):
    key = Fernet.generate_key().decode()
    settings = Settings(
        _env_file=None,
        clio_client_id="demo-client",
        clio_client_secret="secret",
        clio_base_url=SANDBOX_URL,
        database_url=f"sqlite:///{tmp_path / 'bot.db'}",
        bot_encryption_key=key,
    )
    store = Store(settings.database_url, cipher=Cipher([key.encode()]))
    await store.migrate()
    marcus = sandbox.users.by_email("marcus@demo-firm.test")
    issued = sandbox.tokens.issue(marcus["id"])
    expired = TokenSet(
        access_token=issued["access_token"],
        refresh_token=issued["refresh_token"],
        expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1),
    )
    await store.accounts.save(
        "T1",
        "U1",
        clio_user_id=marcus["id"],
        host=SANDBOX_URL,
        tokens=expired,
        now=dt.datetime.now(dt.UTC),
    )

    async with clio_to_check(settings, slack_user="U1", transport=transport) as (clio, target):
        report = await run(clio, target=target)
    assert report.target == f"the Clio account U1 connected (Clio user {marcus['id']})"
    assert report.exit_status == 0, report.lines()
    assert f"who_am_i: user {marcus['id']} {marcus['name']}" in report.lines()[1]
    refreshed = await store.accounts.get("T1", "U1")
    assert refreshed.tokens.access_token != issued["access_token"]  # refreshed and kept
    text = "\n".join(report.lines())
    assert issued["access_token"] not in text
    assert refreshed.tokens.access_token not in text
    await store.close()

    with pytest.raises(NoTarget, match="U2 has not connected"):
        async with clio_to_check(settings, slack_user="U2", transport=transport):
            pass
