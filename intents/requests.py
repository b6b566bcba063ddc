"""rule "the request after the story": a message that tells what happened first and asks last.

"garcia hearing is friday and we never got the MRI bills ... can u make a task for priya to chase
them, due wed", "John Smith rang about his will ... Could you open a new estate planning matter for
him ...", "acme's AP person changed. can you add her as a contact at acme corp: Denise Ruiz, ...":
the words of the story (a hearing, "rang", "acme's AP person") are no command. The request clause
decides the command and its fields: it opens at a clause boundary with a word that asks ("can u",
"could you", "pls", "i need you to") and a verb that makes a record ("make", "add", "put", "log",
"open", "calendar", "set up", "jot"), or after a sentence's end with that verb alone ("... log the
call on smith v jones") or a task said by its noun ("... so task for marcus to draft the response").
The story before it gives only what the clause leaves open: the matter, and the content of a note,
call, expense or appointment when the clause points back at it ("add that as a note", "log it",
"can u add it as an expense", "pls add it").

Not a request after a story: a message whose first clause is itself a command ("log 2h on smith v
jones, pls add a note that ..."), a request verb inside the story ("he asked us to add his wife"),
a verb after a comma without a word that asks ("called maria, add her to the cc list" stays as it is
read whole).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from intents import lazy, prefilter
from intents.commands import first_noun, words
from intents.lexicon import FILLERS, NOUNS, RELAYED, TO_DO_WORDS, VERBS

# A word that asks the bot: "can u", "could you pls", "please", "i need you to", "would you mind".
_ASKING = (
    r"(?:(?:(?:can|could|would|will)\s+(?:u|you|ya|we)(?:\s+(?:pls|please|plz|just|also|kindly))*"
    r"|(?:pls|please|plz|kindly)(?:\s+(?:just|also))?"
    r"|(?:i|we)\s+(?:need|want|would\s+like|'d\s+like)\s+(?:u|you)\s+to"
    r"|would\s+(?:u|you)\s+mind)\s+)"
)
# A verb that makes a record, as the request clause opens with it.
_MAKING = (
    r"(?:make|add|put|log|open|calendar|calender|set\s+up|setup|jot|create|schedule"
    r"|enter|record|stick|pop|throw|book|note\s+down|write\s+up|save|expense"
    r"|leave(?=\s+(?:a|an)\s+(?:quick\s+|short\s+)?note\b)"
    r"|note(?=\s+(?:it|this|that)\s*(?:$|[.,!?;]|(?:on|in|under|to|for)\b)))\b"  # "note it on the matter"
)
# A task or reminder said by its noun: "task for priya, due tmrw", "so task for marcus to ...".
_TASK_NOUN = r"(?:new\s+)?(?:task|to-?do|reminder)\s+(?:for|to|on)\b"
# A new matter said by its noun after the story: "ravi called monday, he's buying a rental. new
# matter for ravi, real estate, me as responsible attorney".
_MATTER_NOUN = r"new\s+(?:[\w-]+\s+)?(?:matter|file)\s+(?:for|re)\b"
# rule "a task someone wants": "Hannah wants a high-priority task for herself on ...", "alice needs
# a to-do for priya to ...": a colleague asks through the writer; the task is for whom it names
# ("herself": the one who wants it), or for the one who wants it when it names no one.
_WANTS_TASK = (
    r"(?P<who>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)\s+(?:wants|needs|would\s+like|asked\s+for"
    r"|is\s+asking\s+for)\s+(?=(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?(?:task|to-?do|reminder)\b)"
)
_WANTS = lazy.regex(rf"^\s*{_WANTS_TASK}", re.I)
_SELF = lazy.regex(r"\bfor\s+(?:herself|himself|themselves|themself)\b", re.I)
_FOR_SOMEONE = lazy.regex(
    r"^(?:(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?(?:task|to-?do|reminder))\s+for\s+(?!the\b|a\b)",
    re.I,
)
_WANTED_NOUN = lazy.regex(
    r"^(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?(?:task|to-?do|reminder)\b", re.I
)


def wanted(text: str) -> str:
    """Rule "a task someone wants" (above): "Hannah wants a task for herself to ..." said as "a
    task for Hannah to ..."; any other text unchanged."""
    found = prefilter.match(_WANTS, text)
    if found is None or found["who"].lower() in ("i", "we", "he", "she", "they", "who", "it"):
        return text
    who, rest = found["who"], text[found.end() :]
    if _SELF.search(rest):
        return _SELF.sub(f"for {who}", rest, count=1)
    if _FOR_SOMEONE.match(rest):
        return rest
    noun = _WANTED_NOUN.match(rest)
    return f"{rest[: noun.end()]} for {who}{rest[noun.end() :]}" if noun else text


