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

The parts: `corpus_words.py` (word tables: countries and their forms, fillers, sentence pieces),
`phrasing.py` (how numbers, money and periods are written), `planting.py` (sentences with the facts they
hold, near-misses), this module (articles, files, the command line) and `scoring.py` (recall and precision).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import random
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from corpus_words import (
    COUNTRIES,
    EN_CAPITALS,
    EN_CLUTTER_FIGURES,
    EN_CLUTTER_HEADINGS,
    EN_HEADLINES,
    EN_MONTHS,
    EN_OTHER_HEADLINES,
    EN_OUTLETS,
    EN_PAGE_FOOTER,
    EN_RATES,
    PAIRS,
    RU_CAPITALS,
    RU_CLUTTER_FIGURES,
    RU_CLUTTER_HEADINGS,
    RU_HEADLINES,
    RU_MONTHS_GEN,
    RU_OTHER_HEADLINES,
    RU_OUTLETS,
    RU_PAGE_FOOTER,
    RU_RATES,
    Country,
)
from ordinary import ordinary_text
from phrasing import (
    decimal_of,
    ru_number,
)
from planting import (
    Planted,
    Scene,
    en_actual,
    en_composite,
    en_target,
    filler,
    near_miss,
    numbers,
    ru_actual,
    ru_composite,
    ru_target,
)

GENERATOR_VERSION = 1
ARTICLES_DIR = "articles"
TRUTH_FILE = "truth.jsonl"
MANIFEST_FILE = "corpus.json"


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


def make_ordinary(rng: random.Random, index: int) -> Article:
    """An ordinary article (city life, sport, prices: see ordinary.py), no fact planted; dated like the
    trade articles are (front matter, a stamp line or nothing)."""
    lang = "ru" if rng.random() < 0.5 else "en"
    published = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randint(0, 3590))
    outlet = rng.choice(RU_OUTLETS if lang == "ru" else EN_OUTLETS)
    style = rng.choices(("front", "stamp", "none"), weights=(48, 22, 30))[0]

    def write_date() -> str:
        if style == "front":
            return f"---\nsource: {outlet}\npublished: {published.isoformat()}\n---\n"
        if style == "stamp":
            return f"{outlet}\n\n{published:%d.%m.%Y} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}\n\n"
        return ""

    name = f"{index:06d}_{rng.getrandbits(40):010x}.txt"
    return Article(name, ordinary_text(rng, lang, write_date).encode("utf-8"), [], [])


def generate(articles: int, seed: int, trade_share: float = 1.0) -> Iterator[Article]:
    """The corpus, one article at a time; with `trade_share` < 1, that share of trade articles (drawn from
    the seed) among ordinary ones. A share of 1 draws nothing more: the same bytes as before the option."""
    rng = random.Random(seed)
    for index in range(articles):
        if trade_share >= 1 or rng.random() < trade_share:
            yield make_article(rng, index)
        else:
            yield make_ordinary(rng, index)


def write_corpus(articles: int, seed: int, out: Path, trade_share: float = 1.0) -> dict[str, Any]:
    """Write the corpus under `out` (articles/, truth.jsonl, then corpus.json) and return its summary."""
    folder = out / ARTICLES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    (out / MANIFEST_FILE).unlink(missing_ok=True)
    summary: dict[str, Any] = {"articles": 0, "bytes": 0, "facts": 0, "near_misses": 0, "by_lang": {}}
    with (out / TRUTH_FILE).open("w", encoding="utf-8") as truth:
        for article in generate(articles, seed, trade_share):
            (folder / article.name).write_bytes(article.data)
            for row in (*article.facts, *article.near_misses):
                truth.write(json.dumps(row, ensure_ascii=False) + "\n")
            summary["articles"] += 1
            summary["bytes"] += len(article.data)
            summary["facts"] += len(article.facts)
            summary["near_misses"] += len(article.near_misses)
    summary.update(seed=seed, generator_version=GENERATOR_VERSION)
    if trade_share < 1:
        summary["trade_share"] = trade_share
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
    parser.add_argument(
        "--trade-share",
        type=float,
        default=1.0,
        help="share of trade articles, the rest ordinary news (a realistic feed: 0.05; default 1)",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    summary = write_corpus(args.articles, args.seed, args.out, args.trade_share)
    summary["seconds"] = round(time.perf_counter() - started, 2)
    print(
        f"{summary['articles']} articles, {summary['bytes'] / 1e6:.1f} MB, {summary['facts']} planted facts, "
        f"{summary['near_misses']} near-misses in {summary['seconds']} s -> {args.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
