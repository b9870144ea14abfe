"""The faster forms of the extractor's patterns and scans find exactly what the plain forms find."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from tradeviz.extract import patterns, vocab

WORD_LISTS = [
    list(vocab.SCALE_WORDS),
    list(vocab.CURRENCY_AFTER),
    list(vocab.CURRENCY_BEFORE),
    ["млн", "млн.", "$", "u.s.$", "us$", "m"],
]
PIECES = sorted({word for words in WORD_LISTS for word in words} | {" ", ".", "1", "s", "ов", "\n", "-"})


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(WORD_LISTS),
    st.lists(st.sampled_from(PIECES), max_size=12),
    st.sampled_from(["", r"(?!\w)", r"\s*1"]),
)
def test_literal_trie_matches_as_the_alternation(words: list[str], pieces: list[str], tail: str) -> None:
    text = "".join(pieces)
    plain = regex.compile(patterns.alternation(words) + tail)
    trie = regex.compile(patterns.literal_trie(words) + tail)
    assert [m.span() for m in trie.finditer(text, overlapped=True)] == [
        m.span() for m in plain.finditer(text, overlapped=True)
    ]
