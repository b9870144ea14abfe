"""What is not a bilateral trade figure, as ordered tables of named predicates.

Each predicate says yes when its case holds; its docstring is its example (tests/test_extract_nonfacts.py
runs each). The stages try a table in order and drop the candidate at the first yes:

- `AMOUNT_EXCLUSIONS` before anything is read of an amount (a difference is no level);
- `CUE_EXCLUSIONS` on the trade word that names the metric (a deficit, a budget, one sector's trade);
- `PAIR_EXCLUSIONS` on who the figure is between (a bloc, a country's total, the parts of a total);
- `LATE_EXCLUSIONS` once its period is read (the old level of a change with no period of its own).

Bounded checks: the predicates run their patterns on slices of at most 80 characters around an amount or a
cue (cut by slicing or by `endpos`; a look-behind reads one character more). Their patterns repeat no group
without a bound (tests/test_speed_bounded.py), so backtracking is polynomial in the slice's length: a time
bounded whatever the text. They run without `timeout=`, which costs a clock reading per call, more than
such a search.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import TypeVar

import regex

from tradeviz.extract import vocab
from tradeviz.extract.amounts import Amount
from tradeviz.extract.context import Candidate, Placed, SentenceContext
from tradeviz.extract.cues import KIND_CUE, Cue
from tradeviz.extract.currencies import CURRENCY_BEFORE
from tradeviz.extract.kit import TIMEOUT, alternation, contains_any, fragments, pattern_literals
from tradeviz.extract.places import BILATERAL, GROUP, Mention
from tradeviz.extract.regional import region_total
from tradeviz.extract.sectors import sector_after_amount, sector_of_a_breakdown, sectoral
from tradeviz.extract.series import goes_on_with_the_series, names_several_partners, outgrows_the_series
from tradeviz.extract.times import COMPARISON, SPAN

_C = TypeVar("_C", bound=Candidate)
ADJACENT = 30  # characters after an amount within which a time expression belongs to it
_GROUP_AFTER_CUE = 30  # characters after a trade word where its partners may stand ("trade with the EAEU")

# --- patterns -----------------------------------------------------------------------------------------------

CHANGE_VERB = fragments(vocab.CHANGE_VERBS)
# "на 2 млрд" / "by $2 billion" after a verb of change: a difference, not a level.
DIFFERENCE_BEFORE = regex.compile(
    rf"""(?<!\w){CHANGE_VERB}(?:\s+[^\s\d]+){{0,7}}?\s+(?:на|by|up|down)\s+
        (?:(?:почти|около|более|свыше|примерно|about|around|approximately|nearly|almost|over|more\s+than|some|roughly)\s+)?
        (?:чем\s+на\s+)?(?:{CURRENCY_BEFORE}\s*)?$""",
    regex.VERBOSE,
)
# "на 2 млрд больше": a difference said after the amount.
DIFFERENCE_AROUND_BEFORE = regex.compile(r"(?<!\w)(?:на|by)\s+(?:[$€₸£¥]\s*)?$")
DIFFERENCE_AROUND_AFTER = regex.compile(
    r"\s*(?:\S+\s+)?(?:больше|меньше|выше|ниже|more|less|higher|lower|up|down)(?!\w)"
)
DIFFERENCE_LITERALS = tuple(
    sorted(set(pattern_literals(DIFFERENCE_BEFORE)) | set(pattern_literals(DIFFERENCE_AROUND_BEFORE)))
)
# "с 20 до 35 млрд", "from $31 billion to": the earlier value of a change.
FROM_BEFORE = regex.compile(
    rf"""(?<!\w)(?:с|со|from)\s+(?:(?:около|почти|about|nearly|almost)\s+)?(?:{CURRENCY_BEFORE}\s*)?$""",
    regex.VERBOSE,
)
FROM_LITERALS = pattern_literals(FROM_BEFORE)
# "плюс 2,8 млрд к товарообороту", "lost almost 4 billion euros": a gain or a loss, not a level.
GAIN_OR_LOSS_BEFORE = regex.compile(
    r"(?<!\w)(?:плюс|минус|plus|minus|потерял\w*|недополучил\w*|lost|losing|loses)"
    r"(?:\s+[^\s\d]+){0,6}?\s+(?:(?:почти|около|более|almost|nearly|about|over|some)\s+)?(?:[$€£¥]\s*)?$"
)
_SMALLEST_FIGURE = 10_000  # in currency units: "3,8 доллара", "$40" are prices, not trade figures

# A trade word in the genitive, or after "of"/"for", can hang off a preceding noun: "бюджет программы
# развития приграничной торговли", "the budget for border trade" are budgets, not trade.
GENITIVE_CUE = regex.compile(
    r"(?:торговл[иеью]|оборот[ауе]|экспорт[ауе]|импорт[ауе]|инвестици[йиях]+|поставок|поставк[аеи]|вложений)$"
)
HEAD_GAP = regex.compile(r"(?:\s+[^\s\d,;:.]+){0,7}\s+$")
ENGLISH_OF = regex.compile(r"(?<!\w)(?:of|for|on|in)(?!\w)")
TOTAL_AFTER = regex.compile(
    r"^\s*(?:\S+\s+){0,2}?(?:в\s+целом|в\s+общей\s+сложности|in\s+total|overall|as\s+a\s+whole)(?!\w)"
)
TOTAL_AFTER_LITERALS = pattern_literals(TOTAL_AFTER)
TOTAL_BEFORE = regex.compile(
    r"(?<!\w)(?:всего|всей|общего|общий|общем|суммарн\w*|total|overall|entire|whole)\s+$"
)
TOTAL_BEFORE_LITERALS = pattern_literals(TOTAL_BEFORE)
# Between a trade word and the country whose trade it is: nothing, "of (the)", or one word that is not a
# preposition ("Южной" Кореи, "Республики" Корея).
POSSESSOR_GAP = regex.compile(
    rf"\s*(?:of\s+(?:the\s+)?)?(?:(?!{alternation(vocab.PARTNER_PREPOSITIONS)}\s)[^\W\d]{{3,}}\s+)?"
)
# "Kazakhstan's exports", "Türkiye's January-September exports", "China's 2023 exports", "内蒙古的出口".
_POSSESSIVE_BEFORE = regex.compile(r"(?:'s|的)?\s*(?:(?:[a-z]+-[a-z]+(?:-[a-z]+)?|\d{4}|annual)\s+)?")

# --- helpers the predicates share ---------------------------------------------------------------------------


def names_partner(context: SentenceContext, cue: Cue, amount: Amount) -> bool:
    """Foreign trade counts only with a partner named: 'внешнеторговый оборот ... с Китаем'."""
    lower = context.lower
    start, end = (cue.end, amount.start) if cue.end <= amount.start else (amount.end, cue.start)
    before = lower[max(0, cue.start - 12) : cue.start]  # for the prefilter only
    if (
        cue.kind == "foreign"
        and contains_any(before, TOTAL_BEFORE_LITERALS)
        and TOTAL_BEFORE.search(lower, max(0, cue.start - 12), cue.start)  # at most 12 characters: bounded
    ):
        return False  # "всего внешнеторгового оборота", "total foreign trade": with everyone
    article = context.article
    floor = min(start, cue.start)  # a cue that ends in its preposition: "Sales to Germany reached"
    return any(article.is_partner(mention, floor) for mention in article.countries_in(start, end)) or (
        article.partner_right_before(cue.start, context.sentence.start)  # "中国与越南进出口总额"
    )


def is_possessive(lower: str, cue: Cue, countries: Sequence[Mention]) -> bool:
    """The one named country qualifies the trade word directly: its own total, not a partner's share."""
    for mention in countries:
        if mention.start >= cue.end and POSSESSOR_GAP.fullmatch(lower[cue.end : mention.start]):
            return True  # "экспорт Казахстана", "экспорт Южной Кореи", "exports of Kazakhstan"
        if mention.end <= cue.start and _POSSESSIVE_BEFORE.fullmatch(lower[mention.end : cue.start]):
            return True  # "Kazakhstan's exports", "Kazakh exports"
    return False


