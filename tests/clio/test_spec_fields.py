"""The client's models name only fields that Clio's OpenAPI description declares."""

from __future__ import annotations

import types
from typing import Any, Literal, Union, get_args, get_origin

import pytest

from bot.clio import models as m
from bot.clio.models.base import WriteModel
from intents import sorting
from tests.openapi_spec import load_spec, requires_spec

SPEC = load_spec()

RECORDS = {
    m.Matter: "Matter",
    m.Contact: "Contact",
    m.Activity: "Activity",
    m.ActivityDescription: "ActivityDescription",
    m.Task: "Task",
    m.TaskType: "TaskType",
    m.CalendarEntry: "CalendarEntry",
    m.Calendar: "Calendar",
    m.Communication: "Communication",
    m.Note: "Note",
    m.Folder: "Folder",
    m.Document: "Document",
    m.Bill: "Bill",
    m.User: "User",
    m.Me: "User",
    m.Webhook: "Webhook",
    m.Timer: "Timer",
    m.BankAccount: "BankAccount",
    m.PaymentLink: "ClioPaymentsLink",
    m.Payment: "ClioPaymentsPayment",
    m.Damage: "Damage",
    m.MedicalRecordsDetail: "MedicalRecordsRequest",
    m.PracticeArea: "PracticeArea",
}

WRITES = [
    (m.MatterCreate, "post", "/matters.json"),
    (m.MatterUpdate, "patch", "/matters/{id}.json"),
    (m.ContactCreate, "post", "/contacts.json"),
    (m.ContactUpdate, "patch", "/contacts/{id}.json"),
    (m.ActivityCreate, "post", "/activities.json"),
    (m.ActivityUpdate, "patch", "/activities/{id}.json"),
    (m.ActivityDescriptionCreate, "post", "/activity_descriptions.json"),
    (m.ActivityDescriptionUpdate, "patch", "/activity_descriptions/{id}.json"),
    (m.TaskCreate, "post", "/tasks.json"),
    (m.TaskUpdate, "patch", "/tasks/{id}.json"),
    (m.TaskTypeCreate, "post", "/task_types.json"),
    (m.TaskTypeUpdate, "patch", "/task_types/{id}.json"),
    (m.CalendarEntryCreate, "post", "/calendar_entries.json"),
    (m.CalendarEntryUpdate, "patch", "/calendar_entries/{id}.json"),
    (m.CalendarCreate, "post", "/calendars.json"),
    (m.CalendarUpdate, "patch", "/calendars/{id}.json"),
    (m.CommunicationCreate, "post", "/communications.json"),
    (m.CommunicationUpdate, "patch", "/communications/{id}.json"),
    (m.NoteCreate, "post", "/notes.json"),
    (m.NoteUpdate, "patch", "/notes/{id}.json"),
    (m.FolderCreate, "post", "/folders.json"),
    (m.FolderUpdate, "patch", "/folders/{id}.json"),
    (m.DocumentCreate, "post", "/documents.json"),
    (m.DocumentUpdate, "patch", "/documents/{id}.json"),
    (m.DocumentUploaded, "patch", "/documents/{id}.json"),
    (m.BillUpdate, "patch", "/bills/{id}.json"),
    (m.WebhookCreate, "post", "/webhooks.json"),
    (m.WebhookUpdate, "patch", "/webhooks/{id}.json"),
    (m.TimerStart, "post", "/timer.json"),
    (m.PaymentLinkCreate, "post", "/clio_payments/links.json"),
    (m.PaymentLinkUpdate, "patch", "/clio_payments/links/{id}.json"),
    (m.DamageCreate, "post", "/damages.json"),
    (m.DamageUpdate, "patch", "/damages/{id}.json"),
    (m.MedicalRecordsDetailCreate, "post", "/medical_records_details.json"),
    (m.MedicalRecordsDetailUpdate, "patch", "/medical_records_details/{id}.json"),
    (m.PracticeAreaCreate, "post", "/practice_areas.json"),
    (m.PracticeAreaUpdate, "patch", "/practice_areas/{id}.json"),
]


def resolve(ref: str) -> dict:
    node: Any = SPEC
    for part in ref.lstrip("#/").split("/"):
        node = node[part]
    return node


def properties(schema: dict) -> dict:
    """Properties of a schema, following `$ref`, `allOf` and array items."""
    if "$ref" in schema:
        return properties(resolve(schema["$ref"]))
    if schema.get("type") == "array":
        return properties(schema.get("items", {}))
    props = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        props.update(properties(part))
    return props


def names(model) -> list[tuple[str, type | None]]:
    """(field alias, nested model or None) for each requestable field."""
    out = []
    for name, info in model.model_fields.items():
        if name in getattr(model, "NOT_FIELDS", ()):
            continue
        out.append((info.alias or name, nested(info.annotation)))
    return out


