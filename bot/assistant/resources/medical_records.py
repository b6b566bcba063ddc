"""Medical records details of a personal-injury matter."""

from __future__ import annotations

from bot.assistant import lookups, summaries
from bot.assistant.resource import Resource
from bot.assistant.writes import injury
from bot.clio import models as m

RESOURCE = Resource(
    path="medical_records_details",
    noun="medical records detail",
    plural="medical records",
    access=lambda clio: clio.medical_records_details,
    record=m.MedicalRecordsDetail,
    create=m.MedicalRecordsDetailCreate,
    update=m.MedicalRecordsDetailUpdate,
    describe=summaries.medical_records_detail,
    planners={
        "create": injury.create_medical,
        "update": injury.update_medical,
        "delete": injury.delete_medical,
    },
    lookups={"search": lookups.by_matter},
    form={
        "create": [
            "ref:contact",
            "ref:matter",
            "in_treatment",
            "records_status",
            "bills_status",
            "treatment_start_date",
            "treatment_end_date",
            "description",
        ]
    },
)
