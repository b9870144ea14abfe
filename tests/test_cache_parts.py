"""The fact cache written as appended parts (issue 16): a re-run writes only what it changed, the result is
the frame of a fresh full extraction, and a crash or a damaged part never gives wrong or lost facts."""

from __future__ import annotations

import logging
from pathlib import Path

import pandas as pd
import pytest

import tradeviz.cache as cache_module
import tradeviz.pipeline as pipeline
from pipeline_helpers import SENTENCE, copy_of_bundled, count_extractions
from tradeviz import cache_parts
from tradeviz.cache import FactCache
from tradeviz.pipeline import load_corpus

EDITED, DELETED = "003_11e614517402c173.txt", "000_4ff69e7c748ea9d7.txt"


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    return copy_of_bundled(tmp_path)


def _change(folder: Path, year: int) -> None:
    """Edit one article, delete another, add a new one."""
    edited = folder / EDITED
    edited.write_text(edited.read_text(encoding="utf-8") + "\n" + SENTENCE.format(year=year, amount="12,8"))
    (folder / DELETED).unlink(missing_ok=True)
    (folder / f"new-{year}.txt").write_text(SENTENCE.format(year=year, amount="21,4"), encoding="utf-8")


def _load_through_cache(folder: Path, cache: Path) -> pipeline.Corpus:
    (cache / "snapshot.json").unlink(missing_ok=True)  # file by file, not the whole load kept
    return load_corpus([folder], cache_dir=cache)


def _assert_as_fresh(corpus: pipeline.Corpus, folder: Path) -> None:
    fresh = load_corpus([folder])
    pd.testing.assert_frame_equal(corpus.facts, fresh.facts)
    assert corpus.articles == fresh.articles


def _parts(cache: Path) -> list[cache_parts.Part]:
    return cache_parts.listed(cache, FactCache(cache).version)