def _is_total(lower: str, cue: Cue) -> bool:
    """'total exports', 'всего экспорт', 'общий объем экспорта': with everyone."""
    before = lower[max(0, cue.start - 16) : cue.start]
    after = lower[cue.end : cue.end + 40]
    return bool(
        (contains_any(before, TOTAL_BEFORE_LITERALS) and TOTAL_BEFORE.search(before))  # at most 16: bounded
        or (contains_any(after, TOTAL_AFTER_LITERALS) and TOTAL_AFTER.search(after))  # at most 40: bounded
    )


def _about_a_pair(candidate: Placed) -> bool:
    """The text is already about a pair: a figure of the sentence before this one, a sentence right after
    one naming both countries, or a breakdown ("из которых экспорт ...") of a figure just given."""
    said = candidate.context.parties
    breakdown_of_pair = (
        said.breakdown and candidate.context.previous is not None and bool(candidate.previous.facts)
    )
    return candidate.continues or said.pair_said_before or breakdown_of_pair


def _partner_elsewhere(candidate: Placed, own: str) -> bool:
    """The sentence names another country as a partner (after 'из', 'to', 'с'...): it is about the pair."""
    context = candidate.context
    sentence = context.sentence
    return any(
        mention.code != own and context.article.is_partner(mention, sentence.start)
        for mention in context.countries
    )


