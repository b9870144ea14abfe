"""Real news phrasing, family by family (issue "Real news"): (text -> expected facts) written the way wire
services, ministries and business papers phrase trade figures, in Russian and English together. None is a
copy of a practice passage (../shared/realdev); each row stands for a phenomenon, not a sentence.
"""

from __future__ import annotations

import datetime as dt

import pytest

from cases_helpers import Case, actual, case_params, check_case, months, target, year

D = dt.date

# --- direction: who exports to whom, who invests where -----------------------------------------------------

DIRECTION = [
    Case(
        "ru-direction-from-to",
        "В 2023 году экспорт из Казахстана в Китай вырос на 8% и составил 15,1 млрд долларов.",
        expected=[actual("export", 15.1, "млрд", "USD", "CN-KZ", period=year(2023), growth=8, flow="KZ>CN")],
    ),
    Case(
        "ru-direction-import-into-from",
        "Импорт в Россию из Узбекистана за 2022 год составил 1,4 млрд долларов.",
        expected=[actual("import", 1.4, "млрд", "USD", "RU-UZ", period=year(2022), flow="UZ>RU")],
    ),
    Case(
        "ru-direction-adjective-owner",
        "По итогам 2023 года товарооборот России и Индии достиг 65 млрд долларов. Российский экспорт "
        "составил 61 млрд долларов.",
        expected=[
            actual("turnover", 65, "млрд", "USD", "IN-RU", period=year(2023), flow=None),
            actual("export", 61, "млрд", "USD", "IN-RU", period=year(2023), flow="RU>IN"),
        ],
    ),
    Case(
        "ru-direction-investment-subject-verb",
        "Турция инвестировала в экономику Узбекистана 3,5 млрд долларов, сообщил министр.",
        expected=[actual("investment", 3.5, "млрд", "USD", "TR-UZ", period=None, flow="TR>UZ")],
    ),
    Case(
        "ru-direction-investment-from",
        "В 2022 году объем прямых инвестиций из Германии в Казахстан составил 870 млн долларов.",
        expected=[actual("investment", 870, "млн", "USD", "DE-KZ", period=year(2022), flow="DE>KZ")],
    ),
    Case(
        "ru-direction-bare-export-is-the-reporting-side",
        "За январь-июнь 2024 года товарооборот Кыргызстана с Казахстаном составил 780 млн долларов. "
        "Экспорт вырос на 5%, до 310 млн долларов.",
        expected=[
            actual("turnover", 780, "млн", "USD", "KG-KZ", period=months(2024, 1, 6)),
            actual("export", 310, "млн", "USD", "KG-KZ", period=months(2024, 1, 6), growth=5, flow="KG>KZ"),
        ],
    ),
    Case(
        "ru-direction-after-the-amount",
        "По итогам 2023 года товарооборот Туркменистана с Китаем составил 10,5 млрд долларов. Из них "
        "9,8 млрд пришлись на экспорт, а 0,7 млрд – на импорт товаров из КНР.",
        expected=[
            actual("turnover", 10.5, "млрд", "USD", "CN-TM", period=year(2023)),
            actual("export", 9.8, "млрд", "USD", "CN-TM", period=year(2023), flow="TM>CN"),
            actual("import", 0.7, "млрд", "USD", "CN-TM", period=year(2023), flow="CN>TM"),
        ],
    ),
    Case(
        "en-direction-possessive-to",
        "In 2023, Brazil's exports to China rose 5.2 percent to $104.3 billion.",
        expected=[
            actual("export", 104.3, "billion", "USD", "BR-CN", period=year(2023), growth=5.2, flow="BR>CN")
        ],
    ),
    Case(
        "en-direction-imports-from",
        "In 2024, India's imports from Russia reached $65.7 billion, the commerce ministry said.",
        expected=[actual("import", 65.7, "billion", "USD", "IN-RU", period=year(2024), flow="RU>IN")],
    ),
    Case(
        "en-direction-imports-of-goods",
        "In 2023, imports of Russian goods to China grew by 13% to $129.1 billion.",
        expected=[
            actual("import", 129.1, "billion", "USD", "CN-RU", period=year(2023), growth=13, flow="RU>CN")
        ],
    ),
    Case(
        "en-direction-shared-trade-word",
        "In the first half of 2024, exports to Russia fell from $1.2 billion to $0.9 billion, "
        "Kyrgyzstan's statistics committee said.",
        expected=[actual("export", 0.9, "billion", "USD", "KG-RU", period=months(2024, 1, 6), flow="KG>RU")],
    ),
    Case(
        "en-direction-second-verb-not-the-first-destination",
        "In 2023, Ohio exported $12.4 billion to Canada and imported $9.1 billion, the state said of its trade "
        "between the United States and Canada.",
        expected=[
            actual("export", 12.4, "billion", "USD", "CA-US", period=year(2023), region="Ohio", flow="US>CA"),
            actual(
                "import", 9.1, "billion", "USD", "CA-US", period=year(2023), region="Ohio", flow="CA>US"
            ),  # as its export; a US state is the region
        ],
    ),
    Case(
        "en-direction-invested-in",
        "Japanese companies invested $2.1 billion in Vietnam in 2023, up 12 percent.",
        expected=[
            actual("investment", 2.1, "billion", "USD", "JP-VN", period=year(2023), growth=12, flow="JP>VN")
        ],
    ),
]
DIRECTION += [
    Case(
        "en-region-russian-republic",
        "The trade turnover between Kazakhstan and Russia's Bashkortostan amounted to $212 million in 2023.",
        expected=[
            actual("turnover", 212, "million", "USD", "KZ-RU", period=year(2023), region="Bashkortostan"),
        ],
    ),
    Case(
        "en-region-named-then-the-province",
        "Customs authorities in Jilin, a province bordering North Korea and Russia, said that the province's "
        "trade with Russia reached $3.1 billion in 2023.",
        expected=[actual("turnover", 3.1, "billion", "USD", "CN-RU", period=year(2023), region="Jilin")],
    ),
    Case(
        "ru-trade-fair-names-no-trade",
        "Россия и Китай наращивают взаимную торговлю. «К 2030 году товарооборот между нашими странами может "
        "составить 20 млрд долларов», – заявил министр "
        "на Торгово-инвестиционной ярмарке в Харбине, столице провинции Хэйлунцзян.",
        published=D(2024, 6, 1),
        expected=[target("turnover", 20, "млрд", "USD", "CN-RU", by=2030)],
    ),
]
DIRECTION += []
DIRECTION += [
    Case(
        "ru-region-names-its-country-for-the-article",
        "ТОРГОВЛЯ МЕЖДУ ПАВЛОДАРСКОЙ ОБЛАСТЬЮ И РФ ВЫРОСЛА\n"
        "— Главным нашим партнером является Россия. В прошлом году объем торговли составил порядка 2,1 млрд "
        "долларов, — сказал аким.",
        published=D(2024, 3, 5),
        expected=[actual("turnover", 2.1, "млрд", "USD", "KZ-RU", period=year(2023), qualifier="~")],
    ),
]
DIRECTION += [
    Case(
        "ru-direction-subject-of-a-trade-word-after-the-amount",
        "Стороны намерены довести товарооборот Армении и России до $10 млрд к 2030 году, при этом Армения "
        "рассчитывает обеспечить $3 млрд экспорта, а импорт из России – на уровне $7 млрд.",
        published=D(2024, 2, 1),
        expected=[
            target("turnover", 10, "млрд", "USD", "AM-RU", by=2030),
            target("export", 3, "млрд", "USD", "AM-RU", by=2030, flow="AM>RU"),
            target("import", 7, "млрд", "USD", "AM-RU", by=2030, flow="RU>AM"),
        ],
    ),
]
DIRECTION_GAPS: dict[str, str] = {}

