"""When: the period a reported figure covers, or the deadline year of a target.

The nearest time expression gives it: right after the amount ("41 млрд долларов в 2023 году"), else the
nearest before it. "За этот период" takes the period said a few sentences before; a sentence with no time of
its own takes the period of the sentence before it that reports figures or states one; "за 10 месяцев" with no
year takes the year said earlier, else the publication year.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence

import regex

from tradeviz.extract import vocab
from tradeviz.extract.amounts import Amount
from tradeviz.extract.context import SentenceContext
from tradeviz.extract.flows import reporting_side
from tradeviz.extract.found import NOTHING, SentenceFindings
from tradeviz.extract.kit.literals import fragments
from tradeviz.extract.lists import respective_time
from tradeviz.extract.nonfacts import ADJACENT, FROM_BEFORE
from tradeviz.extract.periods import Period, fiscal_period, resolve_year, says_annual_forecast, to_period
from tradeviz.extract.times import COMPARISON, DEADLINE, NOW, SAME, SPAN, TimeMention

Done = Mapping[int, SentenceFindings]  # what the sentences read so far gave, by index

_TRADE_METRICS = frozenset({"turnover", "export", "import"})
_TRADE_CUES = frozenset({"turnover", "export", "import", "foreign"})
_SAME_PERIOD_REACH = 6  # sentences back where "за этот период" may find its period
_CARRY_REACH = 4  # sentences back a period carries over when a sentence says none
_SAME_YEAR_REACH = 40  # characters between "the same period" and the "last year" that moves it

# Word alternations searched in the text between an amount and a time of its sentence: linear.
_CLAUSE_JOINER = regex.compile(rf"(?<!\w){fragments(vocab.CLAUSE_JOINERS)}(?!\w)")
_JOINER = regex.compile(rf"(?<!\w){fragments(vocab.CLAUSE_JOINERS + vocab.LIST_JOINERS)}(?!\w)")
_COMPARING = regex.compile(rf"(?<!\w){fragments(vocab.COMPARING_WORDS)}(?!\w)")
_BASE_BEFORE = regex.compile(rf"(?<!\w){fragments(vocab.BASE_BEFORE)}\s*(?:[^\d\s]{{1,3}}\s*)?$")
_NEW_LEVEL_BEFORE = regex.compile(
    r"(?<!\w)(?:to|до)\s*(?:[^\d\s]{1,3}\s*)?$"
)  # "grew 5% compared with 2022 to $27bn"
_BASE_REACH = 50  # characters before an amount where a comparing word makes it the base of a change


def when(
    context: SentenceContext,
    done: Done,
    amount: Amount,
    kind: str,
    metric: str,
    pair: tuple[str, str] | None = None,
    listed: bool = False,
) -> tuple[Period | None, int | None, Period | None]:
    """(period, target year, the period the sentence states for this figure) of an amount: a reported
    figure has a period, a target a deadline year; the third is what later sentences may carry over."""
    reference_year = context.article.reference_year
    times = [t for t in context.times if t.role in (SPAN, NOW, SAME)]
    chosen = time_for(context, times, amount)
    period = _period_of(chosen, context, done, pair)
    if chosen is not None and period is not None and is_comparison_base(context, amount):
        period = _compared_period(context, done, times, amount, chosen, pair) or period
    this_year = (
        chosen is not None and chosen.year_offset == 0 and (chosen.first_month, chosen.last_month) == (1, 12)
    )
    if this_year:
        period = None  # "this year" for a reported figure: some part of the year, not the whole
    if chosen is None:
        period = _carried_period(context, done, metric, pair, listed)
    if kind == "actual":
        return period, None, period
    deadlines = [t for t in context.times if t.role == DEADLINE]
    own_deadline = time_for(context, deadlines, amount) if deadlines else None
    if own_deadline is not None:
        return None, _deadline_year(own_deadline, reference_year), period
    if chosen is not None and chosen.role == SPAN and period is not None:
        return None, period.year, period  # "reach $60 billion next year and $90 billion by 2030"
    if deadlines:
        return None, _deadline_year(deadlines[-1], reference_year), period
    annual = says_annual_forecast(
        context.lower, max(context.sentence.start, amount.start - 120), amount.start
    )
    if (this_year or annual) and reference_year is not None:
        return None, reference_year, period  # "намерены в текущем году довести товарооборот до $80 млрд"
    return None, None, period


def _period_of(
    chosen: TimeMention | None, context: SentenceContext, done: Done, pair: tuple[str, str] | None
) -> Period | None:
    """The period a time expression of the sentence gives: its own, or the one said before ('this
    period'), in the year it names ('in the same period of 2020') or so many years back."""
    if chosen is None or chosen.role not in (SPAN, SAME):
        return None
    if chosen.role == SPAN:
        return _to_period(chosen, context, pair=pair)
    said = _period_earlier_in_sentence(context, chosen, pair) or _period_said_before(context, done, pair)
    if said is not None and chosen.year is not None:  # "in same period of 2020"
        return _shifted(said, said.start.year - chosen.year)
    return _shifted(said, _years_back(context, chosen))


def _compared_period(
    context: SentenceContext,
    done: Done,
    times: Sequence[TimeMention],
    amount: Amount,
    chosen: TimeMention,
    pair: tuple[str, str] | None,
) -> Period | None:
    """The period of a figure that another is compared with, when its time is only relative to that one:
    '$16.18 billion in the first half of this year as compared with the same period in 2023 which was
    $14.58 billion' (the first half of 2023), '$59.2 million during the period under review against $71.1
    million last year', 'from last year's figure of $1.82 billion to $1.56 billion in the first eight months
    of 2025' (the other figure's months, a year back). None when the time is the figure's own."""
    earlier = [a for a in context.amounts if a.end <= amount.start]
    right_after = any(  # "against $15.5 billion a year earlier": the year before the period said
        t.role == COMPARISON and t.year is None and amount.end <= t.start <= amount.end + ADJACENT
        for t in context.times
    )
    if earlier and right_after and chosen.end <= amount.start:
        return _shifted(_period_of(chosen, context, done, pair), 1)
    if chosen.end <= amount.start and earlier and earlier[-1].end <= chosen.start:
        return None  # "$5bn in 2023 against $4.2bn in 2022": its own
    compared = [  # between the figure compared with and this one, or right after this one ("годом ранее")
        t
        for t in context.times
        if t.role == COMPARISON
        and (
            max(chosen.end, earlier[-1].end if earlier else 0) <= t.start < amount.start
            or amount.end <= t.start <= amount.end + ADJACENT
        )
    ]
    if compared and earlier and chosen.end <= earlier[-1].start:
        own = _period_of(chosen, context, done, pair)
        year = compared[-1].year
        back = 1 if year is None or own is None else own.end.year - year
        return _shifted(own, back) if back > 0 else None
    if not _whole_relative(chosen):
        return None
    others = [a for a in context.amounts if a is not amount and not context.restates(a, amount)]
    nearest = min(others, key=lambda a: abs(a.start - amount.start), default=None)
    if nearest is None:
        return None
    their_time = time_for(context, times, nearest)
    if their_time is None or their_time is chosen:
        return None
    theirs = _period_of(their_time, context, done, pair)
    if theirs is None:
        return None
    own = _period_of(chosen, context, done, pair)
    if (theirs.start.month, theirs.end.month) == (1, 12) and (
        own is None or own.start.year != theirs.start.year
    ):
        return None  # a calendar year against last year: the relative year says it already
    return _shifted(theirs, -(chosen.year_offset or 0))  # "$19.7 billion in 2023 against $15.5 billion last
    # year", published in 2024: last year is the year before the figure's, not the figure's own


def time_for(context: SentenceContext, times: Sequence[TimeMention], amount: Amount) -> TimeMention | None:
    """Right after the amount ('41 млрд долларов в 2023 году'), else the nearest before it."""
    lower = context.lower
    respective = respective_time(context, times, amount)  # "2004年、2005年...分别突破4亿美元和8亿美元"
    if respective is not None:
        return respective
    after = [t for t in times if amount.end <= t.start <= amount.end + ADJACENT]
    next_amounts = [a.start for a in context.following_amounts(amount)]
    if after and next_amounts and next_amounts[0] < after[0].start:
        after = []  # "$78.3m against exports of $84.2m in March": the time is the next amount's
    if after and not _cut(lower[amount.end : after[0].start]):
        return after[0]
    before = [t for t in times if t.end <= amount.start]
    if before:
        return before[-1]
    later = [t for t in times if t.start >= amount.end and not _cut(lower[amount.end : t.start])]
    if later and next_amounts and next_amounts[0] < later[0].start:
        return _shared_final_time(context, times, amount, next_amounts)
    return later[0] if later else _shared_final_time(context, times, amount, next_amounts)


def _shared_final_time(
    context: SentenceContext, times: Sequence[TimeMention], amount: Amount, next_amounts: Sequence[int]
) -> TimeMention | None:
    """'Exports totaled $1.2 billion, while imports reached $3.4 billion during this period': parallel
    clauses share the time said once after the last amount, unless a comparison stands between ('$59.2
    million against $71.1 million last year' is the second figure's year)."""
    if not next_amounts:
        return None
    final = [t for t in times if t.start >= next_amounts[-1]]
    if not final or any(amount.end <= t.start < final[0].start for t in context.times):
        return None
    between = context.lower[amount.end : final[0].start]
    if _COMPARING.search(between) or not _JOINER.search(between):
        return None
    return final[0]


def is_comparison_base(context: SentenceContext, amount: Amount) -> bool:
    """The figure a change is measured from, not the one the sentence reports on: 'from $1.82 billion to',
    'from last year's figure of $1.82 billion', 'compared to the same period last year ($3.8 billion)',
    '$59.2 million against $71.1 million last year'."""
    earlier = [a.end for a in context.amounts if a.end <= amount.start]
    start = max(context.sentence.start, amount.start - _BASE_REACH, earlier[-1] if earlier else 0)
    before = context.lower[start : amount.start]
    if amount.is_from_value or FROM_BEFORE.search(before[-24:]) or _BASE_BEFORE.search(before):
        return True
    comparing = [match.end() for match in _COMPARING.finditer(before)]
    if comparing and _NEW_LEVEL_BEFORE.search(before[-12:]):
        return False
    # "вырос на 9% по сравнению с 2022 годом и составил 4,4 млрд", "grew 5% compared with 2022, reaching
    # $27 billion": a joiner or a comma after it starts the report
    return (
        bool(comparing) and "," not in before[comparing[-1] :] and not _JOINER.search(before, comparing[-1])
    )


def _cut(between: str) -> bool:
    """A comma, a semicolon or a clause joiner between an amount and a time expression ('$322.47 million
    while in June ...'): the time belongs to what follows."""
    return "," in between or ";" in between or bool(_CLAUSE_JOINER.search(between))


def _carried_period(
    context: SentenceContext, done: Done, metric: str, pair: tuple[str, str] | None, listed: bool = False
) -> Period | None:
    """The period of a sentence with no time of its own: that of the sentence before it that states one
    or reports figures (an attribution like "Об этом сообщили в таможне" in between is skipped), within
    its paragraph, or across a paragraph break when it goes on with the trade figures reported there
    (the export and import of a turnover just given)."""
    article = context.article
    for earlier in range(context.index - 1, max(-1, context.index - 1 - _CARRY_REACH), -1):
        before = article.sentence(earlier)
        facts = done.get(earlier, NOTHING).facts
        if not (facts or any(t.role in (SPAN, NOW) for t in before.times)):
            continue
        if not facts and not before.metric_cues and all(t.role != SPAN for t in before.times):
            continue  # "Since last year, Kumtor gold has been shipped there": a "now" of something else
        same_paragraph = before.sentence.paragraph == context.sentence.paragraph
        continues = metric in _TRADE_METRICS and (
            any(f.metric in _TRADE_METRICS for f in facts)
            or (not facts and any(cue.kind in _TRADE_CUES for cue in before.metric_cues))
        )  # "The foreign trade turnover of Kyrgyzstan in January-September 2021 ..." then its partners
        # a list of partners goes on with the period said before it ("... in the first nine months. ¶
        # Germany ... was followed by the United States with $12.37 billion")
        return _stated_period(before, done, pair) if same_paragraph or continues or listed else None
    return None


def period_said(context: SentenceContext) -> Period | None:
    """The period a sentence with no figures speaks of: its last time expression's."""
    return _stated_period(context, {}, None)


def _period_said_before(context: SentenceContext, done: Done, pair: tuple[str, str] | None) -> Period | None:
    """'за этот период': the latest period stated in the few sentences before."""
    for earlier in range(context.index - 1, max(-1, context.index - 1 - _SAME_PERIOD_REACH), -1):
        period = _stated_period(context.article.sentence(earlier), done, pair)
        if period is not None:
            return period
    return None


def _stated_period(context: SentenceContext, done: Done, pair: tuple[str, str] | None) -> Period | None:
    """The period a sentence speaks of: that of its figures, else its last time expression."""
    stated = done.get(context.index, NOTHING).period
    if stated is not None:
        return stated
    compared = [t.start for t in context.times if t.role in (SAME, COMPARISON)]
    spans = [t for t in context.times if t.role == SPAN and not (compared and t.start > compared[0])]
    if not spans or any(t.role == NOW for t in context.times):
        return None
    return _to_period(spans[-1], context, with_previous=False, pair=pair)


def _to_period(
    mention: TimeMention,
    context: SentenceContext,
    *,
    with_previous: bool = True,
    pair: tuple[str, str] | None = None,
) -> Period | None:
    if mention.fiscal:
        return _fiscal_period(mention, context, pair)
    year_context = _context_year(context, mention.start, with_previous) if mention.needs_year else None
    published = context.article.published
    if year_context is None and mention.needs_year and published is not None:
        # "в марте", "за 10 месяцев" with no year said: this year's, unless it ends after the publication
        # ("в ноябре" in a February article is last November).
        year_context = published.year - (mention.last_month > published.month)
    year = None
    if published is None and mention.year_offset is not None:
        # No date known: "в прошлом году ... по сравнению с 2023 годом" reports on 2024.
        compared = _compared_year(context)
        year = compared + 1 if compared is not None else None
    if year is None:
        year = resolve_year(mention, context.article.reference_year, year_context)
    if year is None:
        return None
    try:
        return to_period(mention, year)
    except ValueError:
        return None


def _context_year(context: SentenceContext, before: int, with_previous: bool) -> int | None:
    """The year of a 'за 10 месяцев' with no year: said earlier in the sentence or in the one before."""
    earlier = [
        t for t in context.times if t.role == SPAN and (t.year is not None or t.year_offset is not None)
    ]
    earlier = [t for t in earlier if t.end <= before]
    if earlier:  # "this year Pakistan's exports in January": the year said before, relative ones too
        nearest = earlier[-1]
        if nearest.year is not None:
            return nearest.year
        reference = context.article.reference_year
        return reference + (nearest.year_offset or 0) if reference is not None else None
    previous = context.previous if with_previous else None
    if previous is not None and previous.sentence.paragraph == context.sentence.paragraph:
        # a new paragraph starts afresh: "The previous record, set in 2021, ... ¶ By the end of June"
        stated = [t for t in previous.times if t.role == SPAN and t.year is not None]
        if stated:
            return stated[-1].year
    return None if context.article.published is not None else context.article.reference_year


def _compared_year(context: SentenceContext) -> int | None:
    """'по сравнению с 2023 годом' in this sentence or the next: the year before the one reported on."""
    article = context.article
    for neighbour in (context.index, context.index + 1):
        if neighbour >= len(article.sentences):
            break
        for mention in article.sentence(neighbour).times:
            if mention.role == COMPARISON and mention.year is not None:
                return mention.year
    return None


def _deadline_year(mention: TimeMention, reference_year: int | None) -> int | None:
    if mention.year is not None:
        return mention.year
    if reference_year is None:
        return None
    if mention.years_ahead is not None:
        return reference_year + mention.years_ahead
    return reference_year + (mention.year_offset or 0)


def _years_back(context: SentenceContext, same: TimeMention) -> int:
    """'В прошлом году за тот же период': the period said before, so many years earlier (a whole-year
    relative mention next to "the same period" moves it, it is not a period of its own)."""
    for mention in context.times:
        whole_year = (mention.first_month, mention.last_month) == (1, 12)
        near = abs(mention.start - same.start) <= _SAME_YEAR_REACH
        if mention.role == SPAN and mention.year_offset and whole_year and near:
            return -mention.year_offset
    return 0


def _shifted(period: Period | None, years_back: int) -> Period | None:
    if period is None or not years_back:
        return period
    try:
        start = period.start.replace(year=period.start.year - years_back)
        end_month_last = calendar.monthrange(period.end.year - years_back, period.end.month)[1]
        end = period.end.replace(year=period.end.year - years_back, day=end_month_last)
    except ValueError:
        return None
    return Period(start, end)


def _fiscal_period(
    mention: TimeMention, context: SentenceContext, pair: tuple[str, str] | None
) -> Period | None:
    """A fiscal year's months: its first month as the text says ("ended on March 31"), else the country's
    (the reporting side's where the pair's two differ); None for a country with a calendar fiscal year."""
    start = mention.fiscal_start or _fiscal_start(context, pair)
    if start is None:
        return None
    first_year = mention.year
    published = context.article.published
    if first_year is None and mention.year_offset is not None:
        if published is None:
            return None
        current = published.year - (published.month < start)  # the fiscal year running at publication
        first_year = current + mention.year_offset
    if first_year is None:
        return None
    return fiscal_period(mention, first_year, start)


def _fiscal_start(context: SentenceContext, pair: tuple[str, str] | None) -> int | None:
    if pair is None:
        return None
    starts = {code: vocab.FISCAL_YEAR_START[code] for code in pair if code in vocab.FISCAL_YEAR_START}
    if len(set(starts.values())) == 1:
        return next(iter(starts.values()))
    home = reporting_side(context, pair)
    return starts.get(home) if home else None


def _period_earlier_in_sentence(
    context: SentenceContext, same: TimeMention, pair: tuple[str, str] | None
) -> Period | None:
    """'fell during the first nine months ... against $852.7 million during same period last year': the
    period said earlier in the sentence itself."""
    spans = [t for t in context.times if t.role == SPAN and t.end <= same.start and not _whole_relative(t)]
    return _to_period(spans[-1], context, pair=pair) if spans else None


def _whole_relative(mention: TimeMention) -> bool:
    return bool(mention.year_offset) and (mention.first_month, mention.last_month) == (1, 12)
