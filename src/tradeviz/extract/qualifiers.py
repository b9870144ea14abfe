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
# Kazakh says it after the amount: "17 млрд доллардан асқан" (exceeded), "1,5 млрд доллардан астам".
_AFTER_SIGNS = tuple(vocab.QUALIFIER_AFTER.values())
QUALIFIER_AFTER = regex.compile(
    r"\s+(?:"
    + "|".join(f"(?P<q{index}>{form})" for index, form in enumerate(vocab.QUALIFIER_AFTER))
    + r")(?!\w)"
)
_AFTER_REACH = 16  # characters after the amount where its qualifier ends


def qualifier(lower: str, sentence_start: int, amount: Amount) -> str:
    """`=`, `~`, `>` or `<` from the words just before the amount (within its sentence), else in it
    ("2000多亿": more than) or just after it ("доллардан асты"); a range with no such word ("$75-100 млрд",
    "$11-12 billion") is approximate."""
    plain = "~" if amount.amount_high is not None else "="
    before = lower[max(sentence_start, amount.start - 40) : amount.start]
    found = contains_any(before, QUALIFIER_LITERALS)
    match = QUALIFIER_BEFORE.search(before) if found else None  # bounded: 40
    if match:
        word = " ".join(match.group("word").split())
        return vocab.QUALIFIER_WORDS.get(word, plain)
    if "多" in amount.raw or "余" in amount.raw:
        return ">"
    after = QUALIFIER_AFTER.match(lower, amount.end, amount.end + _AFTER_REACH)  # bounded: 16 characters
    return _AFTER_SIGNS[int(str(after.lastgroup)[1:])] if after else plain
