"""Clio Payments: payments received (read only)."""

from __future__ import annotations

from bot.assistant import lookups, summaries
from bot.assistant.resource import Resource
from bot.clio import models as m

RESOURCE = Resource(
    path="clio_payments/payments",
    noun="payment",
    plural="payments",
    access=lambda clio: clio.payments,
    record=m.Payment,
    describe=summaries.payment,
    ref_params={"contact": "contact_id", "client": "contact_id"},
    lookups={"search": lookups.payments},
)
