"""Time expressions as a table of named rules (`TIME_RULES`): each phrasing with what it says about time.

A rule's meaning turns its match into a `TimeMention` (see `time_words`): its role (the period a figure
covers, a deadline, the base of a comparison, "currently", "the same period") and what it states, years
possibly relative ("last year") or missing ("за 10 месяцев") until `periods` and `when` resolve them.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from tradeviz.extract.fiscal import FISCAL_RULES
from tradeviz.extract.kit import HAN, Rule, RuleTable
from tradeviz.extract.time_words import (
    COMPARISON,
    DEADLINE,
    MONTH,
    NOW,
    NUMBER_WORD,
    ORDINAL,
    REL_YEAR,
    SAME,
    SPAN,
    YEAR,
    YEAR_OR_REL,
    YEAR_WORD,
    TimeMention,
    count,
    in_year,
    month_number,
    ordinal,
    relative_offset,
)
from tradeviz.extract.times_kk import TIME_RULES_KK
from tradeviz.extract.times_zh import TIME_RULES_ZH

__all__ = ["COMPARISON", "DEADLINE", "NOW", "SAME", "SPAN", "TIME_RULES", "TimeMention", "find_time_mentions"]

# --- the meanings -------------------------------------------------------------------------------------------

Reading = Callable[[regex.Match[str]], TimeMention | None]


def _comparison(match: regex.Match[str]) -> TimeMention:
    year = match.group("cmp_year")
    return TimeMention(match.start(), match.end(), COMPARISON, year=int(year) if year else None)


def _year_earlier(match: regex.Match[str]) -> TimeMention:
    """'a year earlier': a year before the figure compared with (not before the publication)."""
    return TimeMention(match.start(), match.end(), COMPARISON, year_offset=-1)


def _same(match: regex.Match[str]) -> TimeMention:
    """'за этот период', 'in the same period of 2020': the period said before (in that year, if given)."""
    year = match.group("same_year")
    return TimeMention(match.start(), match.end(), SAME, year=int(year) if year else None)


def _role(role: str) -> Reading:
    return lambda match: TimeMention(match.start(), match.end(), role)


def _deadline_year(match: regex.Match[str]) -> TimeMention:
    return TimeMention(match.start(), match.end(), DEADLINE, year=int(match.group("deadline_year")))


def _end_of_this_year(match: regex.Match[str]) -> TimeMention:
    """'к концу текущего года': the reference year's end."""
    return TimeMention(match.start(), match.end(), DEADLINE, year_offset=0)


def _deadline_within(match: regex.Match[str]) -> TimeMention:
    years = count(match.group("deadline_in"))
    return TimeMention(match.start(), match.end(), DEADLINE, years_ahead=years)


def _months(match: regex.Match[str]) -> TimeMention | None:
    months = count(match.group("n_months")) or 0
    return in_year(match, 1, months) if 1 <= months <= 12 else None


def _quarters(match: regex.Match[str]) -> TimeMention | None:
    quarters = count(match.group("n_quarters")) or 0
    return in_year(match, 1, 3 * quarters) if 2 <= quarters <= 4 else None


def _months_short(match: regex.Match[str]) -> TimeMention:
    months, year = int(match.group("n_months_short")), int(match.group("year_short"))
    return TimeMention(match.start(), match.end(), SPAN, year=year, last_month=months)


def _month_range(match: regex.Match[str]) -> TimeMention | None:
    first, last = month_number(match.group("month_from")), month_number(match.group("month_to"))
    if not first or not last or first > last:
        return None
    return in_year(match, first, last)


def _part_of_year(size: int) -> Reading:
    """A half (size 6) or a quarter (3) by its ordinal: "в первом полугодии", "III квартал 2023 года"."""

    def read(match: regex.Match[str]) -> TimeMention | None:
        number = ordinal(match.group("ordinal"))
        if number * size > 12:
            return None
        return in_year(match, (number - 1) * size + 1, number * size)

    return read


