"""Files shared with the bot on Slack: `files.info`, then the download streamed with the bot token."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.assistant.files import FileUnavailable, SharedFile

log = logging.getLogger(__name__)
CHUNK = 64 * 1024
TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class SlackFiles:
    """The `FileSource` of a workspace: what Slack says about a file, and its bytes as a stream."""

    def __init__(self, client: AsyncWebClient):
        self._client = client

    async def info(self, file_id: str) -> SharedFile:
        try:
            answer = await self._client.files_info(file=file_id)
        except SlackApiError as error:
            log.warning("files.info %s failed: %s", file_id, error.response.get("error"))
            raise FileUnavailable("Slack would not give me that file any more.") from None
        file = answer["file"]
        return SharedFile(
            id=file["id"],
            name=file.get("name") or file.get("title") or file["id"],
            size=int(file.get("size") or 0),
            mimetype=file.get("mimetype") or None,
            url=file.get("url_private_download") or file.get("url_private"),
        )

    @asynccontextmanager
    async def open(self, file: SharedFile) -> AsyncIterator[AsyncIterator[bytes]]:
        """The download, checked before it is handed on, read in chunks as it is consumed."""
        if not file.url:
            raise FileUnavailable("Slack has no download for that file.")
        headers = {"Authorization": f"Bearer {self._client.token}"}
        async with httpx.AsyncClient(timeout=TIMEOUT, follow_redirects=True) as http:
            try:
                response = await http.send(
                    http.build_request("GET", file.url, headers=headers), stream=True
                )
            except httpx.TransportError:
                raise FileUnavailable(
                    "Slack is unreachable, so the file could not be read."
                ) from None
            try:
                if response.status_code != 200:
                    log.warning("download of %s refused (%s)", file.id, response.status_code)
                    raise FileUnavailable("Slack would not let me download that file.")
                yield response.aiter_bytes(CHUNK)
            finally:
                await response.aclose()
