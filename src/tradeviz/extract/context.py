"""What an article and each of its sentences hold, found once and only when a rule asks: the texts, the
sentences, amounts by sentence, the countries kept, cues, time expressions and who a sentence names.

These are the values the stages read; none of them changes once found (the memos are caches).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools

import regex

from tradeviz.extract.amounts import Amount, find_amounts
from tradeviz.extract.anaphora import with_anaphors
from tradeviz.extract.cues import METRIC_CUES, Cue, find_cues
from tradeviz.extract.found import SentenceFindings
from tradeviz.extract.kit import TIMEOUT
from tradeviz.extract.normalize import lower_same_length, normalize
from tradeviz.extract.periods import compares_its_figure, undated_reference_year
from tradeviz.extract.places import (
    BILATERAL,
    BREAKDOWN,
    KAZAKH_LETTERS,
    PARTNER_BEFORE,
    PARTNER_ENDING,
    Mention,
    article_pair,
    distinct_in_order,
    find_countries,
    find_regions,
    name_ending,
    rank_countries,
)
from tradeviz.extract.sentences import Sentence, is_headline, split_sentences
from tradeviz.extract.times import TimeMention, find_time_mentions
from tradeviz.extract.vocab import Region

LEAD_CHARACTERS = 1000  # the headline and first lines: where an article names the pair it is about
CUE_REACH_BEFORE = 40  # characters before a trade word where its countries ("казахстанско-китайский") stand
_REGION_REACH = 60  # characters after a trade word where its region stands
_DIGIT = regex.compile(r"\d")
_REGION_ANAPHOR = regex.compile(r"(?<!\w)the\s+(?:province|region|republic|oblast)(?:'s)?\s+(?:\w+\s+)?$")
# Between an amount and its restatement in another currency: "291.76 billion yuan ($", "(USD ", "(около ".
RESTATED = regex.compile(
    r"\s*[(\[/]\s*(?:около|почти|about|nearly|some|~)?\s*(?:[a-z]{0,3}[$€£¥₽₸₹₩]|[a-z]{3})?\s*"
)
_PARTNER_BEFORE_CUE = 12  # characters before a trade word where its partner may stand ("与越南进出口总额")
_PAIR_REACH = 2  # sentences back where a pair named makes a one-country figure that pair's
# "на фоне долгового кризиса", "amid the debt crisis": a circumstance, one word of it before the blocker
_CIRCUMSTANCE_BEFORE = regex.compile(
    r"(?<!\w)(?:на\s+фоне|из-за|в\s+связи\s+с|несмотря\s+на|вследствие|amid|due\s+to|despite|because\s+of)"
    r"\s+(?:the\s+|a\s+)?(?:[^\W\d]+\s+)?$"
)


@dataclasses.dataclass(frozen=True, eq=False)
class ArticleText:
    """An article as the rules read it."""

    text: str
    norm: str
    lower: str
    published: dt.date | None
    sentences: list[Sentence]
    amounts_by_sentence: dict[int, list[Amount]]
    countries: list[Mention]  # named inside sentences, outside amounts ("долл. США" is no country)
    ranking: list[str]  # the article's countries, most named first
    pair: tuple[str, str] | None  # the article's pair, for sentences that name no country
    _contexts: dict[int, SentenceContext] = dataclasses.field(default_factory=dict, repr=False)

    @functools.cached_property
    def country_starts(self) -> list[int]:
        return [mention.start for mention in self.countries]

    @functools.cached_property
    def reference_year(self) -> int | None:
        """The year 'last year' and 'этого года' count from: the publication year, else what the article's
        time mentions say (`undated_reference_year`; found only when a date is missing and asked for)."""
        if self.published is not None:
            return self.published.year
        return undated_reference_year(
            [
                (
                    self.sentence(i).times,
                    compares_its_figure(self.lower, s),
                    is_headline(self.norm, self.sentences, s),
                )
                for i, s in enumerate(self.sentences)
            ]
        )

    def countries_in(self, start: int, end: int) -> list[Mention]:
        low = bisect.bisect_left(self.country_starts, start)
        high = bisect.bisect_left(self.country_starts, end)
        return [mention for mention in self.countries[low:high] if mention.end <= end]

    def sentence(self, index: int) -> SentenceContext:
        """The context of sentence `index` (made once)."""
        if index not in self._contexts:
            sentence = self.sentences[index]
            self._contexts[index] = SentenceContext(
                self,
                index,
                sentence,
                self.amounts_by_sentence.get(index, []),
                self.countries_in(sentence.start, sentence.end),
                self.lower,
            )
        return self._contexts[index]

    def is_partner(self, mention: Mention, floor: int) -> bool:
        """Named after 'с', 'with', 'из', 'to', '对'...: the partner side of a trade, not its home side; in
        Kazakh, with an ending that says so ("Қытаймен", "Грузиядан")."""
        before = self.lower[max(floor, mention.start - 24) : mention.start]
        if PARTNER_BEFORE.search(before):  # at most 24 characters: bounded check
            return True
        ending = name_ending(self.lower[mention.start : mention.end])
        return bool(ending and PARTNER_ENDING.search(ending) and self.is_kazakh)  # bounded: one name

    def partner_right_before(self, position: int, floor: int) -> bool:
        """A partner named right before a trade word, no comma between: "中国与越南进出口总额",
        "Еуроодаққа тауар тасымалы"."""
        near = self.countries_in(max(floor, position - _PARTNER_BEFORE_CUE), position)
        lower = self.lower
        return any(
            self.is_partner(mention, floor)
            and not any(mark in lower[mention.end : position] for mark in ",;:")
            for mention in near
        )

    @functools.cached_property
    def is_kazakh(self) -> bool:
        """Kazakh letters in the text: name endings say the partner and the direction."""
        return bool(KAZAKH_LETTERS.search(self.lower))  # one class: linear


@dataclasses.dataclass(frozen=True, slots=True)
class SentenceParties:
    """Who a sentence names, worked out once for all its figures."""

    codes: list[str]  # distinct countries in order (regions' countries included)
    homes: frozenset[str]  # countries named as the side whose trade it is, not after "с"/"with"
    first_home: str | None  # the first of them named: "Germany bought ... Chinese goods" -> DE
    region_countries: list[Mention]
    region: str | None
    bilateral: bool  # "взаимная", "bilateral", "между двумя странами"...
    pair_said_before: bool  # the sentence before, in the same paragraph, named two countries
    breakdown: bool  # "из этой суммы", "of which": the parts of a figure given before


@dataclasses.dataclass(frozen=True, eq=False)
class SentenceContext:
    """One sentence: its amounts and countries, with its cues, times and parties found on first use."""

    article: ArticleText
    index: int
    sentence: Sentence
    amounts: list[Amount]
    countries: list[Mention]
    lower: str  # the article's lower-cased text, which every pattern reads

    @functools.cached_property
    def memo(self) -> dict[object, object]:
        """What the rules work out once per sentence and ask again for each amount (the list items)."""
        return {}

    @functools.cached_property
    def previous(self) -> SentenceContext | None:
        return self.article.sentence(self.index - 1) if self.index > 0 else None

    @functools.cached_property
    def metric_cues(self) -> list[Cue]:
        """Trade words (and blockers, anaphors) in the sentence, in order."""
        found = find_cues(METRIC_CUES, self.lower, self.sentence.start, self.sentence.end)
        return [cue for cue in found if cue.kind != "neutral" and not self._circumstance(cue)]

    def _circumstance(self, cue: Cue) -> bool:
        """A blocker in a phrase of circumstance names no figure: "сократился до 29 млрд на фоне долгового
        кризиса", "fell amid a budget crisis"."""
        if cue.kind != "blocker":
            return False
        before = self.lower[max(self.sentence.start, cue.start - 30) : cue.start]
        return bool(_CIRCUMSTANCE_BEFORE.search(before))  # at most 30 characters: bounded

    @functools.cached_property
    def times(self) -> list[TimeMention]:
        """Time expressions in the sentence."""
        return find_time_mentions(self.lower, self.sentence.start, self.sentence.end)

    @functools.cached_property
    def parties(self) -> SentenceParties:
        """The countries, regions and bilateral markers of the sentence."""
        sentence, lower = self.sentence, self.lower
        regions = self.regions_near_cues()
        region_countries = [mention for mention, _ in regions if mention.code]
        mentions = sorted([*self.countries, *region_countries], key=lambda mention: mention.start)
        home_order = distinct_in_order(
            [m for m in mentions if not self.article.is_partner(m, sentence.start)]
        )
        pair_said_before = any(  # one of the two sentences before, in this paragraph, named two countries
            len({m.code for m in earlier.countries}) >= 2
            for earlier in self.earlier(_PAIR_REACH)
            if earlier.sentence.paragraph == sentence.paragraph
        )
        return SentenceParties(
            codes=distinct_in_order(mentions),
            homes=frozenset(home_order),
            first_home=home_order[0] if home_order else None,
            region_countries=region_countries,
            region=regions[0][1].name if regions else None,
            bilateral=bool(BILATERAL.search(lower, sentence.start, sentence.end, timeout=TIMEOUT)),
            pair_said_before=pair_said_before,
            breakdown=bool(BREAKDOWN.search(lower, sentence.start, sentence.end, timeout=TIMEOUT)),
        )

    def restates(self, first: Amount, second: Amount) -> bool:
        """The second amount restates the first in brackets ("540 млрд рублей ($6,1 млрд)")."""
        return bool(RESTATED.fullmatch(self.lower, first.end, second.start))

    def following_amounts(self, amount: Amount) -> list[Amount]:
        """The sentence's amounts after `amount`, its bracketed restatements left out."""
        later = [a for a in self.amounts if a.start >= amount.end]
        previous = amount
        while later and self.restates(previous, later[0]):
            previous = later.pop(0)
        return later

    def earlier(self, count: int) -> list[SentenceContext]:
        """Up to `count` sentences before this one, nearest first, in its paragraph or the one before."""
        found: list[SentenceContext] = []
        current = self.previous
        while current is not None and len(found) < count:
            if current.sentence.paragraph < self.sentence.paragraph - 1:
                break
            found.append(current)
            current = current.previous
        return found

    def regions_near_cues(self) -> list[tuple[Mention, Region]]:
        """Regions named right next to a trade word: the sub-national side of that trade; or named just
        before a trade word that a region word stands for ("Customs in Heilongjiang said that the
        province's trade with Russia")."""
        near = []
        named = find_regions(self.lower, self.sentence.start, self.sentence.end)
        for mention, region in named:
            for cue in self.metric_cues:
                if cue.end <= mention.start <= cue.end + _REGION_REACH or (
                    cue.start - CUE_REACH_BEFORE <= mention.end <= cue.start
                ):
                    near.append((mention, region))
                    break
        if near or not self.metric_cues:
            return near
        for cue in self.metric_cues:
            anaphor = _REGION_ANAPHOR.search(self.lower, max(self.sentence.start, cue.start - 30), cue.start)
            said = [pair for pair in named if pair[0].end <= cue.start]
            if anaphor is not None and said:  # bounded: 30 characters
                return [said[-1]]
        return near