# --- periods as the press writes them ----------------------------------------------------------------------

DIRECTION += [
    Case(
        "en-the-adjective-country-is-the-one-just-introduced",
        "China's trade with Russia rose 12 percent to $11.2 billion in the first half of 2024, customs said. "
        "Kazakhstan overtook Thailand to become one of China's fastest-growing trading partners. Trade "
        "with the Central Asian country stood at $1.1 billion in the same period.",
        expected=[
            actual("turnover", 11.2, "billion", "USD", "CN-RU", period=months(2024, 1, 6), growth=12),
            actual("turnover", 1.1, "billion", "USD", "CN-KZ", period=months(2024, 1, 6)),
        ],
    ),
    Case(
        "en-where-the-country-lies-narrows-the-choice",
        "China's trade with Kazakhstan reached $41 billion in 2023, customs said. Exports to the Central Asian "
        "country reached $24.7 billion in 2023.",
        expected=[
            actual("turnover", 41, "billion", "USD", "CN-KZ", period=year(2023)),
            actual("export", 24.7, "billion", "USD", "CN-KZ", period=year(2023), flow="CN>KZ"),
        ],
    ),
    Case(
        "ru-this-country-is-the-one-just-introduced-not-the-sentence-own",
        "В 2023 году товарооборот Японии и России сократился на 30%, до 14 млрд долларов. Зато вырос экспорт "
        "в Армению. Экспорт Японии в эту закавказскую страну за год составил 320 млн долларов.",
        expected=[
            actual("turnover", 14, "млрд", "USD", "JP-RU", period=year(2023), growth=-30),
            actual("export", 320, "млн", "USD", "AM-JP", period=year(2023), flow="JP>AM"),
        ],
    ),
]

