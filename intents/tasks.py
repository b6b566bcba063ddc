"""Tasks: "create task draft complaint for the Patel matter due friday high priority",
"remind me to call John tomorrow", "mark task 88 complete", "reassign task 12 to @jane",
"my tasks due this week", "overdue tasks", "task file SOL notice due Dec 1 private statute of
limitations".

Extras: `permission` (private/public), `statute_of_limitations: true`; "move task 12 to <matter>"
puts the matter in `refs.matter`; "task type Court Filing" puts the type in `refs.task_type`.

Searches: "overdue" is `due_at_to` yesterday with `complete: false`; "open" tasks are
`complete: false`; priorities are lower-case there, as Clio's filter expects.

Status `draft` only where it is named as one ("set task 12 to draft", "mark task 12 as draft",
"draft tasks", "tasks in draft"): "task draft interrogatories" is a task named so.
"""

from __future__ import annotations

import re
from datetime import timedelta

from intents import dates, lazy, matter_refs, names, records, refs, search, shifts, task_types
from intents.commands import Command
from intents.lexicon import FINISHED_WORK, PLATE
from intents.reading import Reading
from intents.scan import LOOK_BEHIND, ending_at

_PRIORITY = lazy.regex(
    r"\b(?:(?:with\s+|at\s+)?(?:a\s+)?(?P<p>high|urgent|top|important|critical|low|normal|medium|"
    r"regular|standard)(?:[- ]priority|[- ]pri(?:o)?)?\b(?:\s+priority)?"
    r"(?:(?<=priority)\s+(?:is\s+)?(?:fine|ok|okay|works|please|pls)\b)?"
    r"|priority\s*(?:to|:|=|of|is)?\s*(?P<p2>high|urgent|low|normal|medium|regular|standard)\b)"
    r"|(?P<asap>\basap\b|!!+)",
    re.I,
)
_PRIORITIES = {
    "high": "High", "urgent": "High", "top": "High", "important": "High", "critical": "High",
    "low": "Low", "normal": "Normal", "medium": "Normal", "regular": "Normal", "standard": "Normal",
}  # fmt: skip
_STATUS = lazy.regex(
    r"\b(?:(?:is\s+)?(?:now\s+)?as\s+|to\s+|is\s+(?:now\s+)?)?"
    r"(?P<s>complete[d]?|done|finished|closed|in[- ]progress|started|in[- ]review|under\s+review|"
    r"pending|not\s+done|incomplete|open|outstanding|reopen(?:ed)?|"
    r"to[- ]?do)\b",
    re.I,
)
_STATUSES = {
    "complete": "complete", "completed": "complete", "done": "complete", "finished": "complete",
    "closed": "complete", "in progress": "in_progress", "in-progress": "in_progress",
    "started": "in_progress", "in review": "in_review", "in-review": "in_review",
    "under review": "in_review", "pending": "pending", "not done": "pending",
    "incomplete": "pending", "open": "pending", "outstanding": "pending", "reopen": "pending",
    "reopened": "pending", "to do": "pending", "todo": "pending", "to-do": "pending",
}  # fmt: skip
# "... - already in progress, due wed", "status: in review": a new task's state, said as a clause
# of its own or after "already"/"status"
_NEW_STATUS = lazy.regex(
    r"(?:\b(?:already|status\s*:?)\s+|(?<=[,;(-])\s*)(?P<s>in[- ]progress|started|in[- ]review"
    r"|under\s+review)(?=\s*(?:$|[,;.!)]))",
    re.I,
)
_DRAFT = lazy.regex(
    r"\b(?P<lead>(?:status|state)\s*(?:to|:|=|of|is|as)?\s*"
    r"|(?:that\s+)?(?:are|is)\s+(?:still\s+)?(?:in\s+)?"
    r"|(?:back\s+)?(?:to|as|in|into)\s+(?:a\s+)?)?"
    r"(?P<s>draft)(?:\s+(?:status|state|mode))?"
    r"(?=\s*(?:$|[,;.!?]|(?:and|due|on|for|in|of|with|high|low|normal|priority|assigned)\b))",
    re.I,
)
_DRAFT_WORD = lazy.regex(r"\bdraft\b", re.I)
_NAMED = lazy.regex(r"\b(?:name|title|rename[d]?|description|desc|details?)\s*:?\s*$", re.I)
_OVERDUE = lazy.regex(r"\b(?:overdue|past\s+due|late)\b", re.I)
_UPCOMING = lazy.regex(r"\b(?:upcoming|coming\s+up|future)\b", re.I)
_RENAME = lazy.regex(r"\b(?:name|title|rename(?:d)?)\b\s*(?:to|as|:)?\s*|\bto\s+", re.I)
# "description: ...", "details - ...", "and in the description put tabs 1-14 ...": the label (with
# the words that say to write there) and what follows it are the task's description.
_DESCRIPTION = lazy.regex(
    r"(?:(?:\band\s+)?\b(?:in|for)\s+(?:the\s+)?(?=desc))?"
    r"\b(?:description|details?|desc)\b\s*(?:to|:|-)?\s*"
    r"(?:(?:(?<=description\s)|(?<=details\s)|(?<=desc\s))(?:put|say|write|add|note|mention)\b\s*)?",
    re.I,
)
_REMIND = lazy.regex(r"^\s*(?:me\s+)?(?:to\s+|that\s+|about\s+)?", re.I)
_SOMEONE = lazy.regex(r"([\ue000-\ue0ff])\s*")
_FOR_PERSON = lazy.regex(r"\bfor\s+", re.I)
_NAME_LEAD = lazy.regex(r"^(?:(?:a|an)\s+)?(?:(?:to|that)\s+)?", re.I)
_TO = lazy.regex(r"\b(?:to|until|till)\s*$", re.I)
_PERMISSION = lazy.regex(
    r"\b(?:make\s+(?:it\s+)?|as\s+(?:a\s+)?)?(?P<p>private|public)\b"
    r"(?=\s*(?:$|[,;.]|(?:task|due|high|low|normal|in|for|on|assigned|statute|type|priority)\b))",
    re.I,
)
_STATUTE = lazy.regex(r"\b(?:(?:is\s+)?(?:a|the)\s+)?statute\s+of\s+limitations?\b", re.I)


