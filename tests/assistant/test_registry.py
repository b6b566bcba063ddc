"""The core's resource registry: every resource complete, consistent with the intent language,
reached through the client's own typed resource, and writing what the sandbox (Clio) accepts."""

from __future__ import annotations

import inspect
from typing import get_args

import pytest

from bot.assistant import forms
from bot.assistant.registry import HANDLERS, RESOURCES
from bot.assistant.resource import Handlers, Resource
from bot.clio import ClioClient, StaticToken
from bot.sandbox.catalog import catalog
from bot.sandbox.registry import REGISTRY
from intents.model import Resource as IntentResource
from intents.resources import KIND_OF, WORDS

SANDBOX_BY_PATH = {res.path: res for res in REGISTRY.values()}
CREATES = [r for r in RESOURCES.values() if r.create is not None]
EACH = pytest.mark.parametrize("resource", list(RESOURCES.values()), ids=list(RESOURCES))


def test_every_resource_the_intent_language_reads_has_one_entry():
    assert list(WORDS)  # not vacuous
    assert set(HANDLERS) - set(WORDS) == {"api"}  # a raw call has its own reader
    assert set(WORDS) <= set(HANDLERS)
    assert set(HANDLERS) <= set(get_args(IntentResource))


@EACH
def test_nouns_and_kinds_are_complete(resource: Resource):
    assert resource.noun
    assert resource.plural
    assert resource.kind == KIND_OF.get(resource.path)


@EACH
async def test_access_is_the_clients_own_resource_for_the_path(resource: Resource):
    clio = ClioClient(StaticToken("unused"), base_url="https://sandbox.invalid")
    try:
        reached = resource.resource(clio)
        assert reached.path == resource.path
        assert reached.model is resource.record
    finally:
        await clio.aclose()


@EACH
def test_every_planned_write_has_its_model_and_the_sandbox_takes_it(resource: Resource):
    sandbox = SANDBOX_BY_PATH[resource.path]
    for action in resource.planners:
        assert sandbox.can(action), f"the sandbox does not {action} {resource.path}"
        if action == "update":
            assert resource.update is not None
        if action == "create" and resource.path != "documents":  # documents are uploads
            assert resource.create is not None


@pytest.mark.parametrize("resource", CREATES, ids=[r.path for r in CREATES])
def test_a_create_body_can_carry_what_clio_requires(resource: Resource):
    assert resource.create is not None
    names = {f.alias or name for name, f in resource.create.model_fields.items()}
    required = set(catalog().resource(SANDBOX_BY_PATH[resource.path].key)["create_required"])
    assert required <= names


@EACH
def test_reference_parameters_are_query_parameters_clio_knows(resource: Resource):
    query = set(catalog().resource(SANDBOX_BY_PATH[resource.path].key)["query"])
    assert set(resource.ref_params.values()) <= query


@EACH
def test_every_handler_is_a_coroutine_function(resource: Resource):
    handlers = [*resource.planners.values(), *resource.lookups.values(), *resource.runners.values()]
    for handler in handlers:
        assert inspect.iscoroutinefunction(handler), handler


@pytest.mark.parametrize("handlers", list(HANDLERS.values()), ids=list(HANDLERS))
def test_every_form_field_is_one_the_forms_know(handlers: Handlers):
    for layout in handlers.form.values():
        assert layout
        for name in layout:
            known = name[4:] in forms.REFS if name.startswith("ref:") else name in forms.FIELDS
            assert known, f"{handlers.path}: {name}"
