"""Who trades with whom: countries and regions named in the text, and the pair a figure belongs to."""

from __future__ import annotations

import dataclasses
import functools
from collections import Counter
from collections.abc import Callable, Collection, Sequence

import regex

from tradeviz.extract import vocab
from tradeviz.extract.cues import cue_pattern
from tradeviz.extract.kit import (
    HAN,
    NO_WORD_AFTER,
    NO_WORD_BEFORE,
    TIMEOUT,
    ScriptVariants,
    alternation,
    contains_any,
    expand_head,
    is_cyrillic,
    is_latin,
    leftmost_matches,
    literals_of,
    ordered_trie,
    required_literals,
    trie_alternation,
)
from tradeviz.extract.vocab import zh

COUNTRY_WORDS: dict[str, str] = {word: c.code for c in vocab.COUNTRIES for word in c.words}
COUNTRY_STEMS: dict[str, str] = {stem: c.code for c in vocab.COUNTRIES for stem in c.stems}
# Chinese names, matched with no word edge after them, and one-character names next to another name or a
# word of direction ("中哈", "哈中", "对俄"), never before the characters that make them another word.
COUNTRY_GLUED: dict[str, str] = {
    **{form: c.code for c in vocab.COUNTRIES for form in c.glued},
    **{form: code for code, forms in zh.COUNTRY_GLUED_GUARDED.items() for form, _ in forms},
    **{char: code for char, (code, _) in zh.ABBREVIATIONS.items()},
    "中": "CN",
}
_ABBREVIATED = "".join(zh.ABBREVIATIONS)


def _abbreviation_tail(char: str, not_before: str) -> str:
    refused = f"(?![{not_before}])" if not_before else ""
    return rf"(?:(?<=[{zh.ABBREVIATION_AFTER}]{char})|(?=[中{_ABBREVIATED}])){refused}"


_COUNTRY_SPLIT = 2  # pieces per script
_COUNTRY_ENTRIES = (
    [(word, r"(?!\w)") for word in COUNTRY_WORDS]
    + [(stem, r"\w*") for stem in COUNTRY_STEMS]
    + [(form, "") for c in vocab.COUNTRIES for form in c.glued]
    + [(form, guard) for forms in zh.COUNTRY_GLUED_GUARDED.values() for form, guard in forms]
    + [(char, _abbreviation_tail(char, refused)) for char, (_, refused) in zh.ABBREVIATIONS.items()]
    + [
        ("中", rf"(?:(?=[{_ABBREVIATED}])|(?<=[{_ABBREVIATED}]中))")
    ]  # "中俄", "俄中": China beside its partner
)
COUNTRY = regex.compile(NO_WORD_BEFORE + trie_alternation(_COUNTRY_ENTRIES))


def _is_han(char: str | None) -> bool:
    return char is not None and char >= "\u3000"


def _is_other(char: str | None) -> bool:
    return not (is_latin(char) or is_cyrillic(char) or _is_han(char))


