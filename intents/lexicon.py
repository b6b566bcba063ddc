"""Command vocabulary: verbs, resource nouns, filler words, and repair of typos in them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from intents import lazy
from intents.model import Resource


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text`, as a set."""
    return frozenset(text.split())


# verb phrase -> canonical verb; `commands.py` maps canonical verbs to actions.
VERBS: dict[str, str] = {
    **dict.fromkeys(["add", "create", "new", "make", "enter", "insert", "save", "put"], "add"),
    **dict.fromkeys(["log", "record", "track"], "log"),
    **dict.fromkeys(["jot", "jot down", "note down", "write down"], "note"),
    **dict.fromkeys(["bill", "charge", "spent", "spend", "worked", "work", "did"], "log"),
    **dict.fromkeys(["logged", "billed", "recorded", "tracked", "charged", "put in"], "log"),
    **dict.fromkeys(["added", "created", "entered"], "add"),
    **dict.fromkeys(["scheduled", "booked", "calendar in", "calendarize"], "schedule"),
    **dict.fromkeys(["schedule", "book", "set up", "setup", "calendar", "arrange"], "schedule"),
    **dict.fromkeys(["block", "block off", "block out", "hold", "sched", "schd"], "schedule"),
    **dict.fromkeys(["remind me", "remind", "remember to"], "remind"),
    **dict.fromkeys(["open a", "open an", "open new", "open up", "start a", "start new"], "add"),
    **dict.fromkeys(["upload", "attach", "send", "generate", "register", "file"], "add"),
    **dict.fromkeys(["find", "search", "search for", "look up", "lookup", "look for"], "find"),
    **dict.fromkeys(["list", "show", "show me", "get", "get me", "give me", "display"], "show"),
    **dict.fromkeys(["view", "pull up", "see", "check", "fetch", "open", "download"], "show"),
    **dict.fromkeys(["what's", "whats", "details of", "details for"], "show"),
    **dict.fromkeys(["what", "which", "who", "where", "any", "how much", "how many"], "ask"),
    **dict.fromkeys(["who's", "whos", "who is", "when is", "when's", "where is"], "ask"),
    **dict.fromkeys(["do i have", "did i", "have i", "are there", "is there"], "ask"),
    **dict.fromkeys(["update", "change", "edit", "modify", "set", "adjust", "correct"], "update"),
    **dict.fromkeys(
        ["fix", "switch", "amend", "bump", "flag", "make it", "approve", "append"], "update"
    ),
    **dict.fromkeys(["lengthen", "shorten"], "update"),  # an entry's time, by a length said
    # a value made smaller or larger: "reduce my police report entry to 2 hours"
    **dict.fromkeys(["reduce", "increase", "cut down", "bring down"], "update"),
    **dict.fromkeys(["make the", "make my", "make that", "make this"], "update"),
    **dict.fromkeys(["rename", "retitle", "re-title", "re-name"], "rename"),
    **dict.fromkeys(["move", "reschedule", "push", "postpone", "delay", "shift", "slide"], "move"),
    **dict.fromkeys(["mark", "mark as"], "mark"),
    **dict.fromkeys(["reassign", "assign", "give", "hand off", "handoff", "delegate"], "assign"),
    **dict.fromkeys(["hand", "hand over", "pass", "pass on", "transfer", "re-assign"], "assign"),
    **dict.fromkeys(["close", "close out", "archive"], "close"),
    **dict.fromkeys(["reopen", "re-open", "unarchive"], "reopen"),
    **dict.fromkeys(["un-complete", "uncomplete", "unmark", "un-mark", "uncheck"], "reopen"),
    **dict.fromkeys(["complete", "finish", "finished", "completed", "done with"], "complete"),
    **dict.fromkeys(["delete", "remove", "cancel", "trash", "drop", "erase", "discard"], "delete"),
    **dict.fromkeys(["del", "rm", "destroy", "scrap", "get rid of", "void", "nuke"], "delete"),
    **dict.fromkeys(["call off", "nix"], "delete"),
    **dict.fromkeys(["watch", "subscribe to", "subscribe", "follow", "monitor"], "watch"),
    **dict.fromkeys(["notify me", "notify", "alert me", "alert", "let me know"], "watch"),
    **dict.fromkeys(["tell me when", "ping me", "keep me posted on", "keep me posted"], "watch"),
    **dict.fromkeys(["unwatch", "unsubscribe", "unsubscribe from", "unfollow", "mute"], "unwatch"),
    **dict.fromkeys(
        ["stop watching", "stop notifying me", "stop notifying", "stop alerts"], "unwatch"
    ),
    **dict.fromkeys(
        ["stop following", "stop monitoring", "don't notify me", "dont notify me"], "unwatch"
    ),
    **dict.fromkeys(["no more notifications", "stop notifications", "turn off"], "unwatch"),
    **dict.fromkeys(["start", "begin", "resume", "clock in", "kick off", "run"], "start"),
    **dict.fromkeys(["stop", "end", "pause", "halt", "clock out"], "stop"),
    **dict.fromkeys(["help", "usage", "commands", "what can you do", "how do i"], "help"),
}

FILLERS = wordset(
    "please pls plz kindly can could would you u i i'd i'll we we'd id like want to need "
    "let's lets hey hi hello ok okay clio quick quickly just also go ahead and yo"
    " actually oops sorry wait oh"
)


# Words of legal work: after a bare number ("1.25 research on X") they make it hours, not money.
WORK_WORDS = wordset(
    "research researching review reviewed reviewing draft drafted drafting revise revised revising "
    "edit editing prep preparing preparation prepare analysis analyze analyzing conference confer "
    "call calls meeting mtg depo deposition hearing trial court attend attended attending "
    "correspondence emails email letter letters memo motion brief discovery negotiation "
    "negotiations consult consultation strategy summarize summarizing outline outlining"
)

# Work said as done or doing ("reviewed", "researching", "prepped"): time spent, not planned ...
WORK_DONE_WORDS = frozenset(w for w in WORK_WORDS if w.endswith(("ing", "ed"))) | wordset(
    "prepped prepping worked working spent"
)
# ... or work named by its noun ("depo prep", "research"), not an appointment's ("call", "depo").
_APPOINTMENT_WORK = wordset("call calls meeting mtg depo deposition hearing trial court conference")
WORK_DONE = lazy.regex(
    r"\b(?:" + "|".join(sorted(WORK_DONE_WORDS | (WORK_WORDS - _APPOINTMENT_WORK))) + r")\b", re.I
)

# The kinds of work a new time entry's narrative tells by its verb or noun (rule "work told by
# its kind"), each with the words the firm's activity description for it is named in:
# "drafted the reply" is Drafting, "tc w/ ravi" a Telephone call, "client mtg" a Client meeting.
WORK_KINDS: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = (
    (lazy.regex(r"\b(?:re)?draft(?:ed|ing)\b", re.I), wordset("drafting")),
    (lazy.regex(r"\bresearch(?:ed|ing)?\b", re.I), wordset("research")),
    (
        lazy.regex(
            r"\b(?:(?:tele)?phone\s+(?:call|conf(?:erence)?)|conference\s+call|call(?:ed|s)?|"
            r"phoned|on\s+the\s+phone|t/?c|telcon)\b",
            re.I,
        ),
        wordset("call"),
    ),
    (
        lazy.regex(
            r"\bclient\s+(?:meeting|mtg)\b|\b(?:meeting|mtg|met)\s+(?:w/|with)\s+(?:the\s+)?client\b",
            re.I,
        ),
        wordset("client meeting"),
    ),
    (
        lazy.regex(
            r"\bcourt\s+appearance\b|\bappear(?:ed|ance)\s+(?:in|at|before)\s+(?:the\s+)?court\b",
            re.I,
        ),
        wordset("court appearance"),
    ),
)

