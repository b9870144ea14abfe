"""From an article's sentences to its facts: each amount through the stages, in order.

For each sentence with amounts (in order): each amount gets a currency (its own, else the sentence's last),
passes `AMOUNT_EXCLUSIONS`, gets a metric cue and a kind (`stages`), a metric, a pair and a region, a period
or deadline (`when`), passes `LATE_EXCLUSIONS`, and becomes a `Finding`. Then the sentence's stated changes
go to its nearest figures, a change said in the next sentence ("При этом взаимная торговля увеличилась на
11%") to the figure it names, and a figure said twice is kept once.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence, Set

import regex

from tradeviz.extract import gate
from tradeviz.extract.amounts import Amount
from tradeviz.extract.context import RESTATED, ArticleText, Candidate, SentenceContext
from tradeviz.extract.cues import Cue
from tradeviz.extract.flows import carry_flows, flow_of
from tradeviz.extract.found import NOTHING, Finding, SentenceFindings
from tradeviz.extract.growth import PRONOUN, find_growth
from tradeviz.extract.lists import borrowed_cue, list_item
from tradeviz.extract.nonfacts import AMOUNT_EXCLUSIONS, LATE_EXCLUSIONS, first_exclusion
from tradeviz.extract.places import Mention, pair_code
from tradeviz.extract.qualifiers import qualifier
from tradeviz.extract.repeats import deduplicate
from tradeviz.extract.restated import restated_targets
from tradeviz.extract.stages import (
    cue_exclusion,
    kind_of,
    metric_cue,
    metric_named,
    metric_of,
    named_cue,
    pair_of,
    with_clause,
)
from tradeviz.extract.tables import table_facts
from tradeviz.extract.when import is_comparison_base, period_said, when

# Drops that leave a figure of something else in the sentence (its changes are its own).
_OTHER_FIGURES = frozenset(
    {"names_no_trade", "hangs_off_blocker", "sectoral", "bloc", "foreign_trade", "total", "part_of_a_total"}
    | {"continues_a_total"}
    | {"part_of_a_total_before", "own_total_in_clause", "own_total_in_sentence", "sector_after_amount"}
)

_EARLIER_GROWTH_REACH = 3  # sentences back where a change said with no amount finds its figure
# Drops of a country's trade with everyone: a sentence right after one, naming no country, goes on with it.
_COUNTRY_TOTALS = frozenset(
    {"foreign_trade", "total", "own_total_in_clause", "own_total_in_sentence", "part_of_a_total_before"}
    | {"continues_a_total"}
)
_CURRENCY_REACH = 3  # sentences back where an amount with no currency finds the one it is in
Dropped = Callable[[Candidate, str], None]  # told why an amount gave no fact (for `explain`)


def find_facts(article: ArticleText, dropped: Dropped | None = None) -> list[Finding]:
    """Every dated trade figure and target of the article, in order of appearance."""
    done: dict[int, SentenceFindings] = {}
    facts: list[Finding] = []
    for index in gate.sentences_to_read(article, every=dropped is not None):  # the rest can give no fact
        found = read_sentence(article.sentence(index), done, dropped)
        done[index] = found
        facts.extend(found.facts)
        if found.facts:
            facts = _attach_growth_from_next(article, index, facts, found)
            facts = _attach_growth_from_earlier(article, index, facts, found)
    if not facts:
        return facts
    facts = carry_flows(facts, article.sentences)
    # Tables and restated targets only beside figures the sentences give: the gate then changes none of them.
    return deduplicate(sorted(facts + table_facts(article) + restated_targets(article, facts), key=_start))


def _start(fact: Finding) -> int:
    return fact.start


def read_sentence(
    context: SentenceContext, done: dict[int, SentenceFindings], dropped: Dropped | None = None
) -> SentenceFindings:
    """The facts of one sentence, given what the sentences before it gave."""
    sentence, article = context.sentence, context.article
    previous = done.get(context.index - 1, NOTHING)
    facts: list[Finding] = []
    spans: list[tuple[int, int]] = []
    stated = None
    kinds: list[str] = []  # each amount's kind so far: an amount with no kind cue takes the one before
    last_currency = _currency_before(context)
    previous_end = sentence.start

    others: list[tuple[int, int]] = []  # figures of something else (a total, a sector): their own changes
    bases: set[int] = set()  # facts that are the old level a change is measured from: no change of theirs

    totals: list[str] = []  # figures dropped as a country's own total

    def drop(candidate: Candidate, why: str) -> None:
        if why in _COUNTRY_TOTALS:
            totals.append(why)
        if why in _OTHER_FIGURES:
            others.append((candidate.amount.start, candidate.amount.end))
        if dropped is not None:
            dropped(candidate, why)

    restating: tuple[Amount, str] | None = None  # an amount dropped as something else, and why
    for position, amount in enumerate(context.amounts):
        window_start, previous_end = previous_end, amount.end
        currency = amount.currency or last_currency
        last_currency = currency or last_currency
        candidate = Candidate(context, amount, window_start, bool(facts), previous)
        excluded = "no_currency" if currency is None else first_exclusion(AMOUNT_EXCLUSIONS, candidate)
        if restating is not None and context.restates(restating[0], amount):
            excluded = restating[1]  # "lift trade by £19.8 billion (US$26.51 billion)": the same gain
        restating = (amount, excluded) if excluded and excluded != "no_currency" else None
        if excluded:
            kinds.append(kinds[-1] if kinds else "actual")
            drop(candidate, excluded)
            continue
        cue = metric_cue(context, amount, position, window_start)
        item = list_item(context, amount)
        if cue is None and item is not None:
            cue = borrowed_cue(context)
        kind = kind_of(context, amount, window_start, kinds)
        kinds.append(kind or "actual")
        if cue is None or kind is None:
            drop(candidate, "no_trade_word" if cue is None else "past_aspiration")
            continue
        named = named_cue(context, cue)
        excluded = cue_exclusion(context, named)
        if excluded or named is None:
            drop(candidate, excluded or "unresolved_anaphor")
            continue
        metric = metric_named(named)
        placed = with_clause(candidate, cue, item)
        pair, region, excluded = pair_of(placed)
        if pair is None:
            drop(placed, excluded or "no_pair")
            continue
        period, target_year, stated_now = when(context, done, amount, kind, metric, pair, item is not None)
        base = is_comparison_base(context, amount)
        if not base:
            stated = stated or stated_now  # the first figure's period is the one the sentence is about
        excluded = first_exclusion(LATE_EXCLUSIONS, placed)
        if excluded:
            drop(placed, excluded)
            continue
        assert currency is not None
        facts.append(
            Finding(
                metric=metric,
                kind=kind,
                value=amount.value,
                unit=amount.unit,
                amount=amount.amount,
                amount_high=amount.amount_high,
                currency=currency,
                qualifier=qualifier(context.lower, sentence.start, amount),
                period_start=period.start if period and kind == "actual" else None,
                period_end=period.end if period and kind == "actual" else None,
                target_year=target_year if kind == "target" else None,
                parties=pair_code(*pair),
                region=region,
                flow=_item_flow(metric, pair, item)
                or flow_of(placed, metric, pair, [(f.metric, f.flow) for f in facts]),
                quote=article.text[sentence.start : sentence.end],
                start=sentence.start,
                end=sentence.end,
            )
        )
        spans.append((amount.start, amount.end))
        if base:
            bases.add(len(facts) - 1)
    facts = _share_restated(context, _attach_growth(context, facts, spans, others, bases), spans)
    return SentenceFindings(tuple(facts), tuple(spans), stated, country_total=not facts and bool(totals))


def _item_flow(metric: str, pair: tuple[str, str], item: Mention | None) -> str | None:
    """A list of export markets goes from the list's side to each item; of suppliers, the other way."""
    if item is None or item.code not in pair or metric not in ("export", "import"):
        return None
    side = pair[0] if pair[1] == item.code else pair[1]
    return f"{side}>{item.code}" if metric == "export" else f"{item.code}>{side}"


