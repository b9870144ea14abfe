"""Time expressions: the period a figure covers, a target's deadline, "compared with 2023", "currently".

Relative expressions ("last year", "за 10 месяцев" with the year said earlier) are resolved against a
reference: the publication date when known, else the context. Nothing here reads the clock.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import regex

from tradeviz.extract import patterns, vocab

SPAN = "span"  # a period a figure covers
NOW = "now"  # cumulative or "currently": the figure has no period
DEADLINE = "deadline"  # "к 2030 году"
COMPARISON = "comparison"  # "по сравнению с 2023 годом": the base of a change, never the period itself
SAME = "same"  # "за этот период", "in the reporting period": the period said before

_MONTH_PATTERNS = [(regex.compile(stem), number) for stem, number in vocab.MONTHS.items()]


@dataclasses.dataclass(frozen=True, slots=True)
class TimeMention:
    """A time expression: its span, its role, and what it says (years may be relative to a reference)."""

    start: int
    end: int
    role: str
    year: int | None = None  # absolute year, when stated
    year_offset: int | None = None  # relative year: -1 last year, 0 this year, +1 next year
    first_month: int = 1
    last_month: int = 12
    years_ahead: int | None = None  # "в ближайшие 5 лет"
    needs_year: bool = False  # "за 10 месяцев" with no year: the year comes from the context


@dataclasses.dataclass(frozen=True, slots=True)
class Period:
    """A resolved period: first and last day."""

    start: dt.date
    end: dt.date

    @property
    def year(self) -> int:
        return self.end.year


def month_number(word: str) -> int | None:
    """The month a (possibly inflected) month name stands for.

    >>> month_number("сентябре"), month_number("Sept"), month_number("мая")
    (9, 9, 5)
    """
    lowered = word.lower()
    for pattern, number in _MONTH_PATTERNS:
        if pattern.match(lowered):
            return number
    return None


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return vocab.NUMBER_WORDS.get(word)


def _ordinal(word: str) -> int:
    word = word.rstrip("-йомя")
    for prefix, number in (("перв", 1), ("втор", 2), ("трет", 3), ("четверт", 4)):
        if word.startswith(prefix):
            return number
    table = {"first": 1, "second": 2, "third": 3, "fourth": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}
    if word in table:
        return table[word]
    return int(word) if word.isdigit() and 1 <= int(word) <= 4 else 1


def _relative_offset(word: str | None) -> int | None:
    if not word:
        return None
    if word.startswith(("позапрошл",)) or word == "the year before last":
        return -2
    if word.startswith(("прошл", "минувш", "прошедш", "предыдущ", "last", "the previous", "the past")):
        return -1
    if word.startswith(("следующ", "будущ", "next")):
        return 1
    return 0


_Groups = Callable[[str], Any]  # typed like Match.group


def _group_of(match: regex.Match[str]) -> _Groups:
    """A named group's text, None for a group the match's pattern (one branch of PERIOD) does not have."""
    return match.groupdict().get


def _year_or_offset(group: _Groups) -> tuple[int | None, int | None]:
    year = group("year")
    if year:
        return int(year), None
    return None, _relative_offset(group("rel"))


def find_time_mentions(lower: str, start: int, end: int) -> list[TimeMention]:
    """Every time expression in `lower[start:end]`, in order."""
    mentions = []
    for match in _period_matches(lower, start, end):
        mention = _mention(match)
        if mention is not None:
            mentions.append(mention)
    return mentions


def _period_matches(lower: str, start: int, end: int) -> list[regex.Match[str]]:
    """What `patterns.PERIOD.finditer(lower, start, end)` finds, found branch by branch (much faster), each
    branch only on a sentence that holds one of its literals.

    >>> text = "за 9 месяцев 2023 года против 2022 года, в прошлом году и к 2030 году"
    >>> [m.group() for m in _period_matches(text, 0, len(text))]
    ['за 9 месяцев 2023 года', 'против 2022 года', 'в прошлом году', 'к 2030 году']
    >>> [m.span() for m in patterns.PERIOD.finditer(text)] == [m.span() for m in _period_matches(text, 0, 71)]
    True
    """
    sentence = lower[start:end]
    present: dict[tuple[str, ...], bool] = {}  # branches share some literal lists: test each once
    branches = []
    for pattern, literals in patterns.PERIOD_BRANCHES:
        if literals not in present:
            present[literals] = patterns.contains_any(sentence, literals)
        if present[literals]:
            branches.append(pattern)
    return patterns.leftmost_matches(branches, lower, start, end)


def _mention(match: regex.Match[str]) -> TimeMention | None:
    start, end = match.span()
    group = _group_of(match)
    if group("comparison"):
        cmp_year = group("cmp_year")
        return TimeMention(start, end, COMPARISON, year=int(cmp_year) if cmp_year else None)
    if group("same"):
        return TimeMention(start, end, SAME)
    if group("now"):
        return TimeMention(start, end, NOW)
    if group("deadline"):
        if group("deadline_year"):
            return TimeMention(start, end, DEADLINE, year=int(group("deadline_year")))
        if group("deadline_in"):
            return TimeMention(start, end, DEADLINE, years_ahead=_count(group("deadline_in")))
        return TimeMention(start, end, DEADLINE, year_offset=0)
    if group("months"):
        if group("n_months_short"):
            months = int(group("n_months_short"))
            return TimeMention(start, end, SPAN, year=int(group("year_short")), last_month=months)
        months = _count(group("n_months")) or 0
        if not 1 <= months <= 12:
            return None
        year, offset = _year_or_offset(group)
        return TimeMention(
            start, end, SPAN, year, offset, last_month=months, needs_year=year is None and offset is None
        )
    if group("month_range"):
        first = month_number(group("month_from") or group("month_from2"))
        last = month_number(group("month_to") or group("month_to2"))
        if not first or not last or first > last:
            return None
        year, offset = _year_or_offset(group)
        return TimeMention(
            start, end, SPAN, year, offset, first, last, needs_year=year is None and offset is None
        )
    if group("half") or group("quarter"):
        is_half = bool(group("half"))
        if group("h_short") or group("q_short"):
            number = int((group("h_short") or group("q_short")).strip("hH"))
            year, offset = int(group("h_year") or group("q_year")), None
        else:
            number = _ordinal(group("ordinal"))
            year, offset = _year_or_offset(group)
        size = 6 if is_half else 3
        if number * size > 12:
            return None
        first, last = (number - 1) * size + 1, number * size
        return TimeMention(
            start, end, SPAN, year, offset, first, last, needs_year=year is None and offset is None
        )
    if group("month"):
        month = month_number(group("month_name"))
        if month is None:
            return None
        year, offset = _year_or_offset(group)
        return TimeMention(start, end, SPAN, year, offset, month, month)
    if group("relative"):
        if match.group(0).strip() == "the year before last":
            return TimeMention(start, end, SPAN, year_offset=-2)
        return TimeMention(start, end, SPAN, year_offset=_relative_offset(group("rel")))
    if group("year_range"):
        first_year, last_year = int(group("range_from")), int(group("range_to"))
        if last_year < first_year:
            return None
        return TimeMention(start, end, SPAN, year=first_year, years_ahead=last_year - first_year)
    year_text = group("full") or group("full_en")
    return TimeMention(start, end, SPAN, year=int(year_text))


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
