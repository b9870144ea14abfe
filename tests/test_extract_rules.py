"""The rule tables: each rule matches its own examples, is read by its own meaning, and its prefilter (the
literals derived from its pattern) admits every match, on its examples and on random texts."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from tradeviz.extract import growth, kit, times
from tradeviz.extract.kit import Rule, RuleTable
from tradeviz.extract.normalize import lower_same_length, normalize

TABLES = {"time": times.TIME_RULES, "time-zh-kk": times.TIME_RULES_ZH_KK, "growth": growth.GROWTH_RULES}
RULES = [(name, table, rule) for name, table in TABLES.items() for rule in table.rules]
IDS = [f"{name}-{rule.name}" for name, _, rule in RULES]


def _lowered(example: str) -> str:
    """Rules match lower-cased normalised text, as the extractor gives them."""
    return lower_same_length(normalize(example))


def _branch(table: RuleTable[object], rule: Rule[object]) -> regex.Pattern[str]:
    return table.branches[table.rules.index(rule)][0]


@pytest.mark.parametrize(("name", "table", "rule"), RULES, ids=IDS)
def test_rule_matches_its_examples_as_itself(name: str, table: RuleTable[object], rule: Rule[object]) -> None:
    assert rule.examples, f"{rule.name} has no example"
    for example in map(_lowered, rule.examples):
        found = list(table.pattern.finditer(example)) if not table.separate else []
        branch = list(_branch(table, rule).finditer(example))
        assert branch, f"{rule.name} does not match its example {example!r}"
        assert all(match.lastgroup == rule.name for match in branch)
        if not table.separate:
            assert [m.lastgroup for m in found][:1] == [rule.name], example


@pytest.mark.parametrize(("name", "table", "rule"), RULES, ids=IDS)
def test_prefilter_admits_every_match_of_the_examples(
    name: str, table: RuleTable[object], rule: Rule[object]
) -> None:
    for example in map(_lowered, rule.examples):
        for match in _branch(table, rule).finditer(example, overlapped=True):
            for literals in rule.literal_groups:
                assert kit.contains_any(match.group(), literals), (example, literals)


_WORDS = (  # noqa: SIM905 - words in a sentence read better than a list of them
    "1 2023 12 9m h1 q3 в за на по с году года месяцев первом полугодии квартале марте январе прошлом этот "
    "период к до концу ближайшие лет вырос снизился раза процента или in the first half quarter months of "
    "last year by end since rose fell percent times fold doubled compared with than between and march jan so "
    "far currently"
).split()
_PIECES = [" ", "  ", "-", ",", ".", "(", ")", "+", "%", *_WORDS]


@pytest.mark.parametrize("name", TABLES)
def test_prefilters_admit_every_match_on_random_texts(name: str) -> None:
    table = TABLES[name]

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from(_PIECES), max_size=14))
    def check(pieces: list[str]) -> None:
        text = " ".join(pieces)
        for (pattern, _), rule in zip(table.branches, table.rules, strict=True):
            for match in pattern.finditer(text, overlapped=True):
                for literals in rule.literal_groups:
                    assert kit.contains_any(match.group(), literals), (rule.name, literals, text)

    check()


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"(?:за|в)\s+\d+\s+(?:месяц\w*|months?)", ("month", "месяц", "в", "за")),
        (r"q[1-4]\s*20\d\d", ("20", "q1", "q2", "q3", "q4")),
        (r"(?:in|for|during)\s+20\d\d", ("20", "for", "in")),
        (r"\d+%?", ()),
        (r"(?:a|\d+)b", ("b",)),
        (r"(?:a|\d+)?c+", ("c",)),
        (r"(?:a|\d+)?[cd]", ("c", "d")),
        (r"(?:a|\d+)?[c-z]", ()),
        (r"h[12]\s*20\d\d", ("20", "h1", "h2")),
        (r"(?P<x>trade)|(?P<x>exports?)", ("export", "trade")),
    ],
)
def test_required_literals(pattern: str, literals: tuple[str, ...]) -> None:
    found = {literal for group in kit.required_literal_groups(pattern) for literal in group}
    assert found == set(literals)


def test_a_table_refuses_a_group_named_as_a_rule() -> None:
    with pytest.raises(ValueError, match="has a rule's name"):
        RuleTable([Rule("year", r"(?P<year>\d{4})", lambda m: m)])


def test_a_table_refuses_groups_shared_between_rules_compiled_together() -> None:
    with pytest.raises(ValueError, match="is in rules"):
        RuleTable([Rule("a", r"(?P<n>\d)x", lambda m: m), Rule("b", r"(?P<n>\d)y", lambda m: m)])
