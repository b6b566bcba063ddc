"""What the core knows about each Clio collection it writes: models and names."""

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
        ),
        Collection("tasks", "task", m.Task, m.TaskCreate, m.TaskUpdate, "tasks"),
        Collection(
            "calendar_entries",
            "calendar entry",
            m.CalendarEntry,
            m.CalendarEntryCreate,
            m.CalendarEntryUpdate,
            "calendar_entries",
        ),
        Collection("notes", "note", m.Note, m.NoteCreate, m.NoteUpdate, "notes"),
        Collection("matters", "matter", m.Matter, m.MatterCreate, m.MatterUpdate, "matters"),
        Collection(
            "contacts",
            "contact",
            m.Contact,
            m.ContactCreate,
            m.ContactUpdate,
            "contacts",
        ),
        Collection(
            "communications",
            "communication",
            m.Communication,
            m.CommunicationCreate,
            m.CommunicationUpdate,
            "communications",
        ),
        Collection("folders", "folder", m.Folder, m.FolderCreate, m.FolderUpdate, "folders"),
        Collection("documents", "document", m.Document, None, m.DocumentUpdate, "documents"),
        Collection("bills", "bill", m.Bill, None, m.BillUpdate, "bills"),
        Collection(
            "clio_payments/links",
            "payment link",
            m.PaymentLink,
            m.PaymentLinkCreate,
            m.PaymentLinkUpdate,
            "payment_links",
        ),
        Collection("damages", "damage", m.Damage, m.DamageCreate, m.DamageUpdate, "damages"),
        Collection(
            "medical_records_details",
            "medical records detail",
            m.MedicalRecordsDetail,
            m.MedicalRecordsDetailCreate,
            m.MedicalRecordsDetailUpdate,
            "medical_records_details",
        ),
        Collection("users", "user", m.User, None, None, "users"),
        Collection("clio_payments/payments", "payment", m.Payment, None, None, "payments"),
    )
}
