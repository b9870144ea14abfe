"""A rule table: named patterns, each with what its match means, read back by the name that matched.

In the manner of yargy's rules and price-parser's tables: a phrasing is a row (`Rule`), its pattern built
from named fragments and its interpretation beside it; the table joins the rows into one alternation, in
their order, and a match is read by the row whose wrapper group matched (`match.lastgroup`), not by an
if-chain over group names.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Iterator, Sequence
from typing import Generic, TypeVar

import regex

from tradeviz.extract.kit.literals import contains_any, required_literal_groups
from tradeviz.extract.kit.scripts import NO_WORD_AFTER, NO_WORD_BEFORE, TIMEOUT, leftmost_matches

T = TypeVar("T")
_GROUPS_TESTED = 2  # a branch's strongest literal sets tested before it runs (more cost more than they save)


@dataclasses.dataclass(frozen=True)
class Rule(Generic[T]):
    """A named phrasing: a verbose regex fragment, what a match of it means, and texts it must match."""

    name: str
    pattern: str
    meaning: Callable[[regex.Match[str]], T]
    examples: tuple[str, ...] = ()

    @functools.cached_property
    def literal_groups(self) -> tuple[tuple[str, ...], ...]:
        """Sets of literals a match holds one of each of (strongest first), derived from the pattern."""
        return required_literal_groups(self.pattern)

    @property
    def literals(self) -> tuple[str, ...]:
        """Literals one of which every match holds (empty: no prefilter)."""
        return self.literal_groups[0] if self.literal_groups else ()


class RuleTable(Generic[T]):
    """Rules tried in order as one alternation between `before` and `after`.

    `separate=True` also compiles each rule on its own (`branches`), for `leftmost_matches`: a big
    alternation costs the engine much more per position than its branches apart, and each branch can be
    skipped where its literals are absent. In one alternation, no two rules may share an inner group name:
    the `regex` module then reports the shared group as `lastgroup`, not the rule's wrapper.
    """

    def __init__(
        self,
        rules: Sequence[Rule[T]],
        *,
        before: str = NO_WORD_BEFORE,
        after: str = NO_WORD_AFTER,
        flags: int = regex.VERBOSE,
        separate: bool = False,
    ) -> None:
        names = [rule.name for rule in rules]
        if len(set(names)) != len(names):
            raise ValueError(f"rule names repeat: {names}")
        self.rules = tuple(rules)
        self.by_name = {rule.name: rule for rule in rules}
        self.separate = separate
        self._before, self._after, self._flags = before, after, flags
        _check_groups_apart(self.rules, flags, shared_allowed=separate)
        # Compiled now, at import: the extractor compiles its patterns once before worker processes fork.
        _ = self._branch_sets if separate else self.pattern

    def _compile(self, rules: Sequence[Rule[T]]) -> regex.Pattern[str]:
        # Each rule ends its own line, so that a comment at its end does not swallow what follows.
        body = "\n|".join(f"(?P<{rule.name}>{rule.pattern}\n)" for rule in rules)
        return regex.compile(f"{self._before}(?:{body}\n){self._after}", self._flags)

    @functools.cached_property
    def pattern(self) -> regex.Pattern[str]:
        """The alternation of all rules, compiled on first use."""
        return self._compile(self.rules)

    @functools.cached_property
    def branches(self) -> tuple[tuple[regex.Pattern[str], tuple[str, ...]], ...]:
        """Each rule compiled alone, with its literals: the alternation's branches, in order."""
        return tuple((self._compile([rule]), rule.literals) for rule in self.rules)

    @functools.cached_property
    def _literal_sets(self) -> tuple[tuple[str, ...], ...]:
        """The distinct literal sets of the branches' groups (rules share some): each tested once a search."""
        groups = (group for rule in self.rules for group in rule.literal_groups[:_GROUPS_TESTED])
        return tuple(dict.fromkeys(groups))

    @functools.cached_property
    def _branch_sets(self) -> tuple[tuple[regex.Pattern[str], tuple[int, ...]], ...]:
        """Each branch with the indexes of the literal sets it needs one of each of."""
        index = {group: position for position, group in enumerate(self._literal_sets)}
        return tuple(
            (pattern, tuple(index[group] for group in rule.literal_groups[:_GROUPS_TESTED]))
            for (pattern, _), rule in zip(self.branches, self.rules, strict=True)
        )

    @functools.cached_property
    def literals(self) -> tuple[str, ...]:
        """Literals one of which every match of the table holds; () when some rule has none."""
        if any(not rule.literals for rule in self.rules):
            return ()
        return tuple(sorted({literal for rule in self.rules for literal in rule.literals}))

    def read(self, match: regex.Match[str]) -> T:
        """What a match of the table (or of one of its branches) means, by the rule that matched."""
        return self.by_name[str(match.lastgroup)].meaning(match)

    def may_match(self, text: str) -> bool:
        """Prefilter: False when `text` holds none of the table's literals (so nothing can match)."""
        return not self.literals or contains_any(text, self.literals)

    def matches(
        self, text: str, start: int, end: int, timeout: float | None = TIMEOUT
    ) -> list[regex.Match[str]]:
        """What the alternation finds in `text[start:end]`: branch by branch where `separate`, each branch
        only where one of its literals stands in the slice."""
        if not self.separate:
            if not self.may_match(text[start:end]):
                return []
            return list(self.pattern.finditer(text, start, end, timeout=timeout))
        piece = text[start:end]
        present: dict[int, bool] = {}  # each literal set tested once, when a branch first asks
        branches = []
        for pattern, needed in self._branch_sets:
            for index in needed:
                if index not in present:
                    present[index] = contains_any(piece, self._literal_sets[index])
                if not present[index]:
                    break
            else:
                branches.append(pattern)
        return leftmost_matches(branches, text, start, end, timeout=timeout)

    def findall(self, text: str, start: int, end: int) -> Iterator[tuple[regex.Match[str], T]]:
        """Each match in `text[start:end]` with what it means."""
        for match in self.matches(text, start, end):
            yield match, self.read(match)


_GROUP_NAME = regex.compile(r"\(\?P<(\w+)>")


def _check_groups_apart(rules: Sequence[Rule[T]], flags: int, shared_allowed: bool) -> None:
    """A rule's name is no inner group's (the two would be one group); rules compiled together share none."""
    names = {rule.name for rule in rules}
    owner: dict[str, str] = {}
    for rule in rules:
        for group in _GROUP_NAME.findall(rule.pattern):
            if group in names:
                raise ValueError(f"group {group!r} of rule {rule.name!r} has a rule's name")
            if owner.setdefault(group, rule.name) != rule.name and not shared_allowed:
                raise ValueError(f"group {group!r} is in rules {owner[group]!r} and {rule.name!r}")
