"""The words of time: what a time expression is (`TimeMention`, its role), the fragments time rules are built
from (years, months, relative years, ordinals) and how their words read ("сентябре" -> 9, "прошлом" -> -1).
"""

from __future__ import annotations

import dataclasses

import regex

from tradeviz.extract import vocab
from tradeviz.extract.kit import alternation, fragments

SPAN = "span"  # a period a figure covers
NOW = "now"  # cumulative or "currently": the figure has no period
DEADLINE = "deadline"  # "к 2030 году"
COMPARISON = "comparison"  # "по сравнению с 2023 годом": the base of a change, never the period itself
SAME = "same"  # "за этот период", "in the reporting period": the period said before


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
    years_ahead: int | None = None  # "в ближайшие 5 лет"; a span "2021-2023": the years after the first
    needs_year: bool = False  # "за 10 месяцев" with no year: the year comes from the context
    # A fiscal year's months ("FY2022-23", "first five months of the fiscal year"): `year` is the calendar
    # year it starts in and the months count from its first month, which the country gives (`when`) unless
    # the text says it ("that ended on March 31").
    fiscal: bool = False
    fiscal_start: int | None = None


# --- fragments ----------------------------------------------------------------------------------------------

YEAR = r"(?:19[5-9]\d|20\d\d)"
YEAR_WORD = r"(?:\s*-?\s*м)?\s*(?:год\w*|гг?\.?(?!\w))"
MONTH = fragments(rf"{stem}\w*" for stem in vocab.MONTHS)
NUMBER_WORD = alternation(vocab.NUMBER_WORDS)
REL_YEAR = (
    r"(?P<rel>прошл\w*|минувш\w*|прошедш\w*|предыдущ\w*|позапрошл\w*|текущ\w*|эт\w+|нынешн\w*|"
    r"следующ\w*|будущ\w*|last|this|the\s+current|the\s+previous|the\s+past|next|the\s+same)"
)
YEAR_OR_REL = rf"(?:of\s+|в\s+)?(?:(?P<year>{YEAR}){YEAR_WORD}?|{REL_YEAR}\s+(?:год\w*|year))"
ORDINAL = r"(?P<ordinal>перв\w*|втор\w*|трет\w*|четверт\w*|first|second|third|fourth|i{1,3}|iv|[1-4](?:-?[ймо]{1,2})?)"

# "FY2022-23", "fiscal year 2021-22", "2020-21" (a second year of two digits), "financial year of 2021-2022".
FISCAL_WORDS = r"(?:fy|fiscal\s+year|financial\s+year|fiscal|финансов\w*\s+год\w*|фискальн\w*\s+год\w*)"
FISCAL_YEARS = rf"(?P<fy_from>{YEAR})\s*[-–/]\s*(?P<fy_to>{YEAR}|\d{{2}})(?!\d)"

# --- reading the words --------------------------------------------------------------------------------------

_MONTH_PATTERNS = [(regex.compile(stem), number) for stem, number in vocab.MONTHS.items()]
_ORDINAL_STEMS = (("перв", 1), ("втор", 2), ("трет", 3), ("четверт", 4))
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}
# Relative year words by the offset they mean, the first that a word starts with wins.
_RELATIVE_OFFSETS = (
    (("позапрошл",), -2),
    (("прошл", "минувш", "прошедш", "предыдущ", "last", "the previous", "the past"), -1),
    (("следующ", "будущ", "next"), 1),
)


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


def count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return vocab.NUMBER_WORDS.get(word)


def ordinal(word: str) -> int:
    word = word.rstrip("-йомя")
    for prefix, number in _ORDINAL_STEMS:
        if word.startswith(prefix):
            return number
    if word in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[word]
    return int(word) if word.isdigit() and 1 <= int(word) <= 4 else 1


def relative_offset(word: str | None) -> int | None:
    """-1 for "прошлом"/"last", +1 for "next", 0 for "this"/"текущем"; None when no word."""
    if not word:
        return None
    for starts, offset in _RELATIVE_OFFSETS:
        if word.startswith(starts):
            return offset
    return 0


def year_or_offset(match: regex.Match[str]) -> tuple[int | None, int | None]:
    year = match.group("year")
    if year:
        return int(year), None
    return None, relative_offset(match.group("rel"))


def in_year(match: regex.Match[str], first: int, last: int, *, needs_year: bool = True) -> TimeMention:
    """Months `first`..`last` of the year the match states ("of 2023", "этого года"), else of the context."""
    year, offset = year_or_offset(match)
    return TimeMention(
        match.start(),
        match.end(),
        SPAN,
        year,
        offset,
        first,
        last,
        needs_year=needs_year and year is None and offset is None,
    )


def months_of(
    match: regex.Match[str], first: int, last: int, year: str | None, offset: int | None
) -> TimeMention | None:
    """Months `first`..`last` of the year written (`year`) or said relatively (`offset`), else of the
    context; None for months that are no months. The Chinese and Kazakh rules read their own year words."""
    if not 1 <= first <= last <= 12:
        return None
    return TimeMention(
        match.start(),
        match.end(),
        SPAN,
        int(year) if year else None,
        offset,
        first,
        last,
        needs_year=not year and offset is None,
    )


def fiscal_first_year(match: regex.Match[str]) -> int | None:
    """The calendar year a fiscal year "2021-22" or "FY2023" (named by its end) starts in; None when the two
    years of "2021-22" do not follow one another."""
    if match.groupdict().get("fy_from"):
        first, second = int(match.group("fy_from")), match.group("fy_to")
        second_year = int(second) if len(second) == 4 else first - first % 100 + int(second)
        return first if second_year == first + 1 else None
    return int(match.group("fy_end")) - 1