def read_article(text: str, published: dt.date | None, lang: str) -> ArticleText | None:
    """The article's sentences, amounts and countries; None when it holds no amount in a sentence."""
    if not _DIGIT.search(text):
        return None
    norm = normalize(text)
    lower = lower_same_length(norm)
    amounts = find_amounts(lower, lang)
    if not amounts:
        return None
    sentences = split_sentences(norm)
    if not sentences:
        return None
    starts = [sentence.start for sentence in sentences]
    by_sentence: dict[int, list[Amount]] = {}
    for amount in amounts:
        index = bisect.bisect_right(starts, amount.start) - 1
        if index >= 0 and amount.end <= sentences[index].end:
            by_sentence.setdefault(index, []).append(amount)
    if not by_sentence:
        return None
    found = [
        mention
        for zone_start, zone_end in _country_zones(sentences, by_sentence)
        for mention in find_countries(norm, lower, zone_start, zone_end)
    ]
    countries = _outside_amounts(_inside_sentences(found, sentences, starts), amounts, norm)
    countries = with_anaphors(countries, lower, sentences, sorted(by_sentence))  # "the Central Asian country"
    # A region names its country for what the article is about ("Торговля между Костанайской областью и РФ",
    # "Внешнеторговый оборот Синьцзяна"): those of the lead always, the rest when the countries give no pair.
    lead = (0, min(LEAD_CHARACTERS, sentences[-1].end))
    regions = [mention for mention, _ in find_regions(lower, *lead)]
    ranking, pair = _ranked_pair(_with_regions(countries, regions, sentences, starts), starts)
    if pair is None:
        regions = [
            mention
            for zone_start, zone_end in _country_zones(sentences, by_sentence)
            for mention, _ in find_regions(lower, zone_start, zone_end)
        ]
        ranking, pair = _ranked_pair(_with_regions(countries, regions, sentences, starts), starts)
    return ArticleText(text, norm, lower, published, sentences, by_sentence, countries, ranking, pair)


