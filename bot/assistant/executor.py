"""Confirm, execute exactly once, and undo."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from bot.assistant import cards
from bot.assistant.files import FileSource, FileUnavailable
from bot.assistant.plans import Plan
from bot.assistant.recovery import look_for
from bot.assistant.registry import RESOURCES, runner
from bot.assistant.runners import Outcome
from bot.clio import ClioClient, ClioConflict, ClioError
from bot.clio import models as m
from bot.clio.resources import Creatable, Deletable, Updatable
from bot.clio.session import watch_writes
from bot.clio.web import web_link
from bot.replies import Attachment, Reply, Requester, explain
from bot.store import Store
from bot.store.tables import Confirmation
from bot.webhooks import own

log = logging.getLogger(__name__)

CONFIRM_TTL = dt.timedelta(minutes=15)
UNDO_MINUTES = 10
UNDO_TTL = dt.timedelta(minutes=UNDO_MINUTES)


def _refused(error: ValidationError) -> str:
    """The fields whose values Clio would not take, as words."""
    names = sorted({str(e["loc"][0]) for e in error.errors() if e.get("loc")})
    return ", ".join(names) or "a field"


def _said(error: FileUnavailable | ValidationError) -> str:
    """A failure before anything reached Clio, in words."""
    if isinstance(error, ValidationError):
        return f"Clio would not take the value of {_refused(error)}; use Edit to fix it."
    return str(error)


def unwritable(plan: Plan) -> str | None:
    """Why Clio could not take the plan's record as it stands (checked against the write
    model before the card is shown), or None."""
    collection = RESOURCES.get(plan.collection)
    if collection is None or runner(plan) is not None or plan.file_id:
        return None
    model = collection.write_model(plan.action)
    if model is None:
        return None
    try:
        model.model_validate(plan.body)
    except ValidationError as error:
        return (
            f"I can't write that: Clio would not take the value of {_refused(error)}. "
            "Nothing was written; say it again another way."
        )
    return None


class Executor:
    """Owns the life of a write: proposed, confirmed once, executed, maybe undone."""

    def __init__(
        self,
        clio: ClioClient,
        store: Store,
        *,
        app_host: str,
        clock: Callable[[], dt.datetime],
        files: FileSource | None = None,
        written: Callable[[Requester, str], None] | None = None,
    ):
        self._clio = clio
        self._files = files
        self._store = store
        self._app_host = app_host
        self._clock = clock
        self._written = written or (lambda who, collection: None)

    async def propose(self, who: Requester, plan: Plan) -> Reply:
        problem = unwritable(plan)
        if problem is not None:  # never a card that cannot be confirmed
            log.info("plan refused before its card: %s %s", plan.action, plan.collection)
            return Reply.notice(problem)
        row = await self._store.confirmations.create(
            team_id=who.team_id,
            user_id=who.user_id,
            channel_id=who.channel_id,
            plan=plan.model_dump(mode="json"),
            now=self._clock(),
            ttl=CONFIRM_TTL,
        )
        log.info("confirmation %s proposed: %s %s", row.id, plan.action, plan.collection)
        return cards.confirmation(plan, row.id)

    async def confirm(self, who: Requester, key: str) -> Reply:
        claim = await self._store.confirmations.claim(key, user_id=who.user_id, now=self._clock())
        row = claim.confirmation
        if claim.outcome == "missing":
            log.warning("confirmation %s refused for user %s", key, who.user_id)
            return Reply.notice("That confirmation isn't yours, or it no longer exists.")
        assert row is not None
        plan = Plan.model_validate(row.plan)
        if claim.outcome == "expired":
            return cards.closed(
                "This confirmation expired after 15 minutes, so nothing was written to Clio. "
                "Send the request again if you still want it."
            )
        if claim.outcome == "cancelled":
            return cards.closed("Cancelled: nothing was written to Clio.")
        if claim.outcome == "executing":
            return Reply.notice("Already saving this one; it will only be written once.")
        if claim.outcome == "lapsed":  # the claimer stopped mid-write: look, never write
            return await self._recover(who, plan, row)
        if claim.outcome in ("done", "failed"):
            return self._again(row)
        return await self._execute(who, plan, row.id)

    async def _execute(self, who: Requester, plan: Plan, key: str) -> Reply:
        try:
            with watch_writes() as writes:
                outcome = await self._outcome(plan)
        except (ClioError, FileUnavailable, ValidationError) as error:
            problem = explain(error) if isinstance(error, ClioError) else _said(error)
            if not writes.count:  # refused or never sent: the card stays, to fix or try again
                await self._store.confirmations.release(key, result={"error": problem})
                return cards.confirmation(plan, key, problem=problem)
            result = {"error": problem, "uncertain": True}  # a write may have been applied
            await self._store.confirmations.finish(key, ok=False, result=result, now=self._clock())
            log.warning("confirmation %s failed uncertainly (%s)", key, type(error).__name__)
            return self._finished(plan, key, result)
        log.info("confirmation %s executed: %s %s", key, plan.action, plan.collection)
        return await self._succeeded(who, plan, key, outcome)

    async def _recover(self, who: Requester, plan: Plan, row: Confirmation) -> Reply:
        """Finish a confirmation whose claimer stopped mid-write, from what Clio shows."""
        try:
            finding = await look_for(self._clio, plan, since=row.created_at)
        except ClioError as error:
            return Reply.notice(
                f"{explain(error)} So I could not check whether this was saved; "
                "please try again in a minute."
            )
        log.info("confirmation %s recovered: %s", row.id, finding.verdict)
        if finding.outcome is not None:
            return await self._succeeded(who, plan, row.id, finding.outcome)
        if finding.verdict == "not written":
            problem = (
                "Saving this was interrupted before Clio changed anything; confirm to try again."
            )
            await self._store.confirmations.release(row.id, result={"error": problem})
            return cards.confirmation(plan, row.id, problem=problem)
        result = {
            "error": "Saving this was interrupted, and the bot cannot tell from Clio whether it "
            "was saved.",
            "uncertain": True,
        }
        await self._store.confirmations.finish(row.id, ok=False, result=result, now=self._clock())
        return self._finished(plan, row.id, result)

    async def _succeeded(self, who: Requester, plan: Plan, key: str, outcome: Outcome) -> Reply:
        """Record a write Clio made: the finished card, its Undo, and what it changes here."""
        link = web_link(self._app_host, *outcome.link_to) if outcome.link_to else None
        undoable = outcome.record is not None and (
            plan.action == "create" or plan.previous is not None
        )
        result: dict[str, Any] = {"record_id": outcome.record_id, "link": link, "undo": undoable}
        if outcome.lines:  # what Clio answered (a runner's work)
            result["lines"] = outcome.lines
        if outcome.attachment is not None:
            result["attachment"] = outcome.attachment.model_dump()
        await self._store.confirmations.finish(key, ok=True, result=result, now=self._clock())
        if outcome.record is not None:
            await self._remember_undo(who, plan, key, outcome.record)
        await self._remember_own(plan, outcome)
        if plan.matter_id:
            await self._store.prefs.use_matter(who.team_id, who.user_id, plan.matter_id)
        await self._store.cache.forget(f"{plan.collection}:")
        self._written(who, plan.collection)
        return self._finished(plan, key, result)

    async def _remember_own(self, plan: Plan, outcome: Outcome) -> None:
        """For subscriptions that leave out the bot's own writes."""
        etag = getattr(outcome.record, "etag", None)
        if outcome.record_id is not None and (etag or plan.action == "delete"):
            await own.remember(
                self._store, plan.collection, outcome.record_id, etag, now=self._clock()
            )

    async def _outcome(self, plan: Plan) -> Outcome:
        run = runner(plan)
        if run is not None:
            return await run(self._clio, plan)
        record = await self._apply(plan)
        if record is None:  # deleted
            return Outcome(record_id=plan.record_id)
        return Outcome(record_id=record.id, link_to=(plan.collection, record.id), record=record)

    async def _apply(self, plan: Plan) -> Any:
        if plan.file_id is not None:
            return await self._upload(plan)
        collection = RESOURCES[plan.collection]
        resource = collection.resource(self._clio)
        if plan.action == "create":
            assert collection.create is not None and isinstance(resource, Creatable)
            return await resource.create(collection.create.model_validate(plan.body))
        if plan.action == "update":
            assert collection.update is not None and plan.record_id is not None
            assert isinstance(resource, Updatable)
            body = collection.update.model_validate(plan.body)
            return await resource.update(plan.record_id, body, etag=plan.etag)
        assert plan.record_id is not None and isinstance(resource, Deletable)
        await resource.delete(plan.record_id)
        return None

    async def _upload(self, plan: Plan) -> m.Document:
        """Stream the shared file from the surface into Clio's three-step upload."""
        if self._files is None or plan.file_id is None:
            raise FileUnavailable("Files can only be uploaded from Slack.")
        file = await self._files.info(plan.file_id)
        async with self._files.open(file) as chunks:
            document = await self._clio.documents.upload(
                plan.body["name"],
                m.ParentRef.model_validate(plan.body["parent"]),
                chunks,
                size=file.size,
                content_type=plan.body.get("content_type"),
            )
        log.info("document %s uploaded (%d bytes)", document.id, file.size)
        return document

    async def _remember_undo(self, who: Requester, plan: Plan, key: str, record: Any) -> None:
        if plan.action == "create":
            action = {"delete": record.id}
        elif plan.action == "update" and plan.previous is not None:
            action = {"restore": plan.previous, "etag": record.etag}
        else:
            return
        action |= {"collection": plan.collection, "record_id": record.id}
        await self._store.undo.add(
            key,
            team_id=who.team_id,
            user_id=who.user_id,
            action=action,
            expires_at=self._clock() + UNDO_TTL,
        )

    def _finished(self, plan: Plan, key: str, result: dict[str, Any]) -> Reply:
        if "error" in result:
            return cards.closed(
                f":x: {result['error']} Clio did not confirm the save; please check Clio "
                f"before trying again, so nothing is entered twice: <{self._check(plan)}|Check "
                "in Clio>"
            )
        undoable = plan.action in ("create", "update") and result.get("undo", True)
        attachment = result.get("attachment")
        return cards.done(
            plan,
            link=result.get("link"),
            undo_key=key if undoable else None,
            minutes=UNDO_MINUTES,
            extra=result.get("lines"),
            attachment=Attachment.model_validate(attachment) if attachment else None,
        )

    def _check(self, plan: Plan) -> str:
        """Where in Clio to look for a write whose outcome is unknown."""
        return (
            (
                plan.record_id is not None
                and web_link(self._app_host, plan.collection, plan.record_id)
            )
            or web_link(self._app_host, plan.collection)
            or (plan.matter_id and web_link(self._app_host, "matters", plan.matter_id))
            or f"{self._app_host.rstrip('/')}/nc/#/"
        )

    async def cancel(self, who: Requester, key: str) -> Reply:
        cancelled = cards.closed("Cancelled: nothing was written to Clio.")
        if await self._store.confirmations.cancel(key, user_id=who.user_id):
            return cancelled
        row = await self._store.confirmations.take_over(key, user_id=who.user_id, now=self._clock())
        if row is None:
            return await self.confirm_status(who, key)
        recovered = await self._recover(who, Plan.model_validate(row.plan), row)
        if await self._store.confirmations.cancel(key, user_id=who.user_id):  # not written
            return cancelled
        return recovered

    async def confirm_status(self, who: Requester, key: str) -> Reply:
        row = await self._store.confirmations.get(key)
        if row is None or row.user_id != who.user_id:
            return Reply.notice("That confirmation isn't yours, or it no longer exists.")
        if row.state == "executing":
            return Reply.notice("Already saving this one, so it can no longer be cancelled.")
        if row.state in ("done", "failed"):
            return self._again(row)
        return Reply.notice(f"This request is already {row.state}.")

    def _again(self, row: Confirmation) -> Reply:
        """A finished confirmation's card once more, for a repeated click (without its file)."""
        finished = self._finished(Plan.model_validate(row.plan), row.id, row.result or {})
        return finished.model_copy(update={"attachment": None})

    async def undo(self, who: Requester, key: str) -> Reply:
        outcome, entry = await self._store.undo.claim(key, user_id=who.user_id, now=self._clock())
        if outcome == "missing" or entry is None:
            return Reply.notice("There is nothing of yours to undo here.")
        if outcome == "expired":
            return Reply.notice("Undo is only available for 10 minutes; change it in Clio instead.")
        if outcome != "claimed":
            return Reply.notice("This was already undone.")
        action = entry.action
        collection = RESOURCES[action["collection"]]
        resource = collection.resource(self._clio)
        try:
            if "delete" in action:
                assert isinstance(resource, Deletable)
                await resource.delete(action["delete"])
                text = f"Undone: the {collection.noun} was removed from Clio."
            else:
                assert collection.update is not None and isinstance(resource, Updatable)
                body = collection.update.model_validate(action["restore"])
                await resource.update(action["record_id"], body, etag=action["etag"])
                text = f"Undone: the {collection.noun}'s previous values are back in Clio."
        except ClioConflict:
            await self._store.undo.mark_failed(key)
            return cards.closed(
                f"Not undone: the {collection.noun} changed in Clio since, so it was left as is."
            )
        except ClioError as error:
            await self._store.undo.mark_failed(key)
            return Reply.notice(f"Not undone. {explain(error)}")
        await self._store.cache.forget(f"{action['collection']}:")
        self._written(who, action["collection"])
        log.info("confirmation %s undone", key)
        return cards.closed(f":leftwards_arrow_with_hook: {text}")
