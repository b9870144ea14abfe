"""Money amounts: a number, its scale word and its currency, with the span and raw text they came from."""

from __future__ import annotations

import dataclasses
from decimal import Decimal, InvalidOperation

import regex

from tradeviz.extract import patterns, vocab

_CURRENCY_AFTER = vocab.CURRENCY_AFTER
_CURRENCY_BEFORE = vocab.CURRENCY_BEFORE


@dataclasses.dataclass(frozen=True, slots=True)
class Amount:
    """A money amount as found; the currency may still be unknown (taken from the sentence later)."""

    start: int
    end: int
    raw: str
    value: Decimal
    unit: str | None
    amount: Decimal
    amount_high: Decimal | None
    currency: str | None
    is_from_value: bool = False  # "с 20 до 35 млрд": the earlier value of a change
    range_from_value: Decimal | None = None  # set on the high end of a "с X до Y" pair


def parse_number(raw: str, lang: str = "ru") -> Decimal:
    """A number as written in Russian or English news.

    >>> [str(parse_number(s, lang)) for s, lang in [("19,7", "ru"), ("1 234,5", "ru"), ("1,234.5", "en"),
    ...                                              ("1,234", "en"), ("182,236", "ru"), ("41.2", "en")]]
    ['19.7', '1234.5', '1234.5', '1234', '182.236', '41.2']
    """
    digits = raw.replace(" ", "")
    commas_group_thousands = digits.count(",") > 1 or (lang == "en" and _is_thousands_group(digits))
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


def _is_year(raw: str) -> bool:
    return len(raw) == 4 and raw.isdigit() and 1900 <= int(raw) <= 2100


def _scale(word: str | None) -> tuple[str | None, int]:
    if not word:
        return None, 1
    key = word.strip()
    if key in vocab.SCALE_WORDS:
        return vocab.SCALE_WORDS[key]
    return vocab.GLUED_SCALE_WORDS.get(key, (None, 1))


def _currency_before(lower: str, start: int) -> str | None:
    # At most 8 characters: a bounded time whatever the text, so no timeout (a clock reading per call).
    tail = patterns.CURRENCY_BEFORE_TAIL.search(lower[max(0, start - 8) : start])
    if not tail:
        return None
    return _CURRENCY_BEFORE.get(tail.group(0).strip())


def find_amounts(lower: str, lang: str, start: int = 0, end: int | None = None) -> list[Amount]:
    """Every money-like amount in `lower[start:end]` (lower-cased normalised text).

    An amount needs a scale word or a currency; a number followed by a unit of measure is not money.
    """
    found: list[Amount] = []
    stop = len(lower) if end is None else end
    for match in patterns.AMOUNT.finditer(lower, start, stop, timeout=patterns.TIMEOUT):
        if patterns.MEASURE_AFTER.match(lower, match.end(), min(stop, match.end() + 40)):
            continue
        found.extend(_amounts_from_match(match, lower, lang))
    return found


def _amounts_from_match(match: regex.Match[str], lower: str, lang: str) -> list[Amount]:
    groups = match.groupdict()
    span_start, span_end = match.span()
    scale_word = groups["scale"] or groups["glued_scale"]
    unit, multiplier = _scale(scale_word)
    currency_word = groups["currency"] or groups["currency_only"]
    currency = _CURRENCY_AFTER.get(currency_word.strip()) if currency_word else None
    currency = currency or _currency_before(lower, span_start)
    if groups["glued_scale"] and currency is None:
        return []  # "9M", "3B": a period or a model name; "$41m" has its sign

    value = parse_number(groups["number"], lang)
    high = parse_number(groups["number_high"], lang) if groups["number_high"] else None
    if groups["sub_number"] and groups["sub_scale"]:
        _, sub_multiplier = _scale(groups["sub_scale"])
        if sub_multiplier < multiplier:  # "31 млрд 500 млн": the smaller scale adds to the larger
            value += parse_number(groups["sub_number"], lang) * sub_multiplier / multiplier

    raw = lower[span_start:span_end]
    if high is None:
        return [Amount(span_start, span_end, raw, value, unit, value * multiplier, None, currency)]

    high_start = match.start("number_high")
    if _is_year(groups["number"]) and not groups["first_scale"]:  # "compared with 2022 to $27 billion"
        currency = currency or _currency_before(lower, high_start)
        return [
            Amount(
                high_start,
                span_end,
                lower[high_start:span_end],
                high,
                unit,
                high * multiplier,
                None,
                currency,
            )
        ]
    first_unit, first_multiplier = _scale(groups["first_scale"])
    low_multiplier = first_multiplier if first_unit else multiplier
    separator = groups["range_sep"].strip()
    is_range = separator == "-" or bool(
        patterns.RANGE_FROM_BEFORE.search(lower[max(0, span_start - 24) : span_start])  # bounded: no timeout
    )
    if is_range and high * multiplier >= value * low_multiplier:
        return [
            Amount(
                span_start, span_end, raw, value, unit, value * low_multiplier, high * multiplier, currency
            )
        ]
    if separator in ("до", "to"):  # "с 20 до 35 млрд": a change; the first value is the old level
        old = Amount(
            span_start,
            match.end("number"),
            lower[span_start : match.end("number")],
            value,
            first_unit or unit,
            value * low_multiplier,
            None,
            currency,
            is_from_value=True,
        )
        new = Amount(
            high_start,
            span_end,
            lower[high_start:span_end],
            high,
            unit,
            high * multiplier,
            None,
            currency,
            range_from_value=value * low_multiplier,
        )
        return [old, new]
    # "10 и 12 млрд" without "между": two amounts sharing the scale
    return [
        Amount(span_start, match.end("number"), raw, value, unit, value * low_multiplier, None, currency),
        Amount(
            high_start, span_end, lower[high_start:span_end], high, unit, high * multiplier, None, currency
        ),
    ]
