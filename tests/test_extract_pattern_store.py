"""The compiled-pattern store (`extract.kit.compiled`): a stored pattern is the very pattern compiling its text
gives, the store is refreshed when the rules change, and a bad file is no store, never a failure."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import regex

from tradeviz.extract.kit import compiled

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = (ROOT / "data" / "articles", ROOT / "tests" / "articles")


def _import_extractor(folder: Path) -> None:
    env = {**os.environ, compiled.ENV: str(folder)}
    subprocess.run([sys.executable, "-c", "import tradeviz.extract"], env=env, check=True)


def test_the_extractors_patterns_are_stored_and_match_as_compiled(tmp_path: Path) -> None:
    _import_extractor(tmp_path)
    (file,) = tmp_path.iterdir()
    written = file.read_bytes()
    kept = compiled.load(file)
    assert len(kept) > 150  # every pattern the rules compile at import
    # The opcodes themselves differ from one process to the next (the engine's optimiser orders some sets
    # by object identity), so a stored pattern is compared with a fresh compile by what it finds.
    texts = [path.read_text("utf-8") for folder in ARTICLES for path in sorted(folder.glob("*.txt"))]
    for (text, flags, _), pattern in kept.items():
        fresh = regex.compile(text, flags, cache_pattern=False)
        assert (pattern.flags, pattern.groups, pattern.groupindex) == (
            fresh.flags,
            fresh.groups,
            fresh.groupindex,
        )
        for article in texts:
            found = [(m.span(), m.groups()) for m in pattern.finditer(article, timeout=5)]
            assert found == [(m.span(), m.groups()) for m in fresh.finditer(article, timeout=5)], text
    _import_extractor(tmp_path)  # nothing missed, nothing stale: the store is left as it was
    assert file.read_bytes() == written


def test_the_remembered_literals_and_tries_are_what_the_toolkit_derives(tmp_path: Path) -> None:
    from tradeviz.extract.kit import literals, tries

    _import_extractor(tmp_path)
    (file,) = tmp_path.iterdir()
    derived = compiled._derived(compiled._read(file))
    kinds = {kind for kind, _ in derived}
    assert kinds == {"literal_groups", "trie_alternation", "ordered_trie"} and len(derived) > 100
    derive: dict[str, Callable[[Any], object]] = {
        "literal_groups": lambda key: literals._literal_groups(*key),
        "trie_alternation": tries._trie_alternation,
        "ordered_trie": tries._ordered_trie,
    }
    for (kind, key), value in derived.items():
        assert derive[kind](key) == value, (kind, key)


def test_values_remembered_by_other_toolkit_code_are_derived_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "store.pickle"
    with compiled.stored_patterns(file):
        assert compiled.remembered("kind", "key", lambda: "first") == "first"
    with compiled.stored_patterns(file):
        assert compiled.remembered("kind", "key", lambda: "second") == "first"  # kept
    monkeypatch.setattr(compiled, "kit_version", lambda: "other code")
    with compiled.stored_patterns(file):
        assert compiled.remembered("kind", "key", lambda: "third") == "third"
    assert compiled.remembered("kind", "key", lambda: "no store open") == "no store open"


def test_a_changed_rule_is_compiled_and_the_store_keeps_only_what_is_asked(tmp_path: Path) -> None:
    file = tmp_path / "store.pickle"
    with compiled.stored_patterns(file):
        old = regex.compile(r"old\s+rule", regex.VERBOSE)
    with compiled.stored_patterns(file) as asked:
        new = regex.compile(r"new\s+rule", regex.VERBOSE)
        again = regex.compile(r"new\s+rule", regex.VERBOSE)
    assert new.search("a new   rule") and again is new and old.pattern == r"old\s+rule"
    assert [key[0] for key in asked] == [r"new\s+rule"]
    assert [key[0] for key in compiled.load(file)] == [r"new\s+rule"]
    with compiled.stored_patterns(file):
        assert regex.compile(r"new\s+rule", regex.VERBOSE).search("new rule")


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"not a pickle", id="damaged"),
        pytest.param(pickle.dumps(["a", "list"]), id="not-a-store"),
        pytest.param(pickle.dumps({"patterns": {("x", 0, 0): os.getcwd}}), id="a-foreign-global"),
        pytest.param(pickle.dumps({"patterns": {("x", 0, 0): regex.compile("y")}}), id="under-another-text"),
        pytest.param(pickle.dumps({("x", 0, 0): regex.compile("x")}), id="not-a-store-of-this-form"),
    ],
)
def test_a_bad_file_is_no_store_and_is_replaced(tmp_path: Path, content: bytes) -> None:
    file = tmp_path / "store.pickle"
    file.write_bytes(content)
    assert compiled.load(file) == {}
    with compiled.stored_patterns(file):
        assert regex.compile("x").match("x")
    assert [key[0] for key in compiled.load(file)] == ["x"]


def test_compile_is_restored_and_nothing_written_when_the_import_fails(tmp_path: Path) -> None:
    file = tmp_path / "store.pickle"
    original = regex.compile
    with pytest.raises(ZeroDivisionError), compiled.stored_patterns(file):
        regex.compile("x")
        _ = 1 / 0
    assert regex.compile is original and not file.exists()


def test_off_means_no_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(compiled.ENV, "off")
    assert compiled.store_file() is None
    original = regex.compile
    with compiled.stored_patterns():
        assert regex.compile is original
    monkeypatch.setenv(compiled.ENV, str(tmp_path))
    assert (
        compiled.store_file()
        == tmp_path / f"regex-{regex.__version__}-py{sys.version_info[0]}{sys.version_info[1]}.pickle"
    )


def test_an_unwritable_folder_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with compiled.stored_patterns(blocker / "store.pickle"):
        assert regex.compile("x").match("x")
