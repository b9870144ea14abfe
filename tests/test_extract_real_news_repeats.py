"""Real news phrasing, more families (issue "Real news"): articles that carry no date (wire copy reprinted
with only "April 12"), a figure said twice (a headline rounding the body's), tables a scraper flattened
into lines, and a target said again by a pronoun with a new time. Written the way wire
services phrase them; none is a copy of a practice passage.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from cases_helpers import Case, actual, case_params, check_case, months, target, year
from tradeviz.extract.flows import carry_flows
from tradeviz.extract.found import Finding
from tradeviz.extract.sentences import Sentence

D = dt.date

# --- undated articles: which year "January-March" is ---------------------------------------------------------

UNDATED = [
    Case(
        "en-undated-months-said-again-with-a-year-are-the-year-compared-with",
        "HANOI, April 14 (Reuters) - China's trade with Vietnam rose 15% to 420 billion yuan in January-March, "
        "a customs spokesman said.\n\nTrade with Vietnam reached 365 billion yuan in January-March 2023, "
        "according to earlier customs data.",
        expected=[
            actual("turnover", 420, "billion", "CNY", "CN-VN", period=months(2024, 1, 3), growth=15),
            actual("turnover", 365, "billion", "CNY", "CN-VN", period=months(2023, 1, 3)),
        ],
    ),
    Case(
        "ru-undated-months-said-again-with-a-year-and-a-comparison-are-the-article-own",
        "В январе-марте товарооборот Китая и Казахстана вырос на 20%. В первом квартале 2024 года "
        "товарооборот Китая и Казахстана достиг 10,2 млрд долларов, что на 20% больше, чем за тот же период "
        "предыдущего года.",
        expected=[actual("turnover", 10.2, "млрд", "USD", "CN-KZ", period=months(2024, 1, 3), growth=20)],
    ),
    Case(
        "en-undated-a-stated-year-with-no-months-said-before-stays",
        "ASTANA, May 3 - Kazakhstan's trade with China reached $10.1 billion in January-March 2024, up 12% "
        "year on year. In January-March, exports to China rose to $4.7 billion.",
        expected=[
            actual("turnover", 10.1, "billion", "USD", "CN-KZ", period=months(2024, 1, 3), growth=12),
            actual("export", 4.7, "billion", "USD", "CN-KZ", period=months(2024, 1, 3), flow="KZ>CN"),
        ],
    ),
]
UNDATED += [
    Case(
        "ru-the-first-three-quarters-of-last-year",
        "За первые три квартала прошлого года китайские компании вложили в экономику Казахстана около 640 "
        "млн долларов.",
        published=D(2020, 2, 1),
        expected=[
            actual(
                "investment",
                640,
                "млн",
                "USD",
                "CN-KZ",
                period=months(2019, 1, 9),
                qualifier="~",
                flow="CN>KZ",
            )
        ],
    ),
    Case(
        "en-two-quarters-and-the-first-quarter",
        "In the first two quarters of 2023, trade between Kazakhstan and China reached $19.4 billion, and in the "
        "first quarter of 2023 $9.1 billion.",
        published=D(2023, 8, 1),
        expected=[
            actual("turnover", 19.4, "billion", "USD", "CN-KZ", period=months(2023, 1, 6)),
            actual("turnover", 9.1, "billion", "USD", "CN-KZ", period=months(2023, 1, 3)),
        ],
    ),
]
UNDATED += [
    Case(
        "ru-undated-months-of-last-year-and-the-same-months-with-a-year",
        "По словам посла, итоги прошлого года стали рекордными. За 9 месяцев 2021 года товарооборот между "
        "Узбекистаном и Турцией вырос на 40% и превысил 5 млрд долларов. Экспорт Узбекистана в Турцию за "
        "январь-сентябрь прошлого года достиг 2,1 млрд долларов.",
        expected=[
            actual(
                "turnover", 5, "млрд", "USD", "TR-UZ", period=months(2021, 1, 9), growth=40, qualifier=">"
            ),
            actual("export", 2.1, "млрд", "USD", "TR-UZ", period=months(2021, 1, 9), flow="UZ>TR"),
        ],
    ),
    Case(
        "ru-undated-the-same-months-with-a-year-compared-a-year-before-are-the-article-own",
        "Экспорт Японии в Армению в феврале 2024 года составил 55 млн долларов, что в 5 раз больше, чем годом "
        "ранее. Санкции ужесточили в феврале прошлого года. Экспорт Японии в Армению в феврале 2024 года "
        "превысил импорт.",
        expected=[
            actual("export", 55, "млн", "USD", "AM-JP", period=months(2024, 2, 2), growth=400, flow="JP>AM"),
        ],
    ),
]
UNDATED += [
    Case(
        "en-a-quoted-list-goes-on-with-the-period-said-before-the-quote",
        "Kazakhstan's foreign trade turnover in January-June 2024 amounted to $68 billion, the statistics "
        "bureau said.\n\nThe largest volume of exports went to Italy and amounted to $7.1 billion, she said.\n\n"
        "“Oil is exported to Italy. Since last year, new fields have been shipping there. Before that, oil "
        "went to France. China is in second place - $5.2 billion, Russia - $3.4 billion,” she said.",
        published=D(2024, 7, 20),
        expected=[
            actual("export", 7.1, "billion", "USD", "IT-KZ", period=months(2024, 1, 6), flow="KZ>IT"),
            actual("export", 5.2, "billion", "USD", "CN-KZ", period=months(2024, 1, 6), flow="KZ>CN"),
            actual("export", 3.4, "billion", "USD", "KZ-RU", period=months(2024, 1, 6), flow="KZ>RU"),
        ],
    ),
]
UNDATED_GAPS: dict[str, str] = {}

# --- a figure said twice ---------------------------------------------------------------------------------------

REPEATS = [
    Case(
        "en-a-headline-rounding-the-body-figure-is-one-fact",
        "Kazakhstan-China trade rises 12% to $10.1 bln in first quarter\n\nASTANA, April 20 - Trade between "
        "Kazakhstan and China reached $10.08 billion in January-March 2024, up 12.3 percent year on year.",
        expected=[
            actual("turnover", 10.08, "billion", "USD", "CN-KZ", period=months(2024, 1, 3), growth=12.3)
        ],
    ),
    Case(
        "en-a-rounded-headline-gives-its-change-to-the-body-figure",
        "China's trade with Russia rises 20% to $40.5 bln in Jan-March\n\nBEIJING, April 12 - China's trade "
        "with Russia reached $40.52 billion in January-March 2024, customs data showed.",
        expected=[actual("turnover", 40.52, "billion", "USD", "CN-RU", period=months(2024, 1, 3), growth=20)],
    ),
    Case(
        "en-two-close-figures-that-do-not-round-to-each-other-are-two",
        "Kazakhstan's exports to China reached $4.7 billion in January-March 2024, and exports to Russia "
        "$4.6 billion. Kazakhstan's exports to China were $4.62 billion in January-March 2024 by the "
        "Chinese count.",
        expected=[
            actual("export", 4.7, "billion", "USD", "CN-KZ", period=months(2024, 1, 3), flow="KZ>CN"),
            actual("export", 4.6, "billion", "USD", "KZ-RU", period=months(2024, 1, 3), flow="KZ>RU"),
            actual("export", 4.62, "billion", "USD", "CN-KZ", period=months(2024, 1, 3), flow="KZ>CN"),
        ],
    ),
]
REPEATS += [
    Case(
        "ru-a-figure-said-again-with-its-change-keeps-the-change",
        "Казахстан и Кыргызстан договорились довести товарооборот до 2,4 миллиарда долларов в 2023 году в "
        "сравнении с 1,6 миллиарда долларов в 2022 году. Товарооборот между двумя странами в 2022 году составил "
        "1,6 миллиарда долларов, что на 27,4% выше по сравнению с 2021 годом.",
        published=D(2023, 3, 14),
        expected=[
            target("turnover", 2.4, "млрд", "USD", "KG-KZ", by=2023),
            actual("turnover", 1.6, "млрд", "USD", "KG-KZ", period=year(2022), growth=27.4),
        ],
    ),
]
REPEATS += [
    Case(
        "en-a-bound-the-exact-figure-meets-is-the-same-figure",
        "For the first time, exports from Russia to India topped $55 billion in fiscal 2023-24. According to "
        "the Ministry of Commerce, Russia exported $56.4 billion worth of goods to India in fiscal 2023-24.",
        published=D(2024, 4, 28),
        expected=[
            actual(
                "export", 56.4, "billion", "USD", "IN-RU", period=("2023-04-01", "2024-03-31"), flow="RU>IN"
            )
        ],
    ),
    Case(
        "ru-a-bound-far-from-the-exact-figure-is-another-figure",
        "В 2023 году товарооборот Казахстана и Китая превысил 30 млрд долларов. По данным китайской таможни, "
        "в 2023 году товарооборот Казахстана и Китая составил 41 млрд долларов.",
        published=D(2024, 2, 1),
        expected=[
            actual("turnover", 30, "млрд", "USD", "CN-KZ", period=year(2023), qualifier=">"),
            actual("turnover", 41, "млрд", "USD", "CN-KZ", period=year(2023)),
        ],
    ),
]
REPEATS_GAPS: dict[str, str] = {}

# --- tables flattened into lines by a scraper ------------------------------------------------------------------

TABLES = [
    Case(
        "en-table-of-regions-under-a-header-with-its-unit",
        "Trade between Canada and the United States reached $900 billion in 2023.\n\nTop States Trading With "
        "Canada\n\nRank State Imports & Exports (Billions of USD) Main Sector\n1 Michigan $98.4 Vehicles\n"
        "2 Texas $71.3 Oil & Gas\n3 Illinois $64.1 Oil & Gas\n\nMichigan leads by a wide margin.",
        published=D(2024, 5, 10),
        expected=[
            actual("turnover", 900, "billion", "USD", "CA-US", period=year(2023)),
            actual("turnover", 98.4, "billion", "USD", "CA-US", period=year(2023), region="Michigan"),
            actual("turnover", 71.3, "billion", "USD", "CA-US", period=year(2023), region="Texas"),
            actual("turnover", 64.1, "billion", "USD", "CA-US", period=year(2023), region="Illinois"),
        ],
    ),
    Case(
        "ru-table-of-partners-of-the-country-its-title-names",
        "Товарооборот Казахстана с Китаем в 2023 году вырос на 30%, до 41 млрд долларов, сообщило бюро "
        "национальной статистики.\n\nОсновные торговые партнеры Казахстана в 2023 году\nСтрана Товарооборот "
        "(млн долл. США)\nКитай 31 500,2\nРоссия 27 100\nИталия 15 300\n",
        published=D(2024, 5, 10),
        expected=[
            actual("turnover", 41, "млрд", "USD", "CN-KZ", period=year(2023), growth=30),
            actual("turnover", 31500.2, "млн", "USD", "CN-KZ", period=year(2023)),
            actual("turnover", 27100, "млн", "USD", "KZ-RU", period=year(2023)),
            actual("turnover", 15300, "млн", "USD", "IT-KZ", period=year(2023)),
        ],
    ),
] + [
    Case(  # lines under the sentence's figure that are no table: it stays the only fact
        f"en-{name}",
        "Kazakhstan exported goods worth $1.35 billion to China in 2022, the ministry said.\n\n" + lines,
        published=D(2024, 5, 10),
        expected=[actual("export", 1.35, "billion", "USD", "CN-KZ", period=year(2022), flow="KZ>CN")],
    )
    for name, lines in [
        ("table-rows-of-years-are-no-places", "Exports (in USD million)\n2021 1,200\n2022 1,350\n"),
        (
            "one-line-under-a-header-is-no-table",
            "Exports by partner (USD million)\nChina 1,200\n\nThe rest went.",
        ),
        (
            "numbers-under-a-trade-word-without-a-unit-are-no-table",
            "Exports by partner\nChina 1,200\nRussia 900\n",
        ),
    ]
]
TABLES_GAPS: dict[str, str] = {}

# --- words a scraper glued together -----------------------------------------------------------------------------

SCRAPED = [
    Case(
        "en-a-scale-word-glued-to-the-next-preposition",
        "Uzbekistan's trade with Russia increased to $4.6billion from January through April 2025, up from $3.8 "
        "billionin January–April 2024.",
        published=D(2025, 5, 26),
        expected=[
            actual("turnover", 4.6, "billion", "USD", "RU-UZ", period=months(2025, 1, 4)),
            actual("turnover", 3.8, "billion", "USD", "RU-UZ", period=months(2024, 1, 4)),
        ],
    ),
    Case(
        "en-a-scale-word-inside-a-longer-word-is-no-scale",
        "Kazakhstan's richest billionaire owns 41 billionaires' worth of shares.",
        published=D(2025, 5, 26),
        expected=[],
    ),
]
SCRAPED_GAPS: dict[str, str] = {}

REGIONS = [
    Case(
        "en-a-state-of-two-words-is-a-region",
        "In 2023, New Jersey's trade with Canada reached $20.4 billion, the state said.",
        published=D(2024, 3, 1),
        expected=[
            actual("turnover", 20.4, "billion", "USD", "CA-US", period=year(2023), region="New Jersey")
        ],
    ),
]

# --- a figure's part that is one kind of goods -------------------------------------------------------------------

NOT_PAIRS_GOODS = [
    Case(
        "en-most-of-them-came-from-one-kind-of-goods",
        "The volume of imports from Uzbekistan to Kazakhstan amounted to $412 million in 1H2024, most of them "
        "came from textiles and products made from them – $210 million, as well as fruits and nuts.",
        published=D(2024, 8, 1),
        expected=[actual("import", 412, "million", "USD", "KZ-UZ", period=months(2024, 1, 6), flow="UZ>KZ")],
    ),
    Case(
        "en-imports-mainly-of-one-kind-of-goods-are-the-whole",
        "India's imports from Russia, mainly crude oil and fertiliser, jumped to $19 billion in January-June "
        "2024.",
        published=D(2024, 8, 1),
        expected=[actual("import", 19, "billion", "USD", "IN-RU", period=months(2024, 1, 6), flow="RU>IN")],
    ),
]

# --- trade with two partners at once -------------------------------------------------------------------------

NOT_PAIRS = [
    Case(
        "en-trade-with-two-partners-when-the-third-is-the-article-own",
        "India's trade with Russia reached $65 billion in 2023, the ministry said.\n\n“In the next three months "
        "I see $10-$11 billion of trade with Russia and Bangladesh,” the trade secretary said.",
        published=D(2024, 7, 3),
        expected=[actual("turnover", 65, "billion", "USD", "IN-RU", period=year(2023))],
    ),
    Case(
        "en-trade-with-the-two-countries-of-the-article-is-their-pair",
        "Trade between Russia and Bangladesh reached $2.9 billion in 2023.\n\nMoscow expects more trade with "
        "Bangladesh and Russia's exporters see $3.5 billion of trade with Bangladesh in 2024.",
        published=D(2024, 7, 3),
        expected=[
            actual("turnover", 2.9, "billion", "USD", "BD-RU", period=year(2023)),
            target("turnover", 3.5, "billion", "USD", "BD-RU", by=2024),
        ],
    ),
]
NOT_PAIRS += [
    Case(
        "en-sales-to-a-country-are-exports-to-it-not-its-own-total",
        "Türkiye's exports hit a record. Sales to Germany reached nearly $16.1 billion from January through "
        "September, rising 12.9% year-over-year, the Turkish Exporters Assembly said.",
        published=D(2023, 10, 8),
        expected=[
            actual(
                "export",
                16.1,
                "billion",
                "USD",
                "DE-TR",
                period=months(2023, 1, 9),
                growth=12.9,
                qualifier="~",
                flow="TR>DE",
            )
        ],
    ),
]
NOT_PAIRS += [
    Case(
        "en-a-gain-restated-in-another-currency-is-still-a-gain",
        "British projections suggest the free trade agreement will lift bilateral trade between Britain and "
        "New Zealand by £10.4 billion (US$13.1 billion) by 2035.",
        published=D(2023, 10, 8),
        expected=[],
    ),
    Case(
        "ru-a-difference-restated-in-another-currency-is-still-a-difference",
        "Соглашение позволит увеличить товарооборот Казахстана и Китая на 2 млрд долларов (около 1 трлн тенге) "
        "к 2030 году.",
        published=D(2024, 10, 8),
        expected=[],
    ),
]
NOT_PAIRS_GAPS: dict[str, str] = {}

# --- a target said again by a pronoun, with a new time --------------------------------------------------------

RESTATED = [
    Case(
        "en-this-target-will-be-reached-earlier",
        "Moscow and New Delhi agreed to raise bilateral trade to $50 billion by 2030. Judging by the current "
        "pace, this target will be reached by 2027, the official said.",
        published=D(2024, 7, 18),
        expected=[
            target("turnover", 50, "billion", "USD", "IN-RU", by=2030),
            target(
                "turnover", 50, "billion", "USD", "IN-RU", by=2027, quote_has="this target will be reached"
            ),
        ],
    ),
    Case(
        "ru-eta-cel-budet-dostignuta-ranshe",
        "Казахстан и Узбекистан поставили задачу довести товарооборот до 10 млрд долларов к 2030 году. По "
        "словам министра, "
        "эта цель будет достигнута уже в 2027 году.",
        published=D(2024, 7, 18),
        expected=[
            target("turnover", 10, "млрд", "USD", "KZ-UZ", by=2030),
            target("turnover", 10, "млрд", "USD", "KZ-UZ", by=2027, quote_has="эта цель будет достигнута"),
        ],
    ),
    Case(
        "ru-set-for-a-year-but-reached-this-year",
        "Казахстан и Узбекистан намерены довести товарооборот до 10 млрд долларов к 2030 году. Эта задача "
        "была поставлена к достижению в 2030 году, но по итогам этого года мы ее решим, сказал министр.",
        published=D(2025, 12, 1),
        expected=[
            target("turnover", 10, "млрд", "USD", "KZ-UZ", by=2030),
            target("turnover", 10, "млрд", "USD", "KZ-UZ", by=2025, quote_has="мы ее решим"),
        ],
    ),
    Case(
        "en-a-pronoun-with-no-time-restates-nothing",
        "Kazakhstan and Uzbekistan aim to raise trade to $10 billion by 2030. The minister said it will be "
        "reached.",
        published=D(2024, 7, 18),
        expected=[target("turnover", 10, "billion", "USD", "KZ-UZ", by=2030)],
    ),
]
RESTATED += [
    Case(
        "en-an-annual-figure-forecast-is-this-year",
        "In the first half of this year, trade between Russia and Kyrgyzstan surpassed $6.4 billion. If this "
        "pace holds, the annual trade turnover could reach a record $12 billion, Putin said.",
        published=D(2025, 9, 1),
        expected=[
            actual("turnover", 6.4, "billion", "USD", "KG-RU", period=months(2025, 1, 6), qualifier=">"),
            target("turnover", 12, "billion", "USD", "KG-RU", by=2025),
        ],
    ),
    Case(
        "ru-an-annual-figure-forecast-is-this-year",
        "По оценке министра, годовой товарооборот Казахстана и Узбекистана может достичь 5 млрд долларов.",
        published=D(2024, 9, 1),
        expected=[target("turnover", 5, "млрд", "USD", "KZ-UZ", by=2024)],
    ),
    Case(
        "en-a-goal-of-an-annual-level-has-no-year",
        "The two leaders agreed to aim for annual trade of $10 billion between Kazakhstan and Uzbekistan.",
        published=D(2024, 9, 1),
        expected=[target("turnover", 10, "billion", "USD", "KZ-UZ", by=None)],
    ),
]
RESTATED += [
    Case(
        "en-the-target-is-a-figure-after-a-reported-one",
        "Kazakh-Chinese trade grew to $31.5 billion in 2022, the minister said, adding that the target is $35 "
        "billion by 2030.",
        published=D(2023, 3, 1),
        expected=[
            actual("turnover", 31.5, "billion", "USD", "CN-KZ", period=year(2022)),
            target("turnover", 35, "billion", "USD", "CN-KZ", by=2030),
        ],
    ),
]
RESTATED_GAPS: dict[str, str] = {}

# --- changes in a list that says its verb once -------------------------------------------------------------------

CHANGES = [
    Case(
        "en-a-list-gives-each-change-before-its-figure",
        "In 2022, Kazakhstan's exports to China grew by 12%, to $9.1 billion, in 2023 - by 8%, surpassing $9.8 "
        "billion.",
        published=D(2024, 2, 1),
        expected=[
            actual("export", 9.1, "billion", "USD", "CN-KZ", period=year(2022), growth=12, flow="KZ>CN"),
            actual(
                "export",
                9.8,
                "billion",
                "USD",
                "CN-KZ",
                period=year(2023),
                growth=8,
                flow="KZ>CN",
                qualifier=">",
            ),
        ],
    ),
]
CHANGES += [
    Case(
        "ru-a-change-over-several-years-is-no-growth-of-the-period",
        "По итогам 2023 года товарооборот между Узбекистаном и Россией превысил 9 млрд долларов, что почти "
        "вдвое больше, чем пять лет назад.",
        published=D(2024, 2, 1),
        expected=[actual("turnover", 9, "млрд", "USD", "RU-UZ", period=year(2023), qualifier=">")],
    ),
    Case(
        "en-a-change-over-several-years-is-no-growth-of-the-period",
        "In 2023, trade between Kazakhstan and China reached $41 billion, up 40% from five years ago.",
        published=D(2024, 2, 1),
        expected=[actual("turnover", 41, "billion", "USD", "CN-KZ", period=year(2023))],
    ),
    Case(
        "en-a-change-from-a-year-ago-is-the-growth",
        "In 2023, trade between Kazakhstan and China reached $41 billion, up 40% from a year ago.",
        published=D(2024, 2, 1),
        expected=[actual("turnover", 41, "billion", "USD", "CN-KZ", period=year(2023), growth=40)],
    ),
]
CHANGES += [
    Case(
        "en-a-change-said-next-of-one-side-exports-goes-to-that-flow",
        "In January-June, Kazakhstan's exports to China stood at $7.1 billion and imports from China at $9.6 "
        "billion, customs said. China's exports have, however, risen by 14%.",
        published=D(2024, 8, 1),
        expected=[
            actual("export", 7.1, "billion", "USD", "CN-KZ", period=months(2024, 1, 6), flow="KZ>CN"),
            actual(
                "import", 9.6, "billion", "USD", "CN-KZ", period=months(2024, 1, 6), growth=14, flow="CN>KZ"
            ),
        ],
    ),
]
CHANGES += [
    Case(
        "en-a-target-takes-no-change",
        "Pakistan's exports to China have posted a 14% increase in the first half of this year and at this "
        "pace they are likely to reach $5 billion by the end of this year.",
        published=D(2024, 8, 5),
        expected=[target("export", 5, "billion", "USD", "CN-PK", by=2024, flow="PK>CN")],
    ),
]
CHANGES += [
    Case(
        "en-n-times-as-much-as-a-year-before",
        "Trade between Uzbekistan and Kazakhstan amounted to more than $84 million in 1H2024, which is almost "
        "1.6 times as much as in the same period last year.",
        published=D(2024, 8, 1),
        expected=[
            actual(
                "turnover", 84, "million", "USD", "KZ-UZ", period=months(2024, 1, 6), growth=60, qualifier=">"
            )
        ],
    ),
]
CHANGES += [
    Case(
        f"ru-a-factor-down-{index}",
        f"В 2023 году товарооборот Казахстана и Украины {phrase} 1,1 млрд долларов.",
        published=D(2024, 2, 1),
        expected=[actual("turnover", 1.1, "млрд", "USD", "KZ-UA", period=year(2023), growth=growth)],
    )
    for index, (phrase, growth) in enumerate(
        [
            ("сократился в 2 раза и составил", -50),
            ("снизился вдвое, до", -50),
            ("вырос вдвое, до", 100),
            ("составил в 4 раза меньше, чем годом ранее, –", -75),
        ]
    )
] + [
    Case(
        "en-halved",
        "In 2023, trade between Kazakhstan and Ukraine halved to $1.1 billion.",
        published=D(2024, 2, 1),
        expected=[actual("turnover", 1.1, "billion", "USD", "KZ-UA", period=year(2023), growth=-50)],
    ),
]
CHANGES += [
    Case(
        "en-up-after-a-comma-is-the-figure-before",
        "Kazakhstan exported $2.1 billion worth of goods to Uzbekistan in January-June 2024, up 11%, and "
        "imported $1.2 billion.",
        published=D(2024, 8, 1),
        expected=[
            actual(
                "export", 2.1, "billion", "USD", "KZ-UZ", period=months(2024, 1, 6), growth=11, flow="KZ>UZ"
            ),
            actual("import", 1.2, "billion", "USD", "KZ-UZ", period=months(2024, 1, 6), flow="UZ>KZ"),
        ],
    ),
]
CHANGES += [
    Case(
        f"{lang}-the-figure-compared-with-in-brackets-{index}",
        text,
        published=D(2024, 5, 10),
        expected=[
            actual("turnover", 1.6, unit, "USD", "RU-TJ", period=year(2023), growth=-9),
            actual("turnover", 1.76, unit, "USD", "RU-TJ", period=year(2022)),
        ],
    )
    for index, (lang, unit, text) in enumerate(
        [
            (
                "ru",
                "млрд",
                "Товарооборот Таджикистана и России по итогам 2023 года составил $1,6 млрд, что на 9% "
                "меньше показателя 2022 года ($1,76 млрд).",
            ),
            (
                "ru",
                "млрд",
                "Товарооборот Таджикистана и России по итогам 2023 года составил 1,6 млрд долларов, что на "
                "9% меньше, чем в 2022 году (1,76 млрд долларов).",
            ),
            (
                "en",
                "billion",
                "In 2023, trade between Tajikistan and Russia was $1.6 billion, 9% lower than in 2022 "
                "($1.76 billion).",
            ),
        ]
    )
] + [
    Case(
        "en-more-than-before-an-amount-is-a-qualifier-not-a-comparison",
        "In 2023, trade between Tajikistan and Russia amounted to more than $1.6 billion, 9% lower than a year "
        "earlier.",
        published=D(2024, 5, 10),
        expected=[
            actual("turnover", 1.6, "billion", "USD", "RU-TJ", period=year(2023), growth=-9, qualifier=">")
        ],
    ),
]
CHANGES += [
    Case(
        f"{lang}-a-base-a-year-before-the-figure-{index}",
        text,
        published=D(2024, 5, 10),
        expected=[
            actual("turnover", 19.7, unit, "USD", "CN-KG", period=year(2023)),
            actual("turnover", 15.5, unit, "USD", "CN-KG", period=year(2022)),
        ],
    )
    for index, (lang, unit, text) in enumerate(
        [
            (
                "ru",
                "млрд",
                "Объем торговли между Кыргызстаном и Китаем в 2023 году составил 19,7 млрд долларов против "
                "15,5 млрд годом ранее.",
            ),
            (
                "ru",
                "млрд",
                "Объем торговли между Кыргызстаном и Китаем в 2023 году составил 19,7 млрд долларов против "
                "15,5 млрд в прошлом году.",
            ),
            (
                "en",
                "billion",
                "Trade between Kyrgyzstan and China reached $19.7 billion in 2023, against $15.5 billion "
                "a year earlier.",
            ),
            (
                "en",
                "billion",
                "Trade between Kyrgyzstan and China reached $19.7 billion in 2023, compared with $15.5 "
                "billion in the previous year.",
            ),
        ]
    )
] + [
    Case(
        "en-from-a-year-earlier-is-no-period-of-the-figure",
        "China's trade with Russia rose 20.1% from a year earlier to $40.5 billion in January-March 2024.",
        published=D(2024, 5, 10),
        expected=[
            actual("turnover", 40.5, "billion", "USD", "CN-RU", period=months(2024, 1, 3), growth=20.1)
        ],
    ),
]
CHANGES += [
    Case(
        "en-down-from-a-figure-a-year-earlier-is-the-year-before",
        "Bilateral trade between Pakistan and China reached US$23.1 billion in 2023, down from US$27.8 billion a "
        "year earlier.",
        published=D(2024, 5, 10),
        expected=[
            actual("turnover", 23.1, "billion", "USD", "CN-PK", period=year(2023)),
            actual("turnover", 27.8, "billion", "USD", "CN-PK", period=year(2022)),
        ],
    ),
    Case(
        "en-from-a-figure-a-year-earlier-with-no-period-before-stays-out",
        "Kazakhstan's exports to China rose from $6.1 billion a year earlier to $7.2 billion in January-June "
        "2024.",
        published=D(2024, 8, 1),
        expected=[actual("export", 7.2, "billion", "USD", "CN-KZ", period=months(2024, 1, 6), flow="KZ>CN")],
    ),
    Case(
        "en-pc-is-per-cent",
        "Kazakhstan's trade with Russia totalled $26.3bn last year, a 4.8pc increase on 2022, the statistics "
        "bureau said.",
        published=D(2024, 2, 1),
        expected=[actual("turnover", 26.3, "bn", "USD", "KZ-RU", period=year(2023), growth=4.8)],
    ),
]
CHANGES_GAPS: dict[str, str] = {}

CASES = [*UNDATED, *REPEATS, *TABLES, *SCRAPED, *REGIONS, *NOT_PAIRS_GOODS, *NOT_PAIRS, *RESTATED, *CHANGES]
GAPS = {
    **UNDATED_GAPS,
    **REPEATS_GAPS,
    **TABLES_GAPS,
    **SCRAPED_GAPS,
    **NOT_PAIRS_GAPS,
    **RESTATED_GAPS,
    **CHANGES_GAPS,
}


@pytest.mark.parametrize("case", case_params(CASES, GAPS))
def test_real_news_case(case: Case) -> None:
    check_case(case)


# --- direction said once for a run of figures -----------------------------------------------------------------


def _export(start: int, flow: str | None, metric: str = "export") -> Finding:
    return Finding(
        metric=metric,
        kind="actual",
        value=Decimal(1),
        unit=None,
        amount=Decimal(1),
        amount_high=None,
        currency="USD",
        qualifier="=",
        period_start=None,
        period_end=None,
        target_year=None,
        parties="IR-PK",
        region=None,
        quote="",
        start=start,
        end=start + 1,
        flow=flow,
    )


PARAGRAPHS = [Sentence(0, 100, 0), Sentence(100, 200, 1), Sentence(200, 300, 2), Sentence(300, 400, 3)]


@pytest.mark.parametrize(
    ("facts", "flows"),
    [
        ([_export(10, "PK>IR"), _export(150, None)], ["PK>IR", "PK>IR"]),  # the next paragraph: carried
        ([_export(10, "PK>IR"), _export(250, None)], ["PK>IR", None]),  # two paragraphs on: not
        ([_export(10, "PK>IR"), _export(50, "IR>PK"), _export(60, None)], ["PK>IR", "IR>PK", "IR>PK"]),
        ([_export(10, "PK>IR"), _export(50, None, "import")], ["PK>IR", None]),  # another metric: not
        ([_export(10, None), _export(50, "PK>IR")], [None, "PK>IR"]),  # never backwards
    ],
)
def test_a_bare_exports_takes_the_direction_said_last(facts: list[Finding], flows: list[str | None]) -> None:
    assert [fact.flow for fact in carry_flows(facts, PARAGRAPHS)] == flows
