"""Files and folders -> Article records: walking, skipping with a reason, metadata precedence."""

from __future__ import annotations

import datetime as dt
import doctest
import importlib
import os
from pathlib import Path

import pytest

import tradeviz.read as read
from tradeviz.errors import ReadError
from tradeviz.read import (
    ARTICLE_SUFFIXES,
    Article,
    Skipped,
    article_from_text,
    iter_file_paths,
    iter_files,
    read_article,
    read_articles,
)

ARTICLES = Path(__file__).parent.parent / "data" / "articles"

BODY = (
    "Касым-Жомарт Токаев принял заместителя Премьера Госсовета КНР, прибывшего с официальным визитом, "
    "сообщает El.kz со ссылкой на Акорду.\n\nТоварооборот достиг 41 млрд долларов.\n"
)
TEXT = "Глава государства принял делегацию Китая\n\n03.07.2024 14:03\n\n" + BODY


def _tree(root: Path, files: dict[str, bytes | str]) -> Path:
    """Write ``files`` (relative path -> content) under ``root``."""
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
    return root


def _names(items: list[Path | Skipped] | list[Article | Skipped], root: Path) -> list[str]:
    """Readable summary: relative paths, Skipped with their reason."""
    summary = []
    for item in items:
        if isinstance(item, Skipped):
            summary.append(f"skipped {item.path.relative_to(root).as_posix()}: {item.reason}")
        elif isinstance(item, Article):
            assert item.path is not None
            summary.append(f"article {item.path.relative_to(root).as_posix()}")
        else:
            summary.append(item.relative_to(root).as_posix())
    return summary


# --- iter_files -------------------------------------------------------------------------------------------


def test_folder_walk_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    _tree(
        tmp_path,
        {
            "b.txt": "b",
            "a.md": "a",
            "C.TXT": "c",
            "sub/z.txt": "z",
            "sub/deeper/y.md": "y",
            "page.html": "<html>",
            "sub/old.htm": "<html>",
            "notes.docx": b"PK\x03\x04",
            "image.png": b"\x89PNG",
            ".hidden.txt": "h",
            ".git/HEAD.txt": "ref",
            "sub/.cache/x.txt": "x",
        },
    )
    assert _names(list(iter_files([tmp_path])), tmp_path) == [
        "C.TXT",
        "a.md",
        "b.txt",
        "page.html",
        "sub/deeper/y.md",
        "sub/old.htm",
        "sub/z.txt",
    ]


@pytest.mark.parametrize(
    ("relative", "expected"),
    [
        pytest.param("notes.docx", "notes.docx", id="other suffix named explicitly is read"),
        pytest.param("article", "article", id="no suffix named explicitly"),
        pytest.param(".hidden.txt", ".hidden.txt", id="hidden file named explicitly"),
        pytest.param("page.html", "page.html", id="html named explicitly"),
        pytest.param("PAGE.HTM", "PAGE.HTM", id="HTM"),
        pytest.param("missing.txt", "skipped missing.txt: no such file or folder", id="missing file"),
        pytest.param("missing", "skipped missing: no such file or folder", id="missing folder"),
    ],
)
def test_explicit_paths(tmp_path: Path, relative: str, expected: str) -> None:
    _tree(
        tmp_path, {"notes.docx": "x", "article": "x", ".hidden.txt": "x", "page.html": "x", "PAGE.HTM": "x"}
    )
    assert _names(list(iter_files([tmp_path / relative])), tmp_path) == [expected]


def test_each_file_once_and_strings_accepted(tmp_path: Path) -> None:
    _tree(tmp_path, {"a.txt": "a", "sub/b.txt": "b"})
    items = list(
        iter_files([str(tmp_path), tmp_path / "a.txt", tmp_path / "sub", os.fspath(tmp_path / "sub/b.txt")])
    )
    assert _names(items, tmp_path) == ["a.txt", "sub/b.txt"]


def test_file_paths_come_with_their_text(tmp_path: Path) -> None:
    _tree(tmp_path, {"a.txt": "a", "sub/b.md": "b", "sub/.hidden.txt": "h"})
    items = list(iter_file_paths([tmp_path, tmp_path / "a.txt", tmp_path / "missing.txt"]))
    pairs = [item for item in items if not isinstance(item, Skipped)]
    assert [str(path) for path, _text in pairs] == [text for _path, text in pairs]
    assert [path for path, _text in pairs] == [
        item for item in iter_files([tmp_path]) if isinstance(item, Path)
    ]
    assert [item.reason for item in items if isinstance(item, Skipped)] == ["no such file or folder"]


