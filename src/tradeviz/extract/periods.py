"""Periods: a time mention resolved to the first and last day it covers. Relative expressions ("last year",
"за 10 месяцев" with the year said earlier) are resolved against a reference year: the publication date
when known, else the context. Nothing here reads the clock."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt

from tradeviz.extract.time_words import SPAN, TimeMention


@dataclasses.dataclass(frozen=True, slots=True)
class Period:
    """A resolved period: first and last day."""

    start: dt.date
    end: dt.date

    @property
    def year(self) -> int:
        return self.end.year


def resolve_year(mention: TimeMention, reference_year: int | None, context_year: int | None) -> int | None:
    """The absolute year of a mention: as stated, or relative to the reference, or from the context."""
    if mention.year is not None:
        return mention.year
    if mention.year_offset is not None:
        return reference_year + mention.year_offset if reference_year is not None else None
    if mention.needs_year:
        return context_year
    return None


def to_period(mention: TimeMention, year: int) -> Period:
    """The first and last day a span mention covers in the given year.

    >>> to_period(TimeMention(0, 0, SPAN, year=2022, last_month=10), 2022)
    Period(start=datetime.date(2022, 1, 1), end=datetime.date(2022, 10, 31))
    """
    last_year = year + mention.years_ahead if mention.role == SPAN and mention.years_ahead else year
    last_day = calendar.monthrange(last_year, mention.last_month)[1]
    return Period(dt.date(year, mention.first_month, 1), dt.date(last_year, mention.last_month, last_day))


def fiscal_period(mention: TimeMention, first_year: int, start_month: int) -> Period:
    """The calendar months of a fiscal mention whose year starts in `start_month` of `first_year`.

    >>> fiscal_period(TimeMention(0, 0, SPAN, year=2021, last_month=5, fiscal=True), 2021, 7)
    Period(start=datetime.date(2021, 7, 1), end=datetime.date(2021, 11, 30))
    """
    first = start_month - 1 + mention.first_month - 1  # months after January of the first year
    last = start_month - 1 + mention.last_month - 1
    start_year, start_month_of = first_year + first // 12, first % 12 + 1
    end_year, end_month = first_year + last // 12, last % 12 + 1
    last_day = calendar.monthrange(end_year, end_month)[1]
    return Period(dt.date(start_year, start_month_of, 1), dt.date(end_year, end_month, last_day))
