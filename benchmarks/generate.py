"""A reproducible news corpus for benchmarking tradeviz, with the facts it plants written down.

    python benchmarks/generate.py --articles 1000 --seed 7 --out /tmp/corpus

writes `OUT/articles/*.txt` (Russian and English news in the shape of real pages: front matter or not, a
headline, a dateline or an outlet, paragraphs of diplomatic boilerplate and numbers that are not trade
figures, 0-4 trade sentences, page clutter), `OUT/truth.jsonl` (one line per planted fact or near-miss) and
`OUT/corpus.json` (what was generated, written last: its presence means the corpus is complete).

Every choice comes from one `random.Random(seed)`, in order, so a seed always gives the same bytes. Articles
are written as they are made: memory does not grow with the corpus. Only phrasings the extractor's
specification tables cover (tests/test_extract_cases.py) are planted as facts, with a few plausible
neighbours of them; near-misses (GDP, deals, loans, a country's total trade, trade with groups of countries,
clutter headlines) are planted too and must not come out as facts.
"""

from __future__ import annotations

import argparse
import calendar
import dataclasses
import datetime as dt
import json
import random
import sys
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from corpus_words import (
    COUNTRIES,
    EN_CAPITALS,
    EN_CLUTTER_HEADINGS,
    EN_FILLER,
    EN_HEADLINES,
    EN_MONTH_COUNTS,
    EN_MONTHS,
    EN_OTHER_HEADLINES,
    EN_OUTLETS,
    EN_PAGE_FOOTER,
    EN_QUARTERS,
    PAIRS,
    RU_CAPITALS,
    RU_CLUTTER_HEADINGS,
    RU_FILLER,
    RU_HEADLINES,
    RU_MONTH_COUNTS,
    RU_MONTHS_GEN,
    RU_MONTHS_NOM,
    RU_MONTHS_PREP,
    RU_OTHER_HEADLINES,
    RU_OUTLETS,
    RU_PAGE_FOOTER,
    RU_PAIR_ADJECTIVES,
    RU_QUARTERS,
    RU_ROMAN,
    Country,
)

GENERATOR_VERSION = 1
ARTICLES_DIR = "articles"
TRUTH_FILE = "truth.jsonl"
MANIFEST_FILE = "corpus.json"

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


# --- planted facts -----------------------------------------------------------------------------------------


@dataclasses.dataclass
class Scene:
    """What the sentence templates of one article share: its language, pair, date and random stream."""

    rng: random.Random
    lang: str
    home: Country
    partner: Country
    published: dt.date  # the true publication date (the reader may not know it)
    date_known: bool  # the reader can tell the publication date (front matter or a dated header)

    @property
    def parties(self) -> str:
        return "-".join(sorted((self.home.code, self.partner.code)))

    def past_year(self) -> int:
        return self.published.year - self.rng.choice((1, 1, 1, 2, 3))

    def target_year(self) -> int:
        return self.rng.choice((self.published.year + 1, self.published.year + 2, 2030, 2030, 2035))

    def period(self, year: int | None = None) -> Period:
        make = period_ru if self.lang == "ru" else period_en
        return make(
            self.rng, self.past_year() if year is None else year, self.published if self.date_known else None
        )

    def currency(self) -> str:
        local = [c.currency for c in (self.home, self.partner) if c.currency]
        if local and self.rng.random() < 0.25:
            return self.rng.choice(local)
        return "USD"

    def money(
        self, currency: str | None = None, scale: str | None = None, value: Decimal | None = None
    ) -> Money:
        currency = currency or self.currency()
        if scale is None:
            scale = {
                "USD": self.rng.choice(("млрд", "млрд", "млрд", "млн", "млн", "тыс")),
                "KZT": self.rng.choice(("трлн", "млрд")),
                "RUB": self.rng.choice(("трлн", "млрд")),
                "CNY": "млрд",
                "EUR": self.rng.choice(("млрд", "млн")),
            }[currency]
            if self.lang == "en" and scale == "тыс":
                scale = "млн"
        if self.lang == "ru":
            return money_ru(self.rng, currency, scale, value)
        english = {"тыс": "thousand", "млн": "million", "млрд": "billion", "трлн": "trillion"}[scale]
        return money_en(self.rng, currency, english, value)

    def words(self) -> dict[str, str]:
        home, partner = self.home, self.partner
        return {
            "A": home.en, "B": partner.en, "A_nom": home.nom, "A_gen": home.gen, "A_ins": home.ins,
            "A_acc": home.acc, "A_dat": home.dat, "B_nom": partner.nom, "B_gen": partner.gen,
            "B_ins": partner.ins, "B_acc": partner.acc, "B_dat": partner.dat, "A_adj": home.en_adj,
            "B_adj": partner.en_adj,
        }  # fmt: skip


