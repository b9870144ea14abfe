"""The metadata rules' prefilters skip only texts their patterns cannot match."""

from __future__ import annotations

import sys

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from tradeviz.read import decode, frontmatter, inference, source

ALL_CHARACTERS = "".join(map(chr, range(sys.maxunicode + 1))).encode("utf-8", "replace").decode("utf-8")

PREFILTERED = [
    (source.RUSSIAN_ATTRIBUTION, source.ATTRIBUTION_VERBS, source._ATTRIBUTION_VARIANTS),
    (source.COPYRIGHT, source._COPYRIGHT_WORDS, source._COPYRIGHT_VARIANTS),
    (source.SIGNATURE, source.PRESS_SERVICE, source._SIGNATURE_VARIANTS),
]


@pytest.mark.parametrize(("pattern", "words", "variants"), PREFILTERED)
def test_case_variants_are_every_character_lower_misses(
    pattern: regex.Pattern[str], words: tuple[str, ...], variants: str | None
) -> None:
    assert variants is not None
    for letter in {char for word in words for char in word}:
        assert letter == letter.lower()
        same = regex.compile(regex.escape(letter), pattern.flags)
        missed = {char for char in same.findall(ALL_CHARACTERS) if char.lower() != letter}
        assert missed <= set(variants), letter


@pytest.mark.parametrize(
    "text",
    [
        "Товарооборот вырос, СООБЩАЕТ Kazinform.",
        "Товарооборот вырос, ᲃообщает Kazinform.",  # an old form of "с"
        "© 2024 Kazinform",
        "(С) Kazinform",
        "COPYRİGHT Kazinform",
        "Текст.\n\nПРЕСС-СЛУЖБА акимата",
        "Text.\n\nPreſs service of the akimat",
    ],
)
def test_prefilters_pass_what_the_patterns_match(text: str) -> None:
    for pattern, words, variants in PREFILTERED:
        lines = [line.strip() for line in text.splitlines()]
        if pattern.search(text) or any(pattern.fullmatch(line) for line in lines):
            assert inference.may_hold(text, words, variants)


def test_dateline_starts_are_those_of_the_pattern() -> None:
    text = "x\nАСТАНА. КАЗИНФОРМ - Текст.\n\nМосква, 3 марта (ТАСС) - y\nдалее\n/Синьхуа/ -\n"
    for start in range(len(text)):
        expected = [m.start() for m in source.DATELINE_START.finditer(text[start:])]
        assert list(source._dateline_starts(text[start:])) == expected
    assert list(source._dateline_starts(text[2:])) == [0, 28, 61]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \t-#:ab\r\u00a0\u2028\x85", max_size=8))
def test_front_matter_line_tests_are_the_patterns(line: str) -> None:
    assert frontmatter._is_fence(line) == bool(frontmatter.FENCE_LINE.fullmatch(line))
    assert frontmatter._is_skippable(line) == bool(frontmatter.SKIPPABLE.fullmatch(line))


def _plausibility_letter_by_letter(text: str) -> float:
    """decode.russian_plausibility as it was: one letter at a time."""
    letters = [char for char in text if "а" <= char.lower() <= "я" or char.lower() == "ё"]
    if not letters:
        return 0.0
    frequency = sum(decode.RUSSIAN_LETTER_FREQUENCY.get(char.lower(), 0.0) for char in letters) / len(letters)
    lowercase = sum(char.islower() for char in letters) / len(letters)
    return frequency * (1.0 + decode.LOWERCASE_BONUS * lowercase)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБЯЁЪ ,.aZİᲀ\u0307ſ"), max_size=60))
def test_russian_plausibility_is_the_same_float(text: str) -> None:
    assert decode.russian_plausibility(text) == _plausibility_letter_by_letter(text)
    assert decode.russian_plausibility(text * 7) == _plausibility_letter_by_letter(text * 7)
