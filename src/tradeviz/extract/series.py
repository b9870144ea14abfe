"""The pair's series across sentences: whether an amount goes on with the figures the sentence before gave
of the same metric (the same size) or is a country's total beside them (many times larger). The exclusions
of a country's own total (`nonfacts`) ask these when the text alone does not tell."""

from __future__ import annotations

from tradeviz.extract.context import Placed


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
