"""The `tradeviz` command line: formats, messages on stderr, exit codes, and its documentation."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from tradeviz import charts
from tradeviz.cli import build_parser, main
from tradeviz.frame import COLUMNS
from tradeviz.pipeline import load_corpus

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


# --- what a new analyst tripped over (issue 15) -----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "check"),
    [
        ("facts.xlsx", lambda path: path.read_bytes()[:2] == b"PK"),
        ("facts.csv", lambda path: path.read_bytes().startswith(b"\xef\xbb\xbfarticle,")),
        ("facts.parquet", lambda path: path.read_bytes()[:4] == b"PAR1"),
        ("facts.jsonl", lambda path: json.loads(path.read_text("utf-8").splitlines()[0])["article"]),
        ("FACTS.TXT", lambda path: "CN-KZ" in path.read_text("utf-8")),
    ],
)
def test_the_output_extension_picks_the_format(tmp_path: Path, name: str, check) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / name
    assert main(["extract", str(ARTICLES), "-o", str(target)]) == 0
    assert check(target)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        pytest.param(["-o", "{tmp}/facts.ods"], "cannot tell the format from", id="unknown-extension"),
        pytest.param(["--format", "csv", "-o", "{tmp}/facts.xlsx"], "says xlsx", id="contradiction"),
        pytest.param(
            ["-o", "{tmp}/missing/facts.csv"], "the folder {tmp}/missing does not exist", id="no-folder"
        ),
        pytest.param(["--format", "xlsx"], "needs -o FILE", id="binary-to-terminal"),
    ],
)
def test_output_mistakes_are_usage_errors_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    argv = [arg.format(tmp=tmp_path) for arg in argv]
    assert main(["extract", str(ARTICLES), *argv]) == 2
    err = capsys.readouterr().err
    assert message.format(tmp=tmp_path) in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == [tmp_path / "cache"] or not (tmp_path / "missing").exists()


def test_a_chart_into_a_missing_folder_is_the_same_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing" / "chart.html"
    assert main(["chart", "--articles", str(ARTICLES), "-o", str(target)]) == 2
    assert f"the folder {tmp_path / 'missing'} does not exist" in capsys.readouterr().err
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("command", ["extract", "chart", "correct", "add"])
def test_a_mistyped_option_shows_the_commands_own_usage(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = {"extract": ["extract", "x", "--fromat", "csv"], "chart": ["chart", "-o", "x.png", "--fromat"]}
    with pytest.raises(SystemExit) as raised:
        main(argv.get(command, [command, "x", "--fromat"]))
    assert raised.value.code == 2
    err = capsys.readouterr().err
    assert f"usage: tradeviz {command}" in err and "unrecognized arguments: --fromat" in err


@pytest.mark.parametrize("command", ["extract", "chart", "correct"])
def test_help_names_every_article_type(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    for suffix in (".txt", ".md", ".html", ".htm"):
        assert suffix in shown


def test_counts_are_worded_with_plurals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one = ARTICLES / "002_c41913dc013a7d8d.txt"
    frame = tmp_path / "one.jsonl"
    assert main(["extract", str(one), "--format", "jsonl"]) == 0
    facts = len(capsys.readouterr().out.splitlines())
    assert main(["extract", str(one), "-o", str(frame)]) == 0
    err = capsys.readouterr().err
    assert f"{facts} fact{'s' if facts != 1 else ''} from 1 article written" in err


def test_the_chart_leaves_out_a_rejected_figure(tmp_path: Path) -> None:
    from tradeviz.corrections import Correction, fact_ids, save_correction

    articles = tmp_path / "store" / "articles"
    articles.mkdir(parents=True)
    for path in ARTICLES.iterdir():
        (articles / path.name).write_bytes(path.read_bytes())
    corpus = load_corpus([articles])
    ids = fact_ids(corpus.facts, corpus.articles)
    turnover = corpus.facts[(corpus.facts["metric"] == "turnover") & corpus.facts["region"].isna()]
    rejected = turnover[turnover["kind"] == "actual"]["amount"].idxmax()
    save_correction(
        tmp_path / "store" / "corrections.jsonl",  # the store's own file: found from the articles
        Correction(
            str(ids[rejected]), "reject", "a GDP figure", article=str(corpus.facts.loc[rejected, "article"])
        ),
    )
    target = tmp_path / "chart.html"
    assert main(["chart", "--articles", str(articles), "-o", str(target)]) == 0
    page = target.read_text("utf-8")
    start = page.index("[", page.index("Plotly.newPlot("))  # the traces, after the chart's element id
    figure, _end = json.JSONDecoder().raw_decode(page, start)
    drawn = [
        y
        for trace in figure
        if charts.trace_meta(trace).get("role") == "reports"
        for y in _values(trace["y"])
    ]
    assert round(corpus.facts.loc[rejected, "amount"] / 1e9, 6) not in drawn and drawn


def _values(array: object) -> list[float]:
    """Plotly's JSON arrays, plain or typed (`{"dtype", "bdata"}`), as rounded floats."""
    import base64

    import numpy as np

    if isinstance(array, dict):
        array = np.frombuffer(base64.b64decode(array["bdata"]), dtype=np.dtype(array["dtype"]))
    return [round(float(v), 6) for v in array]  # type: ignore[union-attr]
