"""What the core knows about each Clio collection it writes: models, names, links."""

from __future__ import annotations

from dataclasses import dataclass

from bot.clio import ClioClient
from bot.clio import models as m
from bot.clio.resources import Resource


@dataclass(frozen=True)
class Collection:
    """One writable Clio collection as the conversation core uses it."""

    path: str
    noun: str
    record: type[m.ClioModel]
    create: type[m.WriteModel] | None
    update: type[m.WriteModel] | None
    attribute: str
    web: str | None  # the record's page in Clio's web app, under `/nc/#/`

    def resource(self, clio: ClioClient) -> Resource:
        return getattr(clio, self.attribute)


COLLECTIONS: dict[str, Collection] = {
    c.path: c
    for c in (
        Collection(
            "activities",
            "time entry",
            m.Activity,
            m.ActivityCreate,
            m.ActivityUpdate,
            "activities",
            "activities",
        ),
        Collection("tasks", "task", m.Task, m.TaskCreate, m.TaskUpdate, "tasks", "tasks"),
        Collection(
            "calendar_entries",
            "calendar entry",
            m.CalendarEntry,
            m.CalendarEntryCreate,
            m.CalendarEntryUpdate,
            "calendar_entries",
            "calendars",
        ),
        Collection("notes", "note", m.Note, m.NoteCreate, m.NoteUpdate, "notes", None),
        Collection(
            "matters", "matter", m.Matter, m.MatterCreate, m.MatterUpdate, "matters", "matters"
        ),
        Collection(
            "contacts",
            "contact",
            m.Contact,
            m.ContactCreate,
            m.ContactUpdate,
            "contacts",
            "contacts",
        ),
        Collection(
            "communications",
            "communication",
            m.Communication,
            m.CommunicationCreate,
            m.CommunicationUpdate,
            "communications",
            "communications",
        ),
        Collection(
            "folders", "folder", m.Folder, m.FolderCreate, m.FolderUpdate, "folders", "documents"
        ),
        Collection(
            "documents", "document", m.Document, None, m.DocumentUpdate, "documents", "documents"
        ),
        Collection("bills", "bill", m.Bill, None, m.BillUpdate, "bills", "bills"),
        Collection(
            "clio_payments/links",
            "payment link",
            m.PaymentLink,
            m.PaymentLinkCreate,
            m.PaymentLinkUpdate,
            "payment_links",
            None,
        ),
        Collection("damages", "damage", m.Damage, m.DamageCreate, m.DamageUpdate, "damages", None),
        Collection(
            "medical_records_details",
            "medical records detail",
            m.MedicalRecordsDetail,
            m.MedicalRecordsDetailCreate,
            m.MedicalRecordsDetailUpdate,
            "medical_records_details",
            None,
        ),
        Collection("users", "user", m.User, None, None, "users", None),
        Collection("clio_payments/payments", "payment", m.Payment, None, None, "payments", None),
    )
}


def web_link(app_host: str, path: str, record_id: int | str | None = None) -> str | None:
    """A link to the record in Clio's web app (or, without an id, to the collection's list),
    where Clio has a page for it."""
    collection = COLLECTIONS.get(path)
    if collection is None or collection.web is None:
        return None
    page = f"{app_host.rstrip('/')}/nc/#/{collection.web}"
    return page if record_id is None else f"{page}/{record_id}"
