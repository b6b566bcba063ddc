"""New contacts, matters and time entries as the seventh blind round told them (dev 4155-4190,
variants 2800-2814): a person's name at a company said in lower case, a company's name ending at
"theyre ...", a company asked for as "them" named in the story, the company in a signature block,
"make X the responsible attorney" and "put me down as responsible attorney", a request relayed
("Alice asked me to open ..."), a quoted description with an apostrophe, the client the story
named, "the Client meeting code is fine", "hours of legal research" and a bare display number
("00042") in shorthand (examples and counter-examples, with a small firm vocabulary, on Monday 7
December 2026 at 16:00 in New York)."""

from __future__ import annotations

import datetime as dt

import pytest

from intents import parse
from intents.vocabulary import Vocabulary

NOW = dt.datetime(2026, 12, 7, 21, 0, tzinfo=dt.UTC)  # Monday 7 December, 16:00 in New York
TZ = "America/New_York"


def _person(id_: int, first: str, last: str) -> dict:
    return {
        "id": id_,
        "name": f"{first} {last}",
        "type": "Person",
        "first_name": first,
        "last_name": last,
    }


SMITH, RAVI, CHEN = (
    _person(1, "John", "Smith"),
    _person(3, "Ravi", "Patel"),
    _person(4, "Emily", "Chen"),
)
OBRIEN, JOHNSON = _person(5, "David", "O'Brien"), _person(6, "Sarah", "Johnson")
GLOBEX = {"id": 8, "name": "Globex Industries", "type": "Company"}
BLUEBIRD = {"id": 10, "name": "Bluebird Bakery Inc.", "type": "Company"}
METRO = {"id": 14, "name": "Metro Court Reporting LLC", "type": "Company"}
VOCABULARY = Vocabulary.build(
    matters=[
        {"id": 42, "display_number": "00042-Smith", "description": "Smith v Jones", "client": SMITH},
        {"id": 39, "display_number": "00039-Patel", "description": "Patel estate planning", "client": RAVI},
        {"id": 45, "display_number": "00045-Johnson", "description": "Johnson vs. Brightline Logistics", "client": JOHNSON},
    ],
    contacts=[SMITH, RAVI, CHEN, OBRIEN, JOHNSON, GLOBEX, BLUEBIRD, METRO],
    users=[
        {"id": 11, "name": "Alice Nguyen", "first_name": "Alice", "email": "alice@demo-firm.test"},
        {"id": 12, "name": "Marcus Bell", "first_name": "Marcus", "email": "marcus@demo-firm.test"},
        {"id": 14, "name": "Hannah Whitaker", "first_name": "Hannah", "email": "hannah@demo-firm.test"},
    ],
    practice_areas=[{"id": 1, "name": "Estate Planning"}, {"id": 2, "name": "Corporate"}, {"id": 3, "name": "Real Estate"}],
    activity_descriptions=[
        {"id": 31, "name": "Telephone call"},
        {"id": 32, "name": "Legal research"},
        {"id": 33, "name": "Client meeting"},
    ],
)  # fmt: skip


def read(text: str):
    return parse(text, now=NOW, tz=TZ, vocabulary=VOCABULARY)


# rule "a name at a company"
@pytest.mark.parametrize(
    ("text", "first", "last", "company"),
    [
        ("add contact lisa moreno at metro court reporting, lmoreno@metro.example.com", "Lisa", "Moreno", "metro court reporting"),
        ("new contact tina brooks from northwind traders, tb@northwind.example.com", "Tina", "Brooks", "northwind traders"),
        ("add Lisa Moreno at Metro Court Reporting, lm@metro.example.com", "Lisa", "Moreno", "Metro Court Reporting"),
    ],
)  # fmt: skip
def test_a_name_at_a_company_is_the_person_and_their_employer(text, first, last, company):
    intent = read(text)
    assert (intent.resource, intent.action) == ("contacts", "create")
    assert (intent.fields["first_name"], intent.fields["last_name"]) == (first, last)
    assert intent.refs["company"] == company


def test_who_they_are_at_a_company_said_before_the_name_is_no_name():
    intent = read(
        "add the court reporter guy from metro court reporting, tony bianchi, tb@metro.example.com"
    )
    assert (intent.fields.get("first_name"), intent.fields.get("last_name")) == ("Tony", "Bianchi")


