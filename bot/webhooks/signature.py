"""Clio's webhook signatures: lower-case hex HMAC-SHA256 of the raw body, keyed by the secret."""

from __future__ import annotations

import hashlib
import hmac


def sign(secret: str, body: bytes) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def valid(secret: str, body: bytes, signature: str | None) -> bool:
    """Whether `signature` signs `body`, compared in constant time."""
    if not signature:
        return False
    return hmac.compare_digest(sign(secret, body), signature.strip().lower())
