"""Money amounts: a number, its scale word and its currency, with the span and raw text they came from.

An amount needs a scale word or a currency; a number followed by a unit of measure is not money. Two numbers
joined by a dash or "до"/"to" are one of four shapes, each read by its own function (`SHAPES`).
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import regex

from tradeviz.extract import vocab
from tradeviz.extract.currencies import CURRENCY_AFTER, CURRENCY_BEFORE, currency_after, currency_before
from tradeviz.extract.hanzi import NUMERAL_BEFORE_SCALE, numeral_value
from tradeviz.extract.kit import NO_WORD_AFTER, TIMEOUT, literal_trie
from tradeviz.extract.numerals import NUMBER, is_year, parse_number

# A scraper that lost the space after the scale word glues the next word to it ("$3.8 billionin January"):
# an English scale word may run into a short preposition that ends there.
_GLUED_NEXT = r"(?<=(?:million|billion|trillion))(?=(?:in|from|to|for|of|and|with|during|at|as|on|by)(?!\w))"
SCALE = literal_trie(vocab.SCALE_WORDS) + rf"(?:{NO_WORD_AFTER}|{_GLUED_NEXT})"  # "млрд", "billion", "bn"
GLUED_SCALE = literal_trie(vocab.GLUED_SCALE_WORDS) + r"(?![\w$])"  # "$41m", "$4.5b"

AMOUNT = regex.compile(
    rf"""
    (?P<number>{NUMBER})
    (?:                                                      # a range: "24-24,5", "от 10 до 12", "$10 and $12"
        (?:\s*(?P<first_scale>{SCALE}))?                    # "от 10 млрд до 12 млрд"
        (?P<range_sep>\s*-\s*|\s+(?:до|to|and|и)\s+)
        (?:{CURRENCY_BEFORE}\s*)?
        (?P<number_high>{NUMBER})
    )?
    (?:
        (?:\s*|-)(?P<more>多|余)?(?P<scale>{SCALE})          # "млрд", "billion", "$40-billion-by-2026", "2000多亿"
        (?:\s*(?P<sub_number>\d{{1,4}}(?:[.,]\d+)?)\s*(?P<sub_scale>{SCALE}))?   # "31 млрд 500 млн", "36亿2400万"
        (?:\s*(?P<currency>{CURRENCY_AFTER}))?               # "долларов США", "USD", "$"
      | (?P<glued_scale>{GLUED_SCALE})                       # "$41m", "$4.5b"
      | \s*(?P<currency_only>{CURRENCY_AFTER})               # "500 000 долларов"
      | (?P<prefixed_only>(?<=(?:{CURRENCY_BEFORE})\s?\d[\d,. ]{{0,24}}))(?![.,]?\d)   # "$850,000": the sign before is enough
    )
    """,
    regex.VERBOSE,
)

# A number in words before a scale word: "почти три миллиарда долларов", "two billion dollars".
_NUMBER_WORD = literal_trie(vocab.AMOUNT_WORDS) + NO_WORD_AFTER
WORD_AMOUNT = regex.compile(
    rf"""(?<![\w.,])(?P<words>{_NUMBER_WORD}(?:\s+(?:и\s+|and\s+)?{_NUMBER_WORD}){{0,2}})
    \s+(?P<scale>{SCALE})(?:\s+(?P<currency>{CURRENCY_AFTER}))?""",
    regex.VERBOSE,
)

# Units of measure after an amount: "5 тыс. тонн" is not money, whatever the sentence's currency.
MEASURE_AFTER = regex.compile(
    r"""\s*(?:
        тонн\w* | т\. | кг\b | км\b | кубометр\w* | куб\w*\s+м | баррел\w* | штук\w* | единиц\w* | голов\w*
      | человек\w* | туристов | пассажир\w* | рейс\w* | вагон\w* | контейнер\w* | гектар\w* | га\b
      | (?:metric\s+)?tons?\b | (?:metric\s+)?tonnes?\b | barrels?\b | cubic | people | passengers | tourists | units | hectares | km\b
      | bpd\b | ounces? | carats? | litres? | liters? | square\s+met | heads?\s+of | вагонов | литр\w* | карат\w*
      | kg\b | containers? | flights? | jobs | рабочих\s+мест
      | 吨 | 公斤 | 千克 | 立方米 | 桶 | 人次 | 人 | 辆 | 台 | 个 | 件 | 家 | 列 | 标箱 | 平方米 | 公里 | 头 | 只
    )""",
    regex.VERBOSE,
)
# "от 10 до 12 млрд", "between $10 and $12 billion": two numbers that are one range.
RANGE_FROM_BEFORE = regex.compile(r"(?<!\w)(?:от|from|between|между)\s+(?:[^\d\s]+\s*)?$")


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


def find_amounts(lower: str, lang: str, start: int = 0, end: int | None = None) -> list[Amount]:
    """Every money-like amount in `lower[start:end]` (lower-cased normalised text)."""
    found: list[Amount] = []
    stop = len(lower) if end is None else end
    if lang == "en" and _writes_decimal_commas(lower, start, stop):
        lang = (
            "ru"  # "$341,627 million" in a text that also writes "29,926 billion": commas are decimal marks
        )
    for match in AMOUNT.finditer(lower, start, stop, timeout=TIMEOUT):
        if MEASURE_AFTER.match(lower, match.end(), min(stop, match.end() + 40)):
            continue
        found.extend(_amounts_from_match(match, lower, lang))
    if _has_scale_word(lower, start, stop):
        found = _with_word_amounts(found, lower, start, stop)
    if "亿" in lower[start:stop] or "万" in lower[start:stop]:
        found = _with_chinese_numerals(found, lower, start, stop)
    return found


_CHINESE_AMOUNT = regex.compile(
    rf"(?P<scale>{SCALE})(?:\s*(?P<currency>{CURRENCY_AFTER}))?"
)  # the scale and currency after a Chinese numeral: "两千亿美元"


def _with_chinese_numerals(found: list[Amount], lower: str, start: int, stop: int) -> list[Amount]:
    """`found` and the amounts in Chinese numerals ("两千亿美元"), in order."""
    for match in NUMERAL_BEFORE_SCALE.finditer(lower, start, stop, timeout=TIMEOUT):
        value = numeral_value(match.group("numeral"))
        tail = _CHINESE_AMOUNT.match(lower, match.end(), stop)  # anchored: a scale word and a currency
        if (
            value is None
            or tail is None
            or MEASURE_AFTER.match(lower, tail.end(), min(stop, tail.end() + 40))
        ):
            continue
        unit, multiplier = scale_of(tail.group("scale"))
        currency = currency_after(tail.group("currency"))
        raw = lower[match.start() : tail.end()]
        found.append(Amount(match.start(), tail.end(), raw, value, unit, value * multiplier, None, currency))
    return sorted(found, key=lambda amount: amount.start)


_GROUPED_BEFORE_SCALE = regex.compile(
    r"(?<![\d,.])(\d{1,3}),(\d{3})(?![\d,])\s*(?P<scale>billion|bn|trillion|tn)(?!\w)"
)
_IMPLAUSIBLE_BILLIONS = 5_000  # no bilateral figure reaches 5 trillion: "29,926 billion" is 29.926 billion


def _writes_decimal_commas(lower: str, start: int, stop: int) -> bool:
    """An English text whose "N,NNN billion" would be implausibly large writes commas as decimal marks."""
    for match in _GROUPED_BEFORE_SCALE.finditer(lower, start, stop, timeout=TIMEOUT):
        value = int(match.group(1) + match.group(2))
        if match.group("scale") in ("trillion", "tn") or value >= _IMPLAUSIBLE_BILLIONS:
            return True
    return False


def _has_scale_word(lower: str, start: int, stop: int) -> bool:
    """Prefilter for amounts in words: they need a scale word written out ("миллиард", "billion")."""
    piece = lower[start:stop]
    return any(word in piece for word in _WRITTEN_SCALES)


_WRITTEN_SCALES = ("миллиард", "миллион", "тысяч", "триллион", "billion", "million", "thousand", "trillion")


def _with_word_amounts(found: list[Amount], lower: str, start: int, stop: int) -> list[Amount]:
    """`found` and the amounts in words, in order, none overlapping a digit amount."""
    taken = [(amount.start, amount.end) for amount in found]
    for match in WORD_AMOUNT.finditer(lower, start, stop, timeout=TIMEOUT):
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue
        if MEASURE_AFTER.match(lower, match.end(), min(stop, match.end() + 40)):
            continue
        words = match.group("words").replace(" и ", " ").replace(" and ", " ").split()
        value = _words_value(words)
        if value is None:
            continue
        unit, multiplier = scale_of(match.group("scale"))
        currency = currency_after(match.group("currency")) or currency_before(lower, match.start())
        raw = lower[match.start() : match.end()]
        found.append(Amount(match.start(), match.end(), raw, value, unit, value * multiplier, None, currency))
    return sorted(found, key=lambda amount: amount.start)


def _words_value(words: list[str]) -> Decimal | None:
    """'двадцать пять' -> 25, 'half a' -> 0.5; None for words that do not make one number."""
    text = " ".join(words)
    if text in vocab.AMOUNT_WORDS:
        return Decimal(vocab.AMOUNT_WORDS[text])
    values = [vocab.AMOUNT_WORDS.get(word) for word in words]
    if any(value is None for value in values):
        return None
    numbers = [Decimal(value) for value in values if value is not None]
    if any(later >= earlier for earlier, later in itertools.pairwise(numbers)):
        return None  # "три пять": not one number
    return sum(numbers, Decimal(0))


def scale_of(word: str | None) -> tuple[str | None, int]:
    """The unit as reported and its multiplier: "миллиарда" -> ("млрд", 10**9); no word -> (None, 1)."""
    if not word:
        return None, 1
    key = word.strip()
    if key in vocab.SCALE_WORDS:
        return vocab.SCALE_WORDS[key]
    return vocab.GLUED_SCALE_WORDS.get(key, (None, 1))


@dataclasses.dataclass(frozen=True, slots=True)
class _Read:
    """What every shape needs from a match of AMOUNT."""

    match: regex.Match[str]
    lower: str
    lang: str
    value: Decimal  # the first number (with a compound "31 млрд 500 млн" added)
    high: Decimal | None  # the second number of a pair
    unit: str | None
    multiplier: int
    currency: str | None


MAX_DIGITS = 18
"""Digits a number may have (all its groups and decimals): 999 trillion with three decimals, and more."""

MAX_AMOUNT = Decimal(10) ** 15
"""No trade figure exceeds a quadrillion of a currency; a larger "amount" is a digit run, not a figure."""

SCIENTIFIC_AFTER = regex.compile(r"[eE][+-]?\d")
"""'1e400': news never writes exponents, so a number followed by one is not a figure."""


def _too_long(groups: dict[str, Any]) -> bool:
    """A number of more digits than MAX_DIGITS: never parsed (a million digits would overflow Decimal)."""
    numbers = (groups["number"], groups["number_high"], groups["sub_number"])
    return any(number is not None and sum(map(str.isdigit, number)) > MAX_DIGITS for number in numbers)


def _plausible(amounts: list[Amount]) -> bool:
    """Every value finite and at most MAX_AMOUNT: 400 digits of "billions" would be infinity as a float."""
    values = [
        value for amount in amounts for value in (amount.amount, amount.amount_high) if value is not None
    ]
    return all(value.is_finite() and abs(value) <= MAX_AMOUNT for value in values)


def _amounts_from_match(match: regex.Match[str], lower: str, lang: str) -> list[Amount]:
    """The amounts of one match; none when it holds a number too long or too large to be a figure."""
    groups = match.groupdict()
    if _too_long(groups) or SCIENTIFIC_AFTER.match(lower, match.end("number")):
        return []
    amounts = _read_amounts(match, groups, lower, lang)
    return amounts if _plausible(amounts) else []


def _read_amounts(match: regex.Match[str], groups: dict[str, Any], lower: str, lang: str) -> list[Amount]:
    unit, multiplier = scale_of(groups["scale"] or groups["glued_scale"])
    currency = currency_after(groups["currency"] or groups["currency_only"])
    currency = currency or currency_before(lower, match.start())
    if groups["glued_scale"] and currency is None:
        return []  # "9M", "3B": a period or a model name; "$41m" has its sign
    value = parse_number(groups["number"], lang)
    if groups["sub_number"] and groups["sub_scale"]:
        _, sub_multiplier = scale_of(groups["sub_scale"])
        if sub_multiplier < multiplier:  # "31 млрд 500 млн": the smaller scale adds to the larger
            value += parse_number(groups["sub_number"], lang) * sub_multiplier / multiplier
    high = parse_number(groups["number_high"], lang) if groups["number_high"] else None
    read = _Read(match, lower, lang, value, high, unit, multiplier, currency)
    return SHAPES[_shape(read)](read)


def _shape(read: _Read) -> str:
    """Which of `SHAPES` a match has."""
    match = read.match
    if read.high is None:
        return "single"
    if is_year(match.group("number")) and not match.group("first_scale"):
        return "year_then_amount"
    low_multiplier = _low_multiplier(read)
    span_start = match.start()
    separator = match.group("range_sep").strip()
    is_range = separator == "-" or bool(
        RANGE_FROM_BEFORE.search(read.lower[max(0, span_start - 24) : span_start])  # bounded: no timeout
    )
    if is_range and read.high * read.multiplier >= read.value * low_multiplier:
        return "range"
    if separator in ("до", "to"):
        return "change"
    return "two_amounts"


def _low_multiplier(read: _Read) -> int:
    """The first number's multiplier: its own scale ("от 10 млрд до 12 млрд"), else the shared one."""
    first_unit, first_multiplier = scale_of(read.match.group("first_scale"))
    return first_multiplier if first_unit else read.multiplier


