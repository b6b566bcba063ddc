"""Generate `bot/sandbox/catalog.json` from Clio's OpenAPI document.

The catalogue lists, for each sandbox resource, its response schema, the query parameters and
`order` values its index endpoint accepts and the fields its create body requires; and, for each
schema reachable from those resources, every field's JSON type (scalars) or nested schema
(`ref:<Schema>`, or `refs:<Schema>` for arrays).

Usage: python tools/gen_sandbox_catalog.py [SPEC_PATH]
(default: $CLIO_OPENAPI_PATH, else ../shared/reference/clio-openapi.json next to the repository)
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "bot" / "sandbox" / "catalog.json"

# resource key -> (collection path, member path or None, response schema)
RESOURCES: dict[str, tuple[str, str | None, str]] = {
    "matters": ("/matters.json", "/matters/{id}.json", "Matter"),
    "matter_contacts": ("/matters/{matter_id}/contacts.json", None, "MatterContacts"),
    "matter_client": ("/matters/{matter_id}/client.json", None, "Client"),
    "contacts": ("/contacts.json", "/contacts/{id}.json", "Contact"),
    "activities": ("/activities.json", "/activities/{id}.json", "Activity"),
    "activity_descriptions": (
        "/activity_descriptions.json",
        "/activity_descriptions/{id}.json",
        "ActivityDescription",
    ),
    "tasks": ("/tasks.json", "/tasks/{id}.json", "Task"),
    "task_types": ("/task_types.json", "/task_types/{id}.json", "TaskType"),
    "calendar_entries": ("/calendar_entries.json", "/calendar_entries/{id}.json", "CalendarEntry"),
    "calendars": ("/calendars.json", "/calendars/{id}.json", "Calendar"),
    "communications": ("/communications.json", "/communications/{id}.json", "Communication"),
    "notes": ("/notes.json", "/notes/{id}.json", "Note"),
    "folders": ("/folders.json", "/folders/{id}.json", "Folder"),
    "folder_items": ("/folders/list.json", None, "Item"),
    "documents": ("/documents.json", "/documents/{id}.json", "Document"),
    "bills": ("/bills.json", "/bills/{id}.json", "Bill"),
    "users": ("/users.json", "/users/{id}.json", "User"),
    "practice_areas": ("/practice_areas.json", "/practice_areas/{id}.json", "PracticeArea"),
    "timer": ("/timer.json", None, "Timer"),
    "webhooks": ("/webhooks.json", "/webhooks/{id}.json", "Webhook"),
    "bank_accounts": ("/bank_accounts.json", "/bank_accounts/{id}.json", "BankAccount"),
    "clio_payments_links": (
        "/clio_payments/links.json",
        "/clio_payments/links/{id}.json",
        "ClioPaymentsLink",
    ),
    "clio_payments_payments": (
        "/clio_payments/payments.json",
        "/clio_payments/payments/{id}.json",
        "ClioPaymentsPayment",
    ),
    "damages": ("/damages.json", "/damages/{id}.json", "Damage"),
    "medical_records_details": (
        "/medical_records_details.json",
        "/medical_records_details/{id}.json",
        "MedicalRecordsRequest",
    ),
}
# Schemas reached only through nesting whose own nested fields we still need.
EXTRA_SCHEMAS = ("DocumentVersion", "Participant")


def default_spec_path() -> Path:
    env = os.environ.get("CLIO_OPENAPI_PATH")
    return Path(env) if env else ROOT.parent / "shared" / "reference" / "clio-openapi.json"


def ref_name(node: dict[str, Any]) -> str:
    return str(node["$ref"]).rsplit("/", 1)[-1]


class Generator:
    """Walks the spec's component schemas and builds the compact catalogue."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.components: dict[str, Any] = spec["components"]["schemas"]
        self.schemas: dict[str, dict[str, str]] = {}

    def properties(self, name: str) -> dict[str, Any]:
        schema = self.components[name]
        merged: dict[str, Any] = {}
        for part in schema.get("allOf", [schema]):
            if "$ref" in part:
                merged.update(self.properties(ref_name(part)))
            else:
                merged.update(part.get("properties", {}))
        return merged

    @staticmethod
    def scalar_type(node: dict[str, Any]) -> str:
        kind = node.get("type", "object")
        if kind == "string" and node.get("format") in ("date", "date-time"):
            return str(node["format"])
        return str(kind)

    def field_type(self, node: dict[str, Any]) -> str:
        if "$ref" in node:
            return "ref:" + ref_name(node)
        if node.get("type") == "array":
            items = node.get("items", {})
            return "refs:" + ref_name(items) if "$ref" in items else "array"
        return self.scalar_type(node)

    def add_schemas(self, roots: list[str], max_depth: int = 2) -> None:
        """Record `roots` and the schemas they nest, breadth first, down to `max_depth` levels."""
        level = [name for name in roots if name not in self.schemas]
        for _depth in range(max_depth + 1):
            following: list[str] = []
            for name in level:
                if name in self.schemas:
                    continue
                fields = {key: self.field_type(node) for key, node in self.properties(name).items()}
                self.schemas[name] = fields
                following += [k.split(":", 1)[1] for k in fields.values() if k.startswith("ref")]
            level = following

    def operation(self, path: str | None, method: str) -> dict[str, Any] | None:
        return self.spec["paths"].get(path or "", {}).get(method)

    def resource(self, collection: str, member: str | None, schema: str) -> dict[str, Any]:
        entry: dict[str, Any] = {"schema": schema, "path": collection}
        index = self.operation(collection, "get")
        if index is not None:
            params = [p for p in index.get("parameters", []) if p["in"] == "query"]
            entry["query"] = sorted(p["name"] for p in params)
            for param in params:
                if param["name"] == "order":
                    entry["orders"] = list(param["schema"].get("enum", []))
        create = self.operation(collection, "post")
        if create is not None:
            body = create["requestBody"]["content"]["application/json"]["schema"]
            entry["create_required"] = list(body["properties"]["data"].get("required", []))
        if member is not None:
            entry["member_path"] = member
        return entry

    def build(self) -> dict[str, Any]:
        resources = {
            key: self.resource(collection, member, schema)
            for key, (collection, member, schema) in RESOURCES.items()
        }
        self.add_schemas([schema for _, _, schema in RESOURCES.values()] + list(EXTRA_SCHEMAS))
        return {
            "source": {
                "title": self.spec["info"]["title"],
                "paths": len(self.spec["paths"]),
                "note": "generated by tools/gen_sandbox_catalog.py; do not edit",
            },
            "resources": resources,
            "schemas": dict(sorted(self.schemas.items())),
        }


def main(argv: list[str]) -> int:
    spec_path = Path(argv[1]) if len(argv) > 1 else default_spec_path()
    spec = json.loads(spec_path.read_text())
    catalog = Generator(spec).build()
    OUTPUT.write_text(json.dumps(catalog, indent=1, sort_keys=False) + "\n")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(catalog['schemas'])} schemas")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
