"""Bills: read, and found by number."""

from __future__ import annotations

from bot.assistant import bills, summaries
from bot.assistant.resource import Resource
from bot.assistant.writes import bills as bill_writes
from bot.clio import models as m

RESOURCE = Resource(
    path="bills",
    noun="bill",
    plural="bills",
    access=lambda clio: clio.bills,
    record=m.Bill,
    update=m.BillUpdate,
    describe=summaries.bill,
    ref_params={"matter": "matter_id", "client": "client_id"},
    lookups={"search": bills.search, "get": bills.get},
    planners={"update": bill_writes.update, "delete": bill_writes.delete},
)