def has_own_period(context: SentenceContext, amount: Amount) -> bool:
    """A time expression right after the amount: '31 млрд долларов в 2022 году', or 'from $27.8 billion a year
    earlier' after the figure's own period ('$23.1 billion in 2023, down from')."""
    said_before = any(t.role == SPAN and t.end <= amount.start for t in context.times)
    return any(
        (t.role == SPAN or (t.role == COMPARISON and t.year_offset == -1 and said_before))
        and amount.end <= t.start <= amount.end + ADJACENT
        and "," not in context.lower[amount.end : t.start]
        for t in context.times
    )


# --- amount exclusions --------------------------------------------------------------------------------------


def difference(candidate: Candidate) -> bool:
    """Товарооборот вырос на 2 млрд долларов по сравнению с 2022 годом."""
    lower, sentence, amount = candidate.context.lower, candidate.context.sentence, candidate.amount
    before = lower[max(sentence.start, amount.start - 80) : amount.start]
    if not contains_any(before, DIFFERENCE_LITERALS):
        return False  # prefilter: no "на", "by", "up" or "down" before the amount
    if DIFFERENCE_BEFORE.search(before):  # at most 80 characters: bounded check
        return True
    return bool(
        DIFFERENCE_AROUND_BEFORE.search(before)
        and DIFFERENCE_AROUND_AFTER.match(lower, amount.end, min(sentence.end, amount.end + 30))
    )


def too_small(candidate: Candidate) -> bool:
    """Товар стоит 3,8 доллара за килограмм, а товарооборот Казахстана и Китая растёт."""
    amount = candidate.amount
    return amount.unit is None and amount.amount < _SMALLEST_FIGURE


def gain_or_loss(candidate: Candidate) -> bool:
    """Germany lost almost 4 billion euros on its exports to Russia in the first half of 2015."""
    lower, sentence, amount = candidate.context.lower, candidate.context.sentence, candidate.amount
    before = lower[max(sentence.start, amount.start - 60) : amount.start]
    return bool(GAIN_OR_LOSS_BEFORE.search(before))  # at most 60 characters: bounded check


# --- cue exclusions (on the cue that names the metric; an anaphor's is the one it stands for) ---------------


def names_no_trade(context: SentenceContext, cue: Cue) -> bool:
    """Дефицит торговли Казахстана с Китаем составил 2 млрд долларов."""
    return cue.kind == "blocker"


