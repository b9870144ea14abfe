"""The extractor's specification as tables: (text -> expected facts), grouped by phenomenon.

The texts are written the way Kazinform, Tengrinews, TASS, Interfax, RIA, Xinhua, Reuters, Trend, Kun.uz,
Akorda, ministries, Daryo, The Astana Times, Global Times and Nikkei phrase trade figures; none is taken
from the bundled articles. Expected facts are built with `actual(...)` / `target(...)` from
`cases_helpers`, which fill every column the case pins down (a null there is a decision, not a default).
"""

from __future__ import annotations

import datetime as dt

import pytest

from cases_helpers import Case, actual, assert_facts, half, month, months, quarter, target, year

D = dt.date

# --- numbers: how the digits are written -------------------------------------------------------------

NUMBERS = [
    Case(
        "ru-number-integer",
        "Товарооборот между Казахстаном и Турцией в 2022 году составил 7 млрд долларов.",
        expected=[actual("turnover", 7, "млрд", "USD", "KZ-TR", period=year(2022))],
    ),
    Case(
        "ru-number-integer-two-digits",
        "По данным Бюро национальной статистики, в 2023 году товарооборот Казахстана и Кыргызстана "
        "составил 18 млрд долларов.",
        expected=[actual("turnover", 18, "млрд", "USD", "KG-KZ", period=year(2023))],
    ),
    Case(
        "ru-number-decimal-comma",
        "По итогам 2023 года объём взаимной торговли Казахстана и России составил 19,7 млрд долларов.",
        expected=[actual("turnover", 19.7, "млрд", "USD", "KZ-RU", period=year(2023))],
    ),
    Case(
        "ru-number-decimal-comma-hundreds-of-millions",
        "Товарооборот Казахстана и Монголии за 2023 год составил 148,9 млн долларов.",
        expected=[actual("turnover", 148.9, "млн", "USD", "KZ-MN", period=year(2023))],
    ),
    Case(
        "ru-number-two-decimals",
        "Объём торговли между Россией и Турцией в 2023 году составил 60,09 млрд долларов.",
        expected=[actual("turnover", 60.09, "млрд", "USD", "RU-TR", period=year(2023))],
    ),
    Case(
        "ru-number-three-decimals-after-comma-are-decimals",
        "В 2023 году товарооборот между Казахстаном и Ираном составил 3,125 млрд долларов.",
        expected=[actual("turnover", 3.125, "млрд", "USD", "IR-KZ", period=year(2023))],
    ),
    Case(
        "ru-number-thousands-plain-space",
        "Товарооборот Казахстана и Азербайджана в 2023 году составил 1 234,5 млн долларов.",
        expected=[actual("turnover", 1234.5, "млн", "USD", "AZ-KZ", period=year(2023))],
    ),
    Case(
        "ru-number-thousands-no-break-space",
        "Товарооборот между Казахстаном и Грузией в 2023 году составил 1\u00a0234,5 млн долларов.",
        expected=[actual("turnover", 1234.5, "млн", "USD", "GE-KZ", period=year(2023))],
    ),
    Case(
        "ru-number-thousands-thin-space",
        "Товарооборот Казахстана и Кыргызстана за 2023 год составил 1\u2009234,5 млн долларов.",
        expected=[actual("turnover", 1234.5, "млн", "USD", "KG-KZ", period=year(2023))],
    ),
    Case(
        "ru-number-thousands-narrow-no-break-space",
        "Объём взаимной торговли Казахстана и Беларуси в 2022 году составил 1\u202f234,5 млн долларов.",
        expected=[actual("turnover", 1234.5, "млн", "USD", "BY-KZ", period=year(2022))],
    ),
    Case(
        "ru-number-statistics-bureau-thousands-of-dollars",
        "Товарооборот между Казахстаном и Китаем за январь–июнь 2024 года составил 2 345 678,9 тыс. "
        "долларов США.",
        expected=[actual("turnover", 2345678.9, "тыс", "USD", "CN-KZ", period=half(2024))],
    ),
    Case(
        "ru-number-decimal-point-with-dollar-sign",
        "Товарооборот Казахстана и Китая в 2023 году составил $41.1 млрд.",
        expected=[actual("turnover", 41.1, "млрд", "USD", "CN-KZ", period=year(2023))],
    ),
    Case(
        "en-number-integer",
        "Trade between Kazakhstan and Uzbekistan reached $5 billion in 2023.",
        expected=[actual("turnover", 5, "billion", "USD", "KZ-UZ", period=year(2023))],
    ),
    Case(
        "en-number-decimal-point",
        "Bilateral trade between Kazakhstan and China amounted to $41.1 billion in 2023.",
        expected=[actual("turnover", 41.1, "billion", "USD", "CN-KZ", period=year(2023))],
    ),
    Case(
        "en-number-two-decimals",
        "Mutual trade between Russia and Kazakhstan stood at $26.84 billion in 2023, the Kazakh trade "
        "ministry said.",
        expected=[actual("turnover", 26.84, "billion", "USD", "KZ-RU", period=year(2023))],
    ),
    Case(
        "en-number-comma-thousands-with-decimal",
        "Kazakhstan-Azerbaijan trade turnover totalled $1,234.5 million in 2023.",
        expected=[actual("turnover", 1234.5, "million", "USD", "AZ-KZ", period=year(2023))],
    ),
    Case(
        "en-number-comma-thousands-three-digits",
        "Exports from Kazakhstan to Turkey amounted to $3,125 million in 2023.",
        expected=[actual("export", 3125, "million", "USD", "KZ-TR", period=year(2023))],
    ),
    Case(
        "en-number-comma-thousands-without-scale",
        "Trade turnover between Kazakhstan and Malta amounted to $850,000 in 2023.",
        expected=[actual("turnover", 850000, None, "USD", "KZ-MT", period=year(2023))],
    ),
    Case(
        "ru-number-range-from-to",
        "Стороны намерены довести товарооборот между Казахстаном и Узбекистаном до уровня от 10 до 12 "
        "млрд долларов к 2030 году.",
        expected=[target("turnover", 10, "млрд", "USD", "KZ-UZ", by=2030, qualifier="~", high=12)],
    ),
    Case(
        "ru-number-range-dash",
        "Казахстан и Китай планируют довести двусторонний товарооборот до 50–55 млрд долларов к 2030 году.",
        expected=[target("turnover", 50, "млрд", "USD", "CN-KZ", by=2030, qualifier="~", high=55)],
    ),
    Case(
        "en-number-range-dash",
        "Trade between Kazakhstan and China is expected to reach $24-24.5 billion in 2025, the ministry "
        "said.",
        expected=[target("turnover", 24, "billion", "USD", "CN-KZ", by=2025, qualifier="~", high=24.5)],
    ),
    Case(
        "en-number-range-between-and",
        "Kazakhstan and Uzbekistan aim to raise bilateral trade to between $10 and $12 billion by 2030.",
        expected=[target("turnover", 10, "billion", "USD", "KZ-UZ", by=2030, qualifier="~", high=12)],
    ),
]

# --- scales: the multiplier words --------------------------------------------------------------------

SCALES = [
    Case(
        "ru-scale-tys-abbreviated",
        "Товарооборот Казахстана и Монголии в январе 2024 года составил 850 тыс. долларов.",
        expected=[actual("turnover", 850, "тыс", "USD", "KZ-MN", period=month(2024, 1))],
    ),
    Case(
        "ru-scale-tysyach-full-word",
        "Объём казахстанских инвестиций в Кыргызстан в 2023 году составил 750 тысяч долларов.",
        expected=[actual("investment", 750, "тыс", "USD", "KG-KZ", period=year(2023))],
    ),
    Case(
        "ru-scale-mln",
        "Импорт из Японии в Казахстан в 2023 году составил 420 млн долларов.",
        expected=[actual("import", 420, "млн", "USD", "JP-KZ", period=year(2023))],
    ),
    Case(
        "ru-scale-milliona-full-word",
        "Экспорт Казахстана в Латвию в январе 2024 года составил 7,5 миллиона долларов.",
        expected=[actual("export", 7.5, "млн", "USD", "KZ-LV", period=month(2024, 1))],
    ),
    Case(
        "ru-scale-millionov-full-word",
        "Объём торговли между Казахстаном и Вьетнамом за 2023 год составил 850 миллионов долларов.",
        expected=[actual("turnover", 850, "млн", "USD", "KZ-VN", period=year(2023))],
    ),
    Case(
        "ru-scale-mlrd-with-dot-inside-sentence",
        "Товарооборот между РК и КНР в 2023 году составил 41 млрд. долларов, сообщили в министерстве "
        "торговли и интеграции.",
        expected=[
            actual(
                "turnover",
                41,
                "млрд",
                "USD",
                "CN-KZ",
                period=year(2023),
                quote_has="млрд. долларов, сообщили",
            )
        ],
    ),
    Case(
        "ru-scale-milliardov-full-word",
        "Товарооборот между Россией и Китаем в 2023 году составил 240 миллиардов долларов.",
        expected=[actual("turnover", 240, "млрд", "USD", "CN-RU", period=year(2023))],
    ),
    Case(
        "ru-scale-milliarda-full-word",
        "Товарооборот между Казахстаном и Россией в 2022 году составил 26,2 миллиарда долларов.",
        expected=[actual("turnover", 26.2, "млрд", "USD", "KZ-RU", period=year(2022))],
    ),
    Case(
        "ru-scale-trln",
        "Экспорт Казахстана в Россию в 2023 году составил 4,3 трлн тенге.",
        expected=[actual("export", 4.3, "трлн", "KZT", "KZ-RU", period=year(2023))],
    ),
    Case(
        "ru-scale-trilliona-full-word",
        "Взаимная торговля Китая и России в 2023 году составила 1,7 триллиона юаней.",
        expected=[actual("turnover", 1.7, "трлн", "CNY", "CN-RU", period=year(2023))],
    ),
    Case(
        "ru-scale-compound-billions-and-millions",
        "Товарооборот между Казахстаном и Китаем в 2023 году составил 31 млрд 500 млн долларов.",
        expected=[actual("turnover", 31.5, "млрд", "USD", "CN-KZ", period=year(2023))],
    ),
    Case(
        "en-scale-thousand",
        "Trade turnover between Kazakhstan and Iceland amounted to USD 850 thousand in 2023.",
        expected=[actual("turnover", 850, "thousand", "USD", "IS-KZ", period=year(2023))],
    ),
    Case(
        "en-scale-million",
        "Kazakhstan's imports from Japan totalled $420 million in 2023.",
        expected=[actual("import", 420, "million", "USD", "JP-KZ", period=year(2023))],
    ),
    Case(
        "en-scale-mln",
        "Trade turnover between Kazakhstan and Georgia amounted to USD 150 mln in January 2024.",
        expected=[actual("turnover", 150, "mln", "USD", "GE-KZ", period=month(2024, 1))],
    ),
    Case(
        "en-scale-mn-glued",
        "Uzbekistan's exports to Kazakhstan were $500mn in the first quarter of 2024.",
        expected=[actual("export", 500, "mn", "USD", "KZ-UZ", period=quarter(2024, 1))],
    ),
    Case(
        "en-scale-billion",
        "Trade between Kazakhstan and China amounted to $41 billion in 2023.",
        expected=[actual("turnover", 41, "billion", "USD", "CN-KZ", period=year(2023))],
    ),
    Case(
        "en-scale-bn-glued-to-number",
        "China-Kazakhstan trade hit $41bn in 2023.",
        expected=[actual("turnover", 41, "bn", "USD", "CN-KZ", period=year(2023))],
    ),
    Case(
        "en-scale-bn-capitalised-is-lower-cased",
        "Kazakh-Turkish trade reached $6.4Bn in 2023.",
        expected=[actual("turnover", 6.4, "bn", "USD", "KZ-TR", period=year(2023))],
    ),
    Case(
        "en-scale-usd-code-then-bn",
        "Trade between Kazakhstan and China reached USD 41 bn in 2023.",
        expected=[actual("turnover", 41, "bn", "USD", "CN-KZ", period=year(2023))],
    ),
    Case(
        "en-scale-us-dollar-sign-with-space",
        "Bilateral trade between China and Kazakhstan reached US$ 41.2 billion in 2023.",
        expected=[actual("turnover", 41.2, "billion", "USD", "CN-KZ", period=year(2023))],
    ),
    Case(
        "en-scale-us-dollar-sign-glued",
        "Bilateral trade between China and Kazakhstan reached US$41.2 billion in 2023.",
        expected=[actual("turnover", 41.2, "billion", "USD", "CN-KZ", period=year(2023))],
    ),
    Case(
        "en-scale-trillion",
        "Trade between China and the United States amounted to 4.7 trillion yuan in 2023.",
        expected=[actual("turnover", 4.7, "trillion", "CNY", "CN-US", period=year(2023))],
    ),
]

