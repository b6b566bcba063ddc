"""Encryption at rest: configured keys, a generated owner-only key file, rotation."""

from __future__ import annotations

import stat

import pytest
from cryptography.fernet import Fernet

from bot.secrets import Cipher, SecretsError, load_cipher


def test_round_trip_and_no_plain_text():
    cipher = Cipher.generate()
    sealed = cipher.encrypt("access-token-123")
    assert "access-token-123" not in sealed
    assert cipher.decrypt(sealed) == "access-token-123"


def test_generated_key_file_is_owner_only_and_reused(tmp_path):
    path = tmp_path / "bot.key"
    first = load_cipher(None, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_cipher(None, path).decrypt(first.encrypt("x")) == "x"


def test_rotation_new_key_first_old_key_still_reads():
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    sealed_old = load_cipher(old).encrypt("secret")
    both = load_cipher(f"{new},{old}")
    assert both.decrypt(sealed_old) == "secret"
    rotated = both.rotate(sealed_old)
    assert load_cipher(new).decrypt(rotated) == "secret"
    with pytest.raises(SecretsError):
        load_cipher(old).decrypt(rotated)


def test_bad_key_is_a_clear_error():
    with pytest.raises(SecretsError, match="Fernet keys"):
        load_cipher("not-a-key")
