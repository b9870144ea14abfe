"""A saved web page (HTML bytes) -> the article in it: main text, title, date and outlet from the page.

Telling an article from its menus, related-news lists, comments and footers is a hard problem that
trafilatura solves and maintains; this module only decodes the bytes, calls it, and turns what it found
into an `Article`. Nothing here touches the network: trafilatura only parses the markup it is given.
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import logging
from pathlib import Path
from typing import Any

import regex

from tradeviz.errors import ReadError
from tradeviz.read.article import Article
from tradeviz.read.decode import (
    BOMS,
    CYRILLIC_CODEPAGES,
    MAX_BYTES,
    SAMPLE,
    check_size,
    decode_bytes,
    join_split_digits,
    repair_mojibake,
    russian_plausibility,
)
from tradeviz.read.frontmatter import parse_published
from tradeviz.read.metadata import detect_lang, infer_published, infer_source, infer_title

PRESCAN_BYTES = 4096
"""Where a page declares its charset: the HTML standard looks at the first 1024 bytes; be a little kind."""

MIN_ARTICLE_CHARS = 30
"""Fewer word characters than this is a menu or a caption ("HomeNews"), not an article."""

DATE_PARAMS: dict[str, Any] = {
    "original_date": True,  # the publication date, not the last edit
    "extensive_search": False,  # only the page's date markup: "© 2024" in a footer is not a date
    "max_date": "2100-12-31",  # the upper bound of years taken seriously (as in published.YEARS), not "today"
}
"""How htmldate (inside trafilatura) looks for the publication date."""

REGEX_TIMEOUT = 2.0
"""Seconds; the patterns run on the first few kilobytes only."""

CHARSET = regex.compile(
    rb"""
    <meta\b[^>]{0,512}?                     # a meta tag, attributes before the charset kept short
    charset\s*=\s*["']?\s*                  # charset= as an attribute or inside content="...; charset=..."
    (?P<charset>[A-Za-z0-9._:-]{1,40})      # the encoding's label
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
"""The encoding a page declares: <meta charset="windows-1251"> or <meta http-equiv=... content=...>."""

HAS_DOCUMENT = regex.compile(rb"<(?:html|body|head)\b", regex.IGNORECASE)
"""A whole page rather than a fragment; trafilatura only takes whole pages."""

WORD_CHAR = regex.compile(r"\w")

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True, slots=True)
class HtmlPage:
    """What a page itself states: its main text and metadata (None when the page does not say)."""

    text: str
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None


# --- bytes -> markup ------------------------------------------------------------------------------------


WEB_CODECS = {
    **dict.fromkeys(("utf-8", "cp866", "koi8-r", "koi8-u", "mac-roman", "mac-cyrillic", "cp874")),
    **dict.fromkeys(f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)),
    **dict.fromkeys(f"cp{n}" for n in range(1250, 1259)),
    **dict.fromkeys(("gbk", "gb18030", "big5", "big5hkscs", "euc_jp", "iso2022_jp", "shift_jis", "euc_kr")),
    **dict.fromkeys(("utf-16", "utf-16-le", "utf-16-be")),
    "iso8859-1": "cp1252",  # as browsers read them (the WHATWG Encoding Standard): latin-1 means cp1252
    "ascii": "cp1252",
    "iso8859-9": "cp1254",
    "gb2312": "gbk",
}
"""The encodings a web page can be in (the WHATWG Encoding Standard's list, as Python names them), each to
the codec browsers read it with (None: itself). Anything else a page declares (`rot13`, `base64`, `zlib`,
`unicode_escape`: Python codecs, but no page's charset) is ignored and the encoding is detected."""

WIDE_CODECS = ("utf-16", "utf-16-le", "utf-16-be")
"""Two bytes per character: ASCII markup in them is full of NUL bytes. Declared on bytes without any, the
declaration is wrong (read so, single-byte text turns into CJK)."""


