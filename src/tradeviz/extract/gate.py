"""The gate: one pass over an article for the words every fact needs, so that the rules run only where one
stands. Most of a news feed is not about trade; there the rules would only look and find nothing.

Every fact takes its metric from a trade word (a metric cue of kind turnover, export, import, investment or
foreign trade) in its own sentence, or in one of the `REACH` sentences before it (an anaphor's "этот
показатель" names the last one of the sentence before; a list item borrows one from up to three back). Every
match of those cues holds one of `STEMS`, read off the cue tables themselves (`kit.required_literal_groups`),
never written by hand. So an article with no stem gives no fact, nor one whose lines with a stem hold no
trade word ("important", "торговый центр": `_trade_word`), and a sentence with no trade word in it or in the
`REACH` sentences before gives none either: the gate skips the first two whole, and the rules skip the
third (a stem tells where to look for the sentence's trade words, `SentenceContext.metric_cues`, which the
rules would find anyway).
A sentence skipped would have given nothing to the sentences after it (what one sentence passes on, its
facts, their spans and the period it stated for one, all need a trade word), so the others read the same.
Table rows (`tables`) are read only in an article whose sentences gave a fact, so they follow the same way.

Two engines give the same positions: Hyperscan (one pass for every stem at once, over the text as UTF-32,
whose byte offsets are character offsets times four) where its wheel is installed, else plain Python
(`str.find` per stem, no compiled extension). `TRADEVIZ_GATE=hyperscan|plain|off` chooses at start (`use`
in tests and benchmarks); `off` reads every sentence, as before the gate.
"""

from __future__ import annotations

import bisect
import functools
import os
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import regex

from tradeviz.extract.cues import METRIC_CUE_GROUPS, cue_pattern
from tradeviz.extract.kit import expand_head, required_literal_groups

if TYPE_CHECKING:
    from tradeviz.extract.context import ArticleText

REACH = 4  # sentences after a trade word whose amounts may take it (lists borrow from 3 back): one to spare
_METRIC_KINDS = frozenset({"turnover", "export", "import", "investment", "foreign"})  # not neutral, blocker,
# anaphor: a neutral word names no figure, a blocker's figure is dropped, an anaphor stands for a trade word
_DIGIT = regex.compile(r"\d")


def _stems(groups: Iterable[tuple[str, tuple[str, ...]]]) -> tuple[str, ...]:
    """Literals one of which every match of the metric cues holds: of each cue alternative the literal set
    it needs (the one already covered by a shorter stem when there is one, else its strongest), the sets
    joined and each literal that holds a shorter one dropped (the shorter is in every text the longer is)."""
    needed = [
        required_literal_groups(alternative, 0)
        for name, parts in groups
        if name in _METRIC_KINDS
        for part in parts
        for alternative in expand_head(part)
    ]
    if any(not options for options in needed):  # a cue with no certain literal: no gate can be proven
        raise ValueError("a metric cue holds no literal for the gate")
    chosen: set[str] = {literal for options in needed if len(options) == 1 for literal in options[0]}
    for options in needed:
        covered = any(all(any(stem in literal for stem in chosen) for literal in group) for group in options)
        if not covered:
            chosen.update(options[0])
    kept: list[str] = []
    for literal in sorted(chosen, key=lambda text: (len(text), text)):
        if not any(shorter in literal for shorter in kept):
            kept.append(literal)
    return tuple(kept)


STEMS: tuple[str, ...] = _stems(METRIC_CUE_GROUPS)

ENGINES = ("hyperscan", "plain", "off")


def _plain_find(lower: str) -> list[int]:
    """Every start of every stem, by `str.find` (one fast scan of the text per stem: on news-sized texts
    several times faster than one `regex` alternation tried at every position)."""
    found: list[int] = []
    for stem in STEMS:
        position = lower.find(stem)
        while position >= 0:
            found.append(position)
            position = lower.find(stem, position + 1)
    return found


