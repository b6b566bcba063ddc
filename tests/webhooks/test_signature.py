"""`X-Hook-Signature`: the same HMAC-SHA256 in hex (either case) or base64; nothing else."""

from __future__ import annotations

import base64

import pytest

from bot.webhooks.signature import digest, sign, valid

BODY = b'{"data":{"id":5},"meta":{"event":"created","webhook_id":9}}'
SECRET = "s3cret"
HEX = sign(SECRET, BODY)
BASE64 = base64.b64encode(digest(SECRET, BODY)).decode()


@pytest.mark.parametrize("signature", [HEX, HEX.upper(), f" {HEX}\t", BASE64])
def test_either_encoding_of_the_right_hmac(signature):
    assert valid(SECRET, BODY, signature)


@pytest.mark.parametrize(
    "signature",
    [
        None,
        "",
        sign("wrong", BODY),
        base64.b64encode(digest("wrong", BODY)).decode(),
        BASE64.lower(),  # base64 is case-sensitive
        base64.urlsafe_b64encode(digest(SECRET, BODY)).decode().rstrip("=") + "x",
        HEX[:-2],
        base64.b64encode(digest(SECRET, BODY + b" ")).decode(),
        "ünïcödé",
        HEX[:-1] + "é",
    ],
)
def test_anything_else_is_refused(signature):
    assert not valid(SECRET, BODY, signature)
