"""The conversation core shared by every surface: text or a click in, a `Reply` out."""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import logging
import re
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

import intents
from bot.assistant import cards, forms, help, identity, questions, reads, users, watching
from bot.assistant.answers import ADJUST, TEXT_SLOTS, adjustment, new_request, read_answer
from bot.assistant.context import Ctx
from bot.assistant.date_checks import impossible, order_note
from bot.assistant.drafts import Chosen, DraftState, Need
from bot.assistant.executor import CONFIRM_TTL, Executor
from bot.assistant.files import FileSource, remember
from bot.assistant.plans import Plan
from bot.assistant.registry import HANDLERS, RESOURCES
from bot.assistant.resolve import EmailLookup, Resolver
from bot.assistant.resource import Resource
from bot.assistant.vocabulary import Vocabularies
from bot.assistant.watching import ChannelReach
from bot.clio import ClioClient, ClioError
from bot.mrkdwn import escape
from bot.replies import Card, Reply, Requester, explain
from bot.store import Store
from bot.webhooks.watches import Watches
from intents.markup import normalize
from intents.model import Intent

log = logging.getLogger(__name__)

UPLOAD = re.compile(r"^upload\b", re.IGNORECASE)
# The longest text read as one request: a command with a long pasted note ("log 1h on Smith
# drafting: <an email's paragraphs>") fits with room to spare; Slack allows 40,000 characters.
MAX_REQUEST = 4_000
TYPED_UNDO = re.compile(
    r"^(?:oops|scratch that)?[\s,]*undo(?:\s+(?:that|it|this|pls|please|the last one))?[.!\s]*$",
    re.IGNORECASE,
)
DEFAULT_MATTER = re.compile(r"^default\s+matter\b\s*(?P<ref>.*)$", re.IGNORECASE | re.DOTALL)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def invalid_body(plan: Plan) -> str | None:
    """What is wrong with a plan's body, checked against the collection's write model before
    any card is shown (None: it validates)."""
    collection = RESOURCES.get(plan.collection)
    refusal = collection.refusal(plan) if collection is not None else None
    if refusal is None:
        return None
    return (
        f"I can't send that {escape(plan.title.lower())} to Clio as it is "
        f"({escape(refusal)}). Nothing was written; change the request and send it again."
    )


def too_long(length: int) -> str:
    return (
        f"That's too long for one request ({length:,} characters; at most {MAX_REQUEST:,}). "
        "Send the request with a short note, e.g. `log 1h on Smith v Jones drafting`, "
        "then paste the rest of the note with Edit on the card."
    )


