"""Regular expressions built once, at import, from named fragments and the word tables in `vocab`.

Every pattern runs on normalised text (see `normalize`); the lower-case ones on its lower-cased twin.
All matching goes through `regex` with `timeout=` (see `TIMEOUT`); patterns avoid nested unbounded
repetition, so they are also linear in practice.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Generic, TypeVar

import regex

from tradeviz.extract import vocab

TIMEOUT = 5.0  # seconds per call on one text; pathological input fails fast instead of hanging


def alternation(words: Iterable[str]) -> str:
    """An alternation of literal words, escaped, longest first so that 'млрд.' wins over 'млрд'.

    >>> alternation(["млн", "млн.", "$"])
    '(?:млн\\\\.|млн|\\\\$)'
    """
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "(?:" + "|".join(regex.escape(word) for word in ordered) + ")"


def fragments(parts: Iterable[str]) -> str:
    """An alternation of regex fragments, longest first (a rough stand-in for 'most specific first')."""
    ordered = sorted(set(parts), key=lambda part: (-len(part), part))
    return "(?:" + "|".join(ordered) + ")"


def literal_prefix(fragment: str) -> str:
    r"""The literal text every match of a regex fragment starts with, for a prefilter: "" (no filter) when
    the fragment is an alternation or starts with a group, a class or an escape.

    >>> literal_prefix("ма[йяе]"), literal_prefix("sept?"), literal_prefix(r"омск\w*"), literal_prefix("a|b")
    ('ма', 'sep', 'омск', '')
    >>> literal_prefix(r"akmola\s+(?:region|oblast)")
    'akmola'
    """
    if _has_top_level_bar(fragment):
        return ""
    literal = regex.match(r"[^\\\[\](){}?*+.|^$]*", fragment)
    prefix = literal.group() if literal else ""
    if literal and literal.end() < len(fragment) and fragment[literal.end()] in "?*{":
        prefix = prefix[:-1]  # the last letter is optional
    return prefix


def _structure(fragment: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth) of each character of a regex fragment that is neither escaped nor in a
    character class: the parentheses, bars and the rest, with how many groups are open after it."""
    depth, escaped, in_class = 0, False, False
    for index, char in enumerate(fragment):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            depth += (char == "(") - (char == ")")
            yield index, char, depth


def _has_top_level_bar(fragment: str) -> bool:
    return any(char == "|" and depth == 0 for _, char, depth in _structure(fragment))


def literals_of(fragments: Iterable[str]) -> tuple[str, ...]:
    """Literals one of which every match of an alternation of the fragments contains (the shortest kept)."""
    prefixes = sorted({literal_prefix(fragment) for fragment in fragments}, key=len)
    kept: list[str] = []
    for prefix in prefixes:
        if not any(shorter in prefix for shorter in kept):
            kept.append(prefix)
    return tuple(kept)


def contains_any(text: str, literals: Iterable[str]) -> bool:
    """Prefilter: whether the text holds one of a pattern's literals (one of which every match contains)."""
    return any(map(text.__contains__, literals))


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# --- one script only -----------------------------------------------------------------------------------------

_LATIN = regex.compile(r"[a-z]")
_CYRILLIC = regex.compile(r"[а-яё]")
_PLAIN_CHAR = regex.compile(r"[^\s#\\\[\](){}?*+.|^$]")  # a character that stands for itself


def first_char(fragment: str) -> str | None:
    r"""The literal character every match of a regex fragment starts with, None when unsure.

    >>> first_char(r"торгов\w*"), first_char(r"(?:a|b)c"), first_char("a?b"), first_char(r"\$")
    ('т', None, None, None)
    """
    if not fragment or _has_top_level_bar(fragment) or not _PLAIN_CHAR.match(fragment):
        return None
    return None if fragment[1:2] in ("?", "*", "+", "{") else fragment[0]


def _is_latin(char: str | None) -> bool:
    return char is not None and "a" <= char <= "z"


def _is_cyrillic(char: str | None) -> bool:
    return char is not None and ("а" <= char <= "я" or char == "ё")


_Variant = TypeVar("_Variant")


class ScriptVariants(Generic[_Variant]):
    """A case-sensitive alternation compiled three times: with all its alternatives, without those that start
    with a Latin letter, and without those that start with a Cyrillic one.

    The engine tries the alternatives one after another at every word start, so on a Russian text the
    English ones cost as much as the Russian ones. An alternative cannot match in a text that lacks its first
    letter, so on a text with no Latin (or no Cyrillic) letter the smaller pattern finds exactly the same
    matches, 1.5-2 times faster. `build` compiles the pattern from the alternatives whose first character
    (from `first_char`, None when unknown: such alternatives are always kept) passes its argument.
    """

    def __init__(self, build: Callable[[Callable[[str | None], bool]], _Variant]) -> None:
        self.full = build(lambda char: True)
        self.without_latin = build(lambda char: not _is_latin(char))
        self.without_cyrillic = build(lambda char: not _is_cyrillic(char))

    def on(self, text: str, start: int, end: int) -> _Variant:
        """The smallest variant that finds every match in `text[start:end]` (lower-case text)."""
        # One character class each: linear, so no timeout (which costs more than the search here).
        if not _LATIN.search(text, start, end):
            return self.without_latin
        if not _CYRILLIC.search(text, start, end):
            return self.without_cyrillic
        return self.full


