"""The console demo: the same conversation as Slack, in a terminal, on the sandbox."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import re
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from bot.assistant import Assistant
from bot.assistant.forms import Form
from bot.assistant.registry import RESOURCES
from bot.clio import ClioClient, ClioError
from bot.clio.models import Me, fields_for
from bot.clio.web import WEB_PAGES
from bot.mrkdwn import unescape
from bot.replies import Ask, Button, Picker, Reply, Requester
from bot.runtime import Runtime

log = logging.getLogger(__name__)
LINK = re.compile(r"<([^|>]+)\|([^>]+)>")
EMOJI = {
    ":white_check_mark:": "✔",
    ":warning:": "!",
    ":x:": "✖",
    ":leftwards_arrow_with_hook:": "↩",
    ":large_green_circle:": "●",
}
ME_KEPT = dt.timedelta(hours=1)
TRIES = [
    "log 1.5h on Smith v Jones yesterday drafting motion",
    "my tasks due this week",
    "schedule call with Patel tomorrow 3pm",
]


def _web_paths() -> dict[str, str]:
    """Clio web-app segment -> API collection, where the segment names one collection."""
    segments = list(WEB_PAGES.values())
    return {web: path for path, web in WEB_PAGES.items() if segments.count(web) == 1}


WEB_PATHS = _web_paths()
SANDBOX_LINK = re.compile(r"/nc/#/([a-z_]+)/(\w+)$")


def _link(url: str, label: str, sandbox_host: str | None) -> str:
    """A link as terminal text; a sandbox record's link becomes the `:clio` command showing it."""
    found = SANDBOX_LINK.search(url) if sandbox_host and url.startswith(sandbox_host) else None
    if found and found.group(1) in WEB_PATHS:
        return f"{label}: type “:clio {WEB_PATHS[found.group(1)]}/{found.group(2)}.json”"
    return f"{label} ({url})"


def plain(text: str, sandbox_host: str | None = None) -> str:
    """Slack mrkdwn as terminal text: the bot's links and emoji in words, text from people and
    Clio as typed."""
    text = LINK.sub(lambda m: _link(m.group(1), m.group(2), sandbox_host), text)
    for code, symbol in EMOJI.items():
        text = text.replace(code, symbol)
    return unescape(text.replace("*", "").replace("`", ""))


@dataclass
class Screen:
    """What the replies offer: the last card's numbered buttons, its search and its question,
    and the buttons of earlier cards, which stay usable by name (“undo”) until they expire or
    their card is replaced."""

    buttons: list[Button] = field(default_factory=list)
    picker: Picker | None = None
    ask: Ask | None = None
    earlier: list[list[Button]] = field(default_factory=list)

    def named(self, word: str) -> Button | None:
        """The newest button, on the last card or an earlier one, labelled `word`."""
        for group in [self.buttons, *reversed(self.earlier)]:
            for button in group:
                if button.label.lower() == word.lower():
                    return button
        return None

    def drop(self, pressed: Button | None) -> None:
        """The card of `pressed` (None: the last card) was replaced by its answer."""
        if pressed is None or pressed in self.buttons:
            self.buttons, self.picker, self.ask = [], None, None
        else:
            self.earlier = [group for group in self.earlier if pressed not in group]

    def show(self, reply: Reply) -> None:
        """A reply that offers anything becomes the last card; the one before keeps its buttons."""
        if not any(card.ask or card.picker or card.buttons for card in reply.cards):
            return
        if self.buttons:
            self.earlier = [*self.earlier, self.buttons][-KEPT_CARDS:]
        self.buttons, self.picker, self.ask = [], None, None


KEPT_CARDS = 20  # earlier cards whose buttons stay usable by name


