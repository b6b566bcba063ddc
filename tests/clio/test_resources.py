"""The client against the sandbox: create, read, list with paging, update, delete."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.clio import ClioClient, ClioNotFound
from bot.clio import models as m


async def first(resource, params=None):
    async for item in resource.list(params):
        return item
    raise AssertionError(f"no {resource.path} in the demo firm")


async def test_matters_crud_and_paging(clio: ClioClient):
    client = await first(clio.contacts, {"client_only": True})
    created = await clio.matters.create(
        m.MatterCreate(client=m.Ref(id=client.id), description="Doe v Roe", status="pending")
    )
    assert created.description == "Doe v Roe"
    assert created.status == "Pending"  # requests lower-case, responses capitalised
    assert created.client is not None
    assert created.client.id == client.id

    fetched = await clio.matters.get(created.id)
    assert fetched == created

    updated = await clio.matters.update(created.id, m.MatterUpdate(status="closed"))
    assert updated.status == "Closed"
    assert updated.description == "Doe v Roe"  # PATCH left the unset fields alone
    assert updated.etag != created.etag
    me = await clio.users.who_am_i()
    staffed = await clio.matters.update(
        created.id, m.MatterUpdate(responsible_staff=m.Ref(id=me.id))
    )
    assert staffed.responsible_staff is not None
    assert staffed.responsible_staff.id == me.id
    assert staffed.responsible_staff.name == me.name
    mine = [
        x.id async for x in clio.matters.list({"responsible_staff_id": me.id, "status": "closed"})
    ]
    assert mine == [created.id]

    every = [matter.id async for matter in clio.matters.list(limit=3)]
    assert created.id in every
    assert every == sorted(every)
    assert len(every) == len(set(every))
    page = await clio.matters.page(limit=3)
    assert len(page.items) == 3
    assert page.next_url

    await clio.matters.delete(created.id)
    with pytest.raises(ClioNotFound):
        await clio.matters.get(created.id)


async def test_matters_filters(clio: ClioClient):
    closed = [matter async for matter in clio.matters.list({"status": "closed"})]
    assert closed
    assert all(matter.status == "Closed" for matter in closed)
    smith = [matter async for matter in clio.matters.list({"query": "Smith"})]
    assert smith
    assert all("Smith" in f"{x.display_number} {x.description}" for x in smith)


async def test_contacts_crud_with_nested_collections(clio: ClioClient):
    created = await clio.contacts.create(
        m.ContactCreate(
            type="Person",
            first_name="Ada",
            last_name="Quill",
            email_addresses=[m.EmailAddressNew(name="Work", address="ada@quill.test")],
            phone_numbers=[m.PhoneNumberNew(name="Mobile", number="555-0100")],
        )
    )
    assert created.name == "Ada Quill"
    assert created.type == "Person"
    assert [e.address for e in created.email_addresses or []] == ["ada@quill.test"]

    phone = (created.phone_numbers or [])[0]
    updated = await clio.contacts.update(
        created.id,
        m.ContactUpdate(
            title="CFO",
            phone_numbers=[m.PhoneNumberInput(id=phone.id, destroy=True)],
        ),
    )
    assert updated.title == "CFO"
    assert not updated.phone_numbers

    found = [c.id async for c in clio.contacts.list({"query": "Quill"})]
    assert found == [created.id]
    await clio.contacts.delete(created.id)
    with pytest.raises(ClioNotFound):
        await clio.contacts.get(created.id)


async def test_time_entry_in_seconds(clio: ClioClient):
    matter = await first(clio.matters, {"status": "open"})
    entry = await clio.activities.create(
        m.ActivityCreate(
            type="TimeEntry",
            date=dt.date(2026, 11, 17),
            quantity=5400,
            matter=m.Ref(id=matter.id),
            note="drafting motion",
        )
    )
    assert entry.quantity == 5400
    assert entry.quantity_in_hours == 1.5
    assert entry.matter is not None
    assert entry.matter.id == matter.id
    assert not entry.hours_hidden

    mine = [a.id async for a in clio.activities.list({"matter_id": matter.id})]
    assert entry.id in mine
    updated = await clio.activities.update(entry.id, m.ActivityUpdate(non_billable=True))
    assert updated.non_billable is True
    assert updated.quantity == 5400
    await clio.activities.delete(entry.id)
    with pytest.raises(ClioNotFound):
        await clio.activities.get(entry.id)


async def test_expense_entry_and_descriptions(clio: ClioClient):
    description = await clio.activity_descriptions.create(
        m.ActivityDescriptionCreate(name="Court filing fee")
    )
    expense = await clio.activities.create(
        m.ActivityCreate(
            type="ExpenseEntry",
            date=dt.date(2026, 11, 10),
            price=45.2,
            note="parking",
            activity_description=m.ActivityDescriptionInput(id=description.id),
        )
    )
    assert expense.type == "ExpenseEntry"
    assert expense.price == 45.2
    renamed = await clio.activity_descriptions.update(
        description.id, m.ActivityDescriptionUpdate(name="Filing fee")
    )
    assert renamed.name == "Filing fee"
    await clio.activities.delete(expense.id)
    await clio.activity_descriptions.delete(description.id)


async def test_tasks_crud(clio: ClioClient):
    me = await clio.users.who_am_i()
    task = await clio.tasks.create(
        m.TaskCreate(
            name="File motion",
            description="File the motion to dismiss",
            assignee=m.ParticipantRef(id=me.id, type="User"),
            due_at=dt.date(2026, 11, 25),
            priority="High",
        )
    )
    assert task.priority == "High"
    assert task.status == "pending"
    assert task.assignee is not None
    assert task.assignee.id == me.id
    done = await clio.tasks.update(task.id, m.TaskUpdate(status="complete"))
    assert done.status == "complete"
    assert done.completed_at is not None
    draft = await clio.tasks.update(task.id, m.TaskUpdate(status="draft"))
    assert draft.status == "draft"
    assert draft.completed_at is None
    drafts = [t.id async for t in clio.tasks.list({"status": "draft"})]
    assert drafts == [task.id]
    mine = [
        t.id
        async for t in clio.tasks.list(
            {"assignee_id": me.id, "assignee_type": "user", "due_at_from": "2026-11-25"}
        )
    ]
    assert task.id in mine
    await clio.tasks.delete(task.id)


async def test_task_types_and_typed_tasks(clio: ClioClient):
    kind = await clio.task_types.create(m.TaskTypeCreate(name="Intake"))
    assert kind.name == "Intake"
    assert kind.deleted_at is None
    enabled = [t.name async for t in clio.task_types.list({"enabled": True})]
    assert "Court Filing" in enabled
    assert "Intake" in enabled
    me = await clio.users.who_am_i()
    task = await clio.tasks.create(
        m.TaskCreate(
            name="Screen new client",
            description="Conflict check and intake call",
            assignee=m.ParticipantRef(id=me.id, type="User"),
            task_type=m.Ref(id=kind.id),
        )
    )
    assert task.task_type is not None
    assert task.task_type.name == "Intake"
    typed = [t.id async for t in clio.tasks.list({"task_type_id": kind.id})]
    assert typed == [task.id]
    disabled = await clio.task_types.update(
        kind.id, m.TaskTypeUpdate(deleted_at=dt.date(2026, 11, 18))
    )
    assert disabled.deleted_at is not None
    assert "Intake" not in [t.name async for t in clio.task_types.list({"enabled": True})]
    with pytest.raises(ClioNotFound):
        await clio.tasks.update(task.id, m.TaskUpdate(task_type=m.Ref(id=999)))
    await clio.tasks.delete(task.id)


async def test_calendar_entries_crud(clio: ClioClient):
    me = await clio.users.who_am_i()
    assert me.default_calendar_id
    start = dt.datetime(2026, 11, 20, 15, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    entry = await clio.calendar_entries.create(
        m.CalendarEntryCreate(
            summary="Hearing",
            start_at=start,
            end_at=start + dt.timedelta(hours=1),
            calendar_owner=m.Ref(id=me.default_calendar_id),
            location="Courtroom 4",
        )
    )
    assert isinstance(entry.id, str)
    assert entry.start_at == start
    moved = await clio.calendar_entries.update(entry.id, m.CalendarEntryUpdate(location="Room 5"))
    assert moved.location == "Room 5"
    assert moved.summary == "Hearing"
    listed = [
        e.id
        async for e in clio.calendar_entries.list(
            {"from": "2026-11-20T00:00:00-05:00", "to": "2026-11-21T00:00:00-05:00"}
        )
    ]
    assert entry.id in listed
    await clio.calendar_entries.delete(entry.id)
    with pytest.raises(ClioNotFound):
        await clio.calendar_entries.get(entry.id)


async def test_calendar_entry_dates_times_and_free_busy(clio: ClioClient, sandbox):
    assert "redacted" not in m.fields_for(m.CalendarEntry).split(",")  # Clio adds it itself
    assert "start_date" in m.fields_for(m.CalendarEntry).split(",")
    hannah = sandbox.users.by_email("hannah@demo-firm.test")["default_calendar_id"]
    today = sandbox.seed_today
    window = {"from": f"{today}T00:00:00Z", "to": f"{today + dt.timedelta(days=3)}T00:00:00Z"}
    [busy] = [  # Hannah's calendar is shared with Alice as Free/Busy
        e
        async for e in clio.calendar_entries.list({"calendar_id": hannah, **window})
        if e.redacted and e.location is None and e.start_at and e.start_at.hour == 11
    ]
    assert busy.summary is None
    assert busy.matter is None
    assert busy.permission == "limited_viewer"
    assert busy.start_date == today + dt.timedelta(days=1)
    assert busy.start_time
    assert busy.start_time.startswith("11:00 E")  # EST or EDT
    mine = await first(clio.calendar_entries, {"query": "Deposition of Robert Jones"})
    assert not mine.redacted
    assert mine.summary == "Deposition of Robert Jones"


async def test_calendars(clio: ClioClient):
    calendar = await clio.calendars.create(m.CalendarCreate(name="Trials"))
    assert calendar.name == "Trials"
    assert calendar.id in [c.id async for c in clio.calendars.list()]
    await clio.calendars.delete(calendar.id)


async def test_communications_crud(clio: ClioClient):
    me = await clio.users.who_am_i()
    contact = await first(clio.contacts)
    call = await clio.communications.create(
        m.CommunicationCreate(
            type="PhoneCommunication",
            subject="Settlement call",
            body="Discussed the offer",
            received_at=dt.datetime(2026, 11, 18, 15, 0, tzinfo=ZoneInfo("America/New_York")),
            senders=[m.CommunicationParty(id=me.id, type="User")],
            receivers=[m.CommunicationParty(id=contact.id, type="Contact")],
        )
    )
    assert call.type == "PhoneCommunication"
    assert call.received_at == dt.datetime(2026, 11, 18, 20, 0, tzinfo=dt.UTC)
    assert call.date == dt.date(2026, 11, 18)
    assert [s.id for s in call.senders or []] == [me.id]
    edited = await clio.communications.update(call.id, m.CommunicationUpdate(subject="Offer"))
    assert edited.subject == "Offer"
    assert edited.body == "Discussed the offer"
    await clio.communications.delete(call.id)


async def test_notes_crud(clio: ClioClient):
    matter = await first(clio.matters)
    note = await clio.notes.create(
        m.NoteCreate(type="Matter", matter=m.Ref(id=matter.id), subject="Call", detail="Notes")
    )
    assert note.type == "Matter"
    assert note.matter is not None
    assert note.matter.id == matter.id
    listed = [n.id async for n in clio.notes.list({"type": "Matter", "matter_id": matter.id})]
    assert note.id in listed
    assert (await clio.notes.update(note.id, m.NoteUpdate(detail="More"))).detail == "More"
    await clio.notes.delete(note.id)


async def test_folders_crud(clio: ClioClient):
    matter = await first(clio.matters)
    folder = await clio.folders.create(
        m.FolderCreate(name="Pleadings", parent=m.ParentRef(id=matter.id, type="Matter"))
    )
    assert folder.name == "Pleadings"
    renamed = await clio.folders.update(folder.id, m.FolderUpdate(name="Motions"))
    assert renamed.name == "Motions"
    await clio.folders.delete(folder.id)


async def test_document_three_step_upload(clio: ClioClient, transport):
    matter = await first(clio.matters)
    document = await clio.documents.upload(
        "motion.txt", m.ParentRef(id=matter.id, type="Matter"), b"Motion to dismiss"
    )
    version = document.latest_document_version
    assert version is not None
    assert version.fully_uploaded is True
    assert document.name == "motion.txt"
    put = [r for r in transport.requests if r[0] == "PUT"]
    assert len(put) == 1
    assert put[0][2] == b"Motion to dismiss"

    async def chunks():
        for part in (b"large ", b"file ", b"body"):
            yield part

    streamed = await clio.documents.upload(
        "big.txt", m.ParentRef(id=matter.id, type="Matter"), chunks(), size=15
    )
    assert streamed.latest_document_version
    assert streamed.latest_document_version.fully_uploaded
    assert streamed.size == 15
    renamed = await clio.documents.update(streamed.id, m.DocumentUpdate(name="bigger.txt"))
    assert renamed.name == "bigger.txt"
    await clio.documents.delete(streamed.id)


async def test_bills_read_update_delete(clio: ClioClient):
    drafts = [b async for b in clio.bills.list({"state": "draft"})]
    assert drafts
    assert all(b.state == "draft" for b in drafts)
    bill = await clio.bills.get(drafts[0].id)
    memo = await clio.bills.update(bill.id, m.BillUpdate(memo="Net 30"))
    assert memo.memo == "Net 30"
    overdue = [b async for b in clio.bills.list({"status": "overdue"})]
    assert overdue
    assert all(b.due_at and b.due_at < dt.date.today() for b in overdue)
    await clio.bills.delete(bill.id)
    with pytest.raises(ClioNotFound):
        await clio.bills.get(bill.id)


async def test_users_and_who_am_i(clio: ClioClient):
    me = await clio.users.who_am_i()
    assert me.email
    assert me.name
    assert me.account
    assert me.account.name
    users = [u async for u in clio.users.list()]
    assert me.id in [u.id for u in users]
    attorneys = [u async for u in clio.users.list({"subscription_type": "attorney"})]
    assert attorneys
    assert all(u.subscription_type == "Attorney" for u in attorneys)
    assert (await clio.users.get(me.id)).email == me.email


async def test_timer_start_and_stop(clio: ClioClient):
    entry = await clio.activities.create(
        m.ActivityCreate(type="TimeEntry", date=dt.date(2026, 11, 18), quantity=0)
    )
    assert await clio.timer.current() is None
    timer = await clio.timer.start(entry.id)
    assert timer.activity is not None
    assert timer.activity.id == entry.id
    running = await clio.timer.current()
    assert running is not None
    assert running.id == timer.id
    await clio.timer.stop()
    assert await clio.timer.current() is None


@pytest.mark.parametrize("idle", ["not_found", "null", "empty"])
async def test_no_running_timer_however_clio_says_it(clio: ClioClient, sandbox, idle: str):
    sandbox.settings.idle_timer = idle  # 404, {"data": null} or {"data": {}}
    assert await clio.timer.current() is None
    entry = await clio.activities.create(
        m.ActivityCreate(type="TimeEntry", date=dt.date(2026, 11, 18), quantity=0)
    )
    await clio.timer.start(entry.id)
    running = await clio.timer.current()
    assert running is not None
    assert running.activity.id == entry.id


async def test_payment_links_and_payments(clio: ClioClient):
    bill = await first(clio.bills, {"state": "awaiting_payment"})
    account = await first(clio.bank_accounts)
    link = await clio.payment_links.create(
        m.PaymentLinkCreate(
            currency="USD",
            description="Invoice payment",
            destination_account=m.Ref(id=account.id),
            duration=7 * 86400,
            subject=m.PaymentSubject(id=bill.id, type="Bill"),
            amount=250.0,
        )
    )
    assert link.url
    assert link.active
    assert link.amount == 250.0
    active = [x.id async for x in clio.payment_links.list({"active": True})]
    assert link.id in active
    expired = await clio.payment_links.update(link.id, m.PaymentLinkUpdate(expired=True))
    assert expired.active is False
    payments = [p async for p in clio.payments.list()]
    assert payments
    assert all(p.amount for p in payments)


async def test_damages_and_medical_records(clio: ClioClient):
    matter = await first(clio.matters)
    provider = await first(clio.contacts, {"type": "Company"})
    damage = await clio.damages.create(
        m.DamageCreate(
            amount=12000, damage_type="special", description="Lost wages", matter_id=matter.id
        )
    )
    assert damage.amount == 12000
    assert damage.matter
    assert damage.matter.id == matter.id
    assert (await clio.damages.update(damage.id, m.DamageUpdate(amount=9000))).amount == 9000
    await clio.damages.delete(damage.id)

    detail = await clio.medical_records_details.create(
        m.MedicalRecordsDetailCreate(
            matter_id=matter.id,
            medical_provider_id=provider.id,
            in_treatment=True,
            records_status="requested",
            bills_status="not_yet_requested",
            description="ER visit",
        )
    )
    assert detail.records_status == "requested"
    listed = [d.id async for d in clio.medical_records_details.list()]
    assert detail.id in listed
    updated = await clio.medical_records_details.update(
        detail.id, m.MedicalRecordsDetailUpdate(records_status="received")
    )
    assert updated.records_status == "received"
    await clio.medical_records_details.delete(detail.id)


async def test_practice_areas_crud(clio: ClioClient):
    area = await clio.practice_areas.create(
        m.PracticeAreaCreate(name="Maritime", category="admiralty_and_maritime")
    )
    assert area.name == "Maritime"
    coded = await clio.practice_areas.update(area.id, m.PracticeAreaUpdate(code="ADM"))
    assert coded.code == "ADM"
    await clio.practice_areas.delete(area.id)


async def test_webhooks_crud(clio: ClioClient):
    hook = await clio.webhooks.create(
        m.WebhookCreate(
            url="https://hooks.example.test/clio",
            model="matter",
            events=["created", "matter_closed"],
            fields="id,display_number,status",
        )
    )
    assert hook.model == "matter"
    assert hook.status in ("pending", "enabled")
    assert hook.expires_at is not None
    later = hook.expires_at + dt.timedelta(days=7)
    renewed = await clio.webhooks.update(hook.id, m.WebhookUpdate(expires_at=later))
    assert renewed.expires_at == later
    await clio.webhooks.delete(hook.id)


async def test_raw_api_call(clio: ClioClient):
    body = await clio.request("GET", "/api/v4/bills.json", params={"fields": "id,state"})
    assert body["data"]
    assert {"id", "state"} <= set(body["data"][0])
    me = await clio.request("GET", "api/v4/users/who_am_i.json")
    assert set(me["data"]) == {"id", "etag"}  # Clio's default fields