def fact(
    scene: Scene,
    metric: str,
    kind: str,
    money: Money,
    *,
    period: Period | None = None,
    by: int | None = None,
    qualifier: str = "=",
    growth: Decimal | None = None,
    high: Money | None = None,
    currency: str | None = None,
) -> dict[str, Any]:
    """One planted fact in the frame's terms (dates ISO, amounts as floats)."""
    return {
        "metric": metric,
        "kind": kind,
        "period_start": period.start.isoformat() if period else None,
        "period_end": period.end.isoformat() if period else None,
        "target_year": by,
        "amount": float(money.amount),
        "amount_high": float(high.amount) if high else None,
        "currency": currency or money.currency,
        "qualifier": qualifier,
        "growth_pct": float(growth) if growth is not None else None,
        "parties": scene.parties,
    }


@dataclasses.dataclass(frozen=True, slots=True)
class Planted:
    """A sentence (or two) and the facts it holds."""

    template: str
    text: str
    facts: list[dict[str, Any]]


def finish(text: str) -> str:
    """Capitalised, one full stop at the end."""
    text = capitalise(text.strip())
    return text if text.endswith((".", "!", "?")) else text + "."


# Russian subjects: (metric, text, gender) - gender picks the verb form (m, f, pl).
RU_SUBJECTS: dict[str, tuple[tuple[str, str], ...]] = {
    "turnover": (
        ("товарооборот между {A_ins} и {B_ins}", "m"),
        ("товарооборот {A_gen} и {B_gen}", "m"),
        ("объём взаимной торговли {A_gen} и {B_gen}", "m"),
        ("объём торговли между {A_ins} и {B_ins}", "m"),
        ("объём двусторонней торговли между {A_ins} и {B_ins}", "m"),
        ("торговый оборот между {A_ins} и {B_ins}", "m"),
        ("взаимная торговля {A_gen} и {B_gen}", "f"),
    ),
    "export": (("экспорт {A_gen} в {B_acc}", "m"), ("экспорт из {A_gen} в {B_acc}", "m")),
    "import": (("импорт {A_gen} из {B_gen}", "m"), ("импорт из {B_gen} в {A_acc}", "m")),
    "investment": (
        ("объём прямых иностранных инвестиций из {B_gen} в {A_acc}", "m"),
        ("инвестиции из {B_gen} в экономику {A_gen}", "pl"),
    ),
}
RU_VERBS: dict[str, tuple[tuple[str, str, str], ...]] = {  # qualifier -> (m, f, pl) forms
    "=": (("составил", "составила", "составили"), ("достиг", "достигла", "достигли")),
    "~": (
        ("составил около", "составила около", "составили около"),
        ("составил порядка", "составила порядка", "составили порядка"),
        ("достиг почти", "достигла почти", "достигли почти"),
        ("составил примерно", "составила примерно", "составили примерно"),
        ("составил приблизительно", "составила приблизительно", "составили приблизительно"),
    ),
    ">": (
        ("превысил", "превысила", "превысили"),
        ("составил более", "составила более", "составили более"),
        ("составил свыше", "составила свыше", "составили свыше"),
    ),
    "<": (("составил менее", "составила менее", "составили менее"),),
}
RU_GROWTH_VERBS = (  # (m, f, pl, sign)
    ("вырос", "выросла", "выросли", 1),
    ("увеличился", "увеличилась", "увеличились", 1),
    ("снизился", "снизилась", "снизились", -1),
    ("сократился", "сократилась", "сократились", -1),
)
GENDERS = {"m": 0, "f": 1, "pl": 2}

EN_SUBJECTS: dict[str, tuple[tuple[str, bool], ...]] = {  # (text, plural)
    "turnover": (
        ("trade between {A} and {B}", False),
        ("bilateral trade between {A} and {B}", False),
        ("trade turnover between {A} and {B}", False),
        ("mutual trade between {A} and {B}", False),
        ("the trade volume between {A} and {B}", False),
        ("{A_adj}-{B_adj} trade", False),
        ("{A}'s trade with {B}", False),
    ),
    "export": (("{A}'s exports to {B}", True), ("exports from {A} to {B}", True)),
    "import": (("{A}'s imports from {B}", True), ("imports from {B} to {A}", True)),
    "investment": (("investment from {B} into {A}", False), ("{B_adj} investment in {A}", False)),
}
EN_VERBS: dict[str, tuple[str, ...]] = {
    "=": ("reached", "amounted to", "totalled", "stood at", "hit"),
    "~": (
        "{be} about",
        "reached almost",
        "reached nearly",
        "stood at around",
        "totalled approximately",
        "amounted to some",
    ),
    ">": ("exceeded", "amounted to more than", "topped", "surpassed", "{be} over"),
    "<": ("{be} less than", "remained under", "{be} below"),
}
QUALIFIER_WEIGHTS = ("=",) * 6 + ("~", "~", ">", ">", "<")


def growth_value(rng: random.Random) -> Decimal:
    return decimal_of(rng.randint(5, 450), 1) if rng.random() < 0.6 else Decimal(rng.randint(2, 45))


def ru_percent(value: Decimal, rng: random.Random) -> str:
    number = ru_number(value)
    return f"{number} процента" if value != value.to_integral() and rng.random() < 0.3 else f"{number}%"


