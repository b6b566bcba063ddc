"""Rule "a hedge is no part of the request": the words an unsure writer wraps a request in.

A new hire types "hi, not sure if this is the right place but could you please log ...", "would
it be possible to add ...", "... I think until noon ...", "... sorry if I've missed anything".
None of it is the record's: the opening asks leave to ask, "I think" before a value still means
the value, and an apology after the request takes nothing back. Each is dropped before the
message is read; what they wrap is read as if said plainly. Words that say something ("sorry,
wednesday" taking a day back; "I think the witness is lying" in a note) are left alone.
"""

from __future__ import annotations

import re

from intents import lazy, prefilter

# rule "leave to ask": the words before a request that only ask whether one may ask, or say
# sorry for asking: "hi, sorry,", "not sure if this is the right place but", "sorry to bother
# you,", "would it be possible to", "I was wondering if you could", "is it ok if I ask you to".
_LEAVE = (
    r"(?:so\s+)?(?:sorry|apologies)\s+if\s+[^,.;:?!\n]{1,60}?(?=[\s,]+but\b)"
    r"|(?:sorry|apologies)\s+in\s+advance"
    r"|(?:so\s+)?sorry(?:\s+to\s+(?:bother|trouble|pester|bug)\s+(?:you|u))?(?:\s+again)?"
    r"|apologies(?:\s+for\s+the\s+(?:bother|trouble))?"
    r"|(?:i\s+)?hope\s+(?:you(?:'re|\s+are)|ur|this\s+is|it'?s|it\s+is)\s+(?:well|ok|okay|fine|alright)"
    r"(?:\s+to\s+ask(?:\s+(?:here|you))?)?"
    r"|(?:i'?m\s+|i\s+am\s+)?not\s+(?:sure|certain)\s+(?:if|whether)\s+(?:this\s+is|i'?m\s+in|i\s+am\s+in"
    r"|i'?m\s+asking\s+in|i\s+should\s+ask\s+(?:here|you))(?:\s+the\s+right\s+(?:place|channel|spot)"
    r"(?:\s+(?:to\s+ask|for\s+this))?)?"
    r"|(?:i'?m\s+|i\s+am\s+)?not\s+(?:sure|certain)\s+(?:if|whether)\s+[^,.;:?!\n]{1,60}?(?=\s+but\b)"
    r"|(?:this\s+)?(?:might|may)\s+be\s+a\s+(?:silly|dumb|stupid|basic)\s+question"
    r"|quick\s+question"
    r"|(?:i'?m|i\s+am)\s+(?:(?:still|pretty|quite|very)\s+)?new(?:\s+here)?(?:\s+so)?"
    # "for the file, could you set ...": for the record, before the asking
    r"|for\s+(?:the|our)\s+(?:file|files|record|records)(?=\s*,)"
    # why it is asked, before the asking: "while hannah is on leave, could you ..."
    r"|(?:while|since|because|as|now\s+that|given\s+that)\s+[^,.;:?!\n]{3,60}?"
    r"(?=,\s*(?:(?:so\s+)?(?:can|could|would|will)\s+(?:you|u|we)|please|pls|kindly)\b)"
)
_ASK = (
    r"(?:would|will)\s+it\s+be\s+(?:possible|ok(?:ay)?|alright)\s+(?:for\s+(?:you|u)\s+)?to"
    r"|is\s+it\s+(?:possible|ok(?:ay)?|alright)\s+(?:for\s+(?:you|u)\s+)?to"
    r"|i\s+was\s+(?:wondering|hoping)\s+(?:if|whether)\s+(?:you|u)\s+(?:could|can|would)"
    r"|(?:do|would)\s+(?:you|u)\s+think\s+(?:you|u)\s+(?:could|can)"
    r"|(?:would|could)\s+(?:you|u)\s+be\s+able\s+to"
    r"|(?:i\s+)?just\s+wanted\s+to\s+(?:ask|check)\s+(?:if|whether)\s+(?:you|u)\s+(?:could|can|would)"
    r"|is\s+there\s+(?:any\s+)?way\s+(?:you|u)\s+(?:could|can)"
    r"|(?:can|could|may)\s+i\s+ask\s+(?:you|u)\s+to"
    # "alice asked me to add ...": who asked for a record to be made is no part of it
    r"|[a-z]+\s+(?:asked|told|wants|wanted)\s+me\s+to(?=\s+(?:add|open|create|save|set\s+up)\b)"
    # "is it too late to move ...", "any chance you could delete ...", "any way we can push ..."
    r"|is\s+it\s+too\s+late\s+to"
    r"|(?:is\s+there\s+)?any\s+(?:chance|way)\s+(?:you|u|we)\s+(?:can|could|would|might)"
)
_GREETING = r"(?:hi|hello|hey|good\s+(?:morning|afternoon|evening))(?:\s+there|\s+all|\s+team)?"
# a greeting goes only with what follows it: "hey alice can u ..." is the chatter rule's
_OPENING = lazy.regex(
    rf"^\s*(?:(?:{_GREETING})[\s,;:.!–—-]*)?"
    rf"(?P<leave>(?:(?:{_LEAVE})(?:[\s,]+but\b)?[\s,;:.!–—-]*)*)(?P<ask>(?:{_ASK})\b\s*)?",
    re.I,
)
# rule "an apology after the request": "? sorry if I've missed anything", "It's Smith v Jones,
# sorry, should have said", "thank you so much!", "hope that makes sense": nothing of the record.
_AFTER = lazy.regex(
    r"[\s,;.!?–—-]*(?:(?:(?:so\s+)?sorry|apologies)(?:\s+if\s+(?:i(?:'ve|\s+have)?|this\s+is|that'?s)\s+"
    r"(?:missed|forgot(?:ten)?|left\s+out|not\s+(?:clear|enough)|confusing|unclear)(?:\s+(?:anything"
    r"|something|any\s+details?))?"
    r"|[\s,]+(?:i\s+)?(?:(?:should\s+have|should'?ve|shd\s+have)\s+(?:said|mentioned)"
    r"|forgot\s+to\s+(?:say|mention|add))(?:\s+(?:that|it|this))?"
    r"(?:\s+(?:earlier|first|before|above|sooner))?"
    r"|\s+for\s+(?:the\s+)?(?:long|late|delay|confusion|trouble|bother|wall\s+of\s+text|essay)"
    r"(?:\s+(?:message|msg|note|request))?"
    r"|\s+if\s+(?:this|that|it)(?:'?s|\s+is|\s+was)\s+[^.!?\n]{1,40}?"
    r"|(?=[\s.!]*$))"
    r"|thanks?(?:\s+you)?(?:\s+(?:so|very)\s+much|\s+in\s+advance|\s+a\s+lot)?"
    r"|if\s+(?:possible|you\s+can|you\s+could|you\s+don'?t\s+mind)|no\s+rush"
    r"|when\s+(?:you\s+)?(?:get|have)\s+a\s+(?:chance|sec(?:ond)?|minute|moment)"
    r"|(?:if|does|hope)\s+(?:that|this)\s+makes?\s+sense"
    r"|many\s+thanks|hope\s+(?:that|this)\s+(?:makes\s+sense|helps|is\s+ok(?:ay)?)"
    r"|let\s+me\s+know\s+if\s+(?:you\s+need|there'?s|i\s+missed)\s+anything(?:\s+else)?)"
    r"[\s.!?]*$",
    re.I,
)
# rule "I think, and the value said": "I think until noon", "I think it was about 2 hours", "the
# L120 code I think": a hedge right before or after a value means the value.
_VALUE = (
    r"(?:(?:it|that|this)\s+(?:was|is)\s+|it'?s\s+|that'?s\s+)?(?:(?:on|at|until|till|til|to|from"
    r"|around|about|for|by|maybe|like)\s+)*"
    r"(?:\$|\d|noon|midnight|half\b|an?\s+(?:hour|half|quarter)|(?:one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|ninety)\b|yesterday|today"
    r"|tomorrow|tmrw|last\s+(?:week|night|mon|tue|wed|thu|fri|sat|sun)|this\s+(?:morning|afternoon)"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?\s+\d)"
)
_UNSURE = (
    r"i\s+think|i\s+believe|i\s+guess|i'?m\s+(?:pretty|fairly|quite)\s+sure|i\s+am\s+(?:pretty|fairly"
    r"|quite)\s+sure|if\s+i\s+remember\s+(?:right|rightly|correctly)|iirc|probably"
    r"|call\s+it|let['’]?s\s+(?:say|call\s+it)|we['’]?ll\s+(?:say|call\s+it)"  # "call it 3 hrs"
)
_HEDGE_BEFORE = lazy.regex(
    rf"(?<![\w'’])(?:{_UNSURE})\b[\s,]*(?:(?:it|that)\s+(?:was|is|should\s+be|will\s+be|would\s+be)\s+"
    rf"|it'?s\s+|that'?s\s+|it'?ll\s+be\s+)?(?={_VALUE})",
    re.I,
)
# "and I think Marcus will be the responsible attorney", "I believe she's the claims adjuster at
# X": a hedge before who runs a matter or who a new contact is
_HEDGE_WHO = lazy.regex(
    rf"(?<![\w'’])(?:{_UNSURE})[\s,]+(?=(?:[a-z][\w'’-]*\s+){{1,2}}(?:will|would|should|is\s+going\s+to)\s+be"
    r"\s+(?:the\s+)?(?:responsible|lead|in\s+charge|handling)"
    r"|(?:he|she|they)(?:['’]s|['’]re|\s+is|\s+are)\s+(?:the|a|an|their|our)\s)",
    re.I,
)
# "she's I think the paralegal at X": a hedge set in between who someone is
_HEDGE_BETWEEN = lazy.regex(
    r"\b(?P<who>(?:he|she|they|it)(?:['’]s|['’]re|\s+is|\s+are|\s+was))"
    rf"\s+(?:{_UNSURE})\b,?(?=\s+(?:the|a|an|their|our)\s)",
    re.I,
)
# "I think it was mostly drafting the discovery responses": the work said as a hedged sentence
_HEDGE_WORK = lazy.regex(
    rf"(?:(?<=^)|(?<=[.!?;,]\s))(?:{_UNSURE})\s+(?:it|that)\s+was\s+"
    r"(?=(?:(?:mostly|mainly|largely|just|all)\s+)?[a-z]+ing\b)",
    re.I,
)
# "maybe put it under Smith v Jones", "perhaps file it under the Garcia case": a suggestion is
# still the request
_HEDGE_ASK = lazy.regex(
    r"(?<![\w'’])(?:maybe|perhaps|probably(?:\s+best\s+to)?|i\s+guess)\s+"
    r"(?=(?:put|file|log|add|stick|bill|charge|use|make|mark|set|record)\b)",
    re.I,
)
# "would you mind logging 30 minutes ...": the request's verb said after "mind"
# "would you mind putting ...": the verb asked for, said plainly ("put ..." opening the message,
# "could you put ..." after a story, where the request after the story is read)
_MIND = lazy.regex(
    r"(?P<lead>^|[.!?;,–—-]\s*)(?:would|do|could)\s+(?:you|u)\s+mind\s+(?P<verb>logging|adding"
    r"|putting|creating|opening|setting|making|scheduling|recording|entering|booking|noting"
    r"|starting|leaving|saving|moving|changing|deleting|removing|updating|marking|pushing|bumping"
    r"|renaming|reassigning|cancell?ing|switching|fixing|dropping|closing|correcting)\b",
    re.I,
)
_BARE = {"logging": "log", "adding": "add", "putting": "put", "creating": "create",
         "opening": "open", "setting": "set", "making": "make", "scheduling": "schedule",
         "recording": "record", "entering": "enter", "booking": "book", "noting": "note",
         "starting": "start", "leaving": "leave", "saving": "save", "moving": "move",
         "changing": "change", "deleting": "delete", "removing": "remove", "updating": "update",
         "marking": "mark", "pushing": "push", "bumping": "bump", "renaming": "rename",
         "reassigning": "reassign", "cancelling": "cancel", "canceling": "cancel",
         "switching": "switch", "fixing": "fix", "dropping": "drop", "closing": "close",
         "correcting": "correct"}  # fmt: skip