def leftmost_matches(
    branches: Iterable[regex.Pattern[str]], text: str, start: int, end: int, timeout: float | None = TIMEOUT
) -> list[regex.Match[str]]:
    """What finditer of the alternation of `branches` (in their order) finds in `text[start:end]`, found
    branch by branch: a big alternation costs the engine much more per position than its branches apart.

    Each branch gives every position where it matches (overlapped); at a position the earliest branch wins,
    as in the alternation; then matches are taken left to right without overlap, as finditer takes them.
    No branch may match the empty string. `timeout=None` only for branches that are provably linear.
    """
    first: dict[int, regex.Match[str]] = {}
    for pattern in branches:
        for match in pattern.finditer(text, start, end, overlapped=True, timeout=timeout):
            first.setdefault(match.start(), match)
    matches = []
    position = start
    for begin in sorted(first):
        if begin >= position:
            matches.append(first[begin])
            position = first[begin].end()
    return matches


# --- tries ---------------------------------------------------------------------------------------------------

_Trie = dict[str, "_Trie"]


def trie_alternation(items: Iterable[tuple[str, str]]) -> str:
    """An alternation of literals (each with a tail pattern) factored into a trie, so that the engine
    tests one letter per branch instead of every word at every position (about five times faster here).

    >>> trie_alternation([("китая", r"(?!\\w)"), ("китай", r"\\w*")])
    'кита(?:й\\\\w*|я(?!\\\\w))'
    """
    root: _Trie = {}
    for literal, tail in items:
        node = root
        for char in literal:
            node = node.setdefault(char, {})
        node.setdefault("", {})[tail] = {}

    def build(node: _Trie) -> str:
        tails = sorted(node.get("", {}), key=len, reverse=True)
        branches = [regex.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        options = branches + tails
        return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"

    return build(root)


def literal_trie(words: Iterable[str]) -> str:
    """`alternation` of the words as a trie: the same matches, in the same order of preference (a longer
    word first, since only words that are prefixes of one another can match at one place), faster.

    >>> literal_trie(["млн", "млн.", "$"])
    '(?:\\\\$|млн(?:\\\\.|))'
    """
    return trie_alternation((word, "") for word in set(words))


# --- ordered tries of regex fragments ---------------------------------------------------------------------------

_LITERAL_HEAD = regex.compile(r"[^\\\[\](){}?*+.|^$]*")  # characters that stand for themselves (no VERBOSE)


def _literal_head(fragment: str) -> str:
    r"""The literal characters a fragment starts with, less the last one when a quantifier follows it, so
    that the rest (`fragment[len(head):]`) is a fragment of its own: "" for a top-level alternation.

    >>> _literal_head(r"торгов\w*"), _literal_head("sept?"), _literal_head("ab+c"), _literal_head("a|b")
    ('торгов', 'sep', 'a', '')
    """
    if _has_top_level_bar(fragment):
        return ""
    match = _LITERAL_HEAD.match(fragment)
    head = match.group() if match else ""
    if head and fragment[len(head) : len(head) + 1] in ("?", "*", "+", "{"):
        head = head[:-1]
    return head


def _group_end(fragment: str) -> int:
    """The index just past the group that opens the fragment ("(" at 0), -1 if unbalanced."""
    return next((index + 1 for index, char, depth in _structure(fragment) if char == ")" and depth == 0), -1)


def _top_level_split(body: str) -> list[str]:
    """An alternation's alternatives (split at its top-level bars)."""
    bars = [index for index, char, depth in _structure(body) if char == "|" and depth == 0]
    return [body[start + 1 : end] for start, end in itertools.pairwise([-1, *bars, len(body)])]


def expand_head(fragment: str) -> list[str]:
    r"""Fragments that, tried in order, match as the fragment does, each starting with a literal where the
    fragment starts with a group: "(?:a|b)X" tries "aX" then "bX", a greedy "(?:G)?X" tries "GX" then "X";
    a leading "\b" goes before a letter (the fragments stand after "(?<!\w)", where the letter implies it).
    Anything else is left as it is.

    >>> expand_head(r"(?:this|the)\s+figure"), expand_head(r"(?:trade\s+)?gap"), expand_head(r"\bit\b")
    (['this\\s+figure', 'the\\s+figure'], ['trade\\s+gap', 'gap'], ['it\\b'])
    >>> expand_head(r"(?:a|b)+c"), expand_head("(?P<x>a)"), expand_head(r"\b\d")
    (['(?:a|b)+c'], ['(?P<x>a)'], ['\\b\\d'])
    """
    if fragment.startswith("\\b") and fragment[2:3].isalpha():
        return expand_head(fragment[2:])
    if not fragment.startswith("(?:"):
        return [fragment]
    end = _group_end(fragment)
    if end == -1:
        return [fragment]
    rest = fragment[end:]
    optional = rest.startswith("?")
    if optional:
        rest = rest[1:]
    if rest[:1] in ("?", "*", "+", "{"):  # another quantifier (or a lazy "??"): not expanded
        return [fragment]
    options = [option + rest for option in _top_level_split(fragment[3 : end - 1])]
    if optional:
        options.append(rest)
    return [expanded for option in options for expanded in expand_head(option)]


def ordered_trie(alternatives: Sequence[tuple[str, str]]) -> str:
    r"""One alternation of `(?P<name>fragment)` for the (name, fragment) pairs, in their order, factored into a
    trie of the fragments' literal heads: the same matches with the same winning alternative, found faster
    (the engine tests one letter per branch instead of every alternative at every word start).

    Alternatives whose heads part at some letter can never match at one place, so they may change places;
    those whose head ends at a node can match wherever the others do, so everything keeps its order around
    them. A name may stand for several alternatives (the `regex` module allows repeated group names).

    >>> ordered_trie([("a", "торгов\\w*"), ("b", "товар"), ("c", "торговля")])
    'то(?:ргов(?:(?P<a>\\w*)|ля(?P<c>))|вар(?P<b>))'
    """
    items = [(_literal_head(fragment), name, fragment) for name, fragment in alternatives]
    return _trie_node([(head, name, fragment[len(head) :]) for head, name, fragment in items], 0)


def _trie_node(items: list[tuple[str, str, str]], depth: int) -> str:
    options: list[str] = []
    segment: list[tuple[str, str, str]] = []

    def flush() -> None:
        by_letter: dict[str, list[tuple[str, str, str]]] = {}
        for item in segment:
            by_letter.setdefault(item[0][depth], []).append(item)
        for letter, group in by_letter.items():
            options.append(regex.escape(letter) + _trie_node(group, depth + 1))
        segment.clear()

    for item in items:
        if len(item[0]) == depth:
            flush()
            options.append(f"(?P<{item[1]}>{item[2]})")
        else:
            segment.append(item)
    flush()
    if not options:
        return "(?!)"  # no alternative: never matches
    return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"


# --- amounts -------------------------------------------------------------------------------------------------

NUMBER = r"""
    (?<![\w.,])                          # not the tail of a longer number or word
    (?>                                  # atomic: a number is read once, never re-split on failure
        \d{1,3}(?:[ ]\d{3})+(?:,\d+)?    # 1 234 567 or 1 234,5: spaces group thousands (no-break spaces folded)
      | \d{1,3}(?:,\d{3})+(?:\.\d+)?     # 1,234,567.5: commas group thousands, dot for decimals
      | \d+(?:[.,]\d+)?                  # 18, 19,7, 41.2
    )
"""

# Tries, not plain alternations: the engine tries AMOUNT at each of the text's many numbers, and a trie tests
# one letter per branch there instead of every word (AMOUNT runs about 1.4 times faster); same matches.
SCALE = literal_trie(vocab.SCALE_WORDS) + r"(?!\w)"
GLUED_SCALE = literal_trie(vocab.GLUED_SCALE_WORDS) + r"(?![\w$])"
CURRENCY_AFTER = literal_trie(vocab.CURRENCY_AFTER) + r"(?!\w)"
CURRENCY_BEFORE = literal_trie(vocab.CURRENCY_BEFORE)

AMOUNT = regex.compile(
    rf"""
    (?P<number>{NUMBER})
    (?:                                                      # a range: "24-24,5", "от 10 до 12", "$10 and $12"
        (?:\s*(?P<first_scale>{SCALE}))?                    # "от 10 млрд до 12 млрд"
        (?P<range_sep>\s*-\s*|\s+(?:до|to|and|и)\s+)
        (?:{CURRENCY_BEFORE}\s*)?
        (?P<number_high>{NUMBER})
    )?
    (?:
        \s*(?P<scale>{SCALE})                                # "млрд", "billion", "bn"
        (?:\s+(?P<sub_number>\d{{1,3}}(?:[.,]\d+)?)\s*(?P<sub_scale>{SCALE}))?   # "31 млрд 500 млн"
        (?:\s*(?P<currency>{CURRENCY_AFTER}))?               # "долларов США", "USD", "$"
      | (?P<glued_scale>{GLUED_SCALE})                       # "$41m", "$4.5b"
      | \s*(?P<currency_only>{CURRENCY_AFTER})               # "500 000 долларов"
      | (?P<prefixed_only>(?<=(?:{CURRENCY_BEFORE})\s?\d[\d,. ]{{0,24}}))(?![.,]?\d)   # "$850,000": the sign before is enough
    )
    """,
    regex.VERBOSE,
)

# What stands right before the number: a currency sign or code ("$", "US$ ", "USD ").
CURRENCY_BEFORE_TAIL = regex.compile(rf"(?<![a-z]){CURRENCY_BEFORE}\s*$")

# Units of measure after an amount: "5 тыс. тонн" is not money, whatever the sentence's currency.
MEASURE_AFTER = regex.compile(
    r"""\s*(?:
        тонн\w* | т\. | кг\b | км\b | кубометр\w* | куб\w*\s+м | баррел\w* | штук\w* | единиц\w* | голов\w*
      | человек\w* | туристов | пассажир\w* | рейс\w* | вагон\w* | контейнер\w* | гектар\w* | га\b
      | tons?\b | tonnes?\b | barrels?\b | cubic | people | passengers | tourists | units | hectares | km\b
      | kg\b | containers? | flights? | jobs | рабочих\s+мест
    )""",
    regex.VERBOSE,
)

# --- words around the amount ----------------------------------------------------------------------------------

_QUALIFIER_WORDS = alternation(vocab.QUALIFIER_WORDS)
# The qualifier ends at most two words before the number: "превысил отметку в $41", "more than US$ 41".
QUALIFIER_BEFORE = regex.compile(
    rf"""(?<!\w)(?P<word>{_QUALIFIER_WORDS})
        (?:\s+(?:чем|than|рекордн\w*|record|отметк\w*|рубеж\w*|уровень|уровня|the|a|mark\s+of|в|of)){{0,2}}
        \s*(?:{CURRENCY_BEFORE}\s*)?$""",
    regex.VERBOSE,
)
QUALIFIER_LITERALS = literals_of(vocab.QUALIFIER_WORDS)  # one of which every match holds

CHANGE_VERB = fragments(vocab.CHANGE_VERBS)
# "на 2 млрд" / "by $2 billion" after a verb of change: a difference, not a level.
DIFFERENCE_BEFORE = regex.compile(
    rf"""(?<!\w){CHANGE_VERB}(?:\s+[^\s\d]+){{0,5}}?\s+(?:на|by|up|down)\s+
        (?:(?:почти|около|более|свыше|примерно|about|around|approximately|nearly|almost|over|more\s+than|some|roughly)\s+)?
        (?:чем\s+на\s+)?(?:{CURRENCY_BEFORE}\s*)?$""",
    regex.VERBOSE,
)
# "с 20 до 35 млрд", "from $31 billion to": the earlier value of a change.
FROM_BEFORE = regex.compile(
    rf"""(?<!\w)(?:с|со|from)\s+(?:(?:около|почти|about|nearly|almost)\s+)?(?:{CURRENCY_BEFORE}\s*)?$""",
    regex.VERBOSE,
)
FROM_LITERALS = _words("с from")  # one of which every match holds
RANGE_FROM_BEFORE = regex.compile(r"(?<!\w)(?:от|from|between|между)\s+(?:[^\d\s]+\s*)?$")
# "на 2 млрд больше": a difference said after the amount.
DIFFERENCE_AROUND_BEFORE = regex.compile(r"(?<!\w)(?:на|by)\s+(?:[$€₸£¥]\s*)?$")
# Every match of DIFFERENCE_BEFORE and of DIFFERENCE_AROUND_BEFORE holds one of these.
DIFFERENCE_LITERALS = _words("на by up down")
DIFFERENCE_AROUND_AFTER = regex.compile(
    r"\s*(?:\S+\s+)?(?:больше|меньше|выше|ниже|more|less|higher|lower|up|down)(?!\w)"
)


def _cue_group(
    name: str, parts: Iterable[str], keep: Callable[[str | None], bool] = lambda char: True
) -> str:
    kept = [part for part in parts if keep(first_char(part))]
    return rf"(?P<{name}>{fragments(kept) if kept else '(?!)'})"  # (?!): no alternative left, never matches


def _cue_pattern_plain(
    groups: Iterable[tuple[str, Iterable[str]]], keep: Callable[[str | None], bool] = lambda char: True
) -> regex.Pattern[str]:
    """The cue pattern as written: one named group per kind, an alternation of its words (for the tests)."""
    return regex.compile(
        r"(?<!\w)(?:" + "|".join(_cue_group(name, parts, keep) for name, parts in groups) + r")(?!\w)"
    )


def _cue_pattern(
    groups: Iterable[tuple[str, Iterable[str]]], keep: Callable[[str | None], bool] = lambda char: True
) -> regex.Pattern[str]:
    """`_cue_pattern_plain` as an `ordered_trie`: the same matches and `lastgroup`, about twice as fast.

    Provably linear, so searched without a timeout: the cue words hold only literals, classes of one character
    (`\\w`, `\\s`, `[её]`), optional letters and optional groups of literal words, no nested repetition, no
    look-behind but the leading "(?<!\\w)" (`tests/test_speed_cues.py` checks the words for this); each repetition is of one class, and what follows it (a space, a letter, "(?!\\w)") accepts or
    refuses each character it gives back at once (one "и?\\w*" gives two ways). So an attempt costs at most
    the length of the few words and spaces it can span (a cue is at most five words), and only a word start
    gets past the first letter: each character is read by a bounded number of attempts.
    """
    alternatives = [
        (name, expanded)
        for name, parts in groups
        for part in sorted({part for part in parts if keep(first_char(part))}, key=lambda p: (-len(p), p))
        for expanded in expand_head(part)
    ]
    return regex.compile(r"(?<!\w)(?:" + ordered_trie(alternatives) + r")(?!\w)")


NEUTRAL_CUES: tuple[str, ...] = (
    r"министерств\w*\s+(?:торговл\w*|промышленности\s+и\s+торговли)(?:\s+и\s+интеграции)?",
    r"министр\w*\s+торговл\w*(?:\s+и\s+интеграции)?",
    r"ministry\s+of\s+trade(?:\s+and\s+integration)?",
    r"(?:trade|commerce)\s+minist\w*",
    r"minist\w*\s+of\s+(?:trade|commerce)",
    r"торгов\w*\s+представител\w*",
    r"торгов\w*\s+миссии?\w*",
    r"trade\s+(?:representative|mission|office|fair|show|house|center|centre|zone|hub|route|corridor)\w*",
    r"торгов\w*\s+(?:дом\w*|центр\w*|площадк\w*|пут\w*|коридор\w*|марк\w*)",
    r"всемирн\w*\s+торгов\w*\s+организаци\w*",
    r"world\s+trade\s+organi[sz]ation",
    r"торгово-промышленн\w*\s+палат\w*",
    r"chambers?\s+of\s+commerce",
    r"торговл\w*\s+людьми",
    r"импортозамещ\w*",
    r"export-import\s+bank\w*",
    r"эксимбанк\w*",
    r"exim\s*bank\w*",
    r"import\s+substitution",
    r"trade\s+war\w*",
    r"торгов\w*\s+войн\w*",
    r"trade\s+and\s+economic",
)

# Metric cues: the nearest one before the amount says what the amount is.
_METRIC_CUE_GROUPS = (
    ("neutral", NEUTRAL_CUES),
    ("foreign", vocab.FOREIGN_TRADE_CUES),
    ("blocker", vocab.BLOCKER_CUES),
    ("investment", vocab.INVESTMENT_CUES),
    ("export", vocab.EXPORT_CUES),
    ("import", vocab.IMPORT_CUES),
    ("anaphor", vocab.ANAPHOR_CUES),
    ("turnover", vocab.TURNOVER_CUES),
)
METRIC_CUE = _cue_pattern(_METRIC_CUE_GROUPS)
METRIC_CUES = ScriptVariants(lambda keep: _cue_pattern(_METRIC_CUE_GROUPS, keep))

# "экспорт нефти", "agricultural trade": a sector right before or after the cue.
SECTOR_AFTER = regex.compile(
    rf"\s+(?:of\s+|in\s+|в\s+сфере\s+)?(?:\w+\s+)?{fragments(vocab.SECTOR_WORDS)}(?!\w)"  # "экспорт казахстанского зерна"
)
SECTOR_BEFORE = regex.compile(rf"(?<!\w){fragments(vocab.SECTOR_WORDS)}(?:\s+and\s+\w+)?\s+$")
SECTOR_LITERALS = literals_of(vocab.SECTOR_WORDS)  # every match of the two holds one of these

# A trade word in the genitive, or after "of"/"for", can hang off a preceding noun: "бюджет программы
# развития приграничной торговли", "the budget for border trade" are budgets, not trade.
GENITIVE_CUE = regex.compile(
    r"(?:торговл[иеью]|оборот[ауе]|экспорт[ауе]|импорт[ауе]|инвестици[йиях]+|поставок|поставк[аеи]|вложений)$"
)
HEAD_GAP = regex.compile(r"(?:\s+[^\s\d,;:.]+){0,7}\s+$")
ENGLISH_OF = regex.compile(r"(?<!\w)(?:of|for|on|in)(?!\w)")

_GOAL_CUES = tuple(
    cue
    for cue in vocab.TARGET_CUES
    if not regex.match(
        r"(?:может|могут|сможет|достигнет|составит|превысит|вырастет|увеличится|ожида|прогноз"
        r"|expect|forecast|project|could|would|will|likely)",
        cue,
    )
)
_FORECAST_CUES = tuple(cue for cue in vocab.TARGET_CUES if cue not in _GOAL_CUES)

_KIND_CUE_GROUPS = (
    ("aspiration", vocab.PAST_ASPIRATION_CUES),
    ("forecast", _FORECAST_CUES),
    ("goal", _GOAL_CUES),
    ("actual", vocab.ACTUAL_CUES),
)
KIND_CUE = _cue_pattern(_KIND_CUE_GROUPS)
KIND_CUES = ScriptVariants(lambda keep: _cue_pattern(_KIND_CUE_GROUPS, keep))

# --- growth ------------------------------------------------------------------------------------------------------

_PERCENT = r"(?:%|\s*(?:процент\w*|проц\.|percent|per\s+cent|pct)(?!\w))"
_PCT_NUMBER = r"(?P<pct>\d+(?:[.,]\d+)?)"
_UP = fragments(vocab.GROWTH_UP_WORDS)
_DOWN = fragments(vocab.GROWTH_DOWN_WORDS)
DOWN_WORDS = _DOWN  # words of a fall, for the direction of a change stated apart from its verb
_GAP = r"(?:\s+[^\s\d%()]+){0,3}?"  # a few words, none a number
_APPROX = (
    r"(?:(?:почти|около|более\s+чем|более|свыше|примерно|almost|nearly|about|over|more\s+than|some)\s+)?"
)
_TIMES = r"(?P<times>\d+(?:[.,]\d+)?|полтора|два|три|четыре|пять)\s+раз[а]?"

GROWTH = regex.compile(
    rf"""(?<!\w)(?:
        (?:(?P<up>{_UP})|(?P<down>{_DOWN})){_GAP}\s+(?:на\s+|by\s+|of\s+)?{_APPROX}{_PCT_NUMBER}{_PERCENT}
      | (?:на\s+)?{_APPROX}(?P<pct_first>\d+(?:[.,]\d+)?){_PERCENT}\s+(?:(?P<up_after>{_UP})|(?P<down_after>{_DOWN}))
      | \(\s*(?P<sign>[+-])\s*(?P<pct_signed>\d+(?:[.,]\d+)?)\s*%
      | (?P<up_times>увеличил\w*|вырос\w*|выросл\w*|возрос\w*|рост\w*){_GAP}\s+в\s+{_TIMES}
      | (?P<up_times_en>{_UP}){_GAP}\s+(?:by\s+)?(?P<times_en>\d+(?:[.,]\d+)?)(?:\s*-?\s*fold|\s+times)
      | (?P<double>вдвое|удвоил\w*|doubled|tripled|втрое|утроил\w*)
      | (?:или|or)\s+(?:на|by)\s+{_APPROX}(?P<pct_or>\d+(?:[.,]\d+)?){_PERCENT}   # "до 620 млн, или на 29%"
    )""",
    regex.VERBOSE,
)
# Every GROWTH match holds one of these: a percent sign or word, "раз", "fold", "times" or a doubling word.
GROWTH_LITERALS = _words("% проц cent pct раз fold times вдвое удвоил doubled tripled втрое утроил")

# --- periods ---------------------------------------------------------------------------------------------------

YEAR = r"(?:19[5-9]\d|20\d\d)"
_YEAR_WORD = r"(?:\s*-?\s*м)?\s*(?:год\w*|гг?\.?(?!\w))"
_MONTH = fragments(rf"{stem}\w*" for stem in vocab.MONTHS)
_NUMBER_WORD = alternation(vocab.NUMBER_WORDS)
_REL_YEAR = (
    r"(?P<rel>прошл\w*|минувш\w*|прошедш\w*|предыдущ\w*|позапрошл\w*|текущ\w*|эт\w+|нынешн\w*|"
    r"следующ\w*|будущ\w*|last|this|the\s+current|the\s+previous|the\s+past|next|the\s+same)"
)
_YEAR_OR_REL = rf"(?:of\s+|в\s+)?(?:(?P<year>{YEAR}){_YEAR_WORD}?|{_REL_YEAR}\s+(?:год\w*|year))"
_ORDINAL = r"(?P<ordinal>перв\w*|втор\w*|трет\w*|четверт\w*|first|second|third|fourth|i{1,3}|iv|[1-4](?:-?[ймо]{1,2})?)"


_YEAR_DIGITS = _words("19 20")  # every YEAR contains one of these
_MONTH_LITERALS = literals_of(vocab.MONTHS)

# The branches of PERIOD, in order, each with literals one of which every match of it contains (checked with
# `in` on the sentence, they let `periods.find_time_mentions` skip a branch that cannot match there).
# Changing a branch means checking its literals.
_PERIOD_BRANCHES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        rf"""(?P<comparison>
            (?:по\s+сравнению\s+с|в\s+сравнении\s+с|относительно|против|compared\s+(?:to|with)|
               чем\s+(?:в|за)|показател\w*|уровн\w*|(?:the\s+)?(?:level|figure)\s+(?:of|for|in)|
               than\s+in|than|versus|vs\.?|year-on-year|year\s+on\s+year|y/y|yoy)
            \s+(?:(?:аналогичным|аналогичного|тем\s+же)\s+период\w*\s+)?
            (?:(?P<cmp_year>{YEAR}){_YEAR_WORD}?|{_REL_YEAR}(?:\s+(?:год\w*|year))?|the\s+same\s+period(?:\s+\w+\s+year)?)
        )""",
        _words(
            "сравнени относительно против compared чем показател уровн level figure than versus vs year y/y yoy"
        ),
    ),
    (
        r"""(?P<same>                          # "за этот период", "in the reporting period": said before
            (?:за|в|во|in|during|over|for)\s+
            (?:этот|тот\s+же|этот\s+же|указанный|данный|отч[её]тный|the\s+same|the\s+reporting|the\s+reported|
               this|that|the\s+said)\s+(?:период|period)
        )""",
        _words("период period"),
    ),
    (
        rf"""(?P<now>
            (?:за|в\s+течение|over|in|during|for)\s+(?:the\s+)?(?:последн\w*|past|last)\s+(?:\d+|{_NUMBER_WORD})\s+
              (?:лет|год\w*|years?|decades?|десятилети\w*)
          | (?:за|в\s+течение|over|for)\s+(?:\d+|{_NUMBER_WORD})\s+(?:лет|years)
          | (?:с|since)\s+{YEAR}(?:{_YEAR_WORD})?(?!\s*(?:-|по|до|to)\s*{YEAR})
          | на\s+(?:сегодняшн\w*|текущ\w*|данн\w*)\s+(?:день|момент)
          | в\s+настоящ\w*\s+врем\w*
          | в\s+последн\w*\s+(?:годы|лет)
          | за\s+годы\s+независимост\w*
          | (?:currently|to\s+date|so\s+far|сейчас|today|ныне)
        )""",
        _words("лет год year decade десятилети день момент врем currently date far сейчас today ныне 19 20"),
    ),
    (
        rf"""(?P<deadline>
            (?:к|до|by|until|through)\s+(?:(?:концу|конца|the\s+end\s+of|end-)\s*)?(?P<deadline_year>{YEAR}){_YEAR_WORD}?
          | (?:к|до|by)\s+(?:концу|конца|the\s+end\s+of)\s+(?:этого\s+|текущего\s+|the\s+)?(?:года|year)
          | (?:в\s+ближайш\w*|в\s+течение|в\s+следующ\w*|in\s+the\s+(?:next|coming)|within(?:\s+the\s+next)?)\s+
              (?P<deadline_in>\d+|{_NUMBER_WORD})\s+(?:лет|год\w*|years)
        )""",
        _words("год year лет 19 20"),
    ),
    (
        rf"""(?P<months>
            (?:за|в\s+течение|по\s+итогам|in|for|during|over)\s+(?:the\s+)?(?:перв\w+\s+|first\s+)?
            (?P<n_months>\d{{1,2}}|{_NUMBER_WORD})\s+(?:месяц\w*|months?)
            (?:\s+{_YEAR_OR_REL})?
          | (?P<n_months_short>\d{{1,2}})m\s*(?P<year_short>{YEAR})
        )""",
        _words("месяц month m"),
    ),
    (
        rf"""(?P<month_range>
            (?P<month_from>{_MONTH})\s*-\s*(?P<month_to>{_MONTH})(?:\s+{_YEAR_OR_REL})?
          | (?:between|с|from)\s+(?P<month_from2>{_MONTH})\s+(?:and|по|to|through|until|till)\s+(?P<month_to2>{_MONTH})
            (?:\s+{_YEAR_OR_REL})?
        )""",
        _MONTH_LITERALS,
    ),
    (
        rf"""(?P<half>
            (?:в\s+|за\s+|по\s+итогам\s+|in\s+|for\s+|during\s+)?(?:the\s+)?{_ORDINAL}\s+(?:полугоди\w*|half(?:\s+of)?)
            (?:\s+{_YEAR_OR_REL})?
          | (?P<h_short>h[12]|[12]h)\s*(?P<h_year>{YEAR})
        )""",
        _words("полугоди half h1 h2 1h 2h"),
    ),
    (
        rf"""(?P<quarter>
            (?:в\s+|за\s+|по\s+итогам\s+|in\s+|for\s+|during\s+)?(?:the\s+)?{_ORDINAL}\s+(?:квартал\w*|кв\.|quarter(?:\s+of)?)
            (?:\s+{_YEAR_OR_REL})?
          | q(?P<q_short>[1-4])\s*(?P<q_year>{YEAR})
        )""",
        _words("квартал кв. quarter q1 q2 q3 q4"),
    ),
    (
        rf"""(?P<month>
            (?:в|за|по\s+итогам|in|for|during)\s+(?P<month_name>{_MONTH})\s+{_YEAR_OR_REL}
        )""",
        _MONTH_LITERALS,
    ),
    (
        rf"""(?P<relative>
            (?:в|во|за|по\s+итогам|на|in|for|during|of)?\s*{_REL_YEAR}\s+(?:год\w*|year)(?:'s)?
          | the\s+year\s+before\s+last
        )""",
        _words("год year"),
    ),
    (
        rf"""(?P<year_range>
            (?P<range_from>{YEAR})\s*-\s*(?P<range_to>{YEAR}){_YEAR_WORD}
        )""",
        ("-",),  # rarer than the years' digits
    ),
    (
        rf"""(?P<full_year>
            (?:по\s+итогам\s+|в\s+|во\s+|за\s+|на\s+|in\s+|for\s+|during\s+|of\s+|full-year\s+|fy\s*)?
            (?=19|20)                                   # (the year first: the date check below is slow)
            (?<!\d\s{_MONTH}\s|{_MONTH}\s\d{{1,2}},?\s)    # a date ("8 декабря 2021 г.", "October 8, 2023") is no period
            (?P<full>{YEAR})(?:{_YEAR_WORD}|'s|(?=\s*[,.;:)]|\s+(?:figure|data|result|level|total)))
          | (?:in|for|during)\s+(?P<full_en>{YEAR})
        )""",
        _YEAR_DIGITS,
    ),
)


