"""How the corpus writes numbers, money and periods, in Russian and English.

Only forms the extractor's specification tables (tests/test_extract_cases.py) cover, and a few plausible
neighbours of them.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import random
from decimal import Decimal

from corpus_words import (
    EN_MONTH_COUNTS,
    EN_MONTHS,
    EN_QUARTERS,
    RU_MONTH_COUNTS,
    RU_MONTHS_NOM,
    RU_MONTHS_PREP,
    RU_QUARTERS,
    RU_ROMAN,
)

# --- numbers and money ----------------------------------------------------------------------------------

RU_SCALES = {"тыс": 10**3, "млн": 10**6, "млрд": 10**9, "трлн": 10**12}
EN_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
RU_SCALE_WORDS = {  # scale -> (one, few, many) full forms
    "млн": ("миллион", "миллиона", "миллионов"),
    "млрд": ("миллиард", "миллиарда", "миллиардов"),
    "трлн": ("триллион", "триллиона", "триллионов"),
}
EN_SHORT = {"million": ("mn", "mln"), "billion": ("bn", "bn")}
GROUP_SPACES = (" ", " ", " ", "\u00a0", "\u202f")  # plain spaces mostly, no-break and narrow ones too


@dataclasses.dataclass(frozen=True, slots=True)
class Money:
    """An amount as written and what it is worth."""

    text: str
    amount: Decimal
    currency: str


def decimal_of(units: int, places: int) -> Decimal:
    """`units` hundredths or tenths as a Decimal without trailing zeros.

    >>> decimal_of(197, 1), decimal_of(200, 1), decimal_of(6009, 2)
    (Decimal('19.7'), Decimal('20'), Decimal('60.09'))
    """
    value = Decimal(units).scaleb(-places).normalize()
    return value.quantize(Decimal(1)) if value == value.to_integral() else value


def ru_number(value: Decimal, space: str = " ") -> str:
    """A number the Russian way: decimal comma, thousands apart from 1 000 on.

    >>> ru_number(Decimal("1234.5")), ru_number(Decimal("19.7")), ru_number(Decimal("2345678.9"), "\u00a0")
    ('1 234,5', '19,7', '2\\xa0345\\xa0678,9')
    """
    whole, _, fraction = f"{value:f}".partition(".")
    if len(whole) > 3:
        groups = []
        while whole:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        whole = space.join(groups)
    return f"{whole},{fraction}" if fraction else whole


def en_number(value: Decimal) -> str:
    """A number the English way.

    >>> en_number(Decimal("1234.5")), en_number(Decimal("41"))
    ('1,234.5', '41')
    """
    whole, _, fraction = f"{value:f}".partition(".")
    whole = f"{int(whole):,}"
    return f"{whole}.{fraction}" if fraction else whole


def ru_plural(value: Decimal, forms: tuple[str, str, str]) -> str:
    """The form of a counted noun: 1 миллиард, 2 миллиарда, 26,2 миллиарда, 240 миллиардов."""
    if value != value.to_integral():
        return forms[1]
    number = int(value)
    if number % 10 == 1 and number % 100 != 11:
        return forms[0]
    if 2 <= number % 10 <= 4 and not 12 <= number % 100 <= 14:
        return forms[1]
    return forms[2]


def draw_value(rng: random.Random, scale: str) -> Decimal:
    """A plausible figure for a scale: 19,7 (млрд), 354,9 (млн), 1 234,5 (млн), 2 345 678,9 (тыс)."""
    if scale in ("млрд", "billion"):
        places = rng.choice((0, 1, 1, 1, 2))
        units = {0: (1, 99), 1: (10, 999), 2: (100, 9_999)}[places]
        return decimal_of(rng.randint(*units), places)
    if scale in ("млн", "million"):
        if rng.random() < 0.2:
            return decimal_of(rng.randint(10_000, 99_999), 1)  # 1 000,0 .. 9 999,9
        return decimal_of(rng.randint(100, 9_999), 1) if rng.random() < 0.6 else Decimal(rng.randint(10, 999))
    if scale in ("трлн", "trillion"):
        return decimal_of(rng.randint(5, 99), 1)
    return decimal_of(rng.randint(1_000_000, 99_999_999), 1)  # тыс: statistics bureau style


def money_ru(rng: random.Random, currency: str, scale: str, value: Decimal | None = None) -> Money:
    """An amount written in Russian, in one of the forms the specification tables cover."""
    value = draw_value(rng, scale) if value is None else value
    number = ru_number(value, rng.choice(GROUP_SPACES))
    amount = value * RU_SCALES[scale]
    if currency == "USD":
        styles = ["{n} {s} долларов", "{n} {s} долларов США", "{n} {s} долл. США", "{n} {s} USD"]
        if scale != "тыс":
            styles += ["${n} {s}", "{n} {full} долларов", "{n} {s}. долларов"]
        style = rng.choice(styles)
        if style.startswith("$") and rng.random() < 0.5:
            number = f"{value:f}"  # "$41.1 млрд" is written with a point as often as with a comma
    else:
        style = {
            "KZT": rng.choice(("{n} {s} тенге", "{n} {s} тенге", "{n} {s} ₸")),
            "RUB": rng.choice(("{n} {s} рублей", "{n} {s} руб.")),
            "CNY": "{n} {s} юаней",
            "EUR": rng.choice(("{n} {s} евро", "€{n} {s}")),
        }[currency]
    full = ru_plural(value, RU_SCALE_WORDS[scale]) if scale in RU_SCALE_WORDS else scale
    text = style.format(n=number, s="тыс." if scale == "тыс" else scale, full=full)
    return Money(text, amount, currency)


def money_en(rng: random.Random, currency: str, scale: str, value: Decimal | None = None) -> Money:
    """An amount written in English, in one of the forms the specification tables cover."""
    value = draw_value(rng, scale) if value is None else value
    number = en_number(value)
    amount = value * EN_SCALES[scale]
    if currency == "USD":
        styles = ["${n} {s}", "${n} {s}", "US${n} {s}", "{n} {s} U.S. dollars", "{n} {s} US dollars"]
        styles += ["{n} {s} dollars", "USD {n} {s}"]
        if scale in EN_SHORT:
            styles += ["${n}{short}", "USD {n} {abbrev}"]
        style = rng.choice(styles)
    else:
        style = {
            "KZT": rng.choice(("{n} {s} tenge", "₸{n} {s}")),
            "RUB": rng.choice(("{n} {s} rubles", "{n} {s} roubles")),
            "CNY": rng.choice(("{n} {s} yuan", "RMB {n} {s}", "CNY {n} {s}")),
            "EUR": rng.choice(("{n} {s} euros", "€{n} {s}")),
        }[currency]
    short, abbrev = EN_SHORT.get(scale, (scale, scale))
    return Money(style.format(n=number, s=scale, short=short, abbrev=abbrev), amount, currency)


def bare_ru(value: Decimal, scale: str) -> Money:
    """A follow-up amount with its currency left out ("импорт – 26 млрд"): the sentence's currency."""
    return Money(f"{ru_number(value)} {scale}", value * RU_SCALES[scale], "")