# Where a clause may open: after a sentence's end (strong), or a comma, dash, "so", "and" (weak).
_STRONG = (
    r"(?:(?<![.!?])[.!?]++[\"”’]?\s++|(?<!\s)[^\S\n]*\n\s*+"  # a run of spaces taken once, whole
    # rule "what to do with what was pasted": "Fwd: ... -- task for Hannah pls", "> ... — log it
    # under Tom": a long dash or "//" between spaces ends the pasted part as a sentence does
    r"|(?<=\S)\s(?:--+|—|–|//)\s++)"
)
_WEAK = r"(?:[,;]\s*|\s[-–—]+\s*|\s)(?:(?:so|and|but|then)\s+)?"
# rule "remind me, after the story": "globex still hasn't sent back the estoppel, remind me to
# chase them wednesday": a reminder asked for opens the request even without a word that asks.
_REMIND = r"(?:pls\s+|please\s+)?remind\s+(?:me|us|him|her|them|[^\W\d_]+)\s+to\b"
# rule "give that to priya": the work the story tells, handed to a colleague after it, is a task
# for them ("after the depo somebody has to order the transcript, give that to priya due thursday")
_HAND_BACK = r"(?:give|hand|assign|pass)\s+(?:that|it|this)\s+(?:off\s+|over\s+)?to\s+(?=[^\W\d_])"
_HANDED_TO = lazy.regex(rf"^{_HAND_BACK}(?P<whom>[^\W\d_][\w'’-]*)(?P<rest>.*)$", re.I | re.S)
# rule "put it on my list": someone's list is their tasks; "- put it on my list for thursday"
# after the work told makes it a task for them, opening a clause even without a word that asks.
_LIST = r"(?:on|to|onto)\s+(?P<whose>my|our|the)\s+(?:to-?do\s+)?list\b"
_LISTED = rf"(?:{_ASKING}?{_MAKING}\s+(?:it|that|this)\s+{_LIST})"
_CLAUSE = lazy.regex(
    rf"(?:{_STRONG}(?:(?:so|and|but|then|anyway)[\s,]+)?(?P<bare>(?:{RELAYED})?{_ASKING}?{_MAKING}"
    rf"|{_TASK_NOUN}|{_MATTER_NOUN}|{_WANTS_TASK})"
    rf"|{_WEAK}(?:(?<=so\s)(?P<so_task>{_TASK_NOUN})|(?P<asked>{_ASKING}{_MAKING})|(?P<remind>{_REMIND})"
    rf"|(?P<listed>{_LISTED})|(?P<handed>{_ASKING}?{_HAND_BACK})))",
    re.I,
)
# The clause points back at the story: "add it", "log that", "add that as a note", "put it on my
# calendar", "pls add it".
_BACK = lazy.regex(
    rf"{_ASKING}?{_MAKING}(?:\s+down)?\s+(?P<back>it|that|this|these|them|all\s+that|that\s+info)\b"
    r"(?:\s+down)?(?=\s*(?:$|[.,!?;:(]|(?:as|to|on|in|into|under|for|pls|please|plz)\b))",
    re.I,
)
# "log the call", "log the meeting": a record of what the story told.
_THE_TOLD = lazy.regex(
    rf"{_ASKING}?(?:log|record|enter|add)\s+(?:the|that|this)\s+(?P<told>call|phone\s+call|meeting"
    r"|conversation|email|e-mail)\b",
    re.I,
)
# Why the record is asked for, said after it: "... so I don't forget", "for the record". It says
# nothing the record holds.
_PURPOSE = lazy.regex(
    r"[\s,;–—-]*(?:so\s+(?:that\s+)?(?:i|we)\s+(?:don'?t|do\s+not|won'?t|will\s+not)\s+forget"
    r"(?:\s+(?:it|this|that))?|for\s+(?:the\s+|our\s+)?records?|for\s+(?:future\s+)?reference"
    r"|so\s+(?:that\s+)?(?:it'?s|it\s+is|we\s+have\s+it)\s+on\s+(?:file|record))[\s.!?]*$",
    re.I,
)
_SAID_AFTER = lazy.regex(
    r"(?:\s+as\s+(?:an?\s+)?(?:new\s+)?[\w-]+(?:\s+[\w-]+)?)?(?:\s+(?:at|with|for|from)\s+[^:,(]{1,40})?"
    r"\s*(?:[:–—]|\s-)\s*\w"
)
# "can you add them as a company contact? office@...": a contact's details after the question
_CONTACT_AFTER = lazy.regex(
    r"\s+as\s+(?:an?\s+)?(?:new\s+)?(?:company\s+|person\s+)?contact\s*[?.!,]\s*(?=\S)", re.I
)
# "Globex needs a zoning variance, pls open a new real estate matter for them": a new matter for
# someone the story named, which the matter's own rule reads from the whole message; when the
# story reads as another record ("Ravi Patel called, he wants to amend his trust. Hannah asked me
# to open an estate planning matter for him"), the clause is the request and the story names
# the client (`Asked.for_them`, rule "the client the story named").
_MATTER_FOR_THEM = lazy.regex(r"\b(?:matter|case|file)\s+for\s+(?:them|him|her)\b", re.I)
# What the clause says of the record it points back at: "as an expense", "on my calendar", and
# words that point at the story's matter ("on that matter", "under her case"), which the story
# names itself.
_AS_KIND = lazy.regex(
    r"\s*as\s+(?:an?\s+)?(?:new\s+)?(?P<kind>expense|note|task|time(?:\s+entry)?|call|phone\s+call"
    r"|email|e-mail|event|appointment|meeting|reminder|calendar\s+entry|entry)\b",
    re.I,
)
_ON_CALENDAR = lazy.regex(
    r"\s*(?:on|to|in|into)\s+(?:my|the|our|your|ur|her|his|their|[^\W\d_]+['’]s)\s+"
    r"(?:cal|calendar|calender|diary)\b",
    re.I,
)
_ON_LIST = lazy.regex(rf"\s*{_LIST}", re.I)
_POINTING = lazy.regex(
    r"\s*(?:on|to|under|for|in|into)\s+(?:that|this|the\s+same|her|his|their|its)\s+"
    r"(?:matter|case|file|one)\b",
    re.I,
)
_HEADER = lazy.regex(r"^\s*(?:update|quick\s+update|news|fyi)\s+(?:on|re:?|from)\s", re.I)
_OPENING_VERBS = frozenset(
    {"add", "log", "note", "schedule", "remind", "update", "rename", "move", "mark", "assign"}
    | {"close", "reopen", "complete", "delete", "find", "show"}
)


