"""The bundled articles give exactly the facts the extractor issue lists, and their golden files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest

import tradeviz
from tradeviz.cli import format_jsonl

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"
GOLDEN = Path(__file__).resolve().parent / "golden"
BN, MN = 1e9, 1e6

# (metric, kind, period_start, period_end, target_year, amount, currency, qualifier, growth_pct, region)
EXPECTED = {
    "000_4ff69e7c748ea9d7.txt": [
        ("turnover", "actual", "2023-01-01", "2023-12-31", None, 40 * BN, "USD", "=", None, None),
        ("turnover", "target", None, None, None, 100 * BN, "USD", "=", None, None),
    ],
    "001_fd7d1c000fd4ba2b.txt": [
        ("turnover", "actual", "2021-01-01", "2021-12-31", None, 18 * BN, "USD", "=", 14.0, None),
        ("turnover", "actual", "2022-01-01", "2022-10-31", None, 19.7 * BN, "USD", "=", 33.0, None),
        ("turnover", "target", None, None, 2030, 35 * BN, "USD", "=", None, None),
    ],
    "002_c41913dc013a7d8d.txt": [
        ("turnover", "actual", "2023-01-01", "2023-12-31", None, 41 * BN, "USD", ">", None, None),
        ("investment", "actual", None, None, None, 14.5 * BN, "USD", "=", None, None),
    ],
    "003_11e614517402c173.txt": [],
    "004_ea22c38aaa4f0255.txt": [
        ("investment", "actual", None, None, None, 24 * BN, "USD", "=", None, None),
        (
            "turnover",
            "actual",
            "2024-01-01",
            "2024-12-31",
            None,
            148.9 * MN,
            "USD",
            "=",
            11.0,
            "Turkestan Region",
        ),
        (
            "export",
            "actual",
            "2024-01-01",
            "2024-12-31",
            None,
            60.09 * MN,
            "USD",
            "=",
            None,
            "Turkestan Region",
        ),
        (
            "import",
            "actual",
            "2024-01-01",
            "2024-12-31",
            None,
            88.9 * MN,
            "USD",
            "=",
            None,
            "Turkestan Region",
        ),
    ],
}


@pytest.fixture(scope="module")
def corpus() -> tradeviz.Corpus:
    return tradeviz.load_corpus([ARTICLES])


def _plain(value: object) -> object:
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return value


def _row(row: pd.Series) -> tuple[object, ...]:
    columns = (
        "metric",
        "kind",
        "period_start",
        "period_end",
        "target_year",
        "amount",
        "currency",
        "qualifier",
        "growth_pct",
        "region",
    )
    values = tuple(_plain(row[column]) for column in columns)
    return tuple(round(v, 3) if isinstance(v, float) else v for v in values)


@pytest.mark.parametrize("article", sorted(EXPECTED))
def test_bundled_article_gives_exactly_the_listed_facts(corpus: tradeviz.Corpus, article: str) -> None:
    rows = corpus.facts[corpus.facts["article"] == article].sort_values("start", kind="stable")
    got = [_row(row) for _, row in rows.iterrows()]
    want = [tuple(round(v, 3) if isinstance(v, float) else v for v in fact) for fact in EXPECTED[article]]
    assert got == want
    assert set(rows["parties"]) <= {"CN-KZ"}


def test_every_bundled_article_is_read(corpus: tradeviz.Corpus) -> None:
    assert sorted(a.name for a in corpus.articles) == sorted(EXPECTED)
    assert corpus.skipped == ()


def test_quotes_are_the_article_text_at_their_offsets(corpus: tradeviz.Corpus) -> None:
    for _, row in corpus.facts.iterrows():
        assert corpus.article_text(row["article"])[row["start"] : row["end"]] == row["quote"]


def test_publication_dates_are_given_or_inferred(corpus: tradeviz.Corpus) -> None:
    published = {
        a.name: (_plain(pd.Timestamp(a.published)) if a.published else None, a.published_inferred)
        for a in corpus.articles
    }
    assert published["002_c41913dc013a7d8d.txt"] == ("2024-07-03", False)  # "03.07.2024 14:03" on the page
    assert published["004_ea22c38aaa4f0255.txt"] == ("2025-01-01", True)  # reports on 2024 ("vs 2023")
    assert published["001_fd7d1c000fd4ba2b.txt"] == ("2022-11-01", True)  # reports Jan-Oct 2022
    assert published["003_11e614517402c173.txt"] == (None, False)  # "3 марта" has no year


@pytest.mark.parametrize("article", sorted(EXPECTED))
def test_golden_file(corpus: tradeviz.Corpus, article: str) -> None:
    """Every column of every fact, as jsonl; TRADEVIZ_UPDATE_GOLDEN=1 rewrites the files after a reviewed change."""
    rows = corpus.facts[corpus.facts["article"] == article]
    got = [json.loads(line) for line in format_jsonl(rows).splitlines()]
    path = GOLDEN / (article.removesuffix(".txt") + ".json")
    if os.environ.get("TRADEVIZ_UPDATE_GOLDEN") == "1":
        path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert got == json.loads(path.read_text(encoding="utf-8"))