def _with_regions(
    countries: list[Mention], regions: list[Mention], sentences: list[Sentence], starts: list[int]
) -> list[Mention]:
    inside = _inside_sentences(regions, sentences, starts) if regions else []
    return sorted([*countries, *inside], key=lambda mention: mention.start) if inside else countries


def _ranked_pair(named: list[Mention], starts: list[int]) -> tuple[list[str], tuple[str, str] | None]:
    """The article's countries, most named first, and its pair: sentences that name no country take it
    when both countries are named together somewhere and both in the lead."""
    ranking = rank_countries(named)
    in_lead = {mention.code for mention in named if mention.start < LEAD_CHARACTERS}
    together = {pair for pair in _named_together(named, starts) if pair <= in_lead}
    return ranking, article_pair(ranking, together)


def _country_zones(sentences: list[Sentence], by_sentence: dict[int, list[Amount]]) -> list[tuple[int, int]]:
    """Where the article's countries are counted: its lead (headline and first lines) and the sentences
    around its figures. Scanning only these keeps country search off the bulk of long articles."""
    zones = [(0, min(LEAD_CHARACTERS, sentences[-1].end))]
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


def _outside_amounts(mentions: list[Mention], amounts: list[Amount], text: str) -> list[Mention]:
    """Drop names that are part of a currency: "США" in "млрд долл. США", "US" in "US $981 million"."""
    starts = [amount.start for amount in amounts]
    kept = []
    for mention in mentions:
        index = bisect.bisect_right(starts, mention.start) - 1
        inside = index >= 0 and mention.start < amounts[index].end
        glued = mention.end - mention.start <= 4 and _CURRENCY_SIGN_AFTER.match(
            text, mention.end, mention.end + 2
        )
        if not inside and not glued:
            kept.append(mention)
    return kept