@dataclass(frozen=True, slots=True)
class Asked:
    """A message split at its request: the `story` told first, the `clause` that asks (without
    the words that ask: "can u"), and whether the clause points back at the story (`back`)."""

    story: str
    clause: str
    back: bool
    for_them: bool = False  # a new matter "for him": its client is the one the story names

    def said(self) -> str:
        """The request as a command: the clause, and the story as its content when the clause
        points back at it ("add it as an expense on that matter, receipt is in my drawer" -> "add
        expense: <story>"; "log the call on smith v jones" -> "log call on smith v jones: <story>";
        "pls log that (subject: litigation hold)" -> "log: <story> (subject: litigation hold)").
        """
        if not self.back:
            return self.clause
        head, after = self._parts(whole=False)
        return f"{head}: {self.story}{after}"

    def head(self) -> str:
        """The clause as a command of its own, without the story ("log call on the chen
        divorce"): what it names itself is read from it alone."""
        return self._parts()[0] if self.back else self.clause

    def _parts(self, *, whole: bool = True) -> tuple[str, str]:
        """The clause's command words (with the rest of the clause, when `whole`: the matter it
        names is read from the head alone), and what it says after the story (a bracket)."""
        keep = whole
        clause = self.clause
        pointed = _BACK.match(clause) or _THE_TOLD.match(clause)
        if pointed is None:  # pragma: no cover - `back` is set only when one matches
            return clause, ""
        verb = clause[: pointed.start("back" if "back" in pointed.re.groupindex else "told")]
        told = pointed["told"] if "told" in pointed.re.groupindex else ""
        rest = clause[pointed.end() :].split(",")[0]  # "..., receipt is in my drawer": an aside
        rest = _POINTING.sub("", rest)
        after = ""
        if rest.strip().startswith("("):  # "log that (subject: litigation hold)"
            after, rest = f" {rest.strip()}", ""
        kind = ""
        if as_kind := _AS_KIND.match(rest):
            kind, rest = as_kind["kind"], rest[as_kind.end() :]
        elif _ON_CALENDAR.search(rest):
            kind, rest = "calendar", _ON_CALENDAR.sub("", rest)
            verb = ""  # "put it on my calendar": "calendar: <story>"
        elif listed := _ON_LIST.match(rest):  # "put it on my list for thursday": a task
            kind = "task for me" if listed["whose"].lower() == "my" else "task"
            rest, verb = rest[listed.end() :], ""
            keep = True  # "for thursday": when it is due, said of the task
        verb = re.sub(r"\s+(?:the|that|this)\s*$", "", verb.strip())
        said = rest.strip(" .!?") if keep else ""
        head = " ".join(part for part in (verb, told, kind, said) if part)
        return re.sub(r"\s{2,}", " ", head), after


# "put a task on my list (tom reyes) to ...": a task asked for, not a thing put on the list
_A_TASK = r"(?:(?:a|an|the|new)\s+)+(?:task|to-?do|reminder|item)s?\b"
_THING_LISTED = lazy.regex(
    rf"^\s*{_ASKING}?(?:put|add|stick|throw|pop)\s+(?P<thing>(?!(?:it|that|this|them)\b|{_A_TASK})\S.*?)"
    rf"\s+{_LIST}(?P<rest>.*)$",
    re.I | re.S,
)


def listed(text: str) -> str | None:
    """Rule "put it on my list", the thing said in it: "add pull the MTA incident report to my
    list for tomorrow" is "task for me: pull the MTA incident report for tomorrow"; None when
    the message puts nothing on a list."""
    found = prefilter.match(_THING_LISTED, text)
    if found is None:
        return None
    who = " for me" if found["whose"].lower() == "my" else ""
    return f"task{who}: {found['thing']}{found['rest']}"


def split(text: str) -> Asked | None:
    """The request clause of a message told as a story first, or None (see the module)."""
    for found in _CLAUSE.finditer(text):
        if found.start() == 0:
            continue
        groups = ("bare", "so_task", "asked", "remind", "listed", "handed")
        start = next(found.start(g) for g in groups if found[g])
        story = text[: found.start()].strip(" ,;:-–—")
        if not story or (
            _opens_with_command(story) and not (found["bare"] and _TOLD.search(story))
        ):
            return None
        clause = text[start:].strip()
        if asking := _ASKED_WORDS.match(clause):
            clause = clause[asking.end() :].strip()
        clause = _PURPOSE.sub("", clause)
        if _addressed(story) and not _RECORD_KIND.search(clause):
            return None  # "priya, can u add the exhibits to the binder": work handed to her
        to_do = prefilter.search(_WORK_TO_DO, story)  # "somebody has to ...": no task yet
        handed = _HANDED_TO.match(clause) if to_do and not _TASK_NAMED.search(story) else None
        if handed:  # "..., give that to priya due thursday"; not "the X task is stuck, give it to"
            said = f"task for {handed['whom']}: {story}{handed['rest'].rstrip(' .!')}"
            return Asked(story=story, clause=said, back=False)
        if _MATTER_FOR_THEM.search(clause):  # the story names the client
            return Asked(story=story, clause=clause, back=False, for_them=True)
        back = _BACK.match(clause) is not None or _THE_TOLD.match(clause) is not None
        pointed = _BACK.match(clause)
        if pointed is not None and (
            _SAID_AFTER.match(clause, pointed.end()) or _CONTACT_AFTER.match(clause, pointed.end())
        ):
            back = False  # "add them as a company contact: Swift Legal Couriers, ...": said after
        return Asked(story=story, clause=clause, back=back)
    return None


# A story of a few words before the request ("Alice, could you ...", "smith v jones, can u ...")
# names whom or what it is about, and a colleague named may be handed the work ("priya, can u add
# the exhibits to the binder" is a task for her): the clause is the bot's only when it names the
# record it makes ("add the Chen mediation to the calendar", "make a task ...").
_ADDRESS_WORDS = 3
_RECORD_KIND = lazy.regex(
    r"\b(?:(?:to|on|in|into|onto)\s+(?:the|my|our|her|his|their|your|ur)\s+"
    r"(?:calendar|calender|cal|diary|clio|system)"
    r"|(?:a|an|new|the)\s+(?:new\s+)?(?:task|to-?do|note|contact|expense|matter|time\s+entry"
    r"|calendar\s+entry|reminder|call\s+log|phone\s+call|email\s+log))\b",
    re.I,
)


# rule "a sentence that tells": "invoice 1002 on the acme contract review has been overdue since nov
# 27. task for tom to ...": a sentence before the request that opens with a record's noun but says
# how things are (a verb of being or having) tells the story; it commands nothing.
_TOLD = lazy.regex(
    r"\b(?:has|have|had|is|was|were|are|been|hasn['’]?t|haven['’]?t|isn['’]?t|wasn['’]?t"
    r"|weren['’]?t|didn['’]?t|doesn['’]?t|still)\b",
    re.I,
)