_HEDGE_AFTER = lazy.regex(rf"[\s,]+(?:{_UNSURE})(?=\s*(?:[,;.!?)]|$))", re.I)
# "sorry, yes definitely wednesday": the word that only insists on the value said again
_INSISTS = lazy.regex(
    r"(?<=sorry)[\s,]+(?:(?:yes|yeah|yep|no)[\s,]+)?(?:definitely|def|for\s+sure|actually)\b[\s,]*",
    re.I,
)

# rule "where a length was read": "48 minutes by my timer", "2.3 hrs per the stopwatch": what
# measured the time is no part of the request (nor the timer a command)
_MEASURED_BY = lazy.regex(
    r"(?<=[mshrn])\s+(?:by|per|on|according\s+to|from)\s+(?:my|the)\s+"
    r"(?:timer|stopwatch|clock|watch)\b",
    re.I,
)


def _plainly(found: re.Match[str]) -> str:
    verb = _BARE[found["verb"].lower()]
    return f"{found['lead']}could you {verb}" if found["lead"].strip() else verb


# rule "an aside that tells how it came": "lunch w/ emily chen tmrw 12:30 (she emailed to
# confirm)": someone's message or call told in brackets says how the request came about, nothing
# of its record (it makes no email log). Counter-examples: "(smith, 11/24)" (where and when), "(she
# called me)" (who called whom, a call log's own).
_TOLD_ASIDE = lazy.regex(
    r"\s*\((?:she|he|they|client|[a-z]+)\s+(?:just\s+)?(?:emailed|e-mailed|called|phoned|texted"
    r"|confirmed|said|asked|wrote|mentioned|messaged)\b(?!\s+(?:me|us|you|him|her|them)\b)[^()]{0,60}\)",
    re.I,
)