def ru_subject(scene: Scene, metric: str) -> tuple[str, str]:
    text, gender = scene.rng.choice(RU_SUBJECTS[metric])
    pair = (scene.home.code, scene.partner.code)
    if metric == "turnover" and pair in RU_PAIR_ADJECTIVES and scene.rng.random() < 0.2:
        return f"{RU_PAIR_ADJECTIVES[pair]} товарооборот", "m"
    return text.format(**scene.words()), gender


def ru_actual(scene: Scene) -> Planted:
    """A reported Russian figure: subject, period, verb with qualifier or growth, amount."""
    rng = scene.rng
    metric = rng.choice(("turnover",) * 5 + ("export", "import", "investment"))
    subject, gender = ru_subject(scene, metric)
    form = GENDERS[gender]
    period = scene.period()
    money = scene.money()
    shape = rng.choice(("plain",) * 5 + ("growth", "growth", "than", "to", "times"))
    qualifier, growth = "=", None
    if shape == "plain":
        qualifier = rng.choice(QUALIFIER_WEIGHTS)
        verb = rng.choice(RU_VERBS[qualifier])[form]
        place = rng.choice(("lead", "inside", "tail") if period.tail_ok else ("lead", "inside"))
        if place == "lead":
            text = f"{period.inside} {subject} {verb} {money.text}"
        elif place == "inside":
            text = f"{subject} {period.inside} {verb} {money.text}"
        else:
            text = f"{subject} {verb} {money.text} {period.inside}"
    elif shape == "growth":
        *forms, sign = rng.choice(RU_GROWTH_VERBS)
        value = growth_value(rng)
        growth = value * sign
        verb = rng.choice(RU_VERBS["="])[form]
        text = f"{subject} {period.inside} {forms[form]} на {ru_percent(value, rng)} и {verb} {money.text}"
    elif shape == "than":
        value = growth_value(rng)
        more = rng.random() < 0.7
        growth = value if more else -value
        verb = RU_VERBS["="][0][form]
        text = (
            f"{period.inside} {subject} {verb} {money.text}, что на {ru_number(value)}% "
            f"{'больше' if more else 'меньше'}, чем годом ранее"
        )
    elif shape == "to":
        *forms, sign = rng.choice(RU_GROWTH_VERBS)
        value = growth_value(rng)
        growth = value * sign
        dash = "," if sign > 0 else " –"
        text = f"{subject} {period.inside} {forms[form]} на {ru_percent(value, rng)}{dash} до {money.text}"
    else:
        times, growth = rng.choice(
            (("в 1,5 раза", Decimal(50)), ("вдвое", Decimal(100)), ("в 2 раза", Decimal(100)))
        )
        grew = ("вырос", "выросла", "выросли")[form]
        verb = rng.choice(RU_VERBS["="])[form]
        text = f"{subject} {period.inside} {grew} {times} и {verb} {money.text}"
    return Planted(
        f"ru-actual-{shape}",
        finish(text),
        [fact(scene, metric, "actual", money, period=period, qualifier=qualifier, growth=growth)],
    )


def en_actual(scene: Scene) -> Planted:
    """A reported English figure."""
    rng = scene.rng
    metric = rng.choice(("turnover",) * 5 + ("export", "import", "investment"))
    subject_template, plural = rng.choice(EN_SUBJECTS[metric])
    subject = subject_template.format(**scene.words())
    period = scene.period()
    money = scene.money()
    be = "were" if plural else "was"
    shape = rng.choice(("plain",) * 5 + ("rose", "rose", "yoy", "increase", "times"))
    qualifier, growth = "=", None
    if shape == "plain":
        qualifier = rng.choice(QUALIFIER_WEIGHTS)
        verb = rng.choice(EN_VERBS[qualifier]).format(be=be)
        if rng.random() < 0.35 and period.lead:
            text = f"{period.lead} {subject} {verb} {money.text}"
        else:
            text = f"{subject} {verb} {money.text} {period.inside}"
    elif shape == "rose":
        value = growth_value(rng)
        verb, sign = rng.choice((("rose", 1), ("grew", 1), ("fell", -1)))
        growth = value * sign
        text = f"{subject} {verb} {en_number(value)}% to {money.text} {period.inside}"
    elif shape == "yoy":
        value = growth_value(rng)
        up = rng.random() < 0.7
        growth = value if up else -value
        verb = rng.choice(EN_VERBS["="])
        trend = "up" if up else "down"
        text = (
            f"{subject} {verb} {money.text} {period.inside}, {trend} {en_number(value)} percent "
            f"{rng.choice(('year on year', 'year-on-year'))}"
        )
    elif shape == "increase":
        value = growth_value(rng)
        growth = value
        text = (
            f"{subject} totalled {money.text} {period.inside}, "
            f"a {en_number(value)}% increase on the previous year"
        )
    else:
        times, growth = rng.choice(
            (("doubled", Decimal(100)), ("tripled", Decimal(200)), ("grew 1.5 times", Decimal(50)))
        )
        text = f"{subject} {times} to {money.text} {period.inside}"
    return Planted(
        f"en-actual-{shape}",
        finish(text),
        [fact(scene, metric, "actual", money, period=period, qualifier=qualifier, growth=growth)],
    )