def _addressed(story: str) -> bool:
    return len(words(story)) <= _ADDRESS_WORDS and not re.search(r"[.!?]", story)


def _opens_with_command(story: str, *, typed: bool = False) -> bool:
    """Whether the text before the clause is itself a command: it opens (after fillers) with a
    command verb or a record noun ("log 2h ...", "task for priya: ...", "new contact ...");
    `typed`: a verb as typed, never one a typo's repair made ("i'll take ..." is no "make")."""
    if _HEADER.match(story):
        return False  # "update on johnson: ..." tells news, it changes nothing
    tokens = words(story)
    index = 0
    while index < len(tokens) and tokens[index].key in FILLERS:
        index += 1
    if index >= len(tokens):
        return False
    for size in (3, 2, 1):
        phrase = " ".join(t.raw.lower() if typed else t.key for t in tokens[index : index + size])
        if VERBS.get(phrase) in _OPENING_VERBS:
            return True
    noun = first_noun(tokens, index, index + 1)
    return noun is not None and not NOUNS[noun[0]].content


# Things a story names, which a clause's "them" stands for: "we never got the updated MRI bills
# from st mary's" -> "the updated MRI bills". A determiner, at most three words, a plural that ends
# the phrase (not "the records guy"); the last such phrase, nearest the clause, is meant.
_THINGS = lazy.regex(
    r"\b(?:the|those|these|our|their|his|her|its|all\s+the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?!(?:is|was|has|does|this|us|yes|news|always|ones|sometimes|sessions?)\b)[a-z][\w-]*[a-rt-z]s"
    r"(?=\s*(?:[,.;:!?)\"]|$)|\s+(?:from|of|for|to|that|which|on|in|at|by|with|and|yet|still|are"
    r"|before|after|until"
    r"|were|have|haven't|aren't|never|came|come|should|would|will)\b)",
    re.I,
)


def things(story: str) -> str | None:
    """What a story's "them" stands for: the last plural thing it names, or None."""
    found = list(_THINGS.finditer(story))
    return found[-1].group() if found else None


