"""What, how meant and between whom: the stages that read one amount of a sentence.

- `metric_cue`: the trade word nearest before the amount (else the first after it, before the next amount);
- `kind_of`: the nearest kind cue before it says reported or target; a past aspiration gives no fact;
- `metric_of`: what the cue names ("этот показатель" names the metric said before; `CUE_EXCLUSIONS` apply);
- `clause_of` and `pair_of`: the countries of the clause, else the sentence, else the article give the pair
  (`PAIR_EXCLUSIONS` apply).
"""

from __future__ import annotations

import bisect

import regex

from tradeviz.extract import vocab
from tradeviz.extract.amounts import Amount
from tradeviz.extract.context import CUE_REACH_BEFORE, Candidate, Clause, Placed, SentenceContext
from tradeviz.extract.cues import KIND_CUES, Cue, find_cues
from tradeviz.extract.flows import partner_after, partner_after_amount, reporting_side
from tradeviz.extract.kit import fragments
from tradeviz.extract.lists import list_item, list_items, list_side
from tradeviz.extract.nonfacts import ADJACENT, CUE_EXCLUSIONS, PAIR_EXCLUSIONS, first_exclusion
from tradeviz.extract.places import Mention, choose_pair, distinct_in_order
from tradeviz.extract.times import DEADLINE, SPAN

# A goal named right after its amount: "a $80 billion bilateral trade target", "цель в 10 млрд".
_GOAL_AFTER = regex.compile(
    r"(?:\s+(?:[\w-]+\s+){0,4}?)?(?:target|goal|objective|benchmark|milestone)s?(?!\w)"
    r"|\s*[-–]?\s*(?:such\s+is\s+the\s+)?(?:цел[ьи]|ориентир)(?!\w)"
    rf"|(?:\s+[\w-]+){{0,3}}?\s*{fragments(vocab.GOAL_AFTER)}"  # "2500亿美元的目标", "дейін жеткізуді"
)
_RIGHT_AFTER = 25  # characters between an amount and a trade word that names it from after it

# What a kind cue means for the figure: a goal and a forecast are both targets.
KIND_OF_CUE = {"actual": "actual", "goal": "target", "forecast": "target"}


def metric_cue(context: SentenceContext, amount: Amount, position: int, window_start: int) -> Cue | None:
    """The trade word nearest before the amount; else the first after it, before the next amount. One right
    after it ("а $5,8 млрд – на импорт") wins over one before the previous figure or a comma, which belongs
    to an earlier figure ("9,8 млрд пришлись на экспорт, а 0,7 млрд – на импорт")."""
    cues = context.metric_cues
    index = bisect.bisect_right(cues, amount.start, key=lambda cue: cue.end)
    amounts = context.amounts
    following = position + 1
    while following < len(amounts) and context.restates(amounts[following - 1], amounts[following]):
        following += 1  # "268.3 billion euros ($283 billion) were traded": one figure, two currencies
    next_start = amounts[following].start if following < len(amounts) else context.sentence.end
    after = cues[index] if index < len(cues) else None
    if after is not None and not (after.start >= amount.end and after.end <= next_start):
        after = None
    if after is not None and _cut_off(context.lower[amount.end : after.start]):
        after = None  # "Казахстан - 24,3 млрд, или 47% от общего показателя": another clause's word
    before = cues[index - 1] if index > 0 else None
    if before is not None and after is not None:
        lower = context.lower
        gap = lower[amount.end : after.start]
        right_after = len(gap) <= _RIGHT_AFTER and not any(mark in gap for mark in ",;:")
        cut_off = (
            before.end <= window_start
            or any(mark in lower[before.end : amount.start] for mark in ",;:")
            or _belongs_to_previous(context, before, position)
        )
        if right_after and (cut_off or (before.kind == "blocker" and len(gap.split()) <= 1)):
            return after  # "... free trade agreement ... to reach over $95 billion bilateral trade"
    return before or after


