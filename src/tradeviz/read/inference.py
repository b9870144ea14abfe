"""What every guess about an article's metadata shares: the regex timeout, word alternations, and the guards.

Its own module because the date, outlet and headline rules (`published`, `source`, `metadata`) all build
their patterns from these pieces and run under the same rule: a pathological text yields no metadata, never
a stuck or failed read.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Iterable
from typing import ParamSpec, TypeVar

import regex

REGEX_TIMEOUT = 5.0
"""Seconds; patterns are linear and mostly run on short slices, this only guards huge pasted texts."""


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, escaped, longest first so "марта" wins over "мар".

    >>> alternation(["мар", "марта", "a.b"])
    '(?:марта|a\\\\.b|мар)'
    """
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "(?:" + "|".join(regex.escape(word) for word in ordered) + ")"


SPACE = r"[\p{Zs}\t]+"  # spaces, including no-break and thin ones, but never a line break

P = ParamSpec("P")
R = TypeVar("R")


def none_on_timeout(infer: Callable[P, R | None]) -> Callable[P, R | None]:
    """A pathological text yields no metadata rather than a stuck or failed read."""

    @functools.wraps(infer)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R | None:
        try:
            return infer(*args, **kwargs)
        except TimeoutError:
            return None

    return wrapper


def case_variants(pattern: regex.Pattern[str], words: Iterable[str]) -> str | None:
    """The characters an IGNORECASE ``pattern`` takes for a letter of the (lower-case) ``words`` that
    str.lower() does not turn into that letter (Turkish "İ", long "ſ", old forms of Cyrillic letters), or None
    when the regex module cannot tell (no prefilter then)."""
    get_all_cases = getattr(importlib.import_module("regex._regex"), "get_all_cases", None)
    if get_all_cases is None:  # pragma: no cover - a private function of the regex module
        return None
    letters = {char for word in words for char in word}
    return "".join(
        sorted(
            {
                chr(code)
                for letter in letters
                for code in get_all_cases(pattern.flags, ord(letter))
                if chr(code).lower() != letter
            }
        )
    )


def may_hold(text: str, words: Iterable[str], variants: str | None) -> bool:
    """Prefilter for an IGNORECASE pattern every match of which holds one of ``words`` (lower-case): whether
    the lower-cased text holds one, or the text a character that matches a letter of them only that way.

    >>> may_hold("Сообщает ТАСС", ["сообщает"], ""), may_hold("Сообщает", ["пишет"], "")
    (True, False)
    >>> copyright = regex.compile("copyright", regex.IGNORECASE)
    >>> may_hold("COPYRİGHT", ["copyright"], case_variants(copyright, ["copyright"]))
    True
    """
    if variants is None:
        return True
    lowered = text.lower()
    return any(word in lowered for word in words) or any(char in text for char in variants)