def test_symlink_loop_does_not_hang(tmp_path: Path) -> None:
    _tree(tmp_path, {"sub/a.txt": "a"})
    (tmp_path / "sub" / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert _names(list(iter_files([tmp_path])), tmp_path) == ["sub/a.txt"]


def test_a_file_reached_by_a_link_is_read_once(tmp_path: Path) -> None:
    _tree(tmp_path, {"real/a.txt": "a", "real/b.txt": "b"})
    (tmp_path / "alias.txt").symlink_to(tmp_path / "real" / "b.txt")
    (tmp_path / "mirror").symlink_to(tmp_path / "real", target_is_directory=True)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    # each file once, under the name the walk (name order) reaches first
    assert _names(list(iter_files([tmp_path])), tmp_path) == ["alias.txt", "mirror/a.txt"]


def test_suffixes() -> None:
    assert ARTICLE_SUFFIXES == (".txt", ".md", ".html", ".htm")


# --- read_article -----------------------------------------------------------------------------------------


def test_inferred_metadata(tmp_path: Path) -> None:
    path = _tree(tmp_path, {"a.txt": TEXT}) / "a.txt"
    assert read_article(path) == Article(
        name="a.txt",
        text=TEXT,
        source="El.kz",
        url=None,
        title="Глава государства принял делегацию Китая",
        published=dt.date(2024, 7, 3),
        published_inferred=False,
        lang="ru",
        path=path,
    )


def test_front_matter_wins_and_text_is_the_body(tmp_path: Path) -> None:
    front = (
        "---\nsource: Kazinform\npublished: 2023-01-20\nurl: https://inform.kz/ru/a/1\n"
        "title: Свой заголовок\nlang: RU\nauthor: ignored\n---\n"
    )
    path = _tree(tmp_path, {"a.md": front + TEXT}) / "a.md"
    article = read_article(path)
    assert (article.source, article.published, article.url, article.title, article.lang) == (
        "Kazinform",
        dt.date(2023, 1, 20),
        "https://inform.kz/ru/a/1",
        "Свой заголовок",
        "ru",
    )
    assert article.text == TEXT
    assert article.published_inferred is False


def test_partial_front_matter_falls_back_to_inference(tmp_path: Path) -> None:
    path = _tree(tmp_path, {"a.txt": "---\nurl: https://el.kz/1\n---\n" + TEXT}) / "a.txt"
    article = read_article(path)
    assert (article.source, article.published, article.url) == (
        "El.kz",
        dt.date(2024, 7, 3),
        "https://el.kz/1",
    )


@pytest.mark.parametrize(
    "codec", [pytest.param("cp1251", id="cp1251"), pytest.param("utf-16", id="utf-16 with BOM")]
)
def test_encodings_reach_the_article(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode(codec))
    assert read_article(path).text == TEXT


@pytest.mark.parametrize("article", sorted(ARTICLES.glob("*.txt")), ids=lambda path: path.name)
def test_bundled_articles_keep_their_text(article: Path) -> None:
    assert read_article(article).text == article.read_text(encoding="utf-8")


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = _tree(tmp_path, {"big.txt": "x" * 2048}) / "big.txt"
    with pytest.raises(ReadError, match=r"big\.txt is 2\.0 KiB; expected an article of at most 1\.0 KiB"):
        read_article(path, max_bytes=1024)


def test_folder_as_a_file_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="cannot read"):
        read_article(tmp_path)


# --- read_articles ----------------------------------------------------------------------------------------


def test_bad_files_become_skipped(tmp_path: Path) -> None:
    _tree(
        tmp_path,
        {
            "1_good.txt": TEXT,
            "2_empty.txt": "",
            "3_binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00",
            "4_broken_front.md": "---\nsource: Kazinform\n" + BODY,
            "5_bad_date.md": "---\npublished: 03.07.2024\n---\n" + BODY,
            "6_page.html": "<html></html>",
        },
    )
    items = list(read_articles([tmp_path, tmp_path / "missing"]))
    summary = [
        (type(item).__name__, item.name if isinstance(item, Article) else item.path.name) for item in items
    ]
    assert summary == [
        ("Article", "1_good.txt"),
        ("Skipped", "2_empty.txt"),
        ("Skipped", "3_binary.txt"),
        ("Skipped", "4_broken_front.md"),
        ("Skipped", "5_bad_date.md"),
        ("Skipped", "6_page.html"),
        ("Skipped", "missing"),
    ]
    reasons = [item.reason for item in items if isinstance(item, Skipped)]
    assert "empty" in reasons[0]
    assert "binary" in reasons[1]
    assert reasons[2].startswith("broken front matter")
    assert "YYYY-MM-DD" in reasons[3]
    assert reasons[4] == "6_page.html has no article text; expected a saved news page with paragraphs of text"


