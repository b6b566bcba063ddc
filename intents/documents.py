"""Documents and folders: "find documents for Smith v Jones", "get document 123",
"upload engagement.pdf to the Patel matter", "create folder Pleadings in Smith v Jones",
"rename folder 12 to Discovery", "delete document 77".

A new folder's parent matter goes to `refs.matter` (a parent folder to `refs.folder`); a folder
moved into another folder names it in `refs.parent`, moved to a matter in `refs.matter`.
"""

from __future__ import annotations

import re

from intents import lazy, matter_refs, names, records, refs, resources, search
from intents.commands import Command
from intents.reading import Reading
from intents.scan import Scan

_ARTICLE = lazy.regex(r"^(?:the|a|an|our|my)\s+", re.I)
_NAMED = lazy.regex(r"\b(?:named|called|titled)\b\s*", re.I)
_PARENT_FOLDER = lazy.regex(
    r"\b(?:in|into|to|under|inside)\s+(?:the\s+)?folder\s+#?(?P<id>\d+)\b", re.I
)
# "in the pleadings folder", "inside medical records on garcia", "in garcia's medical records": a
# parent folder by its name (a possessive names the matter)
_PARENT_NAMED = lazy.regex(
    r"\b(?:in|into|under|inside|within)\s+(?:the\s+)?(?:\w+(?:'s|’s)\s+)?"
    r"(?P<name>[a-z][\w'’&-]*(?:\s+[a-z][\w'’&-]*){0,3}?)"
    r"(?:\s+(?:sub)?folder\b|(?<=s)(?=\s+(?:on|for|in)\b|\s*$))",
    re.I,
)
_MATTER_DOCUMENTS = lazy.regex(r"\b(?:documents|docs|files|document\s+tab)\s*$", re.I)
_NAME_OF = lazy.regex(r"\b(?:the\s+)?(?:folder\s+|file\s+)?name\s+(?:of|on)\b(?:\s+the\b)?", re.I)
_RENAME = lazy.regex(r"\b(?:rename(?:d)?\s+)?(?:to|as)\s+|\bname\s*(?:to|:)?\s*", re.I)
_EXTENSION = lazy.regex(
    r"\.(?:pdf|docx?|xlsx?|pptx?|txt|rtf|jpe?g|png|gif|msg|eml|zip|csv)\b", re.I
)
_NAME_CHARS = lazy.regex(r"[\w.'’() -]*")


def read(reading: Reading, command: Command) -> None:
    action = reading.action
    if action == "create":
        _create(reading, command)
    elif action == "search":
        _search(reading, command)
    elif action == "update":
        _update(reading, command)
    else:
        _record(reading, command)


def _create(reading: Reading, command: Command) -> None:
    scan = reading.scan
    parent = scan.first(_PARENT_FOLDER)
    if parent:
        scan.take_match(parent)
        reading.refs["folder"] = parent["id"]
    elif named_parent := _parent_named(reading, sub=command.noun_text == "subfolder"):
        reading.refs["folder"] = named_parent
    filename = _file_name(scan)
    if filename:
        scan.take(*filename)
    matter_refs.take_matter(reading)
    if "matter" in reading.refs and (documents := _matter_documents(scan)):
        scan.take_match(documents)  # "in the smith v jones documents": where, not the name
    if named := scan.first(_NAMED):
        scan.take_match(named)
    if filename:
        name = scan.text[filename[0] : filename[1]].strip()
    else:
        name = _ARTICLE.sub("", reading.free_text())
    reading.free_text()
    if name:
        reading.fields["name"] = name
    else:
        reading.hint = "What name? e.g. 'create folder Pleadings in Smith v Jones'."
        reading.confidence = 0.5


def _matter_documents(scan: Scan) -> re.Match[str] | None:
    """ "documents" said right after the matter's name, which the matter has taken."""
    found = scan.first(_MATTER_DOCUMENTS)
    before = len(scan.text[: found.start()].rstrip()) if found else 0
    return found if found and before and not scan.is_free(before - 1, before) else None


def _parent_named(reading: Reading, *, sub: bool = False) -> str | None:
    """A parent folder named by its name; the words naming a matter are left for the matter.
    After "subfolder", "under pleadings" names the parent folder without the word folder."""
    for found in reading.scan.matches(_PARENT_NAMED):
        name = found["name"]
        if name.split()[0].lower() in ("a", "an", "my", "our", "this"):
            continue
        start = found.start("name") if found["name"] else found.start()
        prefix = reading.text[found.start() : start]
        whose = re.search(r"(\w+)(?:'s|’s)\s+$", prefix)
        inside = prefix.lower().startswith(("inside", "within"))
        if not found.group().lower().endswith("folder") and not (whose or inside or sub):
            continue  # "in Smith v Jones": a matter, not a folder
        if whose and "matter" not in reading.refs:  # "in garcia's medical records"
            reading.refs["matter"] = whose.group(1)
        reading.scan.take_match(found)
        return names.clean(name)
    return None


def _file_name(scan: Scan) -> tuple[int, int] | None:
    """A file name ("engagement letter.pdf"): the free run of name characters around the first
    extension, up to the last extension in that run.

    Found from the extension outwards, so a long message without one is read once.
    """
    extension = scan.first(_EXTENSION)
    if extension is None:
        return None
    text, mask = scan.text, scan.mask
    start = extension.start()
    while start and not mask[start - 1] and _NAME_CHARS.fullmatch(text, start - 1, start):
        start -= 1
    taken = mask.find(1, extension.end())
    run = _NAME_CHARS.match(text, extension.end(), len(text) if taken < 0 else taken)
    last = extension
    for later in _EXTENSION.finditer(text, extension.end(), run.end() if run else extension.end()):
        last = later
    return start, last.end()


def _search(reading: Reading, command: Command) -> None:
    window = search.window(reading, "past")
    if window and window.start:
        reading.fields["created_since"] = search.day_start(reading, window.start)
    matter_refs.take_matter(reading)
    if "matter" not in reading.refs:
        contact = reading.scan.first(re.compile(r"\b(?:for|of)\s+(?:contact|client)\s+", re.I))
        if contact:
            found = refs.person_at(reading, contact.end())
            if found:
                reading.scan.take(contact.start(), found.end)
                reading.refs["contact"] = found.value
    search.query(reading)


def _record(reading: Reading, command: Command) -> None:
    if records.take(reading, command) is None:
        text = reading.free_text()
        kind = resources.KIND_OF[reading.resource or "documents"]
        if text:
            reading.refs[kind] = names.clean(text)
        else:
            reading.hint = f"Which {kind}? e.g. '{kind} 123'."
            reading.confidence = 0.5
    reading.free_text(take=False)


def _update(reading: Reading, command: Command) -> None:
    scan = reading.scan
    kind = resources.KIND_OF[reading.resource or "documents"]
    if name_of := scan.first(_NAME_OF):  # "change the name of the pleadings folder to ..."
        scan.take_match(name_of)
    records.take(reading, command)
    parent = scan.first(_PARENT_FOLDER)
    if parent:
        scan.take_match(parent)
        reading.refs["folder" if kind == "document" else "parent"] = parent["id"]
    elif command.verb == "move":
        matter_refs.take_matter(reading)
    rename = scan.first(_RENAME)
    if rename or command.verb == "rename":
        if rename:
            scan.take_match(rename)
        text = reading.free_text()
        if text:
            reading.fields["name"] = text
    if kind not in reading.refs:
        reading.hint = f"Which {kind}? e.g. '{kind} 123'."
        reading.confidence = 0.5
    reading.free_text(take=False)
