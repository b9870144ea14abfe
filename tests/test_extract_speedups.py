"""The faster forms of the extractor's patterns and scans find exactly what the plain forms find."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from tradeviz.extract import kit, sentences, vocab

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
    plain = regex.compile(kit.alternation(words) + tail)
    trie = regex.compile(kit.literal_trie(words) + tail)
    assert [m.span() for m in trie.finditer(text, overlapped=True)] == [
        m.span() for m in plain.finditer(text, overlapped=True)
    ]


def _split_line_by_line(text: str) -> list[sentences.Sentence]:
    """split_sentences as it was: the boundary pattern searched in each line on its own."""
    boundary = regex.compile(r"""[.!?…]+["')\]]*(?=\s+["(\[-]*\s*[A-ZА-ЯЁ0-9"«])""")
    found: list[sentences.Sentence] = []

    def append(start: int, end: int, paragraph: int) -> None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            found.append(sentences.Sentence(start, end, paragraph))

    for paragraph, (line_start, line_end) in enumerate(sentences.article_lines(text)):
        piece_start = line_start
        for match in boundary.finditer(text, line_start, line_end):
            if sentences._ends_sentence(text, piece_start, match.start(), match.end()):
                append(piece_start, match.end(), paragraph)
                piece_start = match.end()
        append(piece_start, line_end, paragraph)
    return found


SENTENCE_PIECES = [
    "Товарооборот вырос",
    "в 2023 г",
    "долл",
    "Trade grew",
    "A",
    "К.-Ж",
    "Read also",
    "Читайте также",
    "\nЧитайте также: Рост. Экспорт. ",
    "\nSubscribe! Now. ",
    ".",
    "!",
    "?",
    "…",
    '"',
    "»",
    "«",
    ")",
    "(",
    "-",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r",
    "\u2028",
    "\x85",
    "\t",
    "5",
    "x" * 80,
]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(SENTENCE_PIECES), max_size=40))
def test_split_sentences_as_line_by_line(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert sentences.split_sentences(text) == _split_line_by_line(text)
