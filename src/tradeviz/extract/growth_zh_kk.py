"""Stated changes in Chinese and Kazakh as named rules (joined to `growth.GROWTH_RULES`).

Chinese puts the verb before the percentage with no space ("同比增长32.1%", "下降5%", "增长3倍"); Kazakh
puts it after ("41 пайызға өсіп", "24,1%-ға өсті", "2 есе артты").
"""

from __future__ import annotations

from decimal import Decimal

import regex

from tradeviz.extract import vocab
from tradeviz.extract.kit import Rule, fragments

_PCT = r"\d+(?:[.,]\d+)?"
_ZH_UP = fragments(vocab.zh.GROWTH_UP_WORDS)
_ZH_DOWN = fragments(vocab.zh.GROWTH_DOWN_WORDS)
_KK_UP = fragments(vocab.kk.GROWTH_UP_WORDS)
_KK_DOWN = fragments(vocab.kk.GROWTH_DOWN_WORDS)
_KK_TIMES = {"екі": Decimal(2), "үш": Decimal(3), "төрт": Decimal(4), "бес": Decimal(5)}


def _number(text: str) -> Decimal:
    return Decimal(text.replace(",", "."))


def _zh_percent(match: regex.Match[str]) -> Decimal:
    return (-1 if match.group("zh_down") else 1) * _number(match.group("zh_pct"))


def _zh_times(match: regex.Match[str]) -> Decimal:
    """'同比增长1.2倍': grew by 1.2 times its size in a year ("较10年前增长5倍" is no yearly change)."""
    return _number(match.group("zh_times")) * 100


def _kk_percent(match: regex.Match[str]) -> Decimal:
    return (-1 if match.group("kk_down") else 1) * _number(match.group("kk_pct"))


def _kk_times(match: regex.Match[str]) -> Decimal:
    word = match.group("kk_times")
    return ((_KK_TIMES.get(word) or _number(word)) - 1) * 100


GROWTH_RULES_ZH_KK: list[Rule[Decimal]] = [
    Rule(
        "zh_percent",
        rf"(?:(?P<zh_up>{_ZH_UP})|(?P<zh_down>{_ZH_DOWN}))了?(?:约|近)?(?P<zh_pct>{_PCT})%",
        _zh_percent,
        ("增长32.1%", "同比下降5.2%", "猛增24.6%"),
    ),
    Rule(
        "zh_times_bigger",
        rf"(?:同比|比上年|比去年|较上年|较去年)(?:同期)?(?:增长|增加)了?(?P<zh_times>{_PCT})倍",
        _zh_times,
        ("同比增长1.2倍", "比去年同期增长2倍"),
    ),
    Rule(
        "kk_percent",
        rf"(?P<kk_pct>{_PCT})\s*(?:%|пайыз\w*)(?:-?[ғгқк][аеә])?\s+(?:(?P<kk_up>{_KK_UP})|(?P<kk_down>{_KK_DOWN}))(?!\w)",
        _kk_percent,
        ("41 пайызға өсіп", "24,1%-ға өсті", "12 пайызға көп"),
    ),
    Rule("kk_times_bigger", r"(?P<kk_times>\d+(?:[.,]\d+)?|екі|үш|төрт|бес)\s+есе\w*", _kk_times, ("2 есе",)),
]
