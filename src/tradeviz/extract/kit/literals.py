"""Alternations built from word tables, and the literals a pattern's every match holds (for prefilters).

A prefilter tells cheaply (with `in`) that a text cannot hold a match, so the pattern need not run there. The
literals are derived from the patterns themselves (`required_literals`), never written twice by hand.
"""

from __future__ import annotations

import re._constants as sre_constants
import re._parser as sre_parse
from collections.abc import Iterable, Iterator

import regex

from tradeviz.extract.kit.compiled import remembered


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


def structure(fragment: str) -> Iterator[tuple[int, str, int]]:
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


def has_top_level_bar(fragment: str) -> bool:
    """Whether the fragment is an alternation at its top level ("a|b", not "(?:a|b)")."""
    return any(char == "|" and depth == 0 for _, char, depth in structure(fragment))


def literal_prefix(fragment: str) -> str:
    r"""The literal text every match of a regex fragment starts with, for a prefilter: "" (no filter) when
    the fragment is an alternation or starts with a group, a class or an escape.

    >>> literal_prefix("ма[йяе]"), literal_prefix("sept?"), literal_prefix(r"омск\w*"), literal_prefix("a|b")
    ('ма', 'sep', 'омск', '')
    >>> literal_prefix(r"akmola\s+(?:region|oblast)")
    'akmola'
    """
    if has_top_level_bar(fragment):
        return ""
    literal = regex.match(r"[^\\\[\](){}?*+.|^$]*", fragment)
    prefix = literal.group() if literal else ""
    if literal and literal.end() < len(fragment) and fragment[literal.end()] in "?*{":
        prefix = prefix[:-1]  # the last letter is optional
    return prefix


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


# --- literals derived from a pattern's structure ------------------------------------------------------------

_NAMED_GROUP = regex.compile(r"\(\?P<\w+>")
_Literals = frozenset[str] | None  # None: no literal is certain


def required_literals(pattern: str, flags: int = regex.VERBOSE) -> tuple[str, ...]:
    r"""Literals one of which every match of `pattern` contains; () when none is certain (no prefilter).

    Read off the pattern's parse tree: a run of literal characters (a small class stands for each of its
    characters) in a sequence is in every match of the sequence, an alternation needs one of each branch's
    literals, a repetition at least once those of its body. Of a sequence's candidates the one whose weakest
    literal narrows most wins (see `_score`).

    >>> required_literals(r"(?:за|в)\s+(?:\d+)\s+(?:месяц\w*|months?)")
    ('month', 'месяц')
    >>> required_literals(r"\d+%?"), required_literals(r"(?P<x>trade)|(?P<y>exports?)")
    ((), ('export', 'trade'))
    >>> required_literals(r"q[1-4]\s*\d")
    ('q1', 'q2', 'q3', 'q4')
    """
    groups = required_literal_groups(pattern, flags)
    return groups[0] if groups else ()


def required_literal_groups(pattern: str, flags: int = regex.VERBOSE) -> tuple[tuple[str, ...], ...]:
    r"""Every set of literals the pattern's matches need one of, strongest first: a match holds one literal
    of each set (a prefilter may ask for all of them). () when none is certain.

    >>> required_literal_groups(r"(?P<a>19\d\d)\s*-\s*(?:19|20)\d\d\s*год")
    (('год',), ('19',), ('19', '20'), ('-',))
    """
    return remembered("literal_groups", (pattern, int(flags)), lambda: _literal_groups(pattern, flags))


def _literal_groups(pattern: str, flags: int) -> tuple[tuple[str, ...], ...]:
    tree = _parse(pattern, flags)
    if tree is None:
        return ()
    candidates = _candidates(list(tree))
    useful = sorted((c for c in candidates if _score(c)[0] > 0), key=_score, reverse=True)
    return tuple(tuple(sorted(literals)) for literals in dict.fromkeys(useful))