def _extras(reading: Reading) -> None:
    """Permission ("private", "public") and "statute of limitations"."""
    scan, fields = reading.scan, reading.fields
    if found := scan.first(_PERMISSION):
        scan.take_match(found)
        fields["permission"] = found["p"].lower()
    if found := scan.first(_STATUTE):
        scan.take_match(found)
        fields["statute_of_limitations"] = True


def read(reading: Reading, command: Command) -> None:
    {
        "create": _create,
        "search": _search,
        "update": _update,
    }.get(reading.action, _record)(reading, command)


def _priority(reading: Reading, lower: bool = False) -> None:
    found = reading.scan.first(_PRIORITY)
    if found:
        reading.scan.take_match(found)
        word = (found["p"] or found["p2"] or "high").lower()
        value = _PRIORITIES.get(word, "High") if not found["asap"] else "High"
        reading.fields["priority"] = value.lower() if lower else value


_OWN = lazy.regex(
    r"\b(?:assigned\s+to|assign(?:ee)?\s*(?:to|:))\s+(?:me|myself)\b|\(\s*(?:mine|me|myself)\s*\)",
    re.I,
)


# rule "whose list": "put a task on marcus's list to draft ...", "on my own list to renew ...",
# "add it to priya's plate": the person whose list it goes on is the assignee, and "on ... list
# to" is no part of the task's name. Not "the witness list" (no one's) nor "on the list".
_ON_LIST = lazy.regex(
    r"\b(?:on|to|onto|in)\s+(?:(?P<own>my)|(?P<who>[^\W\d_][\w.-]*(?:\s+[^\W\d_][\w-]*)?)['’]s?)"
    r"\s+(?:own\s+)?(?:list|plate|to-?do\s+list|task\s+list|tasks|queue)\b(?:\s*,?\s*to\b)?",
    re.I,
)