def _part_of_year_short(size: int) -> Reading:
    """ "H1 2023", "Q3 2023"."""

    def read(match: regex.Match[str]) -> TimeMention | None:
        number = int(match.group("part").strip("hH"))
        if number * size > 12:
            return None
        first, last = (number - 1) * size + 1, number * size
        return TimeMention(match.start(), match.end(), SPAN, int(match.group("part_year")), None, first, last)

    return read


def _first_month(match: regex.Match[str]) -> TimeMention:
    """'по итогам первого месяца года': January, of the year stated or of the context."""
    return in_year(match, 1, 1)


def _month_year_range(match: regex.Match[str]) -> TimeMention | None:
    """'с марта 2023 года по март 2024 года': months across years."""
    first, last = month_number(match.group("month_from")), month_number(match.group("month_to"))
    first_year, last_year = int(match.group("year_from")), int(match.group("year_to"))
    if not first or not last or (last_year, last) < (first_year, first) or last_year - first_year > 2:
        return None
    return TimeMention(
        match.start(), match.end(), SPAN, first_year, None, first, last, years_ahead=last_year - first_year
    )


def _to_end_of_month(match: regex.Match[str]) -> TimeMention | None:
    """'By the end of June, exports totalled ...': the year so far, to that month's end."""
    month = month_number(match.group("month_name"))
    return (
        None
        if month is None
        else TimeMention(match.start(), match.end(), SPAN, None, None, 1, month, needs_year=True)
    )


def _month_alone(match: regex.Match[str]) -> TimeMention | None:
    """'в марте', 'in March alone': that month, of the year the context gives."""
    month = month_number(match.group("month_name"))
    return (
        None
        if month is None
        else TimeMention(match.start(), match.end(), SPAN, None, None, month, month, needs_year=True)
    )


def _month(match: regex.Match[str]) -> TimeMention | None:
    month = month_number(match.group("month_name"))
    return None if month is None else in_year(match, month, month, needs_year=False)


def _relative(match: regex.Match[str]) -> TimeMention:
    return TimeMention(match.start(), match.end(), SPAN, year_offset=relative_offset(match.group("rel")))


def _year_before_last(match: regex.Match[str]) -> TimeMention:
    return TimeMention(match.start(), match.end(), SPAN, year_offset=-2)


def _year_range(match: regex.Match[str]) -> TimeMention | None:
    first_year, last_year = int(match.group("range_from")), int(match.group("range_to"))
    if last_year < first_year:
        return None
    return TimeMention(match.start(), match.end(), SPAN, year=first_year, years_ahead=last_year - first_year)


def _full_year(match: regex.Match[str]) -> TimeMention:
    year = match.group("full") or match.group("full_en")
    return TimeMention(match.start(), match.end(), SPAN, year=int(year))


# --- the rules, in the order they are tried at one place ----------------------------------------------------

