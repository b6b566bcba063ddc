"""Creates of notes, contacts and matters as firm staff type them (issue 15, "records"): each
class of reading with examples and counter-examples."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from intents import parse
from intents.vocabulary import Vocabulary

NOW = dt.datetime(2026, 12, 3, 15, 30, tzinfo=dt.UTC)


def _person(id_: int, first: str, last: str) -> dict[str, object]:
    return {
        "id": id_,
        "name": f"{first} {last}",
        "type": "Person",
        "first_name": first,
        "last_name": last,
    }


GARCIA, JOHNSON, HART = (
    _person(8, "Maria", "Garcia"),
    _person(11, "Sarah", "Johnson"),
    _person(12, "Lena", "Hart"),
)
JONES, SMITH = _person(9, "Robert", "Jones"), _person(13, "John", "Smith")
GLOBEX = {"id": 14, "name": "Globex Industries", "type": "Company"}
VOCABULARY = Vocabulary.build(
    matters=[
        {
            "id": 40,
            "display_number": "00040-Garcia",
            "description": "Garcia v. Metro Transit Authority",
            "client": GARCIA,
        },
        {
            "id": 45,
            "display_number": "00045-Johnson",
            "description": "Johnson vs. Brightline Logistics",
            "client": JOHNSON,
        },
        {
            "id": 42,
            "display_number": "00042-Smith",
            "description": "Smith v Jones",
            "client": SMITH,
        },
    ],
    contacts=[GARCIA, JOHNSON, HART, JONES, SMITH, GLOBEX],
    users=[
        {"id": 1, "name": "Alice Nguyen", "email": "alice@demo-firm.test"},
        {"id": 2, "name": "Marcus Bell", "email": "marcus@demo-firm.test"},
        {"id": 3, "name": "Hannah Whitaker", "email": "hannah@demo-firm.test"},
    ],
    practice_areas=[
        {"id": 41, "name": "Litigation", "code": "LIT"},
        {"id": 42, "name": "Family Law", "code": "FAM"},
        {"id": 43, "name": "Real Estate", "code": "RE"},
        {"id": 44, "name": "Employment", "code": "EMP"},
        {"id": 45, "name": "Corporate", "code": "CORP"},
        {"id": 46, "name": "Estate Planning", "code": "EST"},
    ],
)


def read(text: str, vocabulary: Vocabulary | None = VOCABULARY):
    return parse(text, now=NOW, tz="America/New_York", vocabulary=vocabulary)


@pytest.mark.parametrize(
    ("text", "refs", "kind"),
    [
        ("note on sarah johnson: new address 45 lake shore dr", {"contact": "11"}, "Contact"),
        ("add a note on maria garcia - MRI back", {"contact": "8"}, "Contact"),
        ("note on dr hart - charges $1,500/hr", {"contact": "12"}, "Contact"),
        ("note on mr. robert jones: won't sit for depo", {"contact": "9"}, "Contact"),
        # counter-examples: a matter named first, or by its client's surname only
        ("note to file smith v jones - robert jones depo moved", {"matter": "42"}, "Matter"),
        ("note on the garcia file - records are in", {"matter": "40"}, "Matter"),
        ("note on johnson: settlement talks", {"matter": "45"}, "Matter"),
    ],
)
def test_a_notes_subject_is_a_contact_named_in_full_or_titled_else_a_matter(text, refs, kind):
    intent = read(text)
    assert (intent.refs, intent.fields["type"]) == (refs, kind)


@pytest.mark.parametrize(
    ("text", "detail", "date"),
    [
        (
            "note on the garcia file - client says PT ends in jan",
            "client says PT ends in jan",
            None,
        ),
        ("note on johnson - answer due 12/18", "answer due 12/18", None),
        (
            "note on johnson: hearing adjourned to 1/12, reply due 12/28",
            "hearing adjourned to 1/12, reply due 12/28",
            None,
        ),
        ("note on johnson yesterday: client called", "client called", "2026-12-02"),
    ],
)
def test_a_notes_detail_keeps_its_dates(text, detail, date):
    intent = read(text)
    assert (intent.fields["detail"], intent.fields.get("date")) == (detail, date)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("notes re johnson: brightline's counsel is now laura kim", "create"),
        ("notes on the johnson matter", "search"),
        ("notes re johnson", "search"),
    ],
)
def test_notes_with_content_after_a_colon_are_a_new_note(text, action):
    intent = read(text)
    assert (intent.resource, intent.action) == ("notes", action)


@pytest.mark.parametrize(
    ("text", "refs", "description"),
    [
        (
            "open a new matter for ravi patel - purchase of 5th ave condo, marcus responsible",
            {"client": "ravi patel", "responsible_attorney": "2"},  # Marcus, by the firm's names
            "purchase of 5th ave condo",
        ),
        (
            "new matter: Globex Industries - trademark opposition, corporate, me as responsible"
            " attorney",
            {
                "client": "14",  # the firm's one contact of that name
                "practice_area": "Corporate",
                "responsible_attorney": "me",
            },
            "trademark opposition",
        ),
        (
            "open matter for emily chen re post-divorce modification, family law",
            {"client": "emily chen", "practice_area": "Family Law"},
            "post-divorce modification",
        ),
        (
            "open a new matter - northwind traders: wage and hour audit, employment law",
            {"client": "northwind traders", "practice_area": "Employment"},
            "wage and hour audit",
        ),
        (
            "new matter for emily chen - prenup review, family, responsible atty hannah",
            {
                "client": "emily chen",
                "practice_area": "Family Law",
                "responsible_attorney": "hannah",
            },
            "prenup review",
        ),
        (
            "pls open a matter for ravi patel re trust amendment, estate planning, me responsible",
            {
                "client": "ravi patel",
                "practice_area": "Estate Planning",
                "responsible_attorney": "me",
            },
            "trust amendment",
        ),
        # counter-examples: a practice area's words inside the description stay in it
        (
            "new matter for acme: litigation hold review",
            {"client": "acme"},
            "litigation hold review",
        ),
        (
            "new matter for acme: contract review - phase 2",
            {"client": "acme"},
            "contract review - phase 2",
        ),
    ],
)
def test_a_new_matters_client_area_and_responsible_attorney_anywhere(text, refs, description):
    intent = read(text)
    assert (intent.resource, intent.action) == ("matters", "create")
    assert (intent.refs, intent.fields["description"]) == (refs, description)


@pytest.mark.parametrize(
    ("text", "refs", "description"),
    [
        # the firm's client named first, the new matter asked for after what it is about
        (
            "sarah johnson asked us to look at her severance offer - open an employment matter",
            {"client": "11", "practice_area": "Employment"},
            "sarah johnson asked us to look at her severance offer",
        ),
        (
            "Globex Industries needs a zoning variance, pls open a new real estate matter for them",
            {"client": "14", "practice_area": "Real Estate"},
            "Globex Industries needs a zoning variance",
        ),
        # the client leading the description stays in it; as a clause of its own it is placed
        (
            "new matter: John Smith guardianship petition (family law)",
            {"client": "13", "practice_area": "Family Law"},
            "John Smith guardianship petition",
        ),
        (
            "create a matter - Maria Garcia, disability benefits appeal, litigation",
            {"client": "8", "practice_area": "Litigation"},
            "disability benefits appeal",
        ),
        (
            "open a litigation matter for Globex Industries v. Harbor Freightways",
            {"client": "14", "practice_area": "Litigation"},
            "Globex Industries v. Harbor Freightways",
        ),
        # no verb: "matter for X: what it is about"
        (
            "matter for maria garcia: second accident claim",
            {"client": "8"},
            "second accident claim",
        ),
        # a practice area's code before "matter": the firm's, or a short one in capitals
        (
            "new EST matter for john smith re living trust",
            {"client": "13", "practice_area": "Estate Planning"},
            "living trust",
        ),
        (
            "new PI matter for maria garcia re the bus accident",
            {"client": "8", "practice_area": "PI"},
            "the bus accident",
        ),
    ],
)
def test_a_new_matter_said_as_people_type_it(text, refs, description):
    intent = read(text)
    assert (intent.resource, intent.action) == ("matters", "create")
    assert (intent.refs, intent.fields["description"]) == (refs, description)


@pytest.mark.parametrize(
    "text",
    ["matter for maria garcia", "garcia matter, open the file", "open matters for globex"],
)
def test_a_matter_named_is_not_a_new_one(text):
    assert read(text).action != "create"


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("open matter for emily chen re post-divorce modification", "create"),
        ("open matter: Lakeview Dental LLC - office lease review", "create"),
        ("open matter 00042-Smith", "get"),
    ],
)
def test_a_matter_opened_for_a_client_is_a_new_matter(text, action):
    assert read(text).action == action


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "new contact: dr. michael stone, orthopedist, mstone@stoneortho.com",
            ("Michael", "Stone"),
        ),
        ("new client contact - Peter Hall, peter.hall@gmail.com", ("Peter", "Hall")),
        ("add opposing counsel contact - mark davis, mdavis@davislaw.com", ("Mark", "Davis")),
        ("new contact: adjuster kelly brown, kbrown@statefarm.example.com", ("Kelly", "Brown")),
        ("add contact Dr Samuel Lee, neurologist, 212-555-0177", ("Samuel", "Lee")),
        ("add Dr. Anita Rao to contacts, anita.rao@kingsmed.org", ("Anita", "Rao")),
        ("add contact Jane Roe, jane.roe@example.com, 555-0142", ("Jane", "Roe")),
        # counter-example: a surname that looks like a trade is still a name
        ("add contact tim baker, tbaker@brightline-logistics.com", ("Tim", "Baker")),
    ],
)
def test_role_words_are_not_a_contacts_name(text, name):
    fields = read(text).fields
    assert (fields["type"], fields["first_name"], fields["last_name"]) == ("Person", *name)


def test_a_title_at_a_company_gives_both():
    intent = read("add contact frank oneil, frank@oneil.example, title CFO at Acme Corp")
    assert (intent.fields["title"], intent.refs["company"]) == ("CFO", "Acme Corp")
    intent = read("add contact jen park, title VP of Operations")
    assert (intent.fields["title"], intent.refs.get("company")) == ("VP of Operations", None)


@pytest.mark.parametrize(
    ("text", "refs"),
    [
        (
            "change responsible attorney on johnson to hannah",
            {"responsible_attorney": "hannah", "matter": "johnson"},
        ),
        (
            "set practice area on garcia to corporate",
            {"practice_area": "corporate", "matter": "garcia"},
        ),
        (
            "set responsible staff for the garcia matter to me",
            {"responsible_staff": "me", "matter": "garcia"},
        ),
    ],
)
def test_a_matters_field_set_on_the_matter_named_between(text, refs):
    intent = read(text)
    assert (intent.resource, intent.action, intent.refs) == ("matters", "update", refs)


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("who is dr hart", {"query": "hart"}),
        ("contact info for emily chen", {"query": "emily chen"}),
        ("list our company contacts", {"type": "Company"}),
        # counter-example: a name starting like an honorific is kept whole
        ("find contacts named Drake", {"query": "Drake"}),
    ],
)
def test_a_contact_look_up_asks_for_the_name_only(text, fields):
    intent = read(text)
    assert (intent.resource, intent.action, intent.fields) == ("contacts", "search", fields)


@pytest.mark.parametrize(
    ("text", "refs", "detail"),
    [
        (
            "edit the preferences note - prefers email now",
            {"note": "preferences"},
            "prefers email now",
        ),
        ("update note 12: client called back", {"note": "12"}, "client called back"),
        ("change note 12 to say client called", {"note": "12"}, "client called"),
    ],
)
def test_a_note_named_before_the_separator_gets_the_text_after_it(text, refs, detail):
    intent = read(text, None)
    assert (intent.action, intent.refs, intent.fields["detail"]) == ("update", refs, detail)


@pytest.mark.parametrize(
    ("text", "assignee", "matter", "name"),
    [
        # a matter named first as a clause of its own, then the request
        ("smith v jones — marcus to pull the police report, by friday", "2", "42", "police report"),
        ("for the garcia case, task to hannah: request the ER records", "3", "40", "ER records"),
        ("johnson -> hannah to draft the reply brief due 12/11", "3", "45", "reply brief"),
        # "I need to ...": the writer's own work
        ("garcia: I need to call the adjuster back tmrw", "me", "40", "adjuster"),
        ("i have to review the smith v jones transcript by monday", "me", "42", "transcript"),
        # ... or "need to" alone, the writer left out as in a note to self
        ("need to finalize the smith v jones exhibit list by the 11th", "me", "42", "exhibit"),
        ("still need to follow up w the garcia adjuster monday", "me", "40", "adjuster"),
        # its deadline or priority said first, as a label
        ("by cob monday: serve the garcia discovery responses", None, "40", "discovery"),
        ("high priority: file notice of appearance in smith v jones", None, "42", "appearance"),
        # a colleague's name, then a verb of work
        ("marcus draft the settlement letter in smith v jones by fri", "2", "42", "settlement"),
        # a task given with "a"
        ("give marcus a task on the johnson matter: prep the witness binder", "2", "45", "binder"),
        # "assigned to me", "(mine)" beside the writer's own name
        ("due tmrw, assigned to me (alice): sign the garcia demand letter", "1", None, "demand"),
        ("to do (mine) - outline the johnson depo questions by mon", "me", None, "outline"),
    ],
)
def test_a_new_task_said_as_people_type_it(text, assignee, matter, name):
    intent = read(text)
    assert (intent.resource, intent.action) == ("tasks", "create")
    assert intent.refs.get("assignee") == assignee
    if matter:
        assert intent.refs.get("matter") == matter
    assert name.lower() in intent.fields["name"].lower()


@pytest.mark.parametrize(
    "text", ["need to see my tasks due friday", "need to know how many hours i billed this week"]
)
def test_need_to_alone_before_a_question_is_the_question(text):
    assert read(text).action == "search"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("by eod fri - circulate the redline", "2026-12-04"),
        ("task for marcus: send the draft invoice for approval, eod tmrw", "2026-12-04"),
        ("task for marcus: circulate redline to GC by cob 12/9", "2026-12-09"),
        ("task for marcus: file the reply eod", "2026-12-03"),  # "eod" alone: today's
    ],
)
def test_a_day_after_eod_is_the_day_due(text, due):
    intent = read(text)
    assert intent.fields["due_at"] == due
    assert not re.search(r"\b(?:eod|cob)\b", intent.fields["name"], re.I)


@pytest.mark.parametrize("text", ["by the way: calls with ravi", "urgent: tasks due today"])
def test_a_label_before_no_work_is_no_task(text):
    assert read(text).action == "search"


def test_a_client_named_in_full_stays_in_the_task_title():
    intent = read("remind me to call maria garcia about her MRI results friday")
    assert "maria garcia" in intent.fields["name"]
    assert intent.refs["matter"] == "40"


@pytest.mark.parametrize(
    ("text", "resource", "action"),
    [
        ("hannah call w/ maria garcia tmrw 3pm", "calendar_entries", "create"),
        ("marcus called about the garcia file", "communications", "create"),
        ("smith v jones, 2h drafting the motion", "activities", "create"),
        ("assign task 88 to hannah", "tasks", "update"),
    ],
)
def test_an_opening_name_is_no_task_where_the_rest_is_not_one(text, resource, action):
    intent = read(text)
    assert (intent.resource, intent.action) == (resource, action)


@pytest.mark.parametrize(
    ("text", "subject", "detail"),
    [
        (
            "note for the johnson case, subject 'Damages': back pay claim is about 80k",
            "Damages",
            "back pay claim is about 80k",
        ),
        ("garcia note - she starts PT again on monday", None, "she starts PT again on monday"),
        ("jot down on smith v jones that the new contact there is Ann Lee", None, "Ann Lee"),
    ],
)
def test_a_note_said_as_people_type_it(text, subject, detail):
    intent = read(text)
    assert (intent.resource, intent.action) == ("notes", "create")
    assert intent.fields.get("subject") == subject
    assert detail in intent.fields["detail"]


def test_a_call_told_after_the_colon_names_its_other_party():
    intent = read("log a call: I phoned maria garcia about the IME date")
    assert (intent.resource, intent.action) == ("communications", "create")
    assert intent.refs["contact"] == "8"
    assert "IME" in intent.fields["subject"]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            "contact for Jenna O'Neill (emily chen's appraiser) phone 917 555 0142",
            "Jenna",
            "O'Neill",
        ),
        ("contact for Tom Baker, tom@baker.example", "Tom", "Baker"),
    ],
)
def test_a_contact_with_its_details_is_a_new_one(text, first, last):
    intent = read(text)
    assert (intent.resource, intent.action) == ("contacts", "create")
    assert (intent.fields["first_name"], intent.fields["last_name"]) == (first, last)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("we keep using the same courier, can you add them as a company contact: Swift Legal Couriers, dispatch@swift.example.com", "Swift Legal Couriers"),
        ("we use them for every service so pls save this vendor as a company contact - Lexington Process Servers, 646-555-0117", "Lexington Process Servers"),
    ],
)  # fmt: skip
def test_the_details_after_the_request_name_the_contact(text, name):
    """Rule "the details after the request": the narrative before it is no part of the name."""
    intent = read(text)
    assert (intent.resource, intent.action) == ("contacts", "create")
    assert (intent.fields["type"], intent.fields["name"]) == ("Company", name)


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("Name: Dana Whitfield | Email: dw@whitfield.example.com | Phone: (646) 555-0142 -- opposing counsel, add pls",
         {"type": "Person", "first_name": "Dana", "last_name": "Whitfield"}),
        ("first: Omar, last: Haddad, email: oh@northwind.example.com, title: controller",
         {"type": "Person", "first_name": "Omar", "last_name": "Haddad", "title": "controller"}),
        ("met the globex CFO thursday, can you add her? Janet Cole, CFO, jcole@globex.example.com",
         {"type": "Person", "first_name": "Janet", "last_name": "Cole", "title": "CFO"}),
        ("maria's therapist keeps emailing me, we should have him on file. Paul Brandt, 718-555-0190",
         {"type": "Person", "first_name": "Paul", "last_name": "Brandt"}),
        ("can you add the mediator in the chen divorce to contacts? Ruth Ellison, 212-555-0188",
         {"type": "Person", "first_name": "Ruth", "last_name": "Ellison"}),
        ("please add Keystone Insurance as a company contact, they're the insurer. main line 215-555-0177",
         {"type": "Company", "name": "Keystone Insurance"}),
        ("Harbor Title Co. — please add them as a company. closings@harbortitle.example.com",
         {"type": "Company", "name": "Harbor Title Co."}),
    ],
)  # fmt: skip
def test_a_new_contacts_name_apart_from_the_request_and_the_story(text, fields):
    """Rules "the name labelled", "the details after the request" (after "add her?") and "the
    company's name ends where the request goes on"."""
    intent = read(text)
    assert (intent.resource, intent.action) == ("contacts", "create")
    assert {key: intent.fields.get(key) for key in fields} == fields