def ru_target(scene: Scene) -> Planted:
    """A Russian goal or forecast."""
    rng = scene.rng
    w = scene.words()
    year = scene.target_year()
    near = scene.published.year + rng.choice((0, 1))
    money = scene.money()
    shape = rng.choice(
        ("goal", "intend", "task", "forecast", "exceed", "export", "investment", "range", "aim")
    )
    metric, by, qualifier, high = "turnover", year, "=", None
    pair_ins = f"между {w['A_ins']} и {w['B_ins']}"
    if shape == "goal":
        text = f"Стороны поставили цель довести товарооборот {pair_ins} до {money.text} к {year} году"
    elif shape == "intend":
        by = None
        text = f"{w['A_nom']} и {w['B_nom']} намерены увеличить объём взаимной торговли до {money.text}"
    elif shape == "task":
        text = f"Задача – нарастить товарооборот {pair_ins} до {money.text} к концу {year} года"
    elif shape == "forecast":
        by = near
        text = f"По прогнозам экспертов, в {near} году товарооборот {pair_ins} может достигнуть {money.text}"
    elif shape == "exceed":
        by, qualifier = near, ">"
        text = f"По прогнозам, в {near} году товарооборот {pair_ins} превысит {money.text}"
    elif shape == "export":
        metric = "export"
        text = f"{w['A_nom']} планирует увеличить экспорт в {w['B_acc']} до {money.text} к {year} году"
    elif shape == "investment":
        metric = "investment"
        text = (
            f"Стороны намерены довести объём взаимных инвестиций {w['A_gen']} и {w['B_gen']} "
            f"до {money.text} к {year} году"
        )
    elif shape == "range":
        low = rng.randint(5, 60)
        money = Money(str(low), Decimal(low) * 10**9, "USD")
        high = Money("", Decimal(low + rng.choice((2, 5, 10))) * 10**9, "USD")
        span = rng.choice((f"от {low} до {int(high.amount / 10**9)}", f"{low}–{int(high.amount / 10**9)}"))
        level = "уровня " if span.startswith("от") else ""
        text = (
            f"Стороны намерены довести товарооборот {pair_ins} до {level}{span} млрд долларов к {year} году"
        )
    else:
        text = f"Целью является доведение товарооборота {pair_ins} до {money.text} к {year} году"
    return Planted(
        f"ru-target-{shape}",
        finish(text),
        [fact(scene, metric, "target", money, by=by, qualifier=qualifier, high=high)],
    )


def en_target(scene: Scene) -> Planted:
    """An English goal or forecast."""
    rng = scene.rng
    w = scene.words()
    year = scene.target_year()
    near = scene.published.year + rng.choice((0, 1))
    money = scene.money()
    shape = rng.choice(("aim", "goal", "plan", "expected", "exceed", "target", "coming", "investment"))
    metric, by, qualifier = "turnover", year, "="
    a, b = w["A"], w["B"]
    if shape == "aim":
        text = f"{a} and {b} aim to boost bilateral trade to {money.text} by {year}"
    elif shape == "goal":
        by = None
        text = f"The two countries set a goal of raising trade turnover between {a} and {b} to {money.text}"
    elif shape == "plan":
        text = f"{a} and {b} plan to raise trade to {money.text} by the end of {year}"
    elif shape == "expected":
        by = near
        text = f"Trade between {a} and {b} is expected to reach {money.text} in {near}"
    elif shape == "exceed":
        by, qualifier = near, ">"
        text = f"Trade between {a} and {b} is expected to exceed {money.text} in {near}, analysts say"
    elif shape == "target":
        text = f"{a} and {b} have set a target of {money.text} in trade turnover by {year}"
    elif shape == "coming":
        by = None
        text = (
            f"The presidents of {a} and {b} agreed to bring bilateral trade to {money.text} "
            "in the coming years"
        )
    else:
        metric = "investment"
        text = f"{a} and {b} plan to raise mutual investment to {money.text} by {year}"
    return Planted(
        f"en-target-{shape}", finish(text), [fact(scene, metric, "target", money, by=by, qualifier=qualifier)]
    )


def split_total(rng: random.Random) -> tuple[Decimal, Decimal, Decimal]:
    """A total in tenths and its two parts (exports, imports)."""
    total = rng.randint(30, 900)
    exports = rng.randint(5, total - 5)
    return decimal_of(total, 1), decimal_of(exports, 1), decimal_of(total - exports, 1)