def _period_pattern(branches: Iterable[str]) -> regex.Pattern[str]:
    # Each branch ends its own line, so that a comment at its end does not swallow what follows.
    return regex.compile(r"(?<!\w)(?:" + "\n|".join(branches) + "\n" + r")(?!\w)", regex.VERBOSE)


PERIOD = _period_pattern(branch for branch, _ in _PERIOD_BRANCHES)
# Each branch on its own, with its literals: the whole alternation runs at about 1 MB/s here (on any text,
# even one with no word in it), its branches apart at 10-200 MB/s each.
PERIOD_BRANCHES: tuple[tuple[regex.Pattern[str], tuple[str, ...]], ...] = tuple(
    (_period_pattern([branch]), literals) for branch, literals in _PERIOD_BRANCHES
)

# --- parties -------------------------------------------------------------------------------------------------------


COUNTRY_WORDS: dict[str, str] = {word: c.code for c in vocab.COUNTRIES for word in c.words}
COUNTRY_STEMS: dict[str, str] = {stem: c.code for c in vocab.COUNTRIES for stem in c.stems}


_COUNTRY_SPLIT = 2  # pieces per script
_COUNTRY_ENTRIES = [(word, r"(?!\w)") for word in COUNTRY_WORDS] + [(stem, r"\w*") for stem in COUNTRY_STEMS]
COUNTRY = regex.compile(r"\b" + trie_alternation(_COUNTRY_ENTRIES))


