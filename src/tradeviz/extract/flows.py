"""Flow: which way an export, an import or an investment goes, exporter>importer (investor>host).

Each country named around the figure's trade word takes a role from the words beside it (`ROLE_RULES`):
where the goods or money come from ("из Китая", "imports from Russia"), where they go ("в Китай", "exports to
China"), whose trade it is ("Kazakhstan's exports", "российский экспорт", "экспорт Казахстана"), whose goods
("imports of Russian goods"), who sells or invests ("Турция инвестировала") and who buys ("India bought").
What a role means depends on the metric (`SIDE_OF_ROLE`): the one whose exports they are sells, the one whose
imports they are buys. A bare "экспорт" with no such words is the reporting side's: the one country the
sentence (or one of the two before it) names as the side whose trade it is.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Sequence

import regex

from tradeviz.extract import vocab
from tradeviz.extract.amounts import Amount
from tradeviz.extract.context import CUE_REACH_BEFORE, Placed, SentenceContext
from tradeviz.extract.found import Finding
from tradeviz.extract.kit import fragments
from tradeviz.extract.places import Mention, name_ending
from tradeviz.extract.sentences import Sentence

_AFTER_CUE = 60  # characters after a trade word where its countries may still stand ("импорт товаров из КНР")
_AFTER_AMOUNT = 40  # characters after an amount where its destination may stand ("$2.1 billion in Vietnam")
_REPORTING_REACH = 2  # sentences back where a bare "экспорт" finds the side the text reports for

# The words right before a country, read backwards from it: "из " -> source, "в экономику " -> destination.
_BEFORE = regex.compile(
    rf"""(?<!\w)(?:
        (?P<source>{fragments(vocab.SOURCE_BEFORE)})
      | (?P<destination>{fragments(vocab.DESTINATION_BEFORE)})
    )\s+(?:the\s+|(?:[^\W\d]+\s+)?)$""",
    regex.VERBOSE,
)
# The words right after a country: a verb of selling, investing or buying, or the goods it makes.
_AFTER = regex.compile(
    rf"""^\s+(?:[^\W\d]+\s+)?(?:
        (?P<seller>{fragments(vocab.SELLER_VERBS)})
      | (?P<buyer>{fragments(vocab.BUYER_VERBS)})
      | (?P<origin>{fragments(vocab.GOODS_WORDS)})
    )(?!\w)""",
    regex.VERBOSE,
)
# Chinese glues the word of direction to the country before the trade word: "对俄出口", "自俄罗斯进口",
# "对吉各类投资"; Kazakh puts it in the name's ending: "Грузиядан жасалатын импорт", "Еуроодаққа тасымалы".
_GLUED_BEFORE = regex.compile(
    rf"(?:(?P<source>{fragments(vocab.GLUED_SOURCE_BEFORE)})|(?P<destination>{fragments(vocab.GLUED_DESTINATION_BEFORE)}))$"
)
_DESTINATION_AFTER = regex.compile(rf"\s+{fragments(vocab.DESTINATION_AFTER)}(?!\w)")
_GLUED_GAP = 6  # characters between such a country and its trade word
_CLAUSE_MARK = regex.compile(r"(?<!\d)[,;:]|[,;:](?!\d)")  # not the comma of "1,2 миллиард"
_ENDING_ROLE = regex.compile(
    rf"(?:(?P<source>{fragments(vocab.SOURCE_ENDINGS)})|(?P<destination>{fragments(vocab.DESTINATION_ENDINGS)}))$"
)
_POSSESSOR_AFTER = regex.compile(r"\s*(?:of\s+(?:the\s+)?)?")  # "экспорт Казахстана", "exports of Kazakhstan"
_POSSESSOR_BEFORE = regex.compile(r"(?:'s)?\s*")  # "Kazakhstan's exports", "Kazakh exports"

FROM, TO = "from", "to"
_TRADE_FLOWS = ("export", "import")  # a bare one is the reporting side's; a bare investment has no direction
# What each role makes a country, by metric: the side the goods (or the money) leave, or reach.
SIDE_OF_ROLE: dict[str, dict[str, str]] = {
    "export": {"source": FROM, "destination": TO, "own": FROM, "origin": FROM, "seller": FROM, "buyer": TO},
    "import": {"source": FROM, "destination": TO, "own": TO, "origin": FROM, "seller": FROM, "buyer": TO},
    "investment": {"source": FROM, "destination": TO, "own": FROM, "origin": FROM, "seller": FROM},
}


def flow_of(
    candidate: Placed, metric: str, pair: tuple[str, str], earlier: Sequence[tuple[str, str | None]] = ()
) -> str | None:
    """`XX>YY` for an export, import or investment whose direction the text gives; None otherwise.
    `earlier` holds the (metric, flow) of the sentence's figures before it: "$31.9 billion in exports from
    Kazakhstan and $10.4 billion in imports" are the same side's imports."""
    sides = SIDE_OF_ROLE.get(metric)
    if sides is None:
        return None
    found: dict[str, set[str]] = {}
    for mention, role in roles(candidate):
        side = sides.get(role)
        if side is not None and mention.code in pair:
            found.setdefault(mention.code, set()).add(side)
    if not found and metric in _TRADE_FLOWS:
        told = _told_before(metric, pair, earlier)
        if told is not None:
            return told
    if not found:
        home = reporting_side(candidate.context, pair) if metric in _TRADE_FLOWS else None
        if home is None:
            return None
        found = {home: {sides["own"]}}
    return _direction(found, pair)