def _currency_before(context: SentenceContext) -> str | None:
    """The currency a sentence's amounts take when they name none ("Из них 9,8 млрд пришлись на экспорт"):
    that of the last amount of the few sentences before it, in its paragraph or the one before."""
    current = context.previous
    for _ in range(_CURRENCY_REACH):
        if current is None or current.sentence.paragraph < context.sentence.paragraph - 1:
            return None
        currency = next((amount.currency for amount in reversed(current.amounts) if amount.currency), None)
        if currency:
            return currency
        current = current.previous
    return None


def _attach_growth(
    context: SentenceContext,
    facts: list[Finding],
    spans: list[tuple[int, int]],
    others: Sequence[tuple[int, int]] = (),
    bases: Set[int] = frozenset(),
) -> list[Finding]:
    """Each stated change goes to the figure of its sentence nearest to it, unless that figure is another
    thing's ("imports and exports rose 12.8% to 212.4 billion yuan, while its trade with Russia...") or the
    old level it is measured from ("$341.6 million against $423.4 million, showing negative growth of
    19.31 percent": the first figure's)."""
    if not facts:
        return facts
    sentence = context.sentence
    reported = [(span, index) for index, span in enumerate(spans) if index not in bases]
    figures = sorted(reported + [(span, -1) for span in others])
    if not figures:
        return facts
    starts = [span[0] for span, _ in figures]
    for match, growth in find_growth(context.lower, sentence.start, sentence.end):
        after = bisect.bisect_left(starts, match.start())
        # A list that says its verb once gives each change before its figure: "in 2021 - by 35.8%, exceeding".
        around = (after,) if _elided(match) and after < len(figures) else (after - 1, after)
        if after > 0 and _POSTPOSED.search(
            context.lower, max(sentence.start, match.start() - 2), match.end()
        ):
            around = (after - 1,)  # "to Uzbekistan in January-June, up 11%, and imported": the figure before
        candidates = [i for i in around if 0 <= i < len(figures)]
        nearest = figures[min(candidates, key=lambda i: _distance(figures[i][0], match.span()))][1]
        if nearest >= 0 and facts[nearest].growth_pct is None and facts[nearest].kind == "actual":
            facts[nearest] = dataclasses.replace(facts[nearest], growth_pct=growth)
    return facts