class Assistant:
    """Parse, resolve, plan, confirm, execute once, undo: for Slack and the console alike."""

    def __init__(
        self,
        clio: ClioClient,
        store: Store,
        *,
        app_host: str,
        email_for: EmailLookup,
        clock: Callable[[], dt.datetime] = utc_now,
        files: FileSource | None = None,
        watches: Watches | None = None,
        reach: ChannelReach | None = None,
        vocabulary: bool = False,
    ):
        self.clio = clio
        self.watches = watches
        self.reach = reach
        self.files = files
        self.store = store
        self.app_host = app_host
        self._clock = clock
        self.resolver = Resolver(clio, store, email_for=email_for, clock=clock)
        self.vocabularies = Vocabularies(clio, store, clock=clock) if vocabulary else None
        self.executor = Executor(
            clio,
            store,
            app_host=app_host,
            clock=clock,
            files=files,
            written=self.vocabularies.written if self.vocabularies else None,
        )

    async def standing(self, who: Requester) -> identity.Standing:
        """Whether `who` acts in Clio as themselves, as the Clio user with their email, or
        as nobody (then they cannot write)."""
        return await identity.standing(who, self.resolver)

    async def _write_refusal(self, who: Requester) -> Reply | None:
        """Why `who` may not write to Clio (no Clio user is theirs), or None when they may."""
        if await self.standing(who) != "unmatched":
            return None
        log.info("write refused: user %s has no clio user", who.user_id)
        return Reply.notice(escape(identity.no_writes(who)))

    async def _propose(self, who: Requester, plan: Plan) -> Reply:
        """The confirmation card of a write, for a person who may write."""
        refusal = await self._write_refusal(who)
        if refusal is not None:
            return refusal
        invalid = invalid_body(plan)
        if invalid is not None:
            log.info("plan refused before its card: %s %s", plan.action, plan.collection)
            return Reply.notice(invalid)
        return await self.executor.propose(who, plan)

    def _ctx(self, who: Requester, draft: DraftState) -> Ctx:
        resource = RESOURCES.get(draft.intent.resource or "")
        return Ctx(
            who, self.clio, self.resolver, self.store, self._clock(), draft, self.files, resource
        )

    async def handle_text(self, who: Requester, text: str) -> Reply:
        """A message, a slash command or a mention.

        Text longer than `MAX_REQUEST` is refused before it is read. Parsing runs in a worker
        thread, so a long message never holds up anyone else's request.
        """
        text = text.strip()
        if len(text) > MAX_REQUEST:
            log.info("request too long: %d characters from user %s", len(text), who.user_id)
            return Reply.notice(too_long(len(text)))
        try:
            if match := DEFAULT_MATTER.match(text):
                said = normalize(match.group("ref"))  # Slack's markup, as the person sees it
                return await self._default_matter(who, said.plain(said.text))
            if TYPED_UNDO.match(text):
                return await self._typed_undo(who)
            now = self._clock().astimezone(ZoneInfo(who.tz))
            if ADJUST.match(text) and (adjusted := await self._adjust_pending(who, text, now)):
                return adjusted
            vocabulary = None
            # the firm's names are asked of Clio only when they may add to the reading
            if await asyncio.to_thread(intents.wants_vocabulary, text, now=now, tz=who.tz):
                vocabulary = await self.vocabularies.for_person(who) if self.vocabularies else None
            intent = await asyncio.to_thread(
                intents.parse,
                text,
                now=now,
                tz=who.tz,
                date_order=who.date_order,
                vocabulary=vocabulary,
            )
            if note := order_note(text, who.date_order):
                intent.assumptions.append(note)
            if question := impossible(intent.assumptions):
                return Reply.notice(escape(question))
            log.info("intent %s %s for user %s", intent.resource, intent.action, who.user_id)
            return await self._dispatch(
                who, DraftState(intent=Intent.model_validate(intent.model_dump(mode="json")))
            )
        except ClioError as error:
            return Reply.notice(explain(error))

    async def _typed_undo(self, who: Requester) -> Reply:
        """ "undo": the person's last confirmed write, while its Undo is valid."""
        key = await self.store.undo.latest(
            team_id=who.team_id, user_id=who.user_id, now=self._clock()
        )
        if key is None:
            return Reply.notice("There is nothing of yours to undo (Undo lasts 10 minutes).")
        return await self.executor.undo(who, key)

    async def _adjust_pending(self, who: Requester, text: str, now: dt.datetime) -> Reply | None:
        """ "make it 2.5h" with a card waiting for Confirm: that card, changed; None when the
        text changes nothing on it."""
        row = await self.store.confirmations.latest_pending(
            team_id=who.team_id, user_id=who.user_id, now=self._clock()
        )
        if row is None:
            return None
        plan = Plan.model_validate(row.plan)
        if not plan.source:
            return None
        draft = DraftState.model_validate(plan.source)
        changed = await asyncio.to_thread(adjustment, text, draft.intent, now=now, tz=who.tz)
        handlers = HANDLERS.get(plan.collection)
        planner = handlers.planners.get(plan.action) if handlers is not None else None
        if not changed or planner is None:
            return None
        draft.answers.update(changed)
        try:
            new_plan = _sourced(await planner(self._ctx(who, draft)), draft)
        except Need:
            return None
        if not await self.store.confirmations.replan(
            row.id, user_id=who.user_id, plan=new_plan.model_dump(mode="json")
        ):
            return None
        log.info("confirmation %s changed by a typed correction", row.id)
        return cards.confirmation(new_plan, row.id)

    async def remember_file(self, who: Requester, file_id: str) -> None:
        """A file shared where the bot is: the one `upload <matter>` uploads next."""
        await remember(self.store, who, file_id, now=self._clock())

    async def handle_file(self, who: Requester, file_id: str, text: str) -> Reply:
        """A file sent to the bot with a message (a DM): upload it where the message says."""
        await self.remember_file(who, file_id)
        text = text.strip()
        return await self.handle_text(who, text if UPLOAD.match(text) else f"upload {text}")

    async def _dispatch(self, who: Requester, draft: DraftState) -> Reply:
        intent = draft.intent
        resource, action = intent.resource, intent.action
        if action == "show" or resource == "help":
            return help.card(await self._channel_default_label(who))
        if action == "unknown" or resource is None:
            hint = intent.hint or "Try `/clio help` to see what I understand."
            return Reply.notice(f"I didn't understand that. {hint}")
        try:
            outcome = await self._outcome(self._ctx(who, draft))
        except Need as need:
            entry = _as_other_record(draft, need)
            if entry is None:
                return await self._ask(who, draft, need)
            try:  # none fits: the same change on the other kind of record, if one fits
                outcome = await self._outcome(self._ctx(who, entry))
            except Need:
                return await self._ask(who, draft, need)
            draft = entry
        if isinstance(outcome, Plan):
            return await self._propose(who, _sourced(outcome, draft))
        return outcome

    async def _outcome(self, ctx: Ctx) -> Reply | Plan:
        """What a complete request leads to: a read's answer or a write's plan (may raise Need)."""
        resource, action = ctx.draft.intent.resource, ctx.draft.intent.action
        if action == "search" and resource == "users":
            return await users.search(ctx, app_host=self.app_host)
        if resource == "webhooks" or action in ("watch", "unwatch"):
            refusal = functools.partial(self._write_refusal, ctx.who)
            return await watching.answer(ctx, self.watches, self.reach, refusal)
        handlers = HANDLERS.get(resource or "")
        if handlers is not None and action in handlers.lookups:
            return await handlers.lookups[action](ctx, self.app_host)
        if action == "search" and isinstance(handlers, Resource):
            return await reads.search(ctx, handlers, app_host=self.app_host)
        if action == "get" and isinstance(handlers, Resource) and handlers.kind:
            return await reads.get(ctx, handlers, app_host=self.app_host)
        planner = handlers.planners.get(action) if handlers is not None else None
        if planner is None:
            return Reply.notice(help.not_yet(resource or "", action))
        return await planner(ctx)

    async def _ask(
        self, who: Requester, draft: DraftState, need: Need, key: str | None = None
    ) -> Reply:
        data = draft.model_dump(mode="json")
        first = key is None
        if key is None:
            key = await self.store.drafts.create(
                team_id=who.team_id,
                user_id=who.user_id,
                data=data,
                expires_at=self._clock() + CONFIRM_TTL,
            )
        else:
            await self.store.drafts.save(key, data)
        reply = questions.question(need, key)
        return reply.model_copy(update={"replace": not first})

    async def _continue(
        self, who: Requester, key: str, fill: Callable[[DraftState], None]
    ) -> Reply:
        data = await self.store.drafts.get(key, user_id=who.user_id, now=self._clock())
        if data is None:
            return cards.closed("That question has expired; send your request again.")
        draft = DraftState.model_validate(data)
        fill(draft)
        try:
            outcome = await self._outcome(self._ctx(who, draft))
        except Need as need:
            return await self._ask(who, draft, need, key)
        if isinstance(outcome, Plan):
            return await self._propose_draft(who, key, outcome, draft)
        await self.store.drafts.take(key, user_id=who.user_id)
        return outcome.model_copy(update={"replace": True})

    async def _propose_draft(
        self, who: Requester, key: str, plan: Plan, draft: DraftState
    ) -> Reply:
        """The confirmation for a completed draft, once (the draft is taken)."""
        if not await self.store.drafts.take(key, user_id=who.user_id):
            return Reply.notice("That request is already on its way.")
        proposed = await self._propose(who, _sourced(plan, draft))
        return proposed.model_copy(update={"replace": True})

    async def handle_action(
        self, who: Requester, action: str, value: str, *, answer: str = ""
    ) -> Reply:
        """A button, a pick from a search, or a typed answer (`answer`)."""
        try:
            return await self._action(who, action, value, answer)
        except ClioError as error:
            return Reply.notice(explain(error))

    async def _action(self, who: Requester, action: str, value: str, answer: str) -> Reply:
        if action == cards.CONFIRM:  # refused too if unmapped since the card
            return await self._write_refusal(who) or await self.executor.confirm(who, value)
        if action == cards.CANCEL:
            return await self.executor.cancel(who, value)
        if action == cards.UNDO:
            return await self.executor.undo(who, value)
        if action == reads.MORE:
            ctx = self._ctx(who, DraftState(intent=Intent()))
            return await reads.more(ctx, value, RESOURCES, app_host=self.app_host)
        if action == questions.DROP:
            await self.store.drafts.take(value, user_id=who.user_id)
            return cards.closed("Cancelled: nothing was written to Clio.")
        key, _, slot_and_rest = value.partition("|")
        slot, _, index = slot_and_rest.partition("|")
        if action == questions.PICK:
            return await self._continue(who, key, lambda d: _choose(d, slot, int(index)))
        if action == questions.SEARCH:
            record_id, _, label = answer.partition("|")
            return await self._continue(
                who,
                key,
                lambda d: _set_ref(d, slot, Chosen(id=int(record_id), label=label or record_id)),
            )
        if action == questions.ANSWER:
            if len(answer) > MAX_REQUEST:
                return Reply.notice(too_long(len(answer)))
            return await self._answer(who, key, slot, answer)
        log.warning("unknown action %s from user %s", action, who.user_id)
        return Reply.notice("That button is no longer supported; please send the request again.")

    async def _answer(self, who: Requester, key: str, slot: str, answer: str) -> Reply:
        """A typed answer, read for the asked field only: else a change to the request
        ("make it 2.5h") or a request of its own; the question stays open for a real answer."""
        data = await self.store.drafts.get(key, user_id=who.user_id, now=self._clock())
        if data is None:
            return cards.closed("That question has expired; send your request again.")
        intent = DraftState.model_validate(data).intent
        now = self._clock().astimezone(ZoneInfo(who.tz))
        changed = await asyncio.to_thread(adjustment, answer, intent, now=now, tz=who.tz)
        if changed:
            return await self._continue(who, key, lambda d: d.answers.update(changed))
        request = await asyncio.to_thread(new_request, answer, now=now, tz=who.tz)
        values = None
        if request is None or slot not in TEXT_SLOTS:  # free text fits, unless a request
            values = await asyncio.to_thread(
                read_answer, slot, answer, now=now, tz=who.tz, intent=intent
            )
        if values is not None:
            return await self._continue(who, key, lambda d: _fill(d, slot, values))
        if request is not None:
            log.info("answer read as a new request from user %s", who.user_id)
            return await self._dispatch(who, DraftState(intent=request))
        return Reply.notice(f"Sorry, I couldn't read “{escape(answer)}”; please try again.")

    async def edit_form(self, who: Requester, key: str) -> forms.Form | Reply:
        """The Edit form of a pending confirmation, prefilled."""
        row = await self.store.confirmations.get(key)
        if row is None or row.user_id != who.user_id:
            return Reply.notice("That confirmation isn't yours, or it no longer exists.")
        if row.state != "pending" or row.expires_at <= self._clock():
            return Reply.notice("This confirmation can no longer be edited.")
        plan = Plan.model_validate(row.plan)
        return forms.build(plan, DraftState.model_validate(plan.source), key)

    async def submit_edit(
        self, who: Requester, key: str, values: dict[str, Any]
    ) -> tuple[Reply | None, dict[str, str]]:
        """Apply an Edit: (the updated confirmation card, {}) or (None, errors by field)."""
        form = await self.edit_form(who, key)
        if isinstance(form, Reply):
            return form, {}
        row = await self.store.confirmations.get(key)
        assert row is not None
        plan = Plan.model_validate(row.plan)
        draft = DraftState.model_validate(plan.source)
        errors = self._read_form(who, form, draft, values)
        if errors:
            return None, errors
        try:
            new_plan = await HANDLERS[plan.collection].planners[plan.action](self._ctx(who, draft))
        except Need as need:
            names = [f.name for f in form.fields]
            target = need.slot if need.slot in names or not names else names[0]
            return None, {target: need.prompt}
        invalid = invalid_body(new_plan)
        if invalid is not None:
            return None, {form.fields[0].name if form.fields else "": invalid}
        new_plan = _sourced(new_plan, draft)
        if not await self.store.confirmations.replan(
            key, user_id=who.user_id, plan=new_plan.model_dump(mode="json")
        ):
            return Reply.notice("This confirmation can no longer be edited."), {}
        return cards.confirmation(new_plan, key).model_copy(update={"replace": True}), {}

    def _read_form(
        self, who: Requester, form: forms.Form, draft: DraftState, values: dict[str, Any]
    ) -> dict[str, str]:
        """Copy submitted values into the draft; errors by field name."""
        now = self._clock().astimezone(ZoneInfo(who.tz))
        errors: dict[str, str] = {}
        for field in form.fields:
            raw = values.get(field.name)
            if field.name.startswith("ref:"):
                _edit_ref(draft, field.name[4:], raw, field.value)
                if field.required and not raw:
                    errors[field.name] = "Required."
                continue
            value, error = forms.read(field, raw, now=now, tz=who.tz)
            if error:
                errors[field.name] = error
            elif value is None:
                draft.answers.pop(field.name, None)
                draft.intent.fields.pop(field.name, None)
            else:
                draft.answers[field.name] = value
        return errors

    async def time_entry_form(
        self, who: Requester, text: str = "", *, key: str = "new"
    ) -> forms.Form:
        """The "New time entry" form, prefilled from a message's text when there is one."""
        draft = await self._time_entry_draft(who, text)
        return forms.blank(draft, key)

    async def _time_entry_draft(self, who: Requester, text: str) -> DraftState:
        now = self._clock().astimezone(ZoneInfo(who.tz))
        parsed = None
        if text.strip():
            # "time": the form is a time entry's, so "called opposing counsel ..." is work done, not
            # a call to log
            said = f"log time {text}"
            parsed = await asyncio.to_thread(intents.parse, said, now=now, tz=who.tz)
        fields, refs = {}, {}
        if parsed is not None and parsed.resource == "activities":
            fields, refs = dict(parsed.fields), dict(parsed.refs)
        if text.strip() and not fields.get("note"):
            fields["note"] = text.strip()
        fields.setdefault("type", "TimeEntry")
        fields.setdefault("date", now.date().isoformat())
        return DraftState(
            intent=Intent(resource="activities", action="create", fields=fields, refs=refs)
        )

    async def submit_time_entry(
        self, who: Requester, values: dict[str, Any], *, text: str = "", note_suffix: str = ""
    ) -> tuple[Reply | None, dict[str, str]]:
        """A submitted "New time entry" form: its confirmation card, or errors by field."""
        draft = await self._time_entry_draft(who, text)
        form = forms.blank(draft, "new")
        errors = self._read_form(who, form, draft, values)
        if errors:
            return None, errors
        if note_suffix:
            note = draft.answers.get("note") or draft.fields.get("note") or ""
            draft.answers["note"] = f"{note}\n{note_suffix}".strip()
        try:
            plan = await RESOURCES["activities"].planners["create"](self._ctx(who, draft))
        except Need as need:
            names = [f.name for f in form.fields]
            return None, {need.slot if need.slot in names else names[0]: need.prompt}
        return await self._propose(who, _sourced(plan, draft)), {}

    async def _default_matter(self, who: Requester, ref: str) -> Reply:
        if not who.channel_id:
            return Reply.notice("A default matter belongs to a channel; use this in a channel.")
        if not ref:
            cleared = await self.store.channels.clear(who.team_id, who.channel_id)
            return Reply.notice(
                "This channel no longer has a default matter."
                if cleared
                else "This channel has no default matter."
            )
        resolution = await self.resolver.matter(ref, who)
        if resolution.found is None:
            options = escape(", ".join(c.label for c in resolution.choices) or "none")
            return Reply.notice(
                f"Which matter? “{escape(ref)}” could be: {options}. Be more specific."
            )
        await self.store.channels.set(
            who.team_id,
            who.channel_id,
            matter_id=int(resolution.found.id),
            matter_label=resolution.found.label,
            set_by=who.user_id,
            now=self._clock(),
        )
        label = escape(resolution.found.label)
        return Reply(
            text=f"Default matter for this channel: {label}",
            visibility="channel",
            cards=[
                Card(
                    lines=[
                        f"Time and notes logged here now go to *{label}* unless you name another matter."
                    ]
                )
            ],
        )

    async def _channel_default_label(self, who: Requester) -> str | None:
        if not who.channel_id:
            return None
        default = await self.store.channels.get(who.team_id, who.channel_id)
        return default.matter_label if default else None