def ru_composite(scene: Scene) -> Planted:
    """Several facts in one or two sentences: parts of a total, 'этот показатель', restatements, target."""
    rng = scene.rng
    w = scene.words()
    pair_ins = f"между {w['A_ins']} и {w['B_ins']}"
    shape = rng.choice(("parts", "indicator", "restated", "target"))
    if shape == "parts":
        period = scene.period()
        total, exports, imports = split_total(rng)
        money = scene.money("USD", "млрд", total)
        e, i = bare_ru(exports, "млрд"), bare_ru(imports, "млрд")
        text = (
            f"Товарооборот {pair_ins} {period.inside} составил {money.text}, из которых экспорт – {e.text}, "
            f"импорт – {i.text}"
        )
        facts = [
            fact(scene, metric, "actual", m, period=period, currency="USD")
            for metric, m in (("turnover", money), ("export", e), ("import", i))
        ]
    elif shape == "indicator":
        first = scene.past_year() - 1
        m1, m2 = scene.money("USD", "млрд"), scene.money("USD", "млрд")
        p1 = Period(*months_period(first, 1, 12), f"в {first} году", "")
        p2 = Period(*months_period(first + 1, 1, 12), f"в {first + 1} году", "")
        metric, subject = rng.choice(
            (("turnover", f"товарооборот {pair_ins}"), ("export", f"экспорт {w['A_gen']} в {w['B_acc']}"))
        )
        first_sentence = finish(f"{p1.inside} {subject} составил {m1.text}")
        text = f"{first_sentence} {capitalise(p2.inside)} этот показатель достиг {m2.text}"
        facts = [
            fact(scene, metric, "actual", m1, period=p1),
            fact(scene, metric, "actual", m2, period=p2),
        ]
    elif shape == "restated":
        period = Period(*months_period(scene.past_year(), 1, 12), "", "")
        year = period.start.year
        usd = scene.money("USD", "млрд")
        local = "KZT" if "KZ" in scene.parties else "RUB" if "RU" in scene.parties else "CNY"
        other = scene.money(local, "трлн" if local != "CNY" else "млрд")
        if rng.random() < 0.5:
            text = f"Товарооборот {pair_ins} в {year} году составил {other.text}, или {usd.text}"
        else:
            text = f"Товарооборот {pair_ins} в {year} году составил {other.text} ({usd.text})"
        facts = [
            fact(scene, "turnover", "actual", other, period=period),
            fact(scene, "turnover", "actual", usd, period=period),
        ]
    else:
        year = scene.past_year()
        period = Period(*months_period(year, 1, 12), "", "")
        target_year = scene.target_year()
        m1 = scene.money("USD", "млрд")
        value = decimal_of(rng.randint(int(m1.amount / 10**8) + 10, 2000), 1)
        m2 = bare_ru(value, "млрд")
        text = (
            f"В {year} году товарооборот {pair_ins} составил {m1.text}, а к {target_year} году "
            f"стороны намерены довести его до {m2.text}"
        )
        facts = [
            fact(scene, "turnover", "actual", m1, period=period),
            fact(scene, "turnover", "target", m2, by=target_year, currency="USD"),
        ]
    return Planted(f"ru-composite-{shape}", finish(text), facts)


def en_composite(scene: Scene) -> Planted:
    """Several facts in one or two English sentences."""
    rng = scene.rng
    w = scene.words()
    a, b = w["A"], w["B"]
    shape = rng.choice(("parts", "figure", "restated", "target"))
    if shape == "parts":
        period = scene.period()
        total, exports, imports = split_total(rng)
        m, e, i = (Money(f"${en_number(v)} billion", v * 10**9, "USD") for v in (total, exports, imports))
        text = (
            f"Trade between {a} and {b} reached {m.text} {period.inside}, of which exports accounted for "
            f"{e.text} and imports for {i.text}"
        )
        facts = [
            fact(scene, metric, "actual", money, period=period)
            for metric, money in (("turnover", m), ("export", e), ("import", i))
        ]
    elif shape == "figure":
        first = scene.past_year() - 1
        m1, m2 = scene.money("USD", "млрд"), scene.money("USD", "млрд")
        p1 = Period(*months_period(first, 1, 12), "", "")
        p2 = Period(*months_period(first + 1, 1, 12), "", "")
        text = (
            f"{a}'s exports to {b} totalled {m1.text} in {first}. "
            f"In {first + 1}, this figure rose to {m2.text}"
        )
        facts = [
            fact(scene, "export", "actual", m1, period=p1),
            fact(scene, "export", "actual", m2, period=p2),
        ]
    elif shape == "restated":
        year = scene.past_year()
        period = Period(*months_period(year, 1, 12), "", "")
        usd = scene.money("USD", "млрд")
        local = "CNY" if "CN" in scene.parties else "RUB" if "RU" in scene.parties else "KZT"
        other = scene.money(local, "трлн")
        text = f"{a}-{b} trade reached {other.text} ({usd.text}) in {year}"
        facts = [
            fact(scene, "turnover", "actual", other, period=period),
            fact(scene, "turnover", "actual", usd, period=period),
        ]
    else:
        year = scene.past_year()
        period = Period(*months_period(year, 1, 12), "", "")
        target_year = scene.target_year()
        m1, m2 = scene.money("USD", "млрд"), scene.money("USD", "млрд")
        text = (
            f"Trade between {a} and {b} reached {m1.text} in {year}, and the two sides target {m2.text} "
            f"by {target_year}"
        )
        facts = [
            fact(scene, "turnover", "actual", m1, period=period),
            fact(scene, "turnover", "target", m2, by=target_year),
        ]
    return Planted(f"en-composite-{shape}", finish(text), facts)


