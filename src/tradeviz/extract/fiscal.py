"""Fiscal years as time rules: "FY2023-24", "the financial year of 2022-2023 that ended on March 31",
"2020-21", "July-March (2022-23)", "the first five months of the current fiscal year", "the year through March".

A fiscal mention keeps its months relative to the fiscal year's first month, which the country gives
(`vocab.FISCAL_YEAR_START`: April in India and Japan, July in Pakistan and Australia), resolved in `when`.
"""

from __future__ import annotations

import regex

from tradeviz.extract.kit import Rule
from tradeviz.extract.time_words import (
    FISCAL_WORDS,
    FISCAL_YEARS,
    MONTH,
    NUMBER_WORD,
    SPAN,
    YEAR,
    TimeMention,
    count,
    fiscal_first_year,
    in_year,
    month_number,
)


def _fiscal_month_range(match: regex.Match[str]) -> TimeMention | None:
    """'July-March 2020-21', 'July-November (2021-22)': calendar months of a fiscal year, a later month
    smaller than the first one in its second year."""
    first, last = month_number(match.group("month_from")), month_number(match.group("month_to"))
    year = fiscal_first_year(match)
    if not first or not last or year is None:
        return None
    return TimeMention(
        match.start(), match.end(), SPAN, year, None, first, last, years_ahead=int(last < first)
    )


def _fiscal_year(match: regex.Match[str]) -> TimeMention | None:
    """'FY2022-23', 'fiscal year 2021-22', 'in 2020-21', 'FY2024': a whole fiscal year."""
    year = fiscal_first_year(match)
    if year is None:
        return None
    ended = month_number(match.group("ended")) if match.groupdict().get("ended") else None
    start = ended % 12 + 1 if ended else None
    return TimeMention(match.start(), match.end(), SPAN, year, fiscal=True, fiscal_start=start)


def _fiscal_months(match: regex.Match[str]) -> TimeMention | None:
    """'the first five months of the current fiscal year (2021-22)': months counted from its start."""
    months = count(match.group("fy_months")) or 0
    if not 1 <= months <= 12:
        return None
    year = fiscal_first_year(match) if match.groupdict().get("fy_from") else None
    offset = None if year is not None else 0
    return TimeMention(match.start(), match.end(), SPAN, year, offset, 1, months, fiscal=True)


def _current_fiscal_year(match: regex.Match[str]) -> TimeMention:
    """'the current fiscal year', 'this financial year', 'the previous fiscal'."""
    offset = -1 if match.group("which") in ("previous", "last", "preceding") else 0
    return TimeMention(match.start(), match.end(), SPAN, None, offset, fiscal=True)


def _year_through(match: regex.Match[str]) -> TimeMention | None:
    """'for the year through March': the twelve months that end with that month."""
    month = month_number(match.group("through_month"))
    if month is None:
        return None
    if month == 12:
        return in_year(match, 1, 12, needs_year=False) if match.group("year") else None
    year = match.group("year")
    first_year, offset = (int(year) - 1, None) if year else (None, -1)
    return TimeMention(match.start(), match.end(), SPAN, first_year, offset, month + 1, month, years_ahead=1)


# Tried before the calendar rules: "in the first five months of the current fiscal year" is a fiscal span.
FISCAL_RULES: list[Rule[TimeMention | None]] = [
    Rule(
        "fiscal_month_range",
        rf"""(?:between\s+|during\s+|in\s+|for\s+)?(?P<month_from>{MONTH})\s*-\s*(?P<month_to>{MONTH})\s*,?\s*
            \(?(?:{FISCAL_WORDS}\s*)?{FISCAL_YEARS}\)?""",
        _fiscal_month_range,
        ("july-march 2020-21", "july-november (2021-22)", "during july-june (fy2021-22)"),
    ),
    Rule(
        "fiscal_months",
        rf"""(?:in|during|over|for)\s+the\s+(?:first\s+)?(?P<fy_months>\d{{1,2}}|{NUMBER_WORD})\s+months?\s+of\s+
            (?:the\s+)?(?:current\s+|ongoing\s+|this\s+)?{FISCAL_WORDS}(?:\s*\(?{FISCAL_YEARS}\)?)?""",
        _fiscal_months,
        (
            "in the first five months of the current fiscal year (2021-22)",
            "during the first eight months of the fiscal year",
            "during the twelve months of fiscal year 2023-24",
        ),
    ),
    Rule(
        "fiscal_year",
        rf"""(?:in\s+|for\s+|during\s+|of\s+)?(?:the\s+)?{FISCAL_WORDS}\s*(?:of\s+)?
            (?:{FISCAL_YEARS}|(?P<fy_end>{YEAR}))
            (?:\s*,?\s*(?:that|which)\s+ended\s+(?:on\s+|in\s+)?(?P<ended>{MONTH})(?:\s+\d{{1,2}})?)?
          | (?:in|for|during)\s+(?P<fy_from>{YEAR})\s*[-–/]\s*(?P<fy_to>\d{{2}})(?!\d)""",
        _fiscal_year,
        (
            "fy2022-23",
            "the financial year of 2021-2022 that ended on march 31",
            "in 2020-21",
            "fiscal 2024",
        ),
    ),
    Rule(
        "current_fiscal_year",
        rf"(?:in|during|for|of)\s+(?:the\s+)?(?P<which>current|ongoing|this|previous|last|preceding)\s+{FISCAL_WORDS}",
        _current_fiscal_year,
        ("in the current fiscal year", "during this financial year", "in previous fiscal"),
    ),
    Rule(
        "year_through",
        rf"""(?:for\s+|in\s+)?the\s+(?:fiscal\s+|financial\s+|12-month\s+)?year\s+(?:through|to|ending|ended)\s+
            (?P<through_month>{MONTH})(?:\s+(?P<year>{YEAR}))?""",
        _year_through,
        ("for the year through march", "the year ending june 2023"),
    ),
]
