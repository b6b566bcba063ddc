"""The sandbox's stand-in for S3: signed `put_url`s for document uploads and signed download URLs.

`PUT /uploads/{uuid}` takes the raw bytes without Clio auth but, like S3, checks the URL
signature, its expiry and the document's `put_headers`; `GET /uploads/{uuid}` serves files.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import timedelta
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .timeutil import parse_datetime

if TYPE_CHECKING:
    from .core import Sandbox

URL_LIFETIME = timedelta(hours=8)
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"


def _signature(sandbox: Sandbox, method: str, uuid: str, stamp: str) -> str:
    message = f"{method}\n{uuid}\n{stamp}".encode()
    return hmac.new(sandbox.secret("uploads").encode(), message, hashlib.sha256).hexdigest()


def signed_url(sandbox: Sandbox, uuid: str, *, method: str) -> str:
    stamp = sandbox.clock.now().strftime(STAMP_FORMAT)
    query = {
        "X-Amz-Date": stamp,
        "X-Amz-Expires": str(int(URL_LIFETIME.total_seconds())),
        "X-Amz-Signature": _signature(sandbox, method, uuid, stamp),
    }
    return f"{sandbox.public_url}/uploads/{uuid}?{urlencode(query)}"


def s3_error(status: int, code: str, message: str) -> Response:
    body = f"<?xml version='1.0' encoding='UTF-8'?><Error><Code>{code}</Code>"
    body += f"<Message>{message}</Message></Error>"
    return Response(body, status_code=status, media_type="application/xml")


def _check(request: Request, sandbox: Sandbox, method: str) -> Response | None:
    uuid = request.path_params["uuid"]
    stamp = request.query_params.get("X-Amz-Date", "")
    given = request.query_params.get("X-Amz-Signature", "")
    if not hmac.compare_digest(given, _signature(sandbox, method, uuid, stamp)):
        return s3_error(403, "SignatureDoesNotMatch", "The request signature does not match")
    issued = parse_datetime(f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:11]}:{stamp[11:13]}:{stamp[13:15]}")
    if sandbox.clock.now() > issued + URL_LIFETIME:
        return s3_error(403, "AccessDenied", "Request has expired")
    return None


def pending_version(sandbox: Sandbox, uuid: str) -> dict[str, object] | None:
    for document in sandbox.store.all("documents"):
        for version in document.get("versions", []):
            if version["uuid"] == uuid:
                return dict(version)
    return None


async def put_upload(request: Request) -> Response:
    sandbox: Sandbox = request.app.state.sandbox
    failure = _check(request, sandbox, "PUT")
    if failure is not None:
        return failure
    version = pending_version(sandbox, request.path_params["uuid"])
    if version is None:
        return s3_error(404, "NoSuchKey", "The specified key does not exist")
    expected = {"x-amz-server-side-encryption": "AES256", "content-type": version["content_type"]}
    for name, value in expected.items():
        if request.headers.get(name) != value:
            return s3_error(403, "SignatureDoesNotMatch", f"Header {name} must be {value}")
    content = await request.body()
    sandbox.store.put_upload(str(version["uuid"]), content, str(version["content_type"]))
    return Response(status_code=200, headers={"ETag": f'"{hashlib.md5(content).hexdigest()}"'})


async def get_upload(request: Request) -> Response:
    sandbox: Sandbox = request.app.state.sandbox
    failure = _check(request, sandbox, "GET")
    if failure is not None:
        return failure
    found = sandbox.store.upload(request.path_params["uuid"])
    if found is None:
        return s3_error(404, "NoSuchKey", "The specified key does not exist")
    content, content_type = found
    return Response(content, media_type=content_type or "application/octet-stream")


def routes() -> list[Route]:
    return [
        Route("/uploads/{uuid}", put_upload, methods=["PUT"]),
        Route("/uploads/{uuid}", get_upload, methods=["GET"]),
    ]