PERIODS = [
    Case(
        "ru-period-months-of-last-year",
        "Товарооборот между Россией и Арменией за 11 месяцев прошлого года вырос на 7% и составил $6,9 млрд.",
        published=D(2024, 2, 3),
        expected=[actual("turnover", 6.9, "млрд", "USD", "AM-RU", period=months(2023, 1, 11), growth=7)],
    ),
    Case(
        "ru-period-first-half-as-polovina",
        "За первую половину текущего года товарооборот России и Ирана вырос на 12% — до 2,1 млрд долларов.",
        published=D(2024, 8, 20),
        expected=[actual("turnover", 2.1, "млрд", "USD", "IR-RU", period=months(2024, 1, 6), growth=12)],
    ),
    Case(
        "ru-period-same-period-last-year",
        "За январь-май товарооборот Беларуси и Китая составил 3,4 млрд долларов. В прошлом году за тот же "
        "период он составлял 2,9 млрд долларов.",
        published=D(2024, 6, 25),
        expected=[
            actual("turnover", 3.4, "млрд", "USD", "BY-CN", period=months(2024, 1, 5)),
            actual("turnover", 2.9, "млрд", "USD", "BY-CN", period=months(2023, 1, 5)),
        ],
    ),
    Case(
        "ru-period-month-to-month-across-years",
        "Экспорт из Ирана в Индию за период с апреля 2023 года по март 2024 года составил 1,9 млрд долларов.",
        expected=[
            actual("export", 1.9, "млрд", "USD", "IN-IR", period=("2023-04-01", "2024-03-31"), flow="IR>IN")
        ],
    ),
    Case(
        "ru-period-year-with-m-suffix",
        "В 2022-м товарооборот Казахстана и Турции достиг рекордных 6,3 млрд долларов.",
        expected=[actual("turnover", 6.3, "млрд", "USD", "KZ-TR", period=year(2022))],
    ),
    Case(
        "ru-period-single-month-no-year",
        "В феврале товарооборот Китая и Монголии составил 1,1 млрд долларов, сообщила таможня.",
        published=D(2025, 3, 20),
        expected=[actual("turnover", 1.1, "млрд", "USD", "CN-MN", period=months(2025, 2, 2))],
    ),
    Case(
        "ru-period-month-after-publication-is-last-year",
        "В ноябре товарооборот Китая и Монголии составил 1,4 млрд долларов, сообщила таможня.",
        published=D(2025, 1, 15),
        expected=[actual("turnover", 1.4, "млрд", "USD", "CN-MN", period=months(2024, 11, 11))],
    ),
    Case(
        "ru-period-first-month-of-the-year",
        "По итогам первого месяца года товарооборот Казахстана с Россией составил 1,8 млрд долларов.",
        published=D(2024, 2, 28),
        expected=[actual("turnover", 1.8, "млрд", "USD", "KZ-RU", period=months(2024, 1, 1))],
    ),
    Case(
        "ru-period-this-year-from-the-article-when-undated",
        "За девять месяцев 2021 года товарооборот Узбекистана и Казахстана вырос на 30%. За январь-сентябрь "
        "текущего года экспорт из Узбекистана в Казахстан составил 1,2 млрд долларов.",
        expected=[actual("export", 1.2, "млрд", "USD", "KZ-UZ", period=months(2021, 1, 9), flow="UZ>KZ")],
    ),
    Case(
        "ru-period-last-year-from-a-comparison-when-undated",
        "В прошлом году товарооборот Казахстана с Францией составил 4,3 млрд долларов, увеличившись на 9% по "
        "сравнению с 2021 годом.",
        expected=[actual("turnover", 4.3, "млрд", "USD", "FR-KZ", period=year(2022), growth=9)],
    ),
    Case(
        "en-period-month-alone",
        "In March alone, trade between Russia and India reached $6.2 billion, customs data showed.",
        published=D(2024, 4, 18),
        expected=[actual("turnover", 6.2, "billion", "USD", "IN-RU", period=months(2024, 3, 3))],
    ),
    Case(
        "en-period-months-of-this-year-undated",
        "Trade between Kazakhstan and Uzbekistan stood at $2.8 billion in January-June 2021. In the first nine "
        "months of this year, it reached $4.1 billion.",
        expected=[
            actual("turnover", 2.8, "billion", "USD", "KZ-UZ", period=months(2021, 1, 6)),
            actual("turnover", 4.1, "billion", "USD", "KZ-UZ", period=months(2021, 1, 9)),
        ],
    ),
    Case(
        "en-period-same-period-last-year-is-a-comparison",
        "Trade between China and Brazil amounted to $86.4 billion in January-June 2024, up 9 percent compared "
        "to the same period last year.",
        expected=[actual("turnover", 86.4, "billion", "USD", "BR-CN", period=months(2024, 1, 6), growth=9)],
    ),
    Case(
        "en-period-month-year-range",
        "Between May 2022 and April 2023, India imported Russian goods worth $46.3 billion.",
        expected=[
            actual(
                "import", 46.3, "billion", "USD", "IN-RU", period=("2022-05-01", "2023-04-30"), flow="RU>IN"
            )
        ],
    ),
]
PERIODS += [
    Case(
        "ru-undated-current-year-from-its-comparison",
        "Объем взаимной торговли Казахстана и Италии за 9 месяцев текущего года вырос на 12% по сравнению с "
        "аналогичным периодом 2022 года и составил $1,9 млрд. По итогам прошлого года объем прямых "
        "инвестиций из Италии в Казахстан составил $310 млн.",
        expected=[
            actual("turnover", 1.9, "млрд", "USD", "IT-KZ", period=months(2023, 1, 9), growth=12),
            actual("investment", 310, "млн", "USD", "IT-KZ", period=year(2022), flow="IT>KZ"),
        ],
    ),
]
PERIODS_GAPS: dict[str, str] = {}

# --- fiscal years: April-March in India and Japan, July-June in Pakistan and Australia ----------------------