def hangs_off_blocker(context: SentenceContext, cue: Cue) -> bool:
    """Бюджет программы развития приграничной торговли с Китаем составит 5 млрд тенге."""
    cues, lower = context.metric_cues, context.lower
    index = bisect.bisect_left(cues, cue.start, key=lambda c: c.start)
    blocker = next(
        (c for c in reversed(cues[max(0, index - 3) : index]) if c.kind == "blocker" and c.end <= cue.start),
        None,
    )
    if blocker is None:
        return False
    gap = lower[blocker.end : cue.start]
    if not HEAD_GAP.fullmatch(" " + gap.strip() + " ", timeout=TIMEOUT):
        return False
    if KIND_CUE.search(gap, timeout=TIMEOUT):
        return False
    return bool(GENITIVE_CUE.search(lower[cue.start : cue.end]) or ENGLISH_OF.search(gap))


# --- pair exclusions (in the order tried) -------------------------------------------------------------------


def bloc(candidate: Placed) -> bool:
    """Товарооборот Казахстана со странами Центральной Азии составил 7 млрд долларов."""
    clause, cue = candidate.clause, candidate.cue
    context = candidate.context
    # The trade word's own words after it too: "Kyrgyzstan's $2.6 billion trade with the EAEU".
    end = max(clause.end, min(cue.end + _GROUP_AFTER_CUE, context.sentence.end))
    following = [a.start for a in context.amounts if a.start > cue.end]
    end = min([end, *following[:1]])
    found = GROUP.search(context.lower, clause.start, max(end, cue.end), timeout=TIMEOUT)
    return bool(found) and len(clause.codes) < 2


def several_partners(candidate: Placed) -> bool:
    """India expects bilateral trade worth $10-11 billion with Russia and Bangladesh in the next months."""
    if candidate.item is not None:
        return False  # "с Кыргызстаном и Германией ... $998,6 млн и $951,3 млн соответственно": one each
    memo = candidate.context.memo  # the sentence's answer, the same for each of its amounts
    if "several_partners" not in memo:
        memo["several_partners"] = names_several_partners(candidate.context)
    return bool(memo["several_partners"])


def foreign_trade(candidate: Placed) -> bool:
    """Внешнеторговый оборот Казахстана в 2023 году составил 139 млрд долларов."""
    if candidate.item is not None:
        return False  # a list names the partner: "partners were the Netherlands ... with foreign trade at"
    cue, context = candidate.cue, candidate.context
    if cue.kind != "foreign" or names_partner(context, cue, candidate.amount):
        return False
    # "Суммарный объем внешней торговли между нашими странами": foreign trade between two is bilateral.
    end = min(context.sentence.end, max(cue.end, candidate.clause.end) + 30)
    return not BILATERAL.search(context.lower, candidate.clause.start, end, timeout=TIMEOUT)


def total(candidate: Placed) -> bool:
    """Uzbekistan's total exports reached $24.5 billion in 2023."""
    if candidate.item is not None:
        return False  # a list names the partner: "partners were the Netherlands ... with foreign trade at"
    cue, context = candidate.cue, candidate.context
    if not _is_total(context.lower, cue) or names_partner(context, cue, candidate.amount):
        return False
    # "общий товарооборот между двумя странами": the total of a pair is its trade.
    end = min(context.sentence.end, max(cue.end, candidate.clause.end) + 30)
    return not BILATERAL.search(context.lower, candidate.clause.start, end, timeout=TIMEOUT)


def part_of_a_total(candidate: Placed) -> bool:
    """Kazakhstan's foreign trade totaled $25.6 billion, of which exports $15.7 billion."""
    if candidate.item is not None:
        return False  # a list names the partner: "partners were the Netherlands ... with foreign trade at"
    cue = candidate.cue
    return (
        not candidate.continues
        and cue.kind in ("export", "import")
        and any(
            earlier.kind == "foreign" and earlier.end <= cue.start
            for earlier in candidate.context.metric_cues
        )
    )


def part_of_a_total_before(candidate: Placed) -> bool:
    """China's total foreign trade reached $5.9 trillion. Exports rose to $3.4 trillion."""
    cue, clause, previous = candidate.cue, candidate.clause, candidate.context.previous
    if clause.sentence_codes or cue.kind not in ("export", "import") or previous is None:
        return False
    named = [c for c in previous.metric_cues if c.kind != "anaphor"]
    return bool(named) and named[-1].kind == "foreign"


