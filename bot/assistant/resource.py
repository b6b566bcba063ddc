"""The piece of the core's registry: one Clio resource, described once.

A `Resource` is a Clio collection as the conversation core knows it: where it lives and how the
client reaches it (typed, no names looked up), its models, its nouns, how references narrow its
searches, how a record is described, and the planners, lookups and runners of its actions.
Its Edit form's layout (by action, or by the body's `type`) and labels live here too. `Handlers`
is the part without a collection (the timer, a raw API call).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from intents.resources import KIND_OF

if TYPE_CHECKING:
    from bot.assistant.context import Ctx
    from bot.assistant.plans import Plan
    from bot.assistant.runners import Outcome
    from bot.clio import ClioClient
    from bot.clio import models as m
    from bot.clio.resources import Resource as ClioResource
    from bot.replies import Reply

    Planner = Callable[[Ctx], Awaitable[Plan]]
    Lookup = Callable[[Ctx, str], Awaitable[Reply | Plan]]
    Runner = Callable[[ClioClient, Plan], Awaitable[Outcome]]
    Describer = Callable[[Any], tuple[str, list[str]]]


@dataclass(frozen=True, kw_only=True)
class Handlers:
    """What the core does for each action on `path`: plan a write, answer a read, run a plan."""

    path: str
    planners: Mapping[str, Planner] = field(default_factory=dict)
    lookups: Mapping[str, Lookup] = field(default_factory=dict)
    runners: Mapping[str, Runner] = field(default_factory=dict)
    form: Mapping[str, Sequence[str]] = field(default_factory=dict)  # by action, or body `type`
    labels: Mapping[str, str] = field(default_factory=dict)  # a field's or ref's label on the form


@dataclass(frozen=True, kw_only=True)
class Resource(Handlers):
    """One Clio collection: `access` is the client's typed resource for it."""

    noun: str
    plural: str
    access: Callable[[ClioClient], ClioResource[Any]]
    record: type[m.ClioModel]
    create: type[m.WriteModel] | None = None
    update: type[m.WriteModel] | None = None
    describe: Describer
    ref_params: Mapping[str, str] = field(default_factory=dict)  # ref kind -> query parameter

    @property
    def kind(self) -> str | None:
        """How the intent language files a reference to one of its records ("task")."""
        return KIND_OF.get(self.path)

    def resource(self, clio: ClioClient) -> ClioResource[Any]:
        return self.access(clio)

    def write_model(self, action: str) -> type[m.WriteModel] | None:
        """The model a create or update body must validate against (None: no plain write)."""
        return {"create": self.create, "update": self.update}.get(action)

    def refusal(self, plan: Plan) -> str | None:
        """Why Clio would refuse the plan's body, in words (None: it validates)."""
        model = self.write_model(plan.action)
        if model is None or plan.file_id is not None or isinstance(plan.model, model):
            return None
        try:
            model.model_validate(plan.body)
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "the request"
            return f"{where}: {first['msg']}"
        return None
