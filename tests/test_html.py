"""Saved web pages -> articles: main text without page furniture, metadata from the page, never a crash."""

from __future__ import annotations

import codecs
import datetime as dt
import doctest
import socket
from pathlib import Path

import pytest

import tradeviz.read.html as html_module
from tradeviz.errors import ReadError
from tradeviz.pipeline import load_corpus
from tradeviz.read import Article, article_from_html, extract_html
from tradeviz.read.html import declared_charset, decode_html

# --- pages, written the way news sites write them ---------------------------------------------------------

RU_BODY = (
    "<p>АСТАНА. КАЗИНФОРМ – Глава государства Касым-Жомарт Токаев провел переговоры с Председателем КНР "
    "Си Цзиньпином в Астане.</p>\n"
    "<p>По итогам 2023 года товарооборот между Казахстаном и Китаем превысил 41 млрд долларов, что является "
    "историческим максимумом. Стороны поставили цель довести его до 80 млрд долларов к 2030 году.</p>\n"
    "<p>Объем накопленных китайских инвестиций в экономику Казахстана составил 24 млрд долларов.</p>\n"
)

RU_PAGE = f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="{{charset}}">
<title>Товарооборот Казахстана и Китая превысил 41 млрд долларов | Kazinform</title>
<meta property="og:site_name" content="Kazinform">
<meta property="og:title" content="Товарооборот Казахстана и Китая превысил 41 млрд долларов">
<meta property="article:published_time" content="2024-07-03T14:03:00+05:00">
<script>window.dataLayer = []; function track() {{ document.write("Товарооборот 999 млрд"); }}</script>
<style>body {{ font-family: sans-serif; }}</style>
</head>
<body>
<header><nav class="menu"><ul>
  <li><a href="/ru/politics">Политика</a></li><li><a href="/ru/economy">Экономика</a></li>
  <li><a href="/ru/society">Общество</a></li><li><a href="/ru/sport">Спорт</a></li>
</ul></nav></header>
<main>
<article>
  <h1>Товарооборот Казахстана и Китая превысил 41 млрд долларов</h1>
  <time datetime="2024-07-03T14:03:00+05:00">3 июля 2024, 14:03</time>
  {RU_BODY}
</article>
<aside class="related">
  <h3>Читайте также</h3>
  <ul>
    <li><a href="/ru/news/1">Товарооборот с Узбекистаном вырос до 5 млрд долларов</a></li>
    <li><a href="/ru/news/2">Экспорт зерна в Китай увеличился вдвое</a></li>
    <li><a href="/ru/news/3">Импорт из Турции сократился на 10%</a></li>
  </ul>
</aside>
</main>
<footer><p>© 1997–2024 МИА «Казинформ». Все права защищены.</p><p>Адрес: Астана, ул. Кунаева 12/1</p></footer>
<script>console.log("Товарооборот 500 млрд долларов");</script>
</body></html>
"""

EN_PAGE = """<!doctype html>
<html lang="en"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Kazakhstan, China aim to double trade - The Astana Times</title>
<meta property="og:site_name" content="The Astana Times">
<link rel="canonical" href="https://astanatimes.com/2024/07/kazakhstan-china-trade/">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Kazakhstan, China aim to double trade", "datePublished": "2024-07-04T09:00:00+05:00"}</script>
</head><body>
<div id="top-menu"><a href="/">Home</a> | <a href="/category/nation">Nation</a> |
 <a href="/category/business">Business</a> | <a href="/contact">Contact</a></div>
<div class="content">
<h1 class="entry-title">Kazakhstan, China aim to double trade</h1>
<div class="entry-content">
<p>ASTANA – Trade between Kazakhstan and China exceeded $41 billion last year, President Kassym-Jomart
 Tokayev said after talks with Xi Jinping.</p>
<p>The two leaders agreed to raise bilateral trade to $80 billion by 2030, according to the Akorda press
 service.</p>