FISCAL = [
    Case(
        "en-fiscal-india-fy",
        "Trade between India and Russia rose to $65.7 billion in FY2023-24, the commerce ministry said.",
        expected=[actual("turnover", 65.7, "billion", "USD", "IN-RU", period=("2023-04-01", "2024-03-31"))],
    ),
    Case(
        "en-fiscal-ended-in-month",
        "Bilateral trade between India and the UAE stood at $84.5 billion in the financial year of 2022-2023 "
        "that ended on March 31.",
        expected=[actual("turnover", 84.5, "billion", "USD", "AE-IN", period=("2022-04-01", "2023-03-31"))],
    ),
    Case(
        "en-fiscal-pakistan-months-of-current",
        "Pakistan's exports to China rose 11 percent to $1.1 billion in the first five months of the current "
        "fiscal year, the State Bank said.",
        published=D(2023, 12, 20),
        expected=[
            actual(
                "export",
                1.1,
                "billion",
                "USD",
                "CN-PK",
                period=("2023-07-01", "2023-11-30"),
                growth=11,
                flow="PK>CN",
            )
        ],
    ),
    Case(
        "en-fiscal-month-range-of-a-fiscal-year",
        "Imports from Iran rose to $210.4 million during July-March (2022-23), Pakistan's central bank said.",
        expected=[
            actual(
                "import", 210.4, "million", "USD", "IR-PK", period=("2022-07-01", "2023-03-31"), flow="IR>PK"
            )
        ],
    ),
    Case(
        "en-fiscal-short-year-pair",
        "Australia was Japan's second largest supplier, with $58.2 billion of bilateral trade in 2021-22.",
        expected=[actual("turnover", 58.2, "billion", "USD", "AU-JP", period=("2021-04-01", "2022-03-31"))],
    ),
    Case(
        "en-fiscal-year-through-month",
        "Trade between South Korea and Japan fell 4 percent to $77.1 billion for the year through March.",
        published=D(2024, 5, 10),
        expected=[
            actual(
                "turnover", 77.1, "billion", "USD", "JP-KR", period=("2023-04-01", "2024-03-31"), growth=-4
            )
        ],
    ),
]
FISCAL_GAPS = {
    "en-fiscal-short-year-pair": "Australia's July-June and Japan's April-March fiscal years differ, and the "
    "reporting side of 'Japan's second largest supplier' is not found",
}

# --- currency phrases and restatements ---------------------------------------------------------------------

CURRENCIES = [
    Case(
        "en-currency-russian-rubles",
        "Trade between Russia and Armenia reached 580 billion Russian rubles in 2023, the ministry said.",
        expected=[actual("turnover", 580, "billion", "RUB", "AM-RU", period=year(2023))],
    ),
    Case(
        "en-currency-tenges",
        "In 2022, trade between Kazakhstan and Kyrgyzstan totaled 1.1 trillion tenges.",
        expected=[actual("turnover", 1.1, "trillion", "KZT", "KG-KZ", period=year(2022))],
    ),
    Case(
        "en-currency-won-sign",
        "Trade between South Korea and Vietnam rose to ₩98.4 trillion in 2023.",
        expected=[actual("turnover", 98.4, "trillion", "KRW", "KR-VN", period=year(2023))],
    ),
    Case(
        "en-currency-restated-in-brackets",
        "In 2023, trade between China and Russia reached 1.7 trillion yuan ($240.1 billion), customs said.",
        expected=[
            actual("turnover", 1.7, "trillion", "CNY", "CN-RU", period=year(2023)),
            actual("turnover", 240.1, "billion", "USD", "CN-RU", period=year(2023)),
        ],
    ),
    Case(
        "ru-currency-belarusian-rubles",
        "В 2023 году товарооборот Беларуси и Казахстана составил 2,9 млрд белорусских рублей.",
        expected=[actual("turnover", 2.9, "млрд", "BYN", "BY-KZ", period=year(2023))],
    ),
    Case(
        "ru-currency-in-american-currency",
        "За прошлый год инвестиции из Кореи в Узбекистан составили около 640 млн в американской валюте.",
        published=D(2024, 2, 1),
        expected=[
            actual("investment", 640, "млн", "USD", "KR-UZ", period=year(2023), qualifier="~", flow="KR>UZ")
        ],
    ),
    Case(
        "ru-currency-restated-shares-its-trade-word",
        "Товары на сумму 540 млрд рублей ($6,1 млрд) были поставлены из России в Армению в 2023 году.",
        expected=[
            actual("export", 540, "млрд", "RUB", "AM-RU", period=year(2023), flow="RU>AM"),
            actual("export", 6.1, "млрд", "USD", "AM-RU", period=year(2023), flow="RU>AM"),
        ],
    ),
]
CURRENCIES_GAPS = {
    "ru-currency-restated-shares-its-trade-word": "'были поставлены' (passive of поставить) is not a trade word",
}

# --- rankings and lists of partners -------------------------------------------------------------------------