# rule "a change asked after the story": "per marcus can you push the witness list task on johnson
# to fri the 18th", "alice hasn't gotten to the engagement letter for acme v widget works yet, can
# you move it to wednesday", "... bank statements are in - can you set that task to in progress?",
# "... just want simple wills. please delete the trust deed task on patel": the clause that asks
# for a change (after a word that asks, after a sentence's end, or after a comma or dash with a
# record or "it" following the verb) is the request. Where it points back ("it", "that task",
# "the due date"), the story's last thing said with a determiner is the record ("the engagement
# letter for acme v widget works"), or its quoted name ('O'Brien "Send closing documents"').
_CHANGING = (
    r"(?:push|move|bump|reschedule|postpone|set|mark|put(?=\s+(?:it|that|this)\s+back\b)|reassign"
    # "make that time entry non-billable", never "make a task" nor "make it a task"
    r"|make(?=\s+(?:it|that|this)\b(?!\s+(?:a|an|into|as)\b))"
    r"|assign|give|hand|pass|delete"
    r"|remove|cancel|drop|scrap|kill|change|update|rename|retitle|close|flip|switch)\b"
)
_OBJECT = r"(?=\s+(?:(?:back|up|out)\s+)?(?:it|that|this|the|her|his|their|its|my|our)\b)"
# a change asked of a colleague as much as of the bot: "let's move ...", "go ahead and delete ..."
_CHANGE_ASKING = (
    rf"(?:(?:{_ASKING}|(?:let['’]?s|let\s+us|go\s+ahead\s+and|(?:i|we)\s+should|you\s+can|just)"
    r"\s+)+)"
)
_CHANGE_CLAUSE = lazy.regex(
    rf"(?:{_STRONG}(?:(?:so|and|but|then|anyway)[\s,]+)?(?P<bare>{_CHANGE_ASKING}?{_CHANGING})"
    rf"|{_WEAK}(?P<asked>{_CHANGE_ASKING}{_CHANGING})"
    rf"|(?:[,;]\s*|\s[-–—]+\s*)(?:so\s+)?(?P<comma>{_CHANGING}){_OBJECT})",
    re.I,
)
# the words that ask, taken off a clause: a new record's (rule "the request after the story") or
# a change's ("let's", "go ahead and", "just" as well)
_ASKED_WORDS = lazy.regex(_CHANGE_ASKING, re.I)
# rule "a change needed": "I need that entry bumped to 1.5 hours", "we need its practice area
# changed to litigation": the change said as what the writer needs done, said as its command
_NEEDED_DONE = lazy.regex(
    r"\b(?:i|we)\s+(?:need|want|would\s+like|['’]d\s+like)\s+(?P<what>(?:that|this|the|its|it"
    r"|[\w.-]+['’]s)\b[^,;.!?]{0,80}?)\s+(?P<done>bumped|changed|moved|pushed|set|marked|updated"
    r"|deleted|removed|switched|flipped|reassigned|renamed|retitled)\b",
    re.I,
)
_DONE_VERB = {"set": "set", "bumped": "bump", "pushed": "push", "flipped": "flip"}
# the clause's verb, then what it points back at: "it", "that task", "the due date"
_POINTED = lazy.regex(
    r"^(?P<verb>\w+(?:\s+(?:back|up|out))?)\s+(?:(?P<it>(?:that|this|the)\s+(?:task|(?P<kind>"
    r"(?:time\s+)?entry|expense|charge|event|appointment|appt|meeting|matter|case|file|note|call"
    r"(?:\s+log)?|phone\s+call|email|e-mail))|that\s+one|it|that|this)"
    r"|(?P<field>(?:the|its)\s+(?:due\s+date|deadline|priority|status|(?P<of>date|location|subject"
    r"|practice\s+area)))(?:\s+(?:on|of)\s+(?:it|that(?:\s+one)?|this))?(?!\s+(?:on|of|for|in)\b))"
    r"(?=[\s?.!,]|$)(?P<rest>.*)$",
    re.I,
)
_DETERMINED = lazy.regex(
    r"\b(?:the|my|our|his|her|their|(?!(?:it|that|there|he|she|what|let|who|here|where)['’]s\b)"
    r"[a-z][\w.-]*['’]s)\s+(?=[\w'’-])",
    re.I,
)
# where a thing said in the story ends: a verb, a time, a particle of the story's own verb
_THING_END = lazy.regex(
    r"\s+(?:is|are|was|were|isn'?t|aren'?t|wasn'?t|hasn'?t|haven'?t|has|have|had|needs?|got|gets"
    r"|will|won'?t|can|could|should|yet|again|already|anymore|now|today|tonight|tomorrow|tmrw"
    r"|this|last|after|off|out|to|from|with|because|since|so|and|but|as|that|which|who|by)\b",
    re.I,
)
_QUOTED_THING = lazy.regex(r"^(?P<thing>[^\"“”.!?;,]{0,30}[\"“][^\"“”]{3,80}[\"”])")
# what may follow "that" or "this" standing for the record: the change, never a noun
_PRONOUN_NEXT = lazy.regex(
    r"(?:$|\s*[,.;!?]|\s+(?:to|as|back|in|into|over|off|for|on|until|till|by|up|out|down|done"
    r"|complete|completed|finished|high|low|normal|pending|one)\b)",
    re.I,
)
# a change's new value: a day, a person, a status or priority, a new name ("up" alone is none)
_CHANGE_VALUE = lazy.regex(r"\b(?!(?:up|back|out|down|one)\b)\w+", re.I)
_DELETE_VERBS = r"delete|remove|cancel|drop|scrap|kill"
_A_DELETE = lazy.regex(rf"\b(?:{_DELETE_VERBS})\b", re.I)
# "take it off marcus's calendar", "take that off the list": a delete
_TAKEN_OFF = lazy.regex(
    r"\btake\s+(?P<it>it|that|this)\s+off\s+(?:the|my|our|his|her|[\w.-]+['’]s)\s+(?:calendar|cal|list"
    r"|books|diary)\b",
    re.I,
)
_DELETES = lazy.regex(rf"^(?:{_DELETE_VERBS})$", re.I)
_A_DAY = lazy.regex(r"^(?:the|my|our|his|her|their)\s+\d", re.I)
# a thing the story names whose last word is another kind of record: "the robert jones depo",
# "the o'brien closing", "the acme GC call", "the courier charge"
_KINDS = (
    r"(?:depo|depos|deposition|hearing|meeting|mtg|conference|appointment|appt|closing|mediation"
    r"|trial|call|email|e-mail|entry|entries|expense|charge|cost|fee|invoice|bill|note|contact"
    r"|occurrence|series|event|session|lunch|consult|time|hours|deadline|calendar|cal)s?"
)
_OTHER_KIND = lazy.regex(rf"\b{_KINDS}\s*$", re.I)
# a record the story opens with, no determiner, then what befell it: "garcia hearing on the 20th
# was adjourned"
_OPENING_RECORD = lazy.regex(
    rf"^(?!(?:the|a|an|my|our|his|her|their|that|this)\s)"
    rf"(?P<record>(?:[\w'’.-]+\s+){{0,3}}?(?:{_KINDS})(?:\s+(?:on|from|for)\s+(?:the\s+)?[\w'’./-]+)?)"
    r"\s+(?:was|is|has\s+been|got|were)\s",
    re.I,
)
# a record the story points at with "that": "so that trustee questions call log is wrong"
_THAT_RECORD = lazy.regex(
    rf"\b((?:that|this)\s+(?:[\w'’$.-]+\s+){{0,4}}?(?:{_KINDS}|task)(?:\s+log)?)\b", re.I
)
# the story names another kind of record anywhere: "that treatment note about her physio ...",
# "her courier to court expense on johnson ..."
_KIND_NAMED = lazy.regex(
    rf"\b(?:the|my|our|his|her|their|that|this|[\w.-]+['’]s)\s+(?:[\w'’-]+\s+){{0,4}}?{_KINDS}\b"
    r"(?!\s+(?!(?:about|on|for|from|to|in|at|with|of|that|which|is|was|are|were|isn'?t|wasn'?t"
    r"|shouldn'?t|should|got|has|had|and|but|went|ran|came|goes|landed|turned|belongs|needs|will"
    r"|can)\b)[a-z])",  # "the fee section" names no fee
    re.I,
)
# a record of another kind named by its own noun, whatever follows: "the patel call entry hannah
# logged on wednesday"
_RECORD_NAMED = lazy.regex(
    r"\b(?:the|my|our|his|her|their|that|this|[\w.-]+['’]s)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:entry|entries|expense|note|email|e-mail|event|appointment|appt|matter|case)\b",
    re.I,
)
_THE_ONE = lazy.regex(r"^the\s+one\b", re.I)  # "the one due the 19th": which, not what
_NAMED_AFTER = lazy.regex(r"\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+(?:task|todo|to-do)\b", re.I)
_TASK_NAMED = lazy.regex(r"\b(?:task|todo|to-do)\b", re.I)
_WHERE = lazy.regex(r"\s+(?:for|on|in)\s+", re.I)
_HOW_BILLED = lazy.regex(
    r"\s*(?:as\s+)?(?:non[- ]?billable|not\s+billable|billable|no[- ]charge|n/?c|unbilled)\b", re.I
)
# why, said after the request's question mark: "... non-billable? it was a courtesy call"
_WHY_AFTER = lazy.regex(r"\?\s+(?:it|that|this|she|he|they|we|i)(?:['’]\w+)?\s+[^?]*$", re.I)
_TAIL = lazy.regex(r"[\s?.!]*(?:\s(?:pls|please|plz|thanks|thx|for\s+now))*[\s?.!]*$", re.I)


def change_asked(text: str) -> str | None:
    """Rule "a change asked after the story" (above): the change command the message asks for
    after telling why, or None."""
    found = change_told(text)
    return found[0] if found is not None else None