def continues_a_total(candidate: Placed) -> bool:
    """Türkiye's exports rose to $204.1 billion. Imports were up 31.2% to over $301 billion."""
    return candidate.previous.country_total and not candidate.context.countries


def own_total_in_clause(candidate: Placed) -> bool:
    """Товарооборот Казахстана в 2023 году составил 139 млрд долларов."""
    if candidate.item is not None:
        return False  # a list names the partner: "partners were the Netherlands ... with foreign trade at"
    cue, clause, context = candidate.cue, candidate.clause, candidate.context
    if len(clause.codes) != 1 or names_partner(context, cue, candidate.amount):
        return False  # names_partner: "Еуроодаққа тауар тасымалы", "对俄贸易" name the partner
    if _about_a_pair(candidate) and not outgrows_the_series(candidate):
        return False
    if _partner_elsewhere(candidate, clause.codes[0]) or goes_on_with_the_series(candidate):
        return False  # "Российский экспорт составил $4,5 млрд, импорт в Россию из Казахстана — $2,4 млрд"
    lower = context.lower
    if BILATERAL.search(lower, clause.start, max(clause.end, cue.end), timeout=TIMEOUT):
        return False
    clause_countries = context.article.countries_in(clause.start, clause.end)
    clause_countries += [m for m in context.parties.region_countries if clause.start <= m.start < clause.end]
    return is_possessive(lower, cue, sorted(clause_countries, key=lambda mention: mention.start))


def own_total_in_sentence(candidate: Placed) -> bool:
    """В 2023 году 78 млрд долларов пришлось на экспорт Казахстана."""
    if candidate.item is not None:
        return False  # a list names the partner: "partners were the Netherlands ... with foreign trade at"
    cue, clause, context = candidate.cue, candidate.clause, candidate.context
    if len(clause.sentence_codes) != 1 or context.parties.bilateral or _about_a_pair(candidate):
        return False
    if goes_on_with_the_series(candidate):
        return False
    return not names_partner(context, cue, candidate.amount) and is_possessive(
        context.lower, cue, context.countries
    )


# --- late exclusions ----------------------------------------------------------------------------------------


def old_level(candidate: Placed) -> bool:
    """Товарооборот Казахстана и Китая вырос с 6,4 до 7,2 млрд долларов."""
    context, amount = candidate.context, candidate.amount
    if amount.is_from_value:
        is_from = True
    else:
        before = context.lower[max(context.sentence.start, amount.start - 24) : amount.start]
        is_from = contains_any(before, FROM_LITERALS) and bool(FROM_BEFORE.search(before))  # bounded: 24
    return is_from and not has_own_period(context, amount)


CandidateCheck = Callable[[Candidate], bool]
PlacedCheck = Callable[[Placed], bool]
CueCheck = Callable[[SentenceContext, Cue], bool]

AMOUNT_EXCLUSIONS: tuple[CandidateCheck, ...] = (
    difference,
    too_small,
    gain_or_loss,
    sector_after_amount,
    sector_of_a_breakdown,
)
CUE_EXCLUSIONS: tuple[CueCheck, ...] = (names_no_trade, hangs_off_blocker, sectoral)
PAIR_EXCLUSIONS: tuple[PlacedCheck, ...] = (
    bloc,
    several_partners,
    foreign_trade,
    total,
    part_of_a_total,
    part_of_a_total_before,
    continues_a_total,
    own_total_in_clause,
    region_total,
    own_total_in_sentence,
)
LATE_EXCLUSIONS: tuple[PlacedCheck, ...] = (old_level,)


def first_exclusion(table: Sequence[Callable[[_C], bool]], candidate: _C) -> str | None:
    """The name of the first predicate of `table` that holds for the candidate, None when none does."""
    for check in table:
        if check(candidate):
            return check.__name__
    return None
