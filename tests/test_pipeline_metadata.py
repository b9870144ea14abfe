"""An article's metadata is inferred only when a fact may come of it (the gate lets it through): an article
no fact can come of keeps what it states, and `Corpus.article_details` infers the rest when asked, the
values a full read gives. Nothing is lost: with the gate off, every article is as before."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tradeviz.extract import gate, may_hold_facts
from tradeviz.pipeline import load_corpus
from tradeviz.read import read_article, split_front_matter
from tradeviz.read.frontmatter import parse_published

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import generate  # noqa: E402  (benchmarks/ is not a package)

INFERRED = ("source", "title", "published", "lang")


@pytest.fixture(scope="module")
def feed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A realistic feed: 5 % trade articles, the rest ordinary news, half with front matter."""
    folder = tmp_path_factory.mktemp("feed")
    generate.write_corpus(120, 11, folder, 0.05)
    return folder / "articles"


def _full(path: Path) -> dict[str, object]:
    article = read_article(path)
    return {name: getattr(article, name) for name in INFERRED}


def test_metadata_is_inferred_where_a_fact_may_come_and_on_request_elsewhere(feed: Path) -> None:
    corpus = load_corpus([feed])
    with_facts = set(corpus.facts["article"])
    gated_out = 0
    for info in corpus.articles:
        assert info.path is not None
        full = _full(info.path)
        details = corpus.article_details(info.name)
        assert details is not None
        if not info.published_inferred:  # a date inferred from the facts is the facts', not the text's
            assert {name: getattr(details, name) for name in INFERRED} == full
        if may_hold_facts(read_article(info.path).text):
            assert {name: getattr(info, name) for name in INFERRED if name != "published"} == {
                name: full[name] for name in INFERRED if name != "published"
            }
            continue
        gated_out += 1
        assert info.name not in with_facts
        front, _ = split_front_matter(info.path.read_text(encoding="utf-8"))
        assert (info.source, info.title, info.lang) == (
            front.get("source"),
            front.get("title"),
            front.get("lang"),
        )
        assert info.published == (parse_published(front["published"]) if "published" in front else None)
    assert gated_out > 60  # most of a feed


def test_with_the_gate_off_every_article_has_its_metadata_inferred(feed: Path) -> None:
    before = gate.engine()
    try:
        gate.use("off")
        corpus = load_corpus([feed])
    finally:
        gate.use(before)
    for info in corpus.articles:
        assert info.path is not None
        full = _full(info.path)
        shown = {name: getattr(info, name) for name in INFERRED}
        if info.published_inferred:
            shown.pop("published"), full.pop("published")
        assert shown == full


def test_the_facts_are_the_same_with_and_without_the_gate(feed: Path) -> None:
    before = gate.engine()
    try:
        gate.use("off")
        ungated = load_corpus([feed]).facts
    finally:
        gate.use(before)
    assert load_corpus([feed]).facts.equals(ungated)


def test_a_copy_of_a_cached_content_gets_the_metadata_extracting_gave(tmp_path: Path) -> None:
    """A new file holding a content the cache already has is not extracted again, and its article is the one
    a fresh load gives: the date its facts imply included (it was the metadata read without extracting)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    text = "Товарооборот между Казахстаном и Китаем за 2019 год составил 31,5 млрд долларов."
    (folder / "a.txt").write_text(text, encoding="utf-8")
    load_corpus([folder], cache_dir=tmp_path / "cache")
    (folder / "b.txt").write_text(text, encoding="utf-8")
    cached = load_corpus([folder], cache_dir=tmp_path / "cache")
    fresh = load_corpus([folder])
    assert cached.articles == fresh.articles
    assert cached.article("b.txt").published_inferred  # type: ignore[union-attr]