def nested(annotation):
    if get_origin(annotation) in (Union, types.UnionType, list):
        return next((n for a in get_args(annotation) if (n := nested(a))), None)
    if isinstance(annotation, type) and issubclass(annotation, (m.ClioModel, WriteModel)):
        return annotation
    return None


@requires_spec
@pytest.mark.parametrize("model,schema", RECORDS.items(), ids=lambda x: getattr(x, "__name__", x))
def test_requested_fields_exist(model, schema):
    declared = properties(SPEC["components"]["schemas"][schema])
    for name, inner in names(model):
        assert name in declared, f"{schema} has no field {name!r}"
        if inner is not None:
            inner_declared = properties(declared[name])
            missing = [n for n, _ in names(inner) if n not in inner_declared]
            assert not missing, f"{schema}.{name} has no fields {missing}"


def body_schema(method: str, path: str) -> dict:
    operation = SPEC["paths"][path][method]
    content = operation["requestBody"]["content"]["application/json"]["schema"]
    return content["properties"]["data"]


@requires_spec
@pytest.mark.parametrize("model,method,path", WRITES, ids=lambda x: getattr(x, "__name__", x))
def test_request_bodies_name_only_declared_fields(model, method, path):
    def check(model, schema, where):
        declared = properties(schema)
        for name, inner in names(model):
            assert name in declared, f"{method.upper()} {path}: {where}{name} is not declared"
            if inner is not None:
                check(inner, declared[name], f"{where}{name}.")

    check(model, body_schema(method, path), "")


# Where the description requires more than Clio does (README: "Where the OpenAPI description and
# Clio disagree"): a person contact's `name` is filled in by the client, a note names one of the two.
LOOSER_THAN_SPEC = {m.ContactCreate: {"name"}, m.NoteCreate: {"contact", "matter"}}


@requires_spec
@pytest.mark.parametrize(
    "model,path",
    [(model, path) for model, method, path in WRITES if method == "post"],
    ids=lambda x: getattr(x, "__name__", x),
)
def test_create_models_require_what_the_spec_requires(model, path):
    required = set(body_schema("post", path).get("required", []))
    demanded = {
        info.alias or name for name, info in model.model_fields.items() if info.is_required()
    }
    assert required - demanded <= LOOSER_THAN_SPEC.get(model, set())


# A Literal shared by bodies that take different values: `ParentRef` (a document's parent may be
# a Document, a folder's may not; the planners never send that).
SHARED_LITERALS = {("FolderCreate", "parent.type"), ("FolderUpdate", "parent.type")}


def literal(annotation) -> set | None:
    if get_origin(annotation) is Literal:
        return set(get_args(annotation))
    if get_origin(annotation) in (Union, types.UnionType):
        return next((found for a in get_args(annotation) if (found := literal(a))), None)
    return None


def enums(model, schema: dict, where: str = "") -> list[tuple[str, set, set]]:
    """(field path, the client's values, the spec's enum) for every Literal field of a body."""
    declared = properties(schema)
    out = []
    for name, info in model.model_fields.items():
        alias = info.alias or name
        spec = declared.get(alias, {})
        offered = literal(info.annotation)
        if offered:
            enum = spec.get("enum") or spec.get("items", {}).get("enum") or []
            out.append((where + alias, offered, set(enum)))
        inner = nested(info.annotation)
        if inner is not None and spec:
            out += enums(inner, spec, f"{where}{alias}.")
    return out


@requires_spec
@pytest.mark.parametrize("model,method,path", WRITES, ids=lambda x: getattr(x, "__name__", x))
def test_request_enums_are_the_specs(model, method, path):
    """Enumerated values the client sends are the spec's, all of them (e.g. task status `draft`)."""
    for where, offered, enum in enums(model, body_schema(method, path)):
        if not enum:
            continue
        assert enum <= offered, f"{method.upper()} {path}: {where} lacks {sorted(enum - offered)}"
        if (model.__name__, where) not in SHARED_LITERALS:
            assert offered <= enum, f"{method.upper()} {path}: {where} {sorted(offered - enum)}"


def orders(path: str) -> set[str]:
    """The `order` values the spec lists for a collection's index."""
    for param in SPEC["paths"][f"/{path}.json"]["get"]["parameters"]:
        if "$ref" in param:
            param = resolve(param["$ref"])
        if param["name"] == "order":
            return set(param["schema"]["enum"])
    return set()


@requires_spec
@pytest.mark.parametrize("collection", sorted(sorting.FIELDS))
def test_search_orders_are_the_specs(collection):
    """Every `order` a sort clause can give is one Clio takes (users lost `email` in 4.0.13)."""
    listed = orders(collection)
    fields = set(sorting.FIELDS[collection].values()) | {sorting.NEWEST.get(collection)} - {None}
    for field in fields:
        assert {f"{field}(asc)", f"{field}(desc)"} <= listed, f"{collection}: {field}"