def _parse(pattern: str, flags: int) -> list[tuple[object, object]] | None:
    if flags & regex.IGNORECASE:
        return None  # the literals would need every case
    # The stdlib parser reads this syntax (regex's own extensions aside) but refuses a repeated group name.
    plain = _NAMED_GROUP.sub("(?:", pattern)
    parse_flags = sre_constants.SRE_FLAG_VERBOSE if flags & regex.VERBOSE else 0
    try:
        return list(sre_parse.parse(plain, parse_flags))
    except sre_constants.error as error:
        raise ValueError(f"cannot read literals of {pattern!r}: {error}") from error


def pattern_literals(pattern: regex.Pattern[str]) -> tuple[str, ...]:
    """`required_literals` of a compiled pattern, read with its own flags."""
    return required_literals(pattern.pattern, pattern.flags)


def _weight(char: str) -> float:
    """How much a character narrows a search: a letter or digit 1, a rare sign ("%", "$", "(") 3, common
    punctuation half, a space nothing."""
    if char.isalnum():
        return 1
    if char.isspace():
        return 0
    return 0.5 if char in ".,-'\"" else 3


def _score(literals: frozenset[str]) -> tuple[float, int]:
    """How much a set of literals filters: the weight of its weakest one, then the fewer the better."""
    return min(sum(map(_weight, literal)) for literal in literals), -len(literals)


_SMALL_CLASS = 4  # a class of at most this many characters stands for each of them in a literal run
_MOST_LITERALS = 16  # a run's literals (one per way through its small classes) are at most this many


def _class_chars(op: object, value: object) -> set[str] | None:
    """The characters a one-character item stands for, when they are few: "a" -> {a}, "[12]" -> {1, 2}."""
    if op is sre_constants.LITERAL:
        return {chr(value)}  # type: ignore[arg-type]
    if op is not sre_constants.IN:
        return None
    chars: set[str] = set()
    for item_op, item in value:  # type: ignore[attr-defined]
        if item_op is sre_constants.LITERAL:
            chars.add(chr(item))
        elif item_op is sre_constants.RANGE and item[1] - item[0] < _SMALL_CLASS:
            chars.update(chr(code) for code in range(item[0], item[1] + 1))
        else:
            return None  # a negation, a category or a wide range
    return chars if len(chars) <= _SMALL_CLASS else None


def _candidates(items: list[tuple[object, object]]) -> list[frozenset[str]]:
    """Every literal set a sequence's matches need one of: its literal runs and its items' own."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            candidates.append(frozenset(run))
            run.clear()

    for op, value in items:
        chars = _class_chars(op, value)
        if chars is not None:
            if run and len(run) * len(chars) > _MOST_LITERALS:
                close_run()
            run[:] = [head + char for head in (run or [""]) for char in sorted(chars)]
            continue
        close_run()
        found = _item(op, value)
        if found:
            candidates.append(found)
    close_run()
    return candidates


def _sequence(items: list[tuple[object, object]]) -> _Literals:
    useful = [literals for literals in _candidates(items) if _score(literals)[0] > 0]
    return max(useful, key=_score) if useful else None


def _item(op: object, value: object) -> _Literals:
    if op is sre_constants.SUBPATTERN:
        return _sequence(list(value[-1]))  # type: ignore[index]
    if op is sre_constants.ATOMIC_GROUP:
        return _sequence(list(value))  # type: ignore[call-overload]
    if op is sre_constants.BRANCH:
        union: set[str] = set()
        for branch in value[1]:  # type: ignore[index]
            found = _sequence(list(branch))
            if not found:
                return None
            union |= found
        return _shortest_kept(union)
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
        low: int = value[0]  # type: ignore[index]
        body: list[tuple[object, object]] = list(value[2])  # type: ignore[index]
        return _sequence(body) if low >= 1 else None
    return None  # classes, categories, look-arounds, anchors: no literal certain


def _shortest_kept(literals: set[str]) -> frozenset[str]:
    """Drop literals that contain a shorter one of the set: the shorter one is in the same matches."""
    kept: list[str] = []
    for literal in sorted(literals, key=len):
        if not any(shorter in literal for shorter in kept):
            kept.append(literal)
    return frozenset(kept)
