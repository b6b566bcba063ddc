"""The three-step document upload, new versions, download, trash and /folders/list.json."""

from __future__ import annotations

import httpx

from bot.sandbox import Sandbox

from .helpers import listed, matter_id

UPLOAD_FIELDS = "id,name,latest_document_version{uuid,put_url,put_headers,fully_uploaded}"


async def start_upload(client: httpx.AsyncClient, sandbox: Sandbox, name: str = "memo.pdf") -> dict:
    parent = {"id": matter_id(sandbox, "00042-Smith"), "type": "Matter"}
    response = await client.post(
        "/api/v4/documents.json",
        params={"fields": UPLOAD_FIELDS},
        json={"data": {"name": name, "parent": parent}},
    )
    assert response.status_code == 201, response.text
    return dict(response.json()["data"])


async def test_three_step_upload(
    client: httpx.AsyncClient, anon: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    document = await start_upload(client, sandbox)
    version = document["latest_document_version"]
    assert version["fully_uploaded"] is False
    assert version["put_url"].startswith(f"http://sandbox.test/uploads/{version['uuid']}?")
    headers = {h["name"]: h["value"] for h in version["put_headers"]}
    assert headers == {"x-amz-server-side-encryption": "AES256", "Content-Type": "application/pdf"}

    names = {d["name"] for d in await listed(client, "documents", fields="name")}
    assert "memo.pdf" not in names
    hidden = await listed(client, "documents", fields="name", show_uncompleted="true")
    assert "memo.pdf" in {d["name"] for d in hidden}

    url = f"/api/v4/documents/{document['id']}.json"
    early = await client.patch(
        url, json={"data": {"uuid": version["uuid"], "fully_uploaded": True}}
    )
    assert early.status_code == 422
    assert early.json()["error"]["type"] == "UploadNotFoundError"

    missing_header = await anon.put(
        version["put_url"], content=b"%PDF-1.7", headers={"Content-Type": "application/pdf"}
    )
    assert missing_header.status_code == 403
    forged = await anon.put(
        version["put_url"].replace("Signature=", "Signature=0"), content=b"x", headers=headers
    )
    assert forged.status_code == 403
    put = await anon.put(version["put_url"], content=b"%PDF-1.7 memo", headers=headers)
    assert put.status_code == 200

    done = await client.patch(
        url,
        params={"fields": "id,size,latest_document_version{fully_uploaded}"},
        json={"data": {"uuid": version["uuid"], "fully_uploaded": "true"}},
    )
    assert done.status_code == 200, done.text
    assert done.json()["data"] == {
        "id": document["id"],
        "size": 13,
        "latest_document_version": {"fully_uploaded": True},
    }
    names = {d["name"] for d in await listed(client, "documents", fields="name")}
    assert "memo.pdf" in names
    again = await client.patch(
        url, json={"data": {"uuid": version["uuid"], "fully_uploaded": True}}
    )
    assert again.status_code == 422

    download = await client.get(f"/api/v4/documents/{document['id']}/download.json")
    assert download.status_code == 303
    content = await anon.get(download.headers["location"])
    assert content.content == b"%PDF-1.7 memo"
    assert content.headers["content-type"] == "application/pdf"


async def test_new_version_of_a_document(
    client: httpx.AsyncClient, anon: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    complaint = sandbox.find("documents", name="Complaint.pdf")[0]["id"]
    response = await client.post(
        "/api/v4/documents.json",
        params={"fields": "id,latest_document_version{uuid,put_url,put_headers,version_number}"},
        json={"data": {"name": "Complaint.pdf", "parent": {"id": complaint, "type": "Document"}}},
    )
    assert response.status_code == 201
    data = response.json()["data"]
    assert data["id"] == complaint
    assert data["latest_document_version"]["version_number"] == 2
    listed_names = [d["name"] for d in await listed(client, "documents", fields="name")]
    assert "Complaint.pdf" in listed_names  # the completed first version keeps it visible


async def test_download_needs_an_uploaded_version(
    client: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    document = await start_upload(client, sandbox, "empty.pdf")
    response = await client.get(f"/api/v4/documents/{document['id']}/download.json")
    assert response.status_code == 404


async def test_folders_and_items(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    smith_folder = sandbox.find("folders", name="00042-Smith")[0]["id"]
    children = await listed(client, "folders/list", parent_id=smith_folder, fields="name,type")
    assert children == [{"name": "Pleadings", "type": "Folder"}]
    everything = await listed(
        client,
        "folders/list",
        parent_id=smith_folder,
        scope="descendants",
        fields="name,type",
        show_uncompleted="true",
    )
    assert {(i["name"], i["type"]) for i in everything} == {
        ("Pleadings", "Folder"),
        ("Complaint.pdf", "Document"),
        ("Draft settlement.docx", "Document"),
    }
    root = await listed(client, "folders/list", fields="name")
    assert {"00042-Smith", "00040-Garcia", "00038-Acme"} <= {i["name"] for i in root}


async def test_trash(client: httpx.AsyncClient, sandbox: Sandbox) -> None:
    complaint = sandbox.find("documents", name="Complaint.pdf")[0]["id"]
    assert (await client.delete(f"/api/v4/documents/{complaint}.json")).status_code == 204
    assert "Complaint.pdf" not in {
        d["name"] for d in await listed(client, "documents", fields="name")
    }
    trashed = await listed(client, "documents", fields="name,deleted_at", include_deleted="true")
    assert any(d["name"] == "Complaint.pdf" and d["deleted_at"] for d in trashed)
    root = sandbox.find("folders", root=True)[0]["id"]
    refused = await client.delete(f"/api/v4/folders/{root}.json")
    assert refused.status_code == 400
    assert refused.json()["error"]["type"] == "DeleteFailed"
