"""Hostile and careless input, class by class: each is read right, or refused with a one-line reason, and
never stops the other articles (issue 14). The end-to-end check is `test_one_bad_file_of_each_class_...`."""

from __future__ import annotations

import math
import os
import socket
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from tradeviz.errors import ReadError
from tradeviz.pipeline import extract_text, load_corpus
from tradeviz.read import article_from_bytes, article_from_text, read_article
from tradeviz.read.html import decode_html

RU_BODY = "Товарооборот между Казахстаном и Китаем в 2023 году составил {} млрд долларов."
EN_BODY = "Trade between Kazakhstan and China reached {} billion in 2023, the ministry said."
PAGE = (
    '<html><head><meta charset="{charset}"><title>Торговля</title></head><body><article><p>'
    "Товарооборот между Казахстаном и Китаем в 2023 году составил 41 млрд долларов, сообщило "
    "министерство торговли и интеграции в понедельник в Астане.</p></article></body></html>"
)


def _values(text: str) -> list[float]:
    return extract_text(text)["value"].tolist()


# --- numbers -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        pytest.param("41", [41.0], id="plain"),
        pytest.param("4\u200b1", [41.0], id="zero-width space inside"),
        pytest.param("4\u00ad1", [41.0], id="soft hyphen inside"),
        pytest.param("4\u200d1,5", [41.5], id="zero-width joiner inside"),
        pytest.param("9" * 400, [], id="400 digits"),
        pytest.param("9" * 1_000_000, [], id="a million digits"),
        pytest.param("9" * 5000 + "-" + "9" * 5000, [], id="a range of huge numbers"),
        pytest.param("31 млрд " + "9" * 5000 + " млн", [], id="a compound with a huge part"),
        pytest.param(" ".join(["999"] * 300), [], id="300 groups of thousands"),
        pytest.param("1" + "0" * 20, [], id="more digits than a figure has"),
        pytest.param("2 000 000", [], id="over a quadrillion dollars"),
        pytest.param("999 999", [999999.0], id="under a quadrillion dollars"),
    ],
)
def test_a_number_is_a_figure_only_when_it_could_be_one(number: str, expected: list[float]) -> None:
    assert _values(RU_BODY.format(number)) == expected


@pytest.mark.parametrize("written", ["$1e400", "$1e4", "$1E+9", "$2.5e3"])
def test_a_number_with_an_exponent_is_no_figure(written: str) -> None:
    assert _values(EN_BODY.format(written)) == []


def test_amounts_are_always_finite_and_jsonl_stays_json(tmp_path: Path) -> None:
    (tmp_path / "huge.txt").write_text(RU_BODY.format("9" * 400), encoding="utf-8")
    (tmp_path / "good.txt").write_text(RU_BODY.format("41"), encoding="utf-8")
    facts = load_corpus([tmp_path]).facts
    assert facts["amount"].map(math.isfinite).all() and facts["value"].map(math.isfinite).all()
    assert facts["article"].tolist() == ["good.txt"]


def test_jsonl_writes_null_for_what_is_not_finite() -> None:
    import json

    from tradeviz.cli import format_jsonl

    frame = extract_text(RU_BODY.format("41")).assign(amount=float("inf"), growth_pct=float("nan"))
    record = json.loads(format_jsonl(frame).splitlines()[0])  # a strict parser: no Infinity, no NaN
    assert record["amount"] is None and record["growth_pct"] is None


# --- dates ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("published", ["9999-12-31", "1600-01-01", "2262-04-12", "1677-09-21"])
def test_an_implausible_published_date_is_reported(published: str) -> None:
    with pytest.raises(ReadError, match="expected a date between 1900 and 2100"):
        article_from_text(f"---\npublished: {published}\n---\n{RU_BODY.format('41')}")


