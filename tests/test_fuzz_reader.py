"""Fuzzing the way in: whatever bytes or text arrive, reading and extracting end in a result or a ReadError.

"Parses correctly" is tested elsewhere; here only "never crashes" is, on random bytes, random Unicode and
random pieces of markup.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tradeviz
from tradeviz.errors import ReadError, TradevizError
from tradeviz.ingest import ArticleStore
from tradeviz.read import Article, article_from_bytes, article_from_html, article_from_text, decode_bytes

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SUFFIXES = st.sampled_from(["a.txt", "b.md", "c.html", "d.htm", "e.TXT", "noext"])

MARKUP_PIECES = st.sampled_from(
    [
        "<html>", "</html>", "<head>", "<body>", "</body>", "<p>", "</p>", "<div>", "</div>", "<br>",
        "<article>", "</article>", "<nav>", "<footer>", "<script>", "</script>", "<style>", "<!--", "-->",
        "<![CDATA[", "]]>", "<title>", "</title>", '<meta charset="koi8-r">', '<meta charset="utf-16">',
        '<meta property="og:site_name" content="', '<meta property="article:published_time" content="2024-13-45">',
        '<time datetime="9999-99-99">', "&amp;", "&#0;", "&#x110000;", "&nbsp;", "<", ">", '"', "'", "\x00",
        "---\n", "source: x\n", "Товарооборот превысил 41 млрд долларов. ", "Trade exceeded $41 billion. ",
        "<img src=x onerror=alert(1)>", "<table><tr><td>", "</td></tr></table>", "\r\n", "\ufeff",
    ]
)  # fmt: skip
"""Pieces that stress an HTML reader: tags opened and never closed, bad entities, charsets that lie."""

MARKUP = st.lists(st.one_of(MARKUP_PIECES, st.text(max_size=20)), max_size=60).map("".join)

ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1251", "koi8-r", "latin-1"])


def _returns_or_read_error(read: object, *args: object, **kwargs: object) -> object:
    """Call ``read``; a ReadError is an allowed answer, anything else escaping is the bug we look for."""
    try:
        return read(*args, **kwargs)  # type: ignore[operator]
    except ReadError as error:
        assert str(error)
        return error


@FUZZ
@given(st.binary(max_size=4096))
def test_decode_bytes_on_random_bytes(data: bytes) -> None:
    result = _returns_or_read_error(decode_bytes, data, "fuzz.txt")
    assert isinstance(result, str | ReadError)


@FUZZ
@given(st.binary(max_size=4096), SUFFIXES)
def test_article_from_bytes_on_random_bytes(data: bytes, name: str) -> None:
    result = _returns_or_read_error(article_from_bytes, Path(name), data)
    assert isinstance(result, Article | ReadError)


@FUZZ
@given(MARKUP, ENCODINGS)
def test_html_reader_on_random_markup(markup: str, encoding: str) -> None:
    data = markup.encode(encoding, errors="ignore")
    result = _returns_or_read_error(article_from_html, data, name="fuzz.html", url="https://example.org/a")
    if isinstance(result, Article):  # (markup inside <title> or <textarea> is text, so no check on tags)
        assert result.text.strip()


@FUZZ
@given(st.text(max_size=2000), ENCODINGS, SUFFIXES)
def test_article_from_bytes_on_random_text_in_any_encoding(text: str, encoding: str, name: str) -> None:
    data = text.encode(encoding, errors="ignore")
    result = _returns_or_read_error(article_from_bytes, Path(name), data)
    assert isinstance(result, Article | ReadError)


@FUZZ
@given(st.text(max_size=2000))
def test_article_from_text_on_random_unicode(text: str) -> None:
    result = _returns_or_read_error(article_from_text, text)
    assert isinstance(result, Article | ReadError)


@FUZZ
@given(st.text(max_size=2000))
def test_extract_text_on_random_unicode(text: str) -> None:
    frame = tradeviz.extract_text(text)
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == list(tradeviz.COLUMNS)


@FUZZ
@given(
    st.text(max_size=500),
    st.one_of(st.none(), st.text(max_size=80)),
    st.one_of(st.none(), st.text(max_size=80)),
)
def test_store_on_random_unicode(text: str, title: str | None, source: str | None) -> None:
    """Stored or refused with a message; a stored file reads back with the same body."""
    with tempfile.TemporaryDirectory() as folder:
        store = ArticleStore(folder)
        try:
            path = store.add_text(text, title=title, source=source)
        except TradevizError as error:
            assert str(error)
            return
        assert path.parent == Path(folder)
        assert tradeviz.read.read_article(path).text.strip()