def _told_before(metric: str, pair: tuple[str, str], earlier: Sequence[tuple[str, str | None]]) -> str | None:
    """The direction an export or import of the same pair earlier in the sentence implies for this one."""
    for other_metric, flow in reversed(earlier):
        if flow is None or other_metric not in _TRADE_FLOWS or set(flow.split(">")) != set(pair):
            continue
        if other_metric == metric:
            return flow
        sender, receiver = flow.split(">")
        return f"{receiver}>{sender}"
    return None


def _direction(found: dict[str, set[str]], pair: tuple[str, str]) -> str | None:
    """The flow from the sides found for the pair's codes; None when they contradict each other."""
    first, second = pair
    senders = {code for code, sides in found.items() if sides == {FROM}}
    receivers = {code for code, sides in found.items() if sides == {TO}}
    if len(senders) > 1 or len(receivers) > 1 or senders & receivers:
        return None
    sender = next(iter(senders), None)
    receiver = next(iter(receivers), None)
    if sender is None and receiver is None:
        return None
    if sender is None:
        sender = second if receiver == first else first
    if receiver is None:
        receiver = second if sender == first else first
    return f"{sender}>{receiver}" if sender != receiver else None


def roles(candidate: Placed) -> list[tuple[Mention, str]]:
    """The countries around the figure's trade word, each with the role the words beside it give.

    The trade word's phrase runs from the adjectives before it (never past a comma) to the first amount
    after it, so that figures sharing one trade word share its direction ("exports to Russia fell from $1.82
    billion to $1.56 billion"); before the trade word only a country that owns it counts ("Kazakhstan's
    exports"): a "to Canada" there belongs to an earlier verb.
    """
    context, cue, amount = candidate.context, candidate.cue, candidate.amount
    lower, sentence = context.lower, context.sentence
    reach = max(sentence.start, cue.start - CUE_REACH_BEFORE)
    start = max(reach, max(lower.rfind(mark, reach, cue.start) for mark in ",;:") + 1)
    following = [a.start for a in context.amounts if a.start >= cue.end]
    if cue.start >= amount.end:  # "$5,8 млрд – на импорт товаров из КНР"
        later_cues = [c.start for c in context.metric_cues if c.start >= cue.end]
        commas = [index for mark in ",;" if (index := lower.find(mark, cue.end, sentence.end)) >= 0]
        spans = [(cue.start, min([*following, *later_cues, *commas, cue.end + _AFTER_CUE, sentence.end]))]
        clause = max(
            sentence.start, max(lower.rfind(mark, sentence.start, amount.start) for mark in ",;:") + 1
        )
        if context.article.is_kazakh:  # the verb last: "Қытай Қазақстанға 1,2 млрд доллар инвестиция салды"
            marked = _roles_in(candidate, [(max(clause, candidate.window_start), amount.start)])
            if marked:
                return [*marked, *_roles_in(candidate, spans)]
        subjects = _mentions(
            context, clause, amount.start
        )  # "Турция рассчитывает обеспечить $40 млрд экспорта"
        if subjects and not any(
            a.end <= amount.start and a.start >= clause for a in context.amounts if a is not amount
        ):
            return [(subjects[-1], "own"), *_roles_in(candidate, spans)]
    else:  # "exports to Russia fell to $9 billion", "exported $12.4 billion to Canada"
        spans = [(start, min([*following[:1], sentence.end])), (amount.end, _after_amount(context, amount))]
    return _roles_in(candidate, spans)


def _roles_in(candidate: Placed, spans: Sequence[tuple[int, int]]) -> list[tuple[Mention, str]]:
    """The roles of the countries named in `spans` of the sentence, by the words beside each."""
    context, cue = candidate.context, candidate.cue
    lower, sentence = context.lower, context.sentence
    found = []
    for mention in [m for span in spans for m in _mentions(context, *span)]:
        if mention.end <= cue.start:
            marked = _marked_role(context, mention, cue.start)
            if marked is not None:
                found.append((mention, marked))
            elif _owns(lower, mention, cue.start, cue.end):
                found.append((mention, "own"))
            continue
        before = _BEFORE.search(lower[max(cue.start, mention.start - 30) : mention.start])  # bounded: 30
        after = _AFTER.match(lower[mention.end : min(sentence.end, mention.end + 40)])  # bounded: 40
        if before:
            found.append((mention, str(before.lastgroup)))
        elif after:
            found.append((mention, str(after.lastgroup)))
        elif _owns(lower, mention, cue.start, cue.end):
            found.append((mention, "own"))
    return found


