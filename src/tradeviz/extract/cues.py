"""Cues: the words that say what an amount is (metric cues) and how it is meant (kind cues).

Each cue table is a list of (name, words): the name is what a match means (`turnover`, `export`, `blocker`,
`anaphor`..., or `actual`, `goal`, `forecast`, `aspiration`) and comes back as the match's `lastgroup`. The
nearest metric cue before an amount names its metric; the nearest kind cue before it says reported or aimed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

import regex

from tradeviz.extract import vocab
from tradeviz.extract.kit import (
    NO_WORD_AFTER,
    NO_WORD_BEFORE,
    ScriptVariants,
    expand_head,
    first_char,
    fragments,
    ordered_trie,
)

CueGroups = tuple[tuple[str, tuple[str, ...]], ...]

# Metric cues, by what they mean. "neutral" words hide a trade word that names no figure ("trade ministry").
METRIC_CUE_GROUPS: CueGroups = (
    ("neutral", vocab.NEUTRAL_CUES),
    ("foreign", vocab.FOREIGN_TRADE_CUES),
    ("blocker", vocab.BLOCKER_CUES),
    ("investment", vocab.INVESTMENT_CUES),
    ("export", vocab.EXPORT_CUES),
    ("import", vocab.IMPORT_CUES),
    ("anaphor", vocab.ANAPHOR_CUES),
    ("turnover", vocab.TURNOVER_CUES),
)

# Kind cues: a past aspiration is no fact; a forecast and a goal are both targets.
KIND_CUE_GROUPS: CueGroups = (
    ("aspiration", vocab.PAST_ASPIRATION_CUES),
    ("forecast", vocab.FORECAST_CUES),
    ("goal", vocab.GOAL_CUES),
    ("actual", vocab.ACTUAL_CUES),
)


@dataclasses.dataclass(frozen=True, slots=True)
class Cue:
    """A word that says what an amount is (metric cue) or how it is meant (kind cue)."""

    start: int
    end: int
    kind: str


def _cue_group(
    name: str, parts: Iterable[str], keep: Callable[[str | None], bool] = lambda char: True
) -> str:
    kept = [part for part in parts if keep(first_char(part))]
    return rf"(?P<{name}>{fragments(kept) if kept else '(?!)'})"  # (?!): no alternative left, never matches


def cue_pattern_plain(
    groups: CueGroups, keep: Callable[[str | None], bool] = lambda char: True
) -> regex.Pattern[str]:
    """The cue pattern as written: one named group per kind, an alternation of its words (for the tests)."""
    return regex.compile(
        NO_WORD_BEFORE
        + "(?:"
        + "|".join(_cue_group(name, parts, keep) for name, parts in groups)
        + ")"
        + NO_WORD_AFTER
    )


def cue_pattern(
    groups: CueGroups, keep: Callable[[str | None], bool] = lambda char: True
) -> regex.Pattern[str]:
    """`cue_pattern_plain` as an `ordered_trie`: the same matches and `lastgroup`, about twice as fast.

    Provably linear, so searched without a timeout: the cue words hold only literals, classes of one character
    (`\\w`, `\\s`, `[её]`), optional letters and optional groups of literal words, no nested repetition, no
    look-behind but the leading "(?<!\\w)" (`tests/test_speed_cues.py` checks the words for this); each
    repetition is of one class, and what follows it (a space, a letter, "(?!\\w)") accepts or refuses each
    character it gives back at once (one "и?\\w*" gives two ways). So an attempt costs at most the length of
    the few words and spaces it can span (a cue is at most five words), and only a word start gets past the
    first letter: each character is read by a bounded number of attempts.
    """
    alternatives = [
        (name, expanded)
        for name, parts in groups
        for part in sorted({part for part in parts if keep(first_char(part))}, key=lambda p: (-len(p), p))
        for expanded in expand_head(part)
    ]
    return regex.compile(NO_WORD_BEFORE + "(?:" + ordered_trie(alternatives) + ")" + NO_WORD_AFTER)


METRIC_CUE = cue_pattern(METRIC_CUE_GROUPS)
METRIC_CUES = ScriptVariants(lambda keep: cue_pattern(METRIC_CUE_GROUPS, keep))
KIND_CUE = cue_pattern(KIND_CUE_GROUPS)
KIND_CUES = ScriptVariants(lambda keep: cue_pattern(KIND_CUE_GROUPS, keep))


def find_cues(variants: ScriptVariants[regex.Pattern[str]], lower: str, start: int, end: int) -> list[Cue]:
    """The cues of `variants` (METRIC_CUES or KIND_CUES) in `lower[start:end]`; linear patterns, so no timeout
    (see `cue_pattern`): a clock reading per call costs more than most of these searches."""
    return [
        Cue(m.start(), m.end(), str(m.lastgroup))
        for m in variants.on(lower, start, end).finditer(lower, start, end)
    ]
