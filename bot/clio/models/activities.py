"""Activities: time entries and expense entries, and their descriptions."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from bot.clio.models.base import ClioModel, Record, Ref, WriteModel
from bot.clio.models.stubs import (
    ActivityDescriptionStub,
    BillStub,
    CalendarEntryStub,
    ContactStub,
    MatterStub,
    TaskStub,
    UserStub,
)

ActivityType = Literal["TimeEntry", "ExpenseEntry", "HardCostEntry", "SoftCostEntry"]


class Activity(Record):
    """A time or expense entry; `quantity` is in seconds for time entries.

    Under "Activity hours visibility" Clio nulls another user's hours and totals and
    sets `quantity_redacted`.
    """

    type: str | None = None
    date: dt.date | None = None
    quantity: float | None = None
    quantity_in_hours: float | None = None
    rounded_quantity: float | None = None
    quantity_redacted: bool | None = None
    price: float | None = None
    total: float | None = None
    note: str | None = None
    non_billable: bool | None = None
    no_charge: bool | None = None
    billed: bool | None = None
    flat_rate: bool | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    matter: MatterStub | None = None
    user: UserStub | None = None
    activity_description: ActivityDescriptionStub | None = None
    task: TaskStub | None = None
    calendar_entry: CalendarEntryStub | None = None
    bill: BillStub | None = None
    vendor: ContactStub | None = None

    @property
    def hours_hidden(self) -> bool:
        return bool(self.quantity_redacted)


class ActivityDescriptionInput(WriteModel):
    id: int | None = None
    utbms_task_id: int | None = None
    utbms_activity_id: int | None = None


class ActivityUpdate(WriteModel):
    type: ActivityType | None = None
    date: dt.date | None = None
    quantity: int | None = None
    price: float | None = None
    note: str | None = None
    non_billable: bool | None = None
    no_charge: bool | None = None
    matter: Ref | None = None
    user: Ref | None = None
    activity_description: ActivityDescriptionInput | None = None
    task: Ref | None = None
    calendar_entry: Ref | None = None
    communication: Ref | None = None
    vendor: Ref | None = None
    expense_category: Ref | None = None
    utbms_expense: Ref | None = None
    reference: str | None = None


class ActivityCreate(ActivityUpdate):
    """A new entry; `quantity` in whole seconds for a TimeEntry; `start_timer` runs the
    user's timer on it once saved."""

    type: ActivityType
    date: dt.date
    start_timer: bool | None = None


class ActivityDescriptionRate(ClioModel):
    amount: float | None = None
    type: str | None = None


class ActivityDescription(Record):
    name: str | None = None
    type: str | None = None
    default: bool | None = None
    utbms_task_id: int | None = None
    utbms_activity_id: int | None = None
    utbms_task_name: str | None = None
    accessible_to_user: bool | None = None
    rate: ActivityDescriptionRate | None = None


class ActivityDescriptionUpdate(WriteModel):
    name: str | None = None
    default: bool | None = None
    visible_to_co_counsel: bool | None = None


class ActivityDescriptionCreate(ActivityDescriptionUpdate):
    name: str
