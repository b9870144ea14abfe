"""The article store: safe names, duplicates refused, front matter kept, atomic writes, concurrent adders."""

from __future__ import annotations

import datetime as dt
import doctest
import errno
import importlib
import multiprocessing
import multiprocessing.synchronize
import os
import threading
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tradeviz.ingest.store as store_module
import tradeviz.ingest.store_index as store_index
from test_fetch import PLAIN, local_site
from tradeviz.errors import ReadError, TradevizError
from tradeviz.ingest import (
    ArticleStore,
    DuplicateArticle,
    FetchError,
    StoreError,
    UnsupportedInput,
    default_root,
)
from tradeviz.ingest.store import INDEX_NAME, LOCK_NAME, TEMP_PREFIX, slugify
from tradeviz.pipeline import load_corpus
from tradeviz.read import MAX_BYTES, read_article

BODY = "По итогам 2023 года товарооборот между Казахстаном и Китаем превысил 41 млрд долларов.\n"

PAGE = (
    "<!doctype html><html><head><title>Товарооборот вырос | Kazinform</title>"
    '<meta property="og:site_name" content="Kazinform">'
    '<meta property="article:published_time" content="2024-07-03T10:00:00+05:00"></head>'
    "<body><nav><a href='/'>Главная</a><a href='/economy'>Экономика</a></nav>"
    "<article><h1>Товарооборот вырос</h1><p>" + BODY + "</p></article>"
    "<footer>© 2024 Kazinform</footer></body></html>"
)


