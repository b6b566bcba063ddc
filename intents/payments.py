"""Clio Payments links: "create payment link for $500 for bill 123", "send a pay link for
$1,250.00 to Jane Doe jane@doe.com", "send Jane Smith a payment link for $500", "payment link for
bill 1002 $250 expires in 7 days", "active payment links", "expire payment link 9"; and the
payments made: "payments from Jane Smith", "payments on bill 1002".

An expiry ("expires in 7 days", "valid for 2 weeks") is `duration` in seconds, as Clio takes it.
"""

from __future__ import annotations

import re

from intents import lazy, money, records, refs
from intents.commands import Command
from intents.lexicon import EXPIRE, EXPIRY, PAID_ASKED
from intents.names import ARTICLES, clean, phrase_at
from intents.reading import Reading

_BILL = lazy.regex(r"\b(?:for|on|to\s+pay)?\s*(?:bill|invoice)\s*#?\s*(?P<id>\d+)\b", re.I)
_EMAIL = lazy.regex(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_ACTIVE = lazy.regex(r"\b(?P<a>active|open|unpaid|live|expired|inactive|used|paid)\b", re.I)
_DESCRIPTION = lazy.regex(r"\b(?:for|re|description:?)\s+", re.I)
_UNIT_SECONDS = {"hour": 3600, "day": 86_400, "week": 604_800, "month": 2_592_000}
_PAYMENT_STATE = lazy.regex(
    r"\b(?P<s>pending|authori[sz]ed|completed|voided|failed|cancell?ed)\b", re.I
)
_BILL_DESCRIBED = lazy.regex(
    r"\b(?:for|on|to\s+pay)\s+(?:(?:what'?s|what\s+is)\s+(?:left|owed|due|outstanding)\s+on\s+|"
    r"the\s+(?:balance|rest)\s+(?:on|of)\s+)?(?:the\s+)?(?P<who>(?:[\w'’]+\s+){1,3}?)(?:bill|invoice)\b",
    re.I,
)
_WHOSE_WORD = lazy.regex(r"[^\W_]+")
# "johnson still owes the balance on 1007": the bill by its number, after what is owed on it
_BALANCE_ON = lazy.regex(
    r"\b(?:balance|rest|remainder|what'?s\s+left|whats\s+left)\s+(?:on|of)\s+#?(?P<id>\d{3,})\b",
    re.I,
)
# "a payment link for what's left", "for the balance": the amount owed, not a contact
_WHAT_IS_LEFT = lazy.regex(
    r"\b(?:for|on)\s+(?:(?:what'?s|whats|what\s+is)\s+(?:left|owed|due|outstanding|remaining)"
    r"|the\s+(?:balance|rest|remainder|remaining\s+balance))\b",
    re.I,
)
_WHOSE = lazy.regex(r"^(?:(?:the|a|an|for|on|of)\s+)+|\b(?:bill|invoice)\b", re.I)
_ON_BILL = lazy.regex(r"\b(?:for|on|of|against)?\s*(?:bill|invoice)\s*#?\s*(?P<id>\d+)\b", re.I)


def read(reading: Reading, command: Command) -> None:
    if reading.resource == "clio_payments/payments":
        _payments(reading)
        return
    scan, fields = reading.scan, reading.fields
    if reading.action == "search":
        if found := scan.first(_ACTIVE):
            scan.take_match(found)
            fields["active"] = found["a"].lower() in ("active", "open", "unpaid", "live")
        if bill := scan.first(_BILL):
            scan.take_match(bill)
            reading.refs["bill"] = bill["id"]
        refs.take_person(reading, "contact", "for|to|from")
        reading.free_text(take=False)
        return
    if reading.action != "create":
        if reading.action == "update" and (expire := scan.first(EXPIRE)):
            fields["expired"] = True
            scan.take_match(expire)
        if (bill := scan.first(_BILL)) and "payment_link" not in reading.refs:
            scan.take_match(bill)  # "the pay link on invoice 1002": the link named by its bill
            reading.refs["payment_link"] = f"bill {bill['id']}"
        if "payment_link" not in reading.refs and records.take(reading, command) is None:
            text = _WHOSE.sub("", reading.free_text()).strip()
            if text:  # "the acme payment link", "the retainer link": named by what it is for
                reading.refs["payment_link"] = text
            else:
                reading.hint = "Which payment link? e.g. 'payment link 9'."
                reading.confidence = 0.5
        reading.free_text(take=False)
        return
    bill = scan.first(_BILL)
    if bill:
        scan.take_match(bill)
        reading.refs["bill"] = bill["id"]
    elif balance := scan.first(_BALANCE_ON):
        scan.take_match(balance)
        reading.refs["bill"] = balance["id"]
    elif described := scan.first(_BILL_DESCRIBED):  # "for the patel invoice": the bill it pays
        scan.take_match(described)
        whose = " ".join(w for w in _WHOSE_WORD.findall(described["who"]) if w.lower() != "s")
        reading.refs["bill"] = whose or "bill"
    if expiry := scan.first(EXPIRY):
        scan.take_match(expiry)
        count = int(expiry["n"]) if expiry["n"].isdigit() else 1
        fields["duration"] = count * _UNIT_SECONDS[expiry["unit"].lower().rstrip("s")]
    amount = money.take(scan, reading.clock.date_order, bare=True)
    if amount is not None:
        fields["amount"] = amount
    for entity in scan.matches(re.compile("[\ue000-\ue0ff]")):
        pasted = reading.message.entity(entity.group())
        if pasted and pasted.kind == "email":
            scan.take_match(entity)
            fields["email_address"] = pasted.value
    if email := scan.first(_EMAIL):
        scan.take_match(email)
        fields.setdefault("email_address", email.group())
    if left := scan.first(_WHAT_IS_LEFT):
        scan.take_match(left)
    if not refs.take_mention(reading, "contact") and not refs.take_person(
        reading, "contact", "to|for|from"
    ):
        _recipient(reading, command)
    description = scan.first(_DESCRIPTION)
    if description:
        scan.take_match(description)
    text = reading.free_text()
    if text and not all(word.lower() in ARTICLES for word in text.split()):  # "send a $250 link"
        fields["description"] = text


def _recipient(reading: Reading, command: Command) -> None:
    """ "send Jane Smith a payment link": a name between the verb and the noun."""
    if not command.verb or command.noun_start <= command.verb_end:
        return
    found = phrase_at(reading, command.verb_end, lowercase=True, limit=4)
    if found is None or found.end > command.noun_start:
        return
    mask = reading.scan.mask  # what is left between: "send jane a $500 link" (the amount is read)
    between = "".join(
        c if not mask[i] else " "
        for i, c in enumerate(reading.text)
        if found.end <= i < command.noun_start
    ).split()
    if all(word.lower() in ARTICLES for word in between):
        reading.scan.take(found.start, command.noun_start)
        reading.refs["contact"] = found.value


def _payments(reading: Reading) -> None:
    """Payments made through Clio Payments, by contact, bill or state (search only)."""
    scan = reading.scan
    if bill := scan.first(_ON_BILL):
        scan.take_match(bill)
        reading.refs["bill"] = bill["id"]
    if state := scan.first(_PAYMENT_STATE):
        scan.take_match(state)
        word = state["s"].lower().replace("authorised", "authorized")
        reading.fields["state"] = "canceled" if word.startswith("cancel") else word
    if not refs.take_mention(reading, "contact"):
        refs.take_person(reading, "contact", "to|for|from|by|of")
    if (
        "contact" not in reading.refs
        and "bill" not in reading.refs
        and PAID_ASKED.search(reading.text)
    ):
        _payer(reading)
    reading.free_text(take=False)


# Words of a question about payments, around the payer's name ("what has john smith paid us").
_ASKING = frozenset(
    [
        "what",
        "whats",
        "what's",
        "how",
        "much",
        "many",
        "has",
        "have",
        "had",
        "did",
        "does",
        "do",
        "was",
        "were",
        "is",
        "are",
        "pay",
        "paid",
        "payment",
        "payments",
        "us",
        "we",
        "our",
        "me",
        "the",
        "so",
        "far",
        "in",
        "total",
        "all",
        "any",
        "anything",
        "ever",
        "yet",
        "back",
    ]
)
_PAYER_WORDS = 4


def _payer(reading: Reading) -> None:
    """ "what has john smith paid us": the name the question is about is the payer."""
    words = reading.free_text(take=False).replace("?", " ").split()
    named = [w.strip(".,!") for w in words if w.lower().strip(".,!") not in _ASKING]
    if not named or len(named) > _PAYER_WORDS or any(c.isdigit() for w in named for c in w):
        return
    first, last = named[0], named[-1]
    start = reading.text.find(first)
    end = reading.text.rfind(last) + len(last)
    if 0 <= start < end and reading.scan.is_free(start, end):
        reading.scan.take(start, end)
        reading.refs["contact"] = clean(reading.message.plain(reading.text[start:end]))
