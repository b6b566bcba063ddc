"""Which command a message is: one ordered table of named rules; the first whose cue holds wins.

Each rule is read and tested on its own: its name, its cue (a predicate on the message and its
command words), what it produces (resource and action), and examples it must win and
counter-examples it must not (`tests/intents/test_command_rules.py` runs them all). Cue words live
in `lexicon.py`. To add a rule, put it where it must win over the rules after it and give it an
example and a counter-example.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from intents import appointments, dates, durations, lazy, money
from intents import lexicon as lx
from intents.commands import ACTIONS, WORD, Command, entry_id, first_noun, words
from intents.model import Action, Resource
from intents.reading import Reading
from intents.scan import Scan, ending_at

Choice = tuple[Resource | None, Action]
Cue = Callable[[Reading, Command], bool]


@dataclass(frozen=True, slots=True)
class Rule:
    """A named reading of the command: when `cue` holds, `produces` gives resource and action."""

    name: str
    cue: Cue
    produces: Callable[[Reading, Command], Choice]
    examples: tuple[str, ...] = ()
    counter: tuple[str, ...] = ()


def choose(reading: Reading, command: Command) -> tuple[Rule, Choice]:
    """The first rule of `RULES` whose cue holds, and what it produces."""
    for rule in RULES:
        if rule.cue(reading, command):
            return rule, rule.produces(reading, command)
    raise AssertionError("the last rule always holds")  # pragma: no cover


def decide(reading: Reading, command: Command) -> Choice:
    """Resource and action of the message."""
    return choose(reading, command)[1]


# -- facts the cues share -------------------------------------------------------------------------


def _find(reading: Reading, pattern: re.Pattern[str], pos: int = 0) -> re.Match[str] | None:
    """`pattern.search(reading.text, pos)`, through the message's `Scan`: a pattern several cues
    look for is searched once, and not at all in a text without the words it needs."""
    return reading.scan.search(pattern, pos)


def _resource(reading: Reading, command: Command) -> Resource | None:
    """The resource the command words give: the noun, a Clio link, the verb's own, or a cue word."""
    if command.noun:
        return command.noun.resource
    resource = _linked(reading) or _DEFAULT_RESOURCE.get(command.verb or "")
    if resource is None and command.verb_text in lx.WHO_WORDS:
        return "contacts"
    if resource is None and _find(reading, lx.DUE):
        return "tasks"
    return resource


def _action(reading: Reading, command: Command) -> Action:
    """The action the verb gives, or for no verb or a look-up verb, what the message carries."""
    if command.verb is None:
        return _verbless(reading, command)
    if command.verb in ("show", "find", "ask"):
        return _lookup(reading, command)
    return ACTIONS[command.verb]


def _by_words(reading: Reading, command: Command) -> Choice:
    return _resource(reading, command), _action(reading, command)


def _fixed(resource: Resource | None, action: Action) -> Callable[[Reading, Command], Choice]:
    return lambda reading, command: (resource, action)


def _noun_is(*resources: Resource) -> Cue:
    return lambda reading, command: command.noun is not None and command.noun.resource in resources


def _verb_in(*verbs: str | None) -> Cue:
    return lambda reading, command: command.verb in verbs


def _leading_number(reading: Reading, command: Command) -> bool:
    """A length said first ("2h Smith drafting", "1.5 on X"); not a matter's display number
    ("00049 note dated fri: ...", "00042-Smith: ...")."""
    if command.verb is not None or lx.LEADING_NUMBER.match(reading.text) is None:
        return False
    return lx.DISPLAY_NUMBER_FIRST.match(reading.text) is None


# -- cues -----------------------------------------------------------------------------------------


def _timer(reading: Reading, command: Command) -> bool:
    resource = command.noun.resource if command.noun else None
    return resource == "timer" or (
        command.verb in ("start", "stop") and resource in (None, "activities")
    )


def _timer_action(reading: Reading, command: Command) -> Choice:
    on = command.verb is None and lx.TIMER_ON.match(reading.text, max(command.noun_end, 0))
    if command.verb in ("start", "add", "log") or on:  # "timer on the chen divorce"
        return "timer", "start"
    if command.verb in ("stop", "delete", "complete"):
        return "timer", "stop"
    return "timer", "get"


def _bare_number(reading: Reading, command: Command) -> bool:
    return lx.BARE_NUMBER.fullmatch(reading.text) is not None


def _who_am_i(reading: Reading, command: Command) -> bool:
    return _find(reading, lx.WHO_AM_I) is not None


def _upload(reading: Reading, command: Command) -> bool:
    return command.verb_text in ("upload", "attach")


# Records "set up" creates rather than puts in the calendar: "set up a family law matter for ...".
_SET_UP = frozenset({"tasks", "matters", "folders", "payment_links"})


def _schedule(reading: Reading, command: Command) -> bool:
    if command.noun is None:
        return command.verb == "schedule"
    unscheduled = {"tasks"} if command.verb_text not in ("set up", "setup") else _SET_UP
    return command.verb == "schedule" and command.noun.resource not in unscheduled


def _recurring(reading: Reading, command: Command) -> bool:
    """ "weekly team mtg every monday 9am for 8 weeks": a repeating appointment, not a search."""
    if command.verb not in (None, "add") or not _find(reading, lx.RECURRING):
        return False
    appointment = any(
        lx.NOUNS[found].resource == "calendar_entries"
        for found in _nouns_in(reading)
        if lx.NOUNS[found].content
    )
    if appointment or _find(reading, lx.CLOCK) is not None:
        return True
    return _find(reading, _CLOCK_STRETCH) is not None  # "monthly compliance review ... 10-11"


def _nouns_in(reading: Reading) -> list[str]:
    tokens, found, index = words(reading.text), [], 0
    while (hit := first_noun(tokens, index)) is not None:
        found.append(hit[0])
        index = hit[1] + hit[2]
    return found


def _appointment(reading: Reading, command: Command) -> bool:
    """ "move Monday's status call to 4pm", "reschedule tomorrow's team meeting to 3pm", "cancel
    the call on Friday": a call or meeting moved in time or cancelled is a calendar entry (a
    logged call is not moved to 4pm), also when a colleague or client word comes first."""
    noun = command.noun
    if command.verb not in ("move", "delete") or (noun and noun.resource == "calendar_entries"):
        return False
    if noun is not None and not (noun.content and noun.detail in (None, "PhoneCommunication")):
        after = noun.resource in ("users", "contacts") and _calendar_noun_after(reading, command)
        if not after:
            return False
    if command.verb == "delete":
        return command.verb_text == "cancel" and noun is not None
    return noun is None or _find(reading, lx.NEW_WHEN, command.verb_end) is not None


_NEW_LENGTH = lazy.regex(
    r"\bto\s+(?:\$\s*\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?|\.\d+)(?!\s*(?:am|pm|a\.m\.|p\.m\.|:\d))"
    r"(?:\s*(?:h|hr|hrs|hours?|m|min|mins|minutes?)\b\.?)?\s*$",
    re.I,
)


_NOT_A_CLOCK = lazy.regex(r"[$.]|\d\s*[a-z]", re.I)  # "$55", "1.25", ".7", "45 min", "2h"
_TO_MATTER = lazy.regex(r"\bto\s+(?:the\s+)?(?:\d{5}\b|.*\b(?:matter|case|file)\s*$)", re.I)


def _entry_by_its_work(reading: Reading, command: Command) -> bool:
    """ "change marcus's intake meeting on garcia to 1.25", "delete the closing meeting entry on
    o'brien", "get rid of the depo transcript expense": a call, meeting or depo word that is the
    work of a time or expense entry, since an entry word follows it or the new value is a length
    or an amount (an appointment is moved to a time, a call log has no length)."""
    noun = command.noun
    if command.verb == "update" and noun is None:  # "change the filing fee on smith to $400"
        return _find(reading, _NEW_LENGTH) is not None
    if command.verb == "delete" and noun is None:  # "remove the $350 filing fee"
        return command.priced
    if command.verb not in ("update", "move", "delete") or noun is None:
        return False
    later = [k for k in _nouns_in(reading) if not lx.NOUNS[k].content]
    entry_word = any(lx.NOUNS[k].resource == "activities" for k in later)
    if noun.resource == "medical_records_details":  # "priya's collected medical records entry"
        return command.verb != "move" and entry_word
    if not noun.content or noun.resource not in ("calendar_entries", "communications"):
        return False
    if command.verb == "move":  # "move the garcia hearing to dec 9 same time": an appointment
        if any(k in ("entry", "time entry") for k in later):  # "move my acme call entry to today"
            return True
        email = noun.detail == "EmailCommunication"  # "move the X email to garcia": the log
        return _find(reading, _TO_MATTER) is not None and (entry_word or not email)
    if any(lx.NOUNS[k].resource == "activities" for k in later):
        return not any(
            lx.NOUNS[k].resource in ("calendar_entries", "communications") for k in later
        )
    if _find(reading, _LENGTH_OF) is not None:  # "change the length of the jones depo to 3h"
        return False
    new = _find(reading, _NEW_LENGTH) if command.verb == "update" else None
    return new is not None and _NOT_A_CLOCK.search(new.group()) is not None  # "to 2": 2pm?