def declared_charset(data: bytes) -> str | None:
    """The Python codec for the charset a page declares near its top, None if none (or not a web one).

    A UTF-16 declaration inside the page is ignored, as browsers do: a <meta> found by reading the bytes as
    ASCII cannot be in UTF-16.

    >>> declared_charset(b'<head><meta charset="Windows-1251"></head>')
    'cp1251'
    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">')
    'koi8-r'
    >>> [declared_charset(f'<meta charset="{label}">'.encode()) for label in ("no-such", "rot13", "utf-16")]
    [None, None, None]
    """
    try:
        match = CHARSET.search(data[:PRESCAN_BYTES], timeout=REGEX_TIMEOUT)
    except TimeoutError:
        return None
    codec = web_codec(match["charset"].decode("ascii")) if match else None
    return None if codec in WIDE_CODECS else codec


def web_codec(label: str | None) -> str | None:
    """The codec to read a charset label with, None for labels that name no web page encoding.

    >>> web_codec("Windows-1251"), web_codec("latin1"), web_codec("zlib"), web_codec("bogus")
    ('cp1251', 'cp1252', None, None)
    """
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip()).name
    except (LookupError, ValueError):
        return None
    if name not in WEB_CODECS:
        return None
    return WEB_CODECS[name] or name


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _fits(codec: str, data: bytes) -> bool:
    """Whether bytes can be in the codec declared for them: a wide codec needs NUL bytes, others none."""
    return (b"\x00" in data) == (codec in WIDE_CODECS)


RUSSIAN_MARGIN = 1.5
"""How much more Russian the other Cyrillic code page must read before a cp1251/koi8-r declaration is taken
for a mistake: read in the wrong one, Russian prose scores half as much (`russian_plausibility`)."""


def _likelier_cyrillic(data: bytes, stated: str, markup: str) -> str:
    """The markup in the other of cp1251 and koi8-r when the page declares one and is plainly in the other
    (pages converted without their <meta> being changed).

    >>> text = "<meta charset=koi8-r><p>Товарооборот между странами вырос</p>"
    >>> _likelier_cyrillic(text.encode("cp1251"), "koi8-r", text.encode("cp1251").decode("koi8-r")) == text
    True
    """
    if stated not in CYRILLIC_CODEPAGES:
        return markup
    other = next(codec for codec in CYRILLIC_CODEPAGES if codec != stated)
    try:
        alternative = data.decode(other)
    except UnicodeDecodeError:
        return markup
    if russian_plausibility(alternative[:SAMPLE]) > RUSSIAN_MARGIN * russian_plausibility(markup[:SAMPLE]):
        return alternative
    return markup


def decode_html(
    data: bytes, name: str = "", *, charset: str | None = None, max_bytes: int = MAX_BYTES
) -> str:
    """The markup in ``data``: a BOM decides, then valid UTF-8, then the stated charset, then guessing.

    ``charset`` is what the server said (Content-Type), which outranks the page's own <meta>. Valid UTF-8
    outranks both: pages re-saved as UTF-8 often keep their old declaration, and legacy bytes almost never
    form valid UTF-8 by chance. A declaration that names no web encoding, or does not fit the bytes, is
    ignored: the encoding is then detected as for a text file.

    >>> decode_html('<meta charset="windows-1251"><p>Привет</p>'.encode("cp1251"))
    '<meta charset="windows-1251"><p>Привет</p>'
    >>> decode_html('<meta charset="rot13"><p>Товарооборот вырос втрое</p>'.encode("cp1251"))
    '<meta charset="rot13"><p>Товарооборот вырос втрое</p>'
    """
    check_size(len(data), name, max_bytes)
    has_bom = any(data.startswith(bom) for bom, _codec_name in BOMS)
    stated = web_codec(charset) or declared_charset(data)
    if has_bom or stated is None or not _fits(stated, data) or (stated not in WIDE_CODECS and _is_utf8(data)):
        return decode_bytes(data, name, max_bytes=max_bytes)  # its checks and its guess of code pages
    try:
        markup = data.decode(stated)
    except UnicodeDecodeError:  # the declaration lies; guess as for a text file
        return decode_bytes(data, name, max_bytes=max_bytes)
    markup = _likelier_cyrillic(data, stated, markup)
    # As UTF-8 again, through the same checks as any text (empty, binary, mojibake); the size was checked.
    as_utf8 = markup.encode("utf-8")
    return decode_bytes(as_utf8, name, max_bytes=max(max_bytes, len(as_utf8)))


