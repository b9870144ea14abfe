"""The sentences that carry planted facts and near-misses, each with the facts it holds."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from decimal import Decimal
from typing import Any

from corpus_words import (
    EN_FILLER,
    EN_MONTHS,
    EN_NEAR_MISSES,
    EN_SUBJECTS,
    EN_VERBS,
    GENDERS,
    QUALIFIER_WEIGHTS,
    RU_FILLER,
    RU_GROWTH_VERBS,
    RU_MONTHS_GEN,
    RU_NEAR_MISSES,
    RU_PAIR_ADJECTIVES,
    RU_SUBJECTS,
    RU_VERBS,
    Country,
)
from phrasing import (
    Money,
    Period,
    bare_ru,
    capitalise,
    decimal_of,
    en_number,
    money_en,
    money_ru,
    months_period,
    period_en,
    period_ru,
    ru_number,
)

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
        qualifier = "~"  # a range is approximate (the practice set's convention)
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
