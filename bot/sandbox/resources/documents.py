"""Folders, documents (three-step upload, versions, download) and `/folders/list.json` items."""

from __future__ import annotations

import mimetypes
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from .. import api
from .. import filters as f
from .. import writes as w
from ..errors import ApiError, bad_request, not_found, unprocessable
from ..model import Ctx, Link, Ref, Resource
from ..store import Record
from ..timeutil import iso
from ..uploads import signed_url

PARENT_TYPES = ("Folder", "Contact", "Matter")


# -- folder tree -----------------------------------------------------------------------------------
def root_folder(ctx: Ctx) -> Record:
    return next(f for f in ctx.store.all("folders") if f.get("root"))


def owned_folder(ctx: Ctx, kind: str, owner: Record) -> Record:
    """The folder of a matter or contact, created under the root on first use."""
    attr = "matter_id" if kind == "Matter" else "contact_id"
    for folder in ctx.store.all("folders"):
        if folder.get(attr) == owner["id"] and folder.get("owner_root"):
            return folder
    from .people import contact_name

    name = owner["display_number"] if kind == "Matter" else contact_name(ctx, owner)
    created: Record = {
        "name": name,
        "parent_id": root_folder(ctx)["id"],
        attr: owner["id"],
        "owner_root": True,
        "root": False,
        "locked": False,
        "creator_id": ctx.user["id"],
        "deleted_at": None,
    }
    api.stamp(ctx, FOLDERS, created, new=True)
    return ctx.store.put("folders", created)


def parent_folder(ctx: Ctx, name: str, value: Any, allowed: tuple[str, ...]) -> Record:
    if not isinstance(value, dict) or value.get("type") not in allowed:
        raise unprocessable(f"{name}.type must be one of: {', '.join(allowed)}")
    ident = w.ref_id(value, name) or 0
    kind = value["type"]
    if kind == "Folder":
        folder = ctx.store.get("folders", ident)
        if folder is None:
            raise not_found("Folder", ident)
        return folder
    owner = w.load_ref(ctx, "matters" if kind == "Matter" else "contacts", ident)
    return owned_folder(ctx, kind, owner)


def write_parent(ctx: Ctx, record: Record, name: str, value: Any) -> None:
    folder = parent_folder(ctx, name, value, PARENT_TYPES)
    if folder["id"] == record.get("id"):
        raise unprocessable("A folder cannot be its own parent")
    record["parent_id"] = folder["id"]
    record["matter_id"], record["contact_id"] = folder.get("matter_id"), folder.get("contact_id")


def descendants(ctx: Ctx, folder_id: int) -> set[int]:
    found, frontier = {folder_id}, [folder_id]
    folders = ctx.store.all("folders")
    while frontier:
        parent = frontier.pop()
        for child in folders:
            if child.get("parent_id") == parent and child["id"] not in found:
                found.add(child["id"])
                frontier.append(child["id"])
    return found


def in_tree(ctx: Ctx, params: Mapping[str, list[str]], *, default_root: bool) -> Any:
    """A test for `parent_id` + `scope` (children by default, or descendants)."""
    raw = api.first(params, "parent_id")
    if raw is None and not default_root:
        return lambda record: True
    try:
        parent = int(raw) if raw is not None else root_folder(ctx)["id"]
    except ValueError:
        raise bad_request("parent_id must be an integer") from None
    if api.first(params, "scope") == "descendants":
        folders = descendants(ctx, parent)
        return lambda record: record.get("parent_id") in folders
    return lambda record: record.get("parent_id") == parent


def kept(params: Mapping[str, list[str]], record: Record) -> bool:
    """Trashed items need `include_deleted`; never-uploaded documents `show_uncompleted`."""
    if record.get("deleted_at") and not f.parse_bool(api.first(params, "include_deleted") or "0"):
        return False
    if "versions" in record and not any(v["fully_uploaded"] for v in record["versions"]):
        return f.parse_bool(api.first(params, "show_uncompleted") or "0")
    return True


def trash(key: str) -> Any:
    """DELETE moves folders and documents to the trash (`deleted_at`); the root cannot go."""

    def delete(ctx: Ctx, record: Record) -> None:
        from ..registry import REGISTRY

        if record.get("root"):
            raise ApiError(
                400, "Delete failed: The root folder cannot be trashed", type="DeleteFailed"
            )
        record = {**record, "deleted_at": iso(ctx.now())}
        api.stamp(ctx, REGISTRY[key], record, new=False)
        ctx.store.put(key, record)

    return delete


def restore(_ctx: Ctx, record: Record, name: str, value: Any) -> None:
    if value in w.TRUTHY:
        record["deleted_at"] = None