# rule "a sound while thinking": "uh", "um", "erm" after the opening (which the chatter rule
# reads), with the comma before them, are no words of the request ("priya's garcia entry, uh,
# we're not gonna bill it" -> "priya's garcia entry, we're not gonna bill it").
_FILLER = lazy.regex(r"(?<=\S)(?:\s*,)?\s+(?:uh+|um+|uhm+|erm+)\b(?P<comma>\s*,)?(?=\s|$)", re.I)


def plain(text: str) -> str:
    """`text` without the hedges around its request (the same text when there are none)."""
    if not isinstance(text, str) or "\n" in text:
        return text
    said = text
    opening = _OPENING.match(said)
    if opening and (opening["leave"] or opening["ask"]) and said[opening.end() :].strip(" .!?"):
        said = said[opening.end() :]
    while (after := prefilter.search(_AFTER, said)) is not None and after.start() > 0:
        said = said[: after.start()]
    said = _MIND.sub(_plainly, said) if prefilter.search(_MIND, said) else said
    for pattern, by in (
        (_HEDGE_BEFORE, ""),
        (_HEDGE_AFTER, ""),
        (_INSISTS, ", "),
        (_HEDGE_ASK, ""),
        (_HEDGE_WHO, ""),
        (_HEDGE_BETWEEN, r"\g<who>"),
        (_HEDGE_WORK, ""),
        (_MEASURED_BY, ""),
        (_TOLD_ASIDE, ""),
        (_FILLER, r"\g<comma>"),
    ):
        if prefilter.search(pattern, said) is not None:
            said = pattern.sub(by, said)
    return said if said.strip() else text