# rule "the company's name ends where the request goes on", a contraction typed without apostrophe
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("new company sunrise physical therapy, info@sunrisept.example.com, theyre treating maria garcia", "Sunrise Physical Therapy"),
        ("add company harbor imaging, scans@harbor.example.com, thats where maria had her mri", "Harbor Imaging"),
    ],
)  # fmt: skip
def test_a_company_name_ends_at_a_pronoun_typed_without_its_apostrophe(text, name):
    intent = read(text)
    assert intent.fields["type"] == "Company"
    assert intent.fields["name"] == name


# rule "them, named in the story"
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "We will be using Hudson Valley Title Agency on upcoming purchases. Please create a company "
            "contact for them: closings@hvtitle.example.com, 845-555-0122.",
            "Hudson Valley Title Agency",
        ),
        (
            "Ravi Patel's new accountant is Pinnacle Tax Advisors. Can you add them as a company "
            "contact? office@pinnacletax.example.com",
            "Pinnacle Tax Advisors",
        ),
    ],
)
def test_a_company_asked_for_as_them_is_the_one_the_story_names(text, name):
    intent = read(text)
    assert (intent.resource, intent.action) == ("contacts", "create")
    assert intent.fields["name"] == name
    assert intent.hint is None


def test_a_story_naming_two_companies_leaves_the_name_to_ask():
    intent = read(
        "We are dropping Acme Title LLC for Hudson Valley Title Agency. Please create a company "
        "contact for them: closings@hvtitle.example.com"
    )
    assert "name" not in intent.fields
    assert intent.hint is not None


# rule "the company in a signature"
def test_the_company_in_a_signature_block_is_the_employer():
    intent = read(
        "Globex sent over their new facilities contact, can you add her? Priscilla Wong | "
        "Facilities Director | Globex Industries | pwong@globex.example.com | 212-555-0185"
    )
    assert (intent.fields["first_name"], intent.fields["last_name"]) == ("Priscilla", "Wong")
    assert intent.fields["title"] == "Facilities Director"
    assert intent.refs["company"] == "Globex Industries"


def test_a_job_without_a_company_word_is_no_employer():
    intent = read("new contact Dana Cole, process server, dana@cole.example.com")
    assert "company" not in intent.refs


# rule "made responsible"
@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            'per hannah: open a new Estate Planning matter for Emily Chen, "Chen will and healthcare '
            'proxy", and make Hannah Whitaker the responsible attorney. Thank you.',
            "Hannah Whitaker",
        ),
        (
            "Bluebird Bakery Inc. wants us on their franchise agreement. Please open a Corporate "
            'matter, "Bluebird Bakery franchise agreement", and put me down as responsible attorney.',
            "me",
        ),
        ("open a matter for ravi patel, trust amendment, list marcus as the resp atty", "marcus"),
    ],
)
def test_a_verb_that_makes_someone_responsible(text, who):
    intent = read(text)
    assert (intent.resource, intent.action) == ("matters", "create")
    assert intent.refs["responsible_attorney"] == who


def test_make_sure_is_no_one_made_responsible():
    intent = read("open a matter for ravi patel, trust amendment, make sure it is billable")
    assert "responsible_attorney" not in intent.refs


# rule "asked to by a colleague", a quote with an apostrophe, rule "the client the story named"
@pytest.mark.parametrize(
    ("text", "client", "description", "area"),
    [
        ("hannah asked me to open a Real Estate matter for ravi patel, trust amendment", "3", "trust amendment", "Real Estate"),
        (
            "David O'Brien is back, he is selling his Chicago condo. Alice asked me to open a Real Estate "
            "matter for him, description \"O'Brien condo sale\", with Alice as responsible attorney.",
            "5", "O'Brien condo sale", "Real Estate",
        ),
        (
            "Ravi Patel called, he wants to amend his trust. Hannah asked me to open an Estate Planning "
            "matter for him, description \"Patel trust amendment\", with Hannah as responsible attorney.",
            "3", "Patel trust amendment", "Estate Planning",
        ),
    ],
)  # fmt: skip
def test_a_relayed_request_for_a_new_matter(text, client, description, area):
    intent = read(text)
    assert (intent.resource, intent.action) == ("matters", "create")
    assert intent.refs["client"] == client
    assert intent.fields["description"] == description
    assert intent.refs["practice_area"] == area