def _belongs_to_previous(context: SentenceContext, cue: Cue, position: int) -> bool:
    """The cue stands right after the previous amount: that one's ("$31.9 billion in exports from
    Kazakhstan and $10.4 billion in imports")."""
    if position == 0:
        return False
    previous = context.amounts[position - 1]
    gap = context.lower[previous.end : cue.start]
    return previous.end <= cue.start and len(gap) <= _RIGHT_AFTER and not _cut_off(gap)


def _cut_off(between: str) -> bool:
    """A comma or semicolon outside brackets: what follows is another clause."""
    depth = 0
    for char in between:
        depth += (char in "([") - (char in ")]")
        if char in ",;" and depth <= 0:
            return True
    return False


def kind_of(context: SentenceContext, amount: Amount, window_start: int, kinds: list[str]) -> str | None:
    """'actual' or 'target' from the nearest verb before the amount (after the previous amount); else as the
    amount before it; else a target when the sentence names a deadline to come. None: a past aspiration."""
    cues = find_cues(KIND_CUES, context.lower, window_start, amount.start)
    if any(cue.kind == "aspiration" for cue in cues):
        return None
    if _past_year_after(context, amount):
        return "actual"  # "превратить $3,6 млрд нашего товарооборота в 2008 г. в $12 млрд": a level reached
    if _GOAL_AFTER.match(context.lower, amount.end, min(context.sentence.end, amount.end + 50)):
        return "target"  # "reiterated the USD40 billion two-sided trade volume goal" (bounded: 50)
    if cues:
        return KIND_OF_CUE[cues[-1].kind]
    if _deadline_after(context, amount):
        return "target"  # "... в $12 млрд к 2013 году": a level to reach
    if kinds:
        return kinds[-1]
    published = context.article.published
    if any(
        t.role == DEADLINE and (t.year is None or published is None or t.year >= published.year)
        for t in context.times
    ):
        return "target"
    return "actual"


def _past_year_after(context: SentenceContext, amount: Amount) -> bool:
    """A whole year before the publication year right after the amount: what it was, not what it is to be."""
    published = context.article.published
    if published is None:
        return False
    lower = context.lower
    return any(
        t.role == SPAN
        and t.year is not None
        and t.year < published.year
        and amount.end <= t.start <= amount.end + ADJACENT
        and not any(mark in lower[amount.end : t.start] for mark in ",;")
        for t in context.times
    )


def _deadline_after(context: SentenceContext, amount: Amount) -> bool:
    """A deadline right after the amount ('$12 млрд к 2013 году')."""
    lower = context.lower
    return any(
        t.role == DEADLINE
        and amount.end <= t.start <= amount.end + ADJACENT
        and not any(mark in lower[amount.end : t.start] for mark in ",;")
        for t in context.times
    )


def named_cue(context: SentenceContext, cue: Cue) -> Cue | None:
    """The cue an anaphor ("этот показатель", "this figure") stands for: the trade word before it in the
    sentence, else the last one of the sentence before (in the same or the previous paragraph)."""
    if cue.kind != "anaphor":
        return cue
    earlier = [c for c in context.metric_cues if c.end <= cue.start and c.kind != "anaphor"]
    if earlier:
        return earlier[-1]
    previous = context.previous
    if previous is None or previous.sentence.paragraph < context.sentence.paragraph - 1:
        return None
    named = [c for c in previous.metric_cues if c.kind != "anaphor"]
    return named[-1] if named else None


def cue_exclusion(context: SentenceContext, named: Cue | None) -> str | None:
    """Why the cue an amount's cue stands for (`named_cue`) names no metric: `unresolved_anaphor` ("этот
    показатель" with no trade word before it) or the first of `CUE_EXCLUSIONS` that holds; None when it
    names one."""
    if named is None:
        return "unresolved_anaphor"
    for check in CUE_EXCLUSIONS:
        if check(context, named):
            return check.__name__
    return None


def metric_named(named: Cue) -> str:
    """The metric a trade word names: a country's foreign trade with a partner named is their turnover."""
    return "turnover" if named.kind == "foreign" else named.kind


def metric_of(context: SentenceContext, cue: Cue) -> str | None:
    """The metric a cue names; None when it names none (see `cue_exclusion`)."""
    named = named_cue(context, cue)
    if named is None or cue_exclusion(context, named) is not None:
        return None
    return metric_named(named)