# Records an amount said before their word was spent on ("$27.35 for medical record postage",
# "$40 document copying"): the amount is an expense, not a search of them.
SPENT_ON = frozenset(
    {"documents", "medical_records_details", "communications", "calendar_entries", "tasks", "notes",
     "folders", "users"}
)  # fmt: skip
# A cost named before what it was for: "copy fee for the st mary's medical records, 75$".
COST_OF = lazy.regex(r"\b(?:fees?|costs?|charges?)\s+(?:for|of|on)\b", re.I)
# rule "billed to a matter": "..., bill it to sarah johnson's case", "charge that to northwind",
# "put the time on the patel estate": the work told before it is billed to a matter.
BILLED_TO = lazy.regex(
    r"\b(?:bill|charge|put|log|record|enter)\s+(?:it|that|this|them|(?:the|that|this)\s+time)"
    r"(?:\s+(?:in|down))?\s+(?:to|on|against|under)\s+"
    r"(?!(?:\S+\s+){0,2}?(?:calendar|calender|cal|diary|schedule|agenda)\b)\S",
    re.I,
)
# rule "an amount with what it paid for": words that name money spent, which said right by an
# amount make it an expense ("add $38 courier charge to patel - sent the trust docs over").
EXPENSE_WORD = lazy.regex(
    r"\b(?:fees?|charges?|costs?|postage|courier|messenger|mileage|parking|notary|tolls?|taxi|uber"
    r"|lyft|cab|airfare|hotel|copies|copying|printing|photocopies|shipping|fedex|ups|filing)\b",
    re.I,
)
# An invoice the firm received (a vendor's, to pass on as an expense), not one it issued: "metro
# court reporting's invoice for the jones depo came in: $300", "got the process server's bill".
INVOICE_RECEIVED = lazy.regex(
    r"\b(?:came\s+in|come\s+in|arrived|landed|received|got\s+(?:the|an?|their|his|her)\b)", re.I
)
# What was paid for, opening the message, then a bare amount: "parking 28 fri at kings cty
# courthouse - garcia", "postage 7.80 patel" (not a length, a count or a clock time after it).
SPENT_THEN_AMOUNT = lazy.regex(
    rf"^\W*(?:{EXPENSE_WORD.pattern})\s+\d{{1,5}}(?:\.\d{{1,2}})?(?![\d.:/])"
    r"(?!\s*(?:h|hrs?|hours?|m|mins?|minutes?|am|pm|a|p|miles?|mi|pages?|copies|pp|x)\b)",
    re.I,
)

# Words that carry no request of their own: not worth naming as "not understood".
STOP_WORDS = wordset(
    "to for on in at of by with from about my me our us your it is are was be this that these "
    "those there here and or but not no do does did have has had all some"
)


@dataclass(frozen=True, slots=True)
class Noun:
    """A word naming a resource; `content` words stay in the text (a "meeting" is a summary)."""

    resource: Resource
    plural: bool = False
    detail: str | None = None
    content: bool = False


def _nouns() -> dict[str, Noun]:
    table: dict[str, Noun] = {}

    def add(
        resource: Resource, words: str, detail: str | None = None, content: bool = False
    ) -> None:
        for phrase in words.split(","):
            singular = phrase.strip()
            if not singular:
                continue
            if singular.endswith("y") and singular[-2:-1] not in "aeiou":
                plural = singular[:-1] + "ies"
            else:
                plural = singular + ("es" if singular.endswith(("s", "x", "ch")) else "s")
            table.setdefault(singular, Noun(resource, False, detail, content))
            table.setdefault(plural, Noun(resource, True, detail, content))

    add("matters", "matter,case,mattter,mtr")
    add("contacts", "contact,person,client,customer", "Person")
    add("contacts", "company,organization,organisation,org", "Company")
    add(
        "contacts",
        "company contact,business contact,organization contact,firm contact,co contact,co. contact",
        "Company",
    )
    add("contacts", "person contact,individual contact", "Person")
    table["people"] = Noun("contacts", True, "Person")
    table["companies"] = Noun("contacts", True, "Company")
    add("activities", "time entry,timeentry,time-entry,activity,entry,timesheet,time sheet,time")
    add("activities", "billable hour,billable,hour,hr", "TimeEntry", content=True)
    add("activities", "expense,expense entry,disbursement,cost,expense report,exp", "ExpenseEntry")
    # postage is an expense, not an email: "add $15.80 certified mail to brightline"
    add(
        "activities",
        "certified mail,registered mail,priority mail,express mail",
        "ExpenseEntry",
        True,
    )

    add("tasks", "task,todo,to-do,to do,action item,reminder,tsk")
    add(
        "calendar_entries",
        "calendar entry,calendar event,event,calendar,cal entry,calendar_entry",
    )
    add("calendar_entries", "schedule,agenda,diary")
    add(
        "calendar_entries", "appointment,appt,meeting,mtg,hearing,deposition,depo,trial", None, True
    )
    add("calendar_entries", "conference,court date,consultation,consult,mediation", None, True)
    add("calendar_entries", "closing,filing deadline,court deadline", None, True)
    # meetings said by how they are held ("zoom w/ northwind HR 12/9 10-11")
    add("calendar_entries", "zoom,zoom call,zoom meeting,zoom mtg,video call,webex", None, True)
    add("calendar_entries", "teams call,teams meeting,teams mtg,team call,conf call", None, True)
    add("calendar_entries", "team meeting,team meetings,team mtg,team mtgs", None, True)
    add("calendar_entries", "conference call,video conference", None, True)
    # court events named with "case", which is no matter noun there
    add(
        "calendar_entries",
        "case management conference,case mgmt conference,case mgmt conf",
        None,
        True,
    )
    add(
        "calendar_entries",
        "case management conf,case management hearing,case mgmt hearing",
        None,
        True,
    )
    add("communications", "communication,comm,phone log,call log", "PhoneCommunication")
    add("communications", "phone call,call,voicemail,voice mail,vm,tc", "PhoneCommunication", True)
    add("communications", "phone message,phone msg,call log entry", "PhoneCommunication", True)
    # "phone w john smith fri abt the trial date": a call said by its party
    add(
        "communications",
        "phone w,phone with,phone convo,phone conversation",
        "PhoneCommunication",
        True,
    )
    add("communications", "email,e-mail,mail", "EmailCommunication", True)
    add("communications", "email log,e-mail log,mail log", "EmailCommunication")
    add("notes", "note,memo,matter note", "Matter")
    add("notes", "contact note,client note", "Contact")
    add("folders", "folder,directory,subfolder")
    add("documents", "document,doc,file,pdf,attachment,upload")
    add("bills", "bill,invoice,statement")
    add("users", "user,staff member,team member,member,colleague,attorney,lawyer,paralegal")
    add("users", "admin,administrator,timekeeper,firm user")
    table["staff"] = Noun("users", True)
    table["team"] = Noun("users", True)
    add("timer", "timer,stopwatch,stop watch,clock")
    add("clio_payments/links", "payment link,pay link,payment request,clio payments link,link")
    add("clio_payments/links", "clio payment link,payments link,paylink")
    add("clio_payments/payments", "payment,clio payment,online payment,clio_payments_payment")
    add("damages", "damage,damage entry,damages entry")
    table["damages"] = Noun("damages", True)
    add("medical_records_details", "medical record,medical records detail,med record")
    add("medical_records_details", "medical records detail,treatment record,medical provider")
    add("medical_records_details", "medical treatment,med treatment")
    table["medical records"] = Noun("medical_records_details", True)
    table["medical records details"] = Noun("medical_records_details", True)
    table["medical records detail"] = Noun("medical_records_details", False)
    return table


