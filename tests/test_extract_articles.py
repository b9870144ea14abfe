"""Whole articles, page clutter included: each file under tests/articles/ gives exactly the facts listed.

The articles are written the way Kazinform, Tengrinews, TASS, RIA Novosti, Interfax-Kazakhstan, Xinhua,
CGTN, The Astana Times, Daryo, Kun.uz, Trend, 24.kz, Sputnik, Akorda and ministries write about bilateral
trade; none is taken from the bundled articles. Background paragraphs are full of numbers that are not
trade facts (GDP, population, tonnes, flights, deals, loans, budgets, totals of one country's or region's
foreign trade, trade with groups of countries, sectoral trade, differences), and four articles hold no fact
at all. A headline that restates a body figure counts once (the dated body fact).

Dates come four ways: front matter (`published:`), the page header only ("14 февраля 2024, 11:32",
"12 March 2024, 16:20"), the `published` argument, or nowhere — then a relative date ("last year") is
resolved only by context in its own sentence ("по сравнению с 2022 годом"), else the period is null.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from cases_helpers import actual, assert_facts, half, month, months, quarter, target, year

D = dt.date
ARTICLES_DIR = Path(__file__).resolve().parent / "articles"
EKR = "East Kazakhstan Region"
XJ = "Xinjiang"

ARTICLES: list[tuple[str, dt.date | None, list[dict[str, Any]]]] = [
    # Kazinform, front matter; the headline repeats the body's 41 bn without a date: one row, the body's.
    (
        "01_ru_kazinform_kz_cn.txt",
        None,
        [
            actual(
                "turnover",
                41,
                "млрд",
                "USD",
                "CN-KZ",
                period=year(2023),
                qualifier=">",
                growth=32,
                quote_has="По итогам 2023 года",
            ),
            actual("export", 15.8, "млрд", "USD", "CN-KZ", period=year(2023)),
            actual("import", 25.4, "млрд", "USD", "CN-KZ", period=year(2023)),
            target("turnover", 80, "млрд", "USD", "CN-KZ", by=2030),
        ],
    ),
    # Tengrinews, date only in the page header: "прошлого года" is 2023; roubles restated in dollars;
    # a difference ("на 1,6 млрд долларов больше") and an EAEU total are not facts; target without deadline.
    (
        "02_ru_tengrinews_kz_ru.txt",
        None,
        [
            actual("turnover", 2.4, "трлн", "RUB", "KZ-RU", period=year(2023)),
            actual("turnover", 27.8, "млрд", "USD", "KZ-RU", period=year(2023)),
            actual("export", 9.1, "млрд", "USD", "KZ-RU", period=year(2023)),
            actual("import", 18.7, "млрд", "USD", "KZ-RU", period=year(2023)),
            target("turnover", 30, "млрд", "USD", "KZ-RU", by=None),
        ],
    ),
    # TASS, front matter: dollars and yuan in separate sentences, growth per clause, a month, a forecast;
    # China's total foreign trade and tonnes of oil are not facts.
    (
        "03_ru_tass_ru_cn.txt",
        None,
        [
            actual("turnover", 240.1, "млрд", "USD", "CN-RU", period=year(2023), growth=26.3),
            actual("turnover", 1.7, "трлн", "CNY", "CN-RU", period=year(2023), growth=32.7),
            actual("export", 129.1, "млрд", "USD", "CN-RU", period=year(2023), growth=12.7),
            actual("import", 110.9, "млрд", "USD", "CN-RU", period=year(2023), growth=46.9),
            actual("turnover", 20.5, "млрд", "USD", "CN-RU", period=month(2023, 12)),
            actual("turnover", 190.3, "млрд", "USD", "CN-RU", period=year(2022)),
            target("turnover", 250, "млрд", "USD", "CN-RU", by=2024, qualifier=">"),
        ],
    ),
    # Sputnik, no date anywhere: "В прошлом году ... по сравнению с 2022 годом" is 2023, and the split of
    # "этой суммы" in the next sentence shares it; project cost and signed agreements are not facts.
    (
        "04_ru_sputnik_kz_uz.txt",
        None,
        [
            actual("turnover", 4.4, "млрд", "USD", "KZ-UZ", period=year(2023), growth=9),
            actual("export", 3, "млрд", "USD", "KZ-UZ", period=year(2023)),
            actual("import", 1.4, "млрд", "USD", "KZ-UZ", period=year(2023)),
            target("turnover", 10, "млрд", "USD", "KZ-UZ", by=None),
        ],
    ),
    # Interfax-Kazakhstan, published passed: "текущего года" is 2024; three facts in one sentence, growth on
    # the turnover only; cumulative investment has no period; contractors' projects are not facts.
    (
        "05_ru_interfax_kz_tr.txt",
        D(2024, 11, 5),
        [
            actual("turnover", 4.1, "млрд", "USD", "KZ-TR", period=months(2024, 1, 9), growth=7),
            actual("export", 2.9, "млрд", "USD", "KZ-TR", period=months(2024, 1, 9)),
            actual("import", 1.2, "млрд", "USD", "KZ-TR", period=months(2024, 1, 9)),
            actual("turnover", 6.4, "млрд", "USD", "KZ-TR", period=year(2023)),
            actual("investment", 5.4, "млрд", "USD", "KZ-TR", period=None, qualifier=">"),
            target("turnover", 10, "млрд", "USD", "KZ-TR", by=2027),
        ],
    ),
    # 24.kz, front matter, East Kazakhstan Region and China: "этот показатель" keeps the region; the
    # national figure has none; budget and trucks are not facts.
    (
        "06_ru_24kz_vko_cn.txt",
        None,
        [
            actual("turnover", 310, "млн", "USD", "CN-KZ", period=months(2024, 1, 5), region=EKR),
            actual("turnover", 620.5, "млн", "USD", "CN-KZ", period=year(2023), growth=18, region=EKR),
            actual(
                "turnover",
                390,
                "млн",
                "USD",
                "CN-KZ",
                period=year(2021),
                region=EKR,
                quote_has="этот показатель",
            ),
            actual("export", 410, "млн", "USD", "CN-KZ", period=year(2023), region=EKR),
            actual("import", 210.5, "млн", "USD", "CN-KZ", period=year(2023), region=EKR),
            actual("turnover", 41, "млрд", "USD", "CN-KZ", period=year(2023), qualifier=">"),
            target("turnover", 1, "млрд", "USD", "CN-KZ", by=2026, region=EKR),
        ],
    ),
    # Xinhua (Russian), date in the page header: Xinjiang's total foreign trade is not a fact, its trade
    # with Kazakhstan is ("проц." is a percent); the national figure has no region.
    (
        "07_ru_xinhua_xinjiang_kz.txt",
        None,
        [
            actual("turnover", 158.4, "млрд", "CNY", "CN-KZ", period=year(2023), growth=23.1, region=XJ),
            actual("turnover", 24.6, "млрд", "CNY", "CN-KZ", period=months(2024, 1, 2), region=XJ),
            actual("turnover", 41.03, "млрд", "USD", "CN-KZ", period=year(2023), growth=32),
        ],
    ),
    # Akorda, date in the page header: "В прошлом году" is 2023; "этот показатель" names the target's
    # metric; a plant's cost and an investment fund set up by agreement are not facts.
    (
        "08_ru_akorda_kz_kg.txt",
        None,
        [
            actual("turnover", 1.6, "млрд", "USD", "KG-KZ", period=year(2023)),
            target("turnover", 3, "млрд", "USD", "KG-KZ", by=None, quote_has="этот показатель"),
            actual("investment", 1.5, "млрд", "USD", "KG-KZ", period=None, qualifier=">"),
        ],
    ),
    # Trend (Russian), front matter: headline repeats 520,6 млн undated; "этот показатель" for 2023.
    (
        "09_ru_trend_kz_ir.txt",
        None,
        [
            actual(
                "turnover",
                520.6,
                "млн",
                "USD",
                "IR-KZ",
                period=year(2024),
                growth=17.5,
                quote_has="в 2024 году составил",
            ),
            actual("turnover", 443.1, "млн", "USD", "IR-KZ", period=year(2023), quote_has="этот показатель"),
            actual("export", 340, "млн", "USD", "IR-KZ", period=year(2024)),
            actual("import", 180.6, "млн", "USD", "IR-KZ", period=year(2024)),
            actual("turnover", 41.2, "млн", "USD", "IR-KZ", period=month(2025, 1)),
            target("turnover", 3, "млрд", "USD", "IR-KZ", by=2030),
        ],
    ),
    # Kun.uz (Russian), no date: growth in the next sentence; Uzbekistan's total foreign trade, signed
    # agreements and a railway's cost are not facts; the target's deadline is 2030, not the visit's date.
    (
        "10_ru_kunuz_uz_cn.txt",
        None,
        [
            actual("turnover", 13.7, "млрд", "USD", "CN-UZ", period=year(2023), growth=49),
            actual("import", 11.1, "млрд", "USD", "CN-UZ", period=year(2023)),
            actual("export", 2.6, "млрд", "USD", "CN-UZ", period=year(2023)),
            actual("investment", 3.4, "млрд", "USD", "CN-UZ", period=year(2023)),
            target("turnover", 20, "млрд", "USD", "CN-UZ", by=2030),
        ],
    ),
    # Kazinform on Khorgos: people, containers, tonnes, a budget, a loan, deals, Central Asia, sectoral
    # trade, a difference, a country's foreign trade, GDP, a phone; a figure only in "Читайте также".
    ("11_ru_kazinform_khorgos_no_facts.txt", None, []),
    # RIA Novosti on gas and a forum: deals, cubic metres, a price, a difference, a percent alone, sectoral
    # trade, a country's exports, the EAEU, a budget, GDP.
    ("12_ru_ria_kz_ru_no_facts.txt", None, []),
    # The Astana Times, front matter: euros restated in dollars (headline repeats the euros undated);
    # "last year" is 2023; investment since 2005 has no period; Global Gateway pledge and GDP are not facts.
    (
        "13_en_astana_times_kz_eu.txt",
        None,
        [
            actual("turnover", 36.7, "billion", "EUR", "EU-KZ", period=year(2023), quote_has="ASTANA"),
            actual("turnover", 39.7, "billion", "USD", "EU-KZ", period=year(2023)),
            actual("export", 30.6, "billion", "USD", "EU-KZ", period=year(2023)),
            actual("import", 9.1, "billion", "USD", "EU-KZ", period=year(2023)),
            actual("investment", 170, "billion", "USD", "EU-KZ", period=None, qualifier=">"),
            target("turnover", 50, "billion", "USD", "EU-KZ", by=2030),
        ],
    ),
    # Xinhua (English), date in the page header: yuan restated as "about" dollars; China–Central Asia and
    # China's total trade are not facts; a forecast for 2024.
    (
        "14_en_xinhua_kz_cn.txt",
        None,
        [
            actual("turnover", 292.2, "billion", "CNY", "CN-KZ", period=year(2023)),
            actual("turnover", 41.1, "billion", "USD", "CN-KZ", period=year(2023), qualifier="~"),
            actual("export", 24.7, "billion", "USD", "CN-KZ", period=year(2023)),
            actual("import", 16.4, "billion", "USD", "CN-KZ", period=year(2023)),
            target("turnover", 45, "billion", "USD", "CN-KZ", by=2024, qualifier=">"),
        ],
    ),
    # CGTN on Khorgos, no date: TEUs, a container price, contracts, a loan, Central Asia, a country's
    # foreign trade, sectoral trade, GDP.
    ("15_en_cgtn_khorgos_no_facts.txt", None, []),
    # Daryo on water and energy: kWh, cubic metres, a percent alone, a difference, agreements, a country's
    # exports, the EAEU, GDP, population, a plant's cost.
    ("16_en_daryo_uz_kz_no_facts.txt", D(2024, 9, 10), []),
    # Kazinform (English), date in the page header: headline repeats $6.5 billion undated; "this figure";
    # "Last year" is 2023.
    (
        "17_en_kazinform_kz_kr.txt",
        None,
        [
            actual("turnover", 4.7, "billion", "USD", "KR-KZ", period=year(2022)),
            actual(
                "turnover",
                6.5,
                "billion",
                "USD",
                "KR-KZ",
                period=year(2023),
                growth=38,
                quote_has="this figure",
            ),
            actual("export", 1.1, "billion", "USD", "KR-KZ", period=year(2023)),
            actual("import", 5.4, "billion", "USD", "KR-KZ", period=year(2023)),
            actual("investment", 8, "billion", "USD", "KR-KZ", period=None, qualifier=">"),
            target("turnover", 10, "billion", "USD", "KR-KZ", by=2030),
        ],
    ),
    # Foreign ministry press release, published passed: euros "or" dollars; "this year" is 2024; a
    # project's cost and a share of trade with a region are not facts; target without deadline.
    (
        "18_en_mfa_kz_de.txt",
        D(2024, 5, 16),
        [
            actual("turnover", 3.9, "billion", "EUR", "DE-KZ", period=year(2023)),
            actual("turnover", 4.2, "billion", "USD", "DE-KZ", period=year(2023)),
            actual("turnover", 1.1, "billion", "USD", "DE-KZ", period=quarter(2024, 1), growth=12),
            actual("investment", 6, "billion", "USD", "DE-KZ", period=None, qualifier="~"),
            target("turnover", 10, "billion", "USD", "DE-KZ", by=None),
        ],
    ),
    # Trend (English), dateline without a year: "The figure grew" in the next sentence; Kazakhstan's total
    # foreign trade, exports and imports and India's GDP are not facts.
    (
        "19_en_trend_kz_in.txt",
        None,
        [
            actual("turnover", 1.03, "billion", "USD", "IN-KZ", period=months(2024, 1, 8), growth=47.5),
            actual("export", 560.1, "million", "USD", "IN-KZ", period=months(2024, 1, 8)),
            actual("import", 469.9, "million", "USD", "IN-KZ", period=months(2024, 1, 8)),
            actual("turnover", 1.3, "billion", "USD", "IN-KZ", period=year(2023)),
        ],
    ),
    # CGTN, published passed, Xinjiang and Kazakhstan: "this year" is 2024; Xinjiang's total foreign trade
    # and GDP are not facts; the national figure has no region.
    (
        "20_en_cgtn_xinjiang_kz.txt",
        D(2024, 7, 20),
        [
            actual("turnover", 79.6, "billion", "CNY", "CN-KZ", period=half(2024), growth=15.3, region=XJ),
            actual("export", 66.2, "billion", "CNY", "CN-KZ", period=half(2024), region=XJ),
            actual("turnover", 21.3, "billion", "USD", "CN-KZ", period=half(2024)),
        ],
    ),
    # Kun.uz (English), no date and no year in the text: "Last year" stays unknown; growth in the next
    # sentence; signed documents are not facts.
    (
        "21_en_kunuz_uz_kz.txt",
        None,
        [
            actual("turnover", 4.4, "billion", "USD", "KZ-UZ", period=None, growth=9),
            actual("export", 1.4, "billion", "USD", "KZ-UZ", period=None),
            actual("import", 3, "billion", "USD", "KZ-UZ", period=None),
            target("turnover", 10, "billion", "USD", "KZ-UZ", by=None),
        ],
    ),
    # TASS (English), front matter: "last year" is 2024; roubles in their own sentence; tenge restated in
    # dollars; agreements, cubic metres and the EAEU are not facts.
    (
        "22_en_tass_kz_ru.txt",
        None,
        [
            actual("turnover", 28.3, "billion", "USD", "KZ-RU", period=year(2024), growth=5.5),
            actual("turnover", 2.6, "trillion", "RUB", "KZ-RU", period=year(2024), qualifier=">"),
            actual("export", 4.3, "trillion", "KZT", "KZ-RU", period=year(2024)),
            actual("export", 9.1, "billion", "USD", "KZ-RU", period=year(2024)),
            actual("import", 19.2, "billion", "USD", "KZ-RU", period=year(2024)),
            target("turnover", 30, "billion", "USD", "KZ-RU", by=2026),
        ],
    ),
    # Akorda (English), date in the page header: "last year" 2023, "first five months of this year" 2024;
    # target without deadline; commercial agreements and tonnes are not facts.
    (
        "23_en_akorda_kz_cn.txt",
        None,
        [
            actual("turnover", 41, "billion", "USD", "CN-KZ", period=year(2023), qualifier=">"),
            actual("turnover", 17.9, "billion", "USD", "CN-KZ", period=months(2024, 1, 5)),
            target("turnover", 80, "billion", "USD", "CN-KZ", by=None),
            actual("investment", 25, "billion", "USD", "CN-KZ", period=None, qualifier=">"),
        ],
    ),
    # 24.kz (English), published passed: a fall is negative growth; turnover of which exports and imports.
    (
        "24_en_24kz_kz_tr.txt",
        D(2025, 1, 28),
        [
            actual("turnover", 5.4, "billion", "USD", "KZ-TR", period=months(2024, 1, 11), growth=-9),
            actual("turnover", 6.4, "billion", "USD", "KZ-TR", period=year(2023)),
            actual("export", 4.6, "billion", "USD", "KZ-TR", period=year(2023)),
            actual("import", 1.8, "billion", "USD", "KZ-TR", period=year(2023)),
            actual("investment", 512, "million", "USD", "KZ-TR", period=months(2024, 1, 9)),
            target("turnover", 15, "billion", "USD", "KZ-TR", by=2030),
        ],
    ),
]


def _body(text: str) -> str:
    """The text after front matter, which the frame's `start`/`end` offsets refer to."""
    if not text.startswith("---\n"):
        return text
    closing = text.find("\n---\n", 3)
    assert closing != -1, "front matter is not closed"
    return text[closing + len("\n---\n") :]


def test_article_table_is_well_formed() -> None:
    names = [name for name, _published, _facts in ARTICLES]
    assert len(names) == len(set(names)) == 24
    assert sorted(names) == sorted(path.name for path in ARTICLES_DIR.glob("*.txt"))
    assert sum(1 for _name, _published, facts in ARTICLES if not facts) >= 4


@pytest.mark.parametrize(("name", "published", "expected"), ARTICLES, ids=[row[0] for row in ARTICLES])
def test_extract_article(name: str, published: dt.date | None, expected: list[dict[str, Any]]) -> None:
    from tradeviz import extract_text  # imported here, as in test_extract_cases

    text = (ARTICLES_DIR / name).read_text(encoding="utf-8")
    frame = extract_text(text, published=published)
    assert_facts(frame, expected, _body(text))
