"""Who trades with whom: countries and regions named in the text, and the pair a figure belongs to."""

from __future__ import annotations

import dataclasses
import functools
from collections import Counter
from collections.abc import Collection, Sequence

from tradeviz.extract import patterns, vocab


@dataclasses.dataclass(frozen=True, slots=True)
class Mention:
    """A country (ISO code) or region named at a span."""

    start: int
    end: int
    code: str


def find_countries(text: str, lower: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Countries named in `text[start:end]`: inflected names, adjectives, capitals, leaders, abbreviations."""
    stop = len(text) if end is None else end
    pieces = patterns.COUNTRIES.on(lower, start, stop)
    found = [  # no timeout: the pieces are linear (see patterns.COUNTRIES)
        Mention(m.start(), m.end(), country_code(m.group()))
        for m in patterns.leftmost_matches(pieces, lower, start, stop, timeout=None)
    ]
    found += [
        Mention(m.start(), m.end(), str(m.lastgroup))
        for m in patterns.COUNTRY_CASED.finditer(text, start, stop)  # linear: see patterns.COUNTRIES
    ]
    # Prefilter: look for an outlet around each name only if the zone holds one of the outlet words.
    outlet_before = patterns.contains_any(lower[max(0, start - 14) : stop], patterns.OUTLET_BEFORE_LITERALS)
    outlet_after = patterns.contains_any(lower[start : stop + 12], patterns.OUTLET_AFTER_LITERALS)
    if outlet_before or outlet_after:
        found = [
            mention for mention in found if not _names_an_outlet(lower, mention, outlet_before, outlet_after)
        ]
    return sorted(found, key=lambda mention: mention.start)


def _names_an_outlet(
    lower: str, mention: Mention, check_before: bool = True, check_after: bool = True
) -> bool:
    before = lower[max(0, mention.start - 14) : mention.start]
    after = lower[mention.end : mention.end + 12]
    return bool(  # both linear: see patterns.COUNTRIES
        (check_before and patterns.OUTLET_BEFORE_COUNTRY.search(before))
        or (check_after and patterns.OUTLET_AFTER_COUNTRY.search(after))
    )


_STEM_LENGTHS = sorted({len(stem) for stem in patterns.COUNTRY_STEMS}, reverse=True)


@functools.lru_cache(maxsize=4096)
def country_code(form: str) -> str:
    """The country a matched form names: a whole word, else the longest stem it starts with.

    >>> country_code("казахстанско"), country_code("китаю"), country_code("sino")
    ('KZ', 'CN', 'CN')
    """
    if form in patterns.COUNTRY_WORDS:
        return patterns.COUNTRY_WORDS[form]
    for length in _STEM_LENGTHS:
        code = patterns.COUNTRY_STEMS.get(form[:length])
        if code is not None:
            return code
    raise ValueError(f"not a country form: {form!r}")


def find_regions(lower: str, start: int, end: int) -> list[tuple[Mention, vocab.Region]]:
    """Sub-national regions named in `lower[start:end]`, with their table entries."""
    found: list[tuple[Mention, vocab.Region]] = []
    if not patterns.contains_any(lower[start:end], patterns.REGION_LITERALS):
        return found  # prefilter: every region name holds one of its stems' literal starts
    for match in patterns.REGION.finditer(lower, start, end, timeout=patterns.TIMEOUT):
        region = vocab.REGIONS[int(str(match.lastgroup)[1:])]
        found.append((Mention(match.start(), match.end(), region.country), region))
    return found


def rank_countries(mentions: Sequence[Mention]) -> list[str]:
    """Countries of an article, most named first (ties: first named first)."""
    counts = Counter(mention.code for mention in mentions)
    first_seen: dict[str, int] = {}
    for mention in mentions:
        first_seen.setdefault(mention.code, mention.start)
    return sorted(counts, key=lambda code: (-counts[code], first_seen[code]))


def pair_code(first: str, second: str) -> str:
    """The `parties` value: two codes sorted and joined.

    >>> pair_code("KZ", "CN")
    'CN-KZ'
    """
    return "-".join(sorted((first, second)))


def distinct_in_order(mentions: Sequence[Mention]) -> list[str]:
    """Country codes in order of first mention, each once."""
    seen: list[str] = []
    for mention in mentions:
        if mention.code not in seen:
            seen.append(mention.code)
    return seen


def choose_pair(
    in_clause: Sequence[str],
    in_sentence: Sequence[str],
    article_ranking: Sequence[str],
    homes: Collection[str] = (),
    article_pair: tuple[str, str] | None = None,
) -> tuple[str, str] | None:
    """The two parties of a figure: from its clause, else its sentence, else completed from the article.

    `in_clause` holds the countries (distinct, in order) between the figure's trade word and the figure,
    `in_sentence` those of the whole sentence (and, for "this figure", the sentence before); `homes` the
    countries named as the side whose trade it is ("товарооборот Казахстана с Китаем ..., с Россией ...":
    Kazakhstan), not as partners.

    >>> choose_pair(["RU"], ["KZ", "CN", "RU"], ["KZ", "CN", "RU"], homes={"KZ"})
    ('RU', 'KZ')
    >>> choose_pair([], [], ["KZ", "CN"], article_pair=("KZ", "CN"))
    ('KZ', 'CN')
    """
    if len(in_clause) >= 2:
        return in_clause[0], in_clause[-1]
    if len(in_sentence) >= 2:
        if in_clause:
            anchor = in_clause[0]
            others = [code for code in in_sentence if code != anchor]
            preferred = [code for code in others if code in homes] or [
                code for code in others if code in article_ranking[:2]
            ]
            return anchor, (preferred or others)[0]
        top = [code for code in article_ranking if code in in_sentence][:2]
        if len(top) == 2:
            return top[0], top[1]
        return in_sentence[0], in_sentence[1]
    if len(in_sentence) == 1:
        named = in_sentence[0]
        partner = next((code for code in article_ranking if code != named), None)
        return (named, partner) if partner else None
    return article_pair


def article_pair(ranking: Sequence[str], together: Collection[frozenset[str]]) -> tuple[str, str] | None:
    """The pair an article is about: its most-named two countries that it names together in a sentence
    (an article on Türkiye's trade that mentions the EU once is not about EU–Türkiye trade).

    >>> article_pair(["TR", "EU", "KZ"], [frozenset({"TR", "KZ"})])
    ('TR', 'KZ')
    """
    for position, first in enumerate(ranking):
        for second in ranking[position + 1 :]:
            if frozenset((first, second)) in together:
                return first, second
    return None
