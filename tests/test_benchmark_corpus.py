"""The benchmark corpus (benchmarks/generate.py): reproducible from its seed, and read right by the extractor.

A small corpus is generated once per module; the extractor must find every fact the generator planted and
none of its near-misses (GDP, deals, loans, a country's total trade, trade with groups, clutter headlines).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

import tradeviz

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import generate  # noqa: E402  (benchmarks/ is not a package: its scripts run as `python benchmarks/...`)
import scoring  # noqa: E402

SEED = 7
ARTICLES = 150


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("benchmark-corpus")
    generate.write_corpus(ARTICLES, SEED, folder)
    return folder


@pytest.fixture(scope="module")
def score(corpus: Path) -> scoring.Score:
    frame = tradeviz.extract_paths([corpus / generate.ARTICLES_DIR])
    facts, misses = generate.read_truth(corpus / generate.TRUTH_FILE)
    return scoring.score(frame, facts, misses)


def files_of(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_the_same_seed_gives_the_same_bytes(tmp_path: Path) -> None:
    generate.write_corpus(40, SEED, tmp_path / "a")
    generate.write_corpus(40, SEED, tmp_path / "b")
    generate.write_corpus(40, SEED + 1, tmp_path / "c")
    assert files_of(tmp_path / "a") == files_of(tmp_path / "b")
    assert files_of(tmp_path / "a")[generate.TRUTH_FILE] != files_of(tmp_path / "c")[generate.TRUTH_FILE]


def test_the_corpus_has_what_it_claims(corpus: Path) -> None:
    facts, misses = generate.read_truth(corpus / generate.TRUTH_FILE)
    texts = [path.read_bytes() for path in (corpus / generate.ARTICLES_DIR).iterdir()]
    assert len(texts) == ARTICLES
    assert len(facts) > ARTICLES  # 0-4 trade sentences an article, some with several facts
    assert {fact["metric"] for fact in facts} == {"turnover", "export", "import", "investment"}
    assert {fact["kind"] for fact in facts} == {"actual", "target"}
    assert {"USD", "CNY", "EUR", "RUB", "KZT"} <= {fact["currency"] for fact in facts}
    assert len({fact["parties"] for fact in facts}) >= 10
    assert {"gdp", "deals", "loan", "group_trade", "clutter_headline"} <= {
        miss["category"] for miss in misses
    }
    russian = sum(b"\xd0" in text or b"\xd1" in text for text in texts)  # UTF-8 Cyrillic lead bytes
    assert 0.3 < russian / ARTICLES < 0.7


def test_every_planted_fact_is_found(score: scoring.Score) -> None:
    assert score.recall == 1.0, "\n".join(score.examples)


def test_no_near_miss_becomes_a_fact(score: scoring.Score) -> None:
    assert not score.near_miss_hits, "\n".join(score.examples)
    assert score.precision == 1.0, "\n".join(score.examples)


def test_found_facts_have_the_planted_fields(score: scoring.Score) -> None:
    wrong: dict[str, Any] = dict(score.field_mismatches)
    assert not wrong, "\n".join(score.examples)


def test_a_larger_corpus_is_read_without_a_gap(tmp_path: Path) -> None:
    generate.write_corpus(1000, SEED, tmp_path)
    frame = tradeviz.extract_paths([tmp_path / generate.ARTICLES_DIR])
    facts, misses = generate.read_truth(tmp_path / generate.TRUTH_FILE)
    result = scoring.score(frame, facts, misses)
    assert (result.recall, result.precision) == (1.0, 1.0), "\n".join(result.examples)
    assert not result.field_mismatches, "\n".join(result.examples)


def test_another_seed_is_read_without_a_gap(tmp_path: Path) -> None:
    generate.write_corpus(300, 1, tmp_path)
    frame = tradeviz.extract_paths([tmp_path / generate.ARTICLES_DIR])
    facts, misses = generate.read_truth(tmp_path / generate.TRUTH_FILE)
    result = scoring.score(frame, facts, misses)
    assert (result.recall, result.precision) == (1.0, 1.0), "\n".join(result.examples)
    assert not result.field_mismatches, "\n".join(result.examples)
