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


def strip_glosses(text: str) -> str:
    """The text without its pinyin glosses; the same text when it has none.

    >>> strip_glosses("中烏經(jīng)貿(mào)往來, 2022年(估計)")
    '中烏經貿往來, 2022年(估計)'
    """
    if "(" not in text and "（" not in text:
        return text
    return GLOSS.sub("", text, timeout=TIMEOUT)