def test_a_story_naming_no_one_leaves_the_client_to_ask():
    intent = read(
        "The seller backed out yesterday. Hannah asked me to open a Real Estate matter for him, "
        "condo sale"
    )
    assert "client" not in intent.refs


# rule "the code said loosely", rule "hours of the work"
@pytest.mark.parametrize(
    ("text", "activity"),
    [
        (
            "Marcus asked me to log 1.5 hours for him on smith v jones for Wednesday, going over the "
            "depo outline with John Smith. The Client meeting code is fine.",
            "Client meeting",
        ),
        ("on Friday she did 2.25 hours of legal research on spoliation sanctions for 00045-Johnson", "Legal research"),
        ("0.5h on the patel estate yesterday w ravi about trustees, use the telephone call code", "Telephone call"),
    ],
)  # fmt: skip
def test_the_activity_said_as_its_code_or_as_hours_of_it(text, activity):
    intent = read(text)
    assert (intent.resource, intent.action) == ("activities", "create")
    assert intent.refs["activity_description"] == activity


def test_the_work_done_for_a_meeting_is_not_the_meeting():
    intent = read("1h on smith v jones today, prepping for the client meeting tomorrow")
    assert intent.refs.get("activity_description") != "Client meeting"


# rule "a display number said bare"
@pytest.mark.parametrize(
    ("text", "matter"),
    [
        ("rev & rev'd amended complaint 00042 1.2h fri L210", "42"),
        ("tc w client re depo dates 00045 .3h today", "45"),
    ],
)
def test_a_bare_display_number_is_the_matter(text, matter):
    intent = read(text)
    assert intent.refs["matter"] == matter  # the firm's matter of that number
    assert "000" not in intent.fields.get("note", "")
    plain = parse(text, now=NOW, tz=TZ)  # without the firm's names: the number, to look up
    assert plain.refs["matter"] == f"000{matter}"


def test_a_zip_code_or_a_receipt_number_is_no_matter():
    intent = read("1h today driving to the closing in jersey city 07302 on the patel estate")
    assert intent.refs.get("matter") != "07302"
    intent = read("$42 courier receipt #00042 on smith v jones today")
    assert intent.refs.get("matter") != "00042"


# rule "a name typed in lower case"
@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("new contact david o'brien-smith, d@x.example.com", {"first_name": "David", "last_name": "O'Brien-Smith"}),
        ("new company sunrise physical therapy llc, info@x.example.com", {"name": "Sunrise Physical Therapy LLC"}),
        ("new company bank of america, info@x.example.com", {"name": "Bank of America"}),
        ("new contact DeAndre McKay, d@x.example.com", {"first_name": "DeAndre", "last_name": "McKay"}),
    ],
)  # fmt: skip
def test_a_name_typed_in_lower_case_is_filed_capitalised(text, fields):
    intent = read(text)
    assert {k: intent.fields.get(k) for k in fields} == fields


# rule "whose time, relayed", a writer's self-introduction, "Priya's time"
@pytest.mark.parametrize(
    ("text", "user", "note"),
    [
        (
            "Hi, Tom from accounts here. Marcus asked me to log 1.5 hours for him on smith v jones for "
            "Wednesday, going over the depo outline with John Smith.",
            "12", "going over the depo outline with John Smith",
        ),
        (
            "hannah asked me to put in 0.4 for her on the patel matter today — she reviewed the trust draft",
            "14", "she reviewed the trust draft",
        ),
        (
            "Entering Marcus's time at his request: on Friday he did 2.25 hours of legal research on "
            "spoliation sanctions for matter 00045-Johnson.",
            "12", "legal research on spoliation sanctions",
        ),
        ("marcus's time: 2h friday on smith v jones, doc review", "12", "doc review"),
    ],
)  # fmt: skip
def test_a_colleagues_time_entered_for_them(text, user, note):
    intent = read(text)
    assert (intent.resource, intent.action) == ("activities", "create")
    assert intent.refs["user"] == user
    assert intent.fields["note"] == note