def change_told(text: str) -> tuple[str, bool] | None:
    """`change_asked`, and whether the change is said of the record the story names (the clause
    pointing back at it: rule "a record told of, then pointed at")."""
    text = _NEEDED_DONE.sub(_as_command, text)
    if not _A_DELETE.search(text):  # "take it off marcus's calendar" (unless a delete is said too)
        text = _TAKEN_OFF.sub(r"delete \g<it>", text)
    if not prefilter.may_hold(_CHANGE_CLAUSE, text):
        return None
    for found in _CHANGE_CLAUSE.finditer(text):
        if found.start() == 0:
            continue
        story = text[: found.start()].strip(" ,;:-–—")
        if not story or _opens_with_command(story, typed=True) or _work_told(story):
            return None
        if text[: found.start()].rstrip().endswith(":"):
            return None  # "phone msg from sarah: can we move her depo prep": what she asked
        start = next(found.start(g) for g in ("bare", "asked", "comma") if found[g])
        clause = text[start:].strip()
        if asking := _ASKED_WORDS.match(clause):
            clause = clause[asking.end() :].strip()
        clause = _WHY_AFTER.sub("", clause)  # "... non-billable? it was a courtesy call"
        clause = _WHOSE_RECORD.sub("", _INSTEAD_END.sub("", _TAIL.sub("", clause)))
        clause = _TASK_TO.sub(r"\g<who> \g<work> task", clause)
        if _DELETES.match(clause):
            clause = f"{clause} it"  # "... shouldn't be in clio. delete pls": the story's record
        pointed = _POINTED.match(clause)
        if pointed is None:
            return clause, False
        said = _pointed_back(story, pointed)
        return (said, True) if said is not None else None
    return None


def _pointed_back(story: str, pointed: re.Match[str]) -> str | None:
    """The clause that points back at the story ("move it to wednesday", "set that task to in
    progress", "move the due date to the 16th") said of the task the story names; None when it
    points at another kind of record ("delete that cost") or the story tells of one ("the jones
    depo is off, cancel it"), or when it changes nothing ("mark it")."""
    verb, rest = pointed["verb"], pointed["rest"]
    if pointed["kind"] or pointed["of"]:
        return _told_record(story, pointed)
    if _HOW_BILLED.match(_TO_FIRST.sub("", rest)):
        things = _story_things(story)
        costs = [t for t in things if _COSTS.search(t)]  # "... priya's $45 courier charge"
        if thing := next(iter(costs or [t for t in things if _AN_ENTRY.search(t)]), None):
            return (
                f"{verb} {thing if _AN_ENTRY.search(thing) else _as_kind(thing, 'expense')}{rest}"
            )
        return None  # "$35 courier today on johnson, mark it non billable": how the story's bills
    said = (pointed["it"] or "").lower().split()
    if said and said[-1] in ("that", "this") and not _PRONOUN_NEXT.match(rest):
        if _NAMED_AFTER.match(rest):  # "bump that review task ...": named after all
            return f"{verb} the{rest}"
        return None  # "delete that cost", "delete that old one": another record, or another one
    if not _DELETES.match(verb) and not _CHANGE_VALUE.search(rest):
        return None
    if verb.lower() in ("hand", "pass", "give") and (over := _HANDED_OVER.match(rest)):
        verb, rest = "reassign", f" to{rest[over.end() :]}"  # "hand it over to priya"
    rest = _PURPOSE_AFTER.sub("", rest) if _DELETES.match(verb) else rest
    if _TIME_OR_MONEY.match(rest) and (things := _story_things(story)):
        thing = things[0]  # "... so just change it to 1.5 hours": a length is an entry's
        return f"{verb} {thing if _AN_ENTRY.search(thing) else _as_kind(thing, 'entry')}{rest}"
    that = _THAT_RECORD.findall(story) if said == ["it"] else []
    opening = _OPENING_RECORD.match(story) if said == ["it"] else None
    if len(that) == 1:  # "... so that trustee questions call log is wrong. delete it"
        record: str | None = that[0]
    elif opening is not None:  # "garcia hearing on the 20th was adjourned ..., take it off ..."
        record = f"the {opening['record']}"
    else:
        record = _story_record(story, told=pointed["field"] is not None or said[-1:] == ["task"])
    told = _TOLD_VERB.search(story) is not None  # a story, not a record's name ("X (smith, 11/24)")
    if record is None and said in (["it"], ["that", "one"]) and told and _value_or_gone(verb, rest):
        things = _story_things(story)
        own = [t for t in things if _OWN_KIND.search(t)] or [
            t for t in things if _SAYS_KIND.search(t)
        ]
        named = _RECORD_NAMED.search(story)  # "the smith will and power of attorney matter"
        record = own[0] if own else named.group() if named else None
    if record is None:
        return None
    if verb.lower().startswith(("put", "flip", "switch")):
        verb = "set"  # "put it back to in review", "flip that task to in progress"
    if pointed["field"]:
        field = re.sub(r"^its\s+", "the ", pointed["field"], flags=re.I)
        return f"{verb} {field} on {record}{rest}"
    return f"{verb} {record}{rest}"


# "after the depo somebody has to order the transcript", "someone needs to pull the file": work
# still to be done, which no task holds yet
_WORK_TO_DO = lazy.regex(
    r"\b(?:somebody|someone|some1|one\s+of\s+us|we)\s+(?:has|have|needs?|will\s+need|should|must"
    r"|gotta|got)\s+to\b|\bneeds?\s+to\s+be\s+(?:done|ordered|filed|sent|drafted|prepared)\b",
    re.I,
)


def _work_told(story: str) -> bool:
    """Whether a story opens with the work a new task is for ("follow up on acme's invoice ...,
    assign it to tom"), or says work somebody has to do: its "it" is that new task."""
    if prefilter.search(_WORK_TO_DO, story):
        return True
    tokens = words(story)
    index = 0
    while index < len(tokens) and tokens[index].key in FILLERS:
        index += 1
    return index < len(tokens) and tokens[index].raw.lower() in TO_DO_WORDS