# --- charsets --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "charset",
    ["rot13", "base64", "zlib", "bz2", "hex", "uu", "quopri", "unicode_escape", "punycode", "idna",
     "utf-7", "cp500", "utf-32", "utf-16", "utf-16le", "no-such-charset", "windows-1251", "cp1251", "koi8-r"],
)  # fmt: skip
def test_a_declared_charset_is_checked_against_the_bytes(charset: str) -> None:
    data = PAGE.format(charset=charset).encode("cp1251")  # the bytes are cp1251 whatever the page says
    article = article_from_bytes(Path("page.html"), data)
    assert "Товарооборот между Казахстаном" in article.text
    for padded in (data, data + b" "):  # odd and even lengths: UTF-16 "decodes" only the even
        assert "Товарооборот" in decode_html(padded, "page.html")


@pytest.mark.parametrize("charset", ["rot13", "zlib", "utf-16", "utf-32", "base64"])
def test_a_charset_the_server_names_is_checked_too(charset: str) -> None:
    data = PAGE.format(charset="windows-1251").encode("cp1251") + b"  "
    assert "Товарооборот" in decode_html(data, "page.html", charset=charset)


def test_utf16_the_server_names_is_read_when_the_bytes_are_utf16() -> None:
    data = PAGE.format(charset="utf-8").encode("utf-16-le")  # no byte order mark
    assert "Товарооборот" in decode_html(data, "page.html", charset="utf-16le")


# --- files that are not articles ----------------------------------------------------------------------------


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="not a regular file"):
        read_article(_fifo(tmp_path / "pipe.txt"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_tradeviz_add_of_a_pipe_or_a_device_returns_at_once(tmp_path: Path) -> None:
    pipe = _fifo(tmp_path / "pipe.txt")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "tradeviz",
            "add",
            "--articles",
            str(tmp_path / "store"),
            str(pipe),
            "/dev/zero",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 1
    assert "pipe.txt: " in run.stderr and "not a regular file" in run.stderr
    assert "/dev/zero: " in run.stderr


def test_pipes_sockets_and_bad_names_in_a_folder_are_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "good.txt").write_text(RU_BODY.format("41"), encoding="utf-8")
    (tmp_path / os.fsdecode(b"caf\xe9.txt")).write_text(RU_BODY.format("42"), encoding="utf-8")
    (tmp_path / os.fsdecode(b"\xff-folder")).mkdir()
    if hasattr(os, "mkfifo"):
        _fifo(tmp_path / "pipe.txt")
    with socket.socket(socket.AF_UNIX) as server:
        with monkeypatch.context() as here:
            here.chdir(tmp_path)  # a socket's path is limited to about 100 bytes
            server.bind("sock.txt")
        corpus = load_corpus([tmp_path])
    assert [info.name for info in corpus.articles] == ["good.txt"]
    reasons = {os.fsencode(item.path.name): item.reason for item in corpus.skipped}
    assert "not valid UTF-8" in reasons[b"caf\xe9.txt"] and "not valid UTF-8" in reasons[b"\xff-folder"]
    assert "not a regular file" in reasons[b"sock.txt"]
    if hasattr(os, "mkfifo"):
        assert "not a regular file" in reasons[b"pipe.txt"]
    assert isinstance(corpus.facts, pd.DataFrame) and corpus.facts["value"].tolist() == [41.0]


def test_the_server_caps_uploads_at_the_pages_own_limit() -> None:
    import tomllib

    from tradeviz.app_actions import BROWSER_UPLOAD_MB

    config = tomllib.loads((Path(__file__).parent.parent / ".streamlit" / "config.toml").read_text("utf-8"))
    assert config["server"]["maxUploadSize"] == BROWSER_UPLOAD_MB


# --- isolation: one file of each class next to a good article ---------------------------------------------

GOOD = (
    "---\nsource: Kazinform\npublished: 2024-01-15\n---\n"
    "По итогам 2023 года товарооборот между Казахстаном и Китаем составил 41 млрд долларов.\n"
)


def _bad_folder(folder: Path) -> tuple[set[str], set[str]]:
    """One file of each hostile class beside good.txt: (names that must be skipped, names read whole)."""
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    skipped = {
        "date-9999.txt": "---\npublished: 9999-12-31\n---\n" + RU_BODY.format("42"),
        "date-1600.txt": "---\npublished: 1600-01-01\n---\n" + RU_BODY.format("43"),
        "front-matter.txt": "---\nsource Kazinform\n---\n" + RU_BODY.format("44"),
        "poison.txt": RU_BODY.format("45") + " POISON",  # the extractor's bug: see `_poisoned`
        "binary.txt": "\x00\x01\x02" * 100,
        "empty.txt": "",
    }
    read = {
        "digits-million.txt": RU_BODY.format("9" * 1_000_000),
        "digits-400.txt": RU_BODY.format("9" * 400),
        "digits-range.txt": RU_BODY.format("9" * 5000 + "-" + "9" * 5000),
        "exponent.txt": EN_BODY.format("$1e400"),
        "controls.txt": "Товарооборот между\x07 Казахстаном и Китаем\x1b[31m в 2023 году составил 4\u200b1 млрд"
        " долларов\u202e.",
    }
    for name, text in {**skipped, **read}.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "rot13.html").write_bytes(PAGE.format(charset="rot13").encode("cp1251"))
    (folder / "utf-16.html").write_bytes(PAGE.format(charset="utf-16").encode("cp1251") + b"  ")
    (folder / os.fsdecode(b"name-\xff.txt")).write_text(RU_BODY.format("46"), encoding="utf-8")
    skipped["name-\\xff.txt"] = ""
    if hasattr(os, "mkfifo"):
        _fifo(folder / "pipe.txt")
        skipped["pipe.txt"] = ""
    return set(skipped), {*read, "rot13.html", "utf-16.html"}