def test_a_contact_named_alone_is_looked_up():
    assert read("contact for ravi patel").action == "search"


@pytest.mark.parametrize(
    ("text", "refs", "description"),
    [
        # a practice area as a clause right after the client's own clause
        (
            "new matter for maria garcia, employment, wrongful termination claim",
            {"client": "8", "practice_area": "Employment"},
            "wrongful termination claim",
        ),
        (
            "matter for globex industries - litigation - Globex v. Harbor breach of lease",
            {"client": "14", "practice_area": "Litigation"},
            "Globex v. Harbor breach of lease",
        ),
        # the responsible attorney said with a possessive, or as a bare colleague's clause
        (
            "new matter for john smith — real estate, lot line dispute, marcus's the responsible lawyer",
            {"client": "13", "practice_area": "Real Estate", "responsible_attorney": "marcus"},
            "lot line dispute",
        ),
        (
            "open matter globex industries - warehouse sublease - real estate - hannah",
            {"client": "14", "practice_area": "Real Estate", "responsible_attorney": "3"},
            "warehouse sublease",
        ),
        (
            "new matter for globex industries - dock repairs? hannah will run it",
            {"client": "14", "responsible_attorney": "3"},
            "dock repairs",
        ),
        # the area right after the client's name
        (
            "open matter - globex industries litigation, breach of supply contract, marcus",
            {"client": "14", "practice_area": "Litigation", "responsible_attorney": "2"},
            "breach of supply contract",
        ),
        (
            "john smith 2nd matter - fence dispute, real estate",
            {"client": "13", "practice_area": "Real Estate"},
            "fence dispute",
        ),
        # the client said before the story or as new
        (
            "poor sarah johnson, her employer withheld her last paycheck. open a new employment matter for her",
            {"client": "11", "practice_area": "Employment"},
            "her employer withheld her last paycheck",
        ),
        (
            "john smith is a new real estate client - boundary survey. hannah's matter",
            {"client": "13", "practice_area": "Real Estate", "responsible_attorney": "3"},
            "boundary survey",
        ),
        # "set up" a matter, and a matter a client "needs"
        (
            "set up an estate planning matter for sarah johnson, description 'living will'",
            {"client": "11", "practice_area": "Estate Planning"},
            "living will",
        ),
        (
            "sarah johnson needs a new matter: non-compete review, employment",
            {"client": "11", "practice_area": "Employment"},
            "non-compete review",
        ),
        # labelled briefly
        (
            "new matter - client: globex industries, description: roof repair claim, area: litigation, atty: marcus",
            {"client": "14", "practice_area": "Litigation", "responsible_attorney": "2"},
            "roof repair claim",
        ),
        (
            "create a new case for maria garcia: second opinion appeal, litigation, lead attorney hannah",
            {"client": "8", "practice_area": "Litigation", "responsible_attorney": "hannah"},
            "second opinion appeal",
        ),
    ],
)
def test_a_new_matters_details_said_as_clauses(text, refs, description):
    intent = read(text)
    assert (intent.resource, intent.action) == ("matters", "create")
    assert (intent.refs, intent.fields["description"]) == (refs, description)