# --- markup -> article ------------------------------------------------------------------------------------


def _as_document(markup: str) -> str:
    """A fragment ("<p>...</p>" or plain text saved as .html) wrapped into a page trafilatura accepts."""
    head = markup[:PRESCAN_BYTES].encode("utf-8", "replace")
    if HAS_DOCUMENT.search(head, timeout=REGEX_TIMEOUT):
        return markup
    return f"<html><body><div>{markup}</div></body></html>"


def _extract(markup: str, url: str | None) -> Any:
    """trafilatura's document (or None): main text only, no comments, links or images."""
    # Imported here: it costs a tenth of a second at start-up that runs on text files never need.
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            markup,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_links=False,
            include_images=False,
            include_tables=True,
            favor_precision=True,  # a related-news list mistaken for text would bring its figures along
            date_extraction_params=DATE_PARAMS,
        )
    except Exception as error:
        # trafilatura and lxml are a black box to us: markup that slips past their own guards (and
        # whatever they raise for it) means the page has no article we can read, never a traceback.
        log.debug("trafilatura failed: %r", error)
        return None


def _paragraphs(text: str) -> str:
    """trafilatura puts one block per line; a blank line between them reads like the bundled articles.

    >>> _paragraphs("Title\\nFirst.\\r\\n\\nSecond. ")
    'Title\\n\\nFirst.\\n\\nSecond.'
    """
    lines = (line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return "\n\n".join(line for line in lines if line)


def _date(value: object) -> dt.date | None:
    """trafilatura's date string as a date, None for anything not a real YYYY-MM-DD."""
    if not isinstance(value, str):
        return None
    try:
        return parse_published(value[:10])
    except ReadError:
        return None


def _clean(value: object) -> str | None:
    """A one-line metadata value, None when the page gave nothing usable."""
    if not isinstance(value, str):
        return None
    value = " ".join(repair_mojibake(value).split())
    return value or None


def extract_html(
    data: bytes,
    *,
    name: str = "",
    url: str | None = None,
    charset: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> HtmlPage:
    """The article text and stated metadata of a page; ReadError when it has none."""
    markup = decode_html(data, name, charset=charset, max_bytes=max_bytes)
    document = _extract(_as_document(markup), url)
    text = _paragraphs(repair_mojibake(document.text or "")) if document is not None else ""
    if len(WORD_CHAR.findall(text[: MIN_ARTICLE_CHARS * 10], timeout=REGEX_TIMEOUT)) < MIN_ARTICLE_CHARS:
        raise ReadError(
            f"{name or 'the page'} has no article text; expected a saved news page with paragraphs of text"
        )
    return HtmlPage(
        text=text,
        title=_clean(document.title),
        published=_date(document.date),
        source=_clean(document.sitename),
        url=url or _clean(document.url),
    )


def article_from_html(
    data: bytes,
    *,
    name: str,
    url: str | None = None,
    path: Path | None = None,
    charset: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Article:
    """The article in a saved page: what the page states, else what its text says (as for text files)."""
    page = extract_html(data, name=name, url=url, charset=charset, max_bytes=max_bytes)
    page = dataclasses.replace(page, text=join_split_digits(page.text))
    return Article(
        name=name,
        text=page.text,
        source=page.source or infer_source(page.text),
        url=page.url,
        title=page.title or infer_title(page.text),
        published=page.published or infer_published(page.text),
        published_inferred=False,
        lang=detect_lang(page.text).lower(),
        path=path,
    )
