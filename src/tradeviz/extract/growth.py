"""Stated changes as a table of named rules, each with the signed percentage it means.

"вырос на 12%", "up 32% from 2013", "(+5,2%)", "увеличился в 1,5 раза", "doubled", "или на 29%": a change
goes to the figure of its sentence nearest to it (see `facts`).
"""

from __future__ import annotations

from decimal import Decimal

import regex

from tradeviz.extract import vocab
from tradeviz.extract.growth_zh_kk import GROWTH_RULES_ZH_KK
from tradeviz.extract.kit import TIMEOUT, Rule, RuleTable, fragments

_PERCENT = r"(?:%|\s*(?:процент\w*|проц\.|percent|per\s+cent|pct|pc)(?!\w))"
_PCT = r"\d+(?:[.,]\d+)?"
UP_WORDS = fragments(vocab.GROWTH_UP_WORDS)
DOWN_WORDS = fragments(
    vocab.GROWTH_DOWN_WORDS
)  # also for the direction of a change stated apart from its verb
_GAP = r"(?:\s+[^\s\d%()]+){0,3}?"  # a few words, none a number
_APPROX = (
    r"(?:(?:почти|около|более\s+чем|более|свыше|примерно|almost|nearly|about|over|more\s+than|some)\s+)?"
)
_TIMES = r"(?P<times>\d+(?:[.,]\d+)?|полтора|два|три|четыре|пять)\s+раз[а]?"

_TIMES_WORDS = {
    "полтора": Decimal("1.5"),
    "два": Decimal(2),
    "три": Decimal(3),
    "четыре": Decimal(4),
    "пять": Decimal(5),
}
_FACTOR_WORDS = {
    "two": Decimal(2),
    "three": Decimal(3),
    "four": Decimal(4),
    "five": Decimal(5),
    "ten": Decimal(10),
}
_FACTOR_WORD = "(?:" + "|".join(_FACTOR_WORDS) + ")"
_DOWN_BEFORE = regex.compile(rf"(?<!\w){DOWN_WORDS}(?!\w)")
# "Он вырос на 14,3%": a change said of the figure just given.
PRONOUN = regex.compile(r"(?<!\w)(?:он|она|оно|они|it|this|that|бұл|ол)(?!\w)")  # "Бұл ... 15 пайызға көп"


def _number(text: str) -> Decimal:
    return Decimal(text.replace(",", "."))


def _verb_then_percent(match: regex.Match[str]) -> Decimal:
    sign = -1 if match.group("down") else 1
    return sign * _number(match.group("pct"))


def _percent_then_verb(match: regex.Match[str]) -> Decimal:
    sign = -1 if match.group("down_after") else 1
    return sign * _number(match.group("pct_first"))


def _signed_percent(match: regex.Match[str]) -> Decimal:
    sign = -1 if match.group("sign") == "-" else 1
    return sign * _number(match.group("pct_signed"))


def _times(factor: Decimal) -> Decimal:
    return (factor - 1) * 100


def _times_ru(match: regex.Match[str]) -> Decimal:
    word = match.group("times")
    return _times(_TIMES_WORDS.get(word) or _number(word))


def _times_down(match: regex.Match[str]) -> Decimal:
    """ "сократился в 2 раза", "в 3 раза меньше": a factor down is (1/N - 1) * 100 %."""
    word = match.group("times_down") or match.group("times_less")
    factor = _TIMES_WORDS.get(word) or _number(word)
    return ((1 / factor - 1) * 100).quantize(Decimal("0.1"))


def _halved(match: regex.Match[str]) -> Decimal:
    return Decimal(-50)


def _times_more_ru(match: regex.Match[str]) -> Decimal:
    """ "в 5 раз больше, чем годом ранее": five times as much is 400 % more."""
    word = match.group("times_more")
    return _times(_TIMES_WORDS.get(word) or _number(word))


def _times_as_much_en(match: regex.Match[str]) -> Decimal:
    """ "1.6 times as much as in the same period last year": 60 % more."""
    word = match.group("factor_as")
    return _times(_FACTOR_WORDS.get(word) or _number(word))


def _times_en(match: regex.Match[str]) -> Decimal:
    word = match.group("factor_en")
    return _times(_FACTOR_WORDS.get(word) or _number(word))


def _doubling(match: regex.Match[str]) -> Decimal:
    word = match.group("double")
    return Decimal(200) if word.startswith(("втрое", "утроил", "tripled")) else Decimal(100)


def _or_percent(match: regex.Match[str]) -> Decimal:
    """The direction is the verb's, said before: "снизился до 620 млн, или на 29%"."""
    before = match.string[max(0, match.start() - 120) : match.start()]
    sign = -1 if _DOWN_BEFORE.search(before) else 1
    return sign * _number(match.group("pct_or"))


def _growth_noun(match: regex.Match[str]) -> Decimal:
    """A change named by a noun: "рост объёма торговли в 2023-м составил 30%", "the decline was 4%"."""
    down = match.group("noun").startswith(("сниж", "паден", "сокращ", "decline", "drop"))
    return (-1 if down else 1) * _number(match.group("pct_noun"))


def _elided_verb(match: regex.Match[str]) -> Decimal:
    """A list that says its verb once: "increased by 19.2% in 2020, in 2021 - by 35.8%"."""
    before = match.string[max(0, match.start() - 120) : match.start()]
    sign = -1 if _DOWN_BEFORE.search(before) else 1
    return sign * _number(match.group("pct_elided"))