COMMON_RELATIONS = {
    "parent": Ref("folders", "parent_id"),
    "matter": Ref("matters", "matter_id"),
    "contact": Ref("contacts", "contact_id"),
}


def creator(ctx: Ctx, record: Record) -> Link | None:
    user = ctx.store.get("users", record.get("creator_id") or 0)
    return Link("users", user, {"type": "ManageUser"}) if user else None


FOLDER_FILTERS = {"matter_id": f.by_id("matter_id"), "contact_id": f.by_id("contact_id")}


def folder_rows(ctx: Ctx, params: Mapping[str, list[str]]) -> list[Record]:
    test = in_tree(ctx, params, default_root=False)
    return [r for r in ctx.store.all("folders") if kept(params, r) and test(r)]


FOLDERS = Resource(
    key="folders",
    path="folders",
    label="Folder",
    schema="Folder",
    id_base=990_000,
    relations=COMMON_RELATIONS,
    computed={"type": lambda ctx, r: "Folder", "creator": creator},
    filters=FOLDER_FILTERS,
    search=lambda ctx, r: (r["name"],),
    writes={
        "name": w.text(),
        "parent": write_parent,
        "restore": restore,
        "external_properties": w.items(allowed=("name", "value")),
        "document_category": w.ignored,
    },
    initial=lambda ctx: {
        "creator_id": ctx.user["id"],
        "root": False,
        "locked": False,
        "deleted_at": None,
    },
    rows=folder_rows,
    on_delete=trash("folders"),
    webhook_model="folder",
)


# -- documents -------------------------------------------------------------------------------------
def latest(record: Record) -> dict[str, Any] | None:
    versions = record.get("versions") or []
    return versions[-1] if versions else None


def completed(record: Record) -> dict[str, Any] | None:
    done = [v for v in record.get("versions") or [] if v["fully_uploaded"]]
    return done[-1] if done else None


def put_headers(version: Mapping[str, Any]) -> list[dict[str, str]]:
    return [
        {"name": "x-amz-server-side-encryption", "value": "AES256"},
        {"name": "Content-Type", "value": version["content_type"]},
    ]


def version_view(ctx: Ctx, record: Record, version: Mapping[str, Any] | None) -> Any:
    if version is None:
        return None
    view = {**version, "document_id": record["id"], "etag": record["etag"]}
    if not version["fully_uploaded"]:
        view["put_url"] = signed_url(ctx.sb, version["uuid"], method="PUT")
        view["put_headers"] = put_headers(version)
    user = ctx.store.get("users", version.get("creator_id") or 0)
    view["creator"] = Link("users", user, {"type": "ManageUser"}) if user else None
    return view


def new_version(ctx: Ctx, record: Record, data: Mapping[str, Any]) -> None:
    versions = record.setdefault("versions", [])
    filename = data.get("filename") or data.get("name") or record.get("name") or "document"
    content_type = data.get("content_type") or mimetypes.guess_type(filename)[0]
    now = iso(ctx.now())
    versions.append(
        {
            "id": ctx.sb.next_id("document_versions"),
            "uuid": ctx.sb.new_uuid(),
            "version_number": len(versions) + 1,
            "filename": filename,
            "content_type": content_type or "application/octet-stream",
            "size": None,
            "fully_uploaded": False,
            "received_at": data.get("received_at"),
            "creator_id": ctx.user["id"],
            "created_at": now,
            "updated_at": now,
        }
    )


def mark_uploaded(ctx: Ctx, record: Record, _old: Record | None) -> None:
    """PATCH `{uuid, fully_uploaded: true}`: the bytes must have been PUT to the put_url."""
    uuid = record.pop("_uuid", None)
    flag = record.pop("_fully_uploaded", None)
    if flag is None:
        return
    version = next((v for v in record.get("versions", []) if v["uuid"] == uuid), None)
    if version is None:
        raise unprocessable(f"No version of this document has the uuid {uuid}")
    if not flag:
        return
    if version["fully_uploaded"]:
        raise unprocessable("This document version is already marked as fully uploaded")
    upload = ctx.store.upload(version["uuid"])
    if upload is None:
        raise unprocessable(
            f"A matching remote file was not found for the file named {version['filename']} "
            f"with UUID {version['uuid']}",
            type="UploadNotFoundError",
        )
    version.update(fully_uploaded=True, size=len(upload[0]), updated_at=iso(ctx.now()))


def stash(attr: str) -> Any:
    def write(_ctx: Ctx, record: Record, name: str, value: Any) -> None:
        if name == "fully_uploaded":
            value = value in w.TRUTHY
        record[attr] = value

    return write


