"""The Clio API v4 client: one typed attribute per collection."""

from __future__ import annotations

from typing import Any

from bot.clio import models as m
from bot.clio.resources import (
    Creatable,
    Crud,
    Deletable,
    Documents,
    Resource,
    TimerResource,
    Updatable,
    Users,
)
from bot.clio.session import ClioSession


class _Bills(Updatable[m.Bill], Deletable[m.Bill]):
    """Bills are generated in Clio: read, update and delete only."""


class _PaymentLinks(Creatable[m.PaymentLink], Updatable[m.PaymentLink]):
    """Payment links are created and expired, never deleted."""


class _TaskTypes(Creatable[m.TaskType], Updatable[m.TaskType]):
    """Task types are disabled (`deleted_at`), never deleted."""


class ClioClient(ClioSession):
    """Typed access to the Clio collections this product uses, plus raw `request()`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.matters = Crud(self, "matters", m.Matter)
        self.contacts = Crud(self, "contacts", m.Contact)
        self.activities = Crud(self, "activities", m.Activity)
        self.activity_descriptions = Crud(
            self, "activity_descriptions", m.ActivityDescription, orderable=False
        )
        self.tasks = Crud(self, "tasks", m.Task)
        self.task_types = _TaskTypes(self, "task_types", m.TaskType)
        self.calendar_entries = Crud(self, "calendar_entries", m.CalendarEntry, orderable=False)
        self.calendars = Crud(self, "calendars", m.Calendar)
        self.communications = Crud(self, "communications", m.Communication)
        self.notes = Crud(self, "notes", m.Note)
        self.folders = Crud(self, "folders", m.Folder)
        self.documents = Documents(self, "documents", m.Document)
        self.bills = _Bills(self, "bills", m.Bill)
        self.users = Users(self, "users", m.User)
        self.webhooks = Crud(self, "webhooks", m.Webhook)
        self.timer = TimerResource(self)
        self.payment_links = _PaymentLinks(
            self, "clio_payments/links", m.PaymentLink, orderable=False
        )
        self.bank_accounts = Resource(self, "bank_accounts", m.BankAccount)
        self.payments = Resource(self, "clio_payments/payments", m.Payment, orderable=False)
        self.damages = Crud(self, "damages", m.Damage, orderable=False)
        self.medical_records_details = Crud(
            self, "medical_records_details", m.MedicalRecordsDetail, orderable=False
        )
        self.practice_areas = Crud(self, "practice_areas", m.PracticeArea)
