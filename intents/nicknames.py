"""Common short forms of English given names ("bob" for Robert, "kate" for Katherine).

A person is found by a short form only together with their surname ("bob jones"): many short
forms are words of their own ("bill", "will", "pat", "sue") and alone would name people in
ordinary sentences.
"""

from __future__ import annotations

_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "robert": ("bob", "bobby", "rob", "robbie", "bert"),
    "william": ("bill", "billy", "will", "willy", "liam"),
    "james": ("jim", "jimmy", "jamie"),
    "john": ("jack", "johnny", "jon"),
    "jonathan": ("jon", "jonny"),
    "michael": ("mike", "mikey", "mick"),
    "david": ("dave", "davey"),
    "richard": ("rick", "ricky", "rich", "dick"),
    "thomas": ("tom", "tommy"),
    "christopher": ("chris",),
    "christine": ("chris", "chrissy"),
    "matthew": ("matt",),
    "daniel": ("dan", "danny"),
    "joseph": ("joe", "joey"),
    "anthony": ("tony",),
    "edward": ("ed", "eddie", "ted"),
    "theodore": ("ted", "teddy", "theo"),
    "charles": ("charlie", "chuck"),
    "francis": ("frank",),
    "frederick": ("fred", "freddie"),
    "nicholas": ("nick", "nicky"),
    "benjamin": ("ben", "benny"),
    "timothy": ("tim", "timmy"),
    "steven": ("steve",),
    "stephen": ("steve",),
    "andrew": ("andy", "drew"),
    "gregory": ("greg",),
    "kenneth": ("ken", "kenny"),
    "ronald": ("ron", "ronnie"),
    "donald": ("don", "donny"),
    "lawrence": ("larry",),
    "gerald": ("gerry", "jerry"),
    "samuel": ("sam", "sammy"),
    "alexander": ("alex", "xander"),
    "oliver": ("ollie",),
    "patrick": ("pat", "paddy"),
    "elizabeth": ("liz", "lizzie", "beth", "betsy", "eliza"),
    "katherine": ("kate", "katie", "kathy", "kat"),
    "catherine": ("cathy", "kate", "katie", "cat"),
    "kathryn": ("kate", "katie", "kathy"),
    "margaret": ("maggie", "meg", "peggy"),
    "jennifer": ("jen", "jenny"),
    "patricia": ("pat", "patty", "trish"),
    "rebecca": ("becky", "becca"),
    "susan": ("sue", "susie"),
    "deborah": ("deb", "debbie"),
    "samantha": ("sam", "sammy"),
    "alexandra": ("alex", "lexi"),
    "victoria": ("vicky", "tori"),
    "jessica": ("jess", "jessie"),
    "abigail": ("abby",),
    "emily": ("em", "emmy"),
    "olivia": ("liv", "livvy"),
    "kimberly": ("kim",),
    "pamela": ("pam",),
    "cynthia": ("cindy",),
    "barbara": ("barb",),
    "dorothy": ("dot", "dottie"),
    "teresa": ("terri", "tess"),
    "christina": ("tina", "chris"),
}


def short_forms(first_name: str) -> tuple[str, ...]:
    """The common short forms of `first_name` (lower case), none when it has none."""
    return _SHORT_FORMS.get(first_name.strip().lower(), ())