TIME_RULES: RuleTable[TimeMention | None] = RuleTable(
    [
        Rule(
            "comparison",
            rf"""(?:по\s+сравнению\s+с|в\s+сравнении\s+с|относительно|против|compared\s+(?:to|with)|
               чем\s+(?:в|за)|показател\w*|уровн\w*|(?:the\s+)?(?:level|figure)\s+(?:of|for|in)|
               than\s+in|than|versus|vs\.?|year-on-year|year\s+on\s+year|y/y|yoy)
            \s+(?:(?:аналогичным|аналогичного|тем\s+же)\s+период\w*\s+)?
            (?:(?P<cmp_year>{YEAR}){YEAR_WORD}?
              | the\s+same\s+period(?:\s+(?:of|in)\s+(?:the\s+)?(?:(?P<cmp_year>{YEAR})|(?:previous|last|preceding)\s+year)|\s+(?:of\s+)?\w+\s+year)?
              | {REL_YEAR}(?:\s+(?:год\w*|year))?)""",
            _comparison,
            (
                "по сравнению с 2022 годом",
                "compared with the same period last year",
                "против 2021 г.",
                "compared to the same period in 2020",
            ),
        ),
        Rule(
            "a_year_earlier",  # the figure's own period a year back: never a period itself
            r"(?:годом\s+(?:ранее|раньше)|a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|preceding)\s+year)",
            _year_earlier,
            ("годом ранее", "a year earlier", "the previous year"),
        ),
        Rule(
            "same",
            rf"""(?:за|в|во|in|during|over|for)\s+
            (?:этот|тот\s+же|этот\s+же|указанный|данный|отч[её]тный|аналогичн\w*|(?:the\s+)?same|the\s+reporting|the\s+reported|
               this|that|the\s+said|the(?=\s+period\s+under\s+review))\s+(?:период|period)(?:\s+under\s+review)?
            (?:\s+(?:of\s+|in\s+)?(?P<same_year>{YEAR})(?:{YEAR_WORD})?)?""",
            _same,
            (
                "за этот период",
                "in the reporting period",
                "during same period last year",
                "during the period under review",
            ),
        ),
        Rule(
            "now",
            rf"""(?:за|в\s+течение|over|in|during|for)\s+(?:the\s+)?(?:последн\w*|past|last)\s+(?:\d+|{NUMBER_WORD})\s+
              (?:лет|год\w*|years?|decades?|десятилети\w*)
          | (?:за|в\s+течение|over|for)\s+(?:\d+|{NUMBER_WORD})\s+(?:лет|years)
          | (?:с|since)\s+{YEAR}(?:{YEAR_WORD})?(?!\s*(?:-|по|до|to)\s*{YEAR})
          | (?:с|since)\s+(?:the\s+)?(?:прошлого|предыдущего|last|previous)\s+(?:года|year)
          | на\s+(?:сегодняшн\w*|текущ\w*|данн\w*)\s+(?:день|момент)
          | в\s+настоящ\w*\s+врем\w*
          | в\s+последн\w*\s+(?:годы|лет)
          | за\s+годы\s+независимост\w*
          | (?:currently|to\s+date|so\s+far|сейчас|today|ныне)""",
            _role(NOW),
            ("за последние 10 лет", "since 2015", "на сегодняшний день", "to date"),
        ),
        Rule(
            "deadline_by_year",
            rf"(?:к|до|by|until|through)[\s-]+(?:(?:концу|конца|the\s+end\s+of|end-)\s*)?(?P<deadline_year>{YEAR}){YEAR_WORD}?",
            _deadline_year,
            ("к 2030 году", "by the end of 2025", "до 2027 г."),
        ),
        Rule(
            "deadline_to_be_reached_in",  # "поставлена к достижению в 2026 году", "to be achieved in 2030"
            rf"(?:к\s+)?(?:достижени\w*|выполнени\w*|(?:to\s+be\s+)?(?:achieved|reached|met))\s+(?:в|in)\s+"
            rf"(?P<deadline_year>{YEAR}){YEAR_WORD}?",
            _deadline_year,
            ("к достижению в 2026 году", "to be achieved in 2030"),
        ),
        Rule(
            "deadline_end_of_year",
            r"(?:к|до|by)\s+(?:концу|конца|the\s+end\s+of)\s+(?:этого\s+|текущего\s+|the\s+current\s+|this\s+|the\s+)?(?:года|year)",
            _end_of_this_year,
            ("к концу текущего года", "by the end of the year", "by the end of this year"),
        ),
        Rule(
            "deadline_within",
            rf"""(?:в\s+ближайш\w*|в\s+течение|в\s+следующ\w*|in\s+the\s+(?:next|coming)|within(?:\s+the\s+next)?)\s+
              (?P<deadline_in>\d+|{NUMBER_WORD})\s+(?:лет|год\w*|years)
            (?!\s+(?:of|after|from|since|после|с\s+момента)\s)""",  # "within five years of signing": no year
            _deadline_within,
            ("в ближайшие 5 лет", "within three years"),
        ),
        *FISCAL_RULES,
        Rule(
            "months",
            rf"""(?:за|в\s+течение|по\s+итогам|in|for|during|over|(?:each|every|all)\s+of)\s+(?:the\s+)?(?:перв\w+\s+|first\s+)?
            (?P<n_months>\d{{1,2}}|{NUMBER_WORD})\s+(?:месяц\w*|months?)
            (?:\s+{YEAR_OR_REL})?""",
            _months,
            ("за 10 месяцев 2023 года", "in the first nine months of this year"),
        ),
        Rule(
            "quarters",
            rf"""(?:за|в\s+течение|по\s+итогам|in|for|during|over)\s+(?:the\s+)?(?:перв\w+\s+|first\s+)?
            (?P<n_quarters>[234]|два|двух|три|тр[её]х|четыре|четыр[её]х|two|three|four)\s+(?:квартал(?:а|ов)|quarters)
            (?:\s+{YEAR_OR_REL})?""",
            _quarters,
            ("за первые три квартала прошлого года", "in the first three quarters of 2023"),
        ),
        Rule(
            "first_month",
            rf"""(?:за|в\s+течение|по\s+итогам|in|for|during|over)\s+(?:the\s+)?(?:перв\w+|first)\s+(?:месяц\w*|month)
            (?:\s+(?:года|of\s+the\s+year)|\s+{YEAR_OR_REL})?""",
            _first_month,
            ("по итогам первого месяца года", "in the first month of 2024"),
        ),
        Rule(
            "months_short",
            rf"(?P<n_months_short>\d{{1,2}})m\s*(?P<year_short>{YEAR})",
            _months_short,
            ("9m2023", "11m 2022"),
        ),
        Rule(
            "month_year_range",
            rf"""(?:с|from|between|(?:the\s+)?(?:fiscal|financial)\s+year\s+(?:of\s+)?)\s*(?P<month_from>{MONTH})\s+(?P<year_from>{YEAR})(?:{YEAR_WORD})?\s+
              (?:по|до|to|and|through|until|till)\s+(?P<month_to>{MONTH})\s+(?P<year_to>{YEAR})(?:{YEAR_WORD})?
          | (?P<month_from>{MONTH})\s+(?P<year_from>{YEAR})(?:{YEAR_WORD})?\s*-\s*(?P<month_to>{MONTH})\s+(?P<year_to>{YEAR})""",
            _month_year_range,
            ("с марта 2023 года по март 2024 года", "from May 2021 to January 2022", "July 2022 - June 2023"),
        ),
        Rule(
            "month_range",
            rf"""(?P<month_from>{MONTH})\s*-\s*(?P<month_to>{MONTH})(?:\s+{YEAR_OR_REL})?
          | (?:between|с|from)\s+(?P<month_from>{MONTH})\s+(?:and|по|to|through|until|till)\s+(?P<month_to>{MONTH})
            (?:\s+{YEAR_OR_REL})?""",
            _month_range,
            ("январе-сентябре 2023 года", "between January and March"),
        ),
        Rule(
            "half",
            rf"""(?:в\s+|за\s+|по\s+итогам\s+|in\s+|for\s+|during\s+)?(?:the\s+)?{ORDINAL}\s+(?:полугоди\w*|половин\w*|half(?:\s+of)?)
            (?:\s+{YEAR_OR_REL})?""",
            _part_of_year(6),
            ("в первом полугодии 2023 года", "in the first half of 2022", "за первую половину текущего года"),
        ),
        Rule(
            "half_short",
            rf"(?P<part>h[12]|[12]h)\s*(?P<part_year>{YEAR})",
            _part_of_year_short(6),
            ("h1 2023", "1h2022"),
        ),
        Rule(
            "quarter",
            rf"""(?:в\s+|за\s+|по\s+итогам\s+|in\s+|for\s+|during\s+)?(?:the\s+)?{ORDINAL}\s+(?:квартал\w*|кв\.|quarter(?:\s+of)?)
            (?:\s+{YEAR_OR_REL})?""",
            _part_of_year(3),
            ("в III квартале 2023 года", "in the first quarter of 2024"),
        ),
        Rule(
            "quarter_short",
            rf"q(?P<part>[1-4])\s*(?P<part_year>{YEAR})",
            _part_of_year_short(3),
            ("q3 2023",),
        ),
        Rule(
            "month",
            rf"(?:в|за|по\s+итогам|in|for|during)\s+(?P<month_name>{MONTH})\s+{YEAR_OR_REL}",
            _month,
            ("в марте 2024 года", "in november 2018"),
        ),
        Rule(
            "to_end_of_month",
            rf"""(?:by|as\s+of|at|to)\s+the\s+end\s+of\s+(?P<month_name>{MONTH})(?!\s+\d)
          | (?:к|на)\s+(?:концу|конец)\s+(?P<month_name>{MONTH})(?!\s+\d)""",
            _to_end_of_month,
            ("by the end of june", "к концу сентября"),
        ),
        Rule(
            "month_alone",
            rf"""(?:за|по\s+итогам|в|во|in|for|during)\s+(?:the\s+month\s+of\s+)?(?P<month_name>{MONTH})
            (?!\s*-\s*{MONTH}|\s+(?:и|and|по|to|through|until)\s+{MONTH}|\s+\d)""",
            _month_alone,
            ("в марте", "in March alone", "за январь"),
        ),
        Rule(
            "relative",
            rf"(?:в|во|за|по\s+итогам|на|in|for|during|of)?\s*{REL_YEAR}\s+(?:год\w*|year)(?:'s)?",
            _relative,
            ("в прошлом году", "last year's", "за текущий год"),
        ),
        Rule("year_before_last", r"the\s+year\s+before\s+last", _year_before_last, ("the year before last",)),
        Rule(
            "year_range",
            rf"(?P<range_from>{YEAR})\s*-\s*(?P<range_to>{YEAR}){YEAR_WORD}",
            _year_range,
            ("2021-2023 годах", "2019-2020 гг."),
        ),
        Rule(
            "full_year",
            rf"""(?:по\s+итогам\s+|в\s+|во\s+|за\s+|на\s+|in\s+|for\s+|during\s+|of\s+|full-year\s+|fy\s*)?
            (?=19|20)                                   # (the year first: the date check below is slow)
            (?<!\d\s{MONTH}\s|{MONTH}\s\d{{1,2}},?\s)    # a date ("8 декабря 2021 г.", "October 8, 2023") is no period
            (?P<full>{YEAR})(?:{YEAR_WORD}|'s|-(?:м|го|й|ом)(?!\w)|(?=\s*[,.;:)]|\s+-\s+(?!(?:19|20)\d\d)|\s+(?:figure|data|result|level|total)))
          | (?:in|for|during)\s+(?P<full_en>{YEAR})""",
            _full_year,
            ("по итогам 2023 года", "in 2022", "2021's", "в 2023-м"),
        ),
    ],
    separate=True,
)