def body(number: int) -> str:
    """A different article text for each number."""
    return f"Статья {number}. Товарооборот Казахстана и Китая в {2000 + number} году вырос до {number} млрд долларов.\n"


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file in the store (hidden bookkeeping aside) with its bytes."""
    return {
        path.name: path.read_bytes()
        for path in sorted(root.iterdir())
        if path.name not in (INDEX_NAME, LOCK_NAME)
    }


def visible(root: Path) -> list[str]:
    return sorted(path.name for path in root.iterdir() if not path.name.startswith("."))


@pytest.fixture
def store(tmp_path: Path) -> ArticleStore:
    return ArticleStore(tmp_path / "articles")


# --- names ------------------------------------------------------------------------------------------------


def _assert_safe(name: str) -> None:
    stem = name.removesuffix(".txt")
    assert name.endswith(".txt")
    assert "/" not in name and "\\" not in name and ".." not in name and not name.startswith(".")
    assert not any(unicodedata.category(char).startswith("C") for char in name), name
    assert stem and not stem.startswith("-") and not stem.endswith("-")
    assert len(stem) <= 80 + len("-99") and len(name.encode("utf-8")) <= 255
    assert stem.lower() not in store_module.WINDOWS_RESERVED


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        pytest.param("../../etc/passwd", "etc-passwd.txt", id="path traversal"),
        pytest.param(
            "..",
            "статья-0-товарооборот-казахстана-и-китая-в-2000-году-вырос-до-0-млрд-долларов.txt",
            id="dots only: the text names it",
        ),
        pytest.param("CON", "con-article.txt", id="windows device name"),
        pytest.param("lpt1", "lpt1-article.txt", id="windows printer name"),
        pytest.param("a\x00b\x1fc\x7fd\u202ee", "a-b-c-d-e.txt", id="control and bidi characters"),
        pytest.param("C:\\Windows\\System32\\evil.dll", "c-windows-system32-evil-dll.txt", id="windows path"),
        pytest.param("Торговля 🚀 растёт", "торговля-растёт.txt", id="emoji between words"),
        pytest.param(
            "🚀🔥✨",
            "статья-0-товарооборот-казахстана-и-китая-в-2000-году-вырос-до-0-млрд-долларов.txt",
            id="emoji only",
        ),
        pytest.param("Ｔｒａｄｅ　ｕｐ", "trade-up.txt", id="full-width letters folded"),
        pytest.param("हिन्दी व्यापार", "हिन्दी-व्यापार.txt", id="letters with combining marks"),
        pytest.param("  --Trade--  ", "trade.txt", id="dashes trimmed"),
    ],
)
def test_names_from_hostile_titles(store: ArticleStore, title: str, expected: str) -> None:
    path = store.add_text(body(0), title=title)
    assert path == store.root / expected
    _assert_safe(path.name)
    printable = "".join(char for char in title if unicodedata.category(char) != "Cc" or char.isspace())
    assert read_article(path).title == " ".join(printable.split())


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("Товарооборот " * 50, id="500 Cyrillic characters"),
        pytest.param("x" * 500, id="500 characters, no break"),
        pytest.param("𠀀" * 100, id="4-byte letters"),
        pytest.param("a-" * 300, id="dashes everywhere"),
    ],
)
def test_long_titles_are_cut(store: ArticleStore, title: str) -> None:
    path = store.add_text(body(1), title=title)
    _assert_safe(path.name)
    assert len(path.name.removesuffix(".txt")) <= 80
    assert len(path.name.encode("utf-8")) <= 205


@given(st.text(max_size=300))
def test_any_title_gives_a_safe_slug(title: str) -> None:
    slug = slugify(title)
    if slug:
        _assert_safe(slug + ".txt")


def test_name_from_the_address_else_the_first_words(store: ArticleStore) -> None:
    text = "Товарооборот вырос до 5 млрд долларов."
    from_url = store.add_text(text, url="https://www.inform.kz/ru/news/tovarooborot-vyros.html")
    assert from_url.name == "inform-kz-ru-news-tovarooborot-vyros.txt"
    assert store.add_text("\n\n" + text + " Ещё.").name == "товарооборот-вырос-до-5-млрд-долларов-ещё.txt"
    assert store.add_text("🚀 " * 10 + "\n\n🔥", name_hint="🚀.txt").name == "article.txt"


def test_same_title_gets_numbered_names(store: ArticleStore) -> None:
    names = [store.add_text(body(number), title="Торговля с Китаем").name for number in range(3)]
    assert names == ["торговля-с-китаем.txt", "торговля-с-китаем-2.txt", "торговля-с-китаем-3.txt"]


def test_existing_file_is_never_replaced(store: ArticleStore) -> None:
    store.root.mkdir(parents=True)
    (store.root / "торговля.txt").write_text("hand-written notes, not an article \x00", encoding="utf-8")
    assert store.add_text(body(1), title="Торговля").name == "торговля-2.txt"
    assert (store.root / "торговля.txt").read_text(
        encoding="utf-8"
    ) == "hand-written notes, not an article \x00"


# --- duplicates -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "again",
    [
        pytest.param(BODY, id="same text"),
        pytest.param("\n" + BODY.rstrip() + "\n\n\n", id="outer blank space"),
        pytest.param(BODY.replace("\n", "\r\n"), id="windows line endings"),
        pytest.param("---\nsource: Другой\ntitle: Другой заголовок\n---\n" + BODY, id="other front matter"),
    ],
)
def test_duplicate_text_is_refused_naming_the_file(store: ArticleStore, again: str) -> None:
    first = store.add_text(BODY, title="Первая")
    before = snapshot(store.root)
    with pytest.raises(DuplicateArticle) as caught:
        store.add_text(again, title="Вторая")
    assert caught.value.existing == first
    assert str(caught.value) == f"the same text is already stored as {first}"
    assert snapshot(store.root) == before


def test_duplicate_of_a_file_put_in_by_hand_and_of_html(store: ArticleStore) -> None:
    store.root.mkdir(parents=True)
    (store.root / "sub").mkdir()
    (store.root / "sub" / "by-hand.md").write_text("---\nsource: X\n---\n" + body(5), encoding="utf-8")
    (store.root / "page.html").write_text(PAGE, encoding="utf-8")
    with pytest.raises(DuplicateArticle, match=r"sub/by-hand\.md"):
        store.add_text(body(5))
    with pytest.raises(DuplicateArticle, match=r"page\.html"):
        store.add_bytes(PAGE.encode("cp1251", "xmlcharrefreplace"), name="saved.html")


def test_an_edited_file_is_hashed_again(store: ArticleStore) -> None:
    path = store.add_text(body(1))
    path.write_text(body(2), encoding="utf-8")
    os.utime(path, ns=(1, 1))  # a different mtime whatever the clock's resolution
    assert store.add_text(body(1)).exists()
    with pytest.raises(DuplicateArticle):
        store.add_text(body(2))


def test_index_spares_rereading_unchanged_files(store: ArticleStore, monkeypatch: pytest.MonkeyPatch) -> None:
    store.root.mkdir(parents=True)
    for number in range(200):
        (store.root / f"{number:03}.txt").write_text(body(number), encoding="utf-8")
    reads: list[str] = []
    real = store_index.stored_body
    monkeypatch.setattr(store_index, "stored_body", lambda path: reads.append(path.name) or real(path))
    store.add_text(body(1000))
    assert len(reads) == 200
    reads.clear()
    store.add_text(body(1001))
    assert reads == []
    (store.root / "007.txt").write_text(body(7) + "Правка.\n", encoding="utf-8")
    os.utime(store.root / "007.txt", ns=(2, 2))
    store.add_text(body(1002))
    assert reads == ["007.txt"]


def test_damaged_index_is_rebuilt(store: ArticleStore) -> None:
    first = store.add_text(body(1))
    (store.root / INDEX_NAME).write_text("{not json", encoding="utf-8")
    with pytest.raises(DuplicateArticle, match=first.name):
        store.add_text(body(1))
    (store.root / INDEX_NAME).write_text('{"files": {"x.txt": [1]}}', encoding="utf-8")
    with pytest.raises(DuplicateArticle, match=first.name):
        store.add_text(body(1))


# --- what is written --------------------------------------------------------------------------------------


def test_front_matter_round_trips_through_the_reader(store: ArticleStore) -> None:
    path = store.add_text(
        BODY,
        source=" Kazinform: news ",
        published=dt.date(2024, 7, 3),
        url="https://inform.kz/ru/a?b=1#c",
        title='"Quoted" title: with colon',
    )
    article = read_article(path)
    assert (article.source, article.published, article.url, article.title, article.lang, article.text) == (
        "Kazinform: news",
        dt.date(2024, 7, 3),
        "https://inform.kz/ru/a?b=1#c",
        '"Quoted" title: with colon',
        "ru",
        BODY,
    )
    assert (
        path.read_bytes().decode("utf-8").startswith("---\nsource: Kazinform: news\npublished: 2024-07-03\n")
    )


def test_pasted_front_matter_is_kept_and_arguments_win(store: ArticleStore) -> None:
    text = "---\nsource: Kazinform\npublished: 2023-01-20\nlang: en\nauthor: dropped\n---\n" + BODY
    article = read_article(store.add_text(text, published=dt.date(2024, 1, 1)))
    assert (article.source, article.published, article.lang, article.text) == (
        "Kazinform",
        dt.date(2024, 1, 1),
        "en",
        BODY,
    )


def test_multiline_metadata_becomes_one_line(store: ArticleStore) -> None:
    article = read_article(store.add_text(BODY, source="El.kz\n---\ntitle: injected", title="A\r\nB\x00C"))
    assert (article.source, article.title, article.text) == ("El.kz --- title: injected", "A BC", BODY)


def test_body_starting_with_a_fence_stays_body(store: ArticleStore) -> None:
    page = PAGE.replace(
        "<h1>Товарооборот вырос</h1><p>" + BODY, "<p>---</p><p>source: fake</p><p>---</p><p>" + BODY
    )
    article = read_article(store.add_bytes(page.encode(), name="fence.html"))
    assert article.source == "Kazinform"
    assert article.text.startswith("---\n\nsource: fake\n\n---\n\nПо итогам 2023 года")


def test_mojibake_paste_is_repaired(store: ArticleStore) -> None:
    mojibake = BODY.encode("utf-8").decode("cp1251")
    assert read_article(store.add_text(mojibake)).text == BODY


@pytest.mark.parametrize(
    ("text", "error", "message"),
    [
        pytest.param("", ReadError, "is empty", id="empty"),
        pytest.param(" \n\t", ReadError, "is empty", id="blank"),
        pytest.param(
            "---\nsource Kazinform\n---\n" + BODY, ReadError, "broken front matter", id="broken front matter"
        ),
        pytest.param("---\npublished: вчера\n---\n" + BODY, ReadError, "YYYY-MM-DD", id="bad date"),
        pytest.param(BODY + "\x00\x00", ReadError, "NUL", id="NUL characters"),
        pytest.param(
            "\x01\x02\x03\x04" * 100 + BODY, ReadError, "control characters", id="control characters"
        ),
    ],
)
def test_bad_text_is_refused_and_nothing_stored(
    store: ArticleStore, text: str, error: type, message: str
) -> None:
    store.add_text(body(1))
    before = snapshot(store.root)
    with pytest.raises(error, match=message):
        store.add_text(text)
    assert snapshot(store.root) == before


# --- files and links --------------------------------------------------------------------------------------


def test_add_files_of_each_kind(store: ArticleStore, tmp_path: Path) -> None:
    (tmp_path / "cp1251.txt").write_bytes(body(1).encode("cp1251"))
    (tmp_path / "notes.md").write_text("---\nsource: El.kz\n---\n" + body(2), encoding="utf-8")
    (tmp_path / "PAGE.HTM").write_bytes(PAGE.encode("utf-16"))
    paths = [store.add_file(tmp_path / name) for name in ("cp1251.txt", "notes.md", "PAGE.HTM")]
    articles = [read_article(path) for path in paths]
    assert [path.suffix for path in paths] == [".txt", ".txt", ".txt"]
    assert [article.text for article in articles[:2]] == [body(1), body(2)]
    assert articles[1].source == "El.kz"
    html = articles[2]
    assert (html.source, html.published, html.title) == (
        "Kazinform",
        dt.date(2024, 7, 3),
        "Товарооборот вырос",
    )
    assert "Главная" not in html.text and "©" not in html.text
    corpus = load_corpus([store.root])
    assert (len(corpus.articles), corpus.skipped) == (3, ())


@pytest.mark.parametrize(
    ("name", "content", "error", "message"),
    [
        pytest.param(
            "report.pdf",
            b"%PDF-1.7",
            UnsupportedInput,
            r"report\.pdf is not an article file; expected one of \.txt, \.md, \.html, \.htm",
            id="pdf",
        ),
        pytest.param("notes", b"text", UnsupportedInput, "is not an article file", id="no suffix"),
        pytest.param("empty.txt", b"", ReadError, "is empty", id="empty"),
        pytest.param("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00", ReadError, "NUL bytes", id="binary"),
        pytest.param(
            "menu.html",
            b"<html><body><nav>menu</nav></body></html>",
            ReadError,
            "has no article text",
            id="html without article",
        ),
    ],
)
def test_bad_files_are_refused(
    store: ArticleStore, tmp_path: Path, name: str, content: bytes, error: type, message: str
) -> None:
    (tmp_path / name).write_bytes(content)
    with pytest.raises(error, match=message):
        store.add_file(tmp_path / name)
    assert not store.root.exists() or visible(store.root) == []


def test_missing_and_oversized_files(store: ArticleStore, tmp_path: Path) -> None:
    with pytest.raises(ReadError, match=r"cannot read missing\.txt"):
        store.add_file(tmp_path / "missing.txt")
    with open(tmp_path / "big.txt", "wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: refused by its size before a byte is read
    with pytest.raises(ReadError, match=r"big\.txt is 20,971,521 bytes; expected an article of at most"):
        store.add_file(tmp_path / "big.txt")


def test_add_url_stores_the_page_with_its_address(store: ArticleStore) -> None:
    with local_site() as site:
        html = store.add_url(site.url("/redirect/1"))
        plain = store.add_url(site.url("/plain.txt"), source="El.kz", published=dt.date(2024, 1, 2))
        with pytest.raises(FetchError, match="application/pdf"):
            store.add_url(site.url("/doc.pdf"))
        page_url, plain_url = site.url("/page.html"), site.url("/plain.txt")
    page, text = read_article(html), read_article(plain)
    assert (page.url, page.source, page.title) == (page_url, "Kazinform", "Товарооборот вырос")
    assert (text.url, text.source, text.published, text.text) == (
        plain_url,
        "El.kz",
        dt.date(2024, 1, 2),
        PLAIN,
    )
    assert visible(store.root) == sorted([html.name, plain.name])


def test_store_root_that_is_a_file_is_a_store_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot write to"):
        ArticleStore(tmp_path / "file").add_text(BODY)


def test_default_root(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("TRADEVIZ_ARTICLES", raising=False)
    assert default_root() == Path("data/articles")
    assert ArticleStore().root == Path("data/articles")
    monkeypatch.setenv("TRADEVIZ_ARTICLES", str(tmp_path))
    assert ArticleStore().root == tmp_path


def test_errors_are_tradeviz_errors() -> None:
    assert issubclass(DuplicateArticle, StoreError) and issubclass(UnsupportedInput, StoreError)
    assert issubclass(StoreError, TradevizError) and issubclass(FetchError, TradevizError)


# --- crashes ----------------------------------------------------------------------------------------------


def _crash(*args: object, **kwargs: object) -> None:
    raise OSError(errno.EIO, "simulated crash")


@pytest.mark.parametrize(
    "patched",
    [
        pytest.param(("link", "replace"), id="renaming into place fails"),
        pytest.param(("fsync",), id="flushing to disk fails"),
    ],
)
def test_crash_while_writing_leaves_the_store_unchanged(
    store: ArticleStore, monkeypatch: pytest.MonkeyPatch, patched: tuple[str, ...]
) -> None:
    store.add_text(body(1), title="Первая")
    before = snapshot(store.root)
    for name in patched:
        monkeypatch.setattr(os, name, _crash)
    with pytest.raises(StoreError, match="simulated crash"):
        store.add_text(body(2), title="Вторая")
    monkeypatch.undo()
    assert snapshot(store.root) == before
    assert list(store.root.glob(TEMP_PREFIX + "*")) == []
    assert store.add_text(body(2), title="Вторая").name == "вторая.txt"


def test_without_hard_links_the_file_is_renamed_into_place(
    store: ArticleStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(*args: object) -> None:
        raise PermissionError(errno.EPERM, "hard links not supported")

    monkeypatch.setattr(os, "link", no_links)
    first = store.add_text(body(1), title="Статья")
    second = store.add_text(body(2), title="Статья")
    assert (first.name, second.name) == ("статья.txt", "статья-2.txt")
    assert [read_article(path).text for path in (first, second)] == [body(1), body(2)]
    assert list(store.root.glob(TEMP_PREFIX + "*")) == []


def _write_and_hang(root: str, ready: multiprocessing.synchronize.Event) -> None:
    """In a child process: start adding an article, and hang just before it reaches the disk."""

    def hang(descriptor: int) -> None:
        ready.set()
        threading.Event().wait(60)

    os.fsync = hang
    ArticleStore(root).add_text(BODY * 1000, title="Недописанная")


def test_killed_writer_leaves_no_article_and_frees_the_store(store: ArticleStore) -> None:
    store.add_text(body(1))
    context = multiprocessing.get_context("spawn")
    ready = context.Event()
    child = context.Process(target=_write_and_hang, args=(str(store.root), ready))
    child.start()
    try:
        assert ready.wait(60)
        child.kill()  # a crash in the middle of the write, lock held
    finally:
        child.join(10)
    before = visible(store.root)
    assert len(before) == 1  # no half-written article under a real name
    assert len(list(store.root.glob(TEMP_PREFIX + "*"))) == 1  # only a hidden leftover ...
    corpus = load_corpus([store.root])
    assert (corpus.skipped, [info.name for info in corpus.articles]) == ((), before)  # ... the reader ignores
    added = store.add_text(body(2))  # the lock died with the writer
    assert list(store.root.glob(TEMP_PREFIX + "*")) == []  # and the next add cleared the leftover
    assert visible(store.root) == sorted([*before, added.name])


# --- adders at the same moment ----------------------------------------------------------------------------


def _threads(count: int, action: object) -> list[object]:
    """Run ``action(number)`` in ``count`` threads released at once; their results or exceptions."""
    barrier = threading.Barrier(count)
    results: list[object] = [None] * count

    def run(number: int) -> None:
        barrier.wait()
        try:
            results[number] = action(number)  # type: ignore[operator]
        except Exception as error:  # collected for the assertion, not swallowed
            results[number] = error

    threads = [threading.Thread(target=run, args=(number,)) for number in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results


def test_threads_adding_different_articles_all_succeed(store: ArticleStore) -> None:
    results = _threads(
        8, lambda number: ArticleStore(store.root).add_text(body(number), title="Одинаковый заголовок")
    )
    assert all(isinstance(result, Path) for result in results), results
    paths: list[Path] = results  # type: ignore[assignment]
    assert len(set(paths)) == 8
    assert sorted(read_article(path).text for path in paths) == sorted(body(number) for number in range(8))
    assert sorted(path.name for path in paths) == visible(store.root)


def test_threads_adding_the_same_article_store_it_once(store: ArticleStore) -> None:
    results = _threads(6, lambda number: store.add_text(BODY, title=f"Заголовок {number}"))
    stored = [result for result in results if isinstance(result, Path)]
    assert len(stored) == 1
    assert all(isinstance(result, DuplicateArticle) for result in results if result not in stored)
    assert visible(store.root) == [stored[0].name]


def _add_in_process(root: str, number: int, start: threading.Barrier) -> str:
    start.wait()
    try:
        return str(ArticleStore(root).add_text(body(number), title="Из процесса"))
    except DuplicateArticle as error:
        return f"duplicate: {error}"


@pytest.fixture
def pool() -> Iterator[tuple[Any, Any]]:
    context = multiprocessing.get_context("spawn")
    manager = context.Manager()
    with context.Pool(2) as workers:
        yield workers, manager
    manager.shutdown()


def test_processes_adding_different_articles_both_succeed(store: ArticleStore, pool: tuple[Any, Any]) -> None:
    workers, manager = pool
    start = manager.Barrier(2)
    results = workers.starmap(_add_in_process, [(str(store.root), 1, start), (str(store.root), 2, start)])
    paths = [Path(result) for result in results]
    assert sorted(path.name for path in paths) == ["из-процесса-2.txt", "из-процесса.txt"]
    assert sorted(read_article(path).text for path in paths) == [body(1), body(2)]
    assert visible(store.root) == sorted(path.name for path in paths)


def test_processes_adding_the_same_article_store_it_once(store: ArticleStore, pool: tuple[Any, Any]) -> None:
    workers, manager = pool
    start = manager.Barrier(2)
    results = workers.starmap(_add_in_process, [(str(store.root), 3, start), (str(store.root), 3, start)])
    assert sorted(
        result.startswith("duplicate: the same text is already stored as") for result in results
    ) == [False, True]
    assert len(visible(store.root)) == 1


def test_doctests() -> None:
    results = doctest.testmod(importlib.import_module("tradeviz.ingest.store_names"))
    assert results.attempted > 0
    assert results.failed == 0
