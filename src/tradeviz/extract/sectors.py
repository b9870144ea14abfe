"""One kind of goods is not the bilateral total: "экспорт казахстанского зерна", "$9.28 billion worth of
crude oil", "most of them came from textiles – $10.1 million". Predicates for the tables of `nonfacts`.

Bounded checks: each reads a slice of at most 130 characters around an amount or a cue.
"""

from __future__ import annotations

import regex

from tradeviz.extract import vocab
from tradeviz.extract.context import Candidate, SentenceContext
from tradeviz.extract.cues import Cue
from tradeviz.extract.kit import TIMEOUT, contains_any, fragments, pattern_literals
from tradeviz.extract.regional import glued_sector_before

# "экспорт нефти", "agricultural trade": a sector right before or after the cue.
SECTOR_AFTER = regex.compile(
    # "экспорт казахстанского зерна"
    rf"\s+(?:of\s+|in\s+|в\s+сфере\s+)?(?:\w+\s+)?{fragments(vocab.SECTOR_WORDS)}(?!\w)"
)
SECTOR_BEFORE = regex.compile(rf"(?<!\w){fragments(vocab.SECTOR_WORDS)}(?:\s+and\s+\w+)?,?\s+$")
# "... trade in goods to $82 billion and services to $13 billion": the sector's own figure.
SECTOR_TO_AMOUNT = regex.compile(
    rf"(?<!\w){fragments(vocab.SECTOR_WORDS)}\s+(?:to|до)\s+(?:[^\d\s]{{1,3}}\s*)?$"
)
SECTOR_LITERALS = tuple(sorted(set(pattern_literals(SECTOR_AFTER)) | set(pattern_literals(SECTOR_BEFORE))))
# "$9.28 billion worth of crude oil": the goods right after an amount.
SECTOR_OF_AMOUNT = regex.compile(
    rf"\s*(?:worth\s+of|of|in)\s+(?:\w+\s+)?{fragments(vocab.SECTOR_WORDS)}(?!\w)"
)
SECTOR_BEFORE_BRACKET = regex.compile(
    rf"(?<!\w){fragments(vocab.SECTOR_WORDS)}\s*\(\s*(?:[a-z]{{0,3}}[$€£¥₽₸]\s*)?$"
)
# "most of them came from textiles and products made from them – $10.1 million", "из них на текстиль – $10
# млн": the part of the figure before that is one kind of goods ("imports, mainly crude oil, jumped to $19
# billion" describes the whole, so not "mainly"). Fixed words and a bounded gap: linear.
SECTOR_OF_A_BREAKDOWN = regex.compile(
    rf"(?<!\w)(?:most\s+of\s+(?:them|it|which)|of\s+which|из\s+них|в\s+том\s+числе)"
    rf"[^.;\d]{{0,60}}?(?<!\w){fragments(vocab.SECTOR_WORDS)}[^.;\d]{{0,60}}$"
)


def sector_of_a_breakdown(candidate: Candidate) -> bool:
    """The volume of imports amounted to $12.7 million, most of them came from textiles – $10.1 million."""
    lower, amount = candidate.context.lower, candidate.amount
    start = max(candidate.window_start, amount.start - 130)
    return bool(SECTOR_OF_A_BREAKDOWN.search(lower, start, amount.start, timeout=TIMEOUT))


def sector_after_amount(candidate: Candidate) -> bool:
    """China imported $9.28 billion worth of crude oil from Russia in the first five months."""
    lower, sentence, amount = candidate.context.lower, candidate.context.sentence, candidate.amount
    if SECTOR_OF_AMOUNT.match(lower, amount.end, min(sentence.end, amount.end + 40)):  # bounded: 40
        return True
    before = lower[max(sentence.start, amount.start - 30) : amount.start]
    # "iron ore (US$9.7 billion)", "and services to $13 billion": bounded, 30
    return bool(SECTOR_BEFORE_BRACKET.search(before)) or bool(SECTOR_TO_AMOUNT.search(before))


def sectoral(context: SentenceContext, cue: Cue) -> bool:
    """Экспорт казахстанского зерна в Китай составил 500 млн долларов."""
    lower = context.lower
    after = lower[cue.end : cue.end + 40]
    # Both on at most 40 characters: no timeout (bounded check).
    if contains_any(after, SECTOR_LITERALS) and SECTOR_AFTER.match(lower, cue.end, cue.end + 40):
        return True
    before = lower[max(0, cue.start - 30) : cue.start]
    sector = contains_any(before, SECTOR_LITERALS) and SECTOR_BEFORE.search(before)
    return bool(sector) or glued_sector_before(before)  # "农产品对华出口"