_LENGTH_OF = lazy.regex(r"\b(?:length|duration)\s+(?:of|for|on)\b", re.I)
_TO_ENTRY_NOTE = lazy.regex(
    r"\bto\s+(?:the\s+)?(?:note|description|narrative)\s+(?:on|of|for|in)\s+.*"
    r"\b(?:entry|expense|time)\b",
    re.I,
)


def _appended_to_entry(reading: Reading, command: Command) -> bool:
    """ "append '& 911 transcript' to the note on my police report entry": the entry's note."""
    return command.verb_text.lower() == "append" and _find(reading, _TO_ENTRY_NOTE) is not None


_BILLABLE_END = lazy.regex(r"\b(?:(?:non|not|un)[- ]?billable|billable)\s*$", re.I)


def _made_billable(reading: Reading, command: Command) -> bool:
    """ "make tom's billing summary entry non-billable": an entry made (non-)billable, not a new
    one (no length, no amount)."""
    if command.verb_text.lower() not in ("make", "mark") or command.timed or command.priced:
        return False
    if _leading_number(reading, command):
        return False
    noun = command.noun  # "make hannah's mediation prep entry ...": "entry" says which kind
    if noun is not None and noun.resource != "activities" and not _AN_ENTRY.search(reading.text):
        return False
    return _find(reading, _BILLABLE_END) is not None


_AN_ENTRY = lazy.regex(r"\b(?:entry|time)\b(?!\s+(?:on|in)\s+(?:the\s+)?calendar)", re.I)


def _calendar_noun_after(reading: Reading, command: Command) -> bool:
    """Whether an appointment word follows the noun closely ("team meeting", "client call")."""
    tokens = [t for t in words(reading.text) if t.start >= command.noun_end][:3]
    found = first_noun(tokens, 0)
    return found is not None and lx.NOUNS[found[0]].content and found[0] not in lx.NOT_APPOINTMENTS


def _past_work(reading: Reading, command: Command) -> bool:
    """ "lst fri 4-6pm researching whistleblower retaliation for johnson", "globex, today
    8:30-9:10am, prepped for call w/ client": a stretch of clock time already over, with work
    said as done or doing and no verb, is time spent, not an appointment."""
    noun, work = command.noun, _find(reading, lx.WORK_DONE)
    if command.verb is not None or command.timed or work is None:
        return False
    if noun is not None and not noun.content and command.noun_start < work.start():
        return False  # a record word before the work ("documents reviewed 3-4pm") is searched
    found = durations.stretch(Scan(reading.text))
    if found is None:
        return False
    hit = dates.take(Scan(reading.text), reading.clock, "future")  # "friday": still to come
    day, today = (hit.span.start if hit else reading.clock.today), reading.clock.today
    now = reading.clock.now.hour * 60 + reading.clock.now.minute
    return day < today or (day == today and found[1] <= now)


def _at_a_time(reading: Reading, command: Command) -> bool:
    """ "depo Smith 3pm": an appointment word and a clock time, no verb (an email is no
    appointment: "email in from widget works' counsel at 8:12 today")."""
    noun = command.noun
    clock = command.verb is None and not _leading_number(reading, command)
    return (
        clock
        and noun is not None
        and noun.content
        and noun.resource in ("calendar_entries", "communications")
        and noun.detail != "EmailCommunication"
        and appointments.clock_said(reading.text)
        and not _past_stretch(reading, command)
        and not _call_logged(reading, command)
    )


def _call_logged(reading: Reading, command: Command) -> bool:
    """ "sarah johnson called at 9:15 this am re her depo", "phone call w/ emily chen yesterday
    4pm": a call or email said as done, or one on a day gone by, is logged with its time, not put
    on the calendar."""
    if _comm_done(reading, command):
        return True
    noun = command.noun
    if noun is None or not noun.content or noun.resource != "communications":
        return False
    # "voicemail from john smith at 2:15 today": one that came in, at a time already gone by
    by_clock = _find(reading, lx.INCOMING) is not None
    return appointments.when(reading, by_clock=by_clock) == "past"


def _appointment_word(reading: Reading) -> bool:
    """Whether the message names a meeting, a call or a hearing (not an email)."""
    for found in _nouns_in(reading):
        noun = lx.NOUNS[found]
        if not noun.content or found in lx.NOT_APPOINTMENTS:
            continue
        if noun.resource == "calendar_entries" or noun.detail == "PhoneCommunication":
            return True
    return _find(reading, appointments.MEETING) is not None


def _appointment_ahead(reading: Reading, command: Command) -> bool:
    """ "45 min call w/ maria garcia fri 2pm", "2:30-3:30 tmrw zoom w/ globex GC": a length or a
    stretch of clock time, a meeting word and a time of day still ahead is an appointment of that
    length; with a past day or story ("2 hour strategy meeting garcia yesterday") it is time.
    "add a 90 min working session tmrw starting 2:30": "add" writes either, so it is read alike."""
    stretch = (
        command.verb == "add"
        and command.noun is None
        and _find(reading, _TIMES_STRETCH) is not None
    )
    if command.verb not in (None, "add") or not (
        command.timed or _leading_number(reading, command) or stretch
    ):
        return False  # "add a site visit fri 8am to 10am": a stretch of clock time is its length
    if command.verb == "add" and _on_calendar(reading, command):
        return False  # "the calendar named" reads it
    noun = command.noun
    # a record word naming what it is about ("med records review call") is no record
    modifier = noun is not None and _calendar_noun_after(reading, command)
    if noun is not None and not (noun.content or noun.resource in _PARTIES or modifier):
        # "quarterly file audit thurs the 17th at 10am, 2 hours": a record word inside what
        # the block is for, not the message's own record
        inside = lx.ADJACENT.fullmatch(reading.text, command.verb_end, command.noun_start) is None
        if not (inside and _starts_on_a_day_ahead(reading)):
            return False
    return (
        appointments.clock_said(reading.text)
        and (_appointment_word(reading) or _starts_on_a_day_ahead(reading))
        and _find(reading, appointments.FOR_EVENT) is None
        and appointments.when(reading) == "ahead"
    )


_STARTS_AT = lazy.regex(
    r"\bat\s+\d{1,2}(?::[0-5]\d)?\s*(?:[ap]\.?m\.?)?(?![\w:/.])|\bat\s+noon\b", re.I
)


def _starts_on_a_day_ahead(reading: Reading) -> bool:
    """ "year-end billing review on wed the 16th at 2pm, an hour and a half": a length and the
    time it starts at ("at 2pm") on a day still to come is a block on the calendar, whatever the
    work (time is logged for work done, not work planned); a deadline ("due fri at 5pm") is a
    task's (rule "work booked ahead")."""
    if _find(reading, _STARTS_AT) is None or _find(reading, lx.DUE) is not None:
        return False
    return appointments.when(reading, by_clock=False) == "ahead"


_PARTIES = frozenset({"contacts", "users", "matters"})


# "8am to 10am", "9:00-9:45": a stretch between two clock times (not "555-0100")
_TIMES_STRETCH = lazy.regex(
    r"(?<![\w:.-])\d{1,2}(?::[0-5]\d\s*|\s*[ap]\.?m\.?\s*)(?:-|–|to\b|until\b|till\b)\s*"
    r"\d{1,2}(?::[0-5]\d|\s*[ap]\.?m\b)",
    re.I,
)
_CLOCK_STRETCH = lazy.regex(r"\d\s*(?:[ap]\.?m\.?\s*)?(?:-|–|to\b|until\b|till\b)\s*\d", re.I)


def _billed_to(reading: Reading, command: Command) -> bool:
    """ "was on brightline's interrogatory answers from 2 to 4:30 this afternoon, bill it to sarah
    johnson's case", "$40 cab to court, charge it to garcia": work or money told, then billed to
    a matter, is an entry, whatever record words the story has (rule "billed to a matter")."""
    if command.verb not in (None, "log", "add") or _find(reading, lx.BILLED_TO) is None:
        return False
    if appointments.when(reading) == "ahead":
        return False  # "tmrw 5pm to 6 - call w ravi, put it under patel": an appointment
    if command.timed or command.priced or _leading_number(reading, command):
        return True
    return _find(reading, _CLOCK_STRETCH) is not None


def _worked_stretch(reading: Reading, command: Command) -> bool:
    """A stretch of clock time already over: time worked (see the two readings below)."""
    if _find(reading, _CLOCK_STRETCH) is None:  # no "9:30-11", "1pm to 2:30pm"
        return False
    return _past_stretch(reading, command) or _past_work(reading, command)


