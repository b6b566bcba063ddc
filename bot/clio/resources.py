"""Typed operations on Clio collections: get, list with paging, create, update, delete."""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from bot.clio.errors import ClioError, ClioNotFound
from bot.clio.models import (
    Document,
    DocumentCreate,
    DocumentUploaded,
    Me,
    ParentRef,
    Timer,
    TimerStart,
    WriteModel,
    fields_for,
)
from bot.clio.models.base import ClioModel, Ref
from bot.clio.session import ClioSession

M = TypeVar("M", bound=ClioModel)

MAX_LIMIT = 200


@dataclass(frozen=True)
class Page(Generic[M]):
    """One page of a list, with Clio's link to the next one (None on the last)."""

    items: list[M]
    next_url: str | None


class Resource(Generic[M]):
    """A Clio collection such as `matters`, read with typed records."""

    def __init__(self, session: ClioSession, path: str, model: type[M], *, orderable: bool = True):
        self._session = session
        self.path = path
        self.model = model
        self._orderable = orderable

    def _item_path(self, id: int | str) -> str:
        return f"{self.path}/{id}.json"

    def _fields(self, fields: str | None) -> str:
        return fields or fields_for(self.model)

    def _parse(self, body: Any) -> M:
        return self.model.model_validate(body["data"])

    async def get(self, id: int | str, *, fields: str | None = None) -> M:
        response = await self._session.send(
            "GET", self._item_path(id), params={"fields": self._fields(fields)}
        )
        return self._parse(response.json())

    async def page(
        self,
        params: Mapping[str, Any] | None = None,
        *,
        fields: str | None = None,
        limit: int = MAX_LIMIT,
    ) -> Page[M]:
        """The first page of records matching Clio query `params` (filters, `query`...)."""
        query: dict[str, Any] = {"fields": self._fields(fields), "limit": min(limit, MAX_LIMIT)}
        if self._orderable:
            query["order"] = "id(asc)"  # cursor paging needs it
        query.update(params or {})
        return await self._fetch(f"{self.path}.json", query)

    async def next_page(self, page: Page[M]) -> Page[M] | None:
        """The page after `page`, following Clio's `meta.paging.next` link."""
        return await self._fetch(page.next_url, None) if page.next_url else None

    async def list(
        self,
        params: Mapping[str, Any] | None = None,
        *,
        fields: str | None = None,
        limit: int = MAX_LIMIT,
    ) -> AsyncIterator[M]:
        """Every matching record, page after page."""
        page: Page[M] | None = await self.page(params, fields=fields, limit=limit)
        while page is not None:
            for item in page.items:
                yield item
            page = await self.next_page(page)

    async def _fetch(self, path: str, params: Mapping[str, Any] | None) -> Page[M]:
        body = (await self._session.send("GET", path, params=params)).json()
        items = [self.model.model_validate(item) for item in body.get("data") or []]
        paging = (body.get("meta") or {}).get("paging") or {}
        return Page(items=items, next_url=paging.get("next"))


class Creatable(Resource[M]):
    async def create(self, body: WriteModel, *, fields: str | None = None) -> M:
        response = await self._session.send(
            "POST",
            f"{self.path}.json",
            params={"fields": self._fields(fields)},
            json=body.to_body(),
        )
        return self._parse(response.json())


class Updatable(Resource[M]):
    async def update(
        self,
        id: int | str,
        body: WriteModel,
        *,
        etag: str | None = None,
        fields: str | None = None,
    ) -> M:
        """PATCH only the fields set on `body`; with `etag`, refuse if the record changed."""
        response = await self._session.send(
            "PATCH",
            self._item_path(id),
            params={"fields": self._fields(fields)},
            json=body.to_body(),
            headers={"If-Match": etag} if etag else None,
        )
        return self._parse(response.json())


class Deletable(Resource[M]):
    async def delete(self, id: int | str) -> None:
        await self._session.send("DELETE", self._item_path(id))


class Crud(Creatable[M], Updatable[M], Deletable[M]):
    """A collection Clio lets us create, read, update and delete."""


class Users(Resource[M]):
    async def who_am_i(self) -> Me:
        response = await self._session.send(
            "GET", f"{self.path}/who_am_i.json", params={"fields": fields_for(Me)}
        )
        return Me.model_validate(response.json()["data"])


class Documents(Updatable[Document], Deletable[Document]):
    async def upload(
        self,
        name: str,
        parent: ParentRef,
        content: bytes | AsyncIterable[bytes],
        *,
        size: int | None = None,
        content_type: str | None = None,
    ) -> Document:
        """Clio's three-step upload: create, PUT the bytes to `put_url`, mark uploaded.

        `content` may be an async stream of chunks; give its `size` so the store gets a
        Content-Length.
        """
        create = DocumentCreate(
            name=name, parent=parent, **({"content_type": content_type} if content_type else {})
        )
        response = await self._session.send(
            "POST",
            f"{self.path}.json",
            params={"fields": "id,latest_document_version{uuid,put_url,put_headers}"},
            json=create.to_body(),
        )
        created = Document.model_validate(response.json()["data"])
        version = created.latest_document_version
        if version is None or not version.put_url or not version.uuid:
            raise ClioError("Clio did not say where to upload the document")
        headers = {h.name: h.value for h in version.put_headers or []}
        if size is not None:
            headers.setdefault("Content-Length", str(size))
        await self._session.put_upload(version.put_url, content, headers)
        done = DocumentUploaded(uuid=version.uuid, fully_uploaded=True)
        return await self.update(created.id, done, fields=fields_for(Document))


class TimerResource:
    """The person's single running timer (`/timer.json`)."""

    def __init__(self, session: ClioSession):
        self._session = session

    async def current(self) -> Timer | None:
        """The running timer, or None. Clio does not document its answer when none runs: a
        404, `{"data": null}` and an empty `data` all mean no timer."""
        try:
            response = await self._session.send(
                "GET", "timer.json", params={"fields": fields_for(Timer)}
            )
        except ClioNotFound:
            return None
        data = response.json().get("data")
        return Timer.model_validate(data) if data else None

    async def start(self, activity_id: int) -> Timer:
        response = await self._session.send(
            "POST",
            "timer.json",
            params={"fields": fields_for(Timer)},
            json=TimerStart(activity=Ref(id=activity_id)).to_body(),
        )
        return Timer.model_validate(response.json()["data"])

    async def stop(self) -> None:
        await self._session.send("DELETE", "timer.json")
