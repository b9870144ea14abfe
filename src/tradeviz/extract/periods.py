"""Periods: a time mention resolved to the first and last day it covers. Relative expressions ("last year",
"за 10 месяцев" with the year said earlier) are resolved against a reference year: the publication date
when known, else the context. Nothing here reads the clock."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt

import regex

from tradeviz.extract.kit import TIMEOUT
from tradeviz.extract.sentences import Sentence
from tradeviz.extract.time_words import COMPARISON, SAME, SPAN, TimeMention


@dataclasses.dataclass(frozen=True, slots=True)
class Period:
    """A resolved period: first and last day."""

    start: dt.date
    end: dt.date

    @property
    def year(self) -> int:
        return self.end.year


# A sentence that compares its figure with an earlier one ("up 12.3 percent year on year", "на 20% больше,
# чем за тот же период"): its period is the article's own. Alternatives of fixed words: linear.
COMPARES_ITS_FIGURE = regex.compile(
    r"(?<!\w)(?:year[\s-]on[\s-]year|y/y|yoy|(?:from|than|over)\s+a\s+year\s+(?:earlier|ago|before)"
    r"|compared\s+(?:with|to)|годом\s+ранее|в\s+годовом\s+выражении|по\s+сравнению\s+с"
    r"|чем\s+(?:за|в)\s+(?:тот|аналогичн|прошл|предыдущ))|同比"
)


def compares_its_figure(lower: str, sentence: Sentence) -> bool:
    return bool(COMPARES_ITS_FIGURE.search(lower, sentence.start, sentence.end, timeout=TIMEOUT))


def undated_reference_year(by_sentence: list[tuple[list[TimeMention], bool, bool]]) -> int | None:
    """The year 'last year' counts from in an article with no date, from its time mentions sentence by
    sentence (with whether it compares its figure, and whether it is the headline): the latest year it
    states for a figure's period ("за десять месяцев 2022 года"), else the year after the latest it compares
    with ("по сравнению с аналогичным периодом 2022 года": 2023).

    Months said first without a year in the body and later with one in a sentence that compares with nothing
    ("trade rose 20% in January-March ... reached 242.9 billion yuan in January-March 2023, according to
    earlier data"): the year is added to name another year than the article's own, the one compared with.
    A sentence that compares its own figure ("in January-March 2024, up 12.3 percent year on year") states
    the article's year. A headline drops the year whatever it is: its months say nothing of the body's.
    Months said of "last year" and the same months with a year, in a sentence comparing nothing ("за январь-
    октябрь прошлого года" ... "за 10 месяцев 2019 года"): that year is last year.
    """
    last_year = {
        (m.first_month, m.last_month)
        for mentions, _, _ in by_sentence
        for m in mentions
        if m.role == SPAN and m.year_offset == -1 and (m.first_month, m.last_month) != (1, 12)
    }
    unyeared = set()
    stated: list[
        tuple[int, tuple[int, int], bool]
    ] = []  # (year, months, said after the same months unyeared)
    own_year: set[tuple[int, tuple[int, int]]] = set()  # said in a sentence that compares: the article's own
    compared = []
    for mentions, compares_its_figure, headline in by_sentence:
        compares = compares_its_figure or any(
            m.role in (COMPARISON, SAME) or (m.year_offset or 0) < 0 for m in mentions
        )
        for mention in mentions:
            months = (mention.first_month, mention.last_month)
            if mention.role == SPAN and mention.needs_year and mention.year is None and months != (1, 12):
                if not headline:
                    unyeared.add(months)
            elif mention.year is not None and mention.role == SPAN:
                stated.append((mention.year, months, months in unyeared))
                if compares:
                    own_year.add((mention.year, months))
            elif mention.year is not None and mention.role == COMPARISON:
                compared.append(mention.year + 1)
    years = [
        year + 1 if (after_unyeared or months in last_year) and (year, months) not in own_year else year
        for year, months, after_unyeared in stated
    ]
    return max(years) if years else max(compared, default=None)


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


# "the annual trade turnover could reach a record $11-12 billion": this year's, as forecasts are. A goal of
# an annual level ("aim for annual trade of $10 billion") has no year: only with a forecast's verb.
_ANNUAL_FORECAST = regex.compile(
    r"(?<!\w)(?:annual|годов\w+|по\s+итогам\s+(?:всего\s+)?года)(?!\w)[^.;]{0,60}?(?<!\w)"
    r"(?:could|may|might|is\s+(?:expected|likely|set|projected|forecast)\s+to|will\s+likely|может|могут|составит"
    r"|достигнет|превысит|ожидается|прогнозируется)(?!\w)"
)


def says_annual_forecast(lower: str, start: int, end: int) -> bool:
    """Whether `lower[start:end]`, the words before a target's amount, forecast the annual figure."""
    return bool(_ANNUAL_FORECAST.search(lower, start, end, timeout=TIMEOUT))