def _past_stretch(reading: Reading, command: Command) -> bool:
    """ "1pm-2:30pm yesterday garcia - depo prep w/ marcus", "9:30-11 this morning": a stretch
    of clock time in the past is time worked, whatever the meeting word."""
    if command.verb is not None or (command.noun is not None and not command.noun.content):
        return False
    if durations.take_range(Scan(reading.text)) is None:
        return False
    if command.noun is not None and command.noun_start == 0 and not _find(reading, lx.WORK_DONE):
        return False  # "depo 1-2:30pm yesterday garcia": the appointment itself, for the calendar
    return appointments.when(reading) == "past"


def _on_calendar(reading: Reading, command: Command) -> bool:
    """ "put a 30 min call with ravi on the calendar tmrw 11am": the calendar is named; not in a
    task to do ("todo for priya - put the discovery deadlines on the calendar, due friday"), but
    a deadline said first is the entry ("brief due 12/22 - put it on alice's calendar")."""
    if command.verb not in (None, "add", "log") or (said := _find(reading, lx.ON_CALENDAR)) is None:
        return False
    noun = command.noun
    task = noun is not None and noun.resource == "tasks" and command.noun_start <= 1
    due = _find(reading, lx.DUE, said.end())
    return not (task or due)


def _matter_status(reading: Reading, command: Command) -> bool:
    """ "move smith v jones to pending": a matter's status, not an appointment moved."""
    return (
        command.verb == "move"
        and command.noun is None
        and _find(reading, lx.NEW_STATUS) is not None
    )


def _day_and_time(reading: Reading, command: Command) -> bool:
    """ "lunch with marcus tomorrow noon", "out of office dec 24 all day": no verb and no record
    word but an appointment's word or a person, and a time of day: an appointment."""
    noun = command.noun
    if command.verb is not None or _leading_number(reading, command) or command.timed:
        return False
    if noun is not None and not (noun.content or noun.resource in ("contacts", "users")):
        return False
    if noun is not None and noun.detail == "EmailCommunication":
        return False  # an email is no appointment, whatever its time
    if _call_logged(reading, command):
        return False
    text = reading.text
    return appointments.clock_said(text) or lx.ALL_DAY.search(text) is not None


def _call_with_party(reading: Reading, command: Command) -> bool:
    """ "phone call from maria garcia yesterday", "email from emily chen re: schedule": one call
    or email with its other party and no verb is logged, not searched."""
    noun = command.noun
    if command.verb is not None or noun is None or noun.plural or not noun.content:
        return False
    party = lx.PARTY.match(reading.text, command.noun_end)
    if noun.resource != "communications" or party is None:
        return False
    # "phone call today from X": a day between only when the call opens the message (not "got
    # an email yesterday from X", a story the rules after this one read)
    return not party["day"] or set(reading.text[: command.noun_start].lower().split()) <= _OPENING


_OPENING = frozenset({"a", "an", "the", "phone", "quick", "short", "inbound", "incoming", "new"})
_DOER_WORDS = 4  # who called or emailed: "opposing counsel in brightline phoned you ..."


def _comm_done(reading: Reading, command: Command) -> bool:
    """ "called david o'brien about the closing docs", "sarah johnson called re her deposition",
    "emailed globex the lease analysis", "log: northwind emailed me their handbook": a call or
    email said as done, with no command verb but "log" and no command noun before it (record
    words after it are its subject), is logged."""
    if command.verb not in (None, "log") or command.timed:
        return False
    start = command.verb_end if command.verb else 0
    done = _find(reading, lx.COMM_DONE, start)
    if done is None:
        return False
    label = reading.text.rfind(":", start, done.start())  # "phone log for johnson: called ..."
    if len(reading.text[max(start, label + 1) : done.start()].split()) > _DOER_WORDS:
        return False
    before = command.noun is not None and command.noun_start < done.start()
    return not before or (command.noun is not None and command.noun.resource == "communications")


_TOLD_WORDS = 6  # words before the call or email in "sent sarah johnson an email ..."


def _comm_told(reading: Reading, command: Command) -> bool:
    """ "sent sarah johnson an email this morning w/ ...", "had a call w globex's mgr tues", "quick
    call w david o'brien last thursday", "inbound call on 11/30 from ...": one call or email told
    as news (a past verb, or a quick one on a day gone by) with no command verb, is logged, not
    searched."""
    noun = command.noun
    if command.verb is not None or noun is None or noun.plural or not noun.content:
        return False
    lead = reading.text[: command.noun_start]
    told = lx.COMM_TOLD.search(lead)
    if noun.resource != "communications" or told is None:
        return False
    if told["kind"] and not told["kind"].lower().startswith(("in", "out")):
        return appointments.when(reading, by_clock=False) == "past"
    return len(lead.split()) <= _TOLD_WORDS


def _field_named(reading: Reading, command: Command) -> bool:
    noun = command.noun
    if command.verb != "update" or (noun is not None and noun.resource != "users"):
        return False
    return _find(reading, lx.FIELD) is not None


def _field_resource(reading: Reading, command: Command) -> Choice:
    found = _find(reading, lx.FIELD)
    key = " ".join(found["f"].lower().split()) if found else ""
    return lx.FIELD_RESOURCES.get(key), "update"


def _time_spent(reading: Reading, command: Command) -> bool:
    """ "2h Smith drafting", "log 1.5 on X": a length of time is a time entry unless a command
    noun names another record right after the verb."""
    if not (
        _leading_number(reading, command)
        or (command.timed and command.verb in (None, "log", "add"))
    ):
        return False
    noun = command.noun
    between = lx.ADJACENT.fullmatch(reading.text, command.verb_end, max(command.noun_start, 0))
    if noun is None or between is None:
        return True
    if _call_then_length(reading, command):
        return False
    calendar_noun = noun.resource == "calendar_entries" and not noun.content
    return noun.resource in lx.TIME_NOUNS and not calendar_noun


def _call_then_length(reading: Reading, command: Command) -> bool:
    """ "log a call - ravi patel rang me this morning about the successor trustee, ~10 min", "log
    a call: maria garcia phoned this afternoon re the IME, 15 min": a call logged and told (who
    called), its length said after it, is the call (rule "a call logged with its length"); a
    length before it ("log 20 mins patel call with ravi", "add .3 hr phone call w ravi") is the
    time spent on it."""
    noun = command.noun
    if command.verb != "log" or noun is None or noun.plural or not noun.content:
        return False
    if noun.detail != "PhoneCommunication":
        return False
    found = durations.find(Scan(reading.text), reading.clock.date_order)
    if found is None or found[1].start() < command.noun_end:
        return False
    told = _find(reading, lx.COMM_DONE, command.noun_end) or _find(reading, lx.INCOMING)
    return told is not None  # its party told as calling ("ravi patel rang me"); else time


def _expense(reading: Reading, command: Command) -> bool:
    noun = command.noun
    expense = noun is not None and noun.detail == "ExpenseEntry"
    if expense and command.verb is None and command.noun_start <= 1:  # "expense 250 transcript"
        return (
            command.priced or lx.AMOUNT_THEN_WHAT.match(reading.text, command.noun_end) is not None
        )
    return expense and (command.priced or command.verb in ("add", "log"))


def _expense_action(reading: Reading, command: Command) -> Choice:
    verb = command.verb
    return "activities", ("create" if verb in (None, "add", "log") else ACTIONS[verb])


def _priced_log(reading: Reading, command: Command) -> bool:
    """ "log $120 courier for Acme", "$15 notary fee patel", "lunch w/ client $86.40 acme": an
    amount spent, with no record word but a person's or an appointment's, is an expense."""
    noun = command.noun
    if command.verb not in (None, "log", "add") or not command.priced:
        return False
    if command.verb is None and command.timed:
        return False
    if noun is None or noun.resource in ("matters", "contacts"):
        return True
    if noun.resource in lx.SPENT_ON and _amount_with_expense_word(reading):
        # "add $38 courier charge to patel - sent the trust docs over tuesday": the record word
        # is the story's, not what is added ("add a task to pay the $50 filing fee" is a task)
        at = money.position(reading.text, reading.clock.date_order)
        adjacent = lx.ADJACENT.fullmatch(reading.text, command.verb_end, command.noun_start)
        if (at is not None and at < command.noun_start) or adjacent is None:
            return True
    if (
        noun.resource in lx.SPENT_ON
        and command.verb
        and _SPENT_OBJECT.match(reading.text, command.verb_end)
    ):
        return True  # "pls put my uber to the globex mediation on the file, it was $41.25"
    if noun.resource == "communications" and lx.PARTY.match(reading.text, command.noun_end):
        return False  # "email from emily chen ..., says she'll wire $5k": the sum is its news
    if command.verb is None and noun.resource in lx.SPENT_ON:  # "$27.35 for medical record postage"
        at = money.position(reading.text, reading.clock.date_order)
        if at is not None and at < command.noun_start:
            return True
        cost = lx.COST_OF.search(reading.text, 0, command.noun_start)
        if cost is not None:  # "copy fee for the st mary's medical records, 75$"
            return True
    return command.verb is None and (noun.content or noun.resource == "users")


