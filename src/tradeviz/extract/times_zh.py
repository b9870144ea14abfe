"""Chinese time expressions as named rules (joined to `times.TIME_RULES`): "2024年1-5月", "今年前三季度",
"一季度", "上半年", "前11个月", "5月当月", "到2030年", "自2003年以来", "比去年同期".

A period may open with its year, stated ("2019年") or relative ("今年", "去年"); without one the year comes
from the context, as for "за 10 месяцев".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import regex

from tradeviz.extract.kit import Rule
from tradeviz.extract.time_words import COMPARISON, DEADLINE, NOW, SPAN, YEAR, TimeMention, months_of

_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_RELATIVE = {"今年": 0, "本年": 0, "当年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}

_COUNT = r"\d{1,2}|[一二两三四五六七八九十]{1,3}"
# The year a period opens with: "2024年", "今年", "去年的".
_YEAR_FIRST = rf"(?:(?P<zh_year>{YEAR})年度?|(?P<zh_rel>今年|本年|去年|上年|前年|明年))?(?:的|全年)?"
_NOT_A_DATE = r"(?!\s*\d{1,2}\s*[日号])"  # "6月7日" is a date, not a month's figure
_TO = r"\s*(?:-|至|到|~)\s*"


def count(word: str) -> int:
    """A count in digits or Chinese numerals: "11", "七", "十一", "十二".

    >>> count("11"), count("七"), count("十一"), count("十")
    (11, 7, 11, 10)
    """
    if word.isdigit():
        return int(word)
    if "十" in word:
        tens, _, units = word.partition("十")
        return _DIGITS.get(tens, 1) * 10 + _DIGITS.get(units, 0)
    return _DIGITS.get(word, 0)


def _span(match: regex.Match[str], first: int, last: int) -> TimeMention | None:
    """Months `first`..`last` of the year the period opens with, else of the context."""
    said = match.groupdict()
    relative = said.get("zh_rel")
    return months_of(match, first, last, said.get("zh_year"), _RELATIVE[relative] if relative else None)


def _month_range(match: regex.Match[str]) -> TimeMention | None:
    return _span(match, int(match.group("zh_from")), int(match.group("zh_to")))


def _first_months(match: regex.Match[str]) -> TimeMention | None:
    return _span(match, 1, count(match.group("zh_months")))


def _first_quarters(match: regex.Match[str]) -> TimeMention | None:
    return _span(match, 1, 3 * count(match.group("zh_quarters")))


def _quarter(match: regex.Match[str]) -> TimeMention | None:
    number = count(match.group("zh_quarter"))
    return _span(match, 3 * number - 2, 3 * number)


def _half(match: regex.Match[str]) -> TimeMention | None:
    return _span(match, 1, 6) if match.group("zh_half") == "上" else _span(match, 7, 12)


def _one_month(match: regex.Match[str]) -> TimeMention | None:
    """'2023年12月'; '5月当月' (that month) is of the year said last before it."""
    month = int(match.group("zh_month"))
    mention = _span(match, month, month)
    if mention is None or not mention.needs_year or not match.group("zh_that_month"):
        return mention
    said = _YEAR_SAID.search(match.string, max(0, match.start() - _THAT_MONTH_BACK), match.start())  # bounded
    return dataclasses.replace(mention, year=int(said.group(1)), needs_year=False) if said else mention


def _year(match: regex.Match[str]) -> TimeMention | None:
    return _span(match, 1, 12)


_YEAR_SAID = regex.compile(rf"(?r)({YEAR})年")  # searched backwards: the nearest year before
_SENTENCE_BACK = 120  # characters back where "全年" finds the year its sentence said
_THAT_MONTH_BACK = 300  # characters back where "5月当月" finds its year


def _whole_year_said(match: regex.Match[str]) -> TimeMention:
    """'全年': the whole of the year said before it in the sentence ("2006年...,全年贸易额达12.6亿美元"),
    else of this year ("全年双边贸易额有望突破880亿美元")."""
    text, start = match.string, match.start()
    floor = max(0, start - _SENTENCE_BACK)
    floor = max([floor, *(text.rfind(mark, floor, start) + 1 for mark in "。!?\n")])
    said = _YEAR_SAID.search(text, floor, start)  # bounded: at most 120 characters
    if said:
        return TimeMention(match.start(), match.end(), SPAN, int(said.group(1)))
    return TimeMention(match.start(), match.end(), SPAN, year_offset=0)


def _role(role: str) -> Callable[[regex.Match[str]], TimeMention]:
    return lambda match: TimeMention(match.start(), match.end(), role)


def _deadline(match: regex.Match[str]) -> TimeMention:
    """'到2030年', '2030年前': a deadline."""
    return TimeMention(match.start(), match.end(), DEADLINE, year=int(match.group("zh_deadline")))


TIME_RULES_ZH: list[Rule[TimeMention | None]] = [
    Rule("zh_full_year_said", r"(?<![年度])全年", _whole_year_said, ("全年",)),
    # Each rule below needs a Chinese character in every match, so that Russian and English texts skip it
    # (`RuleTable` tests a rule's literals first): a year and a word are two rules, not one.
    Rule(
        "zh_comparison",
        r"(?:比|较|与|同比)?(?:去年|上年|前年)同期",
        _role(COMPARISON),
        ("比去年同期", "上年同期"),
    ),
    Rule("zh_compared_year", rf"(?:比|较|同比){YEAR}年", _role(COMPARISON), ("同比2009年",)),
    Rule(
        "zh_since",
        rf"(?:自|从)?(?:{YEAR}年|年初|今年)以来|近(?:{_COUNT})年(?:来)?|近年来|截至(?:{YEAR}年|今年|去年)?(?:\d{{1,2}}月底?)?",
        _role(NOW),
        ("自2003年以来", "截至2017年4月底", "近年来"),
    ),
    Rule(
        "zh_by_year", rf"(?:到|至)(?P<zh_deadline>{YEAR})年(?:底|前)?", _deadline, ("到2030年", "至2025年底")
    ),
    Rule("zh_before_year", rf"(?P<zh_deadline>{YEAR})年前", _deadline, ("2030年前",)),
    Rule(
        "zh_month_range",
        rf"{_YEAR_FIRST}(?P<zh_from>\d{{1,2}})(?:月份?)?{_TO}(?P<zh_to>\d{{1,2}})月份?",
        _month_range,
        ("2024年1-5月", "今年1至7月份", "1月至10月", "2017年1~8月"),
    ),
    Rule(
        "zh_first_months",
        rf"{_YEAR_FIRST}前(?P<zh_months>{_COUNT})(?:个)?月份?",
        _first_months,
        ("前11个月", "今年前七个月", "前10月"),
    ),
    Rule(
        "zh_first_quarters",
        rf"{_YEAR_FIRST}前(?P<zh_quarters>[一二三1-3])(?:个)?季度",
        _first_quarters,
        ("今年前三季度",),
    ),
    Rule(
        "zh_one_quarter",
        rf"{_YEAR_FIRST}第?(?P<zh_quarter>[一二三四1-4])季度",
        _quarter,
        ("2019年一季度", "第二季度"),
    ),
    Rule("zh_half_year", rf"{_YEAR_FIRST}(?P<zh_half>[上下])半年", _half, ("2017年上半年", "今年上半年")),
    Rule(
        "zh_one_month",
        rf"{_YEAR_FIRST}(?P<zh_month>\d{{1,2}})月份?{_NOT_A_DATE}(?P<zh_that_month>当月|单月)?",
        _one_month,
        ("5月当月", "2023年12月"),
    ),
    Rule(
        "zh_whole_year",
        rf"(?P<zh_year>{YEAR})年度?(?:全年)?{_NOT_A_DATE}(?!\s*\d{{1,2}}\s*月)",
        _year,
        ("2023年", "2022年全年"),
    ),
    Rule(
        "zh_relative_year",
        r"(?P<zh_rel>今年|本年|去年|上年|前年|明年)(?:全年)?(?!\s*\d{1,2}\s*月)",
        _year,
        ("去年", "今年全年"),
    ),
]
