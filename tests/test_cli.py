"""The `tradeviz` command line: formats, messages on stderr, exit codes, and its documentation."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from tradeviz.cli import build_parser, main
from tradeviz.frame import COLUMNS

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test its own fact cache, never the user's."""
    monkeypatch.setenv("TRADEVIZ_CACHE", str(tmp_path / "cache"))


def test_table_lists_the_bundled_facts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(ARTICLES)]) == 0
    out = capsys.readouterr().out
    assert out.count("CN-KZ") == 11
    assert "Turkestan Region" in out and "148.9" in out


def test_jsonl_is_one_object_per_fact_with_iso_dates_and_nulls(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(ARTICLES / "001_fd7d1c000fd4ba2b.txt"), "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["amount"] for r in records] == [18e9, 19.7e9, 35e9]
    assert list(records[0]) == list(COLUMNS)
    assert records[1]["period_end"] == "2022-10-31"
    assert records[2]["period_start"] is None and records[2]["target_year"] == 2030


def test_csv_and_parquet_keep_the_frame_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv_path, parquet_path = tmp_path / "facts.csv", tmp_path / "facts.parquet"
    assert main(["extract", str(ARTICLES), "--format", "csv", "-o", str(csv_path)]) == 0
    assert main(["extract", str(ARTICLES), "--format", "parquet", "-o", str(parquet_path)]) == 0
    assert "11 facts from 5 articles" in capsys.readouterr().err
    assert pd.read_csv(csv_path).columns.tolist() == list(COLUMNS)
    frame = pd.read_parquet(parquet_path)
    assert frame.columns.tolist() == list(COLUMNS)
    assert sorted(frame["amount"].round()) == sorted(
        [40e9, 100e9, 18e9, 19.7e9, 35e9, 41e9, 14.5e9, 24e9, 148.9e6, 60.09e6, 88.9e6]
    )


def test_binary_format_needs_an_output_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(ARTICLES), "--format", "parquet"]) == 2
    assert "needs -o FILE" in capsys.readouterr().err


def test_bad_files_are_reported_and_the_rest_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "page.html").write_text("<html><body>trade</body></html>", encoding="utf-8")
    (tmp_path / "good.txt").write_text(
        "В 2023 году товарооборот Казахстана и Китая составил 41 млрд долларов.", encoding="utf-8"
    )
    assert main(["extract", str(tmp_path), "--format", "jsonl"]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1
    for name in ("empty.txt", "binary.txt", "page.html"):
        assert f"skipped {tmp_path / name}" in captured.err


def test_nothing_readable_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["extract", str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt")]) == 1
    err = capsys.readouterr().err
    assert "no such file or folder" in err and "no article could be read" in err


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name in commands:
        assert f"tradeviz {name}" in readme, name


def test_ids_are_the_ones_correct_takes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = ARTICLES / "000_4ff69e7c748ea9d7.txt"
    assert main(["extract", str(article), "--ids", "--format", "jsonl"]) == 0
    ids = [json.loads(line)["fact_id"] for line in capsys.readouterr().out.splitlines()]
    assert len(ids) == 2 and all(":1052-1122:" in i or ":1123-1185:" in i for i in ids)
    corrections = tmp_path / "corrections.jsonl"
    assert (
        main(
            [
                "correct",
                ids[1],
                "--reject",
                "--reason",
                "aspiration, not a target",
                "--articles",
                str(article),
                "--corrections",
                str(corrections),
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["extract", str(article), "--format", "jsonl", "--corrections", str(corrections)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["correction"] for row in rows] == [None, "rejected"]