@pytest.fixture
def _poisoned(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug of the extractor met on one article's text (as a million digits once raised Overflow)."""
    import tradeviz.per_file as per_file
    import tradeviz.pipeline as pipeline

    real = pipeline.extract_article

    def extract(article):  # type: ignore[no-untyped-def]
        if "POISON" in article.text:
            raise RuntimeError("a bug met on this text\nwith a second line")
        return real(article)

    monkeypatch.setattr(pipeline, "extract_article", extract)
    monkeypatch.setattr(per_file, "extract_article", extract)  # what a small `tradeviz extract` calls


@pytest.mark.usefixtures("_poisoned")
@pytest.mark.parametrize("cache", ["--no-cache", "--cache"])
def test_one_bad_file_of_each_class_never_stops_the_good_one(
    cache: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from tradeviz.cli import main

    folder = tmp_path / "articles"
    must_skip, read_whole = _bad_folder(folder)
    corrections = tmp_path / "corrections.jsonl"  # damaged too: a broken line and a 100,000-deep one
    corrections.write_text("{broken\n" + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    where = [cache, str(tmp_path / "cache")] if cache == "--cache" else [cache]
    arguments = [
        "extract",
        str(folder),
        "--format",
        "jsonl",
        "--jobs",
        "1",
        "--corrections",
        str(corrections),
    ]
    for _run in range(2):  # the second run with a cache answers from it
        assert main([*arguments, *where]) == 0
        out, err = capsys.readouterr()
        facts = [json.loads(line) for line in out.splitlines()]
        assert {fact["article"] for fact in facts} == {
            "good.txt",
            "rot13.html",
            "utf-16.html",
            "controls.txt",
        }
        assert [fact["value"] for fact in facts if fact["article"] == "good.txt"] == [41.0]
        assert [fact["value"] for fact in facts if fact["article"] == "controls.txt"] == [41.0]
        assert all(math.isfinite(fact["amount"]) for fact in facts)
        skipped_lines = [line for line in err.splitlines() if line.startswith("tradeviz: skipped ")]
        named = {
            line.removeprefix(f"tradeviz: skipped {folder}/").split(": ", 1)[0] for line in skipped_lines
        }
        assert named == must_skip and len(skipped_lines) == len(must_skip)
        assert not read_whole & named
        assert "Traceback" not in err
        poison = next(line for line in skipped_lines if "poison.txt" in line)
        assert "cannot extract facts (RuntimeError: a bug met on this text with a second line)" in poison
        assert sum("not applied" in line for line in err.splitlines()) == 2


@pytest.mark.usefixtures("_poisoned")
def test_the_traceback_is_shown_with_debug_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tradeviz.cli import main

    (tmp_path / "poison.txt").write_text(RU_BODY.format("45") + " POISON", encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    command = ["extract", str(tmp_path), "--no-cache", "--no-corrections", "--jobs", "1"]
    assert main(command) == 0
    assert "Traceback" not in capsys.readouterr().err
    assert main([*command, "--debug"]) == 0
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and "RuntimeError: a bug met on this text" in err


def test_worker_processes_isolate_a_failing_file_too(tmp_path: Path) -> None:
    must_skip, _read = _bad_folder(tmp_path / "articles")
    for number in range(120):  # enough files for the worker processes to be used
        (tmp_path / "articles" / f"more-{number:03}.txt").write_text(RU_BODY.format(number + 1), "utf-8")
    corpus = load_corpus([tmp_path / "articles"], jobs=2)
    assert len(corpus.skipped) == len(must_skip) - 1  # the poison is no bug without the fixture
    assert sorted(set(corpus.facts["value"]))[:3] == [1.0, 2.0, 3.0]


def test_a_fact_never_carries_nan_or_infinity() -> None:
    from tradeviz.frame import COLUMNS
    from tradeviz.pipeline import _finite

    row = tuple(41e9 if name in ("value", "amount") else None for name in COLUMNS)
    growth = COLUMNS.index("growth_pct")
    assert _finite(row) == row
    with_growth = (*row[:growth], float("inf"), *row[growth + 1 :])
    assert _finite(with_growth) == row  # an optional number not finite: missing
    amount = COLUMNS.index("amount")
    assert _finite((*row[:amount], float("nan"), *row[amount + 1 :])) is None  # the figure itself: no fact


@pytest.mark.parametrize("url", ["http://localhost:8501/", "http://169.254.169.254/latest/meta-data/"])
def test_tradeviz_add_refuses_a_link_inward_and_says_why(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tradeviz.cli import main
    from tradeviz.ingest.fetch import ALLOW_PRIVATE_ENV

    monkeypatch.delenv(ALLOW_PRIVATE_ENV, raising=False)
    assert main(["add", "--articles", str(tmp_path / "store"), url]) == 1
    err = capsys.readouterr().err
    assert f"tradeviz: skipped {url}: " in err and "only public web servers are fetched" in err
    assert not (tmp_path / "store").exists() or not any((tmp_path / "store").iterdir())


def test_a_koi8_page_declaring_koi8_is_read_as_declared() -> None:
    data = PAGE.format(charset="koi8-r").encode("koi8-r")
    assert "Товарооборот между Казахстаном" in decode_html(data, "page.html")


def test_a_name_cannot_forge_or_disguise_a_line_of_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tradeviz.cli import main

    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "x.txt\ntradeviz: skipped nothing.txt").write_bytes(b"\x00binary")
    (tmp_path / "evil\u202etxt.exe.txt").write_bytes(b"")
    assert main(["extract", str(tmp_path), "--no-cache", "--no-corrections", "--jobs", "1"]) == 0
    lines = [line for line in capsys.readouterr().err.splitlines() if "skipped" in line]
    assert len(lines) == 2 and all(line.startswith(f"tradeviz: skipped {tmp_path}/") for line in lines)
    assert any("x.txt\\x0atradeviz: skipped nothing.txt" in line for line in lines)
    assert any("evil\\u202etxt.exe.txt" in line for line in lines) and "\u202e" not in "".join(lines)
