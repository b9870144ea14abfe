"""One correction as a value: the record an analyst makes about one fact, and every rule it must meet.

Its own module so the rules of a valid correction (which fields, which values, the shape of a fact id) are
in one place, apart from how corrections are stored (`correction_jsonl`) or applied (`corrections`). A
`Correction` that exists is valid: the checks run when it is made, so a bad one is never saved.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Iterator

import regex

from tradeviz.errors import TradevizError
from tradeviz.frame import KINDS, METRICS, QUALIFIERS

ACTIONS = ("reject", "correct")
MAX_REASON = 300
"""Characters: a reason is a sentence or two, not an essay."""
MAX_AUTHOR = 100
TIMEOUT = 1.0
"""Seconds for any pattern here; inputs are ids and codes of a few dozen characters."""

HASH_CHARS = 16
"""Hex digits of the body-text hash in a fact id: 64 bits, no collision in any corpus we will see."""

FACT_ID = regex.compile(
    r"""
    ^(?P<text>[0-9a-f]{16})            # the article's body-text hash (sha256), first 16 hex digits
    :(?P<start>\d+)-(?P<end>\d+)       # the sentence's span in that text
    :(?P<metric>[a-z]+)                # the metric as extracted
    :(?P<kind>[a-z]+)                  # the kind as extracted
    :(?P<amount>\d+(?:\.\d+)?|nan)     # the amount as extracted, plain digits
    (?:\#(?P<nth>[2-9]|[1-9]\d+))?$    # the n-th fact with all of the above (from 2; the first has none)
    """,
    regex.VERBOSE,
)
CURRENCY = regex.compile(r"^[A-Z]{3}$")  # ISO 4217
PARTIES = regex.compile(r"^(?P<first>[A-Z]{2})-(?P<second>[A-Z]{2})$")  # two ISO 3166 codes

CHANGED_FIELDS = (
    "metric",
    "kind",
    "period_start",
    "period_end",
    "target_year",
    "value",
    "amount",
    "currency",
    "qualifier",
    "parties",
)
"""What a correction may change, in the facts frame's column order."""


class CorrectionsError(TradevizError):
    """A correction, or the corrections file, is not valid; the message says what and where."""


def now_iso() -> str:
    """The current time as an ISO timestamp in UTC, to the second: when a correction was made."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclasses.dataclass(frozen=True)
class Correction:
    """One analyst's decision about one fact: reject it, or set some of its fields right, and why.

    `reject` carries no changed fields; `correct` carries at least one. Give `amount` (in currency units)
    or `value` (in the fact's reported unit), not both: the other follows from the fact's unit.
    `article` is where the fact was seen, for people reading the file and for orphan messages; it is not
    part of the key. Invalid values raise `CorrectionsError` here, so a bad correction is never saved.
    """

    fact_id: str
    action: str
    reason: str
    metric: str | None = None
    kind: str | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    target_year: int | None = None
    value: float | None = None
    amount: float | None = None
    currency: str | None = None
    qualifier: str | None = None
    parties: str | None = None
    article: str | None = None
    author: str | None = None
    at: str = dataclasses.field(default_factory=now_iso)

    def __post_init__(self) -> None:
        _validate(self)
        if self.parties is not None:  # the frame's form: two codes, sorted
            object.__setattr__(self, "parties", "-".join(sorted(self.parties.split("-"))))

    @property
    def changes(self) -> dict[str, object]:
        """The fields this correction sets, by name."""
        return {name: getattr(self, name) for name in CHANGED_FIELDS if getattr(self, name) is not None}


def _validate(correction: Correction) -> None:
    """Every rule a correction must meet on its own (its fact is checked by `check_correction`)."""
    problems = list(_problems(correction))
    if problems:
        raise CorrectionsError(f"correction of {correction.fact_id!r}: " + "; ".join(problems))


def _problems(c: Correction) -> Iterator[str]:
    if not isinstance(c.fact_id, str) or not FACT_ID.match(c.fact_id, timeout=TIMEOUT):
        yield "the fact id should look like 3f2a9c0d1e2b4a5f:2223-2404:turnover:actual:148900000"
    if c.action not in ACTIONS:
        yield f"action must be reject or correct; got {c.action!r}"
    elif c.action == "reject" and c.changes:
        yield f"a rejection changes no field; got {', '.join(c.changes)}"
    elif c.action == "correct" and not c.changes:
        yield f"a correction changes at least one of {', '.join(CHANGED_FIELDS)}"
    yield from _text_problems("reason", c.reason, MAX_REASON, required=True)
    yield from _text_problems("author", c.author, MAX_AUTHOR, required=False)
    yield from _text_problems("article", c.article, 1000, required=False)
    yield from _choice_problems(c)
    yield from _number_problems(c)
    yield from _date_problems(c)
    if not isinstance(c.at, str) or not _is_iso_timestamp(c.at):
        yield f"at must be an ISO timestamp such as 2025-03-01T10:00:00+00:00; got {c.at!r}"


def _text_problems(name: str, text: object, limit: int, *, required: bool) -> Iterator[str]:
    if text is None:
        if required:
            yield f"a {name} is required"
        return
    if not isinstance(text, str):
        yield f"{name} must be text; got {type(text).__name__}"
    elif required and not text.strip():
        yield f"a {name} is required"
    elif len(text) > limit:
        yield f"{name} is {len(text)} characters; keep it under {limit}"
    else:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            yield f"{name} is not valid Unicode text"


def _choice_problems(c: Correction) -> Iterator[str]:
    for name, allowed in (("metric", METRICS), ("kind", KINDS), ("qualifier", QUALIFIERS)):
        value = getattr(c, name)
        if value is not None and value not in allowed:
            yield f"{name} must be one of {', '.join(allowed)}; got {value!r}"
    if c.currency is not None and not (
        isinstance(c.currency, str) and CURRENCY.match(c.currency, timeout=TIMEOUT)
    ):
        yield f"currency must be an ISO 4217 code such as USD; got {c.currency!r}"
    if c.parties is not None:
        pair = PARTIES.match(c.parties, timeout=TIMEOUT) if isinstance(c.parties, str) else None
        if not pair or pair["first"] == pair["second"]:
            yield f"parties must be two country codes such as CN-KZ; got {c.parties!r}"


def _number_problems(c: Correction) -> Iterator[str]:
    if c.value is not None and c.amount is not None:
        yield "give amount or value, not both: the other follows from the fact's unit"
    for name in ("value", "amount"):
        number = getattr(c, name)
        if number is None:
            continue
        if isinstance(number, bool) or not isinstance(number, (int, float)):
            yield f"{name} must be a number; got {number!r}"
        elif not math.isfinite(number) or number <= 0:
            yield f"{name} must be a positive number; got {number!r}"
    year = c.target_year
    if year is not None and (isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2200):
        yield f"target_year must be a year between 1900 and 2200; got {year!r}"


def _date_problems(c: Correction) -> Iterator[str]:
    for name in ("period_start", "period_end"):
        value = getattr(c, name)
        if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
            yield f"{name} must be a date; got {value!r}"
    start, end = c.period_start, c.period_end
    if isinstance(start, dt.date) and isinstance(end, dt.date) and start > end:
        yield f"the period starts ({start}) after it ends ({end})"


def _is_iso_timestamp(text: str) -> bool:
    try:
        dt.datetime.fromisoformat(text)
    except ValueError:
        return False
    return True