# --- near-misses: figures that are not bilateral trade facts ------------------------------------------------

RU_NEAR_MISSES: dict[str, tuple[str, ...]] = {
    "gdp": ("ВВП {A_gen} в {y} году составил {bn} млрд долларов.",),
    "total_foreign_trade": ("Внешнеторговый оборот {A_gen} в {y} году составил {bn} млрд долларов.",),
    "total_exports": ("Экспорт {A_gen} в {y} году составил {bn} млрд долларов.",),
    "group_trade": (
        "Товарооборот {A_gen} со странами ЕАЭС в {y} году составил {bn} млрд долларов.",
        "Товарооборот {A_gen} со странами Центральной Азии в {y} году достиг {bn} млрд долларов.",
        "Товарооборот {A_gen} с европейскими странами в {y} году превысил {bn} млрд долларов.",
    ),
    "deals": (
        "По итогам визита подписаны соглашения между {A_ins} и {B_ins} на сумму {bn} млрд долларов.",
        "{A_nom} и {B_nom} подписали {n2} инвестиционных соглашений на общую сумму {bn} млрд долларов.",
        "Компании двух стран заключили контракты на {bn} млрд долларов.",
    ),
    "loan": ("Банк развития {B_gen} предоставит {A_dat} кредит в размере {bn} млрд долларов.",),
    "project_cost": (
        "Стоимость строительства железной дороги между {A_ins} и {B_ins} оценивается в {bn} млрд долларов.",
    ),
    "reserves": ("Международные резервы {A_gen} на 1 января {y} года составили {bn} млрд долларов.",),
    "sectoral": (
        "Торговля сельхозпродукцией между {A_ins} и {B_ins} в {y} году составила {bn} млрд долларов.",
    ),
    "difference": ("В {y} году товарооборот между {A_ins} и {B_ins} снизился на {bn} млрд долларов.",),
    "tonnes": ("Товарооборот между {A_ins} и {B_ins} по железной дороге в {y} году составил {n2} млн тонн.",),
}
EN_NEAR_MISSES: dict[str, tuple[str, ...]] = {
    "gdp": ("{A}'s GDP reached ${bn} billion in {y}.",),
    "total_foreign_trade": ("{A}'s foreign trade reached ${bn} billion in {y}.",),
    "total_exports": ("{A}'s exports totalled ${bn} billion in {y}.",),
    "group_trade": (
        "{A}'s trade with ASEAN countries amounted to ${bn} billion in {y}.",
        "{A}'s trade with European countries exceeded ${bn} billion in {y}.",
        "China–Central Asia trade reached ${bn} billion in {y}.",
    ),
    "deals": ("{A} and {B} signed deals worth ${bn} billion during the visit.",),
    "loan": ("{B}'s Exim Bank has agreed to provide a ${bn} billion loan to {A}.",),
    "fund": ("{A}'s National Fund assets stood at ${bn} billion at the end of {y}.",),
    "sectoral": ("Agricultural trade between {A} and {B} reached ${bn} billion in {y}.",),
    "difference": ("Trade between {A} and {B} increased by ${n3} million in {y}.",),
    "price": ("The price of wheat exported to {B} reached ${n3} per tonne in {y}.",),
}
RU_CLUTTER_FIGURES = (
    "Товарооборот {X_gen} и {Y_gen} в {y} году достиг {bn} млрд долларов",
    "Экспорт {X_gen} в {Y_acc} вырос до {bn} млрд долларов",
)
EN_CLUTTER_FIGURES = (
    "{X}-{Y} trade hits ${bn} billion in {y}",
    "{X}'s exports to {Y} reach ${bn} billion",
)
RU_RATES = "Курсы валют: USD {r1} ₸ EUR {r2} ₸ RUB {r3} ₸"
EN_RATES = "USD/KZT {r1} EUR/KZT {r2} RUB/KZT {r3}"


def numbers(scene: Scene, year: int | None = None) -> dict[str, str]:
    """Random fillers for placeholders: counts, percents, days, months and years."""
    rng = scene.rng
    bn = decimal_of(rng.randint(11, 2999), 1)
    month = rng.randint(1, 12)
    return {
        "n2": str(rng.randint(12, 98)),
        "n3": str(rng.randint(120, 980)),
        "p": ru_number(decimal_of(rng.randint(11, 159), 1))
        if scene.lang == "ru"
        else f"{rng.randint(11, 159) / 10}",
        "p2": ru_number(decimal_of(rng.randint(50, 175), 1))
        if scene.lang == "ru"
        else f"{rng.randint(50, 175) / 10}",
        "bn": ru_number(bn) if scene.lang == "ru" else en_number(bn),
        "y": str(year or scene.past_year()),
        "d": str(rng.randint(1, 14)),
        "d2": str(rng.randint(15, 28)),
        "y2": str(scene.published.year + rng.randint(0, 3)),
        "month_gen": RU_MONTHS_GEN[month - 1],
        "month_en": EN_MONTHS[month - 1],
    }