def document_rows(ctx: Ctx, params: Mapping[str, list[str]]) -> list[Record]:
    test = in_tree(ctx, params, default_root=False)
    return [r for r in ctx.store.all("documents") if kept(params, r) and test(r)]


def start_document(ctx: Ctx, record: Record, old: Record | None) -> None:
    if old is None:
        w.require(bool(record.get("parent_id")), "parent can't be blank")
        new_version(ctx, record, record.pop("_version_data", {}))
    mark_uploaded(ctx, record, old)


def version_data(_ctx: Ctx, record: Record, name: str, value: Any) -> None:
    record.setdefault("_version_data", {})[name] = value
    if name == "name":
        record["name"] = value


DOCUMENTS = Resource(
    key="documents",
    path="documents",
    label="Document",
    schema="Document",
    id_base=1_010_000,
    relations=COMMON_RELATIONS,
    computed={
        "type": lambda ctx, r: "Document",
        "creator": creator,
        "latest_document_version": lambda ctx, r: version_view(ctx, r, latest(r)),
        "filename": lambda ctx, r: (completed(r) or latest(r) or {}).get("filename"),
        "content_type": lambda ctx, r: (completed(r) or latest(r) or {}).get("content_type"),
        "size": lambda ctx, r: (completed(r) or {}).get("size"),
    },
    filters=FOLDER_FILTERS,
    search=lambda ctx, r: (r["name"],),
    writes={
        "name": version_data,
        "filename": version_data,
        "content_type": version_data,
        "received_at": w.moment(),
        "parent": write_parent,
        "uuid": stash("_uuid"),
        "fully_uploaded": stash("_fully_uploaded"),
        "restore": restore,
        "external_properties": w.items(allowed=("name", "value")),
        "document_category": w.ignored,
        "communication_id": w.ignored,
        "copy_version": w.ignored,
        "multiparts": w.ignored,
    },
    initial=lambda ctx: {"creator_id": ctx.user["id"], "locked": False, "deleted_at": None},
    validate=start_document,
    rows=document_rows,
    on_delete=trash("documents"),
    webhook_model="document",
)


async def documents_endpoint(request: Request) -> Response:
    """POST with `parent.type: Document` adds a version to that document; all else is generic."""
    if request.method == "POST":
        data = await api.read_data(request)
        parent = data.get("parent")
        if isinstance(parent, dict) and parent.get("type") == "Document":
            ctx = api.ctx_of(request)
            picks = api.picks_for(DOCUMENTS, api.params_of(request))
            document = api.load(ctx, DOCUMENTS, w.ref_id(parent, "parent") or 0)
            updated = api.update(
                ctx, DOCUMENTS, document, {}, adjust=lambda r: new_version(ctx, r, data)
            )
            return api.show(ctx, DOCUMENTS, updated, picks, status=201)
    return await api.collection_endpoint(DOCUMENTS)(request)


async def download_endpoint(request: Request) -> Response:
    ctx = api.ctx_of(request)
    document = api.load(ctx, DOCUMENTS, request.path_params["id"])
    wanted = request.query_params.get("document_version_id")
    versions = [v for v in document.get("versions", []) if v["fully_uploaded"]]
    if wanted is not None:
        versions = [v for v in versions if str(v["id"]) == wanted]
    if not versions:
        raise not_found("DocumentVersion", wanted or "latest")
    return RedirectResponse(signed_url(ctx.sb, versions[-1]["uuid"], method="GET"), status_code=303)


# -- /folders/list.json ----------------------------------------------------------------------------
def item_rows(ctx: Ctx, params: Mapping[str, list[str]]) -> list[Record]:
    test = in_tree(ctx, params, default_root=True)
    rows = [{**r, "_kind": "Folder"} for r in ctx.store.all("folders")]
    rows += [{**r, "_kind": "Document"} for r in ctx.store.all("documents")]
    return [r for r in rows if kept(params, r) and test(r)]


FOLDER_ITEMS = replace(
    DOCUMENTS,
    key="folder_items",
    path="folders/list",
    label="Item",
    schema="Item",
    actions=frozenset({"list"}),
    computed={
        **DOCUMENTS.computed,
        "type": lambda ctx, r: r["_kind"],
        "latest_document_version": lambda ctx, r: (
            version_view(ctx, r, latest(r)) if r["_kind"] == "Document" else None
        ),
    },
    rows=item_rows,
    webhook_model=None,
)


def routes() -> list[Route]:
    return [
        Route("/api/v4/documents", documents_endpoint, methods=["GET", "POST"]),
        Route("/api/v4/documents/{id}/download", download_endpoint, methods=["GET"]),
    ]


RESOURCES = (FOLDERS, DOCUMENTS, FOLDER_ITEMS)