def _single(read: _Read) -> list[Amount]:
    """'41 млрд долларов', '$4.5b', 'US$ 41.2 billion'."""
    start, end = read.match.span()
    amount = read.value * read.multiplier
    return [Amount(start, end, read.lower[start:end], read.value, read.unit, amount, None, read.currency)]


def _year_then_amount(read: _Read) -> list[Amount]:
    """'compared with 2022 to $27 billion': a year, then the amount."""
    assert read.high is not None
    high_start, end = read.match.start("number_high"), read.match.end()
    currency = read.currency or currency_before(read.lower, high_start)
    raw = read.lower[high_start:end]
    return [Amount(high_start, end, raw, read.high, read.unit, read.high * read.multiplier, None, currency)]


def _range(read: _Read) -> list[Amount]:
    """'24-24,5 млрд', 'от 10 до 12 млрд': one amount, low to high."""
    assert read.high is not None
    start, end = read.match.span()
    low, high = read.value * _low_multiplier(read), read.high * read.multiplier
    return [Amount(start, end, read.lower[start:end], read.value, read.unit, low, high, read.currency)]


def _change(read: _Read) -> list[Amount]:
    """'с 20 до 35 млрд': a change; the first value is the old level."""
    assert read.high is not None
    match, lower = read.match, read.lower
    start, number_end = match.start(), match.end("number")
    high_start, end = match.start("number_high"), match.end()
    first_unit, _ = scale_of(match.group("first_scale"))
    low = read.value * _low_multiplier(read)
    old = Amount(
        start,
        number_end,
        lower[start:number_end],
        read.value,
        first_unit or read.unit,
        low,
        None,
        read.currency,
        is_from_value=True,
    )
    new = Amount(
        high_start,
        end,
        lower[high_start:end],
        read.high,
        read.unit,
        read.high * read.multiplier,
        None,
        read.currency,
        range_from_value=low,
    )
    return [old, new]


def _two_amounts(read: _Read) -> list[Amount]:
    """'10 и 12 млрд' without 'между': two amounts sharing the scale."""
    assert read.high is not None
    match, lower = read.match, read.lower
    start, end = match.span()
    number_end, high_start = match.end("number"), match.start("number_high")
    low = read.value * _low_multiplier(read)
    high = read.high * read.multiplier
    return [
        Amount(start, number_end, lower[start:end], read.value, read.unit, low, None, read.currency),
        Amount(high_start, end, lower[high_start:end], read.high, read.unit, high, None, read.currency),
    ]


SHAPES: dict[str, Callable[[_Read], list[Amount]]] = {
    "single": _single,
    "year_then_amount": _year_then_amount,
    "range": _range,
    "change": _change,
    "two_amounts": _two_amounts,
}
