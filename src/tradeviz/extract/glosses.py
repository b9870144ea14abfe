"""Pinyin glosses in brackets after Chinese characters ("經(jīng)貿(mào)", a converter's rendering): page
clutter that splits the words the rules read ("經貿"), so they go before anything is read."""

from __future__ import annotations

import regex

from tradeviz.extract.kit import HAN, TIMEOUT

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
# A bracketed run of one to three pinyin syllables, one at least with a tone mark, right after a character.
GLOSS = regex.compile(
    rf"(?<=[{HAN}])[(（]\s?(?=[a-z{_TONED}]*[{_TONED}])[a-z{_TONED}]{{1,7}}(?:\s?[a-z{_TONED}]{{1,7}}){{0,2}}\s?[)）]"
)


def strip_glosses(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text without its pinyin glosses, and the (start, length) of each one dropped, in order.

    >>> strip_glosses("中烏經(jīng)貿(mào)往來, 2022年(估計)")
    ('中烏經貿往來, 2022年(估計)', [(3, 6), (4, 5)])
    """
    if "(" not in text and "（" not in text:
        return text, []
    dropped: list[tuple[int, int]] = []
    pieces: list[str] = []
    position = removed = 0
    for match in GLOSS.finditer(text, timeout=TIMEOUT):
        pieces.append(text[position : match.start()])
        dropped.append((match.start() - removed, match.end() - match.start()))
        removed += match.end() - match.start()
        position = match.end()
    pieces.append(text[position:])
    return "".join(pieces), dropped


def original_span(start: int, end: int, dropped: list[tuple[int, int]]) -> tuple[int, int]:
    """Where a span of the text without glosses stands in the text with them (the glosses inside it kept,
    those right before or after it left out).

    >>> original_span(3, 5, [(3, 6), (4, 5)])
    (9, 16)
    """
    before = sum(length for at, length in dropped if at <= start)
    inside = sum(length for at, length in dropped if start < at < end)
    return start + before, end + before + inside
