"""From amounts to facts: what each amount measures, when, between whom, reported or aimed at.

The rules read a sentence the way an analyst does: the trade word nearest before the amount names the
metric, the nearest verb says reported or target, the nearest time expression gives the period, and the
countries of the clause (else the sentence, else the article) give the pair.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
from collections.abc import Sequence
from decimal import Decimal

import regex

from tradeviz.extract import patterns
from tradeviz.extract.amounts import Amount, find_amounts
from tradeviz.extract.normalize import lower_same_length, normalize
from tradeviz.extract.parties import (
    Mention,
    article_pair,
    choose_pair,
    distinct_in_order,
    find_countries,
    find_regions,
    pair_code,
    rank_countries,
)
from tradeviz.extract.periods import (
    COMPARISON,
    DEADLINE,
    NOW,
    SAME,
    SPAN,
    Period,
    TimeMention,
    find_time_mentions,
    resolve_year,
    to_period,
)
from tradeviz.extract.sentences import Sentence, split_sentences
from tradeviz.extract.vocab import QUALIFIER_WORDS, Region
from tradeviz.frame import Fact

_ADJACENT = 30  # characters after an amount within which a time expression belongs to it
_CUE_REACH_BEFORE = 40  # characters before a trade word where its countries ("казахстанско-китайский") stand
_REGION_REACH = 60


@dataclasses.dataclass(frozen=True, slots=True)
class Cue:
    """A word that says what an amount is (metric cue) or how it is meant (kind cue)."""

    start: int
    end: int
    kind: str


@dataclasses.dataclass
class _SentenceView:
    """What one sentence holds, found once (and only when a rule asks) and shared by the rules."""

    index: int
    sentence: Sentence
    amounts: list[Amount]
    countries: list[Mention]
    lower: str = dataclasses.field(repr=False)
    facts: list[Fact] = dataclasses.field(default_factory=list)
    fact_spans: list[tuple[int, int]] = dataclasses.field(default_factory=list)  # each fact's amount span
    period: Period | None = None  # the last period stated here, carried into the next sentence
    parties: _SentenceParties | None = None  # found on first use

    @functools.cached_property
    def metric_cues(self) -> list[Cue]:
        """Trade words (and blockers, anaphors) in the sentence, in order."""
        found = _cues(patterns.METRIC_CUES, self.lower, self.sentence.start, self.sentence.end)
        return [cue for cue in found if cue.kind != "neutral"]

    @functools.cached_property
    def times(self) -> list[TimeMention]:
        """Time expressions in the sentence; a sentence with no digit and no time word has none."""
        start, end = self.sentence.start, self.sentence.end
        if not _DIGIT.search(self.lower, start, end) and not any(
            hint in self.lower[start:end] for hint in _TIME_HINTS
        ):
            return []
        return find_time_mentions(self.lower, start, end)


@dataclasses.dataclass(frozen=True, slots=True)
class _SentenceParties:
    """Who a sentence names, worked out once for all its figures."""

    codes: list[str]  # distinct countries in order (regions' countries included)
    homes: frozenset[str]  # countries named as the side whose trade it is, not after "с"/"with"
    region_countries: list[Mention]
    region: str | None
    bilateral: bool  # "взаимная", "bilateral", "между двумя странами"...
    pair_said_before: bool  # the sentence before, in the same paragraph, named two countries
    breakdown: bool  # "из этой суммы", "of which": the parts of a figure given before


@dataclasses.dataclass(frozen=True, slots=True)
class ArticleMeta:
    """What the caller knows about the article; copied into every fact."""

    article: str = ""
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    published_inferred: bool = False
    lang: str = "ru"


def _cues(variants: patterns.ScriptVariants, lower: str, start: int, end: int) -> list[Cue]:
    """The cues of `variants` (METRIC_CUES or KIND_CUES) in `lower[start:end]`; linear patterns, so no timeout
    (see `patterns._cue_pattern`): a clock reading per call costs more than most of these searches."""
    return [
        Cue(m.start(), m.end(), str(m.lastgroup))
        for m in variants.on(lower, start, end).finditer(lower, start, end)
    ]


def extract_facts(text: str, meta: ArticleMeta) -> list[Fact]:
    """Every dated trade figure and target in an article's text, in order of appearance."""
    if not _DIGIT.search(text):
        return []
    norm = normalize(text)
    lower = lower_same_length(norm)
    amounts = find_amounts(lower, meta.lang)
    if not amounts:
        return []
    sentences = split_sentences(norm)
    if not sentences:
        return []
    starts = [sentence.start for sentence in sentences]
    by_sentence: dict[int, list[Amount]] = {}
    for amount in amounts:
        index = bisect.bisect_right(starts, amount.start) - 1
        if index >= 0 and amount.end <= sentences[index].end:
            by_sentence.setdefault(index, []).append(amount)
    if not by_sentence:
        return []

    found = [
        mention
        for zone_start, zone_end in _country_zones(sentences, by_sentence)
        for mention in find_countries(norm, lower, zone_start, zone_end)
    ]
    kept_countries = _outside_amounts(_inside_sentences(found, sentences, starts), amounts)
    ranking = rank_countries(kept_countries)
    extractor = _ArticleExtractor(text, norm, lower, meta, sentences, starts, kept_countries, ranking)
    # Sentences that name no country take the article's pair: named together somewhere, both in the lead.
    in_lead = {mention.code for mention in kept_countries if mention.start < _LEAD_CHARACTERS}
    together = {pair for pair in _named_together(kept_countries, starts) if pair <= in_lead}
    extractor.pair = article_pair(ranking, together)
    return extractor.run(by_sentence)


