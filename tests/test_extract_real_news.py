"""Real news phrasing, family by family (issue "Real news"): (text -> expected facts) written the way wire
services, ministries and business papers phrase trade figures, in Russian and English together. None is a
copy of a practice passage (../shared/realdev); each row stands for a phenomenon, not a sentence.
"""

from __future__ import annotations

import datetime as dt

import pytest

from cases_helpers import Case, actual, assert_facts, months, year

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
            actual("export", 12.4, "billion", "USD", "CA-US", period=year(2023), flow="US>CA"),
            actual(
                "import", 9.1, "billion", "USD", "CA-US", period=year(2023), flow=None
            ),  # Ohio: no country
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
DIRECTION_GAPS: dict[str, str] = {}

# --- periods as the press writes them ----------------------------------------------------------------------

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

CASES = [*DIRECTION, *PERIODS, *FISCAL]
GAPS = {**DIRECTION_GAPS, **PERIODS_GAPS, **FISCAL_GAPS}
assert len({case.id for case in CASES}) == len(CASES), "case ids must be unique"


def _param(case: Case) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=GAPS[case.id])] if case.id in GAPS else []
    return pytest.param(case, id=case.id, marks=marks)


@pytest.mark.parametrize("case", [_param(case) for case in CASES])
def test_real_news_case(case: Case) -> None:
    from tradeviz import extract_text

    frame = extract_text(case.text, published=case.published)
    assert_facts(frame, case.expected, case.text)