def _invoice_received(reading: Reading, command: Command) -> bool:
    """ "metro court reporting's invoice for the deposit on the jones depo came in: $300": an
    invoice received, with its amount, is an expense to pass on (the firm's own bills are
    issued, not received); "did acme's invoice 1002 come in" names a bill."""
    noun = command.noun
    return (
        command.verb in (None, "add", "log")
        and noun is not None
        and noun.resource == "bills"
        and not noun.plural
        and command.priced
        and _find(reading, lx.INVOICE_RECEIVED) is not None
        and lx.NAMED.match(reading.text, command.noun_end) is None
    )


_NEAR_WORDS = 3  # words between an amount and the word saying what it paid for


def _amount_with_expense_word(reading: Reading) -> bool:
    """Whether the amount is said right by a word naming money spent ("$38 courier charge",
    "postage $22.40", "$65 for the messenger"), in the same clause: then the message is an
    expense whatever record words its story has (rule "an amount with what it paid for")."""
    text = reading.text
    at = money.position(text, reading.clock.date_order)
    if at is None:
        return False
    end = at + len(text[at:].split(maxsplit=1)[0]) if text[at:].strip() else at
    before = _CLAUSE_SPLIT.split(text[:at])[-1].split()[-_NEAR_WORDS:]
    after = _CLAUSE_SPLIT.split(text[end:])[0].split()[: _NEAR_WORDS + 1]
    return lx.EXPENSE_WORD.search(" ".join((*before, *after))) is not None


_CLAUSE_SPLIT = lazy.regex(r"[,;:.!?]\s|\s[-–—]\s|[–—]")
# what is added is money spent: "put my uber ...", "add the parking for ...", "log a cab to ..."
_SPENT_OBJECT = lazy.regex(
    rf"\s+(?:(?:my|the|a|an|our|his|her|that)\s+)?(?:[\w'’-]+\s+)?(?:{lx.EXPENSE_WORD.pattern})",
    re.I,
)


def _my_time(reading: Reading, command: Command) -> bool:
    return command.verb in ("ask", "show", "find", None) and _find(reading, lx.MY_TIME) is not None


def _money_owed(reading: Reading, command: Command) -> bool:
    """ "who owes us money", "what's outstanding": unpaid bills, whoever asks; not work to do
    about them by a day ("follow up on acme's unpaid invoice 1002 ..., by thursday")."""
    noun = command.noun
    return (
        (noun is None or noun.resource in ("contacts", "bills"))
        and lx.OWED.search(reading.text) is not None
        and not _work_to_do(reading, command)
    )


def _deadline_task(reading: Reading, command: Command) -> bool:
    """ "statute of limitations task for Roe matter: file complaint by nov 28": a task (or note)
    noun with a colon after it, no verb: what follows the colon is its content ("notes re
    johnson: counsel changed" too: a note's content, not a search)."""
    noun = command.noun
    if command.verb or noun is None or noun.resource not in ("tasks", "notes"):
        return False
    _, colon, said = reading.text[command.noun_end :].partition(":")
    if not colon and (dash := lx.SAID_DASH.match(reading.text, command.noun_end)):
        colon, said = dash.group(), reading.text[dash.end() :]  # "globex note - landlord ..."
    said_after = lx.NOTE_SAID_AFTER.match(reading.text, command.noun_end)
    if not colon and noun.resource == "notes" and not noun.plural and said_after:
        colon, said = " ", reading.text[command.noun_end :]  # "patel note ravi wants ..."
    # "notes re johnson: counsel is now laura kim" says a note; "tasks for roe: overdue" filters
    if noun.plural and not (noun.resource == "notes" and len(said.split()) >= _SAID_WORDS):
        return False
    return bool(colon and said.strip()) and not _names_record(reading, command)


_SAID_WORDS = 4  # words after a colon that make a sentence, not a filter


def _record_had(reading: Reading, command: Command) -> bool:
    """ "give hannah a task on the patel matter: update the will", "assign marcus a new task",
    "could we get a task on the patel matter for hannah ...?", "can I get a meeting on the
    calendar ...", "could we get friday's call logged": a record handed over or asked to be had
    with "a", "an" or "new" before it, or said done after it ("logged", "added"), is a new one;
    "assign task 88 to hannah" is not, nor "give me the tasks due tomorrow" or "get me a
    summary of my time"."""
    noun = command.noun
    given = command.verb == "assign" or (
        command.verb == "show" and command.verb_text.lower().startswith(("give", "get"))
    )
    if not given or noun is None or noun.plural or _names_record(reading, command):
        return False
    if lx.DONE_AFTER.match(reading.text, command.noun_end) is not None:
        return noun.resource in _HAD
    between = reading.text[command.verb_end : command.noun_start]
    return lx.A_NEW.search(between) is not None and noun.resource in _HAD_NEW


_HAD: frozenset[Resource] = frozenset(
    {"tasks", "notes", "calendar_entries", "activities", "communications", "contacts"}
)
_HAD_NEW: frozenset[Resource] = frozenset({"tasks", "notes", "calendar_entries", "activities"})


def _jotted(reading: Reading, command: Command) -> bool:
    """ "jot down on acme v widget works that their counsel changed, new contact is Pat Lyons":
    "jot down" says a note; a record word further on is what the note is about."""
    if command.verb != "note" or command.noun is None or command.noun.resource == "notes":
        return False
    return lx.ADJACENT.fullmatch(reading.text, command.verb_end, command.noun_start) is None


def _matter_opened(reading: Reading, command: Command) -> bool:
    """ "open matter for emily chen re modification", "open matter: Lakeview LLC - lease": a
    singular matter opened for a client or with its description is a new one, not a look-up;
    so is one asked for after what it is about ("Ravi wants us to handle his condo sale, open a
    real estate matter") and, with no verb, "matter for Northwind: wage audit"."""
    noun = command.noun
    if noun is None or noun.resource != "matters" or noun.plural:
        return False
    if command.verb is None and _find(reading, lx.MATTER_OPENED_LATER):
        return True  # "..., open a matter 'Globex zoning variance'": its title, no record named
    if _names_record(reading, command):
        return False
    if command.verb is None and ending_at(lx.ANOTHER_BEFORE, reading.text, command.noun_start):
        return lx.DESCRIBED_AFTER.match(reading.text, command.noun_end) is not None
    if command.verb is None and command.noun_start <= 1:
        return lx.SAID_AFTER_CLIENT.match(reading.text, command.noun_end) is not None
    if command.verb_text == "get":  # "can we get a litigation matter set up for globex?"
        return lx.MATTER_SET_UP.match(reading.text, command.noun_end) is not None
    if command.verb_text != "open":
        return False
    return lx.OPENED_FOR.match(reading.text, command.noun_end) is not None


def _new_client(reading: Reading, command: Command) -> bool:
    """ "karen smith is a new family law client - prenup ahead of her wedding": the matter of a
    client said to be new, what it is about after the dash; "northwind needs a wage and hour
    audit. employment matter, hannah responsible": a new matter's particulars, with no verb."""
    if command.verb is not None:
        return False
    return _find(reading, lx.NEW_CLIENT) is not None or _find(reading, lx.MATTER_SPEC) is not None


def _my_profile(reading: Reading, command: Command) -> bool:
    return _resource(reading, command) == "users" and _find(reading, lx.MY_PROFILE) is not None


def _treatment_status(reading: Reading, command: Command) -> bool:
    """ "medical records from Dr. Hart for Garcia, in treatment": no verb, statuses to set."""
    return (
        command.verb is None
        and _resource(reading, command) == "medical_records_details"
        and _action(reading, command) == "search"
        and (_find(reading, lx.MEDICAL_STATUS) or _find(reading, lx.IN_TREATMENT)) is not None
    )


def _damage_named(reading: Reading, command: Command) -> bool:
    """ "change pain and suffering on garcia to 75k": a kind of damages named, no other noun."""
    return _resource(reading, command) is None and _find(reading, lx.DAMAGE_KIND) is not None


def _treatment_said(reading: Reading, command: Command) -> bool:
    """ "garcia: dr hart, still treating": no verb and no noun, a course of treatment described."""
    return (
        command.verb is None
        and _resource(reading, command) is None
        and _find(reading, lx.IN_TREATMENT) is not None
    )


def _treatment_news(reading: Reading, command: Command) -> Choice:
    """A treatment that ended was recorded before (an update); one going on is new."""
    said = _find(reading, lx.IN_TREATMENT)
    ended = said is not None and said["no"] is not None
    return "medical_records_details", "update" if ended else "create"


def _medical_status_news(reading: Reading, command: Command) -> bool:
    """ "st mary's bills came in", "change garcia's st mary's records status to certified": a
    provider's records or bills status changed, said without the medical records noun."""
    resource = _resource(reading, command)
    if resource not in (None, "bills") or command.verb not in (None, "update", "mark"):
        return False
    if _find(reading, lx.MEDICAL_ARRIVED):
        return True
    # "bills received this month" is a list; "treatment ended, bills requested" is news
    treated = _find(reading, lx.IN_TREATMENT) is not None
    changed = command.verb is not None or resource is None or treated
    return changed and _find(reading, lx.MEDICAL_STATUS) is not None


