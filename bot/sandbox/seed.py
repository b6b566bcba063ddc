"""The demo firm: Demo Firm LLP's users, clients, matters, time, tasks, calendar, documents, bills.

Everything is deterministic for a given clock: dates are offsets from the seed "today" (the
clock's date in America/New_York when the store was seeded), so "due this week" stays meaningful.

Users (all `@demo-firm.test`): alice (attorney, admin, New York), marcus (attorney, Chicago),
hannah (attorney, London; her calendar is shared with the firm as Free/Busy), priya (paralegal; contacts visibility *restricted*, activity hours
*own only*), tom (billing staff, Chicago). Matters 00038-Acme ... 00049-Acme, e.g. 00042-Smith
"Smith v Jones"; priya is the responsible staff of 00042-Smith and 00040-Garcia.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from .store import Record
from .timeutil import iso

if TYPE_CHECKING:
    from .core import Sandbox

FIRM_ZONE = ZoneInfo("America/New_York")


class Seeder:
    """Adds records with ids, timestamps and etags as the API would."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sb = sandbox
        self.now = sandbox.clock.now()
        self.today = self.now.astimezone(FIRM_ZONE).date()
        self.created = iso(self.now - timedelta(days=90))

    def add(self, key: str, **fields: Any) -> Record:
        record: Record = {"id": self.sb.next_id(key), **fields}
        record.setdefault("created_at", self.created)
        record.setdefault("updated_at", self.created)
        record["_v"] = 1
        seed = f"{key}:{record['id']}:1:{record['updated_at']}"
        record["etag"] = '"' + hashlib.md5(seed.encode()).hexdigest() + '"'
        return self.sb.store.put(key, record)

    def day(self, offset: int) -> str:
        return (self.today + timedelta(days=offset)).isoformat()

    def at(self, offset: int, hour: int, minute: int = 0, zone: ZoneInfo = FIRM_ZONE) -> str:
        local = datetime.combine(self.today + timedelta(days=offset), time(hour, minute), zone)
        return iso(local)


def seed(sandbox: Sandbox) -> None:
    with sandbox.store.batch():
        Firm(Seeder(sandbox)).build()