def _whose_list(reading: Reading) -> None:
    """Rule "whose list" (above)."""
    found = _ON_LIST.search(reading.text)
    if found is None:
        return
    if not reading.scan.is_free(*found.span("own" if found["own"] else "who")):
        reading.scan.take_match(found)  # the firm's names placed the person already
        return
    reading.scan.take_match(found)
    reading.ref("assignee", "me" if found["own"] else found["who"])


def _assignee(reading: Reading) -> None:
    """A mention, "assign(ed) to X" or "for X:" ("task for Jane: ..."); "for X" is a matter.
    "assigned to me" and "(mine)" are the writer's own, also beside their name ("assigned to
    me (alice)", where the firm's names placed the name)."""
    _whose_list(reading)
    for own in reading.scan.matches(_OWN):
        reading.scan.take_match(own)
        reading.ref("assignee", "me")
    if refs.take_mention(reading, "assignee"):
        return
    if refs.take_person(reading, "assignee", r"assigned\s+to|assign\s+(?:it\s+)?to|assignee:?"):
        return
    if _for_whom_to(reading):
        return
    found = reading.scan.first(_FOR_PERSON)
    if found:
        person = refs.person_at(reading, found.end())
        labelled = person and reading.text[person.end : person.end + 1] == ":"
        if (
            person
            and (person.value == "me" or labelled)
            and not matter_refs.looks_like_matter(person.value)
        ):
            reading.scan.take(found.start(), person.end + 1)
            reading.refs["assignee"] = person.value


# rule "work for someone named": "make a task for jordan to call the court clerk tmrw": one name
# between "task for" and "to <the work>" is whom it is for, even a name the firm does not have
# (the bot then asks who), never the start of the task's name.
_FOR_WHOM_TO = lazy.regex(
    r"\b(?:task|to-?do|reminder)\s+for\s+(?P<who>[^\W\d_][\w'’-]*)"
    # "task for hannah on the patel estate matter to send ...": the matter said between
    r"(?P<on>\s+(?:on|in|re|under)\s+(?:the\s+)?[^\W\d_][^,;:.!?]{0,40}?)?\s+(?P<to>to)\s+(?=[^\W\d_])",
    re.I,
)


_SELVES = frozenset(
    ("you", "u", "yourself", "himself", "herself", "themselves", "them", "him", "her")
)


def _for_whom_to(reading: Reading) -> bool:
    """Rule "work for someone named" (above)."""
    found = _FOR_WHOM_TO.search(reading.text)
    if found is None or not reading.scan.is_free(*found.span("who")):
        return False
    who = found["who"]
    if who.lower() in names.STOPS or who.lower() in _SELVES or matter_refs.looks_like_matter(who):
        return False  # "a task for yourself to ...": whom the message addresses, read before
    if found["on"] and not reading.scan.is_free(found.start("on"), found.end("on")):
        return False
    reading.scan.take(found.start("who") - len("for "), found.end("who"))
    reading.scan.take(found.start("to"), found.end())  # the matter said between stays to read
    reading.refs["assignee"] = "me" if who.lower() in ("me", "myself") else who
    return True


_TRAILING = lazy.regex(r"[\s.,;!)]*$")


def _trailing_date(reading: Reading) -> dates.Hit | None:
    """A date ending a new task is when it is due, even after words that would make it the
    story's ("sign the patel will packet tmrw": "will" is the document here)."""
    scan = reading.scan
    for hit in dates.find(scan, reading.clock, "future", first=3):
        if _TRAILING.fullmatch(scan.text, hit.end):
            scan.take(hit.begin, hit.end)
            return hit
    return None


