"""Real news phrasing, more families (issue "Real news"): articles that carry no date (wire copy reprinted
with only "April 12"), and a figure said twice (a headline rounding the body's). Written the way wire
services phrase them; none is a copy of a practice passage.
"""

from __future__ import annotations

import pytest

from cases_helpers import Case, actual, case_params, check_case, months

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
UNDATED_GAPS: dict[str, str] = {}

# --- a figure said twice ---------------------------------------------------------------------------------------

REPEATS = [
    Case(
        "en-a-headline-rounding-the-body-figure-is-one-fact",
        "Kazakhstan-China trade rises 12% to $10.1 bln in first quarter\n\nASTANA, April 20 - Trade between "
        "Kazakhstan and China reached $10.08 billion in January-March 2024, up 12.3 percent year on year.",
        expected=[actual("turnover", 10.08, "billion", "USD", "CN-KZ", period=months(2024, 1, 3), growth=12.3)],
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
REPEATS_GAPS: dict[str, str] = {}

CASES = [*UNDATED, *REPEATS]
GAPS = {**UNDATED_GAPS, **REPEATS_GAPS}


@pytest.mark.parametrize("case", case_params(CASES, GAPS))
def test_real_news_case(case: Case) -> None:
    check_case(case)