LISTS = [
    Case(
        "ru-list-brackets",
        "По итогам 2023 года в число крупнейших торговых партнеров Казахстана вошли Китай ($31,5 млрд), "
        "Россия ($26,8 млрд) и Италия ($17,1 млрд).",
        expected=[
            actual("turnover", 31.5, "млрд", "USD", "CN-KZ", period=year(2023)),
            actual("turnover", 26.8, "млрд", "USD", "KZ-RU", period=year(2023)),
            actual("turnover", 17.1, "млрд", "USD", "IT-KZ", period=year(2023)),
        ],
    ),
    Case(
        "ru-list-dashes",
        "В 2022 году товарооборот Туркменистана составил 16,7 млрд долларов. На первом месте Китай - 10,2 млрд "
        "долларов, на втором месте Турция - 1,9 млрд.",
        expected=[
            actual("turnover", 10.2, "млрд", "USD", "CN-TM", period=year(2022)),
            actual("turnover", 1.9, "млрд", "USD", "TM-TR", period=year(2022)),
        ],
    ),
    Case(
        "en-list-followed-by-with",
        "In 2023, China remained Brazil's top export market with $104.3 billion, followed by the United States "
        "with $36.9 billion.",
        expected=[
            actual("export", 104.3, "billion", "USD", "BR-CN", period=year(2023), flow="BR>CN"),
            actual("export", 36.9, "billion", "USD", "BR-US", period=year(2023), flow="BR>US"),
        ],
    ),
    Case(
        "en-list-respectively",
        "Kazakhstan's exports in 2023 reached $78.7 billion. Italy and China were the top buyers with $15.1 "
        "billion and $13.9 billion, respectively.",
        expected=[
            actual("export", 15.1, "billion", "USD", "IT-KZ", period=year(2023), flow="KZ>IT"),
            actual("export", 13.9, "billion", "USD", "CN-KZ", period=year(2023), flow="KZ>CN"),
        ],
    ),
]
LISTS += [
    Case(
        "en-list-owner-with-several-adjectives",
        "In 2023, France's second and third most important trading partners were Italy and Spain, with "
        "trade at 102.4 billion euros and 98.7 billion euros, respectively.",
        expected=[
            actual("turnover", 102.4, "billion", "EUR", "FR-IT", period=year(2023)),
            actual("turnover", 98.7, "billion", "EUR", "ES-FR", period=year(2023)),
        ],
    ),
    Case(
        "ru-list-side-is-not-an-item-of-the-sentence-before",
        "Товарооборот России со странами Закавказья в 2023 году достиг 25 млрд долларов. Лидером стала "
        "Армения - 7,3 млрд долларов. На втором месте Азербайджан - 4,3 млрд, на третьем Грузия - 1,8 млрд.",
        expected=[
            actual("turnover", 7.3, "млрд", "USD", "AM-RU", period=year(2023)),
            actual("turnover", 4.3, "млрд", "USD", "AZ-RU", period=year(2023)),
            actual("turnover", 1.8, "млрд", "USD", "GE-RU", period=year(2023)),
        ],
    ),
]
LISTS += [
    Case(
        "en-list-partner-after-each-amount",
        "In terms of imports, France bought 41.2 billion euros of Chinese goods in 2023. Imports fell 8.1 "
        "percent to 52.4 billion euros from Germany and were down 3.2 percent to 30.1 billion from Italy.",
        expected=[
            actual("import", 41.2, "billion", "EUR", "CN-FR", period=year(2023), flow="CN>FR"),
            actual("import", 52.4, "billion", "EUR", "DE-FR", period=year(2023), growth=-8.1, flow="DE>FR"),
            actual("import", 30.1, "billion", "EUR", "FR-IT", period=year(2023), growth=-3.2, flow="IT>FR"),
        ],
    ),
    Case(
        "en-list-goes-on-with-the-period-said-before-it",
        "Kazakhstan's exports to its top market, China, hit a record of $12.4 billion in the first nine months "
        "of the year.\n\nExports have set records in each of the first nine months of this year.\n\nChina, "
        "which stayed Kazakhstan's top export market, was followed by Italy with $9.2 billion. Russia is third, "
        "having received over $6.3 billion worth of Kazakh goods.",
        published=D(2024, 10, 8),
        expected=[
            actual("export", 12.4, "billion", "USD", "CN-KZ", period=months(2024, 1, 9), flow="KZ>CN"),
            actual("export", 9.2, "billion", "USD", "IT-KZ", period=months(2024, 1, 9), flow="KZ>IT"),
            actual(
                "export",
                6.3,
                "billion",
                "USD",
                "KZ-RU",
                period=months(2024, 1, 9),
                qualifier=">",
                flow="KZ>RU",
            ),
        ],
    ),
]
LISTS_GAPS = {
    "en-list-followed-by-with": "'China remained Brazil's top export market with $104.3 billion': the first "
    "item's country stands before its list noun, not next to the amount",
}

# --- not trade figures: totals, blocs, sectors, gains and losses, prices -------------------------------------

