"""Lists of partners: "Россия ($7 млрд), Казахстан ($3,9 млрд)", "Uzbekistan - 148.9 million dollars",
"followed by the United States with $12.37 billion", "Italy and Iraq ... with $9.6 billion and $8.6 billion,
respectively". Each figure is between the country it stands by (the item) and the country whose partners
the list gives (the list's side: "крупнейших торговых партнеров РУз", "Türkiye's top export market", else the
side the text reported for before the list).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from tradeviz.extract import vocab
from tradeviz.extract.amounts import Amount
from tradeviz.extract.context import SentenceContext
from tradeviz.extract.cues import Cue
from tradeviz.extract.kit import alternation
from tradeviz.extract.places import Mention, distinct_in_order
from tradeviz.extract.times import SPAN, TimeMention

_ITEM_REACH = 45  # characters between a list's country and its amount
_SIDE_REACH = 6  # sentences back where the list's side may be named
_BORROW_REACH = 3  # sentences back where a list item without a trade word finds one

# Between a country and its amount in a list: "Россия ($", "Uzbekistan - ", "Russia is in second place - ",
# "the United States with $", "Германия – ".
_ITEM_GAP = regex.compile(
    r"""\s*(?:
        \(\s*
      | [-–—:]\s*
      | \s(?:is|was|came|ranked|stood|stays?|remained)\s+(?:[^\W\d]+\s+){0,3}?(?:place|position)\s*[-–—:,]?\s*(?:with\s+)?
      | \s(?:ranked|came|was|is)\s+(?:[^\W\d]+\s+){1,2}?with\s+
      | \s(?:ranked|came|was|is)\s+[^\W\d]+,?\s+having\s+(?:received|bought|imported|taken)\s+
        (?:(?:about|around|over|nearly|almost|more\s+than|some)\s+)?
      | \s(?:with|на\s+сумму)\s+(?:about|around|over|nearly|almost|more\s+than|some|около|почти|более)?\s*
    )(?:[a-z]{0,3}[$€£¥₽₸₩]\s*)?""",
    regex.VERBOSE,
)
_RESPECTIVELY = regex.compile(r"(?<!\w)(?:respectively|соответственно)(?!\w)")
_JOINED = regex.compile(r"\s*(?:,|and|и)\s*(?:and\s+|и\s+)?(?:the\s+)?")
# The list's side named with its list noun: "Türkiye's top export market", "партнеров РУз".
_OWNER_BEFORE_NOUN = regex.compile(
    r"^(?:'s)?\s+(?:[^\W\d]+\s+){0,5}?"  # "Türkiye's top", "Germany's second and third most important"
    r"(?:export\s+)?(?:markets?|trad(?:e|ing)\s+partners?|partners?|suppliers?|destinations?|buyers?)(?!\w)"
)
_NOUN_BEFORE_OWNER = regex.compile(
    r"(?<!\w)(?:партнер\w*|рынк\w*|рынок|направлени\w*|покупател\w*|поставщик\w*)\s+$"
)


def list_item(context: SentenceContext, amount: Amount) -> Mention | None:
    """The country an amount stands by as an item of a list, if it is one (worked out once per amount:
    the pair rules ask it of every amount for every candidate)."""
    key = ("list_item", amount.start, amount.end)
    if key not in context.memo:
        context.memo[key] = _list_item(context, amount)
    return context.memo[key]  # type: ignore[return-value]


def list_items(context: SentenceContext) -> list[Mention]:
    """The countries the sentence gives as list items."""
    key = ("list_items",)
    if key not in context.memo:
        found = (list_item(context, amount) for amount in context.amounts)
        context.memo[key] = [mention for mention in found if mention is not None]
    return context.memo[key]  # type: ignore[return-value]


def _list_item(context: SentenceContext, amount: Amount) -> Mention | None:
    lower, countries = context.lower, context.countries  # in order of start
    index = bisect.bisect_right(countries, amount.start, key=lambda mention: mention.end) - 1
    last = countries[index] if index >= 0 else None  # the last country ending before the amount
    if (
        last is not None
        and amount.start - last.end <= _ITEM_REACH
        and _ITEM_GAP.fullmatch(lower, last.end, amount.start)
    ):
        return last
    return _respective(context, amount)


def _respective(context: SentenceContext, amount: Amount) -> Mention | None:
    """'Italy and Iraq ranked third and fourth with $9.6 billion and $8.6 billion, respectively'."""
    lower, sentence = context.lower, context.sentence
    marker = _RESPECTIVELY.search(lower, amount.end, sentence.end)
    if marker is None:
        return None
    amounts = [a for a in context.amounts if a.end <= marker.start()]
    countries = [m for m in context.countries if m.end <= amounts[0].start] if amounts else []
    joined: list[Mention] = []
    for mention in reversed(countries):
        if joined and not _JOINED.fullmatch(lower, mention.end, joined[0].start):
            break
        joined.insert(0, mention)
    if len(joined) != len(amounts) or len(joined) < 2 or amount not in amounts:
        return None
    return joined[amounts.index(amount)]


# "继2004年、2005年双边贸易额分别突破4亿美元和8亿美元": "分别" (respectively) before the amounts gives them,
# in order, to the periods listed before it.
_RESPECTIVELY_BEFORE = regex.compile(alternation(vocab.RESPECTIVELY)) if vocab.RESPECTIVELY else None
_LISTED = regex.compile(r"\s*(?:,|和|与|及|以及|至)\s*")  # between two listed periods or two amounts
_LIST_REACH = 40  # characters between the listed periods and "分别"


def respective_time(
    context: SentenceContext, times: Sequence[TimeMention], amount: Amount
) -> TimeMention | None:
    """The period "分别" gives the amount: the one of the listed periods at its place in the list of amounts."""
    if _RESPECTIVELY_BEFORE is None:
        return None
    lower, sentence = context.lower, context.sentence
    marker = _RESPECTIVELY_BEFORE.search(lower, sentence.start, amount.start)  # within one sentence: linear
    if marker is None:
        return None
    run = [a for a in context.amounts if a.start >= marker.end()]
    run = [
        a
        for index, a in enumerate(run)
        if index == 0 or _LISTED.fullmatch(lower, run[index - 1].end, a.start)
    ]
    spans = [
        t
        for t in times
        if t.role == SPAN and t.end <= marker.start() and marker.start() - t.end <= _LIST_REACH
    ]
    listed = spans[-1:]
    for earlier in reversed(spans[:-1]):
        if not _LISTED.fullmatch(lower, earlier.end, listed[0].start):
            break
        listed.insert(0, earlier)
    if amount not in run or len(listed) != len(run) or len(run) < 2:
        return None
    return listed[run.index(amount)]


def list_side(context: SentenceContext, items: set[str]) -> str | None:
    """The country whose partners the list gives: its owner named by a list noun in this sentence or the
    ones before; else the first country named as a side, not an item, in the nearest sentence before."""
    current: SentenceContext | None = context
    for _ in range(_SIDE_REACH + 1):
        if current is None:
            return None
        owner = _owner(current, items)
        if owner:
            return owner
        own_items = set() if current is context else _items_of(current)  # "... стал Казахстан - 24,3 млрд"
        homes = [
            code
            for code in distinct_in_order(current.countries)
            if code in current.parties.homes and code not in items and code not in own_items
        ]
        if homes and current is not context:
            return homes[0]
        current = current.previous
    return None


def _items_of(context: SentenceContext) -> set[str]:
    """The countries a sentence gives as list items."""
    return {mention.code for mention in list_items(context)}


def _owner(context: SentenceContext, items: set[str]) -> str | None:
    lower = context.lower
    for mention in context.countries:
        if mention.code in items:
            continue
        after = lower[mention.end : min(context.sentence.end, mention.end + 50)]
        before = lower[max(context.sentence.start, mention.start - 30) : mention.start]
        if _OWNER_BEFORE_NOUN.match(after) or _NOUN_BEFORE_OWNER.search(before):  # bounded: 50 and 30
            return mention.code
    return None


def borrowed_cue(context: SentenceContext) -> Cue | None:
    """A list item with no trade word of its own takes the last one of the sentences just before (the list
    goes on from it): "Russia is in second place - 271.4 million dollars" after "exports went to the UK"."""
    current = context.previous
    for _ in range(_BORROW_REACH):
        if current is None or current.sentence.paragraph < context.sentence.paragraph - 1:
            return None
        named = [cue for cue in current.metric_cues if cue.kind not in ("anaphor", "blocker")]
        if named:
            return named[
                0
            ]  # the sentence's own trade, not the part it goes on to ("... приходится на импорт")
        current = current.previous
    return None
