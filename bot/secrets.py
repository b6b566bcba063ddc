"""Secrets at rest: Clio tokens are encrypted with Fernet (AES-128-CBC + HMAC-SHA256).

The key comes from `BOT_ENCRYPTION_KEY`; without it, one is generated into a key file readable
only by its owner. Several comma-separated keys rotate: the first encrypts, all decrypt.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

log = logging.getLogger(__name__)

DEFAULT_KEY_FILE = "clio-bot.key"


class SecretsError(Exception):
    """A key is malformed, or a stored secret cannot be decrypted with the keys given."""


class Cipher:
    def __init__(self, keys: list[bytes]):
        if not keys:
            raise SecretsError("no encryption key")
        try:
            self._fernet = MultiFernet([Fernet(key) for key in keys])
        except ValueError as error:
            raise SecretsError(
                "BOT_ENCRYPTION_KEY must be Fernet keys (urlsafe base64, 32 bytes)"
            ) from error

    @classmethod
    def generate(cls) -> Cipher:
        return cls([Fernet.generate_key()])

    def encrypt(self, text: str) -> str:
        return self._fernet.encrypt(text.encode()).decode()

    def decrypt(self, token: str) -> str:
        try:
            return self._fernet.decrypt(token.encode()).decode()
        except InvalidToken as error:
            raise SecretsError("a stored secret does not match the encryption keys") from error

    def rotate(self, token: str) -> str:
        """The same secret, encrypted again with the first (newest) key."""
        try:
            return self._fernet.rotate(token.encode()).decode()
        except InvalidToken as error:
            raise SecretsError("a stored secret does not match the encryption keys") from error


def load_cipher(configured: str | None, key_file: str | Path = DEFAULT_KEY_FILE) -> Cipher:
    """The cipher for `BOT_ENCRYPTION_KEY`, else for a key file (made, owner-only, if missing)."""
    if configured:
        return Cipher([part.strip().encode() for part in configured.split(",") if part.strip()])
    path = Path(key_file)
    if not path.exists():
        key = Fernet.generate_key()
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(key)
        log.info("generated an encryption key file (owner read/write only)")
    elif path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        log.warning("the encryption key file is readable by others; chmod 600 it")
    return Cipher([path.read_bytes().strip()])