# another reading the parser kept, by its reason: the record it changes, and the questions
# (a record of the first kind not found) after which it is tried
_OTHER_READINGS = {
    intents.TIME_ENTRY: ("activities", ("id:communication", "id:calendar_entry")),
    intents.CALENDAR_ENTRY: ("calendar_entries", ("id:activity",)),
}


def _as_other_record(draft: DraftState, need: Need) -> DraftState | None:
    """The draft read as the same change to another kind of record, when none of the first
    fits the description and the parser kept that reading as an alternative: a time entry for
    a logged call or a calendar entry, a calendar entry for "the o'brien closing entry"."""
    for alternative in draft.intent.alternatives:
        resource, after = _OTHER_READINGS.get(alternative.reason, (None, ()))
        if resource is not None and need.slot in after:
            intent = draft.intent.model_copy(
                update={
                    "resource": resource,
                    "fields": alternative.fields,
                    "refs": alternative.refs,
                    "alternatives": [],
                }
            )
            return DraftState(intent=intent)
    return None


def _sourced(plan: Plan, draft: DraftState) -> Plan:
    return plan.model_copy(update={"source": draft.model_dump(mode="json")})


def _edit_ref(draft: DraftState, kind: str, raw: Any, current: str | None) -> None:
    """A ref typed in the Edit form: unchanged, cleared, or to be resolved anew."""
    text = (raw or "").strip() if isinstance(raw, str) else ""
    if text == (current or ""):
        return
    draft.resolved.pop(kind, None)
    refs = draft.intent.refs
    if text:
        refs[kind] = text
    else:
        refs.pop(kind, None)


def _choose(draft: DraftState, slot: str, index: int) -> None:
    choices = draft.choices.get(slot) or []
    if 0 <= index < len(choices):
        _set_ref(draft, slot, choices[index])


def _set_ref(draft: DraftState, slot: str, chosen: Chosen) -> None:
    if slot.startswith("ref:"):
        draft.resolved[slot[4:]] = chosen


def _fill(draft: DraftState, slot: str, values: dict[str, Any]) -> None:
    for name in [k for k in values if k.startswith("ref:")]:  # records an answer names
        draft.intent.refs[name[4:]] = values[name]
        draft.resolved.pop(name[4:], None)
    values = {k: v for k, v in values.items() if not k.startswith("ref:")}
    if slot.startswith("id:"):
        kind = slot[3:]
        refs = draft.intent.refs
        refs[kind] = str(values[slot])
        refs.pop(f"{kind}_on", None)  # an id names the record alone (a calendar entry's day)
        draft.resolved.pop(kind, None)
    else:
        draft.answers.update(values)