def _create(reading: Reading, command: Command) -> None:
    scan = reading.scan
    if command.verb == "remind":
        someone = _SOMEONE.match(scan.text, scan.segments()[0][0]) if scan.segments() else None
        entity = reading.message.entity(someone.group(1)) if someone else None
        if someone and entity and entity.kind == "mention":
            scan.take(*someone.span())
            reading.ref("assignee", entity.value)
        reading.ref("assignee", "me")
        lead = _REMIND.match(scan.text)
        if lead and lead.end() and scan.is_free(*lead.span()):
            scan.take(*lead.span())
    description = scan.first(_DESCRIPTION)
    task_types.take(reading)
    if status := scan.first(_NEW_STATUS):
        scan.take_match(status)
        reading.fields["status"] = _STATUSES[" ".join(status["s"].lower().split())]
    _priority(reading)
    _extras(reading)
    hit = dates.take(scan, reading.clock, "future", story=True) or _trailing_date(reading)
    if hit:
        reading.fields["due_at"] = hit.span.start.isoformat()
        if hit.span.period != "day":
            reading.assumptions.append(f"due_at: first day of the {hit.span.period}")
    _time_of_day(reading)
    _assignee(reading)
    matter_refs.take_matter(reading)
    if description and scan.is_free(*description.span()):
        end = scan.mask.find(b"\x01", description.end())
        end = len(scan.text) if end < 0 else end
        text = reading.message.plain(scan.text[description.end() : end]).strip(" .,;")
        scan.take(description.start(), end)
        if text:
            reading.fields["description"] = text
    _preamble(reading, command)
    name = _NAME_LEAD.sub("", reading.free_text())
    if name:
        reading.fields = {"name": name, **reading.fields}
    else:
        reading.hint = "What is the task? e.g. 'task: draft complaint due friday'."
        reading.confidence = 0.5


_LABELLED = lazy.regex(r"\b(?:description|desc|details|notes?)\s*$", re.I)


def _preamble(reading: Reading, command: Command) -> None:
    """ "alice wants a task for priya: schedule the interview": with the task word and its
    placed words (assignee, matter) before a colon, what precedes them is who asked, not the
    task's name."""
    scan, noun = reading.scan, command.noun
    if noun is None or noun.resource != "tasks" or command.noun_start <= 0:
        return
    colon = scan.text.find(":", command.noun_end)
    if colon >= 0 and _LABELLED.search(scan.text, 0, colon):
        return  # "..., make me a task high prio, description: ...": a field's colon
    if colon < 0 or any(command.noun_end <= start < colon for start, _ in scan.segments()):
        return
    scan.take(0, colon + 1)


def _time_of_day(reading: Reading) -> None:
    """A time in a task ("at 3pm") has nowhere to go in `due_at`; note and drop it."""
    from intents import times

    at = times.take_time(reading.scan)
    if at is None:
        return
    reading.assumptions.append("time of day dropped: due_at is a date")
    if "due_at" not in reading.fields:  # "by 2pm": today's, or tomorrow's once it has passed
        clock = reading.clock
        day = (
            clock.today
            if clock.at(clock.today, at) >= clock.now
            else clock.today + timedelta(days=1)
        )
        reading.fields["due_at"] = day.isoformat()


def _search(reading: Reading, command: Command) -> None:
    fields, scan = reading.fields, reading.scan
    for plate in PLATE.finditer(reading.text):  # "priya's plate": her tasks, not a word searched
        if scan.is_free(plate.start("w"), plate.end("w")):
            scan.take(plate.start("w"), plate.end("w"))
    if found := scan.first(_OVERDUE):
        scan.take_match(found)
        fields["due_at_to"] = search.yesterday(reading).isoformat()
        fields["complete"] = False
    status = scan.first(_STATUS)
    if _draft(reading, command, bare=False):
        fields["status"] = "draft"
    elif status:
        scan.take_match(status)
        word = " ".join(status["s"].lower().split())
        value = _STATUSES.get(word, "pending")
        if word in ("open", "incomplete", "outstanding", "not done", "to do", "todo", "to-do"):
            fields["complete"] = False
        else:
            fields["status"] = value
    _priority(reading, lower=True)
    task_types.take(reading)
    if found := scan.first(_UPCOMING):
        scan.take_match(found)
        fields["due_at_from"] = reading.clock.today.isoformat()
    search.set_dates(reading, search.window(reading, "future"), "due_at_from", "due_at_to")
    if not refs.take_mention(reading, "assignee") and not refs.take_me(reading, "assignee"):
        refs.take_person(reading, "assignee", r"assigned\s+to|assignee:?")
    if "assignee" not in reading.refs:
        owner = _possessive(reading)
        if owner:
            reading.refs["assignee"] = owner
    matter_refs.take_matter(reading, also=None if "assignee" in reading.refs else "assignee")
    search.query(reading)