def find_time_mentions(lower: str, start: int, end: int) -> list[TimeMention]:
    """Every time expression in `lower[start:end]`, in order.

    >>> [(m.role, m.year, m.year_offset, m.last_month) for m in find_time_mentions(
    ...     "за 9 месяцев 2023 года против 2022 года, в прошлом году и к 2030 году", 0, 71)]
    [('span', 2023, None, 9), ('comparison', 2022, None, 12), ('span', None, -1, 12), ('deadline', 2030, None, 12)]
    """
    found = list(TIME_RULES.findall(lower, start, end))
    if _EAST.search(lower, start, end):  # one class: linear
        found = _leftmost([*TIME_RULES_ZH_KK.findall(lower, start, end), *found])
    return [mention for _match, mention in found if mention is not None]


# Chinese and Kazakh phrasings, searched only in sentences that hold a Chinese character or a letter only
# Kazakh writes (Russian and English sentences skip their literal tests).
TIME_RULES_ZH_KK: RuleTable[TimeMention | None] = RuleTable([*TIME_RULES_ZH, *TIME_RULES_KK], separate=True)
_EAST = regex.compile(rf"[{HAN}әғқңөұүһі]")


def _leftmost(
    found: list[tuple[regex.Match[str], TimeMention | None]],
) -> list[tuple[regex.Match[str], TimeMention | None]]:
    """Matches of two tables, left to right without overlap; at one place the first listed wins."""
    kept: list[tuple[regex.Match[str], TimeMention | None]] = []
    position = -1
    for match, mention in sorted(found, key=lambda item: item[0].start()):  # stable: the first listed first
        if match.start() >= position:
            kept.append((match, mention))
            position = match.end()
    return kept