PAGE = (
    "<!doctype html><html><head><title>Товарооборот вырос | Kazinform</title>"
    '<meta property="og:site_name" content="Kazinform">'
    '<meta property="article:published_time" content="2024-07-03T14:03:00+05:00"></head>'
    '<body><nav><a href="/">Главная</a> <a href="/economy">Экономика</a></nav><article><h1>Товарооборот вырос</h1>'
    "<p>По итогам 2023 года товарооборот между Казахстаном и Китаем превысил 41 млрд долларов.</p>"
    "<p>Стороны поставили цель довести его до 80 млрд долларов к 2030 году.</p></article>"
    "<footer>© 2024 Kazinform</footer></body></html>"
)


@pytest.mark.parametrize("name", ["page.html", "PAGE.HTM"])
def test_html_is_read_through_the_extractor(tmp_path: Path, name: str) -> None:
    path = (
        _tree(tmp_path, {name: PAGE.encode("cp1251").replace(b"<head>", b'<head><meta charset="cp1251">')})
        / name
    )
    article = read_article(path)
    assert (article.name, article.source, article.published, article.title, article.lang, article.path) == (
        name,
        "Kazinform",
        dt.date(2024, 7, 3),
        "Товарооборот вырос",
        "ru",
        path,
    )
    assert "превысил 41 млрд долларов" in article.text
    assert "Главная" not in article.text and "©" not in article.text


def test_html_in_folders_is_read_with_the_text(tmp_path: Path) -> None:
    _tree(tmp_path, {"a.txt": TEXT, "b.html": PAGE, "c.htm": "<html><body><nav>menu</nav></body></html>"})
    items = list(read_articles([tmp_path]))
    assert _names(items, tmp_path) == [
        "article a.txt",
        "article b.html",
        "skipped c.htm: c.htm has no article text; expected a saved news page with paragraphs of text",
    ]


def test_read_articles_on_the_bundled_folder() -> None:
    items = list(read_articles([ARTICLES]))
    assert all(isinstance(item, Article) for item in items)
    assert [item.name for item in items] == sorted(path.name for path in ARTICLES.glob("*.txt"))


# --- article_from_text ------------------------------------------------------------------------------------


def test_pasted_text_gets_inferred_metadata() -> None:
    article = article_from_text(TEXT)
    assert (article.name, article.source, article.published, article.title, article.lang, article.path) == (
        "pasted.txt",
        "El.kz",
        dt.date(2024, 7, 3),
        "Глава государства принял делегацию Китая",
        "ru",
        None,
    )


def test_explicit_arguments_win_over_front_matter_and_inference() -> None:
    text = "---\nsource: Kazinform\npublished: 2023-01-20\ntitle: Из front matter\n---\n" + TEXT
    article = article_from_text(
        text,
        name="notes.txt",
        source="Trend",
        published=dt.date(2022, 5, 1),
        url="https://trend.az/1",
        title="Явный заголовок",
    )
    assert (article.name, article.source, article.published, article.url, article.title) == (
        "notes.txt",
        "Trend",
        dt.date(2022, 5, 1),
        "https://trend.az/1",
        "Явный заголовок",
    )
    assert article.text == TEXT


def test_pasted_front_matter_is_honoured() -> None:
    article = article_from_text("---\nsource: Kazinform\nlang: en\n---\n" + BODY)
    assert (article.source, article.lang, article.text) == ("Kazinform", "en", BODY)


def test_pasted_windows_line_endings_are_normalised() -> None:
    assert article_from_text(TEXT.replace("\n", "\r\n")).text == TEXT


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("", "empty", id="empty"),
        pytest.param(" \n\t", "empty", id="whitespace"),
        pytest.param("---\nsource Kazinform\n---\n" + BODY, "broken front matter", id="broken front matter"),
    ],
)
def test_pasted_text_errors(text: str, message: str) -> None:
    with pytest.raises(ReadError, match=message):
        article_from_text(text)


def test_package_exports() -> None:
    for name in (
        "Article",
        "Skipped",
        "read_article",
        "read_articles",
        "article_from_text",
        "iter_files",
        "decode_bytes",
        "split_front_matter",
    ):
        assert name in read.__all__
        assert hasattr(read, name)


@pytest.mark.parametrize(
    "module",
    ["tradeviz.read.decode", "tradeviz.read.frontmatter", "tradeviz.read.metadata", "tradeviz.read.corpus"],
)
def test_doctests(module: str) -> None:
    results = doctest.testmod(importlib.import_module(module))
    assert results.attempted > 0
    assert results.failed == 0