# --- currencies ---------------------------------------------------------------------------------------

CURRENCIES = [
    Case(
        "ru-currency-doll-ssha-abbreviated",
        "Товарооборот между Казахстаном и Китаем по итогам 2023 года составил 41 млрд долл. США, "
        "сообщили в министерстве торговли.",
        expected=[
            actual("turnover", 41, "млрд", "USD", "CN-KZ", period=year(2023), quote_has="долл. США, сообщили")
        ],
    ),
    Case(
        "ru-currency-doll-abbreviated-mid-sentence",
        "Товарооборот Казахстана и Узбекистана составил 4,5 млрд долл. в 2023 году.",
        expected=[actual("turnover", 4.5, "млрд", "USD", "KZ-UZ", period=year(2023))],
    ),
    Case(
        "ru-currency-dollar-sign-after-amount",
        "Товарооборот Казахстана и Китая в 2023 году достиг 41 млрд $.",
        expected=[actual("turnover", 41, "млрд", "USD", "CN-KZ", period=year(2023))],
    ),
    Case(
        "ru-currency-dollar-sign-before-amount",
        "Товарооборот Казахстана и Китая в 2023 году составил $41,1 млрд.",
        expected=[actual("turnover", 41.1, "млрд", "USD", "CN-KZ", period=year(2023))],
    ),
    Case(
        "ru-currency-usd-code",
        "Объём торговли между Казахстаном и Азербайджаном в 2023 году составил 500 млн USD.",
        expected=[actual("turnover", 500, "млн", "USD", "AZ-KZ", period=year(2023))],
    ),
    Case(
        "ru-currency-yuan",
        "Товарооборот Китая и Казахстана в январе–апреле 2024 года составил 95 млрд юаней.",
        expected=[actual("turnover", 95, "млрд", "CNY", "CN-KZ", period=months(2024, 1, 4))],
    ),
    Case(
        "ru-currency-tenge-sign",
        "Импорт из Китая в Казахстан за 2023 год составил 7,2 трлн ₸.",
        expected=[actual("import", 7.2, "трлн", "KZT", "CN-KZ", period=year(2023))],
    ),
    Case(
        "ru-currency-roubles-restated-in-dollars",
        "Товарооборот между Россией и Казахстаном в 2023 году составил 2 трлн рублей (24,3 млрд долларов).",
        expected=[
            actual("turnover", 2, "трлн", "RUB", "KZ-RU", period=year(2023)),
            actual("turnover", 24.3, "млрд", "USD", "KZ-RU", period=year(2023)),
        ],
    ),
    Case(
        "ru-currency-rub-abbreviated",
        "Объём торговли России и Узбекистана за январь–июнь 2024 года превысил 450 млрд руб.",
        expected=[actual("turnover", 450, "млрд", "RUB", "RU-UZ", period=half(2024), qualifier=">")],
    ),
    Case(
        "ru-currency-tenge-restated-with-ili",
        "Товарооборот Казахстана и Узбекистана в 2023 году составил 2 трлн тенге, или 4,4 млрд долларов.",
        expected=[
            actual("turnover", 2, "трлн", "KZT", "KZ-UZ", period=year(2023)),
            actual("turnover", 4.4, "млрд", "USD", "KZ-UZ", period=year(2023)),
        ],
    ),
    Case(
        "ru-currency-euro-word",
        "Товарооборот между Казахстаном и Германией в 2023 году составил 3,5 млрд евро.",
        expected=[actual("turnover", 3.5, "млрд", "EUR", "DE-KZ", period=year(2023))],
    ),
    Case(
        "ru-currency-euro-sign",
        "Товарооборот Казахстана и Италии в 2023 году составил €16,5 млрд.",
        expected=[actual("turnover", 16.5, "млрд", "EUR", "IT-KZ", period=year(2023))],
    ),
    Case(
        "ru-currency-sum",
        "Товарооборот Узбекистана и Казахстана в 2023 году составил 52 трлн сумов.",
        expected=[actual("turnover", 52, "трлн", "UZS", "KZ-UZ", period=year(2023))],
    ),
    Case(
        "ru-currency-bare-amount-takes-currency-stated-earlier",
        "В 2023 году экспорт Казахстана в Китай составил 15 млрд долларов, импорт – 26 млрд.",
        expected=[
            actual("export", 15, "млрд", "USD", "CN-KZ", period=year(2023)),
            actual("import", 26, "млрд", "USD", "CN-KZ", period=year(2023)),
        ],
    ),
    Case(
        "en-currency-dollars-word",
        "Trade between Kazakhstan and Russia reached 27 billion dollars in 2023.",
        expected=[actual("turnover", 27, "billion", "USD", "KZ-RU", period=year(2023))],
    ),
    Case(
        "en-currency-us-dollars-dotted-xinhua",
        "China-Kazakhstan trade volume reached 41 billion U.S. dollars in 2023, up 32 percent year on year.",
        expected=[
            actual(
                "turnover",
                41,
                "billion",
                "USD",
                "CN-KZ",
                period=year(2023),
                growth=32,
                quote_has="41 billion U.S. dollars in 2023",
            )
        ],
    ),
    Case(
        "en-currency-us-dollars-words",
        "Kazakhstan's trade with South Korea amounted to 6.5 billion US dollars in 2023.",
        expected=[actual("turnover", 6.5, "billion", "USD", "KR-KZ", period=year(2023))],
    ),
    Case(
        "en-currency-yuan",
        "Trade between China and Kazakhstan reached 290 billion yuan in 2023.",
        expected=[actual("turnover", 290, "billion", "CNY", "CN-KZ", period=year(2023))],
    ),
    Case(
        "en-currency-rmb-prefix",
        "China-Russia trade totalled RMB 1.7 trillion in 2023.",
        expected=[actual("turnover", 1.7, "trillion", "CNY", "CN-RU", period=year(2023))],
    ),
    Case(
        "en-currency-cny-code",
        "Trade between China and Uzbekistan reached CNY 95 billion in 2023.",
        expected=[actual("turnover", 95, "billion", "CNY", "CN-UZ", period=year(2023))],
    ),
    Case(
        "en-currency-tenge-word",
        "Kazakhstan's exports to Russia amounted to 4.3 trillion tenge in 2023.",
        expected=[actual("export", 4.3, "trillion", "KZT", "KZ-RU", period=year(2023))],
    ),
    Case(
        "en-currency-tenge-sign-prefix",
        "Kazakhstan's imports from China reached ₸7.2 trillion in 2023.",
        expected=[actual("import", 7.2, "trillion", "KZT", "CN-KZ", period=year(2023))],
    ),
    Case(
        "en-currency-roubles-restated-in-dollars",
        "Russia-Kazakhstan trade reached 2 trillion roubles ($24.3 billion) in 2023.",
        expected=[
            actual("turnover", 2, "trillion", "RUB", "KZ-RU", period=year(2023)),
            actual("turnover", 24.3, "billion", "USD", "KZ-RU", period=year(2023)),
        ],
    ),
    Case(
        "en-currency-rubles-american-spelling",
        "Trade between Russia and Uzbekistan exceeded 900 billion rubles in 2023.",
        expected=[actual("turnover", 900, "billion", "RUB", "RU-UZ", period=year(2023), qualifier=">")],
    ),
    Case(
        "en-currency-euros-word",
        "Trade between Kazakhstan and Germany totalled 3.5 billion euros in 2023.",
        expected=[actual("turnover", 3.5, "billion", "EUR", "DE-KZ", period=year(2023))],
    ),
    Case(
        "en-currency-euro-sign",
        "Trade between the European Union and Kazakhstan reached €39 billion in 2023.",
        expected=[actual("turnover", 39, "billion", "EUR", "EU-KZ", period=year(2023))],
    ),
    Case(
        "en-currency-yuan-restated-in-dollars",
        "China-US trade reached 4.7 trillion yuan ($664 billion) in 2023.",
        expected=[
            actual("turnover", 4.7, "trillion", "CNY", "CN-US", period=year(2023)),
            actual("turnover", 664, "billion", "USD", "CN-US", period=year(2023)),
        ],
    ),
]