def _draft(reading: Reading, command: Command, *, bare: bool) -> bool:
    """Status `draft` where named as a status: after "to", "as", "in", "status" (not "name to
    draft"); right before the noun ("draft tasks"); alone at the end of an update ("mark task 12
    draft")."""
    text, scan = reading.text, reading.scan
    for found in scan.matches(_DRAFT):
        if _NAMED.search(text, 0, found.start()):
            continue
        if found["lead"] or (bare and not text[found.end() :].strip()):
            scan.take_match(found)
            return True
    for found in scan.matches(_DRAFT_WORD):
        if found.end() < command.noun_start and not text[found.end() : command.noun_start].strip():
            scan.take_match(found)
            return True
    return False


_OWNER = lazy.regex(r"\b(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:'s|’s|s')\s*$")


def _possessive(reading: Reading) -> str | None:
    """ "Jane's tasks": a name with 's right before the noun."""
    for start, end in reading.scan.segments():
        found = _OWNER.search(reading.text, max(start, end - LOOK_BEHIND), end)
        if found:
            reading.scan.take(found.start(), found.end())
            return found["name"]
    return None


# rule "two tasks in one request": "delete the conflict check task and the trust deed task", "mark
# the witness list and the trust deed tasks done": one card writes one task, so the bot asks which
# rather than act on one of them alone.
_TWO_TASKS = lazy.regex(
    r"\b(?:task|to-?do)\s+and\s+(?:the\s+|my\s+|\S+['’]s\s+)?(?:[\w'’-]+\s+){1,5}?(?:task|to-?do)\b"
    r"|\band\s+(?:the\s+|my\s+)?(?:[\w'’-]+\s+){1,5}?(?:tasks|to-?dos)\b",
    re.I,
)
_ONE_AT_A_TIME = "One task at a time, please: which one first? e.g. 'task 88'."


def _two_tasks(reading: Reading) -> bool:
    """Rule "two tasks in one request" (above): no task is taken, and the bot asks which."""
    if _TWO_TASKS.search(reading.text) is None:
        return False
    reading.refs.pop("task", None)
    reading.hint, reading.confidence = _ONE_AT_A_TIME, 0.5
    return True


def _record(reading: Reading, command: Command) -> None:
    if _two_tasks(reading):
        reading.free_text(take=False)
        return
    _told_like(reading)
    records.take(reading, command)
    _described_only(reading)
    if "task" not in reading.refs:
        reading.hint = "Which task? e.g. 'task 88'."
        reading.confidence = 0.5
    reading.free_text(take=False)


# rule "a task told by what it is like": "hannah's task due friday on patel -> high priority",
# "mark my task due today as done", "tom's low priority task due the 19th, reassign to priya",
# "the completed task from dec 2 on obrien, delete it", "my overdue task on smith (the one due
# sat)": a status or a priority said right before the task's noun, and a day said right after it
# ("due fri", "from dec 2", "(the one due sat)"), tell which task it is (`task_status`,
# `task_priority`, `task_on`), not its change. Counter-examples: "make the witness list task due
# friday" (nothing else changes: the day is the change), "mark the X task complete" (a status
# after the noun is the change).
_LIKE = lazy.regex(
    r"\b(?P<like>(?:(?:completed|finished|done|closed|overdue|late|open|pending|outstanding"
    r"|in[- ]progress|in[- ]review|high|low|normal|urgent)(?:[- ]pri(?:ority|o)?)?\s+)+)"
    r"(?=(?:task|to-?do)\b)",
    re.I,
)
_DAY_OF = lazy.regex(
    r"(?:\b(?:task|to-?do)(?:\s+(?:on|for|in|re)\s+(?:the\s+)?[\w'’.-]+(?:\s+v\.?\s+[\w'’.-]+)?)?"
    r"\s*,?\s*\(?\s*(?:(?:the\s+one|that['’]?s|that\s+(?:is|was)|which\s+(?:is|was))\s+)?"
    r"|[(,]\s*the\s+one\s+)(?:(?P<cue>due|from|dated)\s+)?$",
    re.I,
)
_CUE = lazy.regex(r"(?P<cue>due|from|dated)\s", re.I)
_TO_AFTER = lazy.regex(r"\s+(?:to|->|until|till)\s", re.I)
_LIKE_STATUS = {
    "completed": "complete", "finished": "complete", "done": "complete", "closed": "complete",
    "overdue": "overdue", "late": "overdue", "open": "open", "pending": "open",
    "outstanding": "open", "in progress": "in_progress", "in-progress": "in_progress",
    "in review": "in_review", "in-review": "in_review",
}  # fmt: skip
_LIKE_PRIORITY = {"high": "High", "urgent": "High", "low": "Low", "normal": "Normal"}
_OWNER_BEFORE = lazy.regex(r"\b(?P<who>[^\W\d_][\w.-]*)(?:['’]s|s['’])\s+$", re.I)
_MY_TASK = lazy.regex(r"\bmy\s+(?:[\w-]+\s+){0,3}?(?:task|to-?do)\b", re.I)


