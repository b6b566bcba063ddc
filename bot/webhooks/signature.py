"""Clio's webhook signatures: HMAC-SHA256 of the raw body keyed by the secret, in hex or base64."""

from __future__ import annotations

import base64
import hashlib
import hmac


def digest(secret: str, body: bytes) -> bytes:
    return hmac.new(secret.encode(), body, hashlib.sha256).digest()


def sign(secret: str, body: bytes) -> str:
    """The lower-case hex signature (third-party receivers assume hex)."""
    return digest(secret, body).hex()


def valid(secret: str, body: bytes, signature: str | None) -> bool:
    """Whether `signature` signs `body`, in hex (either case) or base64.

    Clio does not document the encoding, so both are accepted; each comparison runs in
    constant time and both always run. Anything that is not ASCII is simply invalid.
    """
    if not signature:
        return False
    try:
        offered = signature.strip().encode("ascii")
    except UnicodeEncodeError:
        return False
    expected = digest(secret, body)
    as_hex = hmac.compare_digest(expected.hex().encode(), offered.lower())
    as_base64 = hmac.compare_digest(base64.b64encode(expected), offered)
    return as_hex | as_base64