NOT_FACTS = [
    Case(
        "ru-not-a-gain",
        "Товарооборот России и Беларуси растет: это фактически плюс 2,3 млрд долларов к прошлому году.",
        expected=[],
    ),
    Case(
        "en-not-a-loss",
        "Germany lost almost 4 billion euros on its exports to Russia in the first half of 2015.",
        expected=[],
    ),
    Case(
        "en-not-a-sector-after-the-amount",
        "In 2023, China imported $64.7 billion worth of crude oil from Russia.",
        expected=[],
    ),
    Case(
        "en-not-a-sector-before-the-trade-word",
        "In 2023, Vietnam's apparel exports to Japan stood at $4.1 billion.",
        expected=[],
    ),
    Case(
        "ru-not-a-price",
        "Казахстан и Китай договорились о поставках, тонна пшеницы стоит 280 долларов.",
        expected=[],
    ),
    Case(
        "en-not-trade-with-members-of-a-union",
        "In 2023, Kyrgyzstan's trade with the other members of the union reached $3.9 billion.",
        expected=[],
    ),
    Case(
        "ru-blocker-in-a-circumstance-is-no-blocker",
        "В 2012 году товарооборот между Россией и Италией на фоне долгового кризиса сократился до 29 млрд "
        "долларов.",
        expected=[actual("turnover", 29, "млрд", "USD", "IT-RU", period=year(2012))],
    ),
    Case(
        "ru-foreign-trade-between-two-is-bilateral",
        "Суммарный объем внешней торговли между нашими странами в прошлом году составил 45 млрд долларов, "
        "заявил посол Беларуси в России.",
        published=D(2024, 3, 1),
        expected=[actual("turnover", 45, "млрд", "USD", "BY-RU", period=year(2023))],
    ),
    Case(
        "en-imports-and-exports-of-a-province-are-its-foreign-trade",
        "Heilongjiang's imports and exports rose 12.8 percent to 212.4 billion yuan in the first ten months "
        "of 2023, while its trade with Russia reached 142.4 billion yuan.",
        expected=[
            actual(
                "turnover",
                142.4,
                "billion",
                "CNY",
                "CN-RU",
                period=months(2023, 1, 10),
                region="Heilongjiang",
            )
        ],
    ),
]
NOT_FACTS += [
    Case(
        "en-country-total-with-its-months-before-the-trade-word",
        "Kazakhstan's exports to China reached $12.1 billion in January-September.\n\nGrain led the "
        "shipments.\n\nKazakhstan's January-September exports rose 8.4% to $58.3 billion.",
        published=D(2024, 10, 8),
        expected=[actual("export", 12.1, "billion", "USD", "CN-KZ", period=months(2024, 1, 9), flow="KZ>CN")],
    ),
    Case(
        "en-sentences-going-on-with-a-country-total",
        "Türkiye's exports to Germany reached $16.1 billion from January through September.\n\nTürkiye's exports rose 8.4% "
        "from a year ago to $204.1 billion. Imports were up 31.2% to over $301 billion.\n\nExports had closed "
        "2022 at $254.2 billion.",
        published=D(2023, 10, 8),
        expected=[actual("export", 16.1, "billion", "USD", "DE-TR", period=months(2023, 1, 9), flow="TR>DE")],
    ),
    Case(
        "ru-sentence-going-on-with-a-country-total",
        "Экспорт Казахстана в Китай за январь-июнь составил 7,2 млрд долларов. Внешнеторговый оборот "
        "Казахстана за полугодие достиг 68 млрд долларов. Экспорт составил 39 млрд долларов.",
        published=D(2024, 8, 1),
        expected=[actual("export", 7.2, "млрд", "USD", "CN-KZ", period=months(2024, 1, 6), flow="KZ>CN")],
    ),
]
NOT_FACTS += [
    Case(
        "ru-an-institution-named-after-foreign-trade-is-a-source",
        "По данным Министерства экономики и внешней торговли Грузии, экспорт Грузии в Армению за январь-март "
        "2024 года составил 310 млн долларов.",
        expected=[actual("export", 310, "млн", "USD", "AM-GE", period=months(2024, 1, 3), flow="GE>AM")],
    ),
    Case(
        "en-an-institution-named-after-foreign-trade-is-a-source",
        "According to the Japan External Trade Organization, the value of goods exported to Vietnam reached "
        "$2.1 billion in March 2024, up 12% from a year earlier.",
        expected=[
            actual(
                "export", 2.1, "billion", "USD", "JP-VN", period=months(2024, 3, 3), growth=12, flow="JP>VN"
            )
        ],
    ),
]
NOT_FACTS_GAPS: dict[str, str] = {}

# --- targets and forecasts ---------------------------------------------------------------------------------

TARGETS = [
    Case(
        "ru-target-future-verb",
        "Россия и Индонезия за пять лет удвоят товарооборот до $10 млрд, заявил министр.",
        published=D(2024, 6, 1),
        expected=[target("turnover", 10, "млрд", "USD", "ID-RU", by=None)],
    ),
    Case(
        "ru-target-this-year",
        "Казахстан и Узбекистан намерены в текущем году довести товарооборот до 10 млрд долларов.",
        published=D(2024, 3, 1),
        expected=[target("turnover", 10, "млрд", "USD", "KZ-UZ", by=2024)],
    ),
    Case(
        "ru-target-baseline-is-reported",
        "Стороны договорились довести товарооборот до 3 млрд долларов в 2025 году в сравнении с 2,1 млрд "
        "долларов в 2024 году, сообщили в правительстве Казахстана и Кыргызстана.",
        published=D(2025, 2, 10),
        expected=[
            target("turnover", 3, "млрд", "USD", "KG-KZ", by=2025),
            actual("turnover", 2.1, "млрд", "USD", "KG-KZ", period=year(2024)),
        ],
    ),
    Case(
        "ru-target-forecast-may-turn-out",
        "Объем торговли между Россией и Вьетнамом в 2024 году может оказаться выше $7 млрд.",
        published=D(2024, 9, 1),
        expected=[target("turnover", 7, "млрд", "USD", "RU-VN", by=2024, qualifier=">")],
    ),
    Case(
        "en-target-up-from",
        "The two countries aim to reach $50 billion in bilateral trade by 2030, up from $31.2 billion in 2023, "
        "Vietnam and India said.",
        published=D(2024, 8, 1),
        expected=[
            target("turnover", 50, "billion", "USD", "IN-VN", by=2030),
            actual("turnover", 31.2, "billion", "USD", "IN-VN", period=year(2023)),
        ],
    ),
    Case(
        "en-target-by-the-end-of-this-year",
        "Pakistan's exports to China are likely to reach $3 billion by the end of this year.",
        published=D(2024, 8, 5),
        expected=[target("export", 3, "billion", "USD", "CN-PK", by=2024, flow="PK>CN")],
    ),
    Case(
        "ru-past-year-right-after-the-amount-is-reported",
        "Нужно превратить $3,6 млрд нашего товарооборота в 2008 году в $12 млрд к 2013 году, сказала министр "
        "о торговле России и Вьетнама.",
        published=D(2009, 2, 5),
        expected=[
            actual("turnover", 3.6, "млрд", "USD", "RU-VN", period=year(2008)),
            target("turnover", 12, "млрд", "USD", "RU-VN", by=2013),
        ],
    ),
]
TARGETS += [
    Case(
        "en-target-within-years-of-signing-has-no-year",
        "The agreement between Canada and India is expected to lift bilateral trade in goods to $50 billion "
        "and services to $9 billion within five years of signing.",
        published=D(2023, 3, 1),
        expected=[target("turnover", 50, "billion", "USD", "CA-IN", by=None)],
    ),
]
TARGETS_GAPS: dict[str, str] = {}

