"""Links to records in Clio's web app (under `/nc/#/`), for the collections that have a page."""

from __future__ import annotations

# API collection -> its page in the web app
WEB_PAGES: dict[str, str] = {
    "activities": "activities",
    "tasks": "tasks",
    "calendar_entries": "calendars",
    "matters": "matters",
    "contacts": "contacts",
    "communications": "communications",
    "folders": "documents",
    "documents": "documents",
    "bills": "bills",
}


def web_link(app_host: str, path: str, record_id: int | str | None = None) -> str | None:
    """A link to the record in Clio's web app (or, without an id, to the collection's list),
    where Clio has a page for it."""
    page = WEB_PAGES.get(path)
    if page is None:
        return None
    link = f"{app_host.rstrip('/')}/nc/#/{page}"
    return link if record_id is None else f"{link}/{record_id}"