@functools.cache
def _hyperscan_finder() -> Callable[[str], list[int]]:
    import hyperscan

    def escaped(stem: str) -> bytes:
        return b"".join(b"\\x%02x" % byte for byte in stem.encode("utf-32-le"))

    database = hyperscan.Database()
    database.compile(expressions=[escaped(stem) for stem in STEMS], ids=list(range(len(STEMS))))
    lengths = [4 * len(stem) for stem in STEMS]

    def find(lower: str) -> list[int]:
        found: list[int] = []

        def on_match(index: int, start: int, end: int, flags: int, context: object) -> None:
            if end % 4 == 0:  # a match across two characters' bytes is none
                found.append((end - lengths[index]) // 4)

        database.scan(lower.encode("utf-32-le"), match_event_handler=on_match)
        return found

    return find


def _default() -> str:
    chosen = os.environ.get("TRADEVIZ_GATE", "")
    if chosen in ENGINES:
        return chosen
    try:
        import hyperscan  # noqa: F401
    except ImportError:
        return "plain"
    return "hyperscan"


_ENGINE = [_default()]
_LAST: list[tuple[str, str, list[int]]] = []  # (engine, text, starts): the article's text is asked twice


def use(engine: str) -> None:
    """Choose the engine: "hyperscan", "plain" or "off" (every sentence read)."""
    if engine not in ENGINES:
        raise ValueError(f"no gate engine {engine!r}")
    _ENGINE[0] = engine


def engine() -> str:
    """The engine in use."""
    return _ENGINE[0]


def stem_starts(lower: str) -> list[int] | None:
    """Where the stems start in a lower-cased, normalised text; None when the gate is off."""
    engine = _ENGINE[0]
    if engine == "off":
        return None
    if _LAST and _LAST[0][0] == engine and _LAST[0][1] == lower:
        return _LAST[0][2]
    found = _hyperscan_finder()(lower) if engine == "hyperscan" else _plain_find(lower)
    _LAST[:] = [(engine, lower, found)]
    return found


def may_hold_facts(lower: str) -> bool:
    """False when the text cannot give a fact: no digit, or no line where a trade word's stem stands that
    holds a trade word (`_TRADE_WORD`)."""
    if _ENGINE[0] == "off":
        return True
    if not _DIGIT.search(lower):
        return False
    pattern, searched = _trade_word(), set()
    for position in sorted(stem_starts(lower) or ()):
        start = lower.rfind("\n", 0, position) + 1
        if start not in searched:
            searched.add(start)
            end = lower.find("\n", position)
            if pattern.search(lower, start, len(lower) if end < 0 else end):
                return True
    return False


def prepare() -> None:
    """Build the gate's trade-word pattern now: at import, under the pattern store and before worker
    processes fork (`extract/__init__`), not on the first article (it costs ~30 ms to compile)."""
    _trade_word()


@functools.cache
def _trade_word() -> regex.Pattern[str]:
    r"""The metric cues of the kinds a fact can name, and no others (built as METRIC_CUES is).

    When the rules find such a cue in a sentence, its alternative matches the same characters in the
    sentence's line: sentences lie within one line and start and end beside a space or the line's ends, so
    the cues' `\w` look-arounds and `\b` read the same there, and their one other look-around, a positive
    look-ahead, sees at least the sentence's characters. So this finds something in that line, and a line
    where it finds nothing holds no cue a fact can take. Provably linear, as METRIC_CUES: no timeout."""
    return cue_pattern(tuple((name, parts) for name, parts in METRIC_CUE_GROUPS if name in _METRIC_KINDS))


def sentences_to_read(article: ArticleText, *, every: bool = False) -> list[int]:
    """Of the article's sentences with amounts (indexes), in order, those a trade word's stem reaches: one
    in the sentence or in the `REACH` before it. All of them when the gate is off or `every` (`explain`
    says why each amount gave nothing)."""
    indexes = sorted(article.amounts_by_sentence)
    found = None if every else stem_starts(article.lower)
    if found is None:
        return indexes
    starts = [sentence.start for sentence in article.sentences]
    reached: set[int] = set()
    with_amounts = set(indexes)
    for sentence in sorted({bisect.bisect_right(starts, position) - 1 for position in found}):
        reach = range(sentence, sentence + REACH + 1)
        if sentence < 0 or with_amounts.isdisjoint(reach):
            continue
        # A stem is no trade word yet ("important", "торговый центр"): the sentence's cues, found once for
        # the rules anyway, tell.
        if any(cue.kind in _METRIC_KINDS for cue in article.sentence(sentence).metric_cues):
            reached.update(reach)
    return [index for index in indexes if index in reached]
