"""The same figure said more than once is one fact: a headline restating the body, a rounded restatement
("rises 20% to $40.5 bln" over "$40.52 billion"), a bound the exact figure meets ("topped $55 billion" over
"$56.4 billion"), a target given again without its deadline.
"""

from __future__ import annotations

import dataclasses
from decimal import ROUND_HALF_UP, Decimal

from tradeviz.extract.found import Finding

BOUND_SLACK = Decimal("1.1")  # "topped $55 billion" restates $56.4 billion, not $70 billion


def deduplicate(facts: list[Finding]) -> list[Finding]:
    """One row per figure: a repeat (a headline restating the body) goes; a dated report beats an undated."""

    def loose(fact: Finding) -> tuple[object, ...]:
        return (fact.metric, fact.kind, fact.amount, fact.currency, fact.parties, fact.region)

    deadline_keys = {loose(f) for f in facts if f.target_year is not None}
    dated_keys = {loose(f) for f in facts if f.period_start is not None}
    seen: dict[tuple[object, ...], int] = {}
    kept: list[Finding] = []
    for fact in facts:
        key = (*loose(fact), fact.period_start, fact.period_end, fact.target_year)
        if key in seen:
            first = kept[
                seen[key]
            ]  # said again with its change ("в сравнении с 1,6 млрд" ... "что на 27,4% выше")
            if first.growth_pct is None and fact.growth_pct is not None:
                kept[seen[key]] = dataclasses.replace(first, growth_pct=fact.growth_pct)
            continue
        if fact.kind == "actual" and fact.period_start is None and loose(fact) in dated_keys:
            continue
        if fact.kind == "target" and fact.target_year is None and loose(fact) in deadline_keys:
            continue  # a headline restating a target the text gives with its deadline
        seen[key] = len(kept)
        kept.append(fact)
    return _without_bounds_met(_without_rounded_repeats(kept))


def _without_rounded_repeats(facts: list[Finding]) -> list[Finding]:
    """A figure said again rounded ("rises 20% to $40.5 bln" over "$40.52 billion in January-March") is one
    figure: the exact one stays, with the change the rounded one gave it if it had none."""
    groups: dict[tuple[object, ...], list[int]] = {}
    for index, fact in enumerate(facts):
        if fact.amount_high is None and fact.value != 0:
            groups.setdefault(_all_but_amount(fact), []).append(index)
    kept: dict[int, Finding] = dict(enumerate(facts))
    for indexes in groups.values():
        if len(indexes) < 2:
            continue
        finer_by_step: dict[tuple[Decimal, int], dict[Decimal, int]] = {}
        for coarse_index in indexes:
            coarse = facts[coarse_index]
            exponent = coarse.value.as_tuple().exponent
            if not isinstance(exponent, int):
                continue
            step = coarse.amount / coarse.value * Decimal(10) ** exponent  # one unit of its last digit
            if (step, exponent) not in finer_by_step:  # each step once: linear in the figures
                finer_by_step[step, exponent] = {
                    (facts[i].amount / step).quantize(Decimal(1), ROUND_HALF_UP) * step: i
                    for i in reversed(indexes)
                    if _finer(facts[i].value, exponent)
                }
            found = finer_by_step[step, exponent].get(coarse.amount)
            fine = kept.get(found) if found is not None else None
            if found is None or fine is None or coarse_index not in kept:
                continue
            if fine.growth_pct is None and coarse.growth_pct is not None:
                kept[found] = dataclasses.replace(fine, growth_pct=coarse.growth_pct)
            del kept[coarse_index]
    return [kept[index] for index in sorted(kept)]


def _finer(value: Decimal, exponent: int) -> bool:
    """More digits after the point than `exponent` says ("40.52" against "40.5")."""
    own = value.as_tuple().exponent
    return isinstance(own, int) and own < exponent


def _all_but_amount(fact: Finding) -> tuple[object, ...]:
    where = (fact.parties, fact.region, fact.flow, fact.period_start, fact.period_end, fact.target_year)
    return (fact.metric, fact.kind, fact.currency, *where)


def _without_bounds_met(facts: list[Finding]) -> list[Finding]:
    """'exports topped $55 billion' and 'exported $56.4 billion' of the same period: the exact one stays."""
    exact: dict[tuple[object, ...], list[Decimal]] = {}
    for fact in facts:
        if fact.qualifier in ("=", "~") and fact.amount_high is None:
            exact.setdefault(_all_but_amount(fact), []).append(fact.amount)
    if not exact:
        return facts
    return [fact for fact in facts if not _bound_met(fact, exact.get(_all_but_amount(fact), []))]


def _bound_met(fact: Finding, amounts: list[Decimal]) -> bool:
    """A lower bound only: news rounds a record down to a mark it "topped"; "under $61.2 billion" beside
    $57 billion is a comparison, not the figure again."""
    return fact.qualifier == ">" and any(
        fact.amount <= amount <= fact.amount * BOUND_SLACK for amount in amounts
    )