@pytest.mark.parametrize(
    ("text", "resource"),
    [
        ("set up a client meeting in the garcia case", "calendar_entries"),
        ("set up a call with marcus tomorrow 3pm", "calendar_entries"),
        ("set up a new matter for globex: zoning appeal", "matters"),
    ],
)
def test_set_up_schedules_unless_it_names_a_record_to_open(text, resource):
    intent = read(text)
    assert (intent.resource, intent.action) == (resource, "create")


@pytest.mark.parametrize(
    ("text", "title", "company"),
    [
        ("new contact: omar diaz, odiaz@harbor.example, staff accountant at globex", "staff accountant", "globex"),
        ("add Nina Ross as a contact, she's a court reporter, nross@steno.example", "court reporter", None),
        ("add contact dr ellen park, radiologist, epark@imaging.example", "radiologist", None),
        ("new person: Tom Ikeda — Claims Manager at Harbor Mutual — tikeda@harbor.example", "Claims Manager", "Harbor Mutual"),
        # counter-examples: where they act is no title; the name is the clause that names
        ("contact for the adjuster on garcia v. metro: Kim Lo, klo@ins.example", None, None),
        ("add dana whitfield as a contact, she's the landlord's lawyer on globex, 212-555-0188", None, None),
        ("new contact Jane Roe, Brooklyn, jane@roe.example", None, None),  # a place, not a job
    ],
)  # fmt: skip
def test_a_persons_job_said_as_a_clause_after_the_name(text, title, company):
    intent = read(text)
    assert (intent.resource, intent.action) == ("contacts", "create")
    assert intent.fields["type"] == "Person" and intent.fields["last_name"] not in (
        "metro",
        "globex",
    )
    assert (intent.fields.get("title"), intent.refs.get("company")) == (title, company)