def test_a_rerun_appends_a_part_and_leaves_the_tables_alone(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    load_corpus([corpus_dir], cache_dir=cache)
    tables = {name: (cache / name).stat().st_mtime_ns for name in ("facts.parquet", "articles.parquet")}
    _change(corpus_dir, 2019)
    seen = count_extractions(monkeypatch)
    corpus = load_corpus([corpus_dir], cache_dir=cache)
    assert sorted(seen) == [EDITED, "new-2019.txt"]  # the changed and the new file, no unchanged one
    assert DELETED not in set(corpus.facts["article"])
    _assert_as_fresh(corpus, corpus_dir)
    assert {name: (cache / name).stat().st_mtime_ns for name in tables} == tables  # not rewritten
    (part,) = _parts(cache)
    assert (part.articles, part.manifest) == (2, 3)  # two new contents; two files read, one forgotten
    seen.clear()
    again = _load_through_cache(corpus_dir, cache)  # the part read back: nothing extracted
    assert seen == []
    _assert_as_fresh(again, corpus_dir)
    held = FactCache(cache)
    assert set(held.stored_facts()["content_hash"]) <= set(held.articles)
    assert {info.content_hash for info in again.articles} == set(held.articles)  # the deleted one gone


def test_many_reruns_are_folded_into_the_tables(corpus_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_corpus([corpus_dir], cache_dir=cache)
    for year in range(2000, 2000 + cache_parts.MOST_PARTS + 1):
        _change(corpus_dir, year)
        corpus = load_corpus([corpus_dir], cache_dir=cache)
        assert len(_parts(cache)) == (year - 2000 + 1) % (cache_parts.MOST_PARTS + 1)
    assert _parts(cache) == [] and not list(cache.glob("part-*"))  # folded in, their files removed
    _assert_as_fresh(corpus, corpus_dir)
    _assert_as_fresh(_load_through_cache(corpus_dir, cache), corpus_dir)
    stored = pd.read_parquet(cache / "articles.parquet")
    assert len(stored) == len(corpus.articles)  # the contents no file holds left the tables


@pytest.mark.parametrize("torn", ["manifest", "articles", "facts", "index"])
def test_a_crash_while_a_part_is_written_leaves_a_correct_cache(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, torn: str
) -> None:
    """Killed after some of the part's files were renamed into place, before the index named the part."""
    cache = tmp_path / "cache"
    load_corpus([corpus_dir], cache_dir=cache)
    _change(corpus_dir, 2019)
    original = cache_module.write_parquet_atomically

    def crash(path: Path, frame: pd.DataFrame) -> None:
        if path.name.startswith(cache_parts.PREFIX) and path.name.endswith(f"-{torn}.parquet"):
            raise KeyboardInterrupt  # the process killed: nothing after this runs
        original(path, frame)

    def crash_index(directory: Path, version: str, parts: list[cache_parts.Part]) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patched:
        if torn == "index":
            patched.setattr(cache_parts, "write_index", crash_index)
        else:
            patched.setattr(cache_module, "write_parquet_atomically", crash)
        with pytest.raises(KeyboardInterrupt):
            load_corpus([corpus_dir], cache_dir=cache)
    assert _parts(cache) == []  # the index never named the part: its files are ignored
    seen = count_extractions(monkeypatch)
    after = _load_through_cache(corpus_dir, cache)
    assert sorted(seen) == [EDITED, "new-2019.txt"]  # what the lost part held is extracted again
    _assert_as_fresh(after, corpus_dir)
    seen.clear()
    again = _load_through_cache(corpus_dir, cache)
    assert seen == []
    _assert_as_fresh(again, corpus_dir)


def _damage_truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _damage_garbage(path: Path) -> None:
    path.write_bytes(b"not parquet at all")


def _damage_other_rows(path: Path) -> None:
    frame = pd.read_parquet(path)
    pd.concat([frame, frame], ignore_index=True).to_parquet(path, index=False)


@pytest.mark.parametrize("table", ["manifest", "articles", "facts"])
@pytest.mark.parametrize(
    "damage",
    [_damage_truncated, _damage_garbage, _damage_other_rows],
    ids=["torn", "garbage", "rows doubled"],
)
def test_a_damaged_part_is_detected_and_its_files_read_again(
    corpus_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    table: str,
    damage: object,
) -> None:
    cache = tmp_path / "cache"
    load_corpus([corpus_dir], cache_dir=cache)
    _change(corpus_dir, 2019)
    load_corpus([corpus_dir], cache_dir=cache)
    (part,) = _parts(cache)
    damage(cache_parts.path_of(cache, part.token, table))  # type: ignore[operator]
    with caplog.at_level(logging.WARNING):
        after = _load_through_cache(corpus_dir, cache)
    assert "damaged" in caplog.text
    _assert_as_fresh(after, corpus_dir)
    seen = count_extractions(monkeypatch)
    again = _load_through_cache(corpus_dir, cache)
    assert seen == []  # sound again
    _assert_as_fresh(again, corpus_dir)


def test_a_crash_while_the_parts_are_folded_in_reads_them_once(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tables rewritten with the parts in them, then killed before the index forgot the parts: the
    parts are read again on top of tables that hold them, and no fact comes twice."""
    cache = tmp_path / "cache"
    load_corpus([corpus_dir], cache_dir=cache)
    _change(corpus_dir, 2019)
    load_corpus([corpus_dir], cache_dir=cache)
    _change(corpus_dir, 2020)
    original = cache_parts.write_index

    def crash_on_folding(directory: Path, version: str, parts: list[cache_parts.Part]) -> None:
        if not parts:
            raise KeyboardInterrupt
        original(directory, version, parts)

    with monkeypatch.context() as patched:
        patched.setattr(FactCache, "_worth_compacting", lambda self: True)
        patched.setattr(cache_parts, "write_index", crash_on_folding)
        with pytest.raises(KeyboardInterrupt):
            load_corpus([corpus_dir], cache_dir=cache)
    assert len(_parts(cache)) == 1  # still named, and already in the tables
    _assert_as_fresh(_load_through_cache(corpus_dir, cache), corpus_dir)
    facts = FactCache(cache).stored_facts()
    assert not facts.duplicated().any()