NOUNS: dict[str, Noun] = _nouns()


def _phrase_words() -> dict[str, int]:
    """The first word of each command phrase -> the most words of a phrase starting with it."""
    found: dict[str, int] = {}
    for phrase in (*VERBS, *NOUNS):
        first, *rest = phrase.split()
        found[first] = max(found.get(first, 0), 1 + len(rest))
    return found


PHRASE_WORDS = _phrase_words()

# Words never "repaired" into command words although they are one edit away.
_KEEP = wordset(
    "note noted notes nate time tie tim mark made make mate more mode case cash cast vase "
    "late rate date data dates bull ball call calls hall fall fill file fine tall bail mail "
    "sale sell bell tell well will till nill hold sold told ask asks last list lost past "
    "post cost host most must dust move love live give hive have hate seat set sat need "
    "send sent end and any man men mine some same name game came home hope hour your four "
    "pour tour ours doc dog dock lock log logs lag leg bag bug big dig fig jig pig rig "
    "mask half does kill pill shut void contract contracts cease chase cause base bases "
    "were here there they them then than what went want wants "
    "miles mile tolls toll meals meal rides ride fares fare uber lyft took"  # what an expense was for
    " dept depts"  # "globex's AP dept": a department, no misspelt depo
    " comp"  # "comp negligence research", "comp time": compensation or comparative, no comm
)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _distance_one(a: str, b: str) -> bool:
    """True when `a` and `b` differ by one edit or one swap of neighbours."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        i = diff[0]
        return len(diff) == 2 and diff[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[str, ...]]:
    words = {w for phrase in (*VERBS, *NOUNS) for w in phrase.split() if len(w) >= 4}
    index: dict[str, set[str]] = {}
    for word in words:
        for key in {word} | _deletions(word):
            index.setdefault(key, set()).add(word)
    return {key: tuple(sorted(found)) for key, found in index.items()}


VOCABULARY = frozenset(w for phrase in (*VERBS, *NOUNS) for w in phrase.split())


_SHORT = frozenset(w for w in VOCABULARY if len(w) == 3 and w.isalpha())
_LONGEST = max(len(w) for w in VOCABULARY)  # a longer word is more than one edit from them all


@lru_cache(maxsize=4096)
def repair(word: str) -> str:
    """The command word `word` was probably meant to be, or `word` itself (remembered: people
    write the same words again)."""
    if len(word) == 3 and word not in VOCABULARY and word not in _KEEP:
        for i in range(2):
            swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
            if swapped in _SHORT:
                return swapped
        return word
    if not 4 <= len(word) <= _LONGEST + 1 or word in VOCABULARY or word in _KEEP:
        return word
    if not word.isalpha():
        return word
    index = _index()
    candidates = set(index.get(word, ()))
    for key in _deletions(word):
        candidates.update(index.get(key, ()))
    for candidate in sorted(candidates, key=lambda c: (abs(len(c) - len(word)), c)):
        if _distance_one(word, candidate):
            return candidate
    return word


# Clock cue words (`intents/times.py`).
# Zones people write after a time, as their UTC offset in minutes (fixed: "BST" is read as +1
# whatever the season, the way it is written).
CLOCK_OFFSETS: dict[str, int] = {
    "utc": 0, "gmt": 0, "z": 0, "bst": 60, "ist": 330, "cet": 60, "cest": 120,
    "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
    "pst": -480, "pdt": -420, "akst": -540, "hst": -600, "aest": 600, "aedt": 660,
}  # fmt: skip
# minutes said as words before "past"/"to" ("twenty past 3")
MINUTE_WORDS = r"(?:twenty[- ]five|twenty|ten|five|fifteen|thirty|forty[- ]five|forty|fifty)"
# the part of the day said with a bare hour, and which half of the clock it means
DAYPART_HALF: dict[str, str] = {
    "morning": "am", "am": "am", "afternoon": "pm", "pm": "pm", "evening": "pm",
    "night": "pm", "tonight": "pm",
}  # fmt: skip

# Day ordinals written as words ("the second of march"), for `intents/dates.py`.
ORDINALS: dict[str, int] = {
    word: index + 1
    for index, word in enumerate(
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
    )
} | {"twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "thirtieth": 30,
     "thirty-first": 31}  # fmt: skip
ORDINAL_PATTERN = "(?:" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + ")"

# Narrative dates (`intents/dates.py`): a date that belongs to a noun or a clause of the story
# ("prep for monday hearing", "re 12/14 hearing", "incident was on 11/28", "will sign next week")
# stays in the text and does not date the record.
NARRATIVE_NOUNS = (
    r"hearing|trial|deposition|depo|mediation|conference|deadline|filing|motion|arraignment"
    r"|closing|sentencing|incident|accident"
)
# "will" is a modal only where it takes a verb: the document after an article or a possessive
# ("the will execution friday", "ravi's will signing yesterday") or before a gerund is a noun,
# or a noun ("will execution", "will amendment"), and the date after it dates the record.
_MODAL_WILL = (
    r"(?<!\bthe\s)(?<!['’]s\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bmy\s)(?<!\bour\s)"
    r"will\s+(?!\w{3,}(?:ing|tion|ment)\b)\w+"
)
NARRATIVE_BEFORE = rf"re|was|were|is|are|had|has|{_MODAL_WILL}|would\s+\w+|to\s+be|for"
# Someone's act told before a date ("the clerk emailed on friday", "their GC sent back comments
# thursday night", "the report landed late thursday"): the date is the story's, not the record's.
STORY_ACTS = (
    r"sent|emailed|e-mailed|mailed|faxed|wrote|replied|responded|filed|served|landed|arrived|came"
    r"|bounced|rejected|returned|produced|delivered|signed|posted|dropped|got\s+back|kicked\s+back"
    r"|pushed\s+back"
)
# A conversation the speaker had ("ravi called yesterday and we were on for 30 min"): for work
# done, its day is the work's; only for a planned entry is it the story's ("the clerk called on
# thursday: the conference is set for dec 21").
TALK_ACTS = r"called|phoned|rang|texted|said|told"
# The request's own words, earlier in its sentence than a date said with "for" or "on" ("log 3.2
# hrs for me on garcia for friday", "put 2.75 hrs on acme for yesterday"): that date is the record's.
REQUEST_CUES = (
    r"log|logging|put|bill|enter|record|charge|book|calendar|schedule|track|date\s+it|add"
    r"|(?<![\w.])(?:\d+(?:\.\d+)?|\.\d+)\s*(?:h|hrs?|hours?|m|mins?|minutes?)"
)
# Someone asking for the record to be made ("hannah asked me to put a note on ...", "marcus wants
# a note on ..."): with REQUEST_CUES, the words of a request rather than of what it records.
ASKED = r"asked|asks|wants|wanted|needs|told\s+me\s+to|per"
# Words after a day that make it the day of the record asked about: "her thursday time", "my
# friday hours", "monday's entries".
OF_RECORD_AFTER = r"(?:'s\s+|’s\s+|\s+)(?:time|hours|hrs|entry|entries|billing|billables)\b"

# hours said as words ("at three", "seven thirty p.m.")
HOUR_WORDS: dict[str, int] = {
    word: index + 1
    for index, word in enumerate(
        [
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        ]
    )
}

# Cue patterns of `command_rules` (and of the grammars that read the same words).
# A number opening a message is a length ("2 smith drafting"), never a matter's display number
# ("00049 - task for alice ...", "00045-Johnson: ..."): no length starts with a 0 and two digits.
LEADING_NUMBER = lazy.regex(
    r"\s*(?!0\d\d|\d+-[^\W\d_])(?:\d+(?:[.,]\d+)?|[.,]\d+)\s*(?:h|hrs?|hours?|m|mins?|minutes?)?\b"
)
# a matter's display number said first, zero-padded ("00049 note ...", "00049-Acme ...")
DISPLAY_NUMBER_FIRST = lazy.regex(r"\s*0\d{3,}(?![.,]\d)")
BARE_NUMBER = lazy.regex(r"\s*#?\s*(?:\d+(?:[.,]\d+)?|[.,]\d+)\s*")
WHO_WORDS = frozenset(("who", "who is", "who's", "whos"))
TIME_NOUNS: frozenset[Resource] = frozenset(
    {"activities", "matters", "contacts", "communications", "calendar_entries", "users"}
)
NOT_APPOINTMENTS = frozenset({"email", "e-mail", "mail", "emails", "e-mails", "mails"})
ADJACENT = lazy.regex(r"\s*(?:(?:a|an|the|new|my)\s+)*", re.I)
TIMED = lazy.regex(
    r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|(?:\bat\s+|@\s*)\d{1,2}\b|\ball[- ]day\b|\bnoon\b"
    r"|\b(?:morning|afternoon|evening|tonight)\b"
    r"|\b(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun|tmrw|tomorrow)[a-z]*\s+(?:[01]?\d|2[0-3])[0-5]\d\b",
    re.I,
)
CLOCK = lazy.regex(
    r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|(?:\bat\s+|@\s*)\d{1,2}\b|\bnoon\b", re.I
)  # "@ 9:15" is "at 9:15"
DUE = lazy.regex(r"\b(?:due|overdue)\b", re.I)
# Work said as an order, opening the message ("draft depo outline for robert jones by mon")
TO_DO_WORDS = wordset(
    "draft prep prepare review revise finalize circulate serve pull gather collect organize "
    "summarize research compile redline proofread renew follow clean chase"  # "follow up", "clean up"
)
BY_DAY = lazy.regex(
    r"\b(?:by|due)\s+(?:(?:this|next)\s+)?(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\w*\b"
    r"|\b(?:by|due)\s+(?:tomorrow|tmrw|tmr|eod|cob|end\s+of|\d{1,2}/\d{1,2}\b"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)",
    re.I,
)
NEW_WHEN = lazy.regex(
    r"\b(?:to|until|till)\s+(?:(?:next|this|the)\s+)?(?:\d{1,2}(?::\d{2})?(?:\s*-\s*\d{1,2}(?::\d{2})?)?"
    r"\s*(?:am|pm|a\.m\.|p\.m\.)"
    r"|\d{1,2}:\d{2}|noon|midday|tomorrow|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2})\b",
    re.I,
)
MY_TIME = lazy.regex(
    r"\b(?:did|have|has|had)\s+(?:i|we|[\ue000-\ue0ff]|\w+)\s+(?:been\s+)?"
    r"(?:bill|billed|log|logged|work|worked|working|spend|spent|record|recorded|track|tracked|do)\b",
    re.I,
)
DONE = lazy.regex(r"\s*(?:is|as)\s+(?:now\s+)?(?:done|complete|completed|finished)\b", re.I)
# rule "a record's change said after it": "the chen disclosures task is done", "the johnson task -
# move it to tomorrow", "the jones depo should be at 1pm", "the X email should be on garcia"
STATED_CHANGE = lazy.regex(
    r"[\s,]*(?:(?:is|was|are)\s+(?:now\s+)?(?:done|complete|completed|finished|due|moved|"
    r"in\s+progress|reassigned|cancel+ed|at|on|in)\b|is\s+now\b|should\s+(?:be|say|read)\b|"
    r"needs\s+to\s+(?:be|move)\b|(?:[-:–]|->|=>|→)\s*(?:move|push|bump|mark|change|reassign|give|assign|"
    r"rename|make|set|delete|cancel|remove|scrap|drop|kill|trash|erase|nuke|get\s+rid\s+of)\b"
    r"|(?:[-:–]|->|=>|→)\s*(?:priority|due|status|done|complete|completed|finished"
    r"|in\s+progress|in\s+review)\b)",
    re.I,
)
# rule "task change of a work's name": what only a task has (done, checked off, due, priority)
TASK_CHANGE = lazy.regex(
    r"\b(?:task|to-?do|check(?:ed)?\s+(?:it\s+|that\s+)?off|(?:is|are|was|marked?)\s+(?:now\s+)?"
    r"(?:as\s+)?(?:done|finished|complete|completed)|(?:mark|set)\b.*\b(?:done|finished|complete|completed)"
    r"|(?:high|low|normal|urgent)[- ]?(?:priority|prio|pri)\b|priority\s+(?:to\s+)?(?:high|low|normal))",
    re.I,
)
# rule "work said finished": "priya finished the deposition outline, mark it complete"
FINISHED_WORK = lazy.regex(
    r"^\s*(?:(?:i|we|i've|ive|we've|i\s+have|[a-z]+)\s+)?(?:just\s+|already\s+)?"
    r"(?:finished|completed|wrapped\s+up|(?:is|am|'m|are)\s+(?:done|finished)\s+with)\s+"
    r"(?P<what>(?:the|my|our|his|her|their)\s+[^,;.!]+?)\s*(?=$|[,;.!]|\s+(?:so|and|-)\s)",
    re.I,
)
# "postpone the X by a week", "push it back an hour", "two days later": a move by an amount
SHIFT = lazy.regex(
    r"\b(?:(?:back|forward|out|up)\s+)?(?:by\s+)?(?P<n>a|an|one|two|three|\d{1,3})\s+"
    r"(?P<unit>minute|min|hour|hr|day|week)s?(?:\s+(?P<way>later|earlier|sooner))?\b",
    re.I,
)
# rule "taken off the calendar": "take the garcia hearing off the calendar"
TAKEN_OFF = lazy.regex(
    r"^\s*(?:(?:pls|please|can|could|would|u|you|ya)\s+)*(?:take|get|knock)\s+(?P<what>.+?)\s+off\s+"
    r"(?:of\s+)?"
    r"(?:the\s+|my\s+|our\s+|\w+['’]s\s+)?(?:calendar|cal|schedule|diary|agenda)\b",
    re.I,
)
# rule "the whole series": a change or delete said of every occurrence of a recurring entry
# ("- the whole series, every occurrence", "the weekly team mtg series entirely", "(the whole
# series)", "on the whole series, every week including today's", "all of them")
WHOLE_SERIES = lazy.regex(
    r"(?:[\s,;:(–—-]*\b(?:(?:on|for|to|across|in)\s+)?(?:the\s+)?(?:whole|entire|full)\s+"
    r"(?:recurring\s+|weekly\s+)?(?:series|thing)(?:\s*\(\s*all\s+the\s+\w+\s*\))?\)?"
    r"|[\s,;:(–—-]*\b(?:recurring\s+)?series(?:\s+entirely)?\b"
    r"|[\s,;:(–—-]*\b(?:entirely|all\s+of\s+them|every\s+one\s+of\s+them|(?:every|all|each)"
    r"\s+(?:occurrences?|instances?|one)|every\s+week(?:\s+including\s+(?:today|this\s+week)(?:['’]s)?)?"
    r"|all\s+the\s+(?:mondays|tuesdays|wednesdays|thursdays|fridays|weeks))\b\)?)+",
    re.I,
)
STATED_DELETE = lazy.regex(
    r"\b(?:delete|cancel|cancel+ed|remove|scrap|drop|kill|trash|erase|nuke|get\s+rid\s+of)\b", re.I
)
WHO_AM_I = lazy.regex(r"^\s*(?:who\s*am\s*i|whoami)\b", re.I)
MY_PROFILE = lazy.regex(r"\b(?:who\s*am\s*i|whoami|my\s+(?:profile|account|user))\b", re.I)
EMAIL_ADDRESS = lazy.regex(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.\w")
PHONE_NUMBER = lazy.regex(r"(?<![\w$.])(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}(?!\w)")
# a contact's details pasted as labelled fields: the name first, then an email or a phone
CARD_NAME = lazy.regex(
    r"\s*(?:(?:full\s+|first\s+)?name|first)\s*:\s*(?-i:[A-Z])?[^\W\d_]+\b", re.I
)
CARD_CHANNEL = lazy.regex(
    r"\b(?:e-?mail|phone|mobile|cell)\s*:\s*(?:[\w.+-]+@[\w-]+\.\w|\+?[\d(])", re.I
)
# "can you add her?", "we should have him on file", "put them in clio": a person to add
PERSON_ADDED = lazy.regex(
    r"\b(?:add|put|have|save|keep|enter)\s+(?:him|her|them)\b"
    r"(?=\s*(?:[?.!]|(?:on\s+file|in(?:to)?\s+(?:the\s+)?(?:contacts|clio|system))\b))",
    re.I,
)
CONTACT_CHANNEL = lazy.regex(
    r"(?<![\w.+-])[\w.+-]+@[\w-]+\.\w|(?<![\w$.])\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}(?!\w)"
)
CONTACT_VALUE = lazy.regex(
    r"(?<![\w.+-])[\w.+-]+@[\w-]+\.\w|\b(?:phone|email|e-mail|mobile|cell)\b", re.I
)
TIME_FOR_WORK = lazy.regex(r"\s+(?:on|for)\s+\S.*?\s(?:re:?|regarding|-)\s+\S", re.I)
# "expense for parking on smith v jones": a new expense whose amount is still to be said
FOR_WHAT = lazy.regex(r"\s+(?:for|on|re)\b", re.I)
ABOUT_WHAT = lazy.regex(r"\b(?:re:?|regarding)\s+\w", re.I)  # "... re mediation": a subject
# "expense 250 deposition transcript garcia": a short number and then what it was for is an
# amount (a record's id stands alone, "expense 440021", and Clio's ids are long).
AMOUNT_THEN_WHAT = lazy.regex(r"\s*:?\s*\d{1,5}(?:\.\d{1,2})?\s+(?:for\s+)?[a-z]{3,}", re.I)
NAMED = lazy.regex(r"\s*(?:#\s*\d+|(?:no\.?|number|id)?\s*\d+\b|[\ue000-\ue0ff]|\d{2,}-\w+)", re.I)
RECURRING = lazy.regex(
    r"\b(?:(?:every|each)\s+(?:other\s+|\d+\s+)?(?:day|week|month|year|weekday|"
    r"(?:mon|tue|wed|thu|fri|sat|sun)\w*)|daily|weekly|bi-?weekly|monthly|yearly|annually)\b",
    re.I,
)
OWED = lazy.regex(
    r"\b(?:owes?|owing|owed)(?:\s+us)?\b(?!\s+(?:them|him|her))|\b(?:outstanding|unpaid)\s*(?:balances?|bills?|invoices?|$)"
    r"|\b(?:what'?s|what\s+is)\s+outstanding\b|\bbalances?\s+(?:due|owed|outstanding)\b|\bA/?R\b"
    r"|\bhow\s+much\b.{0,30}?\b(?:outstanding|unpaid)\b",
    re.I,
)
MEDICAL_STATUS = lazy.regex(
    r"\b(?P<what>records?|bills?)\s+(?:status\s+)?(?:(?:are|is|were|was|to|as|now)\s+|:\s*)?"
    r"(?P<s>not\s+yet\s+requested|requested|received|incomplete|certified)\b",
    re.I,
)
DAMAGE_KIND = lazy.regex(
    r"\b(?:pain\s+(?:and|&)\s+suffering|punitive|(?:special|general|economic|non-?economic)\s+damages?)\b",
    re.I,
)
CALLED = lazy.regex(r"\b(?:called|named|titled)\b", re.I)
# "st mary's bills came in": the records or bills were received
MEDICAL_ARRIVED = lazy.regex(
    r"\b(?P<what>records?|bills?)\s+(?:(?:have|has)\s+)?(?:came|come|arrived|got\s+here)(?:\s+in)?\b",
    re.I,
)
IN_TREATMENT = lazy.regex(
    r"\b(?P<yes>still\s+(?:in\s+)?treating|still\s+in\s+treatment|in\s+treatment|ongoing\s+treatment|"
    r"treatment\s+(?:is\s+)?(?:ongoing|continuing)|currently\s+treating|still\s+seeing)\b|"
    r"\b(?P<no>treatment\s+(?:is\s+|was\s+)?(?:ended|over|done|complete|completed|finished)|"
    r"(?:done|finished)\s+(?:treating|with\s+treatment)|finished\s+treatment|"
    r"no\s+longer\s+(?:treating|in\s+treatment)|discharged)\b",
    re.I,
)
EXPIRE = lazy.regex(
    r"\b(?:expire|deactivate|disable|kill|(?:shut|turn|switch)\s+off|invalidate)\b", re.I
)
EXPIRY = lazy.regex(
    r"[,;]?\s*\b(?:expir(?:es|ing|y|e)|valid|good|open)\s+(?:in|for|after)\s+(?P<n>\d+|an?|one)\s*"
    r"(?P<unit>hours?|days?|weeks?|months?)\b",
    re.I,
)
BILL_NUMBER = lazy.regex(r"\b(?:invoice|bill)\s+(?:number|no\.?|num\.?)\s*#?\s*(?P<n>\d+)\b", re.I)
ALL_DAY = lazy.regex(r"\ball[- ]day\b", re.I)
# rule "no matter said": a record said to belong to no matter ("task for me, no matter: ...",
# "..., not matter related", "non-matter task for tom", "matter: none", "not for any matter", "not
# for any client", "nothing to do with any matter") has none, and its words name none ("not",
# "no"). Not the idiom "no matter what/how/when".
_NO_MATTER_PHRASED = (
    r"\b(?:nothing\s+to\s+do\s+with|unrelated\s+to|not\s+(?:tied|linked|related)\s+to)\s+"
    r"(?:a|any)\s+(?:client|matter|case|file)(?:\s+matter)?"
    r"|\bnot\s+(?:on|for|under)\s+(?:a|any)\s+client(?!\s+matter)"
)
# the same said in other words, which `parser.read` says as "no matter" ("nothing to do with" is
# no to-do), and that said first, which it says last ("not for any client, task for me to ...")
NO_MATTER_PHRASED = lazy.regex(_NO_MATTER_PHRASED, re.I)
NO_MATTER_FIRST = lazy.regex(r"^\s*no\s+matter\s*(?:[,;:]|\s[-–—])\s*(?=\S)", re.I)
NO_MATTER = lazy.regex(
    rf"(?:{_NO_MATTER_PHRASED}"
    r"|\b(?:no|without\s+(?:a|any)|not\s+(?:on|for|under|in|about)\s+(?:a|any))\s+(?:client\s+)?"
    r"matter(?!\s+(?:what|how|when|where|who|whom|which|whether|if|the|whose|why)\b)"
    r"(?:[- ](?:related|specific|linked|attached))?"
    r"|\bnot\s+(?:matter|case)[- ](?:related|specific)|\bnon[- ]?(?:matter|case)(?:[- ]related)?"
    r"|\b(?:matter|case)\s*(?::|-|=|\bis\b)?\s*(?:none|n/?a)(?![\w/]))"
    r"(?![\w-])",
    re.I,
)
# Forums a hearing or mediation is held at, said by name alone ("... 930-1230 jams"), for
# `intents/calendar_entries.py`.
FORUMS = r"(?:jams|aaa|finra)"
# "on the calendar", "to priya's cal", "on the firm calendar", or a label opening the message:
# "firm calendar: holiday party ...", "marcus's cal - ..."
ON_CALENDAR = lazy.regex(
    r"\b(?:on|in|to|into|onto)\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+|\w+['’]s\s+)"
    r"(?:firm(?:['’]s)?\s+|firm-wide\s+)?(?:calendar|cal|diary)\b"
    r"|\b(?<=put\s)(?:on|in)\s+(?:calendar|cal|diary)\b"  # "put on cal 12/15 4p ..."
    r"|^\W*(?:the\s+)?(?:firm|my|\w+['’]s)\s+(?:calendar|cal)\s*(?::|\s-\s)",
    re.I,
)
# A call or an email said as done: "called david", "sarah johnson called re ...", "emailed globex
# the analysis", "left vm for ravi", "spoke w/ dr hart", "sent northwind the draft by email".
COMM_DONE = lazy.regex(
    r"\b(?:(?P<email>e-?mailed|sent\b(?=.*\b(?:by|via)\s+e-?mail\b)"
    r"|(?:sent|forwarded|fwd)\b(?=.*\blog\s+(?:it\s+as\s+an?|the|this|that)\s+e-?mail\b))"
    r"|(?P<phone>called|phoned|rang|spoke|talked|left\s+(?:a\s+)?(?:vm|voicemail|voice\s*mail|message"
    r"|msg)|returned\s+(?:\w+\s+)?call))(?![\w'’])",
    re.I,
)
# Someone else's call or email: "call from X", "X called", "rec'd an email from X".
INCOMING = lazy.regex(
    r"\b(?:calls?|e-?mails?|mail|msg|message|vm|voicemail|voice\s*mail|tc|letter|fax)\s+(?:in\s+)?"
    r"(?:(?:today|yesterday|earlier(?:\s+today)?|this\s+(?:morning|afternoon)|last\s+night)[\s,]+)?"
    r"from\b(?!\s+(?:me|us|myself)\b)"  # "log email from me to ravi": the writer's own
    r"|\b(?:inbound|incoming)\s+(?:calls?|e-?mails?)\b"
    r"|\b(?:rec'?d|received|recieved|got)\b.{0,30}?\bfrom\b",
    re.I,
)
# One call or email told as news: a narrative verb before it ("sent sarah an email", "got an email
# yesterday from ...", "had a call w globex's mgr") or only words of its kind ("quick call w david
# last thu", "inbound call on 11/30 from ...").
COMM_TOLD = lazy.regex(
    r"\b(?P<told>sent|got|had|received|rec'?d|made|took|returned|fielded|answered)\b"
    r"|^\W*(?P<kind>(?:(?:quick|short|brief|long|inbound|outbound|incoming|outgoing)\s+)+)$",
    re.I,
)
# rule "a log told by its parts": after the head's colon, the call or email described by labels,
# not words said in it ("log this email on johnson: from Sarah Johnson to Marcus Bell, sent
# Friday, subject \"...\", body \"...\"", "...: from: Hannah, to: Emily Chen, date: yesterday")
COMM_LABELS = r"from|to|cc|date|dated|sent|received|subject|subj|body|notes|message"
COMM_LABEL_BEFORE = lazy.regex(rf"\b(?:{COMM_LABELS})\s*$", re.I)  # "from: ", "date: " are labels
COMM_PARTS_AFTER = lazy.regex(
    r"\s*(?:(?:from|to|cc)\s*:|from\s+(?=\S+(?:\s+\S+)?\s+to\s)|(?:sent|received|dated?)\s*:|"
    r"(?:subject|subj)\s*[:\"“'‘]|[^,:;]{1,40}?\s*(?:→|-+>|=>)\s*[^,:;]{1,40}[,;])",
    re.I,
)  # "...: Priya → Maria Garcia, Thursday 3pm, subject IME scheduling"
# who speaks for someone in a call or an email: "sarah johnson's lawyer emailed marcus"
PROXIES = (
    r"lawyer|lawyers|attorney|atty|counsel|assistant|paralegal|secretary|office|hr|accountant"
    r"|agent|adjuster|broker|team"
)
# "email in from X", "email recieved from X", "call placed to X"
PARTY = lazy.regex(
    r"\s*(?P<day>(?:today|yesterday|earlier(?:\s+today)?|this\s+(?:morning|afternoon)|last\s+night)[\s,]+)?"
    r"(?:(?:in|out|received|recieved|recvd|rec'?d|rcvd|sent|placed|came\s+in)\s+)?"
    r"(?:from|with|w/|to)\s+\S",
    re.I,
)  # "phone call today from david o'brien": a day gone by before the party
NEW_STATUS = lazy.regex(r"\bto\s+(?:pending|open|closed)\s*$", re.I)
# After "open matter": a new one's client or description ("open matter for X", "open matter: X").
# Or its client then, after a dash, what it is about: "open matter bluebird bakery - lease renewal".
OPENED_FOR = lazy.regex(
    r"\s*(?:[:–-]|for\b|re\b)|\s+[^\s:—–-][^:—–]{1,60}?\s[-—–]\s+[^\s:—–-]+\s+\w", re.I
)
# A new matter asked for after what it is about: "Ravi wants us to handle his condo sale, open a
# real estate matter", "david o'brien estate plan - new matter, estate planning".
# Or said as a need: "northwind needs a new matter: wage and hour audit", "hannah asked for a
# new matter for emily chen"; or in a sentence of its own: "... her own will. new matter pls".
# "karen smith is a new family law client - prenup ...": a new client's first matter
NEW_CLIENT = lazy.regex(
    r"\s+(?P<new>is\s+(?:a\s+)?new)\s+(?:[\w'’-]+\s+){0,3}?(?P<client>client)\b(?:\s*[-–—:])?", re.I
)
# Common practice areas, as staff name them before "matter" (the firm's own are placed later).
PRACTICE_WORDS = (
    r"(?:litigation|lit|estate(?:\s+planning)?|estates|probate|trusts?|corporate|corp|business"
    r"|commercial|contracts?|personal\s+injury|pi|family(?:\s+law)?|divorce|real\s+estate"
    r"|employment|labou?r|immigration|criminal|bankruptcy|ip|intellectual\s+property|trademark"
    r"|patent|tax|insurance)"
)
# "... needs a wage and hour audit. employment matter, hannah responsible": a new matter's
# practice area and who runs it, each said as a clause of its own, with no verb
MATTER_SPEC = lazy.regex(
    rf"(?:^|[.;:,—–]|\s-)\s*(?:an?\s+|new\s+)*{PRACTICE_WORDS}(?:\s+law)?\s+(?:matter|case|file)"
    r"\s*(?:[,;—–]|\s-)\s*[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s+(?:(?:is|as)\s+(?:the\s+)?)?"
    r"(?:responsible|resp\b|lead\b)",
    re.I,
)
# rule "made responsible": a verb that gives a new matter's lead to someone, said before them and
# the role: "make Hannah Whitaker the responsible attorney", "put me down as responsible attorney",
# "list marcus as the resp atty", "have hannah be responsible".
MADE_ROLE = r"(?:make|put|list|set|name|mark|have|designate)"
# Words that take back what was just said ("2 hours - no, sorry, 2.25", "tuesday, oops, wednesday",
# "paralegal - actually no, senior paralegal"), and those that may then say it again ("it was",
# "make that").
TAKEN_BACK = r"(?:no|nope|oops|wait|sorry|actually|correction|my\s+bad|i\s+mean|rather)"
SAID_AGAIN = r"(?:it\s+was|it's|make\s+(?:that|it)|i\s+mean|yes|definitely)"
# rule "asked to by a colleague": "Alice asked me to open ...", "hannah wants me to ...": who asked
# is no part of the request; the request is what follows "to".
# Counter-example: "he asked us to add his wife" (the client asking, in the story).
RELAYED = (
    r"(?:(?!(?:he|she|they|it|who|which|client)\b)[^\W\d_][\w'’]*\s+)?"
    r"(?:(?:asked|wants|told|needs|would\s+like)\s+(?:me|us)\s+to|says(?:\s+to)?|said\s+to)\s+"
)
# "can we get a litigation matter set up for globex", "need a new matter opened for ...": the
# participle after the noun that asks for a new one
MATTER_SET_UP = lazy.regex(r"\s+(?:opened|set\s+up|created|started|opened\s+up)\b", re.I)
MATTER_OPENED_LATER = lazy.regex(
    r"(?:(?:(?:[,;:—–]|\s-|(?<=\w)\.)\s*(?:(?:pls|please|and|so|can\s+you|could\s+you)\s+)*"
    rf"(?:{RELAYED})?|^\s*{RELAYED})"
    r"(?:(?:open|start|create|make|add|set\s+up)(?:\s+up)?\s+(?:a|an|new)\s+(?:new\s+)?"
    r"|(?:open|start|set\s+up)\s+(?:it|this|that)(?:\s+up)?\s+as\s+(?:a|an)\s+(?:new\s+)?"
    r"|new\s+)|\b(?:needs?|wants?|asked\s+for|requested)\s+(?:a|an)\s+(?:new\s+)?)"
    r"(?:[\w'’-]+\s+){0,2}?(?:matter|case)\b(?!\s*(?:number|no\b|#|\d))",
    re.I,
)
# Verbs of work handed to a colleague named just before them: "priya draft the notice".
TASK_VERBS = (
    "draft|review|prepare|prep|file|send|call|email|e-mail|pull|order|index|update|research|"
    "check|finali[sz]e|serve|get|compile|summari[sz]e|chase|collect|request|confirm|contact|"
    "reach\\s+out|write|revise|print|scan|follow\\s+up|circulate|calendar|docket|redline|"
    "respond|reply|proofread|organi[sz]e|gather|obtain|subpoena|notari[sz]e|submit|arrange|"
    "schedule|ping|remind|cite-?check|look\\s+into|track\\s+down|set\\s+up|pick\\s+up|drop\\s+off|"
    "fill\\s+out|sign|mail|fax|upload|download|copy|bates|translate|prepare|book|find|locate|"
    "verify|interview|text|message|invoice|bill|reconcile|run|clean\\s+up|tidy\\s+up|renew"
)
# A task's deadline or priority said first, as a label, then the work as an order: "by eod fri -
# circulate the msa redline", "high priority: file notice of appearance ... tomorrow".
TASK_LABEL = lazy.regex(
    r"^\W*(?:(?:high|low|normal|top|urgent)\s+pri(?:o|ority)?|urgent|asap"
    rf"|(?:{BY_DAY.pattern})(?:\s+[\w/]+)?)"
    rf"\s*(?::|\s[-–—]\s|[-–—])\s*(?=(?:{TASK_VERBS})\b)",
    re.I,
)
A_NEW = lazy.regex(r"\b(?:a|an|new|another)\s*$", re.I)
# "could we get friday's call logged", "can I get the depo put on the calendar": a record asked
# for, said done right after its noun
# the words that say a record was made: "logged", "noted", "booked"
SAID_DONE = r"logged|noted|added|entered|recorded|scheduled|booked|calendared"
DONE_AFTER = lazy.regex(
    rf"\s+(?:(?:please|pls)\s+)?(?:{SAID_DONE}|created|set\s+up|put\s+(?:in|on|down)|jotted\s+down"
    r"|diaried)\b",
    re.I,
)
SAID_AFTER_COLON = lazy.regex(r":\s*\w+\s+\w+")
# A colon, or an arrow as Slack users type one, right after the record word opening a message:
# its fields follow ("task: call John", "email log -> from me to dr. hart, today, ...")
OPENS_FIELDS = lazy.regex(r":|\s*(?:-+>|=>|→)(?=\s)")
# A subject labelled right after a note's or a log's noun: "globex lease dispute note, subj
# 'settlement authority' -> ...": a record being written, not looked up
SUBJECT_AFTER = lazy.regex(r"\s*[,;:-]?\s*(?:subj(?:ect)?|title)\b\.?\s*[:'\"‘“-]", re.I)
# A dash right after a task or note word, then what it says: "globex note - landlord rejected ...".
# "maria garcia 2nd matter - dog bite ...": another matter of the client named before it
ANOTHER = r"(?:2nd|3rd|4th|second|third|fourth|another)"
ANOTHER_BEFORE = lazy.regex(rf"\b{ANOTHER}\s+$", re.I)
DESCRIBED_AFTER = lazy.regex(r"\s*(?::|\s[-–—]|[–—])\s*\S")
SAID_DASH = lazy.regex(r"\s+[-–—]+\s+|\s*[–—]\s*(?=\S)")
# A note word, then what it says with no colon: "patel estate note ravi wants his daughter as
# successor trustee" (not "acme note from yesterday", "the note about the lease": a look-up).
NOTE_SAID_AFTER = lazy.regex(
    r"\s+(?!(?:about|from|on|for|re|with|by|in|of|to|at|the|a|an|my|our|this|that|last"
    r"|yesterday|today|dated|called|titled|named|saying|which|where|i|we)\b)"
    r"(?:[\w'’-]+\s+){3}[\w'’-]",
    re.I,
)
# "matter for Northwind Traders: wage audit": a client, then what the new matter is about.
SAID_AFTER_CLIENT = lazy.regex(r"\s*for\s+[^:—–]{2,60}?(?::|\s[-—–])\s*\S", re.I)
# Words that say who a new contact is, never their name ("opposing counsel contact - mark
# davis", "dr. michael stone, orthopedist", "adjuster kelly brown").
CONTACT_ROLE = lazy.regex(
    r"(?:contacts?|clients?|persons?|people|new|our|the|a|an|opposing|counsel|attorney|lawyer|"
    r"adjuster|expert|witness|doctor|physician|surgeon|nurse|case|manager|paralegal|assistant|"
    r"accountant|cpa|agent|broker|realtor|appraiser|investigator|mediator|arbitrator|clerk|"
    r"reporter|insurer|insurance|rep|representative|provider|vendor|defense|plaintiff|"
    r"defendant|treating|medical|legal|primary|\w+ician|\w{4,}(?<!qv|qu|kv)ist)",
    re.I,
)  # a job in "-ist" ("orthopedist"), not a surname in "-qvist", "-quist", "-kvist" ("Lindqvist")
# Who a person is to someone else ("ravi's daughter", "sarah's husband", "emily's mom").
KIN_WORD = lazy.regex(
    r"(?:daughter|son|wife|husband|spouse|mom|mum|mother|dad|father|sister|brother|sibling|aunt|"
    r"uncle|cousin|niece|nephew|fianc[eé]e?|girlfriend|boyfriend|grandmother|grandfather|grandma|"
    r"grandpa|grandson|granddaughter|child|kid|parent|step-?\w+|in-laws?|\w+-in-law|friend|"
    r"neighbou?r|ex|ex-wife|ex-husband)s?",
    re.I,
)
# A word of a job, in a new person's title said without a label ("HR Director", "process server").
JOB_WORD = lazy.regex(
    rf"{CONTACT_ROLE.pattern}|(?:in-house|director|officer|president|chief|head|vp|ceo|cfo|coo|cto|"
    r"gc|partner|associate|owner|founder|engineer|consultant|secretary|server|analyst|specialist|"
    r"coordinator|supervisor|administrator|executive|controller|treasurer|trustee|executor|"
    r"guardian|landlord|tenant|therapist|judge|officer|teacher|professor|contractor|inspector|"
    r"lead|clerk|accountant|rep|representative|assistant|bookkeeper|mgr|asst|admin|receptionist"
    r"|scheduler)s?",
    re.I,
)
# An office of an institution, said after its place or name ("the Kings County clerk's office",
# "Brooklyn Supreme Court clerk", "the Queens County DA's office", "st. mary's records dept").
OFFICE_AFTER = lazy.regex(
    r"(?:['’]s)?\s+(?:(?:court|county|city|state|records?)\s+)?"
    r"(?:clerk|clerks|office|court|dept|department|registry|bureau|agency|desk)(?!\w)",
    re.I,
)
# The same words inside a name: "the NYC Department of Buildings", "the county clerk".
OFFICE_IN = lazy.regex(r"\b(?:clerk|clerks|office|dept|department|registry|bureau|agency)\b", re.I)
# A field named in an update tells the record: "set sarah johnson's title to VP".
FIELD_RESOURCES: dict[str, Resource] = {
    "title": "contacts", "job title": "contacts", "practice area": "matters",
    "responsible attorney": "matters", "originating attorney": "matters",
    "responsible staff": "matters", "address": "contacts", "home address": "contacts",
    "work address": "contacts", "company": "contacts", "employer": "contacts",
    "last name": "contacts", "first name": "contacts", "middle name": "contacts",
    "surname": "contacts", "family name": "contacts",
}  # fmt: skip
FIELD = lazy.regex(
    r"\b(?P<f>job\s+title|title|practice\s+area|responsible\s+attorney|originating\s+attorney"
    r"|responsible\s+staff|(?:home\s+|work\s+)?address|employer"
    r"|(?:last|first|middle|family)\s+name|surname"
    r"|(?<=['’]s\s)company)\b",
    re.I,
)
# Who leads a new matter, said after their name: "marcus lead", "hannah to run it", "alice will
# handle it", "marcus is lead attorney", "priya in charge", "(I)'ll take it", "is taking point".
LEADS_IT = (
    r"(?:(?:\s+(?:is|will\s+be|as)\s+(?:the\s+)?|['’](?:ll\s+be|s)\s+(?:the\s+)?|\s+)"
    r"(?:lead(?:\s+(?:attorney|atty|lawyer|counsel))?|leading(?:\s+it)?|in\s+charge|attorney|atty|lawyer"
    r"|to\s+(?:lead|run|handle)(?:\s+it)?|(?:running|handling)\s+it)"
    r"|(?:\s+(?:will|is\s+going\s+to|can|is)|['’]ll)"
    r"\s+(?:run|take|handle|lead|running|taking|handling|leading)"
    r"(?:\s+(?:it|this(?:\s+one)?|the\s+(?:matter|file|case)|point)\b)?)"
)
# Only a word of asking before a request's noun: "pls note on the globex file that ...".
POLITE_OPENING = lazy.regex(r"\s*(?:(?:pls|please|plz|kindly)\b[\s,]*)+", re.I)
# "a high-priority task for hannah to ...", "an urgent to-do for tom ...": the words of a new task's
# priority, said before its noun
PRIORITY_OPENING = lazy.regex(
    r"\s*(?:(?:a|an|another|new)\s+)*(?:high|low|normal|medium|urgent|top)"
    r"(?:[- ](?:priority|prio|pri))?\s+",
    re.I,
)
# "00049 - task for alice ...", "00045-Johnson: task ...": a matter's display number labelling
# the message before its noun
MATTER_LABEL = lazy.regex(r"\s*\d{3,}(?:-[^\W\d_][\w'’]*)?\s*(?:[-–—:]|\s)\s*", re.I)
# "timer on the chen divorce", "timer pls - northwind handbook review": what a timer is for.
TIMER_ON = lazy.regex(
    r"\s*(?:(?:pls|please|plz)\b[\s,]*)?(?:(?:on|for)\b|[-–—:]\s*(?!(?:is|are|how|what|when|still|running|status)\b)(?=\w))",
    re.I,
)
LEADING_MONEY = lazy.regex(r"\s*(?:[$€£]|usd\b)", re.I)
# A contact's detail asked for: "what's ravi patel's phone number", "globex email address",
# "address for david o'brien", "emily chen's email", "cell for dr hart".
CONTACT_DETAIL = lazy.regex(
    r"\b(?:phone|tel|telephone|cell|mobile)(?:\s+(?:number|no\.?|#|nbr|num))?\b(?!\s+(?:call|msg|message|log|conf))"
    r"|\b(?:e-?mail|mailing|street|home|office|work|postal)\s+address(?:es)?\b"
    r"|(?:'s|’s)\s+(?:e-?mail|address|number|fax|contact\s+(?:info|details))\b"
    r"|\b(?:e-?mail|address|fax|number)\s+(?:for|of)\b(?!\s+(?:the\s+)?(?:matter|case|bill|invoice|task))"
    r"|^\s*(?:what'?s|whats|what\s+is)\s+(?:the\s+)?(?:e-?mail|address)\b"
    r"|\b(?:e-?mail|number|address)\s*\??\s*$",
    re.I,
)
# A fact of a matter asked for: "what's the status of the globex matter", "who's the client on
# smith v jones", "who's the responsible attorney on garcia", "practice area of the chen case".
MATTER_FACT = lazy.regex(
    r"\b(?P<f>status|client|responsible\s+(?:attorney|lawyer|staff|paralegal)|originating\s+attorney"
    r"|practice\s+area|(?:lead\s+)?(?:attorney|lawyer)|paralegal|open(?:ing)?\s+date|close\s+date)"
    r"\s+(?:on|of|for|in)\s+(?:the\s+)?(?=\S)"
    r"|\bwho(?:'?s|\s+is)\s+(?P<g>handling|running|in\s+charge\s+of|responsible\s+for)\s+(?:the\s+)?(?=\S)",
    re.I,
)
# "what do i have tomorrow", "what does marcus have on friday": a person's agenda.
AGENDA = lazy.regex(r"^\s*what\s+(?:do|does)\s+\S+\s+have\b(?!\s+(?:due|to\s+do|left))", re.I)
# A question whether or what someone paid: "did smith pay invoice 1001", "what has john smith
# paid us", "has acme paid", "was bill 1007 paid" (a look-up, never a new record).
PAID_ASKED = lazy.regex(
    r"^\s*(?:did|has|have|had|was|were|is|does|do)\b.*\bpa(?:y|id)\b"
    r"|\b(?:what|how\s+much)\b.*\b(?:has|have|did|had)\b.*\bpa(?:y|id)\b",
    re.I,
)
# Unbilled work asked about without a record word: "whats unbilled on johnson", "wip for acme".
UNBILLED = lazy.regex(r"\b(?:un-?billed|wip|work\s+in\s+progress)\b", re.I)
# Someone's tasks said as their plate or list: "what's on priya's plate", "on my to-do list".
PLATE = lazy.regex(r"(?:'s|’s|\bmy|\bour)\s+(?P<w>plate|list|to-?do(?:\s+list)?|workload)\b", re.I)


# Words that name what a matter is about without its own words (rule "narrowed by its own
# words"): "re the msa" is the contract matter of a client with several.
TOPIC_WORDS: dict[str, frozenset[str]] = {
    "msa": frozenset({"contract"}),
    "nda": frozenset({"contract"}),
    "sow": frozenset({"contract"}),
    "custody": frozenset({"divorce"}),
    "alimony": frozenset({"divorce"}),
    "prenup": frozenset({"divorce"}),
    "landlord": frozenset({"lease"}),
    "trust": frozenset({"estate"}),
    "tenant": frozenset({"lease"}),
}