_LEAD_CHARACTERS = 1000
# Bounded checks: the checks around an amount or a cue run their patterns on a slice of at most 80 characters
# (cut by slicing or by `endpos`; a look-behind reads one character more). Their patterns repeat no group
# without a bound (tests/test_speed_bounded.py), so backtracking is polynomial in the slice's length: a time
# bounded whatever the text. They run without `timeout=`, which costs a clock reading per call, more than
# such a search.
_TRADE_METRICS = frozenset({"turnover", "export", "import"})
_SAME_PERIOD_REACH = 6  # sentences back where "за этот период" may find its period
_CARRY_REACH = 3  # sentences back a period carries over when a sentence says none
_DIGIT = regex.compile(r"\d")
# Words every time expression without a digit contains ("в прошлом году", "за этот период", "currently").
_TIME_HINTS = (
    "год",
    "year",
    "месяц",
    "month",
    "квартал",
    "quarter",
    "полугод",
    "half",
    "период",
    "period",
    "сейчас",
    "сегодня",
    "настоящ",
    "ныне",
    "today",
    "current",
    "date",
    "so far",
    "последн",
    "past",
    "ближайш",
    "next",
    "coming",
    "within",
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
    "независимост",
)


def _country_zones(sentences: list[Sentence], by_sentence: dict[int, list[Amount]]) -> list[tuple[int, int]]:
    """Where the article's countries are counted: its lead (headline and first lines) and the sentences
    around its figures. Scanning only these keeps country search off the bulk of long articles."""
    zones = [(0, min(_LEAD_CHARACTERS, sentences[-1].end))]
    for index in sorted(by_sentence):
        first = sentences[max(0, index - 1)].start
        last = sentences[min(len(sentences) - 1, index + 1)].end
        if first <= zones[-1][1]:
            zones[-1] = (zones[-1][0], max(zones[-1][1], last))
        else:
            zones.append((first, last))
    return zones


def _named_together(mentions: list[Mention], starts: list[int]) -> set[frozenset[str]]:
    """Pairs of countries named in one sentence somewhere in the article."""
    by_sentence: dict[int, set[str]] = {}
    for mention in mentions:
        by_sentence.setdefault(bisect.bisect_right(starts, mention.start) - 1, set()).add(mention.code)
    return {
        frozenset((first, second))
        for codes in by_sentence.values()
        for first in codes
        for second in codes
        if first < second
    }


def _outside_amounts(mentions: list[Mention], amounts: list[Amount]) -> list[Mention]:
    """Drop names that are part of a currency: "США" in "млрд долл. США" is not the United States."""
    starts = [amount.start for amount in amounts]
    kept = []
    for mention in mentions:
        index = bisect.bisect_right(starts, mention.start) - 1
        if index < 0 or mention.start >= amounts[index].end:
            kept.append(mention)
    return kept


def _inside_sentences(mentions: list[Mention], sentences: list[Sentence], starts: list[int]) -> list[Mention]:
    kept = []
    for mention in mentions:
        index = bisect.bisect_right(starts, mention.start) - 1
        if index >= 0 and mention.end <= sentences[index].end:
            kept.append(mention)
    return kept