def _as_command(found: re.Match[str]) -> str:
    """Rule "a change needed" (above): "i need that entry bumped" -> "bump that entry"."""
    done = found["done"].lower()
    verb = _DONE_VERB.get(done) or (
        done[:-1] if done.endswith(("ved", "ged", "ted", "med")) else done[:-2]
    )
    return f"please {verb} {found['what']}"


# rule "a record told of, then pointed at": "Priya's comparative negligence research from Saturday
# was for a CLE paper, not for Smith v Jones. Go ahead and delete that entry.", "The O'Brien closing
# from November 20 is still on Marcus's calendar ... Let's delete that event.", "John's email from
# Monday about witness availability is hard to find. Can you change its subject to '...'?": the
# request on "that entry", "that event", "its subject" is on the record the story names first
# (the first thing it says with a determiner or a possessive), said with the kind the request
# names. Counter-examples: "delete that cost" after a story naming a task (rule "a change asked
# after the story": another record), a change of a field that says no new value ("change the
# location on it").
_KIND_WORD = {
    "entry": "entry", "time entry": "entry", "expense": "expense", "charge": "expense",
    "event": "event", "appointment": "event", "appt": "event", "meeting": "event",
    "matter": "matter", "case": "matter", "file": "matter", "note": "note", "call": "call",
    "call log": "call", "phone call": "call", "email": "email", "e-mail": "email",
}  # fmt: skip
_FIELD_KIND = {"date": "entry", "location": "event", "subject": "", "practice area": "matter"}
# a thing said: a determiner or a possessive ("priya's", "yesterday's", "robert jones's"), then
# its words up to the story's verb
_THING_OPENS = lazy.regex(
    r"\b(?:(?i:the|my|our|his|her|their)|(?:[A-Z][\w.-]*\s+)?(?!(?i:it|that|there|he|she|what"
    r"|let|who|here|where)['’]s\b)[A-Za-z][\w.-]*['’]s)\s+(?=[\w'’$\"“-])",
)
# where a thing told ends: the story's verb (its prepositions stay: "from saturday", "with acme")
_TOLD_END = lazy.regex(
    r"\s+(?:is|are|was|were|isn'?t|aren'?t|wasn'?t|hasn'?t|haven'?t|has|have|had|will|won'?t|can"
    r"|could|would|yet|again|already|anymore|any\s+more|now|still|also|just|this|as|on\s+to|onto)\b",
    re.I,
)
_STORY_VERB = lazy.regex(
    r"\s+(?:says|said|ran|went|took|turned|turns|got|getting|gets|being|sitting|sits|signed"
    r"|left|started|wrote|wants|covered|made|came|comes|needs|need|belongs|should|shouldn['’]?t"
    r"|isn['’]?t|doesn['’]?t|didn['’]?t|into|because|since|but|so|and|which|that|who)\b",
    re.I,
)
_TO_FIRST = lazy.regex(r"^\s+(?:to|as)\b", re.I)
_TOLD_VERB = lazy.regex(
    r"\b(?:is|are|was|were|isn['’]?t|wasn['’]?t|has|have|had|got|went|ran|came|turned|needs|moved"
    r"|changed|finished|done|over|off|closed|cancell?ed|postponed|says|said|should|shouldn['’]?t"
    r"|won['’]?t|can['’]?t|need)\b",
    re.I,
)
_LAST_PARTICLE = lazy.regex(r"\s+(?:from|on|in|for|with|to|at|of|by)$", re.I)
_SAYS_KIND = lazy.regex(rf"\b{_KINDS}\b", re.I)


def _story_thing(story: str, kind: str | None) -> str | None:
    """The record a story names: the first thing it says with a determiner or a possessive (the
    first that says the `kind`, when one does), up to the verb that follows it."""
    things = _story_things(story)
    if not things:
        return None
    said = [t for t in things if kind and re.search(rf"\b{kind}", t, re.I)]
    named = [t for t in things if _OWN_KIND.search(t)] + [t for t in things if _SAYS_KIND.search(t)]
    return (said or named or things)[0]


# a thing said as a record of its kind: "the send closing documents task"
_OWN_KIND = lazy.regex(
    r"\b(?:task|entry|expense|note|event|appointment|email|e-mail|call\s+log|matter|contact)$", re.I
)
# why a record is deleted, said after it: "delete it to clean up marcus's list"
_PURPOSE_AFTER = lazy.regex(r"^\s+(?:to|so|since|because)\s+.*$", re.I | re.S)


def _value_or_gone(verb: str, rest: str) -> bool:
    """Whether a change pointing back says its new value ("to ...", "as ...") or deletes."""
    return bool(_DELETES.match(verb) or _NEW_FIELD_VALUE.match(rest))


def _story_things(story: str) -> list[str]:
    """The things a story says with a determiner or a possessive, in its order."""
    story = _MADE_BY.sub(r"\g<kind>", story)
    things = []
    for part in _TOLD_PARTS.split(story):
        at = 0
        for found in _THING_OPENS.finditer(part):
            if found.start() < at:
                continue
            head = _TOLD_END.split(part[found.start() :], maxsplit=1)[0]
            thing = _LAST_PARTICLE.sub("", _STORY_VERB.split(head, maxsplit=1)[0].strip())
            at = found.start() + len(thing)
            if len(thing.split()) > 1 and not _A_DAY.match(thing):
                things.append(thing)
    return things


# a story's sentences and clauses ("Ms. Garcia", "Johnson vs. Brightline" are no sentence's end)
_TOLD_PARTS = lazy.regex(
    r"(?<!\b(?i:mr|ms|dr|st|vs|jr|sr|no|co))(?<!\b(?i:mrs|inc))(?<!\bv)[.;!?]\s+|\s*,\s*"
    r"|\s+[-–—]+\s+"
)


