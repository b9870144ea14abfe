"""Safe file writing shared by the article store, the corrections file and the fact cache: one lock that
every writer (thread or process) takes, and a folder sync that makes a rename survive a crash."""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path


@contextlib.contextmanager
def exclusive_lock(lock_file: Path, *, wait: float, busy: Callable[[], Exception]) -> Iterator[None]:
    """Hold an flock on `lock_file` (created if missing); raise `busy()` after `wait` seconds of waiting."""
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_file, "a+b") as handle:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise busy() from None
                time.sleep(0.005)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


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