# --- qualifiers: exact, about, more than, less than ----------------------------------------------------

QUALIFIERS = [
    Case(
        "ru-qualifier-okolo",
        "Товарооборот между Казахстаном и Китаем в 2023 году составил около 41 млрд долларов.",
        expected=[actual("turnover", 41, "млрд", "USD", "CN-KZ", period=year(2023), qualifier="~")],
    ),
    Case(
        "ru-qualifier-pochti",
        "Объём взаимной торговли Казахстана и Узбекистана в 2023 году достиг почти 4,5 млрд долларов.",
        expected=[actual("turnover", 4.5, "млрд", "USD", "KZ-UZ", period=year(2023), qualifier="~")],
    ),
    Case(
        "ru-qualifier-poryadka",
        "Товарооборот между Казахстаном и Ираном в 2023 году составил порядка 500 млн долларов.",
        expected=[actual("turnover", 500, "млн", "USD", "IR-KZ", period=year(2023), qualifier="~")],
    ),
    Case(
        "ru-qualifier-primerno",
        "Экспорт Казахстана в Туркменистан в 2023 году составил примерно 300 млн долларов.",
        expected=[actual("export", 300, "млн", "USD", "KZ-TM", period=year(2023), qualifier="~")],
    ),
    Case(
        "ru-qualifier-priblizitelno",
        "Импорт из Южной Кореи в Казахстан в 2023 году составил приблизительно 2 млрд долларов.",
        expected=[actual("import", 2, "млрд", "USD", "KR-KZ", period=year(2023), qualifier="~")],
    ),
    Case(
        "ru-qualifier-svyshe",
        "Товарооборот между Россией и Казахстаном в 2023 году составил свыше 27 млрд долларов.",
        expected=[actual("turnover", 27, "млрд", "USD", "KZ-RU", period=year(2023), qualifier=">")],
    ),
    Case(
        "ru-qualifier-bolee",
        "Китайские инвестиции в экономику Казахстана в 2023 году составили более 2 млрд долларов.",
        expected=[actual("investment", 2, "млрд", "USD", "CN-KZ", period=year(2023), qualifier=">")],
    ),
    Case(
        "ru-qualifier-bolshe",
        "Товарооборот между Казахстаном и Таджикистаном в 2023 году составил больше 1 млрд долларов.",
        expected=[actual("turnover", 1, "млрд", "USD", "KZ-TJ", period=year(2023), qualifier=">")],
    ),
    Case(
        "ru-qualifier-prevysil",
        "Товарооборот Казахстана и Турции в 2023 году превысил 6 млрд долларов.",
        expected=[actual("turnover", 6, "млрд", "USD", "KZ-TR", period=year(2023), qualifier=">")],
    ),
    Case(
        "ru-qualifier-menee",
        "Товарооборот между Казахстаном и Японией в первом квартале 2024 года составил менее 500 млн "
        "долларов.",
        expected=[actual("turnover", 500, "млн", "USD", "JP-KZ", period=quarter(2024, 1), qualifier="<")],
    ),
    Case(
        "ru-qualifier-menshe",
        "Экспорт Казахстана в Индию в 2023 году составил меньше 1 млрд долларов.",
        expected=[actual("export", 1, "млрд", "USD", "IN-KZ", period=year(2023), qualifier="<")],
    ),
    Case(
        "ru-qualifier-on-growth-is-not-on-amount",
        "Товарооборот между Казахстаном и Азербайджаном в 2023 году вырос почти на 33% и составил "
        "650 млн долларов.",
        expected=[actual("turnover", 650, "млн", "USD", "AZ-KZ", period=year(2023), growth=33)],
    ),
    Case(
        "ru-qualifier-bolee-chem-on-growth-is-not-on-amount",
        "Экспорт Казахстана в Узбекистан в 2023 году увеличился более чем на 10% и составил "
        "2,8 млрд долларов.",
        expected=[actual("export", 2.8, "млрд", "USD", "KZ-UZ", period=year(2023), growth=10)],
    ),
    Case(
        "en-qualifier-about",
        "Trade between Kazakhstan and China was about $41 billion in 2023.",
        expected=[actual("turnover", 41, "billion", "USD", "CN-KZ", period=year(2023), qualifier="~")],
    ),
    Case(
        "en-qualifier-almost",
        "Kazakh-Uzbek trade reached almost $4.5 billion in 2023.",
        expected=[actual("turnover", 4.5, "billion", "USD", "KZ-UZ", period=year(2023), qualifier="~")],
    ),
    Case(
        "en-qualifier-nearly",
        "Bilateral trade between Kazakhstan and Turkey reached nearly $6.4 billion in 2023.",
        expected=[actual("turnover", 6.4, "billion", "USD", "KZ-TR", period=year(2023), qualifier="~")],
    ),
    Case(
        "en-qualifier-around",
        "Trade between Kazakhstan and Iran stood at around $500 million in 2023.",
        expected=[actual("turnover", 500, "million", "USD", "IR-KZ", period=year(2023), qualifier="~")],
    ),
    Case(
        "en-qualifier-approximately",
        "Kazakhstan's exports to Turkmenistan totalled approximately $300 million in 2023.",
        expected=[actual("export", 300, "million", "USD", "KZ-TM", period=year(2023), qualifier="~")],
    ),
    Case(
        "en-qualifier-some",
        "South Korean investment in Kazakhstan amounted to some $1 billion in 2023.",
        expected=[actual("investment", 1, "billion", "USD", "KR-KZ", period=year(2023), qualifier="~")],
    ),
    Case(
        "en-qualifier-more-than",
        "Trade between Russia and Kazakhstan amounted to more than $27 billion in 2023.",
        expected=[actual("turnover", 27, "billion", "USD", "KZ-RU", period=year(2023), qualifier=">")],
    ),
    Case(
        "en-qualifier-over",
        "Trade between Kazakhstan and Uzbekistan was over $4 billion in 2023.",
        expected=[actual("turnover", 4, "billion", "USD", "KZ-UZ", period=year(2023), qualifier=">")],
    ),
    Case(
        "en-qualifier-exceeded",
        "Trade turnover between Kazakhstan and Turkey exceeded $6 billion in 2023.",
        expected=[actual("turnover", 6, "billion", "USD", "KZ-TR", period=year(2023), qualifier=">")],
    ),
    Case(
        "en-qualifier-surpassed",
        "China-Kazakhstan trade surpassed $40 billion in 2023.",
        expected=[actual("turnover", 40, "billion", "USD", "CN-KZ", period=year(2023), qualifier=">")],
    ),
    Case(
        "en-qualifier-topped",
        "Trade between Kazakhstan and Germany topped $3 billion in 2023.",
        expected=[actual("turnover", 3, "billion", "USD", "DE-KZ", period=year(2023), qualifier=">")],
    ),
    Case(
        "en-qualifier-less-than",
        "Trade between Kazakhstan and Japan was less than $500 million in the first quarter of 2024.",
        expected=[actual("turnover", 500, "million", "USD", "JP-KZ", period=quarter(2024, 1), qualifier="<")],
    ),
    Case(
        "en-qualifier-under",
        "Kazakhstan's imports from India remained under $1 billion in 2023.",
        expected=[actual("import", 1, "billion", "USD", "IN-KZ", period=year(2023), qualifier="<")],
    ),
    Case(
        "en-qualifier-below",
        "Exports from Kazakhstan to Iran were below $300 million in 2023.",
        expected=[actual("export", 300, "million", "USD", "IR-KZ", period=year(2023), qualifier="<")],
    ),
    Case(
        "en-qualifier-on-growth-is-not-on-amount",
        "Trade between Kazakhstan and Azerbaijan rose by nearly 33% to $650 million in 2023.",
        expected=[actual("turnover", 650, "million", "USD", "AZ-KZ", period=year(2023), growth=33)],
    ),
]

# --- metrics: which figure it is ------------------------------------------------------------------------