class _ArticleExtractor:
    """The per-article state the rules share: texts, sentences, countries, and facts found so far."""

    def __init__(
        self,
        text: str,
        norm: str,
        lower: str,
        meta: ArticleMeta,
        sentences: list[Sentence],
        starts: list[int],
        countries: list[Mention],
        ranking: list[str],
    ) -> None:
        self.text = text
        self.norm = norm
        self.lower = lower
        self.meta = meta
        self.sentences = sentences
        self.starts = starts
        self.countries = countries
        self.country_starts = [mention.start for mention in countries]
        self.ranking = ranking
        self.views: dict[int, _SentenceView] = {}
        self.pair: tuple[str, str] | None = None  # the article's pair, for sentences that name no country
        self.amounts_by_sentence: dict[int, list[Amount]] = {}

    # --- per sentence ------------------------------------------------------------------------------

    def view(self, index: int) -> _SentenceView:
        if index not in self.views:
            sentence = self.sentences[index]
            self.views[index] = _SentenceView(
                index=index,
                sentence=sentence,
                amounts=self.amounts_by_sentence.get(index, []),
                countries=self.countries_in(sentence.start, sentence.end),
                lower=self.lower,
            )
        return self.views[index]

    def countries_in(self, start: int, end: int) -> list[Mention]:
        low = bisect.bisect_left(self.country_starts, start)
        high = bisect.bisect_left(self.country_starts, end)
        return [mention for mention in self.countries[low:high] if mention.end <= end]

    def run(self, by_sentence: dict[int, list[Amount]]) -> list[Fact]:
        self.amounts_by_sentence = by_sentence
        facts: list[Fact] = []
        for index in sorted(by_sentence):
            view = self.view(index)
            view.facts = self.sentence_facts(index, view)
            facts.extend(view.facts)
            if view.facts:
                facts = self.attach_growth_from_next(index, facts)
        return _deduplicate(facts)

    def sentence_facts(self, index: int, view: _SentenceView) -> list[Fact]:
        sentence = view.sentence
        previous = self.previous_view(index)
        reference_year = self.reference_year(index)
        facts: list[Fact] = []
        quote = self.text[sentence.start : sentence.end]
        kinds: list[str] = []
        last_currency: str | None = None
        previous_end = sentence.start
        for position, amount in enumerate(view.amounts):
            window_start = previous_end
            previous_end = amount.end
            currency = amount.currency or last_currency
            last_currency = currency or last_currency
            if currency is None or self.is_difference(sentence, amount):
                kinds.append(kinds[-1] if kinds else "actual")
                continue
            metric_cue = self.metric_cue(view, amount, position)
            kind = self.kind(sentence, view, amount, window_start, kinds)
            kinds.append(kind or "actual")
            if metric_cue is None or kind is None:
                continue
            metric = self.metric(metric_cue, view, previous)
            if metric is None:
                continue
            pair, region = self.parties(
                view, previous, amount, metric_cue, window_start, continues=bool(facts)
            )
            if pair is None:
                continue
            period, target_year = self.when(view, previous, amount, kind, reference_year, metric)
            if self.is_from_value(sentence, amount) and not self.has_own_period(view, amount):
                continue  # "вырос с 6,4 до 7,2 млрд": the old level, of a period not stated
            facts.append(
                Fact(
                    article=self.meta.article,
                    metric=metric,
                    kind=kind,
                    value=amount.value,
                    unit=amount.unit,
                    amount=amount.amount,
                    amount_high=amount.amount_high,
                    currency=currency,
                    qualifier=self.qualifier(sentence, amount),
                    period_start=period.start if period and kind == "actual" else None,
                    period_end=period.end if period and kind == "actual" else None,
                    target_year=target_year if kind == "target" else None,
                    parties=pair_code(*pair),
                    region=region,
                    quote=quote,
                    start=sentence.start,
                    end=sentence.end,
                    source=self.meta.source,
                    url=self.meta.url,
                    title=self.meta.title,
                    published=self.meta.published,
                    published_inferred=self.meta.published_inferred,
                    lang=self.meta.lang,
                )
            )
            view.fact_spans.append((amount.start, amount.end))
        return self.attach_growth(view, facts)

    def previous_view(self, index: int) -> _SentenceView | None:
        if index == 0:
            return None
        return self.view(index - 1)

    # --- the rules -------------------------------------------------------------------------------------

    def is_difference(self, sentence: Sentence, amount: Amount) -> bool:
        """'снизился на 2 млрд', 'increased by $3 billion': the change itself is not a level."""
        before = self.lower[max(sentence.start, amount.start - 80) : amount.start]
        if not patterns.contains_any(before, patterns.DIFFERENCE_LITERALS):
            return False  # prefilter: no "на", "by", "up" or "down" before the amount
        # No timeouts here: each pattern reads at most 80 characters, a time bounded whatever the text
        # (see 'Bounded checks' above); a clock reading per call would cost more than the search.
        if patterns.DIFFERENCE_BEFORE.search(before):
            return True
        return bool(
            patterns.DIFFERENCE_AROUND_BEFORE.search(before)
            and patterns.DIFFERENCE_AROUND_AFTER.match(
                self.lower, amount.end, min(sentence.end, amount.end + 30)
            )
        )

    def is_from_value(self, sentence: Sentence, amount: Amount) -> bool:
        """'с 6,4 млрд долларов до 7,2 млрд', 'from $31 billion': the level a change started from."""
        if amount.is_from_value:
            return True
        before = self.lower[max(sentence.start, amount.start - 24) : amount.start]
        return patterns.contains_any(before, patterns.FROM_LITERALS) and bool(
            patterns.FROM_BEFORE.search(before)  # at most 24 characters: bounded check
        )

    def has_own_period(self, view: _SentenceView, amount: Amount) -> bool:
        """A time expression right after the amount: '31 млрд долларов в 2022 году'."""
        return any(
            t.role == SPAN
            and amount.end <= t.start <= amount.end + _ADJACENT
            and "," not in self.lower[amount.end : t.start]
            for t in view.times
        )

    def metric_cue(self, view: _SentenceView, amount: Amount, position: int) -> Cue | None:
        """The trade word nearest before the amount; else the first after it, before the next amount."""
        cues = view.metric_cues
        index = bisect.bisect_right(cues, amount.start, key=lambda cue: cue.end)
        if index > 0:
            return cues[index - 1]
        next_start = (
            view.amounts[position + 1].start if position + 1 < len(view.amounts) else view.sentence.end
        )
        after = cues[index] if index < len(cues) else None
        return after if after is not None and after.start >= amount.end and after.end <= next_start else None

    def metric(self, cue: Cue, view: _SentenceView, previous: _SentenceView | None) -> str | None:
        """The metric a cue names; 'этот показатель' names the one said before; blockers name none."""
        if cue.kind == "anaphor":
            earlier = [c for c in view.metric_cues if c.end <= cue.start and c.kind != "anaphor"]
            if earlier:
                cue = earlier[-1]
            elif previous is not None and previous.sentence.paragraph >= view.sentence.paragraph - 1:
                named = [c for c in previous.metric_cues if c.kind != "anaphor"]
                if not named:
                    return None
                cue = named[-1]
            else:
                return None
        if cue.kind == "blocker" or self.hangs_off_blocker(cue, view):
            return None
        if self.is_sectoral(cue):
            return None
        if cue.kind == "foreign":
            return "turnover"
        return cue.kind

    def hangs_off_blocker(self, cue: Cue, view: _SentenceView) -> bool:
        """'Бюджет программы развития приграничной торговли': the trade word depends on a blocker noun."""
        cues = view.metric_cues
        index = bisect.bisect_left(cues, cue.start, key=lambda c: c.start)
        blocker = next(
            (
                c
                for c in reversed(cues[max(0, index - 3) : index])
                if c.kind == "blocker" and c.end <= cue.start
            ),
            None,
        )
        if blocker is None:
            return False
        gap = self.lower[blocker.end : cue.start]
        if not patterns.HEAD_GAP.fullmatch(" " + gap.strip() + " ", timeout=patterns.TIMEOUT):
            return False
        if patterns.KIND_CUE.search(gap, timeout=patterns.TIMEOUT):
            return False
        cue_text = self.lower[cue.start : cue.end]
        return bool(patterns.GENITIVE_CUE.search(cue_text) or patterns.ENGLISH_OF.search(gap))

    def is_sectoral(self, cue: Cue) -> bool:
        """'экспорт нефти', 'agricultural trade': one kind of goods, not the bilateral total."""
        after = self.lower[cue.end : cue.end + 40]
        # Both on at most 40 characters: no timeout (bounded check).
        if patterns.contains_any(after, patterns.SECTOR_LITERALS) and patterns.SECTOR_AFTER.match(
            self.lower, cue.end, cue.end + 40
        ):
            return True
        before = self.lower[max(0, cue.start - 30) : cue.start]
        return patterns.contains_any(before, patterns.SECTOR_LITERALS) and bool(
            patterns.SECTOR_BEFORE.search(before)
        )

    def kind(
        self, sentence: Sentence, view: _SentenceView, amount: Amount, window_start: int, kinds: list[str]
    ) -> str | None:
        """'actual' or 'target' from the nearest verb before the amount; None for a past aspiration."""
        cues = _cues(patterns.KIND_CUES, self.lower, window_start, amount.start)
        if any(cue.kind == "aspiration" for cue in cues):
            return None
        if cues:
            return "actual" if cues[-1].kind == "actual" else "target"
        if kinds:
            return kinds[-1]
        if any(t.role == DEADLINE and self.is_future_deadline(t) for t in view.times):
            return "target"
        return "actual"

    def is_future_deadline(self, mention: TimeMention) -> bool:
        if mention.year is None or self.meta.published is None:
            return True
        return mention.year >= self.meta.published.year

    def qualifier(self, sentence: Sentence, amount: Amount) -> str:
        before = self.lower[max(sentence.start, amount.start - 40) : amount.start]
        if not patterns.contains_any(before, patterns.QUALIFIER_LITERALS):
            return "="  # prefilter: no qualifier word before the amount
        match = patterns.QUALIFIER_BEFORE.search(before)  # at most 40 characters: bounded check
        if not match:
            return "="
        word = " ".join(match.group("word").split())
        return QUALIFIER_WORDS.get(word, "=")

    def sentence_parties(self, view: _SentenceView, previous: _SentenceView | None) -> _SentenceParties:
        """The countries, regions and bilateral markers of a sentence, found once."""
        if view.parties is not None:
            return view.parties
        sentence = view.sentence
        regions = self.regions_near_cues(view)
        region_countries = [mention for mention, _ in regions if mention.code]
        mentions = sorted([*view.countries, *region_countries], key=lambda mention: mention.start)
        homes = frozenset(m.code for m in mentions if not self.is_partner(m, sentence.start))
        bilateral = patterns.BILATERAL.search(
            self.lower, sentence.start, sentence.end, timeout=patterns.TIMEOUT
        )
        pair_said_before = (
            previous is not None
            and previous.sentence.paragraph == sentence.paragraph
            and len({m.code for m in previous.countries}) >= 2
        )
        view.parties = _SentenceParties(
            codes=distinct_in_order(mentions),
            homes=homes,
            region_countries=region_countries,
            region=regions[0][1].name if regions else None,
            bilateral=bool(bilateral),
            pair_said_before=pair_said_before,
            breakdown=bool(
                patterns.BREAKDOWN.search(self.lower, sentence.start, sentence.end, timeout=patterns.TIMEOUT)
            ),
        )
        return view.parties

    def parties(
        self,
        view: _SentenceView,
        previous: _SentenceView | None,
        amount: Amount,
        cue: Cue,
        clause_floor: int,
        continues: bool = False,
    ) -> tuple[tuple[str, str] | None, str | None]:
        """The pair (and region) a figure is about; None when it is not bilateral.

        The clause runs from the figure's trade word (and the adjectives just before it, as in
        "казахстанско-китайский товарооборот") to the figure, never back past the previous figure.
        """
        sentence = view.sentence
        said = self.sentence_parties(view, previous)
        if cue.end <= amount.start:
            reach = max(sentence.start, clause_floor, cue.start - _CUE_REACH_BEFORE)
            boundary = max(self.lower.rfind(mark, reach, cue.start) for mark in ",;:")
            clause_start, clause_end = max(reach, boundary + 1), amount.start
        else:
            clause_start, clause_end = amount.start, cue.end
        clause = self.countries_in(clause_start, clause_end)
        clause += [m for m in said.region_countries if clause_start <= m.start < clause_end]
        clause.sort(key=lambda mention: mention.start)
        clause_codes = distinct_in_order(clause)

        codes = said.codes
        if cue.kind == "anaphor" and previous is not None and len(codes) < 2:
            codes = distinct_in_order([*previous.countries, *view.countries, *said.region_countries])
        group = patterns.GROUP.search(
            self.lower, clause_start, max(clause_end, cue.end), timeout=patterns.TIMEOUT
        )
        if group and len(clause_codes) < 2:
            return None, None  # "со странами Центральной Азии": not one partner
        if cue.kind == "foreign" and not self.names_partner(cue, amount):
            return None, None  # "внешнеторговый оборот Казахстана": with everyone
        if self.is_total(cue) and not self.names_partner(cue, amount):
            return None, None  # "Uzbekistan's total exports", "общий объем экспорта"
        if not continues and self.breaks_down_a_total(view, cue):
            return None, None  # "foreign trade totaled $25.6 billion, of which exports $15.7 billion"
        if not codes and cue.kind in ("export", "import") and previous is not None:
            named = [c for c in previous.metric_cues if c.kind != "anaphor"]
            if named and named[-1].kind == "foreign":
                return None, None  # "China's total foreign trade reached ... Exports rose to ..."
        # One country qualifying the trade word ("товарооборот Казахстана", "Kazakhstan's exports") is its
        # total, unless the text is already about a pair: a breakdown ("из которых экспорт ...", "of which
        # Kazakh exports ...") or a sentence right after one naming both countries.
        breakdown_of_pair = said.breakdown and previous is not None and bool(previous.facts)
        about_a_pair = continues or said.pair_said_before or breakdown_of_pair
        if not about_a_pair and not self.names_partner(cue, amount):
            clause_bilateral = patterns.BILATERAL.search(
                self.lower, clause_start, max(clause_end, cue.end), timeout=patterns.TIMEOUT
            )
            if len(clause_codes) == 1 and not clause_bilateral and self.is_possessive(cue, clause):
                return None, None
            if len(codes) == 1 and not said.bilateral and self.is_possessive(cue, view.countries):
                return None, None
        pair = choose_pair(clause_codes, codes, self.ranking, said.homes, self.pair)
        if pair is None or pair[0] == pair[1]:
            return None, None
        region = said.region
        if region is None and cue.kind == "anaphor" and previous is not None:
            region = self.sentence_parties(previous, None).region  # "этот показатель": the same side
        return pair, region

    def regions_near_cues(self, view: _SentenceView) -> list[tuple[Mention, Region]]:
        """Regions named right next to a trade word: the sub-national side of that trade."""
        sentence = view.sentence
        near = []
        for mention, region in find_regions(self.lower, sentence.start, sentence.end):
            for cue in view.metric_cues:
                if cue.end <= mention.start <= cue.end + _REGION_REACH or (
                    cue.start - _CUE_REACH_BEFORE <= mention.end <= cue.start
                ):
                    near.append((mention, region))
                    break
        return near

    def breaks_down_a_total(self, view: _SentenceView, cue: Cue) -> bool:
        """Exports or imports said after a country's foreign trade in the same sentence are its parts."""
        return cue.kind in ("export", "import") and any(
            earlier.kind == "foreign" and earlier.end <= cue.start for earlier in view.metric_cues
        )

    def is_total(self, cue: Cue) -> bool:
        """'total exports', 'всего экспорт', 'общий объем экспорта': with everyone."""
        before = self.lower[max(0, cue.start - 16) : cue.start]
        after = self.lower[cue.end : cue.end + 40]
        return bool(
            (
                patterns.contains_any(before, patterns.TOTAL_BEFORE_LITERALS)
                and patterns.TOTAL_BEFORE.search(before)  # at most 16 characters: bounded check
            )
            or (
                patterns.contains_any(after, patterns.TOTAL_AFTER_LITERALS)
                and patterns.TOTAL_AFTER.search(after)  # at most 40 characters: bounded check
            )
        )

    def names_partner(self, cue: Cue, amount: Amount) -> bool:
        """Foreign trade counts only with a partner named: 'внешнеторговый оборот ... с Китаем'."""
        start, end = (cue.end, amount.start) if cue.end <= amount.start else (amount.end, cue.start)
        before = self.lower[max(0, cue.start - 12) : cue.start]  # for the prefilter only
        if patterns.contains_any(before, patterns.TOTAL_BEFORE_LITERALS) and patterns.TOTAL_BEFORE.search(
            self.lower,
            max(0, cue.start - 12),
            cue.start,  # at most 12 characters: bounded check
        ):
            return False  # "всего внешнеторгового оборота", "total foreign trade"
        return any(self.is_partner(mention, start) for mention in self.countries_in(start, end))

    def is_partner(self, mention: Mention, floor: int) -> bool:
        """Named after 'с', 'with', 'из', 'to'...: the partner side of a trade, not its home side."""
        before = self.lower[max(floor, mention.start - 24) : mention.start]
        return bool(patterns.PARTNER_BEFORE.search(before))  # at most 24 characters: bounded check

    def is_possessive(self, cue: Cue, countries: Sequence[Mention]) -> bool:
        """The one named country qualifies the trade word directly: its own total, not a partner's share."""
        for mention in countries:
            between_after = self.lower[cue.end : mention.start] if mention.start >= cue.end else None
            between_before = self.lower[mention.end : cue.start] if mention.end <= cue.start else None
            if between_after is not None and patterns.POSSESSOR_GAP.fullmatch(between_after):
                return True  # "экспорт Казахстана", "экспорт Южной Кореи", "exports of Kazakhstan"
            if between_before is not None and regex.fullmatch(r"(?:'s)?\s*", between_before):
                return True  # "Kazakhstan's exports", "Kazakh exports"
        return False

    # --- time ------------------------------------------------------------------------------------------

    def reference_year(self, index: int) -> int | None:
        """The publication year, which 'last year' counts from (None when unknown)."""
        return self.meta.published.year if self.meta.published is not None else None

    def compared_year(self, index: int) -> int | None:
        """'по сравнению с 2023 годом' in this sentence or the next: the year before the one reported on."""
        for neighbour in (index, index + 1):
            if neighbour >= len(self.sentences):
                break
            for mention in self.view(neighbour).times:
                if mention.role == COMPARISON and mention.year is not None:
                    return mention.year
        return None

    def context_year(self, view: _SentenceView, previous: _SentenceView | None, before: int) -> int | None:
        """The year of a 'за 10 месяцев' with no year: said earlier in the sentence or in the one before."""
        earlier = [t for t in view.times if t.role == SPAN and t.year is not None and t.end <= before]
        if earlier:
            return earlier[-1].year
        if previous is not None:
            stated = [t for t in previous.times if t.role == SPAN and t.year is not None]
            if stated:
                return stated[-1].year
        if self.meta.published is not None:
            return self.meta.published.year
        return None

    def when(
        self,
        view: _SentenceView,
        previous: _SentenceView | None,
        amount: Amount,
        kind: str,
        reference_year: int | None,
        metric: str = "turnover",
    ) -> tuple[Period | None, int | None]:
        """The period a reported figure covers, or the deadline year of a target."""
        times = [t for t in view.times if t.role in (SPAN, NOW, SAME)]
        chosen = self.time_for(times, amount)
        period = (
            self.to_period(chosen, view, previous, reference_year) if chosen and chosen.role == SPAN else None
        )
        if chosen is not None and chosen.role == SAME:
            period = self.period_said_before(view.index, reference_year)
        if (
            chosen is not None
            and chosen.year_offset == 0
            and (chosen.first_month, chosen.last_month) == (1, 12)
        ):
            period = None  # "this year" for a reported figure: some part of the year, not the whole
        if chosen is None:
            period = self.carried_period(view, metric, reference_year)
        if period is not None:
            view.period = period
        if kind == "actual":
            return period, None
        deadlines = [t for t in view.times if t.role == DEADLINE]
        if deadlines:
            deadline = self.time_for(deadlines, amount) or deadlines[-1]
            return None, self.deadline_year(deadline, reference_year)
        if chosen is not None and chosen.role == SPAN and period is not None:
            return None, period.year
        return None, None

    def carried_period(self, view: _SentenceView, metric: str, reference_year: int | None) -> Period | None:
        """The period of a sentence with no time of its own: that of the sentence before it that states one
        or reports figures (an attribution like "Об этом сообщили в таможне" in between is skipped), within
        its paragraph, or across a paragraph break when it goes on with the trade figures reported there
        (the export and import of a turnover just given)."""
        for earlier in range(view.index - 1, max(-1, view.index - 1 - _CARRY_REACH), -1):
            before = self.view(earlier)
            if not (before.facts or any(t.role in (SPAN, NOW) for t in before.times)):
                continue
            same_paragraph = before.sentence.paragraph == view.sentence.paragraph
            continues = metric in _TRADE_METRICS and any(f.metric in _TRADE_METRICS for f in before.facts)
            return self.stated_period(before, reference_year) if same_paragraph or continues else None
        return None

    def period_said_before(self, index: int, reference_year: int | None) -> Period | None:
        """'за этот период': the latest period stated in the few sentences before."""
        for earlier in range(index - 1, max(-1, index - 1 - _SAME_PERIOD_REACH), -1):
            period = self.stated_period(self.view(earlier), reference_year)
            if period is not None:
                return period
        return None

    def stated_period(self, view: _SentenceView, reference_year: int | None) -> Period | None:
        """The period a sentence speaks of: that of its figures, else its last time expression."""
        if view.period is not None:
            return view.period
        spans = [t for t in view.times if t.role == SPAN]
        if not spans or any(t.role == NOW for t in view.times):
            return None
        return self.to_period(spans[-1], view, None, reference_year)

    def time_for(self, times: Sequence[TimeMention], amount: Amount) -> TimeMention | None:
        """Right after the amount ('41 млрд долларов в 2023 году'), else the nearest before it."""
        after = [t for t in times if amount.end <= t.start <= amount.end + _ADJACENT]
        if after and "," not in self.lower[amount.end : after[0].start]:
            return after[0]
        before = [t for t in times if t.end <= amount.start]
        if before:
            return before[-1]
        later = [t for t in times if t.start >= amount.end and "," not in self.lower[amount.end : t.start]]
        return later[0] if later else None

    def to_period(
        self,
        mention: TimeMention,
        view: _SentenceView,
        previous: _SentenceView | None,
        reference_year: int | None,
    ) -> Period | None:
        context = self.context_year(view, previous, mention.start) if mention.needs_year else None
        year = resolve_year(mention, reference_year, context)
        if year is None and mention.year_offset is not None:
            compared = self.compared_year(self.sentences.index(view.sentence))
            year = compared + 1 if compared is not None else None
        if year is None:
            return None
        try:
            return to_period(mention, year)
        except ValueError:
            return None

    def deadline_year(self, mention: TimeMention, reference_year: int | None) -> int | None:
        if mention.year is not None:
            return mention.year
        if reference_year is None:
            return None
        if mention.years_ahead is not None:
            return reference_year + mention.years_ahead
        return reference_year + (mention.year_offset or 0)

    # --- growth ----------------------------------------------------------------------------------------

    def attach_growth(self, view: _SentenceView, facts: list[Fact]) -> list[Fact]:
        """Each stated change goes to the figure of its sentence nearest to it."""
        if not facts:
            return facts
        sentence = view.sentence
        spans = view.fact_spans
        for match in _growth_matches(self.lower, sentence.start, sentence.end):
            growth = _growth_value(match)
            if growth is None:
                continue
            after = bisect.bisect_left(spans, match.start(), key=lambda span: span[0])
            candidates = [i for i in (after - 1, after) if 0 <= i < len(spans)]
            nearest = min(candidates, key=lambda i: _distance(spans[i], match.span()))
            if facts[nearest].growth_pct is None:
                facts[nearest] = dataclasses.replace(facts[nearest], growth_pct=growth)
        return facts

    def attach_growth_from_next(self, index: int, facts: list[Fact]) -> list[Fact]:
        """'При этом взаимная торговля увеличилась на 11%': a change said in the next sentence, no amount."""
        following = index + 1
        if following >= len(self.sentences):
            return facts
        view = self.view(following)
        if view.amounts:
            return facts
        for match in _growth_matches(self.lower, view.sentence.start, view.sentence.end):
            growth = _growth_value(match)
            before = self.views[index]  # "The figure grew by 47.5%": the figure of the sentence before
            metrics = [self.metric(cue, view, before) for cue in view.metric_cues if cue.end <= match.start()]
            metric = next((m for m in reversed(metrics) if m), None)
            own_facts = self.views[index].facts
            if (
                metric is None
                and own_facts
                and patterns.PRONOUN.search(self.lower, view.sentence.start, match.start())
            ):
                metric = own_facts[0].metric  # "Он вырос на 14,3%": the figure just given
            if growth is None or metric is None:
                continue
            own = self.views[index].facts
            for position in range(len(facts) - len(own), len(facts)):
                fact = facts[position]
                if fact.metric == metric and fact.kind == "actual" and fact.growth_pct is None:
                    facts[position] = dataclasses.replace(fact, growth_pct=growth)
                    break
        return facts