def test_a_companys_name_keeps_its_word_title():
    fields = read("add company First Title Co, 212-555-0100, closings@firsttitle.example").fields
    assert (fields["type"], fields["name"], fields.get("title")) == (
        "Company",
        "First Title Co",
        None,
    )


@pytest.mark.parametrize(
    ("text", "subject", "detail"),
    [
        ("note on smith v jones, subject Experts — dr hart confirmed", "Experts", "dr hart confirmed"),
        ("add a note to the garcia file: subj Liens - medicare lien letter came", "Liens", "medicare lien letter came"),
        # rule "a labelled subject" after words left of the request
        ("jot this down on smith v jones, subject experts: dr hart confirmed", "experts", "dr hart confirmed"),
        ("note on garcia: the subject of the call was PT: she is better", None, "the subject of the call was PT: she is better"),
    ],
)  # fmt: skip
def test_a_notes_subject_labelled_without_a_colon(text, subject, detail):
    intent = read(text)
    assert (intent.fields.get("subject"), intent.fields["detail"]) == (subject, detail)


@pytest.mark.parametrize(
    ("text", "user", "note"),
    [
        ("2h for marcus, smith v jones, depo prep", "2", "depo prep"),
        ("forty minutes for hannah on the garcia case - records review", "3", "records review"),
        # the work's, not the timekeeper: after other words, or a possessive
        ("1h drafted the memo for marcus re spoliation, smith v jones", None, "drafted the memo for marcus re spoliation"),
        ("1.5h for marcus's depo outline, smith v jones", None, "marcus's depo outline"),
        # a colleague's possessive right before the length: their hours ("priyas" typed so too)
        ("log marcus's 2 hrs on smith v jones depo prep", "2", "depo prep"),
        ("log hannahs 40 min on the garcia case records review", "3", "records review"),
    ],
)  # fmt: skip
def test_a_colleague_right_after_the_length_is_whose_time_it_is(text, user, note):
    intent = read(text)
    assert (intent.resource, intent.action) == ("activities", "create")
    assert (intent.refs.get("user"), intent.fields["note"]) == (user, note)


@pytest.mark.parametrize(
    ("text", "resource", "action"),
    [
        ("log tom's call to globex's AP dept thursday about draft invoice 1004", "communications", "create"),
        ("robert jones's lawyer emailed alice friday asking to push the depo", "communications", "create"),
        ("ravi patel's cell is 201-555-0147", "contacts", "update"),
        ("change ravi patel's cell to 201-555-0147", "contacts", "update"),
    ],
)  # fmt: skip
def test_a_colleagues_call_is_a_call_and_a_contacts_cell_a_field(text, resource, action):
    """Rule "a call to someone" and "the one who called": "tom's call" is no field of Tom's (a
    misspelt-looking "cell" still is), a lawyer before "emailed" is who wrote."""
    intent = read(text)
    assert (intent.resource, intent.action) == (resource, action)
