"""Non-facts of Chinese provincial news: a region's trade with everyone ("内蒙古的出口"), and goods glued
before the trade word ("农产品对华出口"). The exclusion tables of `nonfacts` ask these."""

from __future__ import annotations

import regex

from tradeviz.extract import vocab
from tradeviz.extract.context import Placed
from tradeviz.extract.kit import HAN, alternation

# "农产品对华出口", "汽车出口": Chinese goods glued before the trade word, maybe with its partner between.
SECTOR_GLUED_BEFORE = regex.compile(
    rf"{alternation(vocab.zh.SECTOR_WORDS)}(?:{alternation(vocab.GLUED_PARTNER_PREPOSITIONS)}[{HAN}]{{1,5}})?$"
)


def glued_sector_before(before: str) -> bool:
    """Goods glued right before a trade word: "吉尔吉斯斯坦农产品对华" before "出口"."""
    return bool(SECTOR_GLUED_BEFORE.search(before))  # callers pass at most 30 characters: bounded


def region_total(candidate: Placed) -> bool:
    """今年前三季度,内蒙古的出口同比增长38.2%,达到1571.3亿元人民币,进口同比增长29.4%,达到291.4亿元人民币。"""
    said = candidate.context.parties  # a region and nothing else named: its trade with everyone
    if candidate.item is not None or not said.region_countries or len(said.codes) != 1 or said.bilateral:
        return False
    previous_pair = candidate.continues or said.pair_said_before  # already about a pair
    breakdown = said.breakdown and candidate.context.previous is not None and bool(candidate.previous.facts)
    return not (previous_pair or breakdown) and candidate.clause.codes in ([], said.codes)
