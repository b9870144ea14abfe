"""The fact cache's small helpers, also used by the load snapshot: files written atomically, Parquet columns
read back as Python values, where the cache lives."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Set as AbstractSet
from pathlib import Path

import numpy as np
import pandas as pd
import platformdirs


def _is_in(column: pd.Series, keys: AbstractSet[str]) -> np.ndarray:
    """`column.isin(keys)` for a column of text and many keys: pandas turns the keys into Arrow values one
    by one (0.2 s for 50,000), while a set answers for each row at once.

    >>> _is_in(pd.Series(["a", "b", None], dtype="string"), {"b", "c"}).tolist()
    [False, True, False]
    """
    return np.fromiter((value in keys for value in column.tolist()), dtype=bool, count=len(column))


def column_values(column: pd.Series) -> list[object]:
    """A column as Python values, missing ones as None."""
    return [
        None if missing else value
        for value, missing in zip(column.tolist(), column.isna().tolist(), strict=True)
    ]


def column_dates(column: pd.Series) -> list[dt.date | None]:
    """A timestamp column as dates, missing ones as None."""
    return [None if day is pd.NaT else day for day in pd.to_datetime(column).dt.date.tolist()]


def optional_text(value: object) -> str | None:
    return None if value is None else str(value)


def write_parquet_atomically(path: Path, frame: pd.DataFrame) -> None:
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", delete=False) as handle:
        temporary = Path(handle.name)
    try:
        frame.to_parquet(temporary, index=False)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def write_text_atomically(path: Path, text: str) -> None:
    with tempfile.NamedTemporaryFile(
        "w", dir=path.parent, prefix=f".{path.name}.", delete=False, encoding="utf-8"
    ) as handle:
        temporary = Path(handle.name)
        try:
            handle.write(text)
        except BaseException:
            handle.close()
            temporary.unlink(missing_ok=True)
            raise
    try:
        os.replace(temporary, path)
    finally:  # a failed rename (the target a folder) leaves no temporary behind
        temporary.unlink(missing_ok=True)


def default_cache_dir() -> Path:
    """$TRADEVIZ_CACHE, else the user's cache folder by the platform's rule (platformdirs): on Linux
    $XDG_CACHE_HOME/tradeviz or ~/.cache/tradeviz, on macOS ~/Library/Caches/tradeviz."""
    explicit = os.environ.get("TRADEVIZ_CACHE")
    if explicit:
        return Path(explicit)
    return platformdirs.user_cache_path("tradeviz", appauthor=False)
