"""A re-run after some files changed reuses the last load's snapshot file by file (issue 16): the files
unchanged since are taken from it, only the others are looked up or extracted, and the corpus is exactly the
one a fresh load gives (frame and its row order, articles, skipped files)."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tradeviz.pipeline as pipeline
import tradeviz.rerun as rerun
from pipeline_helpers import ARTICLES, SENTENCE, count_extractions
from tradeviz.pipeline import Corpus, load_corpus

NAMES = sorted(path.name for path in ARTICLES.iterdir())
DATELESS = "Товарооборот между Казахстаном и Китаем за 2019 год составил {amount} млрд долларов."


def _assert_as_fresh(corpus: Corpus, folder: Path) -> None:
    fresh = load_corpus([folder])
    pd.testing.assert_frame_equal(corpus.facts, fresh.facts)
    assert corpus.articles == fresh.articles
    assert [(item.path, item.reason) for item in corpus.skipped] == [
        (item.path, item.reason) for item in fresh.skipped
    ]


def _reused(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many files each load after this call took unchanged from the snapshot, when it did."""
    seen: list[int] = []
    taken: list[int] = []
    kept_infos, facts_frame = rerun.kept_infos, rerun.facts_frame

    def counting(previous: Any, rows: Any, paths: Any) -> Any:
        infos = kept_infos(previous, rows, paths)
        taken.append(len(infos))
        return infos

    def assembling(*args: Any) -> Any:
        result = facts_frame(*args)
        seen.append(taken[-1])
        return result

    monkeypatch.setattr(rerun, "kept_infos", counting)
    monkeypatch.setattr(rerun, "facts_frame", assembling)
    return seen


def _stat(path: Path | None) -> tuple[int, int] | None:
    status = path.stat() if path is not None and path.exists() else None
    return None if status is None else (status.st_size, status.st_mtime_ns)


def _stats(folder: Path) -> dict[Path, tuple[int, int] | None]:
    return {path: _stat(path) for path in folder.rglob("*")}


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + "\n" + text, encoding="utf-8")


def _edit(folder: Path) -> None:
    _append(folder / NAMES[3], SENTENCE.format(year=2019, amount="12,8"))


def _copy(folder: Path) -> None:
    shutil.copy(folder / NAMES[1], folder / "copy.txt")


def _copy_dateless(folder: Path) -> None:
    shutil.copy(folder / "dateless.txt", folder / "dateless-copy.txt")


def _revert(folder: Path) -> None:
    """A content the fact cache holds (from a load of other paths) but the snapshot does not."""
    shutil.copy(folder.parent / "other" / "other.txt", folder / "dateless.txt")


def _touch(folder: Path) -> None:
    os.utime(folder / NAMES[2], ns=(10**18, 10**18))


def _rename(folder: Path) -> None:
    (folder / NAMES[0]).rename(folder / "renamed.txt")


def _break(folder: Path) -> None:
    (folder / NAMES[4]).write_bytes(b"\x00\x01binary")


def _mend(folder: Path) -> None:
    (folder / "bad.txt").write_text(SENTENCE.format(year=2020, amount="7,1"), encoding="utf-8")


def _subfolder(folder: Path) -> None:
    (folder / "sub").mkdir()
    (folder / "sub" / "a.txt").write_text(SENTENCE.format(year=2018, amount="3,3"), encoding="utf-8")


def _same_name(folder: Path) -> None:
    """A second article of a name already taken: the rows cannot be told apart by name."""
    (folder / "sub").mkdir()
    shutil.copy(folder / NAMES[2], folder / "sub" / NAMES[2])
    _append(folder / "sub" / NAMES[2], SENTENCE.format(year=2017, amount="1,1"))


def _all_at_once(folder: Path) -> None:
    for change in (_edit, _copy, _rename, _break, _mend, _subfolder, _copy_dateless):
        change(folder)
    (folder / NAMES[2]).unlink()