def _link_expiry(reading: Reading, command: Command) -> bool:
    """ "payment link for bill 1003 expires in 7 days": a new link with its expiry."""
    noun = command.noun
    return (
        noun is not None
        and noun.resource == "clio_payments/links"
        and not noun.plural
        and command.verb is None
        and _action(reading, command) in ("search", "create")
        and _find(reading, lx.EXPIRY) is not None
    )


def _link_expire(reading: Reading, command: Command) -> bool:
    """ "expire payment link 9": the link is updated to expired, not deleted."""
    if _resource(reading, command) != "clio_payments/links":
        return False
    if _action(reading, command) not in ("create", "search"):
        return _find(reading, lx.EXPIRE) is not None
    opening = lx.EXPIRE.match(reading.text.lstrip())  # "kill the acme pay link": said first
    return opening is not None and not (command.noun and command.noun.plural)


def _payment_lookup(reading: Reading, command: Command) -> bool:
    return (
        _resource(reading, command) == "clio_payments/payments"
        and _action(reading, command) == "get"
    )


def _bill_number(reading: Reading, command: Command) -> bool:
    """ "show invoice number 1003": Clio's bill number is searched, it is not the id."""
    return (
        _resource(reading, command) == "bills"
        and _action(reading, command) == "get"
        and _find(reading, lx.BILL_NUMBER) is not None
    )


def _void_bills(reading: Reading, command: Command) -> bool:
    noun = command.noun
    plural = noun is not None and noun.plural and noun.resource == "bills"
    return plural and command.verb_text == "void"


def _contact_card(reading: Reading, command: Command) -> bool:
    """ "Name: Brendan Feld | Email: bfeld@... | Phone: ...", "first: Hana, last: Sato, email: ...":
    a person's details pasted as labelled fields, a name first, are a new contact."""
    return lx.CARD_NAME.match(reading.text) is not None and (
        _find(reading, lx.CARD_CHANNEL) is not None
    )


def _person_added(reading: Reading, command: Command) -> bool:
    """ "..., can you add her? Monica Tran, HR Manager, mtran@...", "we should have him on file.
    Mark Feinberg, 516-...": someone asked to be added, with an email or a phone after it."""
    asked = _find(reading, lx.PERSON_ADDED)
    return asked is not None and _find(reading, lx.CONTACT_CHANNEL, asked.end()) is not None


def _contact_value(reading: Reading, command: Command) -> bool:
    return (
        _resource(reading, command) is None
        and command.verb in ("update", "add")
        and _find(reading, lx.CONTACT_VALUE) is not None
    )


def _contact_detail(reading: Reading, command: Command) -> bool:
    """ "what's ravi patel's phone number", "globex email address", "address for david o'brien":
    a question for a contact's phone, email or address is a contact look-up, not an email."""
    if command.verb not in (None, "show", "find", "ask") or command.timed or command.priced:
        return False
    noun = command.noun
    if noun is not None and noun.resource not in ("contacts", "communications", "users"):
        return False
    if noun is not None and noun.resource == "communications" and noun.plural:
        return False
    if _with_details(reading):
        return False  # a number or an address given is told, not asked for
    return _find(reading, lx.CONTACT_DETAIL) is not None


def _matter_fact(reading: Reading, command: Command) -> bool:
    """ "who's the client on smith v jones", "what's the status of the globex matter": a fact of
    a matter is asked for, whatever record word (client, attorney) names the fact."""
    if command.verb not in (None, "show", "find", "ask") or command.timed or command.priced:
        return False
    noun = command.noun
    if noun is not None and (noun.plural or noun.resource not in ("matters", "contacts", "users")):
        return False
    return _find(reading, lx.MATTER_FACT) is not None


def _paid_asked(reading: Reading, command: Command) -> bool:
    """ "did smith pay invoice 1001", "what has john smith paid us": a question, not a write."""
    if command.verb not in (None, "log", "ask", "show", "find") or command.timed:
        return False
    if command.verb == "log" and command.verb_text != "did":
        return False
    return _find(reading, lx.PAID_ASKED) is not None


def _paid_lookup(reading: Reading, command: Command) -> Choice:
    """A bill named is looked up (its state and balance say it); else the payments made."""
    noun = command.noun
    if noun is not None and noun.resource == "bills":
        return "bills", "get" if _names_record(reading, command) else "search"
    return "clio_payments/payments", "search"


def _unbilled(reading: Reading, command: Command) -> bool:
    """ "whats unbilled on johnson": unbilled work is time and expense entries."""
    verb = command.verb in (None, "ask", "show", "find")
    return verb and command.noun is None and _find(reading, lx.UNBILLED) is not None


def _plate(reading: Reading, command: Command) -> bool:
    """ "what's on priya's plate", "what's on tom's list": a person's tasks."""
    noun = command.noun
    if command.verb not in (None, "ask", "show", "find") or (noun and noun.resource != "users"):
        return False
    return _find(reading, lx.PLATE) is not None


def _agenda(reading: Reading, command: Command) -> bool:
    """ "what do i have tomorrow": a person's calendar, unless work due is asked for."""
    return (
        command.noun is None
        and _find(reading, lx.AGENDA) is not None
        and _find(reading, lx.DUE) is None
    )


def _work_to_do(reading: Reading, command: Command) -> bool:
    """ "draft depo outline for robert jones by mon", "prep exhibit binder for the jones depo by
    friday", "follow up w/ their gc on the signature pages thurs": work said as an order, with no
    command verb and a day it is needed by (or a day ahead, with no clock time), is a task
    (the appointment word in it is what the work is for); so is an order after a label of its
    deadline or priority ("by eod fri - circulate the redline", "high priority: file the notice")."""
    label = lx.TASK_LABEL.match(reading.text)
    if label is not None and command.verb_end in (0, label.end() + len(command.verb_text)):
        return True  # the order's verb may read as a command's ("file")
    first = next(iter(words(reading.text)), None)
    if command.verb is not None or first is None or first.key not in lx.TO_DO_WORDS:
        return False
    if _find(reading, lx.BY_DAY) is not None:
        return True
    # a day still to come said without "by", and no clock time: "follow up w/ their gc thurs"
    hit = dates.take(Scan(reading.text), reading.clock, "future")
    return (
        hit is not None
        and hit.span.start >= reading.clock.today
        and not appointments.clock_said(reading.text)
    )


_STATED: frozenset[Resource] = frozenset(("tasks", "calendar_entries", "communications"))
_DEFINITE = lazy.regex(r"^\s*(?:the|my|our|that|this|\S+['’]s)\b", re.I)


def _stated_change(reading: Reading, command: Command) -> bool:
    """ "the chen disclosures task is done", "the jones depo should be at 1pm": no verb before the
    record, its change said after it (an event only when named as one already there: "the")."""
    noun = command.noun
    if command.verb is not None or noun is None or noun.plural or noun.resource not in _STATED:
        return False
    if noun.resource == "calendar_entries" and not _DEFINITE.match(reading.text):
        return False
    return _change_said_after(reading, command) is not None


# "the trust deed task for patel needs to move ...": where the record is, between it and its change
_WHERE_SAID = lazy.regex(r"\s+(?:for|on|in)\s+[\w'’.-]+(?:\s+v\.?\s+[\w'’.-]+)?", re.I)


def _change_said_after(reading: Reading, command: Command) -> re.Match[str] | None:
    """The change said after the record's kind word, or after the matter said beside it."""
    said = lx.STATED_CHANGE.match(reading.text, command.noun_end)
    if said is None and (where := _WHERE_SAID.match(reading.text, command.noun_end)):
        said = lx.STATED_CHANGE.match(reading.text, where.end())
    return said


def _stated_action(reading: Reading, command: Command) -> Choice:
    said = _change_said_after(reading, command)
    deleted = said is not None and lx.STATED_DELETE.search(said.group()) is not None
    return (command.noun.resource if command.noun else None), ("delete" if deleted else "update")


_WORK_RECORDS: frozenset[Resource] = frozenset(("documents", "medical_records_details"))


def _work_task_changed(reading: Reading, command: Command) -> bool:
    """ "mark file response to motion done", "garcia medical records request is finished, check
    it off", "move the garcia medical records request to monday": a document or records word in
    the name of work whose change is a task's (done, due, priority, a new day) names a task."""
    noun = command.noun
    if noun is None or noun.resource not in _WORK_RECORDS:
        return False
    if command.verb not in (None, "update", "mark", "move", "complete"):
        return False
    text = reading.text
    medical = (lx.IN_TREATMENT, lx.MEDICAL_STATUS, lx.MEDICAL_ARRIVED)
    if any(said.search(text) for said in medical):
        return False  # "st mary's records: treatment is complete": the provider's news
    if lx.TASK_CHANGE.search(text) is not None:
        return True
    return command.verb == "move" and lx.NEW_WHEN.search(text, command.verb_end) is not None


