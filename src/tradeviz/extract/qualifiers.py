"""Qualifiers: the word right before an amount that says it is approximate, a floor or a ceiling
("около 41 млрд" ~, "more than $41 billion" >, "менее 1 млрд" <); the word table holds each one's sign."""

from __future__ import annotations

import regex

from tradeviz.extract import vocab
from tradeviz.extract.amounts import Amount
from tradeviz.extract.currencies import CURRENCY_BEFORE
from tradeviz.extract.kit import NO_WORD_BEFORE, alternation, contains_any, literals_of

# The qualifier ends at most two words before the number: "превысил отметку в $41", "more than US$ 41".
QUALIFIER_BEFORE = regex.compile(
    rf"""{NO_WORD_BEFORE}(?P<word>{alternation(vocab.QUALIFIER_WORDS)})
        (?:\s+(?:чем|than|рекордн\w*|record|отметк\w*|рубеж\w*|уровень|уровня|the|a|mark\s+of|в|of)){{0,2}}
        \s*(?:{CURRENCY_BEFORE}\s*)?$""",
    regex.VERBOSE,
)
QUALIFIER_LITERALS = literals_of(vocab.QUALIFIER_WORDS)  # one of which every match holds


def qualifier(lower: str, sentence_start: int, amount: Amount) -> str:
    """`=`, `~`, `>` or `<` from the words just before the amount (within its sentence)."""
    before = lower[max(sentence_start, amount.start - 40) : amount.start]
    if not contains_any(before, QUALIFIER_LITERALS):
        return "="  # prefilter: no qualifier word before the amount
    match = QUALIFIER_BEFORE.search(before)  # at most 40 characters: bounded check
    if not match:
        return "="
    word = " ".join(match.group("word").split())
    return vocab.QUALIFIER_WORDS.get(word, "=")