<p>Chinese investment in Kazakhstan's economy has reached $24 billion since 2005.</p>
</div>
<div class="comments"><h3>3 comments</h3>
<div class="comment"><p>Great news for our farmers! Trade should reach 200 billion.</p></div></div>
<div class="related-posts"><h4>Related Posts</h4><ul>
<li><a href="/a">Kazakhstan and Uzbekistan trade hits $5 billion</a></li>
<li><a href="/b">Grain exports to China double</a></li></ul></div>
</div>
<footer id="footer"><p>Copyright © 2023 The Astana Times. All rights reserved.</p>
<a href="/privacy">Privacy</a></footer>
<script>document.querySelectorAll('img').forEach(i => i.loading = 'lazy');</script>
</body></html>
"""

RU_CLUTTER = ("Политика", "Читайте также", "Узбекистаном", "Экспорт зерна", "©", "Кунаева", "999", "500 млрд")
EN_CLUTTER = ("Home", "Related Posts", "Uzbekistan", "Grain", "Copyright", "Privacy", "farmers", "lazy")


def _ru(charset: str = "utf-8") -> bytes:
    return RU_PAGE.replace("{charset}", charset).encode(charset, errors="xmlcharrefreplace")


# --- realistic pages ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(_ru("utf-8"), id="utf-8"),
        pytest.param(_ru("windows-1251"), id="windows-1251 declared"),
        pytest.param(_ru("koi8-r"), id="koi8-r declared"),
        pytest.param(codecs.BOM_UTF8 + _ru("utf-8"), id="utf-8 with BOM"),
        pytest.param(RU_PAGE.replace("{charset}", "utf-16").encode("utf-16"), id="utf-16 with BOM"),
        pytest.param(
            RU_PAGE.replace("{charset}", "windows-1251").encode("utf-8"), id="utf-8 declared cp1251"
        ),
        pytest.param(
            RU_PAGE.replace('<meta charset="{charset}">', "").encode("cp1251"), id="cp1251 undeclared"
        ),
    ],
)
def test_russian_news_page(data: bytes) -> None:
    article = article_from_html(data, name="kazinform.html")
    assert (article.name, article.title, article.source, article.published, article.lang, article.url) == (
        "kazinform.html",
        "Товарооборот Казахстана и Китая превысил 41 млрд долларов",
        "Kazinform",
        dt.date(2024, 7, 3),
        "ru",
        None,
    )
    assert "превысил 41 млрд долларов, что является историческим максимумом" in article.text
    assert "составил 24 млрд долларов." in article.text
    assert [word for word in RU_CLUTTER if word in article.text] == []


def test_paragraphs_are_separated_by_blank_lines() -> None:
    text = article_from_html(_ru(), name="a.html").text
    assert text.split("\n\n")[:2] == [
        "Товарооборот Казахстана и Китая превысил 41 млрд долларов",
        "АСТАНА. КАЗИНФОРМ – Глава государства Касым-Жомарт Токаев провел переговоры с Председателем КНР "
        "Си Цзиньпином в Астане.",
    ]


def test_date_from_time_element_alone() -> None:
    page = RU_PAGE.replace('<meta property="article:published_time" content="2024-07-03T14:03:00+05:00">', "")
    assert article_from_html(page.replace("{charset}", "utf-8").encode(), name="a.html").published == dt.date(
        2024, 7, 3
    )


def test_english_news_page() -> None:
    article = article_from_html(EN_PAGE.encode(), name="astana-times.html")
    assert (article.title, article.source, article.published, article.lang, article.url) == (
        "Kazakhstan, China aim to double trade",
        "The Astana Times",
        dt.date(2024, 7, 4),
        "en",
        "https://astanatimes.com/2024/07/kazakhstan-china-trade/",
    )
    assert "exceeded $41 billion last year" in article.text
    assert [word for word in EN_CLUTTER if word in article.text] == []


def test_given_url_wins_over_the_canonical_link() -> None:
    article = article_from_html(EN_PAGE.encode(), name="a.html", url="https://example.org/fetched")
    assert article.url == "https://example.org/fetched"


def test_server_charset_outranks_the_meta_declaration() -> None:
    data = _ru("koi8-r").replace(b'charset="koi8-r"', b'charset="windows-1251"')
    assert (
        extract_html(data, charset="koi8-r").title
        == "Товарооборот Казахстана и Китая превысил 41 млрд долларов"
    )


def test_page_without_date_or_site_falls_back_to_the_text() -> None:
    page = (
        "<html><body><article><p>Фото: Akorda 03.07.2024 14:03</p><p>Товарооборот Казахстана и Китая "
        "превысил 41 млрд долларов, сообщает El.kz со ссылкой на Акорду.</p></article></body></html>"
    )
    article = article_from_html(page.encode(), name="a.html")
    assert (article.source, article.published) == ("El.kz", dt.date(2024, 7, 3))


def test_fragment_and_mojibake_are_read() -> None:
    fragment = "<p>" + "Товарооборот Казахстана и Китая превысил 41 млрд долларов." + "</p>"
    mojibake = fragment.encode("utf-8").decode("cp1251").encode("utf-8")
    assert article_from_html(mojibake, name="a.html").text == fragment[3:-4]


def test_page_html_file_through_the_pipeline_keeps_offsets(tmp_path: Path) -> None:
    (tmp_path / "kazinform.html").write_bytes(_ru("windows-1251"))
    corpus = load_corpus([tmp_path])
    assert corpus.skipped == ()
    assert not corpus.facts.empty
    text = corpus.article_text("kazinform.html")
    for quote, start, end in corpus.facts[["quote", "start", "end"]].itertuples(index=False):
        assert text[start:end] == quote
    assert set(corpus.facts["source"]) == {"Kazinform"}


# --- no article, bad bytes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(
            b"<html><head><title>Home</title></head><body></body></html>",
            "has no article text",
            id="empty body",
        ),
        pytest.param(
            b"<html><body><nav><a href='/'>Home</a><a href='/news'>News</a></nav><footer>(c) 2024</footer></body></html>",
            "has no article text",
            id="menu and footer only",
        ),
        pytest.param(
            b"<html><body><script>var text = 'long enough to be an article, but a script';</script></body></html>",
            "has no article text",
            id="script only",
        ),
        pytest.param(b"<html><body><img src='a.png'></body></html>", "has no article text", id="image only"),
        pytest.param(b"", "is empty", id="empty file"),
        pytest.param(b"  \n\t ", "is empty", id="blank file"),
        pytest.param(b"<html>\x00\x00<body><p>text</p></body></html>", "NUL", id="NUL bytes"),
        pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "NUL", id="binary"),
    ],
)
def test_pages_without_an_article(data: bytes, message: str) -> None:
    with pytest.raises(ReadError, match=message):
        article_from_html(data, name="page.html")


def test_no_article_message_names_the_page() -> None:
    with pytest.raises(ReadError) as caught:
        article_from_html(b"<html><body><nav>menu</nav></body></html>", name="page.html")
    assert (
        str(caught.value)
        == "page.html has no article text; expected a saved news page with paragraphs of text"
    )


def test_oversized_page_is_refused() -> None:
    with pytest.raises(ReadError, match=r"page\.html is 2\.0 KiB; expected an article of at most 1\.0 KiB"):
        article_from_html(b"x" * 2048, name="page.html", max_bytes=1024)


# --- hostile markup -----------------------------------------------------------------------------------------

SENTENCE = (
    "<p>Trade between Kazakhstan and China grew to 5 billion dollars in 2023, officials said on Monday.</p>"
)

HOSTILE = [
    pytest.param(
        "<html><body><img src=x onerror=alert(1)><script>alert('Trade 9 billion')</script>"
        f"<svg onload=alert(1)></svg>{SENTENCE}</body></html>",
        id="script and event handlers",
    ),
    pytest.param(
        f"<html><body>{'<div>' * 3000}{SENTENCE}{'</div>' * 3000}</body></html>", id="3000 nested divs"
    ),
    pytest.param(f"<html><body>{'<b><i>' * 500}{SENTENCE}</body></html>", id="unclosed inline tags"),
    pytest.param(
        f"<html><body><p title='{'a' * 2_000_000}'>x</p>{SENTENCE}</body></html>", id="2 MB attribute"
    ),
    pytest.param(f"<html><body><p>{'word ' * 400_000}</p>{SENTENCE}</body></html>", id="2 MB paragraph"),
    pytest.param(
        f"<html><body><!-- {SENTENCE} -->{SENTENCE}<![CDATA[ x ]]></body></html>", id="comments and CDATA"
    ),
    pytest.param(f"<html><body>&#0;&#xD800;&#x110000;&bogus;&amp{SENTENCE}</body></html>", id="bad entities"),
    pytest.param(
        f"<html><body><table><tr><td>{SENTENCE}</td></tr></table></html></html></body>", id="misnested"
    ),
    pytest.param(
        f"<?xml version='1.0' encoding='koi8-r'?><html><body>{SENTENCE}</body></html>", id="xml declaration"
    ),
    pytest.param(
        f"<html><body><frameset><frame src='http://example.org/'></frameset>{SENTENCE}", id="frameset"
    ),
    pytest.param("<" * 100_000, id="only brackets"),
    pytest.param("<html>" + "<p>\u202e\u200b\ufeff</p>" * 1000 + "</html>", id="invisible characters"),
]


@pytest.mark.parametrize("markup", HOSTILE)
def test_hostile_markup_never_crashes(markup: str) -> None:
    try:
        article = article_from_html(markup.encode("utf-8"), name="hostile.html")
    except ReadError as error:
        assert "hostile.html" in str(error)
        return
    assert isinstance(article, Article)
    assert "alert" not in article.text and "onerror" not in article.text and "9 billion" not in article.text


def test_extraction_never_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("HTML extraction tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    page = EN_PAGE.replace(
        "<body>", '<body><img src="https://example.org/a.png"><iframe src="https://example.org/"></iframe>'
    )
    article = article_from_html(page.encode(), name="a.html", url="https://astanatimes.com/2024/07/a/")
    assert article.source == "The Astana Times"


# --- helpers --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param(b'<meta charset="utf-8">', "utf-8", id="html5"),
        pytest.param(b"<META CHARSET=Windows-1251>", "cp1251", id="capitals, unquoted"),
        pytest.param(
            b'<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R">', "koi8-r", id="http-equiv"
        ),
        pytest.param(b'<meta charset="x-unknown">', None, id="unknown label"),
        pytest.param(b"<html><p>charset=cp1251</p>", None, id="not in a meta tag"),
        pytest.param(b" " * 5000 + b'<meta charset="cp1251">', None, id="too far down"),
    ],
)
def test_declared_charset(head: bytes, expected: str | None) -> None:
    assert declared_charset(head) == expected


def test_decode_html_lying_declaration_falls_back_to_guessing() -> None:
    data = '<meta charset="utf-8"><p>Товарооборот вырос</p>'.encode("cp1251")
    assert decode_html(data) == '<meta charset="utf-8"><p>Товарооборот вырос</p>'


def test_doctests() -> None:
    results = doctest.testmod(html_module)
    assert results.attempted > 0
    assert results.failed == 0
