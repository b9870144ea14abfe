"""Who a figure is with, where one sentence does not tell: whether an amount goes on with the pair's
figures of the sentence before (the same size) or is a country's total beside them (many times larger), and
whether a sentence gives trade with several partners at once. The exclusions (`nonfacts`) ask these."""

from __future__ import annotations

import itertools

import regex

from tradeviz.extract.context import Placed, SentenceContext

_JOINED_PARTNERS = regex.compile(r"\s*(?:,|and|и)\s*(?:the\s+)?")  # "Russia and Bangladesh", "России и Китая"
_WITH_BEFORE = regex.compile(r"(?<!\w)(?:with|с|со)\s+(?:the\s+)?$")  # bounded: 12 characters


def goes_on_with_the_series(candidate: Placed) -> bool:
    """The sentence before gave the pair's figures of this metric, and this amount is of their size: the
    series goes on ("... rose again to $88.9 billion in 2022. For this year, India's inbound shipments are
    estimated at $97.1 billion"), where a country's total with everyone would be many times larger."""
    amount = candidate.amount.amount
    return any(
        fact.metric == candidate.cue.kind and fact.amount / 2 <= amount <= fact.amount * 2
        for fact in candidate.previous.facts
    )


def outgrows_the_series(candidate: Placed) -> bool:
    """The sentence before gave the pair's figures of this metric, and this amount is many times theirs: a
    country's total with everyone ("imports from India rose to $13.7 billion. Bangladesh's imports
    totalled $89.2 billion")."""
    sizes = [fact.amount for fact in candidate.previous.facts if fact.metric == candidate.cue.kind]
    return bool(sizes) and candidate.amount.amount > 3 * max(sizes)


def names_several_partners(context: SentenceContext) -> bool:
    """'with Russia and Bangladesh' beside a third country (in the sentence, or of the article's pair): trade
    with two partners at once, no pair's."""
    lower, countries = context.lower, context.countries
    codes = {mention.code for mention in countries}
    for first, second in itertools.pairwise(countries):
        if first.code == second.code or not _JOINED_PARTNERS.fullmatch(lower, first.end, second.start):
            continue
        if not _WITH_BEFORE.search(lower[max(context.sentence.start, first.start - 12) : first.start]):
            continue  # "between Russia and Bangladesh" is a pair; "with Russia and Bangladesh" two partners
        pair = set(context.article.pair or ())  # the third may be the article's, named sentences before
        if (codes | pair) - {first.code, second.code}:
            return True
    return False