def _marked_role(context: SentenceContext, mention: Mention, cue_start: int) -> str | None:
    """The role a glued word ("对俄出口") or a Kazakh ending ("Грузиядан", anywhere in the clause before the
    trade word) gives a country before its trade word; None when neither does."""
    lower = context.lower
    gap = lower[mention.end : cue_start]
    if _CLAUSE_MARK.search(gap):  # bounded: within one sentence, one class
        return None
    glued = _GLUED_BEFORE.search(lower, max(0, mention.start - 1), mention.start)  # one character: bounded
    if glued and len(gap) <= _GLUED_GAP:
        return str(glued.lastgroup)
    if context.article.is_kazakh:
        ending = _ENDING_ROLE.search(name_ending(lower[mention.start : mention.end]))  # one name: bounded
        if ending:
            return str(ending.lastgroup)
        if _DESTINATION_AFTER.match(lower, mention.end, mention.end + 20):  # bounded: 20 characters
            return "destination"
    return None


def _after_amount(context: SentenceContext, amount: Amount) -> int:
    """Where the words that still belong to an amount end: "$12.4 billion to Canada" up to the next
    amount, trade word or punctuation."""
    lower, end = context.lower, min(context.sentence.end, amount.end + _AFTER_AMOUNT)
    starts = _starts(context)
    following = bisect.bisect_left(starts, amount.end)  # the first amount or trade word after it
    stops = starts[following : following + 1]
    stops += [index for mark in ",;:" if (index := lower.find(mark, amount.end, end)) >= 0]
    return min([*stops, end])


def _starts(context: SentenceContext) -> list[int]:
    """Where the sentence's amounts and trade words start, in order (found once: every amount asks)."""
    key = ("amount_and_cue_starts",)
    if key not in context.memo:
        context.memo[key] = sorted(
            [a.start for a in context.amounts] + [c.start for c in context.metric_cues]
        )
    return context.memo[key]  # type: ignore[return-value]


def _owns(lower: str, mention: Mention, cue_start: int, cue_end: int) -> bool:
    """The country qualifies the trade word directly: 'экспорт Казахстана', "Kazakhstan's exports"."""
    if mention.start >= cue_end:
        return bool(_POSSESSOR_AFTER.fullmatch(lower[cue_end : mention.start]))
    if mention.end <= cue_start:
        return bool(_POSSESSOR_BEFORE.fullmatch(lower[mention.end : cue_start]))
    return False


def _mentions(context: SentenceContext, start: int, end: int) -> list[Mention]:
    regions = [m for m in context.parties.region_countries if start <= m.start < end]
    return sorted([*context.article.countries_in(start, end), *regions], key=lambda mention: mention.start)


def reporting_side(context: SentenceContext, pair: tuple[str, str] | None = None) -> str | None:
    """The one country (of the pair, when given) that this sentence, else one of the two before it, names
    as the side whose trade it is ("товарооборот Казахстана с Узбекистаном"): a bare "экспорт" is its
    export; "Imports fell to 71.9 billion euros from the Netherlands" are its imports."""
    current: SentenceContext | None = context
    for _ in range(_REPORTING_REACH + 1):
        if current is None:
            return None
        homes = current.parties.homes & set(pair) if pair is not None else set(current.parties.homes)
        if len(homes) == 1:
            return next(iter(homes))
        if homes:
            first = current.parties.first_home
            return first if first in homes else None
        current = current.previous
    return None


def partner_after(candidate: Placed) -> str | None:
    """The one country named right after the amount as where it comes from or goes to ("71.9 billion
    euros from the Netherlands", "$12.37 billion to the US"): the partner of this figure in a list."""
    return partner_after_amount(candidate.context, candidate.amount)


def partner_after_amount(context: SentenceContext, amount: Amount) -> str | None:
    """`partner_after` of any amount of the sentence."""
    lower = context.lower
    found = {
        mention.code
        for mention in _mentions(context, amount.end, _after_amount(context, amount))
        if _BEFORE.search(lower[max(amount.end, mention.start - 30) : mention.start])  # bounded: 30
    }
    return next(iter(found)) if len(found) == 1 else None


def carry_flows(facts: list[Finding], sentences: Sequence[Sentence]) -> list[Finding]:
    """A bare "exports" after exports of the same pair said with their direction goes the same way, in the
    same paragraph or the next: "the country's exports to Iran fell ... Exports in February were recorded at
    $78.3m" (Pakistan's)."""
    starts = [sentence.start for sentence in sentences]
    last: dict[tuple[str, str], tuple[str, int]] = {}
    carried = []
    for fact in facts:
        key = (fact.metric, fact.parties)
        paragraph = sentences[max(0, bisect.bisect_right(starts, fact.start) - 1)].paragraph
        if fact.metric in ("export", "import") and fact.flow is None and key in last:
            flow, said_in = last[key]
            if paragraph - said_in <= 1:
                fact = dataclasses.replace(fact, flow=flow)
        elif fact.flow is not None:
            last[key] = fact.flow, paragraph
        carried.append(fact)
    return carried