# rule "under a colleague's name", and whose time said after the entry's noun
@pytest.mark.parametrize(
    "text",
    [
        "record time for marcus not me 1.25 hours on smith v jones thursday preparing the index",
        "time entry for marcus bell 3 hours on smith v jones wednesday taking the deposition",
        "marcus texted: prepped the billing summary, 24 min this morning on smith v jones -- log it "
        "under marcus",
        "text from Marcus: finished the exhibit index for smith v jones, took me 1h45 yesterday -- "
        "log it under Marcus's name",
        "Marcus never recorded his time from Friday on smith v jones - 45 minutes with the expert. "
        "Could you put that in under his name?",
    ],
)
def test_a_colleagues_time_named_as_theirs(text):
    intent = read(text)
    assert (intent.resource, intent.action) == ("activities", "create")
    assert intent.refs["user"] == "12"
    assert "under" not in intent.fields.get("note", "")


def test_a_colleagues_time_entry_as_the_work_is_not_theirs():
    intent = read("log 2h on smith v jones for marcus's time entry review")
    assert "user" not in intent.refs


def test_work_for_him_is_the_works_words():
    intent = read("marcus asked me to log 1h on smith v jones, drafted a letter for him")
    assert "for him" in intent.fields["note"]


# a UTBMS activity said by its name without its code
def test_a_utbms_activity_said_without_its_code():
    vocabulary = Vocabulary.build(
        activity_descriptions=[
            {"id": 7, "name": "L110 Fact Investigation/Development"},
            {"id": 8, "name": "L120 Analysis/Strategy"},
        ],
    )
    said = parse(
        "45m fact investigation on acme - site photos", now=NOW, tz=TZ, vocabulary=vocabulary
    )
    assert said.refs["activity_description"] == "L110 Fact Investigation/Development"
    memo = parse("2h strategy memo for acme", now=NOW, tz=TZ, vocabulary=vocabulary)
    assert "activity_description" not in memo.refs  # one word of a name is any work's word


# rule "who they are, then is <name>"
@pytest.mark.parametrize(
    ("text", "first", "company", "title"),
    [
        ("new contact: globex's new facilities contact is Ben Ortiz, bortiz@globex.example.com", "Ben", "globex", None),
        ("add contact - the adjuster at state farm is kelly brown, kb@sf.example.com", "Kelly", "state farm", "adjuster"),
        ("new contact - priya's contact at globex is ben ortiz, bo@globex.example.com", "Ben", "globex", None),
        ("new contact, acme's general counsel is Dana Wu, dwu@acme.example.com", "Dana", "acme", "general counsel"),
    ],
)  # fmt: skip
def test_who_they_are_then_is_their_name(text, first, company, title):
    intent = read(text)
    assert (intent.fields["type"], intent.fields["first_name"]) == ("Person", first)
    assert intent.refs["company"] == company
    assert intent.fields.get("title") == title


def test_a_place_said_with_is_names_no_one():
    intent = read("new contact Jane Roe, jane@roe.example.com, her office is on fifth avenue")
    assert (intent.fields["first_name"], intent.fields["last_name"]) == ("Jane", "Roe")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            'Oliver Grant wants a change. Can you open a Family Law matter for him, "Grant custody '
            'modification"? Hannah should be the responsible attorney.',
            "Hannah",
        ),
        ("new matter for smith, supply dispute. Marcus will be responsible.", "Marcus"),
    ],
)
def test_who_should_be_responsible(text, who):
    assert read(text).refs["responsible_attorney"] == who


def test_the_firm_is_no_one_responsible():
    intent = read("new matter for john smith, supply dispute, the firm will be responsible")
    assert "responsible_attorney" not in intent.refs


def test_a_role_label_with_no_value_is_no_person():
    intent = read("open a matter for ravi patel, trust amendment, responsible attorney.")
    assert intent.refs.get("responsible_attorney") != "."


