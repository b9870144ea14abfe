"""The folder signature the dashboard uses to tell whether the articles changed."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tradeviz.files import tree_signature


def _bump(path: Path) -> None:
    """Move a file's modification time on by a second (file systems with coarse times miss fast edits)."""
    status = path.stat()
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns + 10**9))


def _edit_in_place(root: Path) -> None:
    (root / "sub" / "b.txt").write_text("b, longer now", "utf-8")
    _bump(root / "sub" / "b.txt")


def _add(root: Path) -> None:
    (root / "sub" / "c.txt").write_text("c", "utf-8")
    _bump(root / "sub")


def _remove(root: Path) -> None:
    (root / "a.txt").unlink()
    _bump(root)


def _rename(root: Path) -> None:
    (root / "a.txt").rename(root / "z.txt")
    _bump(root)


def _add_folder(root: Path) -> None:
    (root / "sub" / "new").mkdir()
    (root / "sub" / "new" / "d.txt").write_text("d", "utf-8")
    _bump(root / "sub")


def _remove_folder(root: Path) -> None:
    (root / "sub" / "b.txt").unlink()
    (root / "sub").rmdir()
    _bump(root)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("a", "utf-8")
    (tmp_path / "sub" / "b.txt").write_text("b", "utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("change", "seen_shallow"),
    [
        pytest.param(_add, True, id="added"),
        pytest.param(_remove, True, id="removed"),
        pytest.param(_rename, True, id="renamed"),
        pytest.param(_add_folder, True, id="folder added in a folder listed before"),
        pytest.param(_remove_folder, True, id="folder removed"),
        pytest.param(_edit_in_place, False, id="edited in place: only the deep look sees it"),
    ],
)
def test_changes_change_the_signature(root: Path, change: Callable[[Path], None], seen_shallow: bool) -> None:
    shallow, deep = tree_signature(root, deep=False), tree_signature(root, deep=True)
    assert tree_signature(root, deep=False) == shallow  # from the folders' listings kept, when unchanged
    change(root)
    assert tree_signature(root, deep=True) != deep
    assert (tree_signature(root, deep=False) != shallow) is seen_shallow


def test_nothing_changed_same_signature_and_dot_files_ignored(root: Path) -> None:
    before = tree_signature(root, deep=True)
    assert tree_signature(root, deep=True) == before
    mtime = root.stat().st_mtime_ns
    (root / ".DS_Store").write_bytes(b"\0")
    os.utime(root, ns=(root.stat().st_atime_ns, mtime))  # as if only the dot file's own time moved
    assert tree_signature(root, deep=True) == before


def test_missing_file_and_link_loop(tmp_path: Path) -> None:
    missing = tree_signature(tmp_path / "nowhere", deep=True)
    assert missing == tree_signature(tmp_path / "nowhere", deep=True)
    (tmp_path / "a.txt").write_text("a", "utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert tree_signature(tmp_path, deep=True) != missing  # and it returns: the loop is walked once
    single = tree_signature(tmp_path / "a.txt", deep=True)
    (tmp_path / "a.txt").write_text("a, edited", "utf-8")
    assert tree_signature(tmp_path / "a.txt", deep=True) != single


def test_a_folder_added_after_a_shallow_look_is_watched_by_the_next(root: Path) -> None:
    tree_signature(root, deep=False)
    _add_folder(root)
    before = tree_signature(root, deep=False)
    (root / "sub" / "new" / "e.txt").write_text("e", "utf-8")
    _bump(root / "sub" / "new")  # only the new folder's time moves
    assert tree_signature(root, deep=False) != before
