"""Clio Payments links: made and shared, then expired."""

from __future__ import annotations

from bot.assistant import runners, summaries
from bot.assistant.resource import Resource
from bot.assistant.writes import payment_links
from bot.clio import models as m

RESOURCE = Resource(
    path="clio_payments/links",
    noun="payment link",
    plural="payment links",
    access=lambda clio: clio.payment_links,
    record=m.PaymentLink,
    create=m.PaymentLinkCreate,
    update=m.PaymentLinkUpdate,
    describe=summaries.payment_link,
    planners={"create": payment_links.create, "update": payment_links.update},
    runners={"create": runners.payment_link},
    form={"create": ["amount", "ref:contact", "description", "email_address", "duration"]},
)