# --- periods ---------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class Period:
    """A reporting period and how it is said: inside the sentence and at its start."""

    start: dt.date
    end: dt.date
    inside: str  # "в 2023 году", "in the first half of 2024"
    lead: str  # "В 2023 году", "In the first half of 2024,"
    tail_ok: bool = False  # may also stand after the amount ("составил 4,5 млрд долл. в 2023 году")


def months_period(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def period_ru(rng: random.Random, year: int, published: dt.date | None) -> Period:
    """A Russian period of `year`, or relative to `published` when that is known to the reader."""
    kind = rng.choice(
        ["year"] * 6 + ["months", "range", "half", "quarter", "month"] + ["relative"] * 2 * bool(published)
    )
    if kind == "relative" and published is not None:
        if published.month > 6 and rng.random() < 0.4:
            count = rng.randint(5, published.month - 1)
            start, end = months_period(published.year, 1, count)
            if rng.random() < 0.5:
                return Period(start, end, f"за {RU_MONTH_COUNTS[count]} месяцев этого года", "")
            return Period(start, end, f"за январь–{RU_MONTHS_NOM[count - 1]} текущего года", "")
        start, end = months_period(published.year - 1, 1, 12)
        return Period(start, end, rng.choice(("в прошлом году", "по итогам прошлого года")), "")
    if kind == "year":
        inside = rng.choice((f"в {year} году", f"за {year} год", f"по итогам {year} года"))
        return Period(*months_period(year, 1, 12), inside, "", tail_ok=inside.startswith("в "))
    if kind == "months":
        count = rng.randint(5, 11)
        head = rng.choice(("за", "по итогам"))
        return Period(*months_period(year, 1, count), f"{head} {count} месяцев {year} года", "")
    if kind == "range":
        last = rng.randint(2, 11)
        inside = rng.choice(
            (
                f"за январь–{RU_MONTHS_NOM[last - 1]} {year} года",
                f"в январе–{RU_MONTHS_PREP[last - 1]} {year} года",
                f"с января по {RU_MONTHS_NOM[last - 1]} {year} года",
            )
        )
        return Period(*months_period(year, 1, last), inside, "")
    if kind == "half":
        inside = rng.choice((f"в первом полугодии {year} года", f"за первое полугодие {year} года"))
        return Period(*months_period(year, 1, 6), inside, "")
    if kind == "quarter":
        which = rng.randint(1, 4)
        inside = rng.choice(
            (f"в {RU_QUARTERS[which]} квартале {year} года", f"в {RU_ROMAN[which]} квартале {year} года")
        )
        inside = inside.replace("в втором", "во втором")  # "во втором квартале"
        return Period(*months_period(year, 3 * which - 2, 3 * which), inside, "")
    month = rng.randint(1, 12)
    return Period(*months_period(year, month, month), f"в {RU_MONTHS_PREP[month - 1]} {year} года", "")


def period_en(rng: random.Random, year: int, published: dt.date | None) -> Period:
    """An English period of `year`, or relative to `published` when that is known to the reader."""
    kind = rng.choice(
        ["year"] * 6 + ["months", "range", "half", "quarter", "month"] + ["relative"] * 2 * bool(published)
    )
    if kind == "relative" and published is not None:
        if published.month > 6 and rng.random() < 0.4:
            count = rng.randint(5, published.month - 1)
            start, end = months_period(published.year, 1, count)
            words = f"the first {EN_MONTH_COUNTS[count]} months of this year"
            return Period(start, end, f"in {words}", f"In {words},")
        start, end = months_period(published.year - 1, 1, 12)
        return Period(start, end, "last year", "Last year,", tail_ok=True)
    if kind == "year":
        return Period(*months_period(year, 1, 12), f"in {year}", f"In {year},", tail_ok=True)
    if kind == "months":
        count = rng.randint(2, 11)
        words = f"the first {EN_MONTH_COUNTS[count]} months of {year}"
        return Period(*months_period(year, 1, count), f"in {words}", f"In {words},", tail_ok=True)
    if kind == "range":
        last = rng.randint(2, 11)
        month = EN_MONTHS[last - 1]
        lead = rng.choice((f"In January–{month} {year},", f"From January to {month} {year},"))
        return Period(*months_period(year, 1, last), f"in January-{month} {year}", lead, tail_ok=True)
    if kind == "half":
        inside = rng.choice((f"in the first half of {year}", f"in H1 {year}"))
        return Period(*months_period(year, 1, 6), inside, capitalise(inside) + ",", tail_ok=True)
    if kind == "quarter":
        which = rng.randint(1, 4)
        inside = rng.choice((f"in Q{which} {year}", f"in the {EN_QUARTERS[which]} quarter of {year}"))
        start, end = months_period(year, 3 * which - 2, 3 * which)
        return Period(start, end, inside, capitalise(inside) + ",", tail_ok=True)
    month = rng.randint(1, 12)
    inside = f"in {EN_MONTHS[month - 1]} {year}"
    return Period(*months_period(year, month, month), inside, capitalise(inside) + ",", tail_ok=True)
