"""Chinese numerals with a scale: "两千亿美元", "一千五百亿元" (the digits' amounts are read by `amounts`)."""

from __future__ import annotations

from decimal import Decimal

import regex

from tradeviz.extract.vocab import zh

_NUMERAL = "".join([*zh.NUMERAL_DIGITS, *zh.NUMERAL_PLACES])
# A run of numeral characters right before a scale word: "两千亿", "三百五十万".
NUMERAL_BEFORE_SCALE = regex.compile(rf"(?P<numeral>[{_NUMERAL}]{{1,8}})(?=[万亿])")


def numeral_value(numeral: str) -> Decimal | None:
    """The value of a Chinese numeral; None when its characters do not make one number.

    >>> [numeral_value(n) for n in ("两千", "一千五百", "十五", "三百零五", "五五")]
    [Decimal('2000'), Decimal('1500'), Decimal('15'), Decimal('305'), None]
    """
    total, digit, last_place = 0, None, 10_000
    for char in numeral:
        if char in zh.NUMERAL_DIGITS:
            if digit is not None and zh.NUMERAL_DIGITS[char] and digit:
                return None  # "五五": two digits in a row
            digit = zh.NUMERAL_DIGITS[char]
        else:
            place = zh.NUMERAL_PLACES[char]
            if place >= last_place:
                return None  # "千千"
            total += (digit if digit is not None else 1) * place
            digit, last_place = None, place
    total += digit or 0
    return Decimal(total) if total else None
