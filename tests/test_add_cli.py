"""`tradeviz add`: a line per input, reasons on stderr, non-zero only when nothing was added."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from test_fetch import local_site
from tradeviz.ingest.add_cli import add_add_parser, run_add
from tradeviz.read import MAX_BYTES, read_article

BODY = "По итогам 2023 года товарооборот между Казахстаном и Китаем превысил 41 млрд долларов.\n"
PAGE = (
    "<!doctype html><html><head><title>Товарооборот вырос</title>"
    '<meta property="og:site_name" content="Kazinform"></head><body><nav><a href="/">Главная</a></nav>'
    "<article><h1>Экспорт вырос</h1><p>Экспорт Казахстана в Китай в 2023 году вырос до 15 млрд долларов.</p>"
    "</article></body></html>"
)


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="tradeviz")
    commands = parser.add_subparsers(dest="command", required=True)
    add_add_parser(commands)
    return parser.parse_args(argv)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str], list[str]]:
    """(exit code, stdout lines, stderr lines) of `tradeviz add ARGV`."""
    args = parse(["add", *argv])
    assert args.handler is run_add
    code = args.handler(args)
    out, err = capsys.readouterr()
    return code, out.splitlines(), err.splitlines()


def set_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(("Первая статья. " + BODY).encode("cp1251"))
    (folder / "b.md").write_text("---\nsource: El.kz\n---\nВторая статья. " + BODY, encoding="utf-8")
    (folder / "c.html").write_text(PAGE, encoding="utf-8")
    return folder


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture(autouse=True)
def no_proxies(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    yield


def test_files_folders_links_and_stdin(
    inputs: Path, store: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (inputs / "sub").mkdir()
    (inputs / "sub" / "d.txt").write_text("Четвёртая статья. " + BODY, encoding="utf-8")
    set_stdin(monkeypatch, ("Из стандартного ввода. " + BODY).encode("utf-8"))
    with local_site() as site:
        code, out, err = run(
            [
                "--articles",
                str(store),
                str(inputs / "a.txt"),
                str(inputs / "sub"),
                site.url("/page.html"),
                "-",
            ],
            capsys,
        )
    assert (code, err) == (0, [])
    assert [line.split(" ", 1)[0] for line in out] == ["added"] * 4
    stored = [Path(line.split(" ", 1)[1]) for line in out]
    assert all(path.parent == store for path in stored)
    texts = [read_article(path).text for path in stored]
    assert texts[0] == "Первая статья. " + BODY
    assert texts[1] == "Четвёртая статья. " + BODY
    assert "превысил 41 млрд долларов" in texts[2]
    assert texts[3] == "Из стандартного ввода. " + BODY


def test_each_bad_input_is_named_with_its_reason(
    inputs: Path, store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.7")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "menu.html").write_text("<html><body><nav>menu</nav></body></html>", encoding="utf-8")
    with open(tmp_path / "line.txt", "wb") as handle:  # a 50 MB single line, refused by its size
        handle.truncate(50 * 1024 * 1024)
    with local_site() as site:
        missing_page = site.url("/missing")
        code, out, err = run(
            [
                "--articles",
                str(store),
                str(inputs / "a.txt"),
                str(inputs / "a.txt"),
                str(tmp_path / "report.pdf"),
                str(tmp_path / "empty.txt"),
                str(tmp_path / "menu.html"),
                str(tmp_path / "line.txt"),
                str(tmp_path / "missing.txt"),
                "ftp://127.0.0.1/a.txt",
                missing_page,
            ],
            capsys,
        )
    assert code == 0
    assert len(out) == 1 and out[0].startswith("added ")
    first = out[0].removeprefix("added ")
    assert err == [
        f"tradeviz: skipped {inputs / 'a.txt'}: the same text is already stored as {first}",
        f"tradeviz: skipped {tmp_path / 'report.pdf'}: report.pdf is not an article file; expected one of .txt, .md, .html, .htm",
        f"tradeviz: skipped {tmp_path / 'empty.txt'}: empty.txt is empty; expected the text of an article",
        f"tradeviz: skipped {tmp_path / 'menu.html'}: menu.html has no article text; expected a saved news page with paragraphs of text",
        f"tradeviz: skipped {tmp_path / 'line.txt'}: line.txt is 50.0 MiB; expected an article of at most 20.0 MiB",
        f"tradeviz: skipped {tmp_path / 'missing.txt'}: cannot read missing.txt: No such file or directory",
        "tradeviz: skipped ftp://127.0.0.1/a.txt: ftp://127.0.0.1/a.txt: only http and https addresses can be fetched",
        f"tradeviz: skipped {missing_page}: {missing_page}: the server answered 404 Not Found",
    ]
    assert [path.name for path in store.iterdir() if not path.name.startswith(".")] == [Path(first).name]


def test_nothing_added_is_a_failure(store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.md").write_bytes(b"")
    code, out, err = run(
        ["--articles", str(store), str(tmp_path / "empty.md"), str(tmp_path / "nope.txt")], capsys
    )
    assert (code, out) == (1, [])
    assert err[-1] == "tradeviz: nothing was added"
    assert len(err) == 3


def test_only_duplicates_is_a_failure(inputs: Path, store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--articles", str(store), str(inputs)], capsys)[0] == 0
    code, out, err = run(["--articles", str(store), str(inputs)], capsys)
    assert (code, out, len(err)) == (1, [], 4)
    assert all("the same text is already stored as" in line for line in err[:3])


def test_source_and_published_apply_to_every_input(
    inputs: Path, store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run(
        ["--articles", str(store), "--source", "Trend", "--published", "2024-03-12", str(inputs)], capsys
    )
    assert code == 0
    articles = [read_article(line.removeprefix("added ")) for line in out]
    assert [(article.source, article.published) for article in articles] == [
        ("Trend", dt.date(2024, 3, 12))
    ] * 3


@pytest.mark.parametrize("value", ["12.03.2024", "2024-02-30", "yesterday"])
def test_bad_published_is_a_usage_error(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        parse(["add", "--published", value, "a.txt"])
    assert caught.value.code == 2
    assert f"{value!r} is not a date; expected YYYY-MM-DD" in capsys.readouterr().err


def test_default_store_is_the_environment_else_data_articles(
    inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TRADEVIZ_ARTICLES", raising=False)
    code, out, _err = run([str(inputs / "a.txt")], capsys)
    assert (code, Path(out[0].removeprefix("added ")).parent) == (0, Path("data/articles"))
    monkeypatch.setenv("TRADEVIZ_ARTICLES", str(tmp_path / "elsewhere"))
    code, out, _err = run([str(inputs / "b.md")], capsys)
    assert (code, Path(out[0].removeprefix("added ")).parent) == (0, tmp_path / "elsewhere")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(PAGE.encode("utf-8"), "Экспорт Казахстана в Китай", id="html page"),
        pytest.param(
            b"\xef\xbb\xbf<!-- saved from url=(0014)about:internet -->\n" + PAGE.encode(),
            "Экспорт Казахстана",
            id="html after BOM and comment",
        ),
        pytest.param(BODY.encode("utf-16"), "превысил 41 млрд", id="utf-16 text"),
    ],
)
def test_stdin_html_or_text(
    data: bytes,
    expected: str,
    store: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    set_stdin(monkeypatch, data)
    code, out, err = run(["--articles", str(store), "-"], capsys)
    assert (code, err) == (0, [])
    text = read_article(out[0].removeprefix("added ")).text
    assert expected in text and "Главная" not in text


def test_stdin_over_the_limit(
    store: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    set_stdin(monkeypatch, b"x" * (MAX_BYTES + 10))
    code, _out, err = run(["--articles", str(store), "-"], capsys)
    assert code == 1
    assert err[0] == "tradeviz: skipped -: standard input is over 20 MiB; expected one article"


def test_help_documents_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parse(["add", "--help"])
    help_text = capsys.readouterr().out
    for option in (
        "--articles",
        "--source",
        "--published",
        "FILE_OR_URL",
        "TRADEVIZ_ARTICLES",
        "data/articles",
    ):
        assert option in help_text