METRICS = [
    Case(
        "ru-metric-obyom-dvustoronney-torgovli",
        "Объём двусторонней торговли между Казахстаном и Венгрией в 2023 году составил 300 млн долларов.",
        expected=[actual("turnover", 300, "млн", "USD", "HU-KZ", period=year(2023))],
    ),
    Case(
        "ru-metric-torgovyy-oborot",
        "Торговый оборот между Казахстаном и ОАЭ за 2023 год составил 1 млрд долларов.",
        expected=[actual("turnover", 1, "млрд", "USD", "AE-KZ", period=year(2023))],
    ),
    Case(
        "ru-metric-vzaimnaya-torgovlya",
        "Взаимная торговля Казахстана и Беларуси в 2023 году составила 1,2 млрд долларов.",
        expected=[actual("turnover", 1.2, "млрд", "USD", "BY-KZ", period=year(2023))],
    ),
    Case(
        "ru-metric-export",
        "Экспорт из Казахстана в Китай в 2023 году составил 15,6 млрд долларов.",
        expected=[actual("export", 15.6, "млрд", "USD", "CN-KZ", period=year(2023))],
    ),
    Case(
        "ru-metric-import",
        "Импорт Казахстана из России в 2023 году составил 17 млрд долларов.",
        expected=[actual("import", 17, "млрд", "USD", "KZ-RU", period=year(2023))],
    ),
    Case(
        "ru-metric-investment",
        "Объём прямых иностранных инвестиций из Нидерландов в Казахстан в 2023 году составил 6,9 млрд "
        "долларов.",
        expected=[actual("investment", 6.9, "млрд", "USD", "KZ-NL", period=year(2023))],
    ),
    Case(
        "ru-metric-turnover-of-which-export-and-import",
        "Товарооборот между Казахстаном и Китаем в 2023 году составил 41 млрд долларов, из которых "
        "экспорт – 15,6 млрд, импорт – 25,4 млрд.",
        expected=[
            actual("turnover", 41, "млрд", "USD", "CN-KZ", period=year(2023)),
            actual("export", 15.6, "млрд", "USD", "CN-KZ", period=year(2023)),
            actual("import", 25.4, "млрд", "USD", "CN-KZ", period=year(2023)),
        ],
    ),
    Case(
        "ru-metric-export-and-import-in-two-clauses",
        "В 2023 году экспорт из Казахстана в Россию составил 9 млрд долларов, а импорт из России – "
        "17,5 млрд долларов.",
        expected=[
            actual("export", 9, "млрд", "USD", "KZ-RU", period=year(2023)),
            actual("import", 17.5, "млрд", "USD", "KZ-RU", period=year(2023)),
        ],
    ),
    Case(
        "ru-metric-etot-pokazatel-takes-turnover",
        "В 2022 году товарооборот между Казахстаном и Турцией составил 6,3 млрд долларов. В 2023 году "
        "этот показатель достиг 6,4 млрд долларов.",
        expected=[
            actual("turnover", 6.3, "млрд", "USD", "KZ-TR", period=year(2022)),
            actual("turnover", 6.4, "млрд", "USD", "KZ-TR", period=year(2023), quote_has="этот показатель"),
        ],
    ),
    Case(
        "ru-metric-etot-pokazatel-takes-export",
        "Экспорт Казахстана в Узбекистан в 2022 году составил 2,5 млрд долларов. В 2023 году этот "
        "показатель вырос до 2,8 млрд долларов.",
        expected=[
            actual("export", 2.5, "млрд", "USD", "KZ-UZ", period=year(2022)),
            actual("export", 2.8, "млрд", "USD", "KZ-UZ", period=year(2023), quote_has="этот показатель"),
        ],
    ),
    Case(
        "en-metric-trade-volume",
        "The trade volume between Kazakhstan and Hungary amounted to $300 million in 2023.",
        expected=[actual("turnover", 300, "million", "USD", "HU-KZ", period=year(2023))],
    ),
    Case(
        "en-metric-trade-turnover",
        "Trade turnover between Kazakhstan and the UAE reached $1 billion in 2023.",
        expected=[actual("turnover", 1, "billion", "USD", "AE-KZ", period=year(2023))],
    ),
    Case(
        "en-metric-mutual-trade",
        "Mutual trade between Kazakhstan and Belarus totalled $1.2 billion in 2023.",
        expected=[actual("turnover", 1.2, "billion", "USD", "BY-KZ", period=year(2023))],
    ),
    Case(
        "en-metric-exports",
        "Kazakhstan's exports to China reached $15.6 billion in 2023.",
        expected=[actual("export", 15.6, "billion", "USD", "CN-KZ", period=year(2023))],
    ),
    Case(
        "en-metric-imports",
        "Imports from Russia to Kazakhstan totalled $17 billion in 2023.",
        expected=[actual("import", 17, "billion", "USD", "KZ-RU", period=year(2023))],
    ),
    Case(
        "en-metric-investment",
        "Investment from the Netherlands into Kazakhstan amounted to $6.9 billion in 2023.",
        expected=[actual("investment", 6.9, "billion", "USD", "KZ-NL", period=year(2023))],
    ),
    Case(
        "en-metric-turnover-of-which-exports-and-imports",
        "Trade between Kazakhstan and China reached $41 billion in 2023, of which exports accounted for "
        "$15.6 billion and imports for $25.4 billion.",
        expected=[
            actual("turnover", 41, "billion", "USD", "CN-KZ", period=year(2023)),
            actual("export", 15.6, "billion", "USD", "CN-KZ", period=year(2023)),
            actual("import", 25.4, "billion", "USD", "CN-KZ", period=year(2023)),
        ],
    ),
    Case(
        "en-metric-turnover-with-exports-and-imports",
        "Trade between Kazakhstan and Turkey reached $6.4 billion in 2023, with Kazakh exports at "
        "$4.1 billion and imports at $2.3 billion.",
        expected=[
            actual("turnover", 6.4, "billion", "USD", "KZ-TR", period=year(2023)),
            actual("export", 4.1, "billion", "USD", "KZ-TR", period=year(2023)),
            actual("import", 2.3, "billion", "USD", "KZ-TR", period=year(2023)),
        ],
    ),
    Case(
        "en-metric-this-figure-takes-exports",
        "Kazakhstan's exports to Uzbekistan totalled $2.5 billion in 2022. In 2023, this figure rose to "
        "$2.8 billion.",
        expected=[
            actual("export", 2.5, "billion", "USD", "KZ-UZ", period=year(2022)),
            actual("export", 2.8, "billion", "USD", "KZ-UZ", period=year(2023), quote_has="this figure"),
        ],
    ),
]

# --- targets and forecasts ----------------------------------------------------------------------------

TARGETS = [
    Case(
        "ru-target-tsel-dovesti-k-2030",
        "Стороны поставили цель довести товарооборот между Казахстаном и Китаем до 80 млрд долларов "
        "к 2030 году.",
        expected=[target("turnover", 80, "млрд", "USD", "CN-KZ", by=2030)],
    ),
    Case(
        "ru-target-namereny-without-deadline",
        "Казахстан и Узбекистан намерены увеличить объём взаимной торговли до 10 млрд долларов.",
        expected=[target("turnover", 10, "млрд", "USD", "KZ-UZ", by=None)],
    ),
    Case(
        "ru-target-planiruem-do-2030-goda",
        "Мы планируем довести товарооборот с Турцией до 15 млрд долларов до 2030 года, заявил Президент "
        "Казахстана.",
        expected=[target("turnover", 15, "млрд", "USD", "KZ-TR", by=2030)],
    ),
    Case(
        "ru-target-zadacha-k-kontsu-goda",
        "Задача – нарастить товарооборот между Казахстаном и Россией до 30 млрд долларов к концу 2025 года.",
        expected=[target("turnover", 30, "млрд", "USD", "KZ-RU", by=2025)],
    ),
    Case(
        "ru-target-tselyu-yavlyaetsya-dovedenie",
        "Целью является доведение товарооборота между Казахстаном и Узбекистаном до 10 млрд долларов "
        "к 2030 году.",
        expected=[target("turnover", 10, "млрд", "USD", "KZ-UZ", by=2030)],
    ),
    Case(
        "ru-target-forecast-mozhet-dostignut",
        "По прогнозам экспертов, в 2025 году товарооборот между Казахстаном и Китаем может достигнуть "
        "50 млрд долларов.",
        expected=[target("turnover", 50, "млрд", "USD", "CN-KZ", by=2025)],
    ),
    Case(
        "ru-target-forecast-prevysit",
        "По прогнозам, в 2024 году товарооборот между Россией и Китаем превысит 250 млрд долларов.",
        expected=[target("turnover", 250, "млрд", "USD", "CN-RU", by=2024, qualifier=">")],
    ),
    Case(
        "ru-target-and-actual-in-one-sentence",
        "В 2023 году товарооборот между Казахстаном и Китаем составил 41 млрд долларов, а к 2030 году "
        "стороны намерены довести его до 80 млрд.",
        expected=[
            actual("turnover", 41, "млрд", "USD", "CN-KZ", period=year(2023)),
            target("turnover", 80, "млрд", "USD", "CN-KZ", by=2030),
        ],
    ),
    Case(
        "ru-target-after-actual-sentence",
        "По итогам 2023 года товарооборот между Казахстаном и Германией составил 3,5 млрд евро. Стороны "
        "планируют увеличить товарооборот до 5 млрд евро к 2030 году.",
        expected=[
            actual("turnover", 3.5, "млрд", "EUR", "DE-KZ", period=year(2023)),
            target("turnover", 5, "млрд", "EUR", "DE-KZ", by=2030),
        ],
    ),
    Case(
        "ru-target-investment",
        "Стороны намерены довести объём взаимных инвестиций Казахстана и ОАЭ до 5 млрд долларов к 2027 году.",
        expected=[target("investment", 5, "млрд", "USD", "AE-KZ", by=2027)],
    ),
    Case(
        "ru-target-export",
        "Казахстан планирует увеличить экспорт в Китай до 30 млрд долларов к 2030 году.",
        expected=[target("export", 30, "млрд", "USD", "CN-KZ", by=2030)],
    ),
    Case(
        "en-target-aim-to-boost-by-2030",
        "Kazakhstan and China aim to boost bilateral trade to $80 billion by 2030.",
        expected=[target("turnover", 80, "billion", "USD", "CN-KZ", by=2030)],
    ),
    Case(
        "en-target-goal-without-deadline",
        "The two countries set a goal of raising trade turnover between Kazakhstan and Uzbekistan to "
        "$10 billion.",
        expected=[target("turnover", 10, "billion", "USD", "KZ-UZ", by=None)],
    ),
    Case(
        "en-target-plan-by-end-of-year",
        "Kazakhstan and Turkey plan to raise trade to $15 billion by the end of 2025.",
        expected=[target("turnover", 15, "billion", "USD", "KZ-TR", by=2025)],
    ),
    Case(
        "en-target-forecast-expected-to-reach",
        "Trade between China and Kazakhstan is expected to reach $50 billion in 2025.",
        expected=[target("turnover", 50, "billion", "USD", "CN-KZ", by=2025)],
    ),
    Case(
        "en-target-forecast-expected-to-exceed",
        "Russia-China trade is expected to exceed $250 billion in 2024, analysts say.",
        expected=[target("turnover", 250, "billion", "USD", "CN-RU", by=2024, qualifier=">")],
    ),
    Case(
        "en-target-and-actual-in-one-sentence",
        "Trade between Kazakhstan and South Korea reached $6.5 billion in 2023, and the two sides target "
        "$10 billion by 2030.",
        expected=[
            actual("turnover", 6.5, "billion", "USD", "KR-KZ", period=year(2023)),
            target("turnover", 10, "billion", "USD", "KR-KZ", by=2030),
        ],
    ),
    Case(
        "en-target-set-a-target-of",
        "Kazakhstan and Azerbaijan have set a target of $5 billion in trade turnover by 2030.",
        expected=[target("turnover", 5, "billion", "USD", "AZ-KZ", by=2030)],
    ),
    Case(
        "en-target-in-the-coming-years-has-no-deadline",
        "The presidents of Kazakhstan and Kyrgyzstan agreed to bring bilateral trade to $3 billion in the "
        "coming years.",
        expected=[target("turnover", 3, "billion", "USD", "KG-KZ", by=None)],
    ),
    Case(
        "en-target-investment",
        "Kazakhstan and the UAE plan to raise mutual investment to $5 billion by 2027.",
        expected=[target("investment", 5, "billion", "USD", "AE-KZ", by=2027)],
    ),
]

# --- periods ----------------------------------------------------------------------------------------------