class Firm:
    """Builds the demo firm in dependency order."""

    def __init__(self, s: Seeder) -> None:
        self.s = s
        self.users: dict[str, Record] = {}
        self.contacts: dict[str, Record] = {}
        self.matters: dict[str, Record] = {}
        self.areas: dict[str, Record] = {}
        self.descriptions: dict[str, Record] = {}
        self.bills: dict[str, Record] = {}
        self.folders: dict[str, Record] = {}
        self.documents: dict[str, Record] = {}
        self.task_types: dict[str, Record] = {}

    def build(self) -> None:
        self.s.sb.store.put_entry("meta", "seed", {"today": self.s.today.isoformat()})
        self.add_users()
        self.add_practice_areas()
        self.add_contacts()
        self.add_matters()
        self.add_activity_descriptions()
        self.add_bills()
        self.add_activities()
        self.add_task_types()
        self.add_tasks()
        self.add_calendar()
        self.add_communications()
        self.add_notes()
        self.add_documents()
        self.add_payments()
        self.add_injury()

    # -- people ----------------------------------------------------------------------------------
    def add_users(self) -> None:
        people = [
            (
                "alice",
                "Alice",
                "Nguyen",
                "Attorney",
                ["admin", "billing"],
                "America/New_York",
                350.0,
            ),
            ("marcus", "Marcus", "Bell", "Attorney", ["billing"], "America/Chicago", 300.0),
            ("hannah", "Hannah", "Whitaker", "Attorney", [], "Europe/London", 275.0),
            ("priya", "Priya", "Shah", "NonAttorney", ["reports"], "America/New_York", 150.0),
            (
                "tom",
                "Tom",
                "Reyes",
                "NonAttorney",
                ["accounts", "billing"],
                "America/Chicago",
                95.0,
            ),
        ]
        for index, (key, first, last, subscription, roles, zone, rate) in enumerate(people):
            user = self.s.add(
                "users",
                name=f"{first} {last}",
                first_name=first,
                last_name=last,
                email=f"{key}@demo-firm.test",
                enabled=True,
                roles=roles,
                subscription_type=subscription,
                rate=rate,
                time_zone=zone,
                initials=first[0] + last[0],
                phone_number=f"+1 212 555 01{index + 10}",
                account_owner=key == "alice",
                clio_connect=False,
                court_rules_default_attendee=False,
                contacts_visibility="restricted" if key == "priya" else "all",
                activity_hours_visibility="own" if key == "priya" else "all",
            )
            calendar = self.s.add(
                "calendars",
                name=user["name"],
                type="UserCalendar",
                owner_id=user["id"],
                creator_id=user["id"],
                color=("#367B9C", "#FFA5A4", "#83D17F", "#FFAC7B", "#8E3F64")[index],
                visible=True,
                source="web",
                # Hannah shares her calendar with the firm as Free/Busy: others see only when
                shares={"firm": "limited_viewer"} if key == "hannah" else {},
            )
            user = {**user, "default_calendar_id": calendar["id"]}
            self.users[key] = self.s.sb.store.put("users", user)
        self.firm_calendar = self.s.add(
            "calendars",
            name="Firm Calendar",
            type="AccountCalendar",
            creator_id=self.users["alice"]["id"],
            color="#009CEC",
            visible=True,
            source="web",
        )

    def add_practice_areas(self) -> None:
        for key, name, code, category in [
            ("litigation", "Litigation", "LIT", "civil_litigation"),
            ("estates", "Estate Planning", "EST", "wills_and_estates"),
            ("corporate", "Corporate", "CORP", "contracts"),
            ("injury", "Personal Injury", "PI", "personal_injury"),
            ("family", "Family Law", "FAM", "family"),
            ("property", "Real Estate", "RE", "real_estate"),
            ("employment", "Employment", "EMP", "employment_and_labor"),
        ]:
            self.areas[key] = self.s.add("practice_areas", name=name, code=code, category=category)

    def person(self, key: str, first: str, last: str, **extra: Any) -> None:
        slug = f"{first}.{last}".lower().replace("'", "")
        emails = [{"name": "Work", "address": f"{slug}@example.com", "primary": True}]
        self.contact(key, "Person", first_name=first, last_name=last, emails=emails, **extra)

    def company(self, key: str, name: str, domain: str, **extra: Any) -> None:
        emails = [{"name": "Work", "address": f"info@{domain}", "primary": True}]
        self.contact(key, "Company", name=name, emails=emails, **extra)

    def contact(self, key: str, kind: str, *, emails: list[dict[str, Any]], **fields: Any) -> None:
        phone = fields.pop("phone", None)
        street = fields.pop("street", None)
        city, province, postal = fields.pop("city", ("New York", "NY", "10001"))
        creator = fields.pop("creator", "alice")
        index = len(self.contacts) + 1
        nested = self.s.sb.next_id
        record: dict[str, Any] = {
            "type": kind,
            "creator_id": self.users[creator]["id"],
            "email_addresses": [{"id": nested("nested"), **e} for e in emails],
            "phone_numbers": [
                {
                    "id": nested("nested"),
                    "name": "Work",
                    "number": phone or f"+1 646 555 02{index:02d}",
                    "primary": True,
                }
            ],
            "addresses": [
                {
                    "id": nested("nested"),
                    "name": "Work" if kind == "Company" else "Home",
                    "street": street or f"{100 + index * 7} Main Street",
                    "city": city,
                    "province": province,
                    "postal_code": postal,
                    "country": "United States",
                }
            ],
            **fields,
        }
        self.contacts[key] = self.s.add("contacts", **record)

    def add_contacts(self) -> None:
        self.person("smith", "John", "Smith")
        self.person("patel", "Ravi", "Patel", city=("Jersey City", "NJ", "07302"))
        self.person("garcia", "Maria", "Garcia", city=("Brooklyn", "NY", "11201"))
        self.person("chen", "Emily", "Chen")
        self.person("obrien", "David", "O'Brien", city=("Chicago", "IL", "60601"))
        self.person("johnson", "Sarah", "Johnson", city=("Chicago", "IL", "60614"))
        self.company("acme", "Acme Corp", "acme.example.com", title=None)
        self.company("globex", "Globex Industries", "globex.example.com")
        self.company("northwind", "Northwind Traders LLC", "northwind.example.com")
        self.company("bluebird", "Bluebird Bakery Inc.", "bluebird.example.com")
        # Related contacts (visible to restricted users through their matters).
        self.person("karen", "Karen", "Smith")
        self.company("hospital", "St. Mary's Hospital", "stmarys.example.org")
        # Not linked to any matter: hidden from users with restricted contacts visibility.
        self.person("jones", "Robert", "Jones", city=("Newark", "NJ", "07102"))
        self.company("reporting", "Metro Court Reporting LLC", "metroreporting.example.com")
        self.person("hart", "Lena", "Hart", prefix="Dr.", title="Orthopaedic surgeon")
        # Created by the restricted paralegal, so visible to her.
        self.person("grant", "Oliver", "Grant", creator="priya")

    # -- matters ---------------------------------------------------------------------------------
    def add_matters(self) -> None:
        rows = [
            ("acme", 38, "Acme", "Acme Corp contract review",
             "corporate", "Open", "alice", -80),
            ("patel", 39, "Patel", "Patel estate planning",
             "estates", "Open", "hannah", -70),
            ("garcia", 40, "Garcia", "Garcia v. Metro Transit Authority",
             "injury", "Open", "marcus", -65),
            ("globex", 41, "Globex", "Globex Industries lease dispute",
             "litigation", "Pending", "alice", -60),
            ("smith", 42, "Smith", "Smith v Jones",
             "litigation", "Open", "alice", -55),
            ("chen", 43, "Chen", "Chen divorce",
             "family", "Open", "hannah", -50),
            ("obrien", 44, "OBrien", "O'Brien home purchase",
             "property", "Closed", "marcus", -120),
            ("johnson", 45, "Johnson", "Johnson vs. Brightline Logistics",
             "employment", "Open", "marcus", -40),
            ("northwind", 46, "Northwind", "Northwind Traders employee handbook",
             "employment", "Pending", "hannah", -35),
            ("bluebird", 47, "Bluebird", "Bluebird Bakery trademark registration",
             "corporate", "Closed", "alice", -150),
            ("smith_will", 48, "Smith", "Smith will and power of attorney",
             "estates", "Closed", "hannah", -200),
            ("acme_widget", 49, "Acme", "Acme Corp v. Widget Works",
             "litigation", "Open", "alice", -20),
        ]  # fmt: skip
        clients = {"smith_will": "smith", "acme_widget": "acme"}
        staff = {"smith": "priya", "garcia": "priya"}  # the paralegal who runs the file
        for key, number, suffix, description, area, status, lawyer, opened in rows:
            relationships = []
            if key == "smith":
                relationships.append(self.relationship("Spouse", "karen"))
            if key == "garcia":
                relationships.append(self.relationship("Treating hospital", "hospital"))
            self.matters[key] = self.s.add(
                "matters",
                number=number,
                display_number=f"{number:05d}-{suffix}",
                description=description,
                status=status,
                client_id=self.contacts[clients.get(key, key)]["id"],
                responsible_attorney_id=self.users[lawyer]["id"],
                responsible_staff_id=self.users[staff[key]]["id"] if key in staff else None,
                originating_attorney_id=self.users["alice"]["id"],
                practice_area_id=self.areas[area]["id"],
                open_date=self.s.day(opened),
                pending_date=self.s.day(opened + 5) if status == "Pending" else None,
                close_date=self.s.day(-10) if status == "Closed" else None,
                billable=True,
                billing_method="flat" if key == "patel" else "hourly",
                client_reference=None,
                location="New York" if key != "johnson" else "Chicago",
                creator_id=self.users["alice"]["id"],
                relationships=relationships,
            )

    def relationship(self, description: str, contact: str) -> dict[str, Any]:
        return {
            "id": self.s.sb.next_id("nested"),
            "description": description,
            "contact_id": self.contacts[contact]["id"],
            "created_at": self.s.created,
            "updated_at": self.s.created,
        }

    # -- time ------------------------------------------------------------------------------------
    def add_activity_descriptions(self) -> None:
        descriptions: list[tuple[str, str, dict[str, Any], int | None]] = [
            ("research", "Legal research", {"type": "User"}, None),
            ("drafting", "Drafting", {"type": "User"}, None),
            ("court", "Court appearance", {"type": "Custom", "amount": 400.0}, None),
            ("meeting", "Client meeting", {"type": "User"}, None),
            ("call", "Telephone call", {"type": "User"}, None),
            ("will", "Flat fee: will package", {"type": "FlatRate", "amount": 1500.0}, None),
            ("l110", "L110 Fact Investigation/Development", {"type": "User"}, 110),
            ("l120", "L120 Analysis/Strategy", {"type": "User"}, 120),
            ("l210", "L210 Pleadings", {"type": "User"}, 210),
            ("a101", "A101 Plan and prepare for", {"type": "User"}, 101),
        ]
        for key, name, rate, utbms in descriptions:
            self.descriptions[key] = self.s.add(
                "activity_descriptions",
                name=name,
                rate={"non_billable_amount": None, "amount": None, **rate},
                default=key == "research",
                visible_to_co_counsel=False,
                utbms_activity_id=utbms,
                utbms_task_name=name if utbms else None,
            )

    def add_bills(self) -> None:
        for key, number, matter, state, issued, due, total, paid in [
            ("smith_paid", 1001, "smith", "paid", -45, -15, 2450.0, 2450.0),
            ("acme_overdue", 1002, "acme", "awaiting_payment", -40, -10, 5200.0, 0.0),
            ("patel_due", 1003, "patel", "awaiting_payment", -5, 25, 1500.0, 0.0),
            ("globex_draft", 1004, "globex", "draft", None, None, 3800.0, 0.0),
            ("garcia_review", 1005, "garcia", "awaiting_approval", -2, 28, 980.0, 0.0),
            ("chen_void", 1006, "chen", "void", -30, 0, 600.0, 0.0),
            ("johnson_overdue", 1007, "johnson", "awaiting_payment", -60, -30, 2100.0, 500.0),
        ]:
            client = self.matters[matter]["client_id"]
            self.bills[key] = self.s.add(
                "bills",
                number=str(number),
                state=state,
                issued_at=self.s.day(issued) if issued is not None else None,
                due_at=self.s.day(due) if due is not None else None,
                start_at=self.s.day(-90),
                end_at=self.s.day(issued or 0),
                subject=f"Invoice {number}",
                memo=None,
                purchase_order=None,
                client_id=client,
                matter_ids=[self.matters[matter]["id"]],
                total=total,
                paid=paid,
                paid_at=self.s.at(-20, 11) if state == "paid" else None,
                tax_rate=0.0,
                secondary_tax_rate=0.0,
                user_id=self.users["tom"]["id"],
                last_sent_at=self.s.at(issued, 9) if issued is not None else None,
            )

    def add_activities(self) -> None:
        entries = [
            (
                "alice",
                "smith",
                "l110",
                -9,
                2.5,
                "Reviewed police report and witness statements",
                None,
            ),
            ("alice", "smith", "l210", -6, 3.0, "Drafted complaint", "smith_paid"),
            ("priya", "smith", "research", -5, 1.5, "Research on comparative negligence", None),
            ("marcus", "garcia", "meeting", -8, 1.0, "Intake meeting with Ms. Garcia", None),
            ("marcus", "garcia", "l120", -4, 2.0, "Case strategy memo", "garcia_review"),
            ("priya", "garcia", "research", -3, 0.75, "Collected medical records", None),
            ("hannah", "patel", "will", -12, 0.5, "Will package", "patel_due"),
            ("hannah", "patel", "call", -2, 0.3, "Call with Mr. Patel about trustees", None),
            (
                "alice",
                "acme",
                "drafting",
                -14,
                4.0,
                "Redlined master services agreement",
                "acme_overdue",
            ),
            ("alice", "acme", "call", -1, 0.5, "Call with Acme general counsel", None),
            ("alice", "globex", "l120", -7, 2.2, "Analysed lease default notice", "globex_draft"),
            ("hannah", "chen", "meeting", -3, 1.2, "Mediation preparation", None),
            (
                "marcus",
                "johnson",
                "court",
                -11,
                3.5,
                "Hearing on motion to dismiss",
                "johnson_overdue",
            ),
            ("priya", "johnson", "drafting", -2, 1.0, "Prepared exhibit binder", None),
            ("hannah", "northwind", "drafting", -4, 2.0, "Drafted remote work policy", None),
            ("tom", "acme_widget", "a101", 0, 0.4, "Prepared billing summary", None),
            ("alice", "acme_widget", "l110", 0, 1.8, "Reviewed Widget Works' answer", None),
            ("marcus", "obrien", "meeting", -30, 1.0, "Closing meeting", None),
        ]
        for user, matter, description, offset, hours, note, bill in entries:
            rate = self.descriptions[description]["rate"]
            flat = rate["type"] == "FlatRate"
            price = rate["amount"] if rate["type"] != "User" else self.users[user]["rate"]
            self.s.add(
                "activities",
                type="TimeEntry",
                date=self.s.day(offset),
                quantity=float(round(hours * 3600)),
                price=price,
                flat_rate=flat,
                note=note,
                matter_id=self.matters[matter]["id"],
                user_id=self.users[user]["id"],
                activity_description_id=self.descriptions[description]["id"],
                bill_id=self.bills[bill]["id"] if bill else None,
                non_billable=False,
                no_charge=False,
                tax_setting="no_tax",
                created_at=self.s.at(offset, 18),
                updated_at=self.s.at(offset, 18),
            )
        for user, matter, offset, price, note, vendor, reference in [
            ("alice", "smith", -6, 350.0, "Court filing fee", None, None),
            ("marcus", "garcia", -5, 420.0, "Deposition transcript", "reporting", "CHK-2207"),
            ("priya", "johnson", -3, 45.0, "Courier to court", None, None),
        ]:
            self.s.add(
                "activities",
                type="HardCostEntry" if vendor else "ExpenseEntry",
                date=self.s.day(offset),
                quantity=1.0,
                price=price,
                flat_rate=False,
                note=note,
                matter_id=self.matters[matter]["id"],
                user_id=self.users[user]["id"],
                vendor_id=self.contacts[vendor]["id"] if vendor else None,
                reference=reference,
                bill_id=None,
                non_billable=False,
                no_charge=False,
                tax_setting="no_tax",
            )

    def add_task_types(self) -> None:
        for name in ("Court Filing", "Client Call", "Research", "Discovery", "Deadline"):
            self.task_types[name] = self.s.add("task_types", name=name, deleted_at=None)
        self.task_types["Billing"] = self.s.add(
            "task_types", name="Billing", deleted_at=self.s.at(-30, 9)
        )  # disabled

    def add_tasks(self) -> None:
        types = {
            "File response to motion": "Court Filing",
            "Prepare deposition outline": "Discovery",
            "Request medical records": "Discovery",
        }
        tasks = [
            ("File response to motion", "smith", "alice", "User", "High", "pending", -2),
            ("Prepare deposition outline", "smith", "priya", "User", "High", "in_progress", 1),
            ("Send engagement letter", "acme_widget", "alice", "User", "Normal", "pending", 0),
            ("Request medical records", "garcia", "priya", "User", "Normal", "pending", 3),
            ("Expert report on injuries", "garcia", "hart", "Contact", "High", "pending", 6),
            ("Draft trust deed", "patel", "hannah", "User", "Normal", "pending", 4),
            ("Review lease amendments", "globex", "alice", "User", "Low", "pending", 10),
            ("Collect financial disclosures", "chen", "hannah", "User", "Normal", "pending", 2),
            ("Update conflict check", None, "tom", "User", "Low", "pending", 5),
            ("Send closing documents", "obrien", "marcus", "User", "Normal", "complete", -12),
            ("Prepare witness list", "johnson", "marcus", "User", "High", "pending", 8),
        ]
        for name, matter, assignee, kind, priority, state, due in tasks:
            people = self.users if kind == "User" else self.contacts
            self.s.add(
                "tasks",
                name=name,
                description=f"{name}.",
                description_text_type="plain_text",
                priority=priority,
                status=state,
                due_at=self.s.day(due),
                permission="public",
                matter_id=self.matters[matter]["id"] if matter else None,
                assignee_type=kind,
                assignee_id=people[assignee]["id"],
                assigner_id=self.users["alice"]["id"],
                completed_at=self.s.at(due, 16) if state == "complete" else None,
                notify_completion=False,
                statute_of_limitations=False,
                time_estimated=None,
                task_type_id=self.task_types[types[name]]["id"] if name in types else None,
            )
        self.s.add(
            "tasks",
            name="Personal CLE registration",
            description="Register for the ethics CLE.",
            description_text_type="plain_text",
            priority="Low",
            status="pending",
            due_at=self.s.day(14),
            permission="private",
            matter_id=None,
            assignee_type="User",
            assignee_id=self.users["marcus"]["id"],
            assigner_id=self.users["marcus"]["id"],
            completed_at=None,
            notify_completion=False,
            statute_of_limitations=False,
            time_estimated=None,
            task_type_id=None,
        )

    def add_calendar(self) -> None:
        def calendar(user: str) -> int:
            return int(self.users[user]["default_calendar_id"])

        monday = -self.s.today.weekday()
        entries: list[dict[str, Any]] = [
            {
                "summary": "Deposition of Robert Jones",
                "owner": calendar("alice"),
                "matter": "smith",
                "start": self.s.at(2, 10),
                "end": self.s.at(2, 12),
                "location": "Conference room A",
                "attendees": [
                    {"type": "Calendar", "id": calendar("priya")},
                    {"type": "Contact", "id": self.contacts["jones"]["id"]},
                ],
            },
            {
                "summary": "Client meeting with Ravi Patel",
                "owner": calendar("hannah"),
                "matter": "patel",
                "start": self.s.at(1, 14),
                "end": self.s.at(1, 15),
                "attendees": [{"type": "Contact", "id": self.contacts["patel"]["id"]}],
            },
            {
                "summary": "Hearing: Garcia v. Metro Transit Authority",
                "owner": calendar("marcus"),
                "matter": "garcia",
                "start": self.s.at(5, 9, 30),
                "end": self.s.at(5, 11),
                "location": "Kings County Supreme Court",
            },
            {
                "summary": "Weekly team meeting",
                "owner": self.firm_calendar["id"],
                "start": self.s.at(monday, 9),
                "end": self.s.at(monday, 10),
                "rule": "FREQ=WEEKLY;BYDAY=MO;COUNT=12",
            },
            {
                "summary": "Closing: O'Brien home purchase",
                "owner": calendar("marcus"),
                "matter": "obrien",
                "start": self.s.at(-20, 13),
                "end": self.s.at(-20, 14),
            },
            {
                "summary": "Filing deadline: Globex response",
                "owner": calendar("alice"),
                "matter": "globex",
                "start": iso(datetime.combine(self.date_at(7), time(), FIRM_ZONE)),
                "end": iso(datetime.combine(self.date_at(8), time(), FIRM_ZONE)),
                "all_day": True,
            },
            {
                "summary": "Medical appointment",  # private: Hannah's calendar is Free/Busy
                "owner": calendar("hannah"),
                "start": self.s.at(1, 11),
                "end": self.s.at(1, 12),
                "location": "Harley Street clinic",
            },
        ]
        for entry in entries:
            self.s.add(
                "calendar_entries",
                summary=entry["summary"],
                description=None,
                location=entry.get("location"),
                start_at=entry["start"],
                end_at=entry["end"],
                all_day=entry.get("all_day", False),
                recurrence_rule=entry.get("rule"),
                calendar_owner_id=entry["owner"],
                matter_id=self.matters[entry["matter"]]["id"] if "matter" in entry else None,
                attendees=entry.get("attendees", []),
                exdates=[],
                parent_calendar_entry_id=None,
                creator_id=self.users["alice"]["id"],
                source="web",
            )

    def date_at(self, offset: int) -> date:
        return self.s.today + timedelta(days=offset)

    def add_communications(self) -> None:
        def party(kind: str, key: str) -> dict[str, Any]:
            people = self.users if kind == "User" else self.contacts
            return {"type": kind, "id": people[key]["id"]}

        for kind, subject, body, matter, senders, receivers, (offset, hour, minute) in [
            ("EmailCommunication", "Witness availability", "I can meet any day next week.",
             "smith", [party("Contact", "smith")], [party("User", "alice")], (-3, 8, 47)),
            ("PhoneCommunication", "Trustee questions", "Discussed choice of trustees.",
             "patel", [party("User", "hannah")], [party("Contact", "patel")], (-2, 14, 20)),
            ("EmailCommunication", "Notice of deposition", "Please find the notice attached.",
             "smith", [party("User", "alice")], [party("Contact", "jones")], (-1, 16, 5)),
        ]:  # fmt: skip
            self.s.add(
                "communications",
                type=kind,
                subject=subject,
                body=body,
                received_at=self.s.at(offset, hour, minute),
                matter_id=self.matters[matter]["id"],
                user_id=self.users["alice"]["id"],
                senders=senders,
                receivers=receivers,
            )

    def add_notes(self) -> None:
        for kind, subject, detail, target, author, offset in [
            (
                "Matter",
                "Strategy",
                "Focus on the intersection camera footage.",
                "smith",
                "alice",
                -4,
            ),
            (
                "Matter",
                "Treatment",
                "Client still in physiotherapy twice a week.",
                "garcia",
                "marcus",
                -2,
            ),
            ("Contact", "Preferences", "Prefers phone calls after 5pm.", "patel", "hannah", -6),
        ]:
            self.s.add(
                "notes",
                type=kind,
                subject=subject,
                detail=detail,
                detail_text_type="plain_text",
                date=self.s.day(offset),
                matter_id=self.matters[target]["id"] if kind == "Matter" else None,
                contact_id=self.contacts[target]["id"] if kind == "Contact" else None,
                author_id=self.users[author]["id"],
            )

    # -- documents -------------------------------------------------------------------------------
    def folder(self, key: str, name: str, parent: str | None, matter: str | None = None) -> None:
        self.folders[key] = self.s.add(
            "folders",
            name=name,
            parent_id=self.folders[parent]["id"] if parent else None,
            root=parent is None,
            owner_root=matter is not None and parent == "root",
            matter_id=self.matters[matter]["id"] if matter else None,
            contact_id=None,
            locked=False,
            deleted_at=None,
            creator_id=self.users["alice"]["id"],
        )

    def add_documents(self) -> None:
        self.folder("root", "Documents", None)
        for matter in ("smith", "garcia", "acme"):
            self.folder(matter, self.matters[matter]["display_number"], "root", matter)
        self.folder("pleadings", "Pleadings", "smith", "smith")
        self.folder("medical", "Medical Records", "garcia", "garcia")
        for key, name, folder, uploaded, content_type in [
            ("complaint", "Complaint.pdf", "pleadings", True, "application/pdf"),
            ("engagement", "Engagement letter.docx", "acme", True,
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            ("mri", "MRI report.pdf", "medical", True, "application/pdf"),
            ("settlement", "Draft settlement.docx", "smith", False,
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ]:  # fmt: skip
            parent = self.folders[folder]
            uuid = "00000000-0000-4000-8000-" + f"{len(self.documents) + 1:012d}"
            content = f"{name} (demo content)".encode()
            version = {
                "id": self.s.sb.next_id("document_versions"),
                "uuid": uuid,
                "version_number": 1,
                "filename": name,
                "content_type": content_type,
                "size": len(content) if uploaded else None,
                "fully_uploaded": uploaded,
                "received_at": None,
                "creator_id": self.users["alice"]["id"],
                "created_at": self.s.created,
                "updated_at": self.s.created,
            }
            if uploaded:
                self.s.sb.store.put_upload(uuid, content, content_type)
            self.documents[key] = self.s.add(
                "documents",
                name=name,
                parent_id=parent["id"],
                matter_id=parent["matter_id"],
                contact_id=None,
                creator_id=self.users["alice"]["id"],
                received_at=None,
                locked=False,
                deleted_at=None,
                versions=[version],
            )

    # -- money -----------------------------------------------------------------------------------
    def add_payments(self) -> None:
        operating = self.s.add(
            "bank_accounts",
            name="Operating Account",
            type="Operating",
            currency="USD",
            currency_symbol="$",
            clio_payments_enabled=True,
            default_account=True,
            balance=48_250.0,
            account_number="****4821",
            institution="First Demo Bank",
            holder="Demo Firm LLP",
        )
        self.s.add(
            "bank_accounts",
            name="Client Trust Account",
            type="Trust",
            currency="USD",
            currency_symbol="$",
            clio_payments_enabled=False,
            default_account=False,
            balance=112_000.0,
            account_number="****7730",
            institution="First Demo Bank",
            holder="Demo Firm LLP",
        )
        paid_link = self.link(operating, "Bill", self.bills["smith_paid"]["id"], 2450.0, -20)
        self.link(operating, "Bill", self.bills["acme_overdue"]["id"], 5200.0, 0)
        self.link(operating, "BankAccount", operating["id"], 750.0, -40, "Retainer deposit")
        smith = self.contacts["smith"]
        payment = self.s.add(
            "clio_payments_payments",
            amount=2450.0,
            currency="USD",
            state="completed",
            description="Payment for invoice 1001",
            email_address=smith["email_addresses"][0]["address"],
            confirmation_number="CP-1001-7Q2X",
            deposit_as_revenue=True,
            contact_id=smith["id"],
            bill_ids=[self.bills["smith_paid"]["id"]],
            matter_ids=[self.matters["smith"]["id"]],
            link_id=paid_link["id"],
            destination_account_id=operating["id"],
            user_id=self.users["tom"]["id"],
        )
        self.s.sb.store.put("clio_payments_links", {**paid_link, "payment_id": payment["id"]})
        johnson = self.contacts["johnson"]
        self.s.add(
            "clio_payments_payments",
            amount=500.0,
            currency="USD",
            state="completed",
            description="Partial payment for invoice 1007",
            email_address=johnson["email_addresses"][0]["address"],
            confirmation_number="CP-1007-3M8K",
            deposit_as_revenue=True,
            contact_id=johnson["id"],
            bill_ids=[self.bills["johnson_overdue"]["id"]],
            matter_ids=[self.matters["johnson"]["id"]],
            link_id=None,
            destination_account_id=operating["id"],
            user_id=self.users["tom"]["id"],
        )

    def link(
        self, account: Record, kind: str, subject: int, amount: float, offset: int, text: str = ""
    ) -> Record:
        created = self.s.at(offset, 10)
        duration = 30 * 86_400
        return self.s.add(
            "clio_payments_links",
            amount=amount,
            currency="USD",
            description=text or None,
            email_address=None,
            duration=duration,
            expires_at=iso(datetime.fromisoformat(created) + timedelta(seconds=duration)),
            subject_type=kind,
            subject_id=subject,
            destination_account_id=account["id"],
            destination_contact_id=None,
            is_allocated_as_revenue=kind == "BankAccount",
            redirect_url=None,
            expired=False,
            payment_id=None,
            token=f"demo-link-{subject}-{offset}",
            created_at=created,
            updated_at=created,
        )

    def add_injury(self) -> None:
        garcia = self.matters["garcia"]["id"]
        for amount, kind, description in [
            (18_500.0, "special", "Medical expenses to date"),
            (4_200.0, "special", "Lost wages"),
            (50_000.0, "general", "Pain and suffering"),
        ]:
            self.s.add(
                "damages",
                amount=amount,
                damage_type=kind,
                description=description,
                matter_id=garcia,
            )
        nested = self.s.sb.next_id
        self.s.add(
            "medical_records_details",
            matter_id=garcia,
            medical_provider_id=self.contacts["hospital"]["id"],
            description="Emergency treatment and orthopaedic follow-up",
            in_treatment=True,
            records_status="received",
            bills_status="requested",
            treatment_start_date=self.s.at(-60, 15),
            treatment_end_date=None,
            records_request_date=self.s.at(-30, 9),
            records_follow_up_date=self.s.at(-15, 9),
            bills_request_date=self.s.at(-20, 9),
            bills_follow_up_date=self.s.at(5, 9),
            medical_records=[
                {
                    "id": nested("nested"),
                    "document_id": self.documents["mri"]["id"],
                    "start_date": self.s.at(-60, 15),
                    "end_date": self.s.at(-45, 15),
                    "created_at": self.s.created,
                    "updated_at": self.s.created,
                }
            ],
            medical_bills=[
                {
                    "id": nested("nested"),
                    "name": "St. Mary's emergency department",
                    "amount": 12_400.0,
                    "adjustment": 1_900.0,
                    "balance": 10_500.0,
                    "mark_balance_type_as": "lien",
                    "bill_date": self.s.day(-58),
                    "bill_received_date": self.s.day(-25),
                    "document_id": None,
                    "created_at": self.s.created,
                    "updated_at": self.s.created,
                }
            ],
        )