def _told_like(reading: Reading) -> str | None:
    """Rule "a task told by what it is like" (above); the cue of the day taken ("due"), if any."""
    scan = reading.scan
    if found := scan.first(_LIKE):
        for word in re.findall(r"in[- ]\w+|\w+", found["like"].lower()):
            if word in _LIKE_STATUS:
                reading.refs["task_status"] = _LIKE_STATUS[word]
            elif word in _LIKE_PRIORITY:
                reading.refs["task_priority"] = _LIKE_PRIORITY[word]
        scan.take(found.start(), found.end("like"))
        if owner := _OWNER_BEFORE.search(scan.text, 0, found.start()):  # "tom's low priority task"
            scan.take_match(owner)
            reading.refs["task"] = owner["who"]
    overdue = reading.refs.get("task_status") == "overdue"
    for lean in ("past", "future"):
        for hit in dates.find(scan, reading.clock, lean):
            day = ending_at(_DAY_OF, scan.text, hit.begin)
            said = day["cue"] if day and day["cue"] else None
            if said is None and (found := _CUE.match(scan.text, hit.begin)):
                said = found["cue"]
            if day is None or said is None:
                continue
            cue = said.lower()
            if lean != ("future" if cue == "due" and not overdue else "past"):
                continue
            if cue == "from" and _TO_AFTER.match(scan.text, hit.end):
                continue  # "push the X task from the 15th to the 18th": its old day, then its new
            start = day.start("cue") if day["cue"] else hit.begin
            if not scan.is_free(start, hit.end):
                continue
            scan.take(start, hit.end)
            reading.refs["task_on"] = hit.span.start.isoformat()
            return cue
    return None


def _described_only(reading: Reading) -> None:
    """A task told only by what it is like ("mark my task due today as done"): named "my task"
    or "task" for the look-up, which filters by the rest."""
    told = {"task_on", "task_status", "task_priority"} & set(reading.refs)
    if told and "task" not in reading.refs:
        reading.refs["task"] = "my task" if _MY_TASK.search(reading.text) else "task"