PERIODS = [
    Case(
        "ru-period-ten-months-of-year",
        "За 10 месяцев 2022 года товарооборот между Казахстаном и Узбекистаном составил 3,9 млрд долларов.",
        expected=[actual("turnover", 3.9, "млрд", "USD", "KZ-UZ", period=months(2022, 1, 10))],
    ),
    Case(
        "ru-period-ten-months-year-in-previous-sentence",
        "За 10 месяцев 2022 года товарооборот между Казахстаном и Узбекистаном составил 3,9 млрд долларов. "
        "Экспорт казахстанской продукции в Узбекистан составил 2,6 млрд долларов.",
        expected=[
            actual("turnover", 3.9, "млрд", "USD", "KZ-UZ", period=months(2022, 1, 10)),
            actual("export", 2.6, "млрд", "USD", "KZ-UZ", period=months(2022, 1, 10)),
        ],
    ),
    Case(
        "ru-period-carried-from-sentence-without-figure",
        "В январе–марте 2024 года Казахстан и Узбекистан продолжили наращивать торговлю. Товарооборот "
        "составил 1,1 млрд долларов.",
        expected=[actual("turnover", 1.1, "млрд", "USD", "KZ-UZ", period=quarter(2024, 1))],
    ),
    Case(
        "ru-period-eleven-months",
        "По итогам 11 месяцев 2023 года товарооборот между Казахстаном и Кыргызстаном составил "
        "1,6 млрд долларов.",
        expected=[actual("turnover", 1.6, "млрд", "USD", "KG-KZ", period=months(2023, 1, 11))],
    ),
    Case(
        "ru-period-first-half",
        "В первом полугодии 2024 года товарооборот Казахстана и Китая составил 21,3 млрд долларов.",
        expected=[actual("turnover", 21.3, "млрд", "USD", "CN-KZ", period=half(2024))],
    ),
    Case(
        "ru-period-quarter-roman",
        "Товарооборот между Казахстаном и Россией в III квартале 2023 года составил 7 млрд долларов.",
        expected=[actual("turnover", 7, "млрд", "USD", "KZ-RU", period=quarter(2023, 3))],
    ),
    Case(
        "ru-period-quarter-words",
        "В первом квартале 2024 года экспорт Казахстана в Турцию составил 1,1 млрд долларов.",
        expected=[actual("export", 1.1, "млрд", "USD", "KZ-TR", period=quarter(2024, 1))],
    ),
    Case(
        "ru-period-january-september",
        "За январь–сентябрь 2024 года объём взаимной торговли Казахстана и Турции составил 4,5 млрд "
        "долларов.",
        expected=[actual("turnover", 4.5, "млрд", "USD", "KZ-TR", period=months(2024, 1, 9))],
    ),
    Case(
        "ru-period-january-february-leap-year",
        "В январе–феврале 2024 года экспорт Казахстана в Китай составил 2,4 млрд долларов.",
        expected=[actual("export", 2.4, "млрд", "USD", "CN-KZ", period=months(2024, 1, 2))],
    ),
    Case(
        "ru-period-s-yanvarya-po-sentyabr",
        "С января по сентябрь 2024 года товарооборот Казахстана и Беларуси составил 900 млн долларов.",
        expected=[actual("turnover", 900, "млн", "USD", "BY-KZ", period=months(2024, 1, 9))],
    ),
    Case(
        "ru-period-single-month",
        "В январе 2024 года товарооборот между Казахстаном и Узбекистаном составил 310 млн долларов.",
        expected=[actual("turnover", 310, "млн", "USD", "KZ-UZ", period=month(2024, 1))],
    ),
    Case(
        "ru-period-year-abbreviated-g-and-rk-knr",
        "По итогам 2023 г. товарооборот между РК и КНР составил 41 млрд долл. США.",
        expected=[
            actual("turnover", 41, "млрд", "USD", "CN-KZ", period=year(2023), quote_has="По итогам 2023 г.")
        ],
    ),
    Case(
        "ru-period-last-year-from-published",
        "В прошлом году товарооборот между Казахстаном и Китаем составил 41 млрд долларов.",
        published=D(2024, 7, 3),
        expected=[actual("turnover", 41, "млрд", "USD", "CN-KZ", period=year(2023))],
    ),
    Case(
        "ru-period-itogi-proshlogo-goda-from-published",
        "По итогам прошлого года товарооборот между Казахстаном и Турцией составил 6,4 млрд долларов.",
        published=D(2024, 3, 15),
        expected=[actual("turnover", 6.4, "млрд", "USD", "KZ-TR", period=year(2023))],
    ),
    Case(
        "ru-period-last-year-anchored-by-comparison-without-published",
        "В прошлом году товарооборот между Казахстаном и Китаем вырос на 7% по сравнению с 2023 годом и "
        "составил 43,8 млрд долларов.",
        expected=[actual("turnover", 43.8, "млрд", "USD", "CN-KZ", period=year(2024), growth=7)],
    ),
    Case(
        "ru-period-last-year-without-published-is-unknown",
        "В прошлом году товарооборот между Казахстаном и Кыргызстаном составил 1,7 млрд долларов.",
        expected=[actual("turnover", 1.7, "млрд", "USD", "KG-KZ", period=None)],
    ),
    Case(
        "ru-period-this-year-actual-is-unknown",
        "В этом году товарооборот между Казахстаном и Китаем уже превысил 20 млрд долларов.",
        published=D(2024, 7, 3),
        expected=[actual("turnover", 20, "млрд", "USD", "CN-KZ", period=None, qualifier=">")],
    ),
    Case(
        "ru-period-five-months-of-this-year",
        "За пять месяцев этого года товарооборот между Казахстаном и Китаем составил 17,4 млрд долларов.",
        published=D(2024, 7, 3),
        expected=[actual("turnover", 17.4, "млрд", "USD", "CN-KZ", period=months(2024, 1, 5))],
    ),
    Case(
        "ru-period-january-may-of-current-year",
        "За январь–май текущего года экспорт Казахстана в Россию составил 3,6 млрд долларов.",
        published=D(2024, 6, 20),
        expected=[actual("export", 3.6, "млрд", "USD", "KZ-RU", period=months(2024, 1, 5))],
    ),
    Case(
        "ru-period-comparison-base-is-not-the-period",
        "Товарооборот России и Казахстана в январе–сентябре 2024 года вырос на 4,5% по сравнению с "
        "аналогичным периодом прошлого года и составил 20,2 млрд долларов.",
        expected=[actual("turnover", 20.2, "млрд", "USD", "KZ-RU", period=months(2024, 1, 9), growth=4.5)],
    ),
    Case(
        "ru-period-cumulative-last-fifteen-years",
        "За последние 15 лет объём китайских инвестиций в экономику Казахстана превысил 25 млрд долларов.",
        expected=[actual("investment", 25, "млрд", "USD", "CN-KZ", period=None, qualifier=">")],
    ),
    Case(
        "ru-period-cumulative-na-segodnyashniy-den",
        "На сегодняшний день объём накопленных инвестиций из Южной Кореи в Казахстан составляет около "
        "8 млрд долларов.",
        expected=[actual("investment", 8, "млрд", "USD", "KR-KZ", period=None, qualifier="~")],
    ),
    Case(
        "en-period-first-ten-months",
        "In the first ten months of 2022, trade between Kazakhstan and Uzbekistan reached $3.9 billion.",
        expected=[actual("turnover", 3.9, "billion", "USD", "KZ-UZ", period=months(2022, 1, 10))],
    ),
    Case(
        "en-period-first-nine-months-carried-to-next-sentence",
        "In the first nine months of 2024, trade between Kazakhstan and Uzbekistan reached $3.3 billion. "
        "Kazakh exports amounted to $2.2 billion.",
        expected=[
            actual("turnover", 3.3, "billion", "USD", "KZ-UZ", period=months(2024, 1, 9)),
            actual("export", 2.2, "billion", "USD", "KZ-UZ", period=months(2024, 1, 9)),
        ],
    ),
    Case(
        "en-period-first-half",
        "Trade between Kazakhstan and China reached $21.3 billion in the first half of 2024.",
        expected=[actual("turnover", 21.3, "billion", "USD", "CN-KZ", period=half(2024))],
    ),
    Case(
        "en-period-h1",
        "Kazakhstan's exports to Italy totalled $7.1 billion in H1 2024.",
        expected=[actual("export", 7.1, "billion", "USD", "IT-KZ", period=half(2024))],
    ),
    Case(
        "en-period-q3",
        "Trade between Kazakhstan and Russia reached $7 billion in Q3 2024.",
        expected=[actual("turnover", 7, "billion", "USD", "KZ-RU", period=quarter(2024, 3))],
    ),
    Case(
        "en-period-third-quarter",
        "Kazakhstan's imports from South Korea totalled $600 million in the third quarter of 2023.",
        expected=[actual("import", 600, "million", "USD", "KR-KZ", period=quarter(2023, 3))],
    ),
    Case(
        "en-period-january-september-range",
        "Trade turnover between Azerbaijan and Kazakhstan amounted to $354.9 million in January-September "
        "2024.",
        expected=[actual("turnover", 354.9, "million", "USD", "AZ-KZ", period=months(2024, 1, 9))],
    ),
    Case(
        "en-period-january-november-en-dash",
        "In January–November 2023, trade between Kazakhstan and Kyrgyzstan totalled $1.6 billion.",
        expected=[actual("turnover", 1.6, "billion", "USD", "KG-KZ", period=months(2023, 1, 11))],
    ),
    Case(
        "en-period-from-january-to-october",
        "From January to October 2023, trade between Kazakhstan and Turkey amounted to $5.3 billion.",
        expected=[actual("turnover", 5.3, "billion", "USD", "KZ-TR", period=months(2023, 1, 10))],
    ),
    Case(
        "en-period-single-month",
        "Trade between Kazakhstan and Uzbekistan amounted to $310 million in January 2024.",
        expected=[actual("turnover", 310, "million", "USD", "KZ-UZ", period=month(2024, 1))],
    ),
    Case(
        "en-period-last-year-from-published-mid-year",
        "Trade between Kazakhstan and China amounted to $41 billion last year.",
        published=D(2024, 7, 3),
        expected=[actual("turnover", 41, "billion", "USD", "CN-KZ", period=year(2023))],
    ),
    Case(
        "en-period-last-year-from-published-early-year",
        "Kazakhstan's exports to Uzbekistan reached $2.9 billion last year, the trade ministry said.",
        published=D(2025, 2, 10),
        expected=[actual("export", 2.9, "billion", "USD", "KZ-UZ", period=year(2024))],
    ),
    Case(
        "en-period-last-year-anchored-by-comparison-without-published",
        "Last year, trade between Kazakhstan and Russia grew 5% compared with 2022 to $27 billion.",
        expected=[actual("turnover", 27, "billion", "USD", "KZ-RU", period=year(2023), growth=5)],
    ),
    Case(
        "en-period-this-year-actual-is-unknown",
        "Trade between Kazakhstan and China has already exceeded $20 billion this year, the deputy prime "
        "minister said.",
        published=D(2024, 7, 3),
        expected=[actual("turnover", 20, "billion", "USD", "CN-KZ", period=None, qualifier=">")],
    ),
    Case(
        "en-period-first-five-months-of-this-year",
        "In the first five months of this year, trade between Kazakhstan and China reached $17.4 billion.",
        published=D(2024, 7, 3),
        expected=[actual("turnover", 17.4, "billion", "USD", "CN-KZ", period=months(2024, 1, 5))],
    ),
    Case(
        "en-period-cumulative-since-year",
        "Since 2005, South Korean investment in Kazakhstan has exceeded $8 billion.",
        expected=[actual("investment", 8, "billion", "USD", "KR-KZ", period=None, qualifier=">")],
    ),
    Case(
        "en-period-cumulative-currently",
        "Japanese investment in Kazakhstan currently totals about $8 billion.",
        expected=[actual("investment", 8, "billion", "USD", "JP-KZ", period=None, qualifier="~")],
    ),
]