def render(reply: Reply, screen: Screen, sandbox_host: str | None = None) -> str:
    """The reply as terminal text; what it offers goes on the `screen`."""
    screen.show(reply)
    out: list[str] = []
    for card in reply.cards:
        if card.title:
            out.append(f"== {card.title} ==")
        out.extend(plain(line, sandbox_host) for line in card.lines)
        if card.ask:
            screen.ask = card.ask
            out.append(f"  (type your answer: {card.ask.label})")
        if card.picker:
            screen.picker = card.picker
            out.append(f"  (type “search <words>” to {card.picker.placeholder.lower()})")
        for button in card.buttons:
            if button.url:
                out.append(f"  {button.label}: {button.url}")
                continue
            screen.buttons.append(button)
            out.append(f"  [{len(screen.buttons)}] {button.label}")
        if card.note:
            out.append(f"  {plain(card.note)}")
    return "\n".join(out)


# Asks the person at the terminal a question (the prompt) and answers with their line.
Reader = Callable[[str], Awaitable[str]]


class Console:
    def __init__(self, runtime: Runtime, who: Requester, write: Callable[[str], None]):
        self.runtime = runtime
        self.who = who
        self.write = write
        self.screen = Screen()
        self.assistant: Assistant = runtime.assistant(self._email_for, channels=False)

    async def _email_for(self, user_id: str) -> str | None:
        return self.who.email if user_id == self.who.user_id else None

    def answered(self, reply: Reply, pressed: Button | None = None) -> None:
        """Show the answer to a button (None: to the last card's question), which replaces
        that card when it says so."""
        if reply.replace:
            self.screen.drop(pressed)
        self.show(reply)

    def show(self, reply: Reply) -> None:
        sandbox_host = self.runtime.app_host if self.runtime.sandbox is not None else None
        self.write(render(reply, self.screen, sandbox_host))
        if reply.attachment is not None:
            self.write(f"-- {reply.attachment.title} --\n{reply.attachment.content}")

    async def turn(self, line: str, read: Reader) -> None:
        """One typed line; whatever fails, the person gets words, never a traceback."""
        try:
            await self.handle(line, read)
        except Exception as error:  # the last line of defence of an interactive session
            log.error("console line failed: %s", type(error).__name__)
            self.write(
                "Sorry, something went wrong with that, so it was not finished. "
                "Check Clio (“:clio …”) before trying it again."
            )

    async def handle(self, line: str, read: Reader) -> None:
        line = line.strip()
        if not line:
            return
        if line.startswith(":clio "):
            await self._raw(line.removeprefix(":clio ").strip())
            return
        button = None
        if line.isdigit() and 1 <= int(line) <= len(self.screen.buttons):
            button = self.screen.buttons[int(line) - 1]
        elif not line.isdigit():
            button = self.screen.named(line)
        if button is not None:
            if button.action == "edit":
                await self._edit(button, read)
                return
            reply = await self.assistant.handle_action(self.who, button.action, button.value)
            self.answered(reply, button)
            return
        if self.screen.picker and line.lower().startswith("search "):
            await self._search(line[7:], read)
            return
        if self.screen.ask:
            ask = self.screen.ask
            self.answered(
                await self.assistant.handle_action(self.who, ask.action, ask.value, answer=line)
            )
            return
        self.show(await self.assistant.handle_text(self.who, line))

    async def _search(self, words: str, read: Reader) -> None:
        picker = self.screen.picker
        assert picker is not None
        found = await self.assistant.resolver.search(picker.kind, words)
        if not found:
            self.write("Nothing found; try other words.")
            return
        for index, candidate in enumerate(found[:9], 1):
            self.write(f"  ({index}) {candidate.label}")
        choice = (await read("pick a number: ")).strip()
        if choice.isdigit() and 1 <= int(choice) <= min(len(found), 9):
            chosen = found[int(choice) - 1]
            reply = await self.assistant.handle_action(
                self.who, picker.action, picker.value, answer=f"{chosen.id}|{chosen.label}"
            )
            self.answered(reply)

    async def _edit(self, button: Button, read: Reader) -> None:
        key = button.value
        form = await self.assistant.edit_form(self.who, key)
        if not isinstance(form, Form):
            self.show(form)
            return
        values = await self._fill(form, read)
        while True:
            reply, errors = await self.assistant.submit_edit(self.who, key, values)
            if not errors:
                if reply is not None:
                    self.answered(reply, button)
                return
            for name, error in errors.items():
                self.write(f"  {name}: {error}")
            values = await self._fill(form, read, only=set(errors), values=values)

    async def _fill(
        self,
        form: Form,
        read: Reader,
        only: set[str] | None = None,
        values: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        values = dict(values or {})
        self.write(f"== {form.title} == (Enter keeps the value shown)")
        for f in form.fields:
            if only is not None and f.name not in only:
                continue
            current = values.get(f.name, f.value)
            answer = (await read(f"  {f.label} [{'' if current is None else current}]: ")).strip()
            if not answer:
                values[f.name] = current
            elif f.kind == "checkbox":
                values[f.name] = answer.lower() in ("y", "yes", "true", "1", "x")
            else:
                values[f.name] = answer
        return values

    async def _raw(self, path: str) -> None:
        """`:clio activities/12.json`: a record as Clio stores it (the demo's "see it in Clio")."""
        collection = RESOURCES.get(path.strip("/").split("/")[0].removesuffix(".json"))
        params = None
        if collection is not None and "fields=" not in path:
            params = {"fields": fields_for(collection.record)}
        try:
            body = await self.assistant.clio.request("GET", path, params=params)
        except (ClioError, ValueError) as error:
            self.write(f"Clio: {getattr(error, 'message', error)}")
            return
        self.write(json.dumps(body, indent=2, default=str))


async def stdin_lines(prompt: str = "you> ") -> AsyncIterator[str]:
    while True:
        try:
            line = await asyncio.to_thread(input, prompt)
        except EOFError:
            return
        yield line


async def _me(runtime: Runtime, clio: ClioClient) -> Me:
    """Whom the token belongs to, kept `ME_KEPT` in the store: a console started again does not
    spend one of the token's requests (Clio allows 50 a minute) to ask again."""
    key, now = f"users:who_am_i:{clio.auth.key}", runtime.clock()
    if (saved := await runtime.store.cache.get(key, now=now)) is not None:
        return Me.model_validate(saved)
    me = await clio.users.who_am_i()
    await runtime.store.cache.put(key, me.model_dump(mode="json"), now=now, ttl=ME_KEPT)
    return me


async def run_console(runtime: Runtime) -> None:
    sandbox = runtime.sandbox
    if runtime.clio is None:
        raise SystemExit(
            "The console acts as one Clio identity (CLIO_ACCESS_TOKEN, or the embedded sandbox);"
            " with CLIO_CLIENT_ID each person connects their own account, in Slack."
        )
    me = await _me(runtime, runtime.clio)
    who = Requester(
        team_id="TCONSOLE",
        user_id="UCONSOLE",
        channel_id="CCONSOLE",
        email=me.email,
        tz=me.time_zone or "America/New_York",
        is_admin=True,
        own_clio=True,  # the console is the token's owner
    )
    console = Console(runtime, who, print)
    firm = me.account.name if me.account else "the demo firm"
    where = "the embedded Clio sandbox" if sandbox is not None else "Clio"
    print(f"You are {me.name} <{me.email}> at {firm}, on {where}. Type “help”, or try:")
    for example in TRIES:
        print(f"  {example}")
    print(
        "Buttons are numbered: type the number, or an earlier card's button by its name (“undo”). "
        "“:clio activities.json” shows raw Clio data. Ctrl-D quits."
    )

    async def read(prompt: str) -> str:
        return await asyncio.to_thread(input, prompt)

    async for line in stdin_lines():
        if line.strip().lower() in ("quit", "exit"):
            break
        await console.turn(line, read)
    sys.stdout.flush()