# change -> (the files it makes the load extract, whether the snapshot is reused file by file)
SCENARIOS: dict[str, tuple[Callable[[Path], None], list[str], bool]] = {
    "an edit": (_edit, [NAMES[3]], True),
    "a file added": (
        lambda f: (f / "new.txt").write_text(SENTENCE.format(year=2021, amount="2,5")),
        ["new.txt"],
        True,
    ),
    "a file deleted": (lambda f: (f / NAMES[0]).unlink(), [], True),
    "a copy of a cached content": (_copy, [], True),
    "a copy of a dateless article": (_copy_dateless, [], True),
    "a content the cache holds": (_revert, [], True),
    "touched, same content": (_touch, [], True),
    "renamed": (_rename, [], True),
    "a good file made bad": (_break, [], True),
    "a bad file mended": (_mend, ["bad.txt"], True),
    "a file in a new subfolder": (_subfolder, ["a.txt"], True),
    "two articles of one name": (_same_name, [NAMES[2]], False),
    "the bad file deleted": (lambda f: (f / "bad.txt").unlink(), [], True),
    "all at once": (_all_at_once, [NAMES[3], "a.txt", "bad.txt"], True),
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(ARTICLES, folder)
    (folder / "bad.txt").write_bytes(b"\x00\x01binary")
    (folder / "dateless.txt").write_text(DATELESS.format(amount="31,5"), encoding="utf-8")
    return folder


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_a_changed_rerun_is_a_fresh_load(
    name: str, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    change, extracted, reused = SCENARIOS[name]
    cache = tmp_path / "cache"
    if name == "a content the cache holds":
        (tmp_path / "other").mkdir()
        (tmp_path / "other" / "other.txt").write_text(DATELESS.format(amount="77,7"), encoding="utf-8")
        load_corpus([folder, tmp_path / "other"], cache_dir=cache)
    load_corpus([folder], cache_dir=cache)
    before = _stats(folder)
    change(folder)
    seen = count_extractions(monkeypatch)
    kept = _reused(monkeypatch)
    corpus = load_corpus([folder], cache_dir=cache)
    assert sorted(seen) == sorted(extracted)
    unchanged = [info.path for info in corpus.articles if _stat(info.path) == before.get(info.path)]
    assert kept == ([len(unchanged)] if reused else [])  # the unchanged files taken whole, if any
    _assert_as_fresh(corpus, folder)
    with monkeypatch.context() as patched:  # and the snapshot it kept answers the next load
        patched.setattr(pipeline, "_load", None)
        again = load_corpus([folder], cache_dir=cache)
    pd.testing.assert_frame_equal(again.facts, corpus.facts)
    assert again.articles == corpus.articles


def test_only_changed_files_are_extracted_or_looked_up(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    load_corpus([folder], cache_dir=cache)
    _edit(folder)
    (folder / "new.txt").write_text(SENTENCE.format(year=2021, amount="2,5"), encoding="utf-8")
    seen = count_extractions(monkeypatch)
    looked_up: list[str] = []
    original = pipeline._cached_info

    def counting(cache: object, path: Path, text: str, stat: os.stat_result) -> object:
        looked_up.append(path.name)
        return original(cache, path, text, stat)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "_cached_info", counting)
    corpus = load_corpus([folder], cache_dir=cache)
    assert sorted(seen) == sorted([NAMES[3], "new.txt"])
    assert sorted(looked_up) == sorted([NAMES[3], "new.txt", "bad.txt"])  # a bad file is read each time
    _assert_as_fresh(corpus, folder)


def test_a_file_added_to_an_empty_folder(tmp_path: Path) -> None:
    folder, cache = tmp_path / "articles", tmp_path / "cache"
    folder.mkdir()
    assert load_corpus([folder], cache_dir=cache).articles == ()
    (folder / "new.txt").write_text(SENTENCE.format(year=2021, amount="2,5"), encoding="utf-8")
    _assert_as_fresh(load_corpus([folder], cache_dir=cache), folder)
    (folder / "new.txt").unlink()  # and back to empty
    _assert_as_fresh(load_corpus([folder], cache_dir=cache), folder)


@pytest.mark.parametrize(
    "damage",
    [
        "rows of another article",
        "a count off by one",
        "another origin",
        "files table missing",
    ],
)
def test_a_snapshot_in_doubt_means_the_usual_load(
    damage: str, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    load_corpus([folder], cache_dir=cache)
    index = json.loads((cache / "snapshot.json").read_text())
    [articles] = cache.glob("snapshot-*-articles.parquet")
    table = pd.read_parquet(articles)
    if damage == "rows of another article":
        table["name"] = table["name"].iloc[::-1].to_numpy()
    elif damage == "a count off by one":
        table.loc[0, "facts"] += 1
        table.loc[1, "facts"] -= 1
    elif damage == "another origin":
        index["origin"][0] = "other rules"
    else:
        table = table.drop(columns=["file"])
    table.to_parquet(articles)
    (cache / "snapshot.json").write_text(json.dumps(index))
    _edit(folder)
    kept = _reused(monkeypatch)
    corpus = load_corpus([folder], cache_dir=cache)
    assert kept == []
    _assert_as_fresh(corpus, folder)


def test_a_crash_while_saving_leaves_a_snapshot_that_gives_no_stale_answer(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    load_corpus([folder], cache_dir=cache)
    _edit(folder)

    def crash(*args: object) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patched:
        patched.setattr(pipeline.snapshot, "write_text_atomically", crash)  # before the index names it
        with pytest.raises(KeyboardInterrupt):
            load_corpus([folder], cache_dir=cache)
    _append(folder / NAMES[1], SENTENCE.format(year=2016, amount="4,4"))
    _assert_as_fresh(load_corpus([folder], cache_dir=cache), folder)


_OPS = st.sampled_from(["edit", "add", "delete", "copy", "break", "touch", "revert"])


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(_OPS, st.integers(0, 9)), min_size=1, max_size=4))
def test_any_sequence_of_changes_reruns_as_a_fresh_load(
    steps: list[tuple[str, int]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    root = tmp_path_factory.mktemp("rerun")
    folder, cache = root / "articles", root / "cache"
    shutil.copytree(ARTICLES, folder)
    load_corpus([folder], cache_dir=cache)
    stamp = 10**18
    for step, (op, pick) in enumerate(steps):
        files = sorted(folder.iterdir())
        target = files[pick % len(files)] if files else None
        if op == "edit" and target is not None:
            _append(target, SENTENCE.format(year=2000 + step, amount=f"{pick + 1},5"))
        elif op == "add" or target is None:
            (folder / f"new-{step}.txt").write_text(DATELESS.format(amount=f"{pick},1"), encoding="utf-8")
        elif op == "delete":
            target.unlink()
        elif op == "copy":
            shutil.copy(target, folder / f"copy-{step}-{target.name}")
        elif op == "break":
            target.write_bytes(b"\x00\x01binary")
        elif op == "revert":
            shutil.copy(ARTICLES / NAMES[pick % len(NAMES)], target)
        if target is not None and target.exists():
            stamp += 10**9  # a distinct time for each change, whatever the clock's resolution
            os.utime(target, ns=(stamp, stamp))
        _assert_as_fresh(load_corpus([folder], cache_dir=cache), folder)
