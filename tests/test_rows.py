"""The frame-free `tradeviz extract` (`tradeviz.rows`) writes the bytes the facts frame gives: the same table,
JSONL and CSV, on the corpora and on generated rows (floats, dates, empty cells, formulas, long and odd text);
and a small extract leaves the fact cache alone."""

from __future__ import annotations

import datetime as dt
import string
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradeviz import cells, export, rows
from tradeviz.cli import format_jsonl, format_table, main
from tradeviz.frame import COLUMNS, DTYPES, FactRow, rows_to_frame
from tradeviz.outlets import with_canonical_sources
from tradeviz.pipeline import load_corpus

ROOT = Path(__file__).resolve().parent.parent
CORPORA = (ROOT / "data" / "articles", ROOT / "tests" / "articles")


def _frame_outputs(typed: list[FactRow]) -> tuple[str, str, bytes]:
    frame = with_canonical_sources(rows_to_frame(typed))
    return format_table(frame), format_jsonl(frame), export.frame_to_csv(frame)


def _row_outputs(typed: list[FactRow]) -> tuple[str, str, bytes]:
    return rows.table(typed), rows.jsonl(typed), rows.csv_bytes(typed)


@pytest.mark.parametrize("folder", CORPORA, ids=lambda folder: folder.parent.name)
def test_the_corpora_give_the_same_bytes_with_and_without_a_frame(folder: Path) -> None:
    files = sorted(folder.glob("*.txt"))
    extracted = rows.extract_files(files, [])
    corpus = load_corpus(files)
    assert len(extracted.rows) == len(corpus.facts) > 0
    assert extracted.articles == corpus.articles
    frame = with_canonical_sources(corpus.facts)
    assert rows.table(extracted.rows) == format_table(frame)
    assert rows.jsonl(extracted.rows) == format_jsonl(frame)
    assert rows.csv_bytes(extracted.rows) == export.frame_to_csv(frame)


_TEXT = st.text(
    alphabet=st.sampled_from([*string.ascii_letters, *"=+-@ \t\r\n\",;'«»Казахстан經貿…"]), max_size=90
)
_FLOAT = st.floats(allow_nan=False, allow_infinity=False, width=64)
_DATE = st.dates(min_value=dt.date(1700, 1, 1), max_value=dt.date(2200, 12, 31))
_BY_DTYPE = {
    "string": st.none() | _TEXT,
    "datetime64[ns]": st.none() | _DATE,
    "bool": st.booleans(),
    "Int64": st.none() | st.integers(-3000, 3000),
    "float64": st.none() | _FLOAT,
    "int64": st.integers(0, 10**6),
}


@st.composite
def _rows(draw: st.DrawFn) -> list[FactRow]:
    """Rows typed as the extractor gives them (required text and numbers present), one to four articles."""
    made: list[FactRow] = []
    for _ in range(draw(st.integers(1, 6))):
        values = {name: draw(_BY_DTYPE[DTYPES[name]]) for name in COLUMNS}
        values["article"] = draw(st.sampled_from(["a.txt", "b.txt", "=c.txt", "d e.txt"]))
        for name in ("metric", "kind", "currency", "quote", "parties", "qualifier"):
            values[name] = values[name] or draw(_TEXT.filter(bool))
        values["qualifier"] = draw(st.sampled_from(["=", "~", ">", "<", values["qualifier"]]))
        for name in ("value", "amount"):
            values[name] = values[name] if values[name] is not None else draw(_FLOAT)
        values["source"] = draw(st.sampled_from([None, "ТАСС", "Синьхуа", "some blog", values["source"]]))
        made.append(tuple(values[name] for name in COLUMNS))
    return made


@settings(max_examples=300, deadline=None)
@given(_rows())
def test_generated_rows_give_the_same_bytes_with_and_without_a_frame(made: list[FactRow]) -> None:
    typed = [rows._typed(row) for row in made]
    for ours, theirs in zip(_row_outputs(typed), _frame_outputs(typed), strict=True):
        assert ours == theirs


@pytest.mark.parametrize(
    "value", [0.1 + 0.2, 1e16, 1.5e16, 123456789012345680.0, 1e-05, 5e-324, -0.0, 19.7e9, 148.9e6, 2.0]
)
def test_floats_are_written_as_pandas_writes_them(value: float) -> None:
    row = dict.fromkeys(COLUMNS)
    row.update(article="a.txt", metric="turnover", kind="actual", currency="USD", quote="q", parties="CN-KZ")
    row.update(
        qualifier="=", value=value, amount=value, growth_pct=value, start=0, end=1, published_inferred=False
    )
    typed = [rows._typed(tuple(row[name] for name in COLUMNS))]
    assert _row_outputs(typed) == _frame_outputs(typed)


def test_the_cells_rules_are_the_exports() -> None:
    assert export.neutralise is cells.neutralise and export.FORMULA_STARTS is cells.FORMULA_STARTS


def test_a_small_extract_leaves_the_cache_alone_and_an_explicit_one_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    default, explicit = tmp_path / "default", tmp_path / "explicit"
    monkeypatch.setenv("TRADEVIZ_CACHE", str(default))
    article = str(CORPORA[0] / "001_fd7d1c000fd4ba2b.txt")
    assert main(["extract", article, "--format", "jsonl"]) == 0
    small = capsys.readouterr().out
    assert not default.exists()
    assert main(["extract", article, "--format", "jsonl", "--cache", str(explicit)]) == 0
    assert capsys.readouterr().out == small and (explicit / "facts.parquet").exists()


def test_more_files_than_a_small_extract_take_the_full_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rows, "SMALL_FILES", 2)
    assert rows.small_files([CORPORA[0]]) is None
    monkeypatch.setattr(rows, "SMALL_FILES", 20)
    monkeypatch.setattr(rows, "SMALL_BYTES", 100)
    assert rows.small_files([CORPORA[0]]) is None
    monkeypatch.setenv("TRADEVIZ_CACHE", str(tmp_path / "cache"))
    assert main(["extract", str(CORPORA[0]), "--format", "jsonl", "-o", str(tmp_path / "out.jsonl")]) == 0
    assert (tmp_path / "cache" / "facts.parquet").exists()


def test_the_help_and_a_mistake_read_the_same_whichever_command_is_registered() -> None:
    from tradeviz.cli import COMMANDS, build_parser

    def commands(parser: Any) -> dict[str, Any]:
        return dict(parser._subparsers._group_actions[0].choices)

    full = commands(build_parser())
    assert tuple(full) == COMMANDS
    for command in COMMANDS:
        assert commands(build_parser(command))[command].format_help() == full[command].format_help()