_POSTPOSED = regex.compile(r",\s?(?:up|down)\s")  # ", up 11%": said after its figure


def _elided(match: regex.Match[str]) -> bool:
    return "pct_elided" in match.re.groupindex and match.group("pct_elided") is not None


def _share_restated(
    context: SentenceContext, facts: list[Finding], spans: list[tuple[int, int]]
) -> list[Finding]:
    """A figure restated in brackets ("142,37 млрд юаней (около 19,9 млрд долларов)") has its change too."""
    lower = context.lower
    for first, second in zip(range(len(facts)), range(1, len(facts)), strict=False):
        if not RESTATED.fullmatch(lower, spans[first][1], spans[second][0]):
            continue
        growth = facts[first].growth_pct if facts[first].growth_pct is not None else facts[second].growth_pct
        if growth is not None:
            facts[first] = dataclasses.replace(facts[first], growth_pct=growth)
            facts[second] = dataclasses.replace(facts[second], growth_pct=growth)
    return facts


_OWNER_REACH = 12  # characters between an owner and its trade word: "India’s exports"


def _attach_growth_from_next(
    article: ArticleText, index: int, facts: list[Finding], own: SentenceFindings
) -> list[Finding]:
    """'При этом взаимная торговля увеличилась на 11%': a change said in the next sentence, no amount."""
    following = index + 1
    if following >= len(article.sentences):
        return facts
    context = article.sentence(following)
    if context.amounts:
        return facts
    sentence = context.sentence
    for match, growth in find_growth(context.lower, sentence.start, sentence.end):
        # "The figure grew by 47.5%": the figure of the sentence before.
        cues = [cue for cue in context.metric_cues if cue.end <= match.start() and metric_of(context, cue)]
        metric = metric_of(context, cues[-1]) if cues else None
        if metric is None and own.facts and PRONOUN.search(context.lower, sentence.start, match.start()):
            metric = own.facts[0].metric  # "Он вырос на 14,3%": the figure just given
        if metric is None:
            continue
        flow = _owned_flow(context, cues[-1], metric) if cues else None
        for position in range(len(facts) - len(own.facts), len(facts)):
            fact = facts[position]
            same = fact.metric == metric if flow is None else _same_side(fact, flow)
            if same and fact.kind == "actual" and fact.growth_pct is None:
                facts[position] = dataclasses.replace(fact, growth_pct=growth)
                break
    return facts