# --- comparisons and parallel clauses: whose time is it, whose change -------------------------------------

COMPARISONS = [
    Case(
        "en-clauses-share-the-final-time",
        "Trade between Georgia and Armenia reached $980 million in January-May 2024. Georgia's exports to "
        "Armenia amounted to $410 million, while imports from Armenia stood at $570 million in this period.",
        published=D(2024, 6, 20),
        expected=[
            actual("turnover", 980, "million", "USD", "AM-GE", period=months(2024, 1, 5)),
            actual("export", 410, "million", "USD", "AM-GE", period=months(2024, 1, 5), flow="GE>AM"),
            actual("import", 570, "million", "USD", "AM-GE", period=months(2024, 1, 5), flow="AM>GE"),
        ],
    ),
    Case(
        "ru-clauses-share-the-final-time",
        "Товарооборот Армении и Грузии составил 980 млн долларов за январь-май 2024 года. Экспорт Грузии в "
        "Армению составил 410 млн долларов, а импорт из Армении — 570 млн долларов за этот период.",
        published=D(2024, 6, 20),
        expected=[
            actual("turnover", 980, "млн", "USD", "AM-GE", period=months(2024, 1, 5)),
            actual("export", 410, "млн", "USD", "AM-GE", period=months(2024, 1, 5), flow="GE>AM"),
            actual("import", 570, "млн", "USD", "AM-GE", period=months(2024, 1, 5), flow="AM>GE"),
        ],
    ),
    Case(
        "en-this-period-is-the-reported-one-not-the-compared-one",
        "Trade between Turkey and Azerbaijan totaled $3.1 billion from January through May 2024. It rose 12 "
        "percent compared to the same period last year ($2.77 billion in January-May 2023). Exports to "
        "Azerbaijan totaled $2.2 billion, while imports reached $0.9 billion during this period.",
        published=D(2024, 6, 20),
        expected=[
            actual("turnover", 3.1, "billion", "USD", "AZ-TR", period=months(2024, 1, 5)),
            actual("turnover", 2.77, "billion", "USD", "AZ-TR", period=months(2023, 1, 5)),
            actual("export", 2.2, "billion", "USD", "AZ-TR", period=months(2024, 1, 5), flow="TR>AZ"),
            actual("import", 0.9, "billion", "USD", "AZ-TR", period=months(2024, 1, 5), flow="AZ>TR"),
        ],
    ),
    Case(
        "en-change-belongs-to-the-figure-not-its-base",
        "Pakistan's exports to Bangladesh were recorded at $512.4 million during July-June (2022-23) against "
        "$701.3 million during July-June (2021-22), showing negative growth of 26.94 percent.",
        expected=[
            actual(
                "export",
                512.4,
                "million",
                "USD",
                "BD-PK",
                period=("2022-07-01", "2023-06-30"),
                growth=-26.94,
                flow="PK>BD",
            ),
            actual(
                "export", 701.3, "million", "USD", "BD-PK", period=("2021-07-01", "2022-06-30"), flow="PK>BD"
            ),
        ],
    ),
    Case(
        "ru-target-keeps-its-own-year-before-the-next-deadline",
        "Стороны договорились довести товарооборот Казахстана и Таджикистана до 1,5 миллиарда долларов в "
        "2024 году и до 3 миллиардов к 2030 году.",
        published=D(2023, 9, 1),
        expected=[
            target("turnover", 1.5, "млрд", "USD", "KZ-TJ", by=2024),
            target("turnover", 3, "млрд", "USD", "KZ-TJ", by=2030),
        ],
    ),
]
COMPARISONS += [
    Case(
        "en-time-after-while-is-the-next-clauses",
        "Uzbekistan's exports to China in April rose 6% reaching $212.5 million while in May they fell 3% to "
        "$198.1 million.",
        published=D(2024, 6, 10),
        expected=[
            actual(
                "export", 212.5, "million", "USD", "CN-UZ", period=months(2024, 4, 4), growth=6, flow="UZ>CN"
            ),
            actual(
                "export", 198.1, "million", "USD", "CN-UZ", period=months(2024, 5, 5), growth=-3, flow="UZ>CN"
            ),
        ],
    ),
    Case(
        "en-compared-with-the-same-period-of-a-year-which-was",
        "In the first half of this year, trade between Vietnam and Thailand grew 7 percent to $10.4 billion as "
        "compared with the same period in 2023 which was $9.72 billion.",
        published=D(2024, 8, 1),
        expected=[
            actual("turnover", 10.4, "billion", "USD", "TH-VN", period=months(2024, 1, 6), growth=7),
            actual("turnover", 9.72, "billion", "USD", "TH-VN", period=months(2023, 1, 6)),
        ],
    ),
    Case(
        "en-against-last-year-is-the-same-months-a-year-back",
        "Pakistan's imports from Malaysia were recorded at $1,204 million during July-March (2022-23) against "
        "$1,391 million last year.",
        published=D(2023, 4, 20),
        expected=[
            actual(
                "import", 1204, "million", "USD", "MY-PK", period=("2022-07-01", "2023-03-31"), flow="MY>PK"
            ),
            actual(
                "import", 1391, "million", "USD", "MY-PK", period=("2021-07-01", "2022-03-31"), flow="MY>PK"
            ),
        ],
    ),
    Case(
        "en-from-last-years-figure-to",
        "Tajikistan's exports to Kazakhstan decreased by 8% from last year's figure of $410 million to $377 "
        "million in the first seven months of 2024.",
        published=D(2024, 8, 15),
        expected=[
            actual("export", 410, "million", "USD", "KZ-TJ", period=months(2023, 1, 7), flow="TJ>KZ"),
            actual(
                "export", 377, "million", "USD", "KZ-TJ", period=months(2024, 1, 7), growth=-8, flow="TJ>KZ"
            ),
        ],
    ),
    Case(
        "ru-compared-year-then-reported-figure",
        "В прошлом году товарооборот Казахстана и Азербайджана вырос на 12% по сравнению с 2022 годом и "
        "составил 580 млн долларов.",
        published=D(2024, 2, 1),
        expected=[actual("turnover", 580, "млн", "USD", "AZ-KZ", period=year(2023), growth=12)],
    ),
]
COMPARISONS += [
    Case(
        "en-new-paragraph-takes-no-year-from-the-last-sentence",
        "Chile posted a trade surplus of $9.1 billion with China in the first six months of 2024. The previous "
        "record, set in 2021, was $11.2 billion.\n\nBy the end of June, Chilean exports to China totalled $19.4 "
        "billion.",
        expected=[
            actual("export", 19.4, "billion", "USD", "CL-CN", period=months(2024, 1, 6), flow="CL>CN"),
        ],
    ),
    Case(
        "en-change-verbs-of-the-wires",
        "Argentina's exports to China dipped 6.2 percent to $3.1 billion in 2023, while its imports from "
        "China slumped 11 percent to $9.4 billion.",
        expected=[
            actual("export", 3.1, "billion", "USD", "AR-CN", period=year(2023), growth=-6.2, flow="AR>CN"),
            actual("import", 9.4, "billion", "USD", "AR-CN", period=year(2023), growth=-11, flow="CN>AR"),
        ],
    ),
    Case(
        "en-list-says-its-verb-once",
        "In 2021, trade between Turkey and Russia increased by 26% to $33 billion, and in 2022 - by 87%, to "
        "$62 billion.",
        expected=[
            actual("turnover", 33, "billion", "USD", "RU-TR", period=year(2021), growth=26),
            actual("turnover", 62, "billion", "USD", "RU-TR", period=year(2022), growth=87),
        ],
    ),
]
COMPARISONS += [
    Case(
        "ru-growth-named-by-a-noun",
        "Прирост взаимной торговли Казахстана и Армении в 2023-м составил 14% и достиг 42 млн долларов.",
        expected=[actual("turnover", 42, "млн", "USD", "AM-KZ", period=year(2023), growth=14)],
    ),
    Case(
        "ru-growth-said-before-the-figure",
        "Товарооборот Белоруссии и Казахстана в январе – сентябре вырос на 4,1%, сообщил вице-премьер.\n"
        "«Мы видим устойчивый рост», – отметил он.\n"
        "По данным статистики, объем торговли за девять месяцев составил $1,05 млрд.",
        published=D(2024, 11, 2),
        expected=[actual("turnover", 1.05, "млрд", "USD", "BY-KZ", period=months(2024, 1, 9), growth=4.1)],
    ),
    Case(
        "ru-growth-said-before-is-not-another-periods",
        "Товарооборот Белоруссии и Казахстана в 2023 году вырос на 4,1%. За январь – сентябрь 2024 года "
        "объем торговли составил $1,05 млрд.",
        expected=[actual("turnover", 1.05, "млрд", "USD", "BY-KZ", period=months(2024, 1, 9))],
    ),
]
COMPARISONS += [
    Case(
        "en-a-series-goes-on-in-the-next-sentence",
        "Bangladesh's imports from India rose to $13.7 billion in 2022. For this year, Bangladesh's inbound "
        "shipments are estimated at $14.9 billion.",
        published=D(2023, 12, 1),
        expected=[
            actual("import", 13.7, "billion", "USD", "BD-IN", period=year(2022), flow="IN>BD"),
            target("import", 14.9, "billion", "USD", "BD-IN", by=2023, flow="IN>BD"),
        ],
    ),
    Case(
        "en-a-countrys-total-after-a-pair-figure-is-not-the-series",
        "Bangladesh's imports from India rose to $13.7 billion in 2022. Bangladesh's imports totalled $89.2 "
        "billion in 2022.",
        expected=[actual("import", 13.7, "billion", "USD", "BD-IN", period=year(2022), flow="IN>BD")],
    ),
    Case(
        "en-fiscal-the-twelve-months-of-against-last-year",
        "Pakistan exported goods worth $1.2 billion to Afghanistan during the twelve months of fiscal year "
        "2023-24 against the exports of $0.9 billion during last year.",
        published=D(2024, 8, 1),
        expected=[
            actual(
                "export", 1.2, "billion", "USD", "AF-PK", period=("2023-07-01", "2024-06-30"), flow="PK>AF"
            ),
            actual(
                "export", 0.9, "billion", "USD", "AF-PK", period=("2022-07-01", "2023-06-30"), flow="PK>AF"
            ),
        ],
    ),
]
COMPARISONS_GAPS: dict[str, str] = {}

CASES = [*DIRECTION, *PERIODS, *FISCAL, *CURRENCIES, *LISTS, *NOT_FACTS, *TARGETS, *COMPARISONS]
GAPS = {
    **COMPARISONS_GAPS,
    **DIRECTION_GAPS,
    **PERIODS_GAPS,
    **FISCAL_GAPS,
    **CURRENCIES_GAPS,
    **LISTS_GAPS,
    **NOT_FACTS_GAPS,
    **TARGETS_GAPS,
}


@pytest.mark.parametrize("case", case_params(CASES, GAPS))
def test_real_news_case(case: Case) -> None:
    check_case(case)