def near_miss(scene: Scene) -> tuple[str, str]:
    """(category, sentence) of a figure that must not become a fact."""
    table = RU_NEAR_MISSES if scene.lang == "ru" else EN_NEAR_MISSES
    category = scene.rng.choice(sorted(table))
    template = scene.rng.choice(table[category])
    return category, template.format(**scene.words(), **numbers(scene))


def filler(scene: Scene, count: int = 1) -> str:
    """`count` distinct sentences with no trade figure, as one paragraph."""
    pool = RU_FILLER if scene.lang == "ru" else EN_FILLER
    chosen = scene.rng.sample(pool, count)
    return " ".join(sentence.format(**scene.words(), **numbers(scene)) for sentence in chosen)


# --- articles ---------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class Article:
    """One generated file and what was planted in it."""

    name: str
    data: bytes
    facts: list[dict[str, Any]]
    near_misses: list[dict[str, str]]


PLANTERS: dict[str, tuple[Callable[[Scene], Planted], ...]] = {
    "ru": (ru_actual,) * 6 + (ru_target,) * 2 + (ru_composite,),
    "en": (en_actual,) * 6 + (en_target,) * 2 + (en_composite,),
}


def weighted_pair(rng: random.Random) -> tuple[Country, Country]:
    home, partner, _ = rng.choices(PAIRS, weights=[weight for *_, weight in PAIRS])[0]
    if rng.random() < 0.15:
        home, partner = partner, home
    return COUNTRIES[home], COUNTRIES[partner]


def other_pair(rng: random.Random, scene: Scene) -> dict[str, str]:
    """Another pair's words for a clutter headline (never this article's pair)."""
    while True:
        x, y = weighted_pair(rng)
        if {x.code, y.code} != {scene.home.code, scene.partner.code}:
            return {"X": x.en, "Y": y.en, "X_gen": x.gen, "Y_gen": y.gen, "Y_acc": y.acc}


