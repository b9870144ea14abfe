"""A country said again by a noun phrase: "Trade with the Central Asian country stood at $1.18 billion",
"Экспорт Японии в эту закавказскую страну составил 320 млн долларов". The phrase names the country last
introduced: the first one named in the nearest sentence before it that names one the sentence does not
(wire copy names the subject first: "Kazakhstan overtook the United States to become ... Trade with the
Central Asian country"). It counts as a mention of that country, so the rules of who trades with whom
apply unchanged.

Only singular phrases with an adjective or "этот": a bare "the country", "в страну" is mostly the article's
own side ("imports into the country"), and "the two countries", "наша страна" name the pair or the
speaker's home, which the pair rules already handle.
"""

from __future__ import annotations

import bisect

import regex

from tradeviz.extract.kit import TIMEOUT
from tradeviz.extract.places import Mention
from tradeviz.extract.sentences import Sentence

ANAPHOR_REACH = 3  # sentences back where the country a phrase names was introduced

# (meaning, words): the noun phrase only (a preposition before it says partner or home as for a name);
# fixed phrases with at most two adjectives, linear. A bare "the country" is mostly the article's own
# ("imports into the country"), so English needs an adjective; names ("the United Kingdom", "the Kyrgyz
# Republic") have none of these nouns or take no adjective here.
_NOT_INTRODUCING = r"(?!(?:whole|entire|same|other|own|home|host|first|second|third|two|both|each|every)\s)"
COUNTRY_ANAPHORS: tuple[tuple[str, str], ...] = (
    (
        "the [adjective] country",  # "the Central Asian country", "the Gulf nation", "the African country's"
        rf"(?<!\w)the\s+{_NOT_INTRODUCING}(?:[a-z][\w-]*\s+){{1,2}}?(?:country|nation)(?!\w)",
    ),
    (
        "эта страна",  # "в эту страну экспортировалось", "из этой центральноазиатской страны"
        r"(?<!\w)эт(?:а|ой|у|ою)\s+(?:[а-яё]+ск(?:ая|ой|ую)\s+)?(?:стран|республик)(?:а|ы|е|у|ой|и)(?!\w)",
    ),
    (
        "[adjective] страна",  # "в центральноазиатскую страну", "европейской страны"
        r"(?<!\w)[а-яё]+ск(?:ая|ой|ую)\s+стран(?:а|ы|е|у|ой)(?!\w)",
    ),
)
COUNTRY_ANAPHOR = regex.compile("|".join(f"(?:{words})" for _, words in COUNTRY_ANAPHORS))

# An adjective that says where the country lies narrows the choice to the countries there: "China's trade
# with Kazakhstan ... Trade with the Central Asian country" is Kazakhstan's, though China is named first.
WHERE_ADJECTIVES: tuple[tuple[str, frozenset[str]], ...] = (
    (r"central\s+asian|центральноазиатск", frozenset({"KZ", "KG", "TJ", "TM", "UZ"})),
    (r"gulf|arab|арабск", frozenset({"SA", "AE", "QA", "KW", "OM", "BH", "EG", "JO", "IQ"})),
    (r"south\s+asian|южноазиатск", frozenset({"IN", "PK", "BD", "LK", "NP", "AF"})),
    (r"caucasus|caucasian|south\s+caucasus|закавказск|кавказск", frozenset({"AM", "AZ", "GE"})),
    (r"baltic|прибалтийск|балтийск", frozenset({"EE", "LV", "LT"})),
    (r"east\s+asian|восточноазиатск", frozenset({"CN", "JP", "KR", "MN"})),
    (r"southeast\s+asian|юго-восточн", frozenset({"VN", "TH", "MY", "ID", "PH", "SG", "KH", "LA", "MM"})),
    (
        r"european|европейск",
        frozenset({"EU", "DE", "FR", "IT", "ES", "NL", "PL", "BE", "AT", "CZ", "HU", "GB"}),
    ),
    (r"african|африканск", frozenset({"ZA", "EG", "NG", "KE", "ET", "MA", "DZ", "TZ", "GH"})),
)
_WHERE = [(regex.compile(words), codes) for words, codes in WHERE_ADJECTIVES]


def with_anaphors(
    countries: list[Mention], lower: str, sentences: list[Sentence], indexes: list[int]
) -> list[Mention]:
    """`countries` (sorted by start) with a mention for each country phrase in the sentences `indexes`."""
    starts = [mention.start for mention in countries]
    added: list[Mention] = []
    for index in indexes:
        sentence = sentences[index]
        for match in COUNTRY_ANAPHOR.finditer(lower, sentence.start, sentence.end, timeout=TIMEOUT):
            own = {m.code for m in _between(countries, starts, sentence.start, sentence.end)}
            where = next((codes for words, codes in _WHERE if words.search(match.group())), None)
            code = _introduced(countries, starts, sentences, index, own, where)
            if code is not None:
                added.append(Mention(match.start(), match.end(), code))
    if not added:
        return countries
    return sorted([*countries, *added], key=lambda mention: mention.start)


def _introduced(
    countries: list[Mention],
    starts: list[int],
    sentences: list[Sentence],
    index: int,
    own: set[str],
    where: frozenset[str] | None = None,
) -> str | None:
    """The country a phrase in sentence `index` names: the first named in the nearest sentence before that
    names one the sentence itself does not ("Экспорт Японии в эту страну": not Japan); None if none near."""
    paragraph = sentences[index].paragraph
    for earlier in range(index - 1, max(-1, index - 1 - ANAPHOR_REACH), -1):
        if sentences[earlier].paragraph < paragraph - 1:
            break
        named = _between(countries, starts, sentences[earlier].start, sentences[earlier].end)
        others = [m for m in named if m.code not in own and (where is None or m.code in where)]
        if others:
            return others[0].code
    return None


def _between(countries: list[Mention], starts: list[int], start: int, end: int) -> list[Mention]:
    low, high = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    return countries[low:high]