def _growth_matches(lower: str, start: int, end: int) -> list[regex.Match[str]]:
    """Stated changes in `lower[start:end]`; prefilter: a sentence with none of GROWTH's literals has none."""
    if not patterns.contains_any(lower[start:end], patterns.GROWTH_LITERALS):
        return []
    return list(patterns.GROWTH.finditer(lower, start, end, timeout=patterns.TIMEOUT))


def _distance(first: tuple[int, int], second: tuple[int, int]) -> int:
    if first[1] <= second[0]:
        return second[0] - first[1]
    if second[1] <= first[0]:
        return first[0] - second[1]
    return 0


def _number(text: str) -> Decimal:
    return Decimal(text.replace(",", "."))


_TIMES_WORDS = {
    "полтора": Decimal("1.5"),
    "два": Decimal(2),
    "три": Decimal(3),
    "четыре": Decimal(4),
    "пять": Decimal(5),
}


def _growth_value(match: regex.Match[str]) -> Decimal | None:
    """The signed percentage a growth phrase states."""
    if match.group("pct"):
        sign = -1 if match.group("down") else 1
        return sign * _number(match.group("pct"))
    if match.group("pct_first"):
        sign = -1 if match.group("down_after") else 1
        return sign * _number(match.group("pct_first"))
    if match.group("pct_signed"):
        sign = -1 if match.group("sign") == "-" else 1
        return sign * _number(match.group("pct_signed"))
    if match.group("pct_or"):  # "или на 29%": the direction is the verb's, said before
        before = match.string[max(0, match.start() - 120) : match.start()]
        sign = -1 if regex.search(rf"(?<!\w){patterns.DOWN_WORDS}(?!\w)", before) else 1
        return sign * _number(match.group("pct_or"))
    if match.group("times") or match.group("times_en"):
        word = match.group("times") or match.group("times_en")
        factor = _TIMES_WORDS.get(word) or _number(word)
        return (factor - 1) * 100
    if match.group("double"):
        word = match.group("double")
        return Decimal(200) if word.startswith(("втрое", "утроил", "tripled")) else Decimal(100)
    return None


