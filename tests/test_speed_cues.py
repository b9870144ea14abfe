"""The cue patterns compiled as ordered tries find what the plain alternations find, with the same group."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from tradeviz.extract import cues, kit
from tradeviz.extract.normalize import lower_same_length, normalize

ARTICLES = sorted((Path(__file__).parent / "articles").glob("*.txt"))
GROUPS = {"metric": cues.METRIC_CUE_GROUPS, "kind": cues.KIND_CUE_GROUPS}
KEEPS = {
    "full": lambda char: True,
    "without_latin": lambda char: not kit.is_latin(char),
    "without_cyrillic": lambda char: not kit.is_cyrillic(char),
}


def _found(pattern: regex.Pattern[str], text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in pattern.finditer(text)]


def _words_of(groups: tuple[tuple[str, tuple[str, ...]], ...]) -> list[str]:
    """Texts that the cues' fragments match or nearly match: their literal heads, whole or cut short."""
    words = set()
    for _name, parts in groups:
        for part in parts:
            for expanded in kit.expand_head(part):
                head = kit.literal_head(expanded)
                words.update({head, head[:-1], head + "и", head + "ов"})
    return sorted(word for word in words if word)


PIECES = [" ", "  ", "-", ",", ".", "\n", "1", "s", "а", "of", "и", "the", "trade", "торговли"]


@pytest.mark.parametrize("keep", KEEPS)
@pytest.mark.parametrize("kind", GROUPS)
@pytest.mark.parametrize("path", ARTICLES, ids=lambda path: path.name)
def test_trie_cues_as_plain_on_articles(path: Path, kind: str, keep: str) -> None:
    text = lower_same_length(normalize(path.read_text(encoding="utf-8")))
    plain = cues.cue_pattern_plain(GROUPS[kind], KEEPS[keep])
    trie = cues.cue_pattern(GROUPS[kind], KEEPS[keep])
    assert _found(trie, text) == _found(plain, text)


@pytest.mark.parametrize("kind", GROUPS)
def test_trie_cues_as_plain_on_random_texts(kind: str) -> None:
    plain = cues.cue_pattern_plain(GROUPS[kind])
    trie = cues.cue_pattern(GROUPS[kind])
    words = _words_of(GROUPS[kind])

    @settings(max_examples=400, deadline=None)
    @given(st.lists(st.sampled_from(words + PIECES), max_size=12))
    def check(pieces: list[str]) -> None:
        text = "".join(pieces)
        assert _found(trie, text) == _found(plain, text)
        assert [m.span() for m in trie.finditer(text, overlapped=True)] == [
            m.span() for m in plain.finditer(text, overlapped=True)
        ]

    check()


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a", "b"]),
            st.sampled_from(
                ["ab", "abc", r"a\w*", "ab?c", "b+", "(?:a|ab)c", r"(?:x\s+)?ab", r"\bab", "ac|b"]
            ),
        ),
        min_size=1,
        max_size=6,
    ),
    st.text(alphabet="abcx -", max_size=14),
)
def test_ordered_trie_as_the_alternation(alternatives: list[tuple[str, str]], text: str) -> None:
    plain = regex.compile(
        r"(?<!\w)(?:" + "|".join(f"(?P<{name}>{fragment})" for name, fragment in alternatives) + r")(?!\w)"
    )
    expanded = [(name, option) for name, fragment in alternatives for option in kit.expand_head(fragment)]
    trie = regex.compile(r"(?<!\w)(?:" + kit.ordered_trie(expanded) + r")(?!\w)")
    assert _found(trie, text) == _found(plain, text)


# What the linearity argument of `cues.cue_pattern` (searched without a timeout) rests on.
_REPEATED_GROUP = regex.compile(r"\)(?:[*+{]|\?\?)")  # a group repeated (only "?" may follow a group)
_NOT_ALLOWED = regex.compile(
    r"\(\?<|(?<!\\)\.|\{|\[\^|\\S|\\W|\\D"
)  # look-behind, any-character, bounds, negations


@pytest.mark.parametrize("kind", GROUPS)
def test_cue_words_keep_the_patterns_linear(kind: str) -> None:
    for _name, parts in GROUPS[kind]:
        for part in parts:
            assert not _REPEATED_GROUP.search(part), part
            assert not _NOT_ALLOWED.search(part), part