# --- growth against the previous period ------------------------------------------------------------------

GROWTH = [
    Case(
        "ru-growth-uvelichilsya-na-percent",
        "Товарооборот между Казахстаном и Китаем в 2023 году увеличился на 14% и составил 41 млрд долларов.",
        expected=[actual("turnover", 41, "млрд", "USD", "CN-KZ", period=year(2023), growth=14)],
    ),
    Case(
        "ru-growth-snizilsya-is-negative",
        "В 2023 году товарооборот между Казахстаном и Ираном снизился на 5% и составил 480 млн долларов.",
        expected=[actual("turnover", 480, "млн", "USD", "IR-KZ", period=year(2023), growth=-5)],
    ),
    Case(
        "ru-growth-sokratilsya-decimal",
        "Экспорт Казахстана в Россию за 2023 год сократился на 5,2% – до 9 млрд долларов.",
        expected=[actual("export", 9, "млрд", "USD", "KZ-RU", period=year(2023), growth=-5.2)],
    ),
    Case(
        "ru-growth-percent-as-word-protsenta",
        "Товарооборот Казахстана и Турции в 2023 году вырос на 14,5 процента, до 6,4 млрд долларов.",
        expected=[actual("turnover", 6.4, "млрд", "USD", "KZ-TR", period=year(2023), growth=14.5)],
    ),
    Case(
        "ru-growth-v-poltora-raza-written-as-number",
        "Экспорт Казахстана в Узбекистан в 2023 году вырос в 1,5 раза и достиг 2,8 млрд долларов.",
        expected=[actual("export", 2.8, "млрд", "USD", "KZ-UZ", period=year(2023), growth=50)],
    ),
    Case(
        "ru-growth-vdvoe",
        "Товарооборот между Казахстаном и ОАЭ в 2023 году вырос вдвое и составил 1 млрд долларов.",
        expected=[actual("turnover", 1, "млрд", "USD", "AE-KZ", period=year(2023), growth=100)],
    ),
    Case(
        "ru-growth-v-2-raza",
        "Импорт из Турции в Казахстан за 2023 год увеличился в 2 раза, до 2,3 млрд долларов.",
        expected=[actual("import", 2.3, "млрд", "USD", "KZ-TR", period=year(2023), growth=100)],
    ),
    Case(
        "ru-growth-chto-na-percent-bolshe",
        "В 2023 году товарооборот между Казахстаном и Кыргызстаном составил 1,7 млрд долларов, что на 14% "
        "больше, чем годом ранее.",
        expected=[actual("turnover", 1.7, "млрд", "USD", "KG-KZ", period=year(2023), growth=14)],
    ),
    Case(
        "ru-growth-in-next-sentence-attaches",
        "Товарооборот между Казахстаном и Узбекистаном в 2023 году составил 4,5 млрд долларов. При этом "
        "взаимная торговля увеличилась на 11%.",
        expected=[actual("turnover", 4.5, "млрд", "USD", "KZ-UZ", period=year(2023), growth=11)],
    ),
    Case(
        "ru-growth-difference-in-money-is-not-growth",
        "В 2023 году товарооборот между Казахстаном и Россией составил 28 млрд долларов, что на 2 млрд "
        "больше, чем в 2022 году.",
        expected=[actual("turnover", 28, "млрд", "USD", "KZ-RU", period=year(2023))],
    ),
    Case(
        "ru-growth-each-clause-its-own",
        "В 2023 году экспорт Казахстана в Китай вырос на 20% и составил 15,6 млрд долларов, а импорт "
        "снизился на 5%, до 25,4 млрд долларов.",
        expected=[
            actual("export", 15.6, "млрд", "USD", "CN-KZ", period=year(2023), growth=20),
            actual("import", 25.4, "млрд", "USD", "CN-KZ", period=year(2023), growth=-5),
        ],
    ),
    Case(
        "en-growth-rose-percent",
        "Trade between Kazakhstan and China rose 23.6% to $41 billion in 2023.",
        expected=[actual("turnover", 41, "billion", "USD", "CN-KZ", period=year(2023), growth=23.6)],
    ),
    Case(
        "en-growth-down-percent-is-negative",
        "Kazakhstan's exports to Russia were down 5.2% at $9 billion in 2023.",
        expected=[actual("export", 9, "billion", "USD", "KZ-RU", period=year(2023), growth=-5.2)],
    ),
    Case(
        "en-growth-down-percent-year-on-year-global-times",
        "China-US trade reached $664.5 billion in 2023, down 11.6 percent year-on-year.",
        expected=[actual("turnover", 664.5, "billion", "USD", "CN-US", period=year(2023), growth=-11.6)],
    ),
    Case(
        "en-growth-rose-to-a-record",
        "Russia's trade with China rose 26.3% to a record $240.1 billion in 2023, Chinese customs data "
        "showed.",
        expected=[actual("turnover", 240.1, "billion", "USD", "CN-RU", period=year(2023), growth=26.3)],
    ),
    Case(
        "en-growth-which-is-percent-more",
        "Trade turnover between Azerbaijan and Kazakhstan amounted to $354.9 million in January-September "
        "2024, which is 21.6% more compared to the same period of 2023.",
        expected=[
            actual("turnover", 354.9, "million", "USD", "AZ-KZ", period=months(2024, 1, 9), growth=21.6)
        ],
    ),
    Case(
        "en-growth-a-percent-increase",
        "Kazakhstan's imports from Turkey totalled $2.3 billion in 2023, a 20% increase on the previous "
        "year.",
        expected=[actual("import", 2.3, "billion", "USD", "KZ-TR", period=year(2023), growth=20)],
    ),
    Case(
        "en-growth-doubled",
        "Trade between Kazakhstan and the UAE doubled to $1 billion in 2023.",
        expected=[actual("turnover", 1, "billion", "USD", "AE-KZ", period=year(2023), growth=100)],
    ),
    Case(
        "en-growth-tripled",
        "Kazakhstan's exports to Azerbaijan tripled to $300 million in 2023.",
        expected=[actual("export", 300, "million", "USD", "AZ-KZ", period=year(2023), growth=200)],
    ),
    Case(
        "en-growth-one-and-a-half-times",
        "Kazakhstan's exports to Uzbekistan grew 1.5 times to $2.8 billion in 2023.",
        expected=[actual("export", 2.8, "billion", "USD", "KZ-UZ", period=year(2023), growth=50)],
    ),
    Case(
        "en-growth-in-next-sentence-attaches",
        "Trade between Kazakhstan and Uzbekistan reached $4.5 billion in 2023. Bilateral trade grew 11% "
        "year on year.",
        expected=[actual("turnover", 4.5, "billion", "USD", "KZ-UZ", period=year(2023), growth=11)],
    ),
    Case(
        "en-growth-in-next-sentence-of-other-metric-does-not-attach",
        "Trade between Kazakhstan and Uzbekistan reached $4.5 billion in 2023. Exports rose 20%.",
        expected=[actual("turnover", 4.5, "billion", "USD", "KZ-UZ", period=year(2023))],
    ),
    Case(
        "en-growth-difference-in-money-is-not-growth",
        "Trade between Kazakhstan and Russia increased by $3 billion to $27 billion in 2023.",
        expected=[actual("turnover", 27, "billion", "USD", "KZ-RU", period=year(2023))],
    ),
]

# --- parties: which two countries -----------------------------------------------------------------------