def _update(reading: Reading, command: Command) -> None:
    scan, fields = reading.scan, reading.fields
    _quoted_name(reading, command)
    cue = _told_like(reading)
    if found := scan.first(_NEEDS_TO):  # "... needs to move to wed": no one named "move"
        scan.take_match(found)
    labelled = _field_label(reading)
    handed_on = _from_old(reading)
    shifts.take(reading, command.verb)  # "postpone the X task by a week"
    records.take(reading, command)
    if "task" not in reading.refs and (done := FINISHED_WORK.match(reading.text)):
        scan.take(0, done.end())  # "priya finished the deposition outline, mark it complete"
        reading.refs["task"] = names.clean(re.sub(r"^\S+\s+", "", done["what"]))
        fields["status"] = "complete"
    task_types.take(reading)
    if command.verb == "complete":
        fields["status"] = "complete"
    elif command.verb == "reopen":
        fields["status"] = "pending"
    elif command.verb == "start":  # "start on the lease amendments task"
        fields["status"] = "in_progress"
    elif command.verb == "close":  # "close out the witness list task": it is done
        fields["status"] = "complete"
    status = scan.first(_STATUS)
    if command.verb != "rename" and _draft(reading, command, bare=True):
        fields["status"] = "draft"
    elif status:
        scan.take_match(status)
        fields["status"] = _STATUSES.get(" ".join(status["s"].lower().split()), "pending")
    _priority(reading)
    _extras(reading)
    hit = None if "shift_minutes" in fields else dates.take(scan, reading.clock, "future")
    if hit:
        fields["due_at"] = hit.span.start.isoformat()
        lead = ending_at(_TO, scan.text, hit.begin)
        if lead and scan.is_free(lead.start(), hit.begin):
            scan.take(lead.start(), hit.begin)
    _time_of_day(reading)
    if command.verb == "move":  # "move task 12 to the Patel matter"
        matter_refs.take_matter(reading)
    if command.verb == "rename":
        _new_name_after_colon(reading, command)
    elif labelled or scan.first(_TEXT_FIELD):
        pass  # "change the description on the X task to include ...": "to" opens the new text
    elif handed_on or command.verb == "assign" or not refs.take_mention(reading, "assignee"):
        refs.take_mention(reading, "assignee") or refs.take_person(reading, "assignee", "to")
    if (
        command.verb == "rename"
        or labelled == "name"
        or scan.first(re.compile(r"\b(?:name|title)\b", re.I))
    ):
        _rest_as(reading, "name", _RENAME)
    elif labelled == "description":
        _rest_as(reading, "description", _NEW_TEXT)
    elif scan.first(_DESCRIPTION):
        _rest_as(reading, "description", _DESCRIPTION)
    if "task" not in reading.refs:
        _pronoun(reading, command)
    _work_named(reading, command)
    if (
        cue == "due"
        and not fields
        and "assignee" not in reading.refs
        and command.verb != "complete"
    ):
        fields["due_at"] = reading.refs.pop("task_on")  # "make the X task due friday"
    _described_only(reading)
    if _two_tasks(reading):
        pass
    elif "task" not in reading.refs:
        reading.hint = "Which task? e.g. 'task 88'."
        reading.confidence = 0.5
    reading.free_text(take=False)


_PRONOUN = lazy.regex(r"\b(?:that|it|this)(?:\s+one)?\b", re.I)
_PRONOUNS = frozenset(("that", "it", "this", "that one", "this one"))
_WORK_NOUNS = frozenset(("documents", "medical_records_details"))
# where a task's name said without "task" ends: the kind word, or the verb of the news
_NAME_END = lazy.regex(
    r"\b(?:task|todo|to-do|is|are|was|were|can|could|should|has|have|had|needs?|got|be)\b|[,;!?]",
    re.I,
)
_LEADING_WORDS = lazy.regex(r"^(?:(?:the|my|our|a|an)\s+)+", re.I)


def _work_named(reading: Reading, command: Command) -> None:
    """ "mark file response to motion done", "garcia medical records request is finished, check
    it off", "response to motion in smith is filed, mark that task complete": a task named by its
    work (a document or records word in it, or the news before "that task"), not by "task"."""
    said = reading.refs.get("task")
    if said is not None and said.lower() not in _PRONOUNS:
        return
    noun = command.noun
    segments = reading.scan.segments()
    if noun is not None and noun.resource in _WORK_NOUNS:
        found = [(a, b) for a, b in segments if a <= command.noun_start < b]
    elif said is not None and segments and segments[0][0] < command.verb_end:
        found = segments[:1]  # the news first, then the change to "that task"
    else:
        return
    if not found:
        return
    start, end = found[0]
    stop = _NAME_END.search(reading.text, start, end)
    end = stop.start() if stop else end
    name = _LEADING_WORDS.sub("", names.clean(reading.message.plain(reading.text[start:end])))
    if len(name) > 2:
        reading.scan.take(start, end)
        reading.refs["task"] = name