def make_article(rng: random.Random, index: int) -> Article:
    """One article: metadata style, headline, paragraphs with planted facts and near-misses, clutter."""
    lang = "ru" if rng.random() < 0.5 else "en"
    home, partner = weighted_pair(rng)
    published = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randint(0, 3590))
    style = rng.choices(("front", "front_source", "stamp", "dateline", "none"), weights=(40, 8, 22, 18, 12))[
        0
    ]
    scene = Scene(rng, lang, home, partner, published, date_known=style in ("front", "stamp", "dateline"))
    ru = lang == "ru"
    outlet = rng.choice(RU_OUTLETS if ru else EN_OUTLETS)
    name = f"{index:06d}_{rng.getrandbits(40):010x}.txt"

    facts: list[dict[str, Any]] = []
    near_misses: list[dict[str, str]] = []
    paragraphs: list[str] = []
    for _ in range(rng.choice((0, 1, 1, 2, 2, 2, 3, 3, 4))):
        planted = rng.choice(PLANTERS[lang])(scene)
        for item in planted.facts:
            facts.append(
                {
                    "planted": "fact",
                    "article": name,
                    **item,
                    "template": planted.template,
                    "sentence": planted.text,
                }
            )
        lead = filler(scene) + " " if rng.random() < 0.25 else ""
        paragraphs.append(lead + planted.text)
    for _ in range(rng.choice((0, 0, 0, 1, 1, 2))):
        category, sentence = near_miss(scene)
        near_misses.append(
            {"planted": "near_miss", "article": name, "category": category, "sentence": sentence}
        )
        paragraphs.append(sentence)
    total = rng.randint(max(5, len(paragraphs) + 2), 13)
    while len(paragraphs) < total:
        paragraphs.append(filler(scene, rng.randint(2, 4)))
    body = paragraphs[:1] + rng.sample(paragraphs[1:], len(paragraphs) - 1)  # the lead stays first

    first = body[0]
    if style == "dateline":
        if ru:
            place = RU_CAPITALS.get(home.code, "АСТАНА")
            day = f"{published.day} {RU_MONTHS_GEN[published.month - 1]} {published.year} г."
            stamp = f"{place}, {day} /{outlet}/ – "
        else:
            place = EN_CAPITALS.get(home.code, "ASTANA")
            stamp = (
                f"{place}, {EN_MONTHS[published.month - 1]} {published.day}, {published.year} ({outlet}) – "
            )
        body[0] = stamp + first
    elif style == "none" or (style == "front_source" and rng.random() < 0.5):
        said = f", сообщает {outlet}." if ru else f", {outlet} reports."
        body[0] = first[:-1] + said if first.endswith(".") else first

    if rng.random() < 0.15 and len(body) > 2:  # a plug in the middle: "Читайте также: ..."
        plug = rng.choice(RU_OTHER_HEADLINES if ru else EN_OTHER_HEADLINES)
        body.insert(rng.randint(1, len(body) - 1), f"{'Читайте также' if ru else 'Read also'}: {plug}")

    headline = rng.choice(RU_HEADLINES if ru else EN_HEADLINES).format(**scene.words())
    lines: list[str] = []
    if style in ("front", "front_source"):
        meta = [f"source: {outlet}"] + ([f"published: {published.isoformat()}"] if style == "front" else [])
        if rng.random() < 0.3:
            meta.append(f"lang: {lang}")
        lines += ["---", *meta, "---"]
    if rng.random() < 0.2:
        rate = rng.randint(4000, 5200)
        if ru:
            rates = RU_RATES.format(
                r1=ru_number(decimal_of(rate, 1)), r2=ru_number(decimal_of(rate + 380, 1)), r3="4,9"
            )
        else:
            rates = EN_RATES.format(r1=f"{rate / 10:.2f}", r2=f"{(rate + 380) / 10:.2f}", r3="4.90")
        lines.append(rates)
        near_misses.append(
            {"planted": "near_miss", "article": name, "category": "page_clutter", "sentence": rates}
        )
    if style == "stamp":
        lines += [
            outlet,
            "",
            headline,
            "",
            f"{published:%d.%m.%Y} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}",
            "",
        ]
    else:
        lines += [headline, ""]
    separator = "\n\n" if rng.random() < 0.7 else "\n"
    text = "\n".join(lines) + "\n" + separator.join(body) + "\n"

    if rng.random() < 0.45:  # the page's trailing list of other news
        heading = rng.choice(RU_CLUTTER_HEADINGS if ru else EN_CLUTTER_HEADINGS)
        others = rng.sample(RU_OTHER_HEADLINES if ru else EN_OTHER_HEADLINES, rng.randint(2, 4))
        if rng.random() < 0.5:
            figure = rng.choice(RU_CLUTTER_FIGURES if ru else EN_CLUTTER_FIGURES)
            headline_with_figure = figure.format(**other_pair(rng, scene), **numbers(scene))
            others.insert(rng.randint(0, len(others)), headline_with_figure)
            near_misses.append(
                {
                    "planted": "near_miss",
                    "article": name,
                    "category": "clutter_headline",
                    "sentence": headline_with_figure,
                }
            )
        text += f"\n{heading}\n" + "\n".join(others) + "\n"
    if rng.random() < 0.3:
        footer = rng.choice(RU_PAGE_FOOTER if ru else EN_PAGE_FOOTER).format(year=published.year)
        text += f"\n{footer}\n"

    encoding = "utf-8"
    if ru and rng.random() < 0.03:
        encoding = "cp1251"
    elif rng.random() < 0.03:
        encoding = "utf-8-sig"
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:  # ₸ and narrow spaces have no cp1251 code
        data = text.encode("utf-8")
    return Article(name, data, facts, near_misses)


def generate(articles: int, seed: int) -> Iterator[Article]:
    """The corpus, one article at a time."""
    rng = random.Random(seed)
    for index in range(articles):
        yield make_article(rng, index)


def write_corpus(articles: int, seed: int, out: Path) -> dict[str, Any]:
    """Write the corpus under `out` (articles/, truth.jsonl, then corpus.json) and return its summary."""
    folder = out / ARTICLES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    (out / MANIFEST_FILE).unlink(missing_ok=True)
    summary: dict[str, Any] = {"articles": 0, "bytes": 0, "facts": 0, "near_misses": 0, "by_lang": {}}
    with (out / TRUTH_FILE).open("w", encoding="utf-8") as truth:
        for article in generate(articles, seed):
            (folder / article.name).write_bytes(article.data)
            for row in (*article.facts, *article.near_misses):
                truth.write(json.dumps(row, ensure_ascii=False) + "\n")
            summary["articles"] += 1
            summary["bytes"] += len(article.data)
            summary["facts"] += len(article.facts)
            summary["near_misses"] += len(article.near_misses)
    summary.update(seed=seed, generator_version=GENERATOR_VERSION)
    (out / MANIFEST_FILE).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return summary


def read_truth(path: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(planted facts, planted near-misses) from a truth.jsonl."""
    facts, misses = [], []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            (facts if row["planted"] == "fact" else misses).append(row)
    return facts, misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, required=True, help="how many articles")
    parser.add_argument(
        "--seed", type=int, default=7, help="random seed (the same seed gives the same bytes)"
    )
    parser.add_argument("--out", type=Path, required=True, help="folder to write (articles/, truth.jsonl)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    summary = write_corpus(args.articles, args.seed, args.out)
    summary["seconds"] = round(time.perf_counter() - started, 2)
    print(
        f"{summary['articles']} articles, {summary['bytes'] / 1e6:.1f} MB, {summary['facts']} planted facts, "
        f"{summary['near_misses']} near-misses in {summary['seconds']} s -> {args.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