GROWTH_RULES: RuleTable[Decimal] = RuleTable(
    [
        Rule(
            "verb_then_percent",
            # not "снизилась до 3,2%", "fell to 5%": a level, not a change
            rf"(?:(?P<up>{UP_WORDS})|(?P<down>{DOWN_WORDS})){_GAP}\s+(?:на\s+|by\s+|of\s+)?(?<!(?:до|to|from|с|со)\s+){_APPROX}(?P<pct>{_PCT}){_PERCENT}",
            _verb_then_percent,
            ("вырос на 12,5%", "rose by 20 percent", "снизился на 3 проц."),
        ),
        Rule(
            "percent_then_verb",
            rf"(?:на\s+)?{_APPROX}(?P<pct_first>{_PCT}){_PERCENT}\s+(?:(?P<up_after>{UP_WORDS})|(?P<down_after>{DOWN_WORDS}))",
            _percent_then_verb,
            ("на 12% больше", "20% higher", "5.2 percent lower"),
        ),
        Rule(
            "signed_percent",
            rf"\(\s*(?P<sign>[+-])\s*(?P<pct_signed>{_PCT})\s*%",
            _signed_percent,
            ("(+5,2%)", "(-3%)"),
        ),
        Rule(
            "times_ru",
            rf"(?:увеличил\w*|увеличив\w*|вырос\w*|выросл\w*|возрос\w*|рост\w*){_GAP}\s+в\s+{_TIMES}",
            _times_ru,
            ("вырос в 1,5 раза", "увеличился в два раза"),
        ),
        Rule(
            "times_down_ru",
            rf"(?:сократил|сократив|снизил|снизив|уменьшил|уменьшив|упал|упав|сокращени|снижени)\w*{_GAP}\s+в\s+"
            rf"{_TIMES.replace('<times>', '<times_down>')}",
            _times_down,
            ("сократился в 2 раза", "снизился в полтора раза"),
        ),
        Rule(
            "times_less_ru",
            rf"(?<!\w)в\s+{_TIMES.replace('<times>', '<times_less>')}\s+(?:меньше|ниже)(?!\w)",
            _times_down,
            ("в 2 раза меньше", "в три раза ниже"),
        ),
        Rule(
            "halved",
            r"(?P<half_down>halved|fell\s+by\s+half|вдвое\s+(?:меньше|ниже)"
            r"|(?:сократил|снизил|уменьшил|упал|сократив|снизив|уменьшив|упав)\w*\s+вдвое)",
            _halved,
            ("halved", "снизился вдвое", "вдвое меньше"),
        ),
        Rule(
            "times_more_ru",
            rf"(?<!\w)в\s+{_TIMES.replace('<times>', '<times_more>')}\s+(?:больше|выше)(?!\w)",
            _times_more_ru,
            ("в 5 раз больше", "в полтора раза выше"),
        ),
        Rule(
            "times_en",
            rf"(?:{UP_WORDS}){_GAP}\s+(?:by\s+)?{_APPROX}(?P<factor_en>{_PCT}|{_FACTOR_WORD})(?:\s*-?\s*fold|\s+times)",
            _times_en,
            ("increased 3-fold", "grew 2.5 times", "jumped nearly four times"),
        ),
        Rule(
            "times_as_much_en",
            rf"{_APPROX}(?P<factor_as>{_PCT}|{_FACTOR_WORD})\s+times\s+(?:as\s+(?:much|high|large)\s+as|more\s+than)",
            _times_as_much_en,
            ("almost 1.6 times as much as", "three times more than"),
        ),
        Rule(
            "doubling",
            r"(?P<double>вдвое|удвоил\w*|doubled|tripled|втрое|утроил\w*)",
            _doubling,
            ("doubled",),
        ),
        Rule(
            "growth_noun_was",
            rf"""(?P<noun>рост\w*|прирост\w*|снижени\w*|падени\w*|сокращени\w*|growth|increase|decline|drop)
            (?:\s+(?:[^\s\d%()]+|\d{{4}}(?:-?[^\s\d%()]+)?)){{0,8}}?\s+(?:составил\w*|was|amounted\s+to|stood\s+at|[-–—])\s+{_APPROX}
            (?P<pct_noun>{_PCT}){_PERCENT}""",
            _growth_noun,
            (
                "рост объёма взаимной торговли в 2023-м составил 30%",
                "прирост товарооборота в 2022 году – 21%",
            ),
        ),
        Rule(
            "elided_verb",
            rf"(?:[-–—]|,)\s*(?:на|by)\s+{_APPROX}(?P<pct_elided>{_PCT}){_PERCENT}",
            _elided_verb,
            ("in 2021 - by 35.8%", "в 2022 году – на 4,5%"),
        ),
        Rule(
            "or_percent",
            rf"(?:или|or)\s+(?:на|by)\s+{_APPROX}(?P<pct_or>{_PCT}){_PERCENT}",
            _or_percent,
            ("или на 29%", "or by 4.5 percent"),
        ),
        *GROWTH_RULES_ZH_KK,
    ],
    after="",
)


# A change over several years is no growth of the figure's period: "почти вдвое больше, чем пять лет назад",
# "up 40% from five years ago". Fixed words after the change: linear.
_OVER_YEARS = regex.compile(
    r"[^.;\d]{0,30}?(?<!\w)(?:чем|than|from|since|по\s+сравнению\s+с|compared\s+(?:with|to))\s+"
    r"(?:\w+\s+){0,2}?(?:лет|года|years)\s+(?:назад|ago|earlier|before)"
)


def find_growth(lower: str, start: int, end: int) -> list[tuple[regex.Match[str], Decimal]]:
    """Stated changes in `lower[start:end]` with their signed percentages; prefilter: a sentence with none
    of the table's literals has none."""
    return [
        (match, growth)
        for match, growth in GROWTH_RULES.findall(lower, start, end)
        if not _OVER_YEARS.match(lower, match.end(), min(end, match.end() + 60), timeout=TIMEOUT)
    ]