def _told_record(story: str, pointed: re.Match[str]) -> str | None:
    """Rule "a record told of, then pointed at" (above): the request said of the story's record."""
    verb, rest = pointed["verb"], pointed["rest"]
    field = (pointed["of"] or "").lower()
    said = (pointed["kind"] or "").lower()
    kind = _KIND_WORD.get(re.sub(r"\s+", " ", said)) if said else _FIELD_KIND.get(field)
    thing = _story_thing(story, kind)
    if thing is None or (field and not _NEW_FIELD_VALUE.match(rest)):
        return None
    if not rest.strip(" .!?") and not _NO_VALUE_VERB.match(verb):
        return None  # "... was actually $405, update the expense": the statement says the change
    named = re.search(rf"\b{kind}", thing, re.I) if kind else True
    if not named and not said and (_OWN_KIND.search(thing) or _SAYS_KIND.search(thing)):
        named = True  # "change its date": the date of the email the story names, not an entry
    record = thing if named else _as_kind(thing, kind or "")
    record = from_whom(record)
    if field == "subject":
        return f"retitle {record}{rest}"
    if field == "date" and _A_MESSAGE.search(record):
        return f"change {record}{rest}"  # a call's or an email's date is when it happened
    if field:
        return f"change the {field} of {record}{rest}"
    return f"{verb} {record}{rest}"


def from_whom(record: str) -> str:
    """Someone's email or call said as the grammars read it: "john's email from monday" -> "the
    email from john from monday", "ravi's call" -> "the call with ravi"."""
    sent = _WHOSE_MESSAGE.match(record)
    if sent is None:
        return record
    kind = sent["kind"]
    return f"the {kind} {'with' if 'call' in kind.lower() else 'from'} {sent['who']}{sent['rest']}"


_A_MESSAGE = lazy.regex(r"\b(?:e-?mail|call)\b", re.I)
_HANDED_OVER = lazy.regex(r"^\s+(?:over\s+|off\s+)?to\b", re.I)
_TIME_OR_MONEY = lazy.regex(
    r"^\s+(?:(?:up|down)\s+)?(?:to|by)\s+(?:\$\s*\d|\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|mins?|minutes)\b"
    r"|(?:an?|one|half\s+an?)\s+hour)",
    re.I,
)
_AN_ENTRY = lazy.regex(r"\b(?:entry|expense|time)\b", re.I)
_COSTS = lazy.regex(r"\$|\b(?:charge|fee|cost|expense)s?\b", re.I)
_WHOSE_MESSAGE = lazy.regex(
    r"^(?P<who>[\w.-]+(?:\s+[\w.-]+)?)['’]s\s+(?P<kind>e-?mail|(?:phone\s+)?call)\b(?P<rest>.*)$",
    re.I,
)
# whose the record is, said after it: "delete the expert report task she was assigned"
_WHOSE_RECORD = lazy.regex(
    r"(?<=\btask)\s+(?:that\s+|which\s+)?(?:she|he|they|i|we|you)\s+(?:was|were|is|are|has|have|had)?"
    r"\s*(?:assigned|given|logged|made|created|set\s+up|owns|owned)(?:\s+(?:to|for))?\s*$",
    re.I,
)
_INSTEAD_END = lazy.regex(r"\s+instead$", re.I)  # "hand it over to priya instead"
# who made the record, said after its noun: "the patel call entry hannah logged on wednesday"
_MADE_BY = lazy.regex(
    r"\b(?P<kind>entry|task|note|email|call)\s+[a-z]+\s+(?:logged|entered|did|made|recorded"
    r"|put\s+in)\b",
    re.I,
)
# "priya's task to request medical records": the task said by its work -> "priya's request
# medical records task"
_TASK_TO = lazy.regex(
    r"(?P<who>\b[\w.-]+['’]s)\s+task\s+to\s+(?P<work>[^,;.!?]+?)(?=\s+(?:to|as)\s|\s*$)", re.I
)
_NO_VALUE_VERB = lazy.regex(rf"^(?:{_DELETE_VERBS}|close|reopen)$", re.I)  # a change of no value
_NEW_FIELD_VALUE = lazy.regex(r"^\s+(?:to|as)\s+\S", re.I)


def _as_kind(thing: str, kind: str) -> str:
    """`thing` said as a record of `kind`: "the o'brien closing from november 20" -> "the o'brien
    closing event from november 20"."""
    where = _KIND_WHERE.search(thing)
    return (
        f"{thing[: where.start()]} {kind}{thing[where.start() :]}" if where else f"{thing} {kind}"
    )


_KIND_WHERE = lazy.regex(r"\s+(?:for|on|in|from)\s+", re.I)


def _story_record(story: str, *, told: bool) -> str | None:
    """The record a story speaks of, said as a task: its quoted name with what precedes it, or
    the last thing it names with a determiner, up to the verb or time that follows. Unless the
    clause `told` it is a task, a story with an appointment, an entry or another record among
    the things it names speaks of that record."""
    if quoted := _QUOTED_THING.match(story):
        return as_task(quoted["thing"].strip())
    things: list[str] = []
    for part in re.split(r"\s*[,;.!?()]\s*|\s+[-–—]+\s+", story):
        at = 0
        for found in _DETERMINED.finditer(part):
            thing = _THING_END.split(part[found.start() :], maxsplit=1)[0]
            alone = len(thing.split()) < 2  # "st mary's": a place's possessive, no thing after it
            if found.start() >= at and not (alone or _A_DAY.match(thing) or _THE_ONE.match(thing)):
                things.append(thing.strip())  # "the trust deed for the patel estate", not its tail
                at = found.start() + len(thing)
    if tasks := [thing for thing in things if _TASK_NAMED.search(thing)]:
        return tasks[-1]  # "the request medical records task on garcia, priya's swamped"
    if not things or (not told and any(_OTHER_KIND.search(thing) for thing in things)):
        return None
    if not told and (_KIND_NAMED.search(story) or _RECORD_NAMED.search(story)):
        return None
    return as_task(things[-1])


def as_task(thing: str) -> str:
    """`thing` said as a task: "the engagement letter for acme" -> "the engagement letter task
    for acme"."""
    if _TASK_NAMED.search(thing):
        return thing
    where = _WHERE.search(thing)
    return f"{thing[: where.start()]} task{thing[where.start() :]}" if where else f"{thing} task"
