"""What a channel can watch: Clio's webhook models (and notes, which Clio only lets us poll), their
events, and the fields a message needs."""

from __future__ import annotations

from dataclasses import dataclass

BASIC = ("created", "updated", "deleted")
MATTER_STATUS = ("matter_opened", "matter_pended", "matter_closed")


@dataclass(frozen=True)
class Watchable:
    """One webhook model: the collection the intent language names and the list that backfills it."""

    model: str
    collection: str  # the intent's resource, also Clio's collection path
    label: str  # plural, for people
    events: tuple[str, ...]
    fields: str  # sent as the webhook's `fields`: what the message shows and the filters read
    listing: str | None  # the path polled with `updated_since` after a gap (None: cannot be)
    webhook: bool = True  # False: Clio has no webhook for it, so it is only polled
    listing_params: tuple[dict[str, str], ...] = ({},)  # one poll per entry

    @property
    def default_events(self) -> list[str]:
        return [e for e in BASIC if e in self.events]


_MATTER = "matter{id,display_number,description,client_id}"
_PERSON = "{id,name,email}"

WATCHABLE: dict[str, Watchable] = {
    w.model: w
    for w in (
        Watchable(
            "matter",
            "matters",
            "matters",
            BASIC + MATTER_STATUS,
            "id,etag,display_number,description,status,updated_at,client{id,name,type},"
            f"practice_area{{id,name}},responsible_attorney{_PERSON},responsible_staff{_PERSON}",
            "matters",
        ),
        Watchable(
            "task",
            "tasks",
            "tasks",
            BASIC,
            f"id,etag,name,status,priority,due_at,updated_at,{_MATTER},"
            f"assignee{{id,name,type}},assigner{_PERSON}",
            "tasks",
        ),
        Watchable(
            "contact",
            "contacts",
            "contacts",
            BASIC,
            "id,etag,name,type,updated_at",
            "contacts",
        ),
        Watchable(
            "calendar_entry",
            "calendar_entries",
            "calendar entries",
            BASIC,
            f"id,etag,summary,start_at,end_at,start_date,end_date,all_day,updated_at,{_MATTER}",
            "calendar_entries",
        ),
        Watchable(
            "communication",
            "communications",
            "communications",
            BASIC,
            f"id,etag,subject,type,received_at,updated_at,{_MATTER},user{_PERSON}",
            "communications",
        ),
        Watchable(
            "activity",
            "activities",
            "time and expense entries",
            BASIC,
            "id,etag,type,date,quantity_in_hours,quantity_redacted,total,note,updated_at,"
            f"{_MATTER},user{_PERSON}",
            "activities",
        ),
        Watchable(
            "document",
            "documents",
            "documents",
            BASIC,
            f"id,etag,name,updated_at,{_MATTER},parent{{id,name}}",
            "documents",
        ),
        Watchable(
            "folder",
            "folders",
            "folders",
            BASIC,
            f"id,etag,name,updated_at,{_MATTER},parent{{id,name}}",
            "folders/list",
        ),
        Watchable(
            "bill",
            "bills",
            "bills",
            BASIC,
            "id,etag,number,state,total,balance,due_at,updated_at,client{id,name,type},"
            "matters{id,display_number,description,client_id}",
            "bills",
        ),
        Watchable(
            "clio_payments_payment",
            "clio_payments/payments",
            "Clio Payments payments",
            ("created", "updated"),  # Clio's payments webhooks offer no deletes
            "id,amount,currency,state,description,updated_at,contact{id,name,type},"
            "matters{id,display_number,description,client_id}",
            None,  # the payments list takes no updated_since
        ),
        Watchable(
            "note",
            "notes",
            "notes",
            ("created", "updated"),
            f"id,etag,subject,type,updated_at,{_MATTER},contact{{id,name,type}},author{_PERSON}",
            "notes",
            webhook=False,
            listing_params=({"type": "Matter"}, {"type": "Contact"}),
        ),
    )
}

BY_COLLECTION: dict[str, Watchable] = {w.collection: w for w in WATCHABLE.values()}


def watchable(name: str) -> Watchable | None:
    """The model named by a webhook model name ("calendar_entry") or a collection ("matters")."""
    return WATCHABLE.get(name) or BY_COLLECTION.get(name)
