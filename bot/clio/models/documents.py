"""Folders and documents, including the upload handshake fields."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from bot.clio.models.base import ClioModel, Record, Ref, WriteModel
from bot.clio.models.stubs import ContactStub, FolderStub, MatterStub

ParentType = Literal["Folder", "Matter", "Contact"]


class ParentRef(WriteModel):
    id: int
    type: Literal["Folder", "Matter", "Contact", "Document"]


class Folder(Record):
    name: str | None = None
    root: bool | None = None
    locked: bool | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    deleted_at: dt.datetime | None = None
    parent: FolderStub | None = None
    matter: MatterStub | None = None
    contact: ContactStub | None = None


class FolderUpdate(WriteModel):
    name: str | None = None
    parent: ParentRef | None = None
    document_category: Ref | None = None
    restore: bool | None = None


class FolderCreate(FolderUpdate):
    name: str
    parent: ParentRef


class PutHeader(ClioModel):
    name: str
    value: str


class DocumentVersion(ClioModel):
    id: int | None = None
    uuid: str | None = None
    version_number: int | None = None
    fully_uploaded: bool | None = None
    put_url: str | None = None
    put_headers: list[PutHeader] | None = None


class Document(Record):
    name: str | None = None
    filename: str | None = None
    size: int | None = None
    content_type: str | None = None
    locked: bool | None = None
    received_at: dt.datetime | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    deleted_at: dt.datetime | None = None
    parent: FolderStub | None = None
    matter: MatterStub | None = None
    contact: ContactStub | None = None
    latest_document_version: DocumentVersion | None = None


class DocumentUpdate(WriteModel):
    name: str | None = None
    parent: ParentRef | None = None
    received_at: dt.datetime | None = None
    document_category: Ref | None = None
    restore: bool | None = None


class DocumentCreate(WriteModel):
    """Step one of an upload: the record, whose version carries where to PUT the bytes."""

    name: str
    parent: ParentRef
    content_type: str | None = None
    filename: str | None = None
    received_at: dt.datetime | None = None
    document_category: Ref | None = None


class DocumentUploaded(WriteModel):
    """Step three of an upload: the bytes are in place."""

    uuid: str
    fully_uploaded: bool
