"""What the rules find: a fact of the article's text, before the article's metadata is attached (once, at
`facts_of` in `extract`), and what one sentence gave the sentences after it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from tradeviz.extract.periods import Period


@dataclasses.dataclass(frozen=True, slots=True)
class Finding:
    """A dated trade figure or target, traceable to its sentence: `text[start:end] == quote`."""

    metric: str
    kind: str
    value: Decimal
    unit: str | None
    amount: Decimal
    amount_high: Decimal | None
    currency: str
    qualifier: str
    period_start: dt.date | None
    period_end: dt.date | None
    target_year: int | None
    parties: str
    region: str | None
    quote: str
    start: int
    end: int
    growth_pct: Decimal | None = None
    flow: str | None = None  # exporter>importer (investor>host); see `flows`


@dataclasses.dataclass(frozen=True, slots=True)
class SentenceFindings:
    """One sentence's facts, the spans of their amounts, the period it last stated for a figure, and
    whether it reported a country's own total and nothing else (the next sentence may go on with it)."""

    facts: tuple[Finding, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()
    period: Period | None = None
    country_total: bool = False


NOTHING = SentenceFindings()
