"""The metadata rules' prefilters skip only texts their patterns cannot match."""

from __future__ import annotations

import sys

import pytest
import regex

from tradeviz.read import metadata

ALL_CHARACTERS = "".join(map(chr, range(sys.maxunicode + 1))).encode("utf-8", "replace").decode("utf-8")

PREFILTERED = [
    (metadata.RUSSIAN_ATTRIBUTION, metadata.ATTRIBUTION_VERBS, metadata._ATTRIBUTION_VARIANTS),
    (metadata.COPYRIGHT, metadata._COPYRIGHT_WORDS, metadata._COPYRIGHT_VARIANTS),
    (metadata.SIGNATURE, metadata.PRESS_SERVICE, metadata._SIGNATURE_VARIANTS),
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
            assert metadata._may_hold(text, words, variants)


def test_dateline_starts_are_those_of_the_pattern() -> None:
    text = "x\nАСТАНА. КАЗИНФОРМ - Текст.\n\nМосква, 3 марта (ТАСС) - y\nдалее\n/Синьхуа/ -\n"
    for start in range(len(text)):
        expected = [m.start() for m in metadata.DATELINE_START.finditer(text[start:])]
        assert list(metadata._dateline_starts(text[start:])) == expected
    assert list(metadata._dateline_starts(text[2:])) == [0, 28, 61]