def _country_branches(
    keep: Callable[[str | None], bool], per_script: int = _COUNTRY_SPLIT
) -> tuple[tuple[regex.Pattern[str], str], ...]:
    """COUNTRY's trie cut by first letter into a few patterns (names with different first letters never
    match at the same place, so their order does not matter): each pattern then skips the word starts that
    are not its letters, and `leftmost_matches` of the pieces finds what COUNTRY finds, faster. A piece of
    names in a rare script (Kazakh, Chinese) says its first letters: searched only where they stand."""
    firsts = sorted({literal[0] for literal, _ in _COUNTRY_ENTRIES if keep(literal[0])})
    pieces = []
    for script in (is_latin, is_cyrillic, _is_other, _is_han):
        letters = [char for char in firsts if script(char)]
        size = max(1, -(-len(letters) // per_script))
        for chunk in (letters[i : i + size] for i in range(0, len(letters), size)):
            entries = [entry for entry in _COUNTRY_ENTRIES if entry[0][0] in chunk]
            rare = "".join(chunk) if script in (_is_other, _is_han) else ""  # searched only where they stand
            pieces.append((regex.compile(NO_WORD_BEFORE + trie_alternation(entries)), rare))
    return tuple(pieces)


COUNTRIES = ScriptVariants(_country_branches)
_HAN_CHAR = regex.compile(rf"[{HAN}]")
# COUNTRIES' pieces, COUNTRY_CASED and the two OUTLET patterns are provably linear, so they run without a
# timeout (a clock reading per call and per match, a sixth of their time here): at a word start a piece walks
# its trie (no longer than the longest name) and ends with "(?!\w)" or a "\w*" that cannot fail; COUNTRY_CASED
# and OUTLET_BEFORE_COUNTRY try a fixed set of literals between one-character look-arounds at each position;
# OUTLET_AFTER_COUNTRY is anchored, and its literals cannot start with the "[\s-]" it backtracks over.
# "Интерфакс-Казахстан", "Sputnik Казахстан", "Forbes Kazakhstan": an outlet, not a party.
OUTLET_BEFORE_COUNTRY = regex.compile(
    r"(?<!\w)(?:интерфакс|interfax|sputnik|спутник|риа|ria|forbes|тасс|tass|bbc|ведомости|коммерсантъ?|газета)[-\s]$"
)
OUTLET_AFTER_COUNTRY = regex.compile(
    r"^[\s-]+(?:times|today|daily|news|post|tribune|herald|tv|правда|сегодня|таймс)(?!\w)"
)  # "The Astana Times", "Kazakhstan Today", "China Daily"
OUTLET_BEFORE_LITERALS = required_literals(OUTLET_BEFORE_COUNTRY.pattern, flags=0)
OUTLET_AFTER_LITERALS = required_literals(OUTLET_AFTER_COUNTRY.pattern, flags=0)
COUNTRY_CASED = regex.compile(
    r"(?<![\w$.])(?:"
    + "|".join(rf"(?P<{c.code}>{alternation(c.cased)})" for c in vocab.COUNTRIES if c.cased)
    + r")(?![\w$])"
)


def _region_pattern(keep: Callable[[str], bool]) -> regex.Pattern[str]:
    """The regions' names that `keep` keeps, each group named by the region's index."""
    groups = [
        rf"(?P<R{index}>{'|'.join(kept)})"
        for index, region in enumerate(vocab.REGIONS)
        if (kept := [stem for stem in region.stems if keep(stem)])
    ]
    return regex.compile(NO_WORD_BEFORE + "(?:" + "|".join(groups or ["(?!)"]) + ")" + NO_WORD_AFTER)


def _not_han(stem: str) -> bool:
    return not _is_han(stem[0])


REGION_PLAIN = _region_pattern(_not_han)  # as written: the reference the trie is tested against
# The same names as an ordered trie (`cues.cue_pattern`): the same matches and groups, about 2.4x faster
# (tests/test_speed_regions.py); still searched with a timeout, as the names are not held to the cue rules.
REGION = cue_pattern(
    tuple(
        (f"R{index}", kept)
        for index, region in enumerate(vocab.REGIONS)
        if (kept := tuple(stem for stem in region.stems if _not_han(stem)))
    )
)
REGION_HAN = _region_pattern(lambda stem: _is_han(stem[0]))  # Chinese names: searched where Han stands
# The longest literal of each name ("jersey" of "new jersey", not "new"): a prefilter that ordinary news with
# "new", "east" and "west" passes would search every zone for nothing.
REGION_LITERALS = literals_of(
    max(required_literals(stem), key=len, default=stem) for region in vocab.REGIONS for stem in region.stems
)


# Words that make a sentence with one named country still about two ("взаимная", "bilateral", "между").
def _word_trie(parts: Collection[str]) -> str:
    """An alternation of word patterns as an `ordered_trie`: the same matches, one letter tested per branch
    (four languages' words cost little more than one's)."""
    ordered = sorted(set(parts), key=lambda part: (-len(part), part))
    return ordered_trie([("w", expanded) for part in ordered for expanded in expand_head(part)])


BILATERAL = regex.compile(rf"{NO_WORD_BEFORE}(?:{_word_trie(vocab.BILATERAL_MARKERS)}){NO_WORD_AFTER}")
# Several countries at once: trade "with Central Asia", "与中亚五国" is not bilateral.
GROUP = regex.compile(rf"{NO_WORD_BEFORE}(?:{_word_trie(vocab.GROUP_CUES)}){NO_WORD_AFTER}")
# "Из этой суммы на экспорт пришлось...", "of which exports...": a breakdown of a pair's figure just given.
BREAKDOWN = regex.compile(
    r"(?<!\w)(?:из\s+(?:этой|этого|общей|данной)\s+(?:суммы|объема|объ[её]ма)|из\s+них|из\s+которых|"
    r"в\s+том\s+числе|of\s+which|of\s+this|of\s+that|including|out\s+of\s+(?:this|that|the\s+total))(?!\w)"
)
# Named after "с", "with", "из", "to"...: the partner side of a trade, not its home side.
PARTNER_BEFORE = regex.compile(
    rf"(?<!\w){alternation(vocab.PARTNER_PREPOSITIONS)}\s+(?:\w+\s+)?$|{alternation(vocab.GLUED_PARTNER_PREPOSITIONS)}$"
)
# Kazakh marks the partner with an ending on its name: "Қытаймен" (with), "Грузиядан" (from), "Ресейге".
KAZAKH_LETTERS = regex.compile(r"[әғқңөұүһі]")
PARTNER_ENDING = regex.compile(
    rf"(?:{alternation((*vocab.PARTNER_ENDINGS, *vocab.SOURCE_ENDINGS, *vocab.DESTINATION_ENDINGS))})$"
)


@dataclasses.dataclass(frozen=True, slots=True)
class Mention:
    """A country (ISO code) or region named at a span."""

    start: int
    end: int
    code: str


def find_countries(text: str, lower: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Countries named in `text[start:end]`: inflected names, adjectives, capitals, leaders, abbreviations."""
    stop = len(text) if end is None else end
    zone = lower[start:stop]
    pieces = [
        piece for piece, rare in COUNTRIES.on(lower, start, stop) if not rare or contains_any(zone, rare)
    ]
    found = [  # no timeout: the pieces are linear (see COUNTRIES)
        Mention(m.start(), m.end(), country_code(m.group()))
        for m in leftmost_matches(pieces, lower, start, stop, timeout=None)
    ]
    found += [
        Mention(m.start(), m.end(), str(m.lastgroup))
        for m in COUNTRY_CASED.finditer(text, start, stop)  # linear: see COUNTRIES
    ]
    # Prefilter: look for an outlet around each name only if the zone holds one of the outlet words.
    outlet_before = contains_any(lower[max(0, start - 14) : stop], OUTLET_BEFORE_LITERALS)
    outlet_after = contains_any(lower[start : stop + 12], OUTLET_AFTER_LITERALS)
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
    return bool(  # both linear: see COUNTRIES
        (check_before and OUTLET_BEFORE_COUNTRY.search(before))
        or (check_after and OUTLET_AFTER_COUNTRY.search(after))
    )


_STEM_LENGTHS = sorted({len(stem) for stem in COUNTRY_STEMS}, reverse=True)


@functools.lru_cache(maxsize=4096)
def country_code(form: str) -> str:
    """The country a matched form names: a whole word, else the longest stem it starts with.

    >>> country_code("казахстанско"), country_code("китаю"), country_code("sino")
    ('KZ', 'CN', 'CN')
    """
    if form in COUNTRY_WORDS:
        return COUNTRY_WORDS[form]
    if form in COUNTRY_GLUED:
        return COUNTRY_GLUED[form]
    for length in _STEM_LENGTHS:
        code = COUNTRY_STEMS.get(form[:length])
        if code is not None:
            return code
    raise ValueError(f"not a country form: {form!r}")


def name_ending(form: str) -> str:
    """What an ending adds to a country's name, past its longest stem: "грузиядан" -> "дан", "ресей" -> "".

    >>> name_ending("грузиядан"), name_ending("қазақстан"), name_ending("қытаймен")
    ('дан', '', 'мен')
    """
    if form in COUNTRY_WORDS or form in COUNTRY_GLUED:
        return ""
    for length in _STEM_LENGTHS:
        if form[:length] in COUNTRY_STEMS:
            return form[length:]
    return ""


def find_regions(lower: str, start: int, end: int) -> list[tuple[Mention, vocab.Region]]:
    """Sub-national regions named in `lower[start:end]`, with their table entries."""
    found: list[tuple[Mention, vocab.Region]] = []
    if not contains_any(lower[start:end], REGION_LITERALS):
        return found  # prefilter: every region name holds one of its stems' literal starts
    patterns = [REGION, REGION_HAN] if _HAN_CHAR.search(lower, start, end) else [REGION]  # one class: linear
    for pattern in patterns:
        for match in pattern.finditer(lower, start, end, timeout=TIMEOUT):
            region = vocab.REGIONS[int(str(match.lastgroup)[1:])]
            found.append((Mention(match.start(), match.end(), region.country), region))
    return sorted(found, key=lambda item: item[0].start)


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
