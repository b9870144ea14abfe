"""Safe file writing shared by the article store, the corrections file and the fact cache: one lock that
every writer (thread or process) takes, and a folder sync that makes a rename survive a crash."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import filelock


@contextlib.contextmanager
def exclusive_lock(lock_file: Path, *, wait: float, busy: Callable[[], Exception]) -> Iterator[None]:
    """Hold the platform's file lock on `lock_file` (filelock: flock, or msvcrt on Windows; created if
    missing); raise `busy()` after `wait` seconds of waiting. A new lock object per call, so threads of one
    process exclude each other as processes do."""
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    lock = filelock.FileLock(lock_file, timeout=wait, poll_interval=0.005)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise busy() from None
    try:
        yield
    finally:
        lock.release()


@contextlib.contextmanager
def written_temporary(folder: Path, text: str, *, prefix: str, suffix: str, mode: int) -> Iterator[Path]:
    """A new file in `folder` holding `text`, whole and fsynced, with permissions `mode`, for the caller to
    give its name (by rename or link); removed on leaving if it is still there under its temporary name."""
    descriptor, name = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=suffix)
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)  # mkstemp makes it private
        yield temporary
    finally:
        temporary.unlink(missing_ok=True)


def sync_folder(folder: Path) -> None:
    """Make a rename or a new name in `folder` durable; a folder that cannot be fsynced is no error."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


# Each folder's subfolders as last listed, by its path, with the status they were listed at: a folder's
# modification time changes whenever an entry is added, removed or renamed in it, so while it stays the
# same a shallow signature need not list the folder again (tens of milliseconds for 50,000 files).
_SUBFOLDERS: dict[str, tuple[tuple[int, int, int], list[str]]] = {}


def tree_signature(root: Path, *, deep: bool) -> str:
    """A digest of what is under `root`, to tell cheaply whether anything there changed.

    Shallow: every folder's modification time, which a file added, removed or renamed changes (a stat of
    each folder). Deep: also every file's size and modification time, which an edit in place changes (a
    stat per file, tenths of a second for 50,000 files). Dot files are left out.
    """
    digest = hashlib.blake2b(digest_size=16)
    seen: set[str] = set()
    pending = [root]
    while pending:
        folder = pending.pop()
        try:
            status = folder.stat()
        except OSError:
            digest.update(f"{folder}\0missing\n".encode("utf-8", "surrogateescape"))
            continue
        digest.update(
            f"{folder}\0{status.st_size}\0{status.st_mtime_ns}\n".encode("utf-8", "surrogateescape")
        )
        if not folder.is_dir():
            continue
        real = os.path.realpath(folder)
        if real in seen:  # a link back up the tree
            continue
        seen.add(real)
        stamp = (status.st_ino, status.st_mtime_ns, status.st_size)
        known = _SUBFOLDERS.get(real)
        if not deep and known is not None and known[0] == stamp:
            pending.extend(Path(os.path.join(folder, name)) for name in known[1])
            continue
        folders: list[str] = []
        files: list[tuple[str, int, int]] = []
        try:
            with os.scandir(folder) as listing:
                for entry in listing:
                    if entry.name.startswith("."):
                        continue
                    try:
                        if entry.is_dir():
                            folders.append(entry.name)
                        elif deep and entry.is_file():
                            stat = entry.stat()
                            files.append((entry.name, stat.st_size, stat.st_mtime_ns))
                    except OSError:
                        continue
        except OSError:
            digest.update(f"{folder}\0unreadable\n".encode("utf-8", "surrogateescape"))
            continue
        digest.update(
            "".join(f"{name}\0{size}\0{mtime}\n" for name, size, mtime in sorted(files)).encode(
                "utf-8", "surrogateescape"
            )
        )
        folders.sort(reverse=True)
        _SUBFOLDERS[real] = (stamp, folders)
        pending.extend(Path(os.path.join(folder, name)) for name in folders)
    return digest.hexdigest()
