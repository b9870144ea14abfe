"""The regex toolkit the grammar is written with: alternations and literals from tables, tries, searches by
script and by branch, the time limit, and rule tables read by the rule that matched."""

from tradeviz.extract.kit.literals import (
    alternation,
    contains_any,
    fragments,
    literal_prefix,
    literals_of,
    pattern_literals,
    required_literal_groups,
    required_literals,
)
from tradeviz.extract.kit.rules import Rule, RuleTable
from tradeviz.extract.kit.scripts import (
    HAN,
    NO_WORD_AFTER,
    NO_WORD_BEFORE,
    TIMEOUT,
    ScriptVariants,
    first_char,
    is_cyrillic,
    is_latin,
    leftmost_matches,
)
from tradeviz.extract.kit.tries import expand_head, literal_head, literal_trie, ordered_trie, trie_alternation

__all__ = [
    "HAN",
    "NO_WORD_AFTER",
    "NO_WORD_BEFORE",
    "TIMEOUT",
    "Rule",
    "RuleTable",
    "ScriptVariants",
    "alternation",
    "contains_any",
    "expand_head",
    "first_char",
    "fragments",
    "is_cyrillic",
    "is_latin",
    "leftmost_matches",
    "literal_head",
    "literal_prefix",
    "literal_trie",
    "literals_of",
    "ordered_trie",
    "pattern_literals",
    "required_literal_groups",
    "required_literals",
    "trie_alternation",
]