PARTIES = [
    Case(
        "ru-parties-adjective-kazakhstansko-kitayskiy",
        "Казахстанско-китайский товарооборот в 2023 году составил 41 млрд долларов.",
        expected=[actual("turnover", 41, "млрд", "USD", "CN-KZ", period=year(2023))],
    ),
    Case(
        "ru-parties-adjective-inflected-rossiysko-kazakhstanskogo",
        "Объём российско-казахстанского товарооборота в 2023 году составил 27 млрд долларов.",
        expected=[actual("turnover", 27, "млрд", "USD", "KZ-RU", period=year(2023))],
    ),
    Case(
        "ru-parties-adjective-rossiysko-uzbekskiy",
        "Российско-узбекский товарооборот в 2023 году достиг 9,8 млрд долларов.",
        expected=[actual("turnover", 9.8, "млрд", "USD", "RU-UZ", period=year(2023))],
    ),
    Case(
        "ru-parties-podnebesnaya",
        "Товарооборот Казахстана с Поднебесной в 2023 году составил 41 млрд долларов.",
        expected=[actual("turnover", 41, "млрд", "USD", "CN-KZ", period=year(2023))],
    ),
    Case(
        "ru-parties-metonyms-astana-pekin",
        "Товарооборот между Астаной и Пекином в 2023 году достиг 41 млрд долларов.",
        expected=[actual("turnover", 41, "млрд", "USD", "CN-KZ", period=year(2023))],
    ),
    Case(
        "ru-parties-rk-rf",
        "Товарооборот между РК и РФ за 2023 год составил 27 млрд долларов.",
        expected=[actual("turnover", 27, "млрд", "USD", "KZ-RU", period=year(2023))],
    ),
    Case(
        "ru-parties-frg",
        "Товарооборот между Казахстаном и ФРГ в 2023 году составил 3,5 млрд евро.",
        expected=[actual("turnover", 3.5, "млрд", "EUR", "DE-KZ", period=year(2023))],
    ),
    Case(
        "ru-parties-ssha",
        "Товарооборот между Казахстаном и США в 2023 году составил 4 млрд долларов.",
        expected=[actual("turnover", 4, "млрд", "USD", "KZ-US", period=year(2023))],
    ),
    Case(
        "ru-parties-evrosoyuz-counts-as-party",
        "Товарооборот Казахстана с Евросоюзом в 2023 году составил 40 млрд долларов.",
        expected=[actual("turnover", 40, "млрд", "USD", "EU-KZ", period=year(2023))],
    ),
    Case(
        "ru-parties-es-abbreviation",
        "Товарооборот между Казахстаном и ЕС в 2023 году составил 40 млрд долларов.",
        expected=[actual("turnover", 40, "млрд", "USD", "EU-KZ", period=year(2023))],
    ),
    Case(
        "ru-parties-respublika-koreya",
        "Товарооборот между Казахстаном и Республикой Корея в 2023 году составил 6,5 млрд долларов.",
        expected=[actual("turnover", 6.5, "млрд", "USD", "KR-KZ", period=year(2023))],
    ),
    Case(
        "ru-parties-indiya",
        "Товарооборот между Казахстаном и Индией в 2023 году составил 1,2 млрд долларов.",
        expected=[actual("turnover", 1.2, "млрд", "USD", "IN-KZ", period=year(2023))],
    ),
    Case(
        "ru-parties-kirgiziya-old-name",
        "Товарооборот России и Киргизии в 2023 году составил 3,4 млрд долларов.",
        expected=[actual("turnover", 3.4, "млрд", "USD", "KG-RU", period=year(2023))],
    ),
    Case(
        "ru-parties-turkmenistan",
        "Товарооборот между Казахстаном и Туркменистаном в 2023 году составил 600 млн долларов.",
        expected=[actual("turnover", 600, "млн", "USD", "KZ-TM", period=year(2023))],
    ),
    Case(
        "ru-parties-one-country-in-sentence-other-from-headline",
        "Казахстан и Китай расширяют сотрудничество\n"
        "Экспорт в Китай в 2023 году составил 15,6 млрд долларов.",
        expected=[actual("export", 15.6, "млрд", "USD", "CN-KZ", period=year(2023))],
    ),
    Case(
        "ru-parties-our-countries-from-headline",
        "Президенты Казахстана и Узбекистана провели переговоры\nГлава государства отметил, что по итогам "
        "прошлого года товарооборот между нашими странами вырос на 12% и составил 4,5 млрд долларов.",
        published=D(2024, 3, 12),
        expected=[actual("turnover", 4.5, "млрд", "USD", "KZ-UZ", period=year(2023), growth=12)],
    ),
    Case(
        "ru-parties-each-clause-its-own-partner",
        "В 2023 году товарооборот Казахстана с Китаем составил 41 млрд долларов, а товарооборот с Россией – "
        "27 млрд долларов.",
        expected=[
            actual("turnover", 41, "млрд", "USD", "CN-KZ", period=year(2023)),
            actual("turnover", 27, "млрд", "USD", "KZ-RU", period=year(2023)),
        ],
    ),
    Case(
        "en-parties-kazakh-chinese-adjective",
        "Kazakh-Chinese trade amounted to $41 billion in 2023.",
        expected=[actual("turnover", 41, "billion", "USD", "CN-KZ", period=year(2023))],
    ),
    Case(
        "en-parties-sino-kazakh-adjective",
        "Sino-Kazakh trade reached $41 billion in 2023.",
        expected=[actual("turnover", 41, "billion", "USD", "CN-KZ", period=year(2023))],
    ),
    Case(
        "en-parties-prc",
        "Trade between Kazakhstan and the PRC amounted to $41 billion in 2023.",
        expected=[actual("turnover", 41, "billion", "USD", "CN-KZ", period=year(2023))],
    ),
    Case(
        "en-parties-metonyms-astana-beijing",
        "Trade between Astana and Beijing reached $41 billion in 2023.",
        expected=[actual("turnover", 41, "billion", "USD", "CN-KZ", period=year(2023))],
    ),
    Case(
        "en-parties-sino-us",
        "Sino-US trade fell to $664.5 billion in 2023.",
        expected=[actual("turnover", 664.5, "billion", "USD", "CN-US", period=year(2023))],
    ),
    Case(
        "en-parties-russian-uzbek-adjective",
        "Russian-Uzbek trade hit $9.8 billion in 2023.",
        expected=[actual("turnover", 9.8, "billion", "USD", "RU-UZ", period=year(2023))],
    ),
    Case(
        "en-parties-russia-turkey",
        "Trade between Russia and Turkey reached $57 billion in 2023.",
        expected=[actual("turnover", 57, "billion", "USD", "RU-TR", period=year(2023))],
    ),
    Case(
        "en-parties-turkiye",
        "Trade between Kazakhstan and Türkiye reached $6.4 billion in 2023.",
        expected=[actual("turnover", 6.4, "billion", "USD", "KZ-TR", period=year(2023))],
    ),
    Case(
        "en-parties-kazakh-german-adjective",
        "Kazakh-German trade amounted to $3.8 billion in 2023.",
        expected=[actual("turnover", 3.8, "billion", "USD", "DE-KZ", period=year(2023))],
    ),
    Case(
        "en-parties-european-union-abbreviation",
        "Kazakhstan's trade with the EU reached $40 billion in 2023.",
        expected=[actual("turnover", 40, "billion", "USD", "EU-KZ", period=year(2023))],
    ),
    Case(
        "en-parties-iran",
        "Trade between Iran and Kazakhstan reached $500 million in 2023.",
        expected=[actual("turnover", 500, "million", "USD", "IR-KZ", period=year(2023))],
    ),
    Case(
        "en-parties-kyrgyz-kazakh-adjective",
        "Kyrgyz-Kazakh trade totalled $1.7 billion in 2023.",
        expected=[actual("turnover", 1.7, "billion", "USD", "KG-KZ", period=year(2023))],
    ),
    Case(
        "en-parties-the-two-countries-from-previous-sentence",
        "Officials of Kazakhstan and Azerbaijan met on Tuesday to discuss logistics. Trade turnover between "
        "the two countries reached $500 million in 2023.",
        expected=[actual("turnover", 500, "million", "USD", "AZ-KZ", period=year(2023))],
    ),
    Case(
        "en-parties-one-country-in-sentence-other-from-headline",
        "Kazakhstan, Japan discuss new logistics routes\nExports to Japan reached $1.1 billion in 2023.",
        expected=[actual("export", 1.1, "billion", "USD", "JP-KZ", period=year(2023))],
    ),
    Case(
        "en-parties-each-clause-its-own-partner",
        "In 2023, Kazakhstan's trade with China reached $41 billion, while trade with Russia stood at "
        "$27 billion.",
        expected=[
            actual("turnover", 41, "billion", "USD", "CN-KZ", period=year(2023)),
            actual("turnover", 27, "billion", "USD", "KZ-RU", period=year(2023)),
        ],
    ),
]

# --- regions: a sub-national side of the trade ----------------------------------------------------------

REGIONS = [
    Case(
        "ru-region-turkestan",
        "Товарооборот Туркестанской области Казахстана с Узбекистаном в 2023 году составил 1,1 млрд "
        "долларов.",
        expected=[
            actual("turnover", 1.1, "млрд", "USD", "KZ-UZ", period=year(2023), region="Turkestan Region")
        ],
    ),
    Case(
        "ru-region-xinjiang-full-name-inflected",
        "Товарооборот Казахстана с Синьцзян-Уйгурским автономным районом КНР в 2023 году составил 15 млрд "
        "долларов.",
        expected=[actual("turnover", 15, "млрд", "USD", "CN-KZ", period=year(2023), region="Xinjiang")],
    ),
    Case(
        "ru-region-east-kazakhstan",
        "Казахстан и Россия наращивают приграничную торговлю\nТоварооборот Восточно-Казахстанской области "
        "с Россией в 2023 году составил 1,3 млрд долларов.",
        expected=[
            actual(
                "turnover", 1.3, "млрд", "USD", "KZ-RU", period=year(2023), region="East Kazakhstan Region"
            )
        ],
    ),
    Case(
        "ru-region-almaty-export",
        "Казахстан и Китай обсудили развитие торговли\nЭкспорт Алматинской области в Китай в 2023 году "
        "составил 300 млн долларов.",
        expected=[actual("export", 300, "млн", "USD", "CN-KZ", period=year(2023), region="Almaty Region")],
    ),
    Case(
        "ru-region-pavlodar",
        "Казахстан и Россия наращивают приграничную торговлю\nТоварооборот Павлодарской области с "
        "Российской Федерацией за 2023 год составил 2,1 млрд долларов.",
        expected=[
            actual("turnover", 2.1, "млрд", "USD", "KZ-RU", period=year(2023), region="Pavlodar Region")
        ],
    ),
    Case(
        "ru-region-tashkent-on-the-uzbek-side",
        "Товарооборот Ташкентской области Узбекистана с Казахстаном в 2023 году составил 700 млн долларов.",
        expected=[
            actual("turnover", 700, "млн", "USD", "KZ-UZ", period=year(2023), region="Tashkent Region")
        ],
    ),
    Case(
        "en-region-turkestan-trade-with",
        "Trade between Kazakhstan's Turkestan Region and Uzbekistan reached $1.1 billion in 2023.",
        expected=[
            actual("turnover", 1.1, "billion", "USD", "KZ-UZ", period=year(2023), region="Turkestan Region")
        ],
    ),
    Case(
        "en-region-xinjiang-uygur-autonomous-region",
        "Trade between Kazakhstan and China's Xinjiang Uygur Autonomous Region reached $15 billion in 2023.",
        expected=[actual("turnover", 15, "billion", "USD", "CN-KZ", period=year(2023), region="Xinjiang")],
    ),
    Case(
        "en-region-east-kazakhstan",
        "Kazakhstan and Russia boost cross-border cooperation\nTrade between East Kazakhstan Region and "
        "Russia amounted to $1.3 billion in 2023.",
        expected=[
            actual(
                "turnover",
                1.3,
                "billion",
                "USD",
                "KZ-RU",
                period=year(2023),
                region="East Kazakhstan Region",
            )
        ],
    ),
    Case(
        "en-region-almaty-export",
        "Exports from Almaty Region of Kazakhstan to China amounted to $300 million in 2023.",
        expected=[
            actual("export", 300, "million", "USD", "CN-KZ", period=year(2023), region="Almaty Region")
        ],
    ),
]

