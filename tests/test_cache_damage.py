"""A damaged fact cache or load snapshot, of whatever shape: a warning, the facts read again from the
articles, never lost or made up, and a sound cache again after the run (issue 14)."""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from tradeviz.cache import FactCache
from tradeviz.frame import facts_to_frame
from tradeviz.pipeline import load_corpus

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"


def _empty_facts(path: Path) -> None:
    facts_to_frame([]).assign(content_hash=pd.Series(dtype="string")).to_parquet(path, index=False)


def _only(pattern: str) -> Callable[[Path], Path]:
    def find(cache: Path) -> Path:
        (found,) = cache.glob(pattern)
        return found

    return find


# (what is damaged, how) -> the damage; the snapshot is dropped first for damage of the fact cache
FACT_CACHE_DAMAGE: dict[str, Callable[[Path], object]] = {
    "version.txt not text": lambda c: (c / "version.txt").write_bytes(b"\xff\xfe\x00garbage"),
    "facts.parquet not Parquet": lambda c: (c / "facts.parquet").write_bytes(b"not parquet"),
    "facts.parquet valid but empty": lambda c: _empty_facts(c / "facts.parquet"),
    "facts.parquet of another schema": lambda c: pd.DataFrame({"x": [1]}).to_parquet(c / "facts.parquet"),
    "manifest.parquet of another schema": lambda c: pd.DataFrame({"x": [1]}).to_parquet(
        c / "manifest.parquet"
    ),
    "articles.parquet a JSON list": lambda c: (c / "articles.parquet").write_text("[1, 2]", encoding="utf-8"),
    "articles.parquet of another schema": lambda c: pd.DataFrame({"content_hash": ["a"]}).to_parquet(
        c / "articles.parquet"
    ),
    "articles.parquet missing": lambda c: (c / "articles.parquet").unlink(),
}

SNAPSHOT_DAMAGE: dict[str, Callable[[Path], object]] = {
    "index a JSON list": lambda c: (c / "snapshot.json").write_text("[1, 2, 3]", encoding="utf-8"),
    "index a JSON string": lambda c: (c / "snapshot.json").write_text('"key"', encoding="utf-8"),
    "index not text": lambda c: (c / "snapshot.json").write_bytes(b"\xff\xfe\x00"),
    "index without counts": lambda c: (c / "snapshot.json").write_text(
        json.dumps({k: v for k, v in json.loads((c / "snapshot.json").read_text()).items() if k != "facts"}),
        encoding="utf-8",
    ),
    "index skipped not pairs": lambda c: (c / "snapshot.json").write_text(
        json.dumps({**json.loads((c / "snapshot.json").read_text()), "skipped": [1, 2]}), encoding="utf-8"
    ),
    "facts valid but empty": lambda c: facts_to_frame([]).to_parquet(_only("snapshot-*-facts.parquet")(c)),
    "facts of another schema": lambda c: pd.DataFrame({"x": [1]}).to_parquet(
        _only("snapshot-*-facts.parquet")(c)
    ),
    "articles of another schema": lambda c: pd.DataFrame({"x": [1]}).to_parquet(
        _only("snapshot-*-articles.parquet")(c)
    ),
}


@pytest.fixture(scope="module")
def expected(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    return load_corpus([ARTICLES]).facts


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(ARTICLES, folder)
    return folder


def _same(corpus_dir: Path, cache: Path, expected: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(load_corpus([corpus_dir], cache_dir=cache).facts, expected)


@pytest.mark.parametrize("damage", list(FACT_CACHE_DAMAGE), ids=list(FACT_CACHE_DAMAGE))
def test_a_damaged_fact_cache_is_rebuilt_from_the_articles(
    damage: str, corpus_dir: Path, tmp_path: Path, expected: pd.DataFrame, caplog: pytest.LogCaptureFixture
) -> None:
    cache = tmp_path / "cache"
    _same(corpus_dir, cache, expected)
    (cache / "snapshot.json").unlink()
    FACT_CACHE_DAMAGE[damage](cache)
    with caplog.at_level(logging.WARNING):
        _same(corpus_dir, cache, expected)
    assert any("fact cache" in record.getMessage() for record in caplog.records)
    (cache / "snapshot.json").unlink()
    assert len(FactCache(cache).articles) == len(list(corpus_dir.glob("*.txt")))  # sound again
    _same(corpus_dir, cache, expected)


@pytest.mark.parametrize("damage", list(SNAPSHOT_DAMAGE), ids=list(SNAPSHOT_DAMAGE))
def test_a_damaged_snapshot_is_replaced(
    damage: str, corpus_dir: Path, tmp_path: Path, expected: pd.DataFrame, caplog: pytest.LogCaptureFixture
) -> None:
    cache = tmp_path / "cache"
    _same(corpus_dir, cache, expected)
    SNAPSHOT_DAMAGE[damage](cache)
    with caplog.at_level(logging.WARNING):
        _same(corpus_dir, cache, expected)
    assert any("snapshot" in record.getMessage() for record in caplog.records)
    _same(corpus_dir, cache, expected)


@pytest.mark.parametrize("blocked", ["the cache path a file", "version.txt a folder"])
def test_a_cache_that_cannot_be_written_costs_only_time(
    blocked: str, corpus_dir: Path, tmp_path: Path, expected: pd.DataFrame, caplog: pytest.LogCaptureFixture
) -> None:
    cache = tmp_path / "cache"
    if blocked == "the cache path a file":
        cache.write_text("I am a file", encoding="utf-8")
    else:
        (cache / "version.txt").mkdir(parents=True)
    for _ in range(2):
        with caplog.at_level(logging.WARNING):
            _same(corpus_dir, cache, expected)
        assert any("cannot keep" in record.getMessage() for record in caplog.records)
    if blocked == "the cache path a file":
        assert cache.read_text(encoding="utf-8") == "I am a file"  # nothing of the user's is replaced
    else:
        assert not list(cache.glob(".version.txt.*"))  # no temporary left by the rename that failed


def test_a_fact_cache_damaged_after_it_was_opened_is_rebuilt(
    corpus_dir: Path, tmp_path: Path, expected: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    _same(corpus_dir, cache, expected)
    (cache / "snapshot.json").unlink()
    original = FactCache._load_tables

    def then_damage(self: FactCache) -> None:
        original(self)
        (cache / "facts.parquet").write_bytes(b"damaged between the look and the read")

    monkeypatch.setattr(FactCache, "_load_tables", then_damage)
    _same(corpus_dir, cache, expected)


def test_temporary_files_of_a_killed_writer_are_removed(corpus_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_corpus([corpus_dir], cache_dir=cache)
    old, recent = cache / ".facts.parquet.abc123", cache / ".manifest.parquet.def456"
    mine = cache / ".my-own-notes.txt"  # not the cache's: left alone
    for path in (old, recent, mine):
        path.write_bytes(b"half a table")
    an_hour_and_more = time.time() - 2 * 3600
    os.utime(old, (an_hour_and_more, an_hour_and_more))
    os.utime(mine, (an_hour_and_more, an_hour_and_more))
    (corpus_dir / "new.txt").write_text("Товарооборот Казахстана и Китая составил 41 млрд долларов.", "utf-8")
    load_corpus([corpus_dir], cache_dir=cache)
    assert not old.exists() and recent.exists() and mine.exists()