def _task_started(reading: Reading, command: Command) -> bool:
    """ "start on the lease amendments task": the task is in progress (a timer has no task)."""
    noun = command.noun
    return command.verb == "start" and noun is not None and noun.resource == "tasks"


def _finished_work(reading: Reading, command: Command) -> bool:
    """ "priya finished the deposition outline, mark it complete": a task is done (no time,
    no money, no call or email in it)."""
    if command.timed or command.priced or lx.FINISHED_WORK.match(reading.text) is None:
        return False
    return command.noun is None or command.noun.resource not in ("communications", "activities")


def _known_resource(reading: Reading, command: Command) -> bool:
    return _resource(reading, command) is not None


_ONE_MORE = lazy.regex(r"\b(?:(?:a|an|another)\s+(?:new\s+)?|new\s+)$", re.I)
_ASKING = lazy.regex(
    r"^\s*(?:is|are|was|were|do|does|did|any|what|which|who|where|when|how|have|has)\b|\?", re.I
)


def _one_wanted(reading: Reading, command: Command) -> bool:
    """ "need a task on johnson to subpoena ...", "we want a new folder for ...": no verb, and one
    record of a kind said with "a" or "new" (not "the", not several) is a new one, unless asked
    about ("is there a task for the filing?")."""
    noun = command.noun
    if command.verb is not None or noun is None or noun.plural or noun.content:
        return False
    if noun.resource in ("timer", "users", "bills") or _find(reading, _ASKING) is not None:
        return False
    return _ONE_MORE.search(reading.text[: command.noun_start]) is not None


def _always(reading: Reading, command: Command) -> bool:
    return True