_CURRENCY_SIGN_AFTER = regex.compile(r"\s?[$€£¥₹₩₽₸]")  # a country's name or code glued to a sign: "US $"


def _inside_sentences(mentions: list[Mention], sentences: list[Sentence], starts: list[int]) -> list[Mention]:
    kept = []
    for mention in mentions:
        index = bisect.bisect_right(starts, mention.start) - 1
        if index >= 0 and mention.end <= sentences[index].end:
            kept.append(mention)
    return kept


@dataclasses.dataclass(frozen=True, slots=True)
class Clause:
    """The words that tie a figure to its trade word: from the trade word (with the adjectives just before it,
    as in "казахстанско-китайский товарооборот") to the figure, never back past the previous figure."""

    start: int
    end: int
    codes: list[str]  # countries named there, distinct, in order
    sentence_codes: list[str]  # the sentence's (and the one before's, for "этот показатель")


@dataclasses.dataclass(frozen=True, slots=True)
class Candidate:
    """An amount on its way to a fact, with what the sentence around it says."""

    context: SentenceContext
    amount: Amount
    window_start: int  # the previous amount's end: the words before it belong to an earlier figure
    continues: bool  # an earlier amount of the sentence is already a fact
    previous: SentenceFindings  # what the sentence before gave

    def placed(self, cue: Cue, clause: Clause, item: Mention | None = None) -> Placed:
        """The candidate with its metric cue and clause (and the country it stands by in a list)."""
        return Placed(
            self.context,
            self.amount,
            self.window_start,
            self.continues,
            self.previous,
            cue,
            clause,
            item,
        )


@dataclasses.dataclass(frozen=True, slots=True)
class Placed(Candidate):
    """A candidate whose trade word and clause are known."""

    cue: Cue
    clause: Clause
    item: Mention | None = None  # "with foreign trade at 140.6 billion euros": a list's partner
