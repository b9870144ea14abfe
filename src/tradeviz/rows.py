"""A small `tradeviz extract` without pandas: the fact rows of a few files, written as the terminal table,
JSONL or CSV, byte for byte what the facts frame gives (`cli.format_table`, `cli.format_jsonl`,
`export.frame_to_csv`; tests/test_rows.py compares them on the corpora and on generated rows).

Why: importing pandas costs about 0.45 s, more than extracting a handful of articles, and the fact cache
needs it (Parquet). So a few small files (`SMALL_FILES`, `SMALL_BYTES`) that ask for nothing a frame does
(`--ids`, a corrections file, Parquet or XLSX, an explicit `--cache`) are extracted afresh here, and the
cache is neither read nor written: it stays as the last full load left it.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import datetime as dt
import io
import json
import math
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from tradeviz.cells import CSV_ENCODING, CSV_LINE_END, UNGUARDED, neutralise
from tradeviz.frame import COLUMNS, DTYPES, FactRow
from tradeviz.outlets import canonical_source
from tradeviz.per_file import _init_worker, process
from tradeviz.read import ArticleInfo, Skipped, iter_file_paths

SMALL_FILES = 20
SMALL_BYTES = 256 * 1024
"""At most this many files of at most this many bytes in all go without pandas: ~100 typical articles'
worth of bytes, which extract in about the time importing pandas and reading the cache take."""

TABLE_COLUMNS = (
    "article",
    "metric",
    "kind",
    "period_start",
    "period_end",
    "target_year",
    "qualifier",
    "value",
    "unit",
    "currency",
    "growth_pct",
    "parties",
    "region",
    "source",
    "quote",
)
"""The terminal table's columns: the ones an analyst scans first."""
QUOTE_SHOWN = 70
"""Characters of a quote the table shows (longer ones end in `...`)."""


@dataclasses.dataclass(frozen=True)
class Extracted:
    """A small extract: the facts as typed rows in the frame's order, the articles read, what was skipped."""

    rows: list[FactRow]
    articles: tuple[ArticleInfo, ...]
    skipped: tuple[Skipped, ...]


def small_files(paths: Sequence[str | os.PathLike[str]]) -> tuple[list[Path], list[Skipped]] | None:
    """The files under `paths` and what was skipped finding them, when they are few and small; else None
    (the listing stops at the first file over the count or the size)."""
    files: list[Path] = []
    skipped: list[Skipped] = []
    size = 0
    for item in iter_file_paths(paths):
        if isinstance(item, Skipped):
            skipped.append(item)
            continue
        files.append(item[0])
        with contextlib.suppress(OSError):  # a file that cannot be read is reported when it is read
            size += os.stat(item[1]).st_size
        if len(files) > SMALL_FILES or size > SMALL_BYTES:
            return None
    return files, skipped


def extract_files(files: Iterable[Path], skipped: Iterable[Skipped]) -> Extracted:
    """Read and extract each file in this process, as `pipeline.load_corpus` does without a cache."""
    _init_worker(frozenset())
    found = list(skipped)
    articles: list[ArticleInfo] = []
    rows: list[FactRow] = []
    for path in files:
        outcome = process(path)
        if isinstance(outcome, Skipped):
            found.append(outcome)
            continue
        info, facts, _ = outcome
        articles.append(info)
        rows.extend(facts or ())
    found.sort(key=lambda item: str(item.path))
    return Extracted(_in_frame_order(rows, articles), tuple(articles), tuple(found))


_ARTICLE, _START, _SOURCE = (COLUMNS.index(name) for name in ("article", "start", "source"))


def _in_frame_order(rows: list[FactRow], articles: Sequence[ArticleInfo]) -> list[FactRow]:
    """Typed rows with one name per outlet, in article order then text order (`pipeline._facts_frame`)."""
    order = {info.name: position for position, info in enumerate(articles)}
    typed = [_typed(row) for row in rows]
    typed.sort(key=lambda row: (order.get(str(row[_ARTICLE]), len(order)), int(row[_START])))  # type: ignore[call-overload]
    return typed


def _typed(row: FactRow) -> FactRow:
    """The row's values as the frame holds them (float columns float, dates dates...), source named once."""
    values: list[object] = []
    for name, value in zip(COLUMNS, row, strict=True):
        dtype = DTYPES[name]
        if value is None:
            values.append(False if dtype == "bool" else None)
        elif dtype == "string":
            values.append(str(value))
        elif dtype == "float64":
            values.append(float(value))  # type: ignore[arg-type]
        elif dtype in ("Int64", "int64"):
            values.append(int(value))  # type: ignore[call-overload]
        elif dtype == "bool":
            values.append(bool(value))
        elif isinstance(value, dt.datetime):
            values.append(value.date())
        else:
            values.append(value)
    if values[_SOURCE] is not None:
        values[_SOURCE] = canonical_source(str(values[_SOURCE]))
    return tuple(values)


# --- the formats --------------------------------------------------------------------------------------


def jsonl(rows: Iterable[FactRow]) -> str:
    """One JSON object per fact, as `cli.format_jsonl` writes a frame."""
    lines = []
    for row in rows:
        record = {}
        for name, value in zip(COLUMNS, row, strict=True):
            if isinstance(value, dt.date):  # only the date columns hold dates
                value = value.isoformat()
            elif isinstance(value, float) and not math.isfinite(value):
                value = None
            record[name] = value
        lines.append(json.dumps(record, ensure_ascii=False, allow_nan=False))
    return "".join(line + "\n" for line in lines)


def csv_bytes(rows: Iterable[FactRow]) -> bytes:
    """The CSV `export.frame_to_csv` writes of the frame (comma dialect): formulas neutralised, UTF-8 BOM."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=CSV_LINE_END, quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([_csv_cell(name, value) for name, value in zip(COLUMNS, row, strict=True)])
    return buffer.getvalue().encode(CSV_ENCODING)


def _csv_cell(name: str, value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, str):
        return value if value in UNGUARDED.get(name, ()) else neutralise(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)  # numpy's shortest round-trip text of a float64, which pandas writes
    return value


def table(rows: Sequence[FactRow]) -> str:
    """The terminal table `cli.format_table` draws with pandas: right-aligned columns one space apart,
    floats to six decimals with trailing zeros dropped, tabs and line breaks shown as `\\t`, `\\n`."""
    if not rows:
        return "no facts found\n"
    positions = [COLUMNS.index(name) for name in TABLE_COLUMNS]
    columns = []
    for name, at in zip(TABLE_COLUMNS, positions, strict=True):
        cells = [_table_cell(name, row[at]) for row in rows]
        width = max(len(name), *(len(cell) for cell in cells))
        columns.append([name.rjust(width), *(cell.rjust(width) for cell in cells)])
    widths = [max(map(len, column)) + 1 for column in columns[:-1]] + [max(map(len, columns[-1]))]
    lines = (
        "".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True))
        for line in zip(*columns, strict=True)
    )
    return "\n".join(lines) + "\n"


_ESCAPED = str.maketrans({"\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _table_cell(name: str, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        text = f"{value: .6f}".rstrip("0")
        return text + "0" if text.endswith(".") else text
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    if name == "quote" and len(text) > QUOTE_SHOWN:
        text = text[: QUOTE_SHOWN - 3] + "..."
    return text.translate(_ESCAPED)