def _country_branches(
    keep: Callable[[str | None], bool], per_script: int = _COUNTRY_SPLIT
) -> tuple[regex.Pattern[str], ...]:
    """COUNTRY's trie cut by first letter into a few patterns (names with different first letters never
    match at the same place, so their order does not matter): each pattern then skips the word starts that
    are not its letters, and `leftmost_matches` of the pieces finds what COUNTRY finds, faster."""
    firsts = sorted({literal[0] for literal, _ in _COUNTRY_ENTRIES if keep(literal[0])})
    pieces = []
    for script in (_is_latin, _is_cyrillic, lambda char: not (_is_latin(char) or _is_cyrillic(char))):
        letters = [char for char in firsts if script(char)]
        size = max(1, -(-len(letters) // per_script))
        for chunk in (letters[i : i + size] for i in range(0, len(letters), size)):
            entries = [entry for entry in _COUNTRY_ENTRIES if entry[0][0] in chunk]
            pieces.append(regex.compile(r"\b" + trie_alternation(entries)))
    return tuple(pieces)


COUNTRIES = ScriptVariants(_country_branches)
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
# Literals every match of the two holds, for a prefilter.
OUTLET_BEFORE_LITERALS = _words(
    "интерфакс interfax sputnik спутник риа ria forbes тасс tass bbc ведомости коммерсант газета"
)
OUTLET_AFTER_LITERALS = _words("times today daily news post tribune herald tv правда сегодня таймс")
COUNTRY_CASED = regex.compile(
    r"(?<![\w$.])(?:"
    + "|".join(rf"(?P<{c.code}>{alternation(c.cased)})" for c in vocab.COUNTRIES if c.cased)
    + r")(?![\w$])"
)
REGION = regex.compile(
    r"(?<!\w)(?:"
    + "|".join(rf"(?P<R{index}>{'|'.join(region.stems)})" for index, region in enumerate(vocab.REGIONS))
    + r")(?!\w)"
)
REGION_LITERALS = literals_of(stem for region in vocab.REGIONS for stem in region.stems)
GROUP = regex.compile(rf"(?<!\w){fragments(vocab.GROUP_CUES)}(?!\w)")
BILATERAL = regex.compile(rf"(?<!\w){fragments(vocab.BILATERAL_MARKERS)}(?!\w)")
# "Из этой суммы на экспорт пришлось...", "of which exports...": a breakdown of a pair's figure just given.
BREAKDOWN = regex.compile(
    r"(?<!\w)(?:из\s+(?:этой|этого|общей|данной)\s+(?:суммы|объема|объ[её]ма)|из\s+них|из\s+которых|"
    r"в\s+том\s+числе|of\s+which|of\s+this|of\s+that|including|out\s+of\s+(?:this|that|the\s+total))(?!\w)"
)
TOTAL_AFTER = regex.compile(
    r"^\s*(?:\S+\s+){0,2}?(?:в\s+целом|в\s+общей\s+сложности|in\s+total|overall|as\s+a\s+whole)(?!\w)"
)
TOTAL_AFTER_LITERALS = _words("целом сложности total overall whole")  # one in every match
PRONOUN = regex.compile(
    r"(?<!\w)(?:он|она|оно|они|it|this|that)(?!\w)"
)  # "он вырос на 14,3%": the figure just given
TOTAL_BEFORE = regex.compile(
    r"(?<!\w)(?:всего|всей|общего|общий|общем|суммарн\w*|total|overall|entire|whole)\s+$"
)
TOTAL_BEFORE_LITERALS = _words("всего всей общ суммарн total overall entire whole")  # one in every match
# Between a trade word and the country whose trade it is: nothing, "of (the)", or one word that is not a
# preposition ("Южной" Кореи, "Республики" Корея).
POSSESSOR_GAP = regex.compile(
    rf"\s*(?:of\s+(?:the\s+)?)?(?:(?!{alternation(vocab.PARTNER_PREPOSITIONS)}\s)[^\W\d]{{3,}}\s+)?"
)
PARTNER_BEFORE = regex.compile(rf"(?<!\w){alternation(vocab.PARTNER_PREPOSITIONS)}\s+(?:\w+\s+)?$")