def _deduplicate(facts: list[Fact]) -> list[Fact]:
    """One row per figure: a repeat (a headline restating the body) goes; a dated report beats an undated."""
    keyed: dict[tuple[object, ...], Fact] = {}
    deadline_keys = {
        (f.metric, f.kind, f.amount, f.currency, f.parties, f.region)
        for f in facts
        if f.target_year is not None
    }
    dated_keys = {
        (f.metric, f.kind, f.amount, f.currency, f.parties, f.region)
        for f in facts
        if f.period_start is not None
    }
    kept = []
    for fact in facts:
        key = (
            fact.metric,
            fact.kind,
            fact.amount,
            fact.currency,
            fact.parties,
            fact.region,
            fact.period_start,
            fact.period_end,
            fact.target_year,
        )
        if key in keyed:
            continue
        loose = (fact.metric, fact.kind, fact.amount, fact.currency, fact.parties, fact.region)
        if fact.kind == "actual" and fact.period_start is None and loose in dated_keys:
            continue
        if fact.kind == "target" and fact.target_year is None and loose in deadline_keys:
            continue  # a headline restating a target the text gives with its deadline
        keyed[key] = fact
        kept.append(fact)
    return kept


def infer_published(facts: Sequence[Fact]) -> dt.date | None:
    """A publication date inferred from content: the day after the latest period an article reports on."""
    ends = [fact.period_end for fact in facts if fact.kind == "actual" and fact.period_end is not None]
    if not ends:
        return None
    return max(ends) + dt.timedelta(days=1)
