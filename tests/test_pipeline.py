"""Loading a corpus: the fact cache (re-runs cost only what changed), worker processes, skipped files."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

import tradeviz
import tradeviz.pipeline as pipeline
from pipeline_helpers import SENTENCE, copy_of_bundled, count_extractions
from tradeviz import cache
from tradeviz.cache import FactCache
from tradeviz.pipeline import load_corpus


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    return copy_of_bundled(tmp_path)


def _drop_snapshot(cache: Path) -> None:
    """Make the next load go through the fact cache file by file (`snapshot` keeps whole loads)."""
    (cache / "snapshot.json").unlink()


@pytest.mark.parametrize("whole", [True, False], ids=["from the snapshot", "from the fact cache"])
def test_a_cached_rerun_gives_the_same_frame_without_reading(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, whole: bool
) -> None:
    cache = tmp_path / "cache"
    first = load_corpus([corpus_dir], cache_dir=cache)
    fresh = load_corpus([corpus_dir])
    pd.testing.assert_frame_equal(first.facts, fresh.facts)
    if not whole:
        _drop_snapshot(cache)

    def no_reading(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("an unchanged file was read again")

    monkeypatch.setattr(pipeline, "read_file_bytes", no_reading)
    second = load_corpus([corpus_dir], cache_dir=cache)
    pd.testing.assert_frame_equal(second.facts, first.facts)
    assert second.articles == first.articles


def test_only_the_changed_article_is_extracted_again(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    load_corpus([corpus_dir], cache_dir=cache)
    seen = count_extractions(monkeypatch)
    changed = corpus_dir / "003_11e614517402c173.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n" + SENTENCE.format(year=2019, amount="12,8"))
    (corpus_dir / "new.txt").write_text(SENTENCE.format(year=2020, amount="21,4"), encoding="utf-8")
    corpus = load_corpus([corpus_dir], cache_dir=cache)
    assert sorted(seen) == ["003_11e614517402c173.txt", "new.txt"]
    amounts = corpus.facts.set_index("article")["amount"]
    assert amounts["003_11e614517402c173.txt"] == pytest.approx(12.8e9)
    assert amounts["new.txt"] == pytest.approx(21.4e9)
    assert len(corpus.facts) == 13


def test_a_copy_under_another_name_reuses_the_facts(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    load_corpus([corpus_dir], cache_dir=cache)
    shutil.copy(corpus_dir / "000_4ff69e7c748ea9d7.txt", corpus_dir / "copy.txt")
    seen = count_extractions(monkeypatch)
    corpus = load_corpus([corpus_dir], cache_dir=cache)
    assert seen == []
    assert (corpus.facts["article"] == "copy.txt").sum() == 2


def test_contents_no_file_holds_leave_the_cache(corpus_dir: Path, tmp_path: Path) -> None:
    cache, other = tmp_path / "cache", tmp_path / "other"
    other.mkdir()
    (other / "kept.txt").write_text(SENTENCE.format(year=2018, amount="9,1"), encoding="utf-8")
    load_corpus([other], cache_dir=cache)  # another folder sharing the cache: never pruned by this one
    first = load_corpus([corpus_dir], cache_dir=cache)
    hashes = {info.name: info.content_hash for info in first.articles}
    edited, deleted = corpus_dir / "003_11e614517402c173.txt", corpus_dir / "000_4ff69e7c748ea9d7.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n" + SENTENCE.format(year=2019, amount="12,8"))
    deleted.unlink()
    second = load_corpus([corpus_dir], cache_dir=cache)
    kept = set(FactCache(cache).articles)
    assert hashes[edited.name] not in kept and hashes[deleted.name] not in kept
    assert {info.content_hash for info in second.articles} <= kept
    assert len(kept) == len(second.articles) + 1  # and other/kept.txt
    cached_facts = FactCache(cache).stored_facts()
    assert set(cached_facts["content_hash"]) <= kept
    pd.testing.assert_frame_equal(load_corpus([corpus_dir], cache_dir=cache).facts, second.facts)
    pd.testing.assert_frame_equal(load_corpus([corpus_dir]).facts, second.facts)


def test_other_rules_or_a_damaged_cache_start_afresh(corpus_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    expected = load_corpus([corpus_dir], cache_dir=cache).facts
    (cache / "version.txt").write_text("rules of another day", encoding="utf-8")
    _drop_snapshot(cache)
    assert FactCache(cache).articles == {}
    pd.testing.assert_frame_equal(load_corpus([corpus_dir], cache_dir=cache).facts, expected)
    (cache / "facts.parquet").write_bytes(b"not parquet")
    _drop_snapshot(cache)
    assert FactCache(cache).articles == {}
    pd.testing.assert_frame_equal(load_corpus([corpus_dir], cache_dir=cache).facts, expected)


def _no_file_lookups(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_lookup(*args: object, **kwargs: object) -> None:
        raise AssertionError("the files were looked up one by one")

    monkeypatch.setattr(pipeline, "FactCache", no_lookup)


def test_an_unchanged_corpus_loads_whole_from_its_snapshot(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    (corpus_dir / "bad.txt").write_bytes(b"\x00\x01binary")
    first = load_corpus([corpus_dir], cache_dir=cache)
    with monkeypatch.context() as patched:
        _no_file_lookups(patched)
        again = load_corpus([str(corpus_dir)], cache_dir=cache)  # the same folder, named as text
    pd.testing.assert_frame_equal(again.facts, first.facts)
    assert again.articles == first.articles and again.skipped == first.skipped
    assert [item.path.name for item in again.skipped] == ["bad.txt"]
    assert len(list(cache.glob("snapshot-*.parquet"))) == 2  # one snapshot's tables: older ones removed


def _edit(folder: Path) -> None:
    edited = folder / "003_11e614517402c173.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n" + SENTENCE.format(year=2019, amount="12,8"))


def _add(folder: Path) -> None:
    (folder / "sub").mkdir()
    (folder / "sub" / "new.txt").write_text(SENTENCE.format(year=2020, amount="21,4"), encoding="utf-8")


def _remove(folder: Path) -> None:
    (folder / "000_4ff69e7c748ea9d7.txt").unlink()


@pytest.mark.parametrize("change", [_edit, _add, _remove], ids=["edited", "added", "removed"])
def test_a_change_under_the_folder_is_never_answered_from_the_snapshot(
    corpus_dir: Path, tmp_path: Path, change: Callable[[Path], None]
) -> None:
    cache = tmp_path / "cache"
    load_corpus([corpus_dir], cache_dir=cache)
    change(corpus_dir)
    changed = load_corpus([corpus_dir], cache_dir=cache)
    expected = load_corpus([corpus_dir])
    pd.testing.assert_frame_equal(changed.facts, expected.facts)
    assert changed.articles == expected.articles
    pd.testing.assert_frame_equal(load_corpus([corpus_dir], cache_dir=cache).facts, expected.facts)


def test_a_snapshot_of_other_paths_rules_or_damaged_is_not_used(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    whole = load_corpus([corpus_dir], cache_dir=cache)
    one = corpus_dir / "000_4ff69e7c748ea9d7.txt"
    assert [info.name for info in load_corpus([one], cache_dir=cache).articles] == [one.name]
    assert load_corpus([corpus_dir], cache_dir=cache).articles == whole.articles
    monkeypatch.setattr(pipeline, "extractor_version", lambda: "rules of another day")
    with monkeypatch.context() as patched:
        _no_file_lookups(patched)
        with pytest.raises(AssertionError, match="one by one"):
            load_corpus([corpus_dir], cache_dir=cache)
    load_corpus([corpus_dir], cache_dir=cache)
    for table in cache.glob("snapshot-*-facts.parquet"):
        table.write_bytes(b"not parquet")
    pd.testing.assert_frame_equal(load_corpus([corpus_dir], cache_dir=cache).facts, whole.facts)
    (cache / "snapshot.json").write_text("{not json", encoding="utf-8")
    pd.testing.assert_frame_equal(load_corpus([corpus_dir], cache_dir=cache).facts, whole.facts)


def _many(folder: Path, count: int) -> Path:
    folder.mkdir()
    for number in range(count):
        text = SENTENCE.format(year=2000 + number % 25, amount=f"{number},5")
        (folder / f"{number:03d}.txt").write_text(text, encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x01binary")
    return folder


def test_worker_processes_give_the_same_frame(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _many(tmp_path / "many", 150)
    monkeypatch.setattr(pipeline, "_IN_PROCESS_BELOW", 100)  # 150 files: worker processes (as by default)
    one = load_corpus([folder], jobs=1)
    two = load_corpus([folder], jobs=2)
    pd.testing.assert_frame_equal(one.facts, two.facts)
    assert len(two.facts) == 150 and len(two.articles) == 150
    assert [s.path.name for s in two.skipped] == ["bad.txt"]


def test_a_few_files_are_extracted_without_starting_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _many(tmp_path / "few", 20)

    def no_workers(*args: object, **kwargs: object) -> None:
        raise AssertionError("worker processes started for a few files")

    monkeypatch.setattr(pipeline.concurrent.futures, "ProcessPoolExecutor", no_workers)
    corpus = load_corpus([folder], jobs=2)
    assert len(corpus.facts) == 20 and [s.path.name for s in corpus.skipped] == ["bad.txt"]


def test_article_text_is_read_back_for_the_quotes(corpus_dir: Path) -> None:
    corpus = load_corpus([corpus_dir])
    for row in corpus.facts.itertuples():
        assert corpus.article_text(row.article)[row.start : row.end] == row.quote


def test_the_cache_fingerprint_covers_every_extraction_module() -> None:
    """A change to a word table or the regex toolkit (in subfolders of extract/) must empty the cache."""
    package = Path(tradeviz.__file__).resolve().parent
    sources = set(cache.extractor_sources())
    for path in [*package.glob("extract/**/*.py"), *package.glob("read/**/*.py")]:
        assert path in sources, path
    assert package / "extract" / "vocab" / "ru.py" in sources
