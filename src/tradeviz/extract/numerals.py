"""Numbers as news writes them: "19,7", "1 234,5", "1,234.5", "41.2" -> Decimal.

A comma is a decimal mark in Russian ("19,7") and groups thousands in English ("1,234"); a space groups
thousands in both. Decimal inside the extractor, float only at the frame.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from tradeviz.extract import vocab
from tradeviz.extract.kit import HAN

# ISO codes that news glues to the number: "USD40 billion".
_GLUED_CODES = "|".join(sorted(code for code in vocab.CURRENCY_BEFORE if code.isalpha()))

NUMBER = rf"""
    (?:(?<![\w.,])|(?<=[{HAN}])|(?<=(?<![a-z])(?:{_GLUED_CODES})))   # not the tail of a longer number or word ("USD40", "达802" are fine)
    (?>                                  # atomic: a number is read once, never re-split on failure
        \d{{1,3}}(?:[ ]\d{{3}})+(?:,\d+)?    # 1 234 567 or 1 234,5: spaces group thousands (no-break spaces folded)
      | \d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?     # 1,234,567.5: commas group thousands, dot for decimals
      | \d+(?:[.,]\d+)?                  # 18, 19,7, 41.2
    )
"""


def parse_number(raw: str, lang: str = "ru") -> Decimal:
    """A number as written in Russian or English news.

    >>> [str(parse_number(s, lang)) for s, lang in [("19,7", "ru"), ("1 234,5", "ru"), ("1,234.5", "en"),
    ...                                              ("1,234", "en"), ("182,236", "ru"), ("41.2", "en")]]
    ['19.7', '1234.5', '1234.5', '1234', '182.236', '41.2']
    """
    digits = raw.replace(" ", "")
    commas_group_thousands = digits.count(",") > 1 or (lang in ("en", "zh") and _is_thousands_group(digits))
    if ("," in digits and "." in digits) or commas_group_thousands:
        digits = digits.replace(",", "")
    else:
        digits = digits.replace(",", ".")
    if digits.count(".") > 1:
        digits = digits.replace(".", "")
    try:
        return Decimal(digits)
    except InvalidOperation as error:  # the pattern admits only digits and separators
        raise ValueError(f"not a number: {raw!r}") from error


def _is_thousands_group(digits: str) -> bool:
    head, _, tail = digits.partition(",")
    return bool(tail) and len(tail) == 3 and head.isdigit() and tail.isdigit()


def is_year(raw: str) -> bool:
    """A four-digit number that reads as a year: "compared with 2022 to $27 billion" is no range.

    >>> is_year("2022"), is_year("1850"), is_year("20,5")
    (True, False, False)
    """
    return len(raw) == 4 and raw.isdigit() and 1900 <= int(raw) <= 2100
