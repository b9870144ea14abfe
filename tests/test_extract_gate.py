"""The gate (extract/gate.py) changes no fact: the test corpora give the same facts through Hyperscan, through
the plain-Python path (no compiled extension) and with the gate off (every sentence read, as before the gate)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tradeviz.extract import gate
from tradeviz.frame import fact_row
from tradeviz.pipeline import extract_article
from tradeviz.read import Article, article_from_bytes, article_from_text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import generate  # noqa: E402  (benchmarks/ is not a package: its scripts run as `python benchmarks/...`)


def _articles() -> Iterator[Article]:
    """The bundled articles, the test articles, every case table's text and a generated feed of both kinds."""
    from test_extract_cases import CASES
    from test_extract_real_news import CASES as REAL_NEWS

    for folder in (ROOT / "data" / "articles", ROOT / "tests" / "articles"):
        for path in sorted(folder.glob("*.txt")):
            yield article_from_bytes(path, path.read_bytes())
    for number, case in enumerate([*CASES, *REAL_NEWS]):
        yield article_from_text(case.text, name=f"case-{number}", published=case.published)
    for share in (1.0, 0.2):
        for made in generate.generate(150, seed=11, trade_share=share):
            yield article_from_bytes(Path(made.name), made.data)


def _facts(engine: str, articles: list[Article]) -> list[tuple[object, ...]]:
    gate.use(engine)
    return [(article.name, *fact_row(fact)) for article in articles for fact in extract_article(article)[0]]


def test_same_facts_through_either_engine_as_with_no_gate() -> None:
    pytest.importorskip("hyperscan")
    articles = list(_articles())
    before = gate.engine()
    try:
        ungated = _facts("off", articles)
        assert len(ungated) > 1000  # the corpora hold facts to lose
        assert _facts("plain", articles) == ungated
        assert _facts("hyperscan", articles) == ungated
    finally:
        gate.use(before)