def _pronoun(reading: Reading, command: Command) -> None:
    """ "assign that to marcus", "make that due tuesday": the task just written (the assistant
    looks it up); `refs.task` is the pronoun."""
    if command.verb_text.endswith((" that", " this", " it")):
        reading.refs["task"] = command.verb_text.rsplit(" ", 1)[1]
    elif found := reading.scan.first(_PRONOUN):
        reading.scan.take_match(found)
        reading.refs["task"] = found.group().lower()


_NEEDS_TO = lazy.regex(
    r"\b(?:needs?|has|have)\s+to\s+(?:be\s+(?:moved|pushed|changed|reassigned|assigned|due)|move|be)\b",
    re.I,
)
# "change the name of the X task to ...", "the description on the X task": the field said first
_FIELD_LABEL = lazy.regex(
    r"\b(?:the\s+)?(?P<field>name|title|description|desc|details)\s+(?:on|of|for|in)\s+", re.I
)
_NEW_TEXT = lazy.regex(r"\bto\s+|:\s*", re.I)


def _field_label(reading: Reading) -> str | None:
    """The task's field said before the task ("the description on the X task to ..."), its
    words understood: "name" or "description"; None when no field is said first."""
    found = reading.scan.first(_FIELD_LABEL)
    if found is None:
        return None
    reading.scan.take_match(found)
    return "name" if found["field"].lower() in ("name", "title") else "description"


_TEXT_FIELD = lazy.regex(r"\b(?:name|title|description|desc|details)\b", re.I)
# rule "from the old value to the new": "move the witness list task from marcus to priya", "push
# it from the 15th to the 18th": what follows "from" is the value the task had, never the new one
_FROM_TO = lazy.regex(
    r"\bfrom\s+(?P<old>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2})\s+(?=to\s+\S)", re.I
)


def _from_old(reading: Reading) -> bool:
    """Rule "from the old value to the new" (above): the old value's words are understood; a
    person or a matter the firm's names placed there is not the new one."""
    found = _FROM_TO.search(reading.text)
    if found is None:
        return False
    if reading.scan.is_free(found.start(), found.end()):
        reading.scan.take(found.start(), found.end())
    elif reading.scan.is_free(found.start(), found.start("old")):
        reading.scan.take(found.start(), found.start("old"))
        reading.refs.pop("assignee", None)
        reading.refs.pop("matter", None)
    return True


_WHY_WORDS = 8  # at most, between the task and the colon that opens its new name


def _new_name_after_colon(reading: Reading, command: Command) -> None:
    """ "retitle the depo outline task so it names the witness: Prepare deposition outline -
    Robert Jones": a rename's new name is what follows a colon after the task; the words before
    the colon say why. A rename names no assignee ("to Prepare ..." is the name's first word)."""
    if command.noun_end < 0:
        return
    colon = reading.text.find(":", command.noun_end)
    if colon < 0 or len(reading.text[command.noun_end : colon].split()) > _WHY_WORDS:
        return
    if reading.scan.is_free(command.noun_end, colon + 1):
        reading.scan.take(command.noun_end, colon + 1)


_QUOTED = lazy.regex(r"(?<!\w)(['\"“‘])(?P<name>[^'\"“”‘’]{3,80}?)['\"”’](?!\w)")
_NEW_VALUE = lazy.regex(r"\b(?:to|as|name|title|:)\s*$", re.I)


def _quoted_name(reading: Reading, command: Command) -> None:
    """ "mark task 'file response to motion' complete": a quoted name not after "to" or "as"
    (there it is the new one) is the task's name, its words never read as a change."""
    if "task" in reading.refs:
        return
    found = reading.scan.first(_QUOTED)
    if found is None or _NEW_VALUE.search(reading.text[: found.start()]):
        return
    reading.scan.take_match(found)
    reading.refs["task"] = found["name"].strip()
    if command.noun is not None and command.noun.resource == "tasks":
        reading.scan.take(command.noun_start, command.noun_end)


def _rest_as(reading: Reading, field: str, cue: re.Pattern[str]) -> None:
    found = reading.scan.first(cue)
    if found:
        reading.scan.take_match(found)
    text = reading.free_text()
    if text:
        reading.fields[field] = text