RULES: tuple[Rule, ...] = (
    Rule(
        "bare number", _bare_number, _fixed(None, "unknown"),
        ("1", "42", " 2.5 "), ("1h", "log 1", "task 12"),
    ),
    Rule(
        "timer", _timer, _timer_action,
        ("start timer", "stop", "is my timer running", "start timer on Smith"),
        ("start a new matter for Acme", "log 2h"),
    ),
    Rule("help", _verb_in("help"), _fixed("help", "show"), ("help", "what can you do"), ("helper task",)),
    Rule(
        "watch", _verb_in("watch", "unwatch"),
        lambda r, c: (_resource(r, c), ACTIONS[c.verb or ""]),
        ("watch tasks", "unsubscribe from bills"), ("show tasks",),
    ),
    Rule("reminder", _verb_in("remind"), _fixed("tasks", "create"), ("remind me to call John friday",), ("show reminders",)),
    Rule("who am I", _who_am_i, _fixed("users", "get"), ("who am i", "whoami"), ("who is Jane Doe",)),
    Rule("upload", _upload, _fixed("documents", "create"), ("upload the engagement letter",), ("file a motion task",)),
    Rule(
        "contact card", _contact_card, _fixed("contacts", "create"),
        ("Name: Jane Doe | Email: jane@doe.com | Phone: 212-555-0100", "first: Hana, last: Sato, email: hs@x.com"),
        ("email: send jane the draft", "name: settlement memo, phone: call the clerk"),
    ),
    Rule(
        "someone to add, then their details", _person_added, _fixed("contacts", "create"),
        ("got their HR manager's details, can you add her? Monica Tran, mtran@brightline.example.com",
         "we should have him on file. Mark Feinberg, 516-555-0166"),
        ("add her to the task list", "can you add them? the garcia records"),
    ),
    Rule(
        "paid asked", _paid_asked, _paid_lookup,
        ("did smith pay invoice 1001", "what has john smith paid us", "did john smith pay us",
         "how much has sarah johnson paid"),
        ("log payment call with smith", "payment link for $500 to Acme", "pay invoice 1001"),
    ),
    Rule(
        "schedule", _schedule, _fixed("calendar_entries", "create"),
        ("schedule hearing Nov 20 at 9am", "block friday all day for trial prep", "set up a call"),
        ("schedule a task", "set up a new matter for acme"),
    ),
    Rule(
        "recurring appointment", _recurring, _fixed("calendar_entries", "create"),
        ("weekly team mtg every monday 9am for 8 weeks", "standup every weekday 9am",
         "monthly chen compliance review on the 15th 10-11, 4 times"),
        ("tasks due every monday", "show my tasks"),
    ),
    Rule(
        "taken off the calendar", lambda r, c: lx.TAKEN_OFF.match(r.text) is not None,
        _fixed("calendar_entries", "delete"),
        ("take the garcia hearing off the calendar", "get the team meeting off my cal"),
        ("take 2h off the smith entry", "take the day off"),
    ),
    Rule(
        "task started", _task_started, _fixed("tasks", "update"),
        ("start on the lease amendments task", "start task 88"), ("start timer", "start a new task"),
    ),
    Rule(
        "work said finished", _finished_work, _fixed("tasks", "update"),
        ("priya finished the deposition outline, mark it complete",
         "i finished the engagement letter"),
        ("finished 2h on the smith brief", "marcus finished the call with ravi"),
    ),
    Rule(
        "task change of a work's name", _work_task_changed, _fixed("tasks", "update"),
        ("mark file response to motion done", "garcia medical records request is finished, check it off",
         "move the garcia medical records request to monday",
         "the garcia medical records request task is high priority now"),
        ("mark the st mary's medical records received", "move the pleadings doc to the trial folder",
         "medical records from Dr. Hart for Garcia, in treatment",
         "st mary's medical records for garcia: treatment is complete"),
    ),
    Rule(
        "a record's change said after it", _stated_change, _stated_action,
        ("chen disclosures task is done", "the jones depo should be at 1pm",
         "the johnson task - move it to tomorrow"),
        ("the hearing with jones at 3pm", "task: call the court", "depo smith tomorrow 3pm"),
    ),
    Rule(
        "matter status", _matter_status, _fixed("matters", "update"),
        ("move smith v jones to pending",), ("move the hearing to 2pm",),
    ),
    Rule(
        "words added to an entry's note", _appended_to_entry, _fixed("activities", "update"),
        ("append '& 911 transcript' to the note on my police report entry",),
        ("append x to the note on garcia", "add '& 911' to the note on garcia"),
    ),
    Rule(
        "entry made billable", _made_billable, _fixed("activities", "update"),
        ("make tom's billing summary entry non-billable", "mark the acme entry billable"),
        ("make a 1h entry on acme non-billable", "log 2h smith non-billable"),
    ),
    Rule(
        "entry by its work", _entry_by_its_work, lambda r, c: ("activities", ACTIONS[c.verb or ""]),
        ("change marcus's intake meeting on garcia to 1.25", "delete the closing meeting entry on x",
         "get rid of the depo transcript expense on garcia", "change the acme call yesterday to .7",
         "remove the $350 filing fee"),
        ("move the hearing to 2pm", "delete the depo on friday", "delete the calendar entry for the call",
         "move the garcia hearing to dec 9 same time"),
    ),
    Rule(
        "appointment moved or cancelled", _appointment,
        lambda r, c: ("calendar_entries", ACTIONS[c.verb or ""]),
        ("move Monday's status call to 4pm", "cancel the call on Friday"),
        ("delete call 31", "move task 88 to Jane"),
    ),
    Rule(
        "billed to a matter", _billed_to, _fixed("activities", "create"),
        ("was on brightline's interrogatory answers from 2 to 4:30 this afternoon, bill it to sarah johnson's case",
         "1.5 hrs indexing the medical records, bill that to maria garcia's case",
         "$40 cab to court, charge it to garcia"),
        ("bill it to garcia", "call with ravi tomorrow 2-3pm, put it on my calendar",
         "tmrw 5pm to 6 - call w ravi re the trust deed, put it under patel"),
    ),
    Rule(
        "appointment ahead with its length", _appointment_ahead,
        _fixed("calendar_entries", "create"),
        ("45 min call w/ maria garcia fri 2pm", "2:30-3:30 tmrw zoom w/ globex GC",
         "coffee w ravi monday 8:45 for half an hour",
         "add a 45 min strategy session fri starting 10:15 w priya",
         "interview karen smith for smith v jones, dec 16 2:00, 1.5 hrs",
         "meet w/ oliver grant re garcia, fri dec 11 at 2, for 90 min",
         "garcia med records review call w/ dr hart, tues dec 15 at 5:30pm, 1 hr",
         "tmrw 8am breakfast w/ acme's GC, an hour", "add a quarter hour call with globex tomorow 9:45",
         "can u add a smith v jones site visit -> fri 8am to 10am, meet at canal & bowery",
         "year-end billing review on wed the 16th at 2pm, an hour and a half"),
        ("2 hour strategy meeting garcia yesterday", "add 45 min strategy session w priya yesterday",
         "add a site visit yesterday 8am to 10am", "45 min call w/ maria garcia re her treatment",
         "1.5h prep for fri 9am hearing garcia", "2h on the acme brief due friday at 5pm"),
    ),
    Rule(
        "time worked in a past stretch", _worked_stretch,
        _fixed("activities", "create"),
        ("1pm-2:30pm yesterday garcia - depo prep w/ marcus",
         "lst fri 4-6pm researching whistleblower retaliation for johnson",
         "globex, today 8:30-9:10am, prepped for call w/ client", "yesterday 1-2:30pm reviewed the lease"),
        ("1pm-2:30pm tomorrow garcia depo prep", "tomorrow 4-6pm researching at the library",
         "friday 2-3pm reviewing session with marcus"),
    ),
    Rule(
        "appointment at a time", _at_a_time, _fixed("calendar_entries", "create"),
        ("depo Smith tomorrow 3pm", "thurs 12/10 4p: chen custody call w/ emily"),
        ("depositions this week", "sarah johnson called at 9:15 this am re her deposition",
         "phone call w/ emily chen yesterday 4pm - talked custody",
         "voicemail from john smith at 9:15 today asking about the depo"),
    ),
    Rule(
        "the calendar named", _on_calendar, _fixed("calendar_entries", "create"),
        ("pls put a 30 min call with ravi patel on the calendar tmrw 11am",
         "opposition due 12/22 in acme - put it in as an all day entry on alice's calendar",
         "firm calendar: holiday party dec 17, 6-9pm"),
        ("log 30 min call with ravi patel",
         "todo for priya - put the discovery deadlines on the calendar, due friday"),
    ),
    Rule(
        "time spent", _time_spent, _fixed("activities", "create"),
        ("2h Smith drafting", "log 1.5 on Acme", "half an hour on Patel this morning reviewing docs",
         "1.25 research on johnson as Legal research"),
        ("add task review docs", "$45 parking for Smith",
         "log a call - ravi patel rang me this morning about the successor trustee, ~10 min",
         "00049 note dated fri: the answer asserts laches"),
    ),
    Rule(
        "expense", _expense, _expense_action,
        ("expense $45.20 parking for Smith", "add expense filing fee 350",
         "expense 250 deposition transcript garcia"),
        ("expenses this month", "expense 440022"),
    ),
    Rule(
        "invoice received", _invoice_received, _fixed("activities", "create"),
        ("metro court reporting's invoice for the jones depo came in: $300, smith v jones",
         "the process server's invoice arrived, $85 for serving robert jones"),
        ("acme's invoice 1002 came in at $5,200", "show bills over $500 received this month"),
    ),
    Rule(
        "priced entry", _priced_log, _fixed("activities", "create"),
        ("log $120 courier for Acme", "$15 notary fee patel will signing", "lunch w/ client $86.40 acme",
         "copy fee for the medical records, 75$"),
        ("add contact Jane Doe", "bills over $500", "payment link for $500 to Acme"),
    ),
    Rule(
        "call or email said as done", _comm_done, _fixed("communications", "create"),
        ("called david o'brien about the closing docs", "sarah johnson called re her deposition",
         "emailed globex the lease default analysis today", "left vm for ravi re signing",
         "log: northwind emailed me their employee handbook",
         "john smith emailed yesterday at 7:10pm re the trial date"),
        ("call david tomorrow", "a task called review docs", "emails from globex", "spent 2h on call"),
    ),
    Rule(
        "appointment by its day and time", _day_and_time, _fixed("calendar_entries", "create"),
        ("lunch with marcus tomorrow noon", "out of office dec 24 all day", "client mtg garcia wed 2pm"),
        ("tasks due friday 5pm", "2h garcia depo prep"),
    ),
    Rule(
        "my time", _my_time, _fixed("activities", "search"),
        ("how many hours did I log this week", "what did Jane bill on Acme"), ("log 2h on Acme",),
    ),
    Rule(
        "money owed", _money_owed, _fixed("bills", "search"),
        ("who owes us money", "what's outstanding", "which clients owe us"),
        ("who is Jane Doe", "follow up on acme's unpaid invoice 1002, assign it to tom, by thursday"),
    ),
    Rule(
        "note jotted down", _jotted, _fixed("notes", "create"),
        ("jot down on the garcia matter that the client's new address is on file",),
        ("jot down a new contact: Pat Lyons", "jot down note on smith v jones: x"),
    ),
    Rule(
        "a record asked to be had", _record_had, lambda r, c: (_resource(r, c), "create"),
        ("give hannah a task on the patel matter: update the will", "assign marcus a new task: call the clerk",
         "could we get a task on the patel matter for hannah, due friday?",
         "can we get friday's call logged please - emily rang", "can I get a note on the garcia file: x"),
        ("assign task 88 to hannah", "give the engagement letter task to marcus",
         "give me the tasks due tomorrow", "get me a summary of my time", "can you get me a contact at acme"),
    ),
    Rule(
        "a new client's matter", _new_client, _fixed("matters", "create"),
        ("karen smith is a new family law client - prenup", "oliver grant is a new client: will",
         "northwind needs a wage and hour audit. employment matter, hannah responsible"),
        ("is karen smith a client", "karen smith is a client", "the garcia matter, hannah responsible"),
    ),
    Rule(
        "matter opened for a client", _matter_opened, _fixed("matters", "create"),
        ("open matter for emily chen re post-divorce modification", "open matter: Lakeview LLC - lease",
         "Ravi Patel wants us to handle his condo sale, open a real estate matter",
         "matter for Northwind Traders: wage and hour audit", "maria garcia 2nd matter - dog bite",
         "can we get a litigation matter set up for globex?"),
        ("open matter 00042-Smith", "open the garcia matter", "open matters for acme",
         "matter for northwind", "notes on acme, open the matter 00038-Acme"),
    ),
    Rule(
        "task or note with its content after a colon", _deadline_task,
        lambda r, c: (_resource(r, c), "create"),
        ("statute of limitations task for Roe matter: file complaint by nov 28 2029",
         "notes re johnson: brightline's counsel is now laura kim",
         "globex lease dispute note - landlord rejected the cure proposal",
         "patel estate note ravi wants daughter as successor trustee"),
        ("tasks for Roe: overdue", "task 88: done", "notes for Roe: this week",
         "acme note from last week about the indemnity clause"),
    ),
    Rule(
        "call or email with its party", _call_with_party, _fixed("communications", "create"),
        ("phone call from maria garcia yesterday, asked about her claim",
         "phone call w/ emily chen yesterday 4pm - talked custody schedule",
         "email in from widget works' counsel at 8:12 today proposing a stay",
         "email from emily chen on 11/29, says she'll wire $5k next week",
         "email recieved from sarah johnson yesterday to alice, subject termination letter",
         "phone call today from david o'brien re the refund check"),
        ("calls with maria garcia", "call 31", "emails received from sarah johnson last week"),
    ),
    Rule(
        "call or email told as news", _comm_told, _fixed("communications", "create"),
        ("sent sarah johnson an email this morning w/ the payment plan",
         "got an email yesterday from robert jones's lawyer", "had a call w globex's cfo tues",
         "quick call w david o'brien last thursday re the refund",
         "inbound call on 11/30 from dr hart's office"),
        ("quick call w david tomorrow", "emails i sent last week", "quick calls this week"),
    ),
    Rule(
        "agenda asked", _agenda, _fixed("calendar_entries", "search"),
        ("what do i have tomorrow", "what does marcus have on friday"),
        ("what do i have due friday", "what do i have to do today"),
    ),
    Rule(
        "unbilled work", _unbilled, _fixed("activities", "search"),
        ("whats unbilled on johnson", "wip for acme"), ("unbilled bills", "log 2h unbilled"),
    ),
    Rule(
        "someone's plate", _plate, _fixed("tasks", "search"),
        ("what's on priya's plate", "what's on my plate"), ("list the attorneys", "my tasks"),
    ),
    Rule(
        "matter fact asked", _matter_fact, _fixed("matters", "search"),
        ("who's the client on smith v jones", "what's the status of the globex matter",
         "who's the responsible attorney on garcia"),
        ("who is the client", "clients of marcus", "set the status of task 5 to done"),
    ),
    Rule(
        "contact detail asked", _contact_detail, _fixed("contacts", "search"),
        ("what's ravi patel's phone number", "globex email address", "address for david o'brien",
         "emily chen's email"),
        ("emails from globex", "phone call with ravi patel", "update ravi's phone to 555-0100"),
    ),
    Rule(
        "field names the record", _field_named, _field_resource,
        ("set sarah johnson's title to VP of Operations", "set practice area on northwind to corporate"),
        ("set task 88 priority high",),
    ),
    Rule("my profile", _my_profile, _fixed("users", "get"), ("show my user profile",), ("users",)),
    Rule(
        "treatment status", _treatment_status, _fixed("medical_records_details", "create"),
        ("medical records from Dr. Hart for Garcia, in treatment",), ("medical records for Garcia",),
    ),
    Rule(
        "damages by their kind", _damage_named, lambda r, c: ("damages", _action(r, c)),
        ("change pain and suffering on garcia to 75k", "remove pain & suffering from garcia"),
        ("pain management appointment friday 3pm", "damages on garcia"),
    ),
    Rule(
        "treatment said", _treatment_said, _treatment_news,
        ("garcia: dr hart ortho treatment started oct 12, still treating",
         "garcia is done treating at st mary's"),
        ("still treating the garcia file as urgent task",),
    ),
    Rule(
        "medical status news", _medical_status_news, _fixed("medical_records_details", "update"),
        ("garcia - st mary's bills came in, mark bills received",
         "change garcia's st mary's records status to certified"),
        ("bills received this month", "mark the garcia bill paid"),
    ),
    Rule(
        "payment link expiry", _link_expiry, _fixed("clio_payments/links", "create"),
        ("payment link for bill 1003 expires in 7 days",), ("payment links for Acme",),
    ),
    Rule(
        "payment link expired", _link_expire, _fixed("clio_payments/links", "update"),
        ("expire payment link 9", "kill the acme pay link"),
        ("delete payment link 9", "expired payment links"),
    ),
    Rule(
        "payment looked up", _payment_lookup, _fixed("clio_payments/payments", "search"),
        ("payment 12",), ("payments for Acme this month",),
    ),
    Rule(
        "bill number", _bill_number, _fixed("bills", "search"),
        ("show invoice number 1003",), ("show bill 1003",),
    ),
    Rule("void bills", _void_bills, _fixed("bills", "search"), ("void bills",), ("void bill 12",)),
    Rule(
        "work to do by a day", _work_to_do, _fixed("tasks", "create"),
        ("draft depo outline for robert jones by mon", "prep the exhibit binder for the jones depo by friday",
         "by eod fri - circulate the msa redline to acme", "high priority: file notice of appearance tomorrow",
         "follow up w/ their gc on signature pages thurs", "renew my notary commission, due end of month",
         "low prio - clean up the discovery folder"),
        ("draft motion 2h on smith", "depositions by friday", "research on johnson yesterday",
         "follow the acme matter"),
    ),
    Rule(
        "one wanted", _one_wanted, lambda r, c: (_resource(r, c), "create"),
        ("need a task on johnson to subpoena the dispatch records", "we need a new folder for chen"),
        ("is there a task for the smith filing", "need the task on johnson", "need tasks for chen"),
    ),
    Rule(
        "by the words", _known_resource, _by_words,
        ("show task 88", "tasks for Smith", "delete contact 5", "close matter 1045"), ("fnord",),
    ),
    Rule(
        "contact value", _contact_value, lambda r, c: ("contacts", _action(r, c)),
        ("add jane@doe.com",), ("add something",),
    ),
    Rule("not understood", _always, _fixed(None, "unknown"), ("fnord",), ()),
)  # fmt: skip


