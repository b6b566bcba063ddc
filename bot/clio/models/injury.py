"""Personal Injury: damages and medical records details."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from bot.clio.models.base import DayAsTimestamp, Record, WriteModel
from bot.clio.models.stubs import ContactStub, MatterStub

DamageType = Literal["special", "general", "other"]
RecordsStatus = Literal["not_yet_requested", "requested", "received", "incomplete", "certified"]


class Damage(Record):
    amount: float | None = None
    damage_type: str | None = None
    description: str | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    matter: MatterStub | None = None


class DamageUpdate(WriteModel):
    amount: float | None = None
    damage_type: DamageType | None = None
    description: str | None = None


class DamageCreate(DamageUpdate):
    amount: float
    damage_type: DamageType
    description: str
    matter_id: int


class MedicalRecordsDetail(Record):
    description: str | None = None
    in_treatment: bool | None = None
    records_status: str | None = None
    bills_status: str | None = None
    treatment_start_date: dt.datetime | None = None
    treatment_end_date: dt.datetime | None = None
    records_request_date: dt.datetime | None = None
    bills_request_date: dt.datetime | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    matter: MatterStub | None = None
    medical_provider: ContactStub | None = None


class MedicalRecordsDetailUpdate(WriteModel):
    description: str | None = None
    in_treatment: bool | None = None
    records_status: RecordsStatus | None = None
    bills_status: RecordsStatus | None = None
    treatment_start_date: DayAsTimestamp | None = None
    treatment_end_date: DayAsTimestamp | None = None
    records_request_date: DayAsTimestamp | None = None
    bills_request_date: DayAsTimestamp | None = None


class MedicalRecordsDetailCreate(MedicalRecordsDetailUpdate):
    matter_id: int
    medical_provider_id: int
    in_treatment: bool
    records_status: RecordsStatus
    bills_status: RecordsStatus