def _owned_flow(context: SentenceContext, cue: Cue, metric: str) -> tuple[str, str] | None:
    """("IN", "export") for "India's exports have declined by 28.3%": the side whose exports or imports."""
    if metric not in ("export", "import"):
        return None
    owners = [m for m in context.countries if cue.start - _OWNER_REACH <= m.end <= cue.start]
    return (owners[-1].code, metric) if owners else None


def _same_side(fact: Finding, flow: tuple[str, str]) -> bool:
    """India's exports are India's exports to China and China's imports from India: the flow says."""
    code, metric = flow
    if fact.flow is None or fact.metric not in ("export", "import"):
        return False
    exporter, importer = fact.flow.split(">")
    return exporter == code if metric == "export" else importer == code


def _attach_growth_from_earlier(
    article: ArticleText, index: int, facts: list[Finding], own: SentenceFindings
) -> list[Finding]:
    """'Товарооборот ... в январе – октябре увеличился на 2,3%. ... Объем торговли за десять месяцев
    составил $36,5 млрд': a change said a sentence or two before the figure, of the same metric and
    period, in a sentence with no amount of its own."""
    for earlier in range(index - 1, max(-1, index - 1 - _EARLIER_GROWTH_REACH), -1):
        context = article.sentence(earlier)
        if context.amounts or context.sentence.paragraph < article.sentence(index).sentence.paragraph - 2:
            continue
        period = period_said(context)
        if period is None:
            continue
        sentence = context.sentence
        for match, growth in find_growth(context.lower, sentence.start, sentence.end):
            metrics = [metric_of(context, cue) for cue in context.metric_cues if cue.end <= match.start()]
            metric = next((m for m in reversed(metrics) if m), None)
            said = [  # an earlier figure has this change ("up 50.2 percent" under "up over 50 pct")
                f
                for f in facts[: len(facts) - len(own.facts)]
                if f.metric == metric
                and f.growth_pct is not None
                and (f.period_start, f.period_end) == (period.start, period.end)
            ]
            for position in range(len(facts) - len(own.facts), len(facts)):
                fact = facts[position]
                same = (fact.period_start, fact.period_end) == (period.start, period.end)
                if said:
                    break
                if fact.metric == metric and fact.kind == "actual" and fact.growth_pct is None and same:
                    facts[position] = dataclasses.replace(fact, growth_pct=growth)  # and its restatement
    return facts


def _distance(first: tuple[int, int], second: tuple[int, int]) -> int:
    if first[1] <= second[0]:
        return second[0] - first[1]
    if second[1] <= first[0]:
        return first[0] - second[1]
    return 0


def infer_published(facts: Sequence[Finding]) -> dt.date | None:
    """A publication date inferred from content: the day after the latest period an article reports on."""
    ends = [fact.period_end for fact in facts if fact.kind == "actual" and fact.period_end is not None]
    if not ends:
        return None
    return max(ends) + dt.timedelta(days=1)
