"""The regions' names compiled as an ordered trie (`places.REGION`) find what they find written as a plain
alternation (`places.REGION_PLAIN`), with the same group: on every article the tests and the practice set
hold, and on random texts made of the names' own words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from tradeviz.extract import kit, places, vocab
from tradeviz.extract.normalize import lower_same_length, normalize

ROOT = Path(__file__).parent.parent
TEXTS = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "tests" / "articles").glob("*.txt"))]
TEXTS += [path.read_text(encoding="utf-8") for path in sorted((ROOT / "data" / "articles").glob("*.txt"))]
PRACTICE = ROOT.parent / "shared" / "realdev" / "passages.jsonl"


def _found(pattern: regex.Pattern[str], text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in pattern.finditer(text)]


def test_trie_regions_as_plain_on_articles() -> None:
    texts = TEXTS + (
        [json.loads(line)["text"] for line in PRACTICE.read_text(encoding="utf-8").splitlines()]
        if PRACTICE.exists()
        else []
    )
    assert len(texts) > 20
    for text in texts:
        lower = lower_same_length(normalize(text))
        assert _found(places.REGION, lower) == _found(places.REGION_PLAIN, lower)


def _words() -> list[str]:
    words = set()
    for region in vocab.REGIONS:
        for stem in region.stems:
            for expanded in kit.expand_head(stem):
                head = kit.literal_head(expanded)
                words.update({head, head[:-1], head + "ой", head + "s"})
    return sorted(word for word in words if word)


PIECES = [" ", "-", ",", ".", "область", "области", "region", "province", "oblast", "krai", "провинции"]


@pytest.mark.parametrize("seed_words", [_words()])
def test_trie_regions_as_plain_on_random_texts(seed_words: list[str]) -> None:
    @settings(max_examples=400, deadline=None)
    @given(st.lists(st.sampled_from(seed_words + PIECES), max_size=10))
    def check(pieces: list[str]) -> None:
        text = " ".join(pieces)
        assert _found(places.REGION, text) == _found(places.REGION_PLAIN, text)

    check()
