"""Text normalisation, once, before any matching.

Every replacement is one character for one character, so offsets in the normalised text are offsets in the
original: the map back to the article's text is the identity, and `text[start:end]` is always the quote.
"""

from __future__ import annotations

import regex

from tradeviz.extract.vocab import zh

_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\r\f\v"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_QUOTES = "«»“”„‟″❝❞＂"
_APOSTROPHES = "’‘‛`´"

_TABLE = str.maketrans(
    {
        **{ch: " " for ch in _SPACES},
        **{ch: "-" for ch in _DASHES},
        **{ch: '"' for ch in _QUOTES},
        **{ch: "'" for ch in _APOSTROPHES},
        "ё": "е",
        "Ё": "Е",
        "\u00ad": "-",  # soft hyphen: keeps the length; words split by it stay rare
        "\x00": " ",
    }
)


_FOLDED = {chr(code): replacement for code, replacement in _TABLE.items()}
_FOLDED_ITEMS = tuple(_FOLDED.items())

# Chinese text: full-width digits and signs to ASCII, traditional characters to simplified (one for one).
_CJK_TABLE = str.maketrans({**zh.FULL_WIDTH, **zh.TRADITIONAL})
_CJK = regex.compile(r"[\u3001-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")  # one class: linear


def normalize(text: str) -> str:
    """Fold spaces, dashes, quotes and ё to one form each, keeping every offset.

    `in` finds the few distinct characters to fold (a fast search each, faster than one pattern listing
    every match) and str.replace folds each (str.translate walks every character in Python's slow path for
    non-ASCII text: four times slower here).

    >>> normalize("19,7\\u00a0млрд — «рекорд»")
    '19,7 млрд - "рекорд"'
    """
    for char, replacement in _FOLDED_ITEMS:
        if char in text:
            text = text.replace(char, replacement)  # no replacement is itself a character to fold
    if _CJK.search(text):
        text = text.translate(_CJK_TABLE)
    return text


def lower_same_length(text: str) -> str:
    """Lower-case without changing the length (a few letters, like 'İ', grow when lower-cased).

    >>> len(lower_same_length("İSTANBUL")) == len("İSTANBUL")
    True
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower()[:1] or ch for ch in text)
