"""Currencies: the words, signs and codes written after an amount ("млрд долларов США", "bn USD") or before
it ("$41bn", "US$ 41.2 billion"), each with its ISO 4217 code in `vocab`."""

from __future__ import annotations

import regex

from tradeviz.extract import vocab
from tradeviz.extract.kit import NO_WORD_AFTER, literal_trie

# Tries, not plain alternations: the engine tries AMOUNT at each of the text's many numbers, and a trie tests
# one letter per branch there instead of every word (AMOUNT runs about 1.4 times faster); same matches.
CURRENCY_AFTER = literal_trie(vocab.CURRENCY_AFTER) + NO_WORD_AFTER
CURRENCY_BEFORE = literal_trie(vocab.CURRENCY_BEFORE)

# What stands right before the number: a currency sign or code ("$", "US$ ", "USD ").
CURRENCY_BEFORE_TAIL = regex.compile(rf"(?<![a-z]){CURRENCY_BEFORE}\s*$")


def currency_after(word: str | None) -> str | None:
    """The ISO code of a currency word written after the amount ("долларов сша" -> USD)."""
    return vocab.CURRENCY_AFTER.get(word.strip()) if word else None


def currency_before(lower: str, start: int) -> str | None:
    """The ISO code of a sign or code written right before `start` ("$41", "US$ 41"), if any."""
    # At most 8 characters: a bounded time whatever the text, so no timeout (a clock reading per call).
    tail = CURRENCY_BEFORE_TAIL.search(lower[max(0, start - 8) : start])
    if not tail:
        return None
    return vocab.CURRENCY_BEFORE.get(tail.group(0).strip())
