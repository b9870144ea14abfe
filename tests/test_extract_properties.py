"""Invariants of the extractor, whatever the text: it never raises, quotes are the text at their offsets,
and an amount written into a trade sentence comes back out as written."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradeviz.extract import ArticleMeta, extract_with_inferred_date
from tradeviz.extract.numerals import parse_number

TRADE_WORDS = [
    "товарооборот",
    "млрд",
    "млн",
    "долларов",
    "$",
    "billion",
    "trade",
    "exports",
    "импорт",
    "в 2023 году",
    "к 2030 году",
    "last year",
    "между Казахстаном и Китаем",
    "China",
    "Kazakhstan",
    ",",
    ".",
    "-",
    "до",
    "на",
    "%",
    "\n",
    "«",
    "»",
    "\u00a0",
    "19,7",
    "41",
    "1 234,5",
    "составил",
    "target",
    "цель",
]

any_text = st.text(max_size=400)
tradeish_text = st.lists(st.one_of(st.sampled_from(TRADE_WORDS), st.text(max_size=5)), max_size=80).map(
    " ".join
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.one_of(any_text, tradeish_text), st.sampled_from(["ru", "en"]))
def test_never_raises_and_quotes_match_offsets(text: str, lang: str) -> None:
    facts, _ = extract_with_inferred_date(text, ArticleMeta(lang=lang))
    for fact in facts:
        assert text[fact.start : fact.end] == fact.quote
        assert fact.metric in ("turnover", "export", "import", "investment")
        assert fact.kind in ("actual", "target")
        assert fact.qualifier in ("=", "~", ">", "<")
        assert len(fact.parties.split("-")) == 2


def _russian(number: Decimal) -> str:
    return format(number, "f").replace(".", ",")


@settings(max_examples=200, deadline=None)
@given(
    whole=st.integers(min_value=1, max_value=999),
    cents=st.integers(min_value=0, max_value=99),
    year=st.integers(min_value=1995, max_value=2035),
    scale=st.sampled_from([("млн", 10**6), ("млрд", 10**9), ("трлн", 10**12)]),
)
def test_russian_amount_round_trips(whole: int, cents: int, year: int, scale: tuple[str, int]) -> None:
    number = Decimal(whole) + Decimal(cents) / 100
    text = f"По итогам {year} года товарооборот между Казахстаном и Китаем составил {_russian(number)} {scale[0]} долларов."
    facts, _ = extract_with_inferred_date(text, ArticleMeta(lang="ru", published=dt.date(2036, 1, 1)))
    assert len(facts) == 1
    fact = facts[0]
    assert fact.amount == number * scale[1]
    assert fact.period_start == dt.date(year, 1, 1)
    assert _russian(number) in fact.quote


@settings(max_examples=200, deadline=None)
@given(
    whole=st.integers(min_value=1, max_value=999_999),
    tenths=st.integers(min_value=0, max_value=9),
    year=st.integers(min_value=1995, max_value=2035),
)
def test_english_amount_round_trips(whole: int, tenths: int, year: int) -> None:
    written = f"{whole:,}.{tenths}"
    text = f"In {year}, trade between Kazakhstan and China reached ${written} million."
    facts, _ = extract_with_inferred_date(text, ArticleMeta(lang="en", published=dt.date(2036, 1, 1)))
    assert len(facts) == 1
    assert facts[0].amount == (Decimal(whole) + Decimal(tenths) / 10) * 10**6
    assert facts[0].period_end == dt.date(year, 12, 31)
    assert written in facts[0].quote


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["ru", "en"]))
def test_thousands_with_spaces_parse_in_both_languages(number: int, lang: str) -> None:
    spaced = f"{number:,}".replace(",", " ")
    assert parse_number(spaced, lang) == number


PATHOLOGICAL = {
    "megabyte of digits": "7" * 1_000_000,
    "digits and spaces": "1 " * 300_000,
    "scale words": "млрд " * 200_000,
    "amounts without sentences": "1 млрд " * 50_000,
    "nested brackets": "(" * 200_000 + ")" * 200_000,
    "ranges": "1-" * 200_000 + "2 млрд долларов",
    "differences": "на " * 200_000 + "5 млрд долларов",
    "one huge line": ("Товарооборот между Казахстаном и Китаем составил 41 млрд долларов, " * 5_000),
}


def test_pathological_text_finishes_without_error() -> None:
    """Each runs under the patterns' timeouts; a pattern that timed out would give no facts and a warning."""
    for name, text in PATHOLOGICAL.items():
        facts, _ = extract_with_inferred_date(text, ArticleMeta(lang="ru"))
        if name == "one huge line":
            assert len(facts) == 1, name  # 5,000 repeats of one figure are one fact
        else:
            assert facts == [], name