def clause_of(context: SentenceContext, amount: Amount, cue: Cue, floor: int) -> Clause:
    """The clause from the figure's trade word (and the adjectives just before it) to the figure, never back
    past `floor` (the previous figure), nor past a comma, semicolon or colon before the trade word."""
    sentence, lower = context.sentence, context.lower
    if cue.end <= amount.start:
        reach = max(sentence.start, floor, cue.start - CUE_REACH_BEFORE)
        boundary = max(lower.rfind(mark, reach, cue.start) for mark in ",;:")
        start, end = max(reach, boundary + 1), amount.start
    else:
        start, end = amount.start, cue.end
    said = context.parties
    named = context.article.countries_in(start, end)
    named += [m for m in said.region_countries if start <= m.start < end]
    named.sort(key=lambda mention: mention.start)
    codes = said.codes
    previous = context.previous
    if cue.kind == "anaphor" and previous is not None and len(codes) < 2:
        codes = distinct_in_order([*previous.countries, *context.countries, *said.region_countries])
    return Clause(start, end, distinct_in_order(named), codes)


def with_clause(candidate: Candidate, cue: Cue, item: Mention | None = None) -> Placed:
    """The candidate with its cue and clause (and the country it stands by in a list)."""
    clause = clause_of(candidate.context, candidate.amount, cue, candidate.window_start)
    return candidate.placed(cue, clause, item)


def _item_pair(candidate: Placed) -> tuple[str, str] | None:
    """An item of a list of partners: the list's side and the item ("партнеров РУз ... Россия ($7 млрд)")."""
    context = candidate.context
    item = list_item(context, candidate.amount)
    if item is None:
        return None
    items = {mention.code for mention in list_items(context)}
    side = list_side(context, items | {item.code})
    return (side, item.code) if side and side != item.code else None


def _listed_pair(candidate: Placed) -> tuple[str, str] | None:
    """A figure of a list of partners ("Imports fell to 71.9 billion euros from the Netherlands and to 58.1
    billion from the US"): the sentence names only partners, this one right after the amount, and the side
    whose trade it is was named before."""
    said, clause, context = candidate.context.parties, candidate.clause, candidate.context
    if len(clause.sentence_codes) < 2:
        return None
    partners = _partners_after_amounts(context)
    only_partners = set(clause.sentence_codes) <= partners  # "to 71.9 billion euros from the Netherlands and
    if (clause.codes or said.homes) and not only_partners:  # ... to 58.1 billion from the US"
        return None
    partner = partner_after(candidate)
    home = reporting_side(candidate.context.previous) if candidate.context.previous is not None else None
    return (home, partner) if home and partner and home != partner else None


def _partners_after_amounts(context: SentenceContext) -> set[str | None]:
    """The partner named right after each amount of the sentence (found once: every candidate asks)."""
    key = ("partners_after_amounts",)
    if key not in context.memo:
        context.memo[key] = {partner_after_amount(context, amount) for amount in context.amounts}
    return context.memo[key]  # type: ignore[return-value]


def pair_of(candidate: Placed) -> tuple[tuple[str, str] | None, str | None, str | None]:
    """(pair, region, why not): the pair (and region) a figure is about, or why it is not bilateral (the
    first of `PAIR_EXCLUSIONS` that holds, or `no_pair` when fewer than two countries can be found)."""
    context, cue, clause = candidate.context, candidate.cue, candidate.clause
    excluded = first_exclusion(PAIR_EXCLUSIONS, candidate)
    if excluded:
        return None, None, excluded
    said = context.parties
    article = context.article
    pair = (
        _item_pair(candidate)
        or _listed_pair(candidate)
        or choose_pair(clause.codes, clause.sentence_codes, article.ranking, said.homes, article.pair)
    )
    if pair is None or pair[0] == pair[1]:
        return None, None, "no_pair"
    region = said.region
    if region is None and cue.kind == "anaphor" and context.previous is not None:
        region = context.previous.parties.region  # "этот показатель": the same side
    return pair, region, None