# --- negatives: numbers that are not bilateral trade facts -----------------------------------------------

NEGATIVES = [
    Case(
        "ru-negative-gdp",
        "ВВП Казахстана в 2023 году составил 261 млрд долларов, ВВП Китая – 17,8 трлн долларов.",
    ),
    Case(
        "ru-negative-retail-turnover",
        "Розничный товарооборот в Казахстане за 2023 год составил 20 трлн тенге.",
    ),
    Case(
        "ru-negative-budget",
        "Бюджет программы развития приграничной торговли Казахстана и Китая составляет 150 млрд тенге.",
    ),
    Case(
        "ru-negative-counts-of-flights-and-projects",
        "Между Казахстаном и Китаем выполняется 120 рейсов в неделю, а число совместных проектов "
        "достигло 56.",
    ),
    Case(
        "ru-negative-tonnes",
        "Товарооборот между Казахстаном и Китаем по железной дороге в 2023 году составил 28 млн тонн.",
    ),
    Case(
        "ru-negative-share-percent-only",
        "Доля Китая во внешнеторговом обороте Казахстана в 2023 году составила 21%.",
    ),
    Case(
        "ru-negative-growth-percent-without-amount",
        "Товарооборот между Казахстаном и Узбекистаном в 2023 году вырос на 12%.",
    ),
    Case(
        "ru-negative-dates-and-phone",
        "Казахстанско-китайский бизнес-форум пройдёт 15 мая 2024 года в Астане. Справки по телефону "
        "+7 (7172) 74-00-00.",
    ),
    Case(
        "ru-negative-population",
        "Население Узбекистана превысило 36 млн человек, Казахстана – 20 млн.",
    ),
    Case(
        "ru-negative-country-total-foreign-trade",
        "Внешнеторговый оборот Казахстана в 2023 году составил 139,8 млрд долларов. Крупнейшими партнёрами "
        "остаются Россия и Китай.",
    ),
    Case(
        "ru-negative-country-total-export",
        "Экспорт Казахстана в 2023 году составил 78,7 млрд долларов.",
    ),
    Case(
        "ru-negative-china-total-foreign-trade",
        "Внешняя торговля Китая в 2023 году составила 41,76 трлн юаней.",
    ),
    Case(
        "ru-negative-group-eaeu",
        "Товарооборот Казахстана со странами ЕАЭС в 2023 году составил 28 млрд долларов.",
    ),
    Case(
        "ru-negative-group-central-asia",
        "Товарооборот Китая со странами Центральной Азии в 2023 году достиг 89 млрд долларов.",
    ),
    Case(
        "ru-negative-group-european-countries",
        "Товарооборот Казахстана с европейскими странами в 2023 году превысил 40 млрд долларов.",
    ),
    Case(
        "ru-negative-sectoral-agricultural-trade",
        "Торговля сельхозпродукцией между Казахстаном и Китаем в 2023 году составила 1,2 млрд долларов.",
    ),
    Case(
        "ru-negative-agreements-signed",
        "По итогам визита подписаны соглашения между Казахстаном и Китаем на сумму 5 млрд долларов.",
    ),
    Case(
        "ru-negative-contracts",
        "Казахстанские и узбекские компании заключили контракты на 1,2 млрд долларов.",
    ),
    Case(
        "ru-negative-investment-agreements",
        "Казахстан и ОАЭ подписали 30 инвестиционных соглашений на общую сумму 10 млрд долларов.",
    ),
    Case(
        "ru-negative-loan",
        "Банк развития Китая предоставит Казахстану кредит в размере 1 млрд долларов.",
    ),
    Case(
        "ru-negative-difference-only",
        "В 2023 году товарооборот между Казахстаном и Россией снизился на 2 млрд долларов.",
    ),
    Case(
        "ru-negative-past-aspiration",
        "Ещё десять лет назад Казахстан и Узбекистан мечтали о товарообороте в 5 млрд долларов.",
    ),
    Case(
        "ru-negative-no-currency-in-sentence",
        "Товарооборот между Казахстаном и Турцией в 2023 году составил 6,4 млрд.",
    ),
    Case(
        "ru-negative-currency-only-in-previous-sentence",
        "Все данные приводятся в долларах США. Товарооборот между Казахстаном и Турцией в 2023 году "
        "составил 6,4 млрд.",
    ),
    Case(
        "ru-negative-page-clutter",
        "Курсы валют: USD 449,5 ₸ EUR 487,3 ₸ RUB 4,9 ₸\nПодписывайтесь на наш Telegram-канал\n"
        "© 2024 Все права защищены.",
    ),
    Case(
        "ru-negative-salaries-with-currencies",
        "Средняя заработная плата в Казахстане в 2023 году составила 370 тыс. тенге, в России – "
        "74 тыс. рублей.",
    ),
    Case(
        "ru-negative-railway-construction-cost",
        "Стоимость строительства железной дороги между Казахстаном и Китаем оценивается в 1,5 млрд долларов.",
    ),
    Case(
        "ru-negative-reserves",
        "Международные резервы Казахстана на 1 января 2024 года составили 36 млрд долларов.",
    ),
    Case(
        "ru-negative-many-numbers-no-trade-figure",
        "В 2023 году через пункт пропуска «Хоргос» на границе Казахстана и Китая прошли 350 тыс. грузовиков, "
        "1,2 млн пассажиров и 15 млн тонн грузов. В 2024 году пропускную способность планируется увеличить "
        "на 30%, а число сотрудников – до 1 200 человек.",
    ),
    Case(
        "ru-negative-inflation-and-rate",
        "Инфляция в Казахстане в 2023 году составила 9,8%, базовая ставка – 15,75%.",
    ),
    Case(
        "en-negative-gdp",
        "Kazakhstan's GDP reached $261 billion in 2023, while China's economy is worth $17.8 trillion.",
    ),
    Case(
        "en-negative-retail-sales",
        "Retail sales in China rose 7.2% to 47 trillion yuan in 2023.",
    ),
    Case(
        "en-negative-budget",
        "Kazakhstan's 2024 budget envisages spending of 23 trillion tenge.",
    ),
    Case(
        "en-negative-counts-of-companies-and-flights",
        "More than 4,000 companies with Chinese capital are registered in Kazakhstan, and 20 flights a week "
        "connect the two countries.",
    ),
    Case(
        "en-negative-tonnes-of-grain",
        "Kazakhstan exported 1.2 million tonnes of grain to China in 2023.",
    ),
    Case(
        "en-negative-cubic-metres-of-gas",
        "Gas exports from Turkmenistan to China reached 35 billion cubic metres in 2023.",
    ),
    Case(
        "en-negative-share-percent-only",
        "China accounted for 21% of Kazakhstan's foreign trade in 2023.",
    ),
    Case(
        "en-negative-country-total-foreign-trade",
        "Kazakhstan's foreign trade reached $140 billion in 2023.",
    ),
    Case(
        "en-negative-country-total-exports",
        "Kazakhstan's exports totalled $78.7 billion in 2023.",
    ),
    Case(
        "en-negative-group-china-central-asia",
        "China–Central Asia trade reached $89.4 billion in 2023.",
    ),
    Case(
        "en-negative-group-european-countries",
        "Kazakhstan's trade with European countries exceeded $40 billion in 2023.",
    ),
    Case(
        "en-negative-group-asean",
        "Kazakhstan's trade with ASEAN countries amounted to $2 billion in 2023.",
    ),
    Case(
        "en-negative-sectoral-agricultural-trade",
        "Agricultural trade between Kazakhstan and China reached $1.2 billion in 2023.",
    ),
    Case(
        "en-negative-deals-signed",
        "Kazakhstan and China signed deals worth $10 billion during the visit.",
    ),
    Case(
        "en-negative-loan",
        "China's Exim Bank has agreed to provide a $2 billion loan to Kazakhstan.",
    ),
    Case(
        "en-negative-difference-only",
        "Trade between Kazakhstan and Uzbekistan increased by $500 million in 2023.",
    ),
    Case(
        "en-negative-past-aspiration",
        "A decade ago, Kazakhstan and Uzbekistan hoped to reach $5 billion in trade.",
    ),
    Case(
        "en-negative-no-currency-in-sentence",
        "Trade between Kazakhstan and Turkey reached 6.4 billion in 2023.",
    ),
    Case(
        "en-negative-price-per-tonne",
        "The price of Kazakh wheat exported to China reached $280 per tonne in 2023.",
    ),
    Case(
        "en-negative-page-clutter",
        "Subscribe to our newsletter\nShare: Facebook Twitter Telegram\n© 2024 All rights reserved.\n"
        "USD/KZT 449.50 EUR/KZT 487.30 RUB/KZT 4.90",
    ),
    Case(
        "en-negative-population-and-phone",
        "Kazakhstan has a population of 20 million and Uzbekistan 36 million; call +998 71 123 45 67 for "
        "details.",
    ),
    Case(
        "en-negative-many-numbers-no-trade-figure",
        "The Khorgos dry port on the Kazakhstan-China border handled 250,000 TEU in 2023, up 20%, and plans "
        "300,000 TEU in 2024. About 1,000 people work there, and 12 trains a day cross the border.",
    ),
    Case(
        "en-negative-national-fund-assets",
        "Kazakhstan's National Fund assets stood at $60 billion at the end of 2023.",
    ),
]

CASES = [
    *NUMBERS,
    *SCALES,
    *CURRENCIES,
    *QUALIFIERS,
    *METRICS,
    *TARGETS,
    *PERIODS,
    *GROWTH,
    *PARTIES,
    *REGIONS,
    *NEGATIVES,
]
assert len({case.id for case in CASES}) == len(CASES), "case ids must be unique"


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_extract_case(case: Case) -> None:
    from tradeviz import extract_text  # imported here: the tables must collect before the extractor exists

    frame = extract_text(case.text, published=case.published)
    assert_facts(frame, case.expected, case.text)