def test_a_self_introduction_with_a_dash_is_chatter():
    intent = read(
        "Tom here - Marcus asked me to enter 2 hours for him yesterday on smith v jones, doc review."
    )
    assert intent.refs["user"] == "12"
    assert intent.fields["note"] == "doc review"


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "Our new court reporter vendor is Empire Reporting Services. Please add them as a company "
            "contact, booking@empirereporting.example.com",
            {"type": "Company", "name": "Empire Reporting Services"},
        ),
        (
            "Sarah Johnson's new therapist is Dr. Paula Kim. can you add her as a contact? "
            "pkim@kimtherapy.example.com",
            {"type": "Person", "prefix": "Dr.", "first_name": "Paula", "last_name": "Kim"},
        ),
    ],
)
def test_a_contact_pointed_at_after_the_story_with_details_after(text, fields):
    intent = read(text)
    assert {k: intent.fields.get(k) for k in fields} == fields


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("add contact ana reyes w/ acme corp, areyes@acme.example.com", "acme corp"),
        ("add contact - marco diaz (bluebird bakery inc.), mdiaz@bluebird.example.com", "bluebird bakery inc."),
    ],
)  # fmt: skip
def test_the_employer_with_w_slash_or_in_an_aside(text, company):
    intent = read(text)
    assert intent.fields["type"] == "Person"
    assert intent.refs["company"] == company


def test_an_aside_without_a_company_word_is_no_employer():
    intent = read("add contact jim low (emily chen's appraiser), jim@low.example.com")
    assert "company" not in intent.refs


@pytest.mark.parametrize(
    ("text", "activity", "note"),
    [
        ("1.2 hrs on smith v jones yesterday, research memo - code it as legal research", "Legal research", "research memo"),
        ("1h w ravi today on the patel estate, bill it under client meeting", "Client meeting", "w ravi"),
    ],
)  # fmt: skip
def test_the_activity_asked_for_outright_leaves_the_note(text, activity, note):
    intent = read(text)
    assert intent.refs["activity_description"].lower() == activity.lower()
    assert intent.fields["note"] == note


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("smith v jones 00042 .5 tc w karen", "tc w karen"),
        ("0.6 00045 reviewed the privilege log", "reviewed the privilege log"),
    ],
)
def test_a_bare_display_number_beside_the_matters_name_leaves_the_note(text, note):
    intent = read(text)
    assert intent.refs["matter"] in ("42", "45")
    assert intent.fields["note"] == note


@pytest.mark.parametrize(
    ("text", "description", "who"),
    [
        (
            "Can we get a Corporate matter set up for Bluebird Bakery Inc.? Description: franchise "
            "agreement review. I'll be lead.",
            "franchise agreement review",
            "me",
        ),
        (
            "we need a real estate matter opened for ravi patel, condo purchase",
            "condo purchase",
            None,
        ),
        (
            "need a new matter opened for John Smith - he is buying a house",
            "he is buying a house",
            None,
        ),
    ],
)
def test_a_new_matter_asked_to_be_set_up_or_opened(text, description, who):
    intent = read(text)
    assert (intent.resource, intent.action) == ("matters", "create")
    assert intent.fields["description"] == description
    assert intent.refs.get("responsible_attorney") == who


def test_getting_a_matter_is_still_a_look_up():
    assert read("get the smith v jones matter").action != "create"


# rule "a practice area said without a comma", a colleague said with the role, "mtr"
@pytest.mark.parametrize(
    ("text", "description", "area", "lawyer"),
    [
        (
            "new matter for ravi patel purchase of his condo in hoboken real estate hannah is "
            "responsible",
            "purchase of his condo in hoboken", "Real Estate", "14",
        ),
        (
            "open a matter for ravi patel: he needs a new will estate planning assign it to hannah",
            "he needs a new will", "Estate Planning", "hannah",  # named, resolved by the core
        ),
        (
            "new matter bluebird bakery lease renewal for their second location corporate practice "
            "area marcus is the responsible attorney",
            "lease renewal for their second location", "Corporate", "12",
        ),
        ("new mtr: bluebird - trademark opposition, corporate, hannah resp atty",
         "trademark opposition", "Corporate", "14"),
        ("open matter for ravi patel, condo purchase, real estate, marcus atty",
         "condo purchase", "Real Estate", "12"),
    ],
)  # fmt: skip
def test_a_new_matters_area_and_lawyer_said_without_commas(text, description, area, lawyer):
    intent = read(text)
    assert (intent.resource, intent.action) == ("matters", "create")
    assert intent.refs["practice_area"] == area
    assert intent.refs["responsible_attorney"] == lawyer
    assert description.lower() in intent.fields["description"].lower()
    assert area.lower() not in intent.fields["description"].lower()