# -- the action of a look-up or a message without a verb ------------------------------------------


def _linked(reading: Reading) -> Resource | None:
    """The resource of the first Clio link in the message ("get <.../tasks/88|this>")."""
    for entity in reading.message.entities:
        if entity.kind == "link" and entity.ref_kind:
            return _RESOURCE_OF.get(entity.ref_kind)
    return None


_RESOURCE_OF: dict[str, Resource] = {
    "matter": "matters", "contact": "contacts", "task": "tasks", "activity": "activities",
    "calendar_entry": "calendar_entries", "bill": "bills", "document": "documents",
    "folder": "folders", "note": "notes", "communication": "communications", "user": "users",
}  # fmt: skip
_DEFAULT_RESOURCE: dict[str, Resource] = {
    "schedule": "calendar_entries",
    "remind": "tasks",
    "close": "matters",
    "reopen": "matters",
    "complete": "tasks",
    "assign": "tasks",
    "mark": "tasks",  # "mark 'file the response' done"
    "start": "timer",
    "stop": "timer",
    "move": "calendar_entries",
    "log": "activities",
    "note": "notes",
}


def _lookup(reading: Reading, command: Command) -> Action:
    """ "show task 88" and "show the Patel matter" get one record; the rest search."""
    noun = command.noun
    if noun is None:
        return "get" if _linked(reading) else "search"
    if noun.plural:
        return "search"
    if _names_record(reading, command):
        return "get"
    if command.verb != "show" or noun.resource in ("activities", "calendar_entries"):
        return "search"
    after = _find(reading, WORD, command.noun_end)
    before = reading.text[: command.noun_start].split()
    if (after and after.group()[:1].isupper()) or (before and before[-1][:1].isupper()):
        return "get"
    return "search"


def _verbless(reading: Reading, command: Command) -> Action:
    """A message without a verb: "task: call John", "matter 1045", or else a search."""
    noun = command.noun
    if noun is None:  # a Clio link is one record; "anything due today" searches
        if _find(reading, lx.DUE) and _find(reading, lx.SAID_AFTER_COLON):
            return "create"  # "due tmrw, high prio: sign the complaint"
        return "get" if _linked(reading) else "search"
    if noun.resource == "folders" and _find(reading, lx.CALLED, command.noun_end):
        return "create"  # "folder for johnson called Intake Docs": a new folder and its name
    if noun.resource == "damages" and (command.priced or money.thousands(reading.text)):
        return "create"  # "garcia: $1,450 special damages - meds", "25k general": new damages
    if noun.plural:
        return "search"
    named = lx.NAMED.match(reading.text, command.noun_end)
    if named and noun.resource == "tasks" and lx.DONE.match(reading.text, named.end()):
        return "update"
    if _names_record(reading, command):
        return "get"
    if noun.resource in ("notes", "tasks") and _opens(reading, command):
        return "create"
    if command.noun_start <= 1 and lx.OPENS_FIELDS.match(reading.text, command.noun_end):
        return "create"  # "task: call John", "email log -> from me to dr. hart, ..."
    if noun.resource in ("notes", "communications") and lx.SUBJECT_AFTER.match(
        reading.text, command.noun_end
    ):
        return "create"  # "globex lease dispute note, subj 'settlement authority' -> ..."
    if noun.resource == "clio_payments/links" and (
        command.priced or _LINK_FOR.match(reading.text, command.noun_end)
    ):
        return "create"  # "payment link for the patel invoice": one link, what it is for
    if command.noun_text == "contact" and command.noun_start <= 1 and _with_details(reading):
        return "create"  # "contact for Jenna O'Neill, phone 917 555 0142"
    expense = noun.detail == "ExpenseEntry" and command.noun_start <= 1
    if expense and lx.FOR_WHAT.match(reading.text, command.noun_end):
        return "create"  # its amount is asked before the card
    if _time_for_work(reading, command):
        return "create"  # its length is asked before the card
    if noun.resource == "calendar_entries" and _find(reading, lx.TIMED):
        return "create"
    return "search"


def _opens(reading: Reading, command: Command) -> bool:
    """Whether the noun opens the message, after a word of asking ("pls note on ..."), a
    matter's display number ("00049 - task for alice to ...") or a priority ("a high-priority
    task for hannah to ...") at most."""
    return command.noun_start <= 1 or any(
        opening.fullmatch(reading.text, 0, command.noun_start)
        for opening in (lx.POLITE_OPENING, lx.MATTER_LABEL, lx.PRIORITY_OPENING)
    )


_LINK_FOR = lazy.regex(r"\s+(?:for|to)\s+(?!(?:me|us|review)\b)", re.I)


def _time_for_work(reading: Reading, command: Command) -> bool:
    """ "time on chen re mediation", "time for globex drafting the notice": "time" opening the
    message with the work it was for (a subject after "re", work said) is an entry to log; "time
    on chen" alone, "time entries on chen" are searched."""
    if command.noun_text.lower() not in ("time", "time entry") or command.noun_start > 1:
        return False
    rest = reading.text[command.noun_end :]
    if lx.TIME_FOR_WORK.match(rest) is not None:  # "time for garcia - records review"
        return True
    return lx.ABOUT_WHAT.search(rest) is not None or lx.WORK_DONE.search(rest) is not None


def _with_details(reading: Reading) -> bool:
    """Whether a contact's details are given: an email address, or a phone number."""
    text = reading.text
    return lx.EMAIL_ADDRESS.search(text) is not None or lx.PHONE_NUMBER.search(text) is not None


def _names_record(reading: Reading, command: Command) -> bool:
    """Whether an id follows the noun: "task 88", "#88", "calendar entry 770004_20261130"; not
    a matter's display number ("note 00041-Globex: ...", "task 00042 ..."): ids never open with 0."""
    of_matter = command.noun is not None and command.noun.resource != "matters"
    if of_matter and lx.DISPLAY_NUMBER_FIRST.match(reading.text, command.noun_end):
        return False
    if (named := lx.NAMED.match(reading.text, command.noun_end)) is not None:
        entity = reading.message.entity(named.group().strip())
        return entity is None or entity.kind != "mention"  # "task @hannah ...": an assignee
    calendar = command.noun is not None and command.noun.resource == "calendar_entries"
    return calendar and entry_id(reading.text, command.noun_end) is not None
