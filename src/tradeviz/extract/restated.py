"""A target said again by a pronoun with a new time: "agreed to raise trade to $75 bln by 2028 ... this figure
will be reached by 2026", "задачу по доведению товарооборота до $38 млрд ... по итогам этого года мы ее
решим". The sentence holds no amount, so the sentence rules never read it; it is a forecast of the same
figure for another year: the target before it (in the two sentences before), with the new year.
"""

from __future__ import annotations

import dataclasses

import regex

from tradeviz.extract.context import ArticleText
from tradeviz.extract.found import Finding
from tradeviz.extract.kit import TIMEOUT
from tradeviz.extract.times import DEADLINE, SPAN, TimeMention

REACH_BACK = 2  # sentences before where the target a pronoun stands for was said
_VERB_REACH = 60  # characters between the pronoun and its verb ("this figure will be reached")

# (meaning, words): each a fixed phrase; linear.
TARGET_PRONOUNS: tuple[tuple[str, str], ...] = (
    ("this figure (en)", r"(?:this|that|the)\s+(?:figure|target|goal|level|mark|milestone)|it"),
    ("эта цель (ru)", r"(?:эт|данн)\w*\s+(?:цел|задач|показател|рубеж|планк|уровн)\w*|она|он|е[её]|его"),
)
REACHED: tuple[tuple[str, str], ...] = (
    (
        "will be reached (en)",
        r"(?:will|would|could|can|may|should)\s+be\s+(?:reached|achieved|attained|met|hit|surpassed|exceeded)"
        r"|(?:is|are)\s+(?:expected|likely|set)\s+to\s+be\s+(?:reached|achieved|met|surpassed)",
    ),
    (
        "будет достигнута (ru)",
        r"(?:будет|будут|может\s+быть)\s+(?:достигнут|решен|выполнен|превышен|перевыполнен)\w*"
        r"|(?:решим|достигнем|выполним|превысим|перевыполним)",
    ),
)
RESTATED_TARGET = regex.compile(
    r"(?<!\w)(?:"
    + "|".join(words for _, words in TARGET_PRONOUNS)
    + rf")(?!\w)[^.;!?]{{0,{_VERB_REACH}}}?(?<!\w)(?P<verb>"
    + "|".join(words for _, words in REACHED)
    + r")(?!\w)"
)
_LITERALS = (
    "reach",
    "achiev",
    "attain",
    " met",
    " hit",
    "surpass",
    "exceed",
    "достиг",
    "реш",
    "выполн",
    "превы",
)


def restated_targets(article: ArticleText, facts: list[Finding]) -> list[Finding]:
    """Forecasts of targets said again by a pronoun in a sentence with no amount."""
    targets = [fact for fact in facts if fact.kind == "target"]
    if not targets:
        return []
    found: list[Finding] = []
    for index, sentence in enumerate(article.sentences):
        if index in article.amounts_by_sentence or not any(
            word in article.lower[sentence.start : sentence.end] for word in _LITERALS
        ):
            continue
        match = RESTATED_TARGET.search(article.lower, sentence.start, sentence.end, timeout=TIMEOUT)
        if match is None:
            continue
        said = _target_before(article, targets, index)
        year = _year_of(article, article.sentence(index).times, match.start("verb"))
        if said is None or year is None or year == said.target_year:
            continue
        quote = article.text[sentence.start : sentence.end]
        found.append(
            dataclasses.replace(said, target_year=year, quote=quote, start=sentence.start, end=sentence.end)
        )
    return found


def _target_before(article: ArticleText, targets: list[Finding], index: int) -> Finding | None:
    floor = article.sentences[max(0, index - REACH_BACK)].start
    before = [fact for fact in targets if floor <= fact.start < article.sentences[index].start]
    return before[-1] if before else None


def _year_of(article: ArticleText, times: list[TimeMention], verb: int) -> int | None:
    """The year of the time said nearest the verb ("was set for 2026, but this year we will reach it")."""
    reference = article.reference_year
    years = []
    for mention in times:
        if mention.role not in (DEADLINE, SPAN):
            continue
        if mention.year is not None:
            year: int | None = mention.year
        elif reference is not None and mention.years_ahead is not None and mention.role == DEADLINE:
            year = reference + mention.years_ahead
        elif reference is not None and mention.year_offset is not None:
            year = reference + mention.year_offset
        else:
            year = None
        if year is not None:
            years.append((min(abs(mention.start - verb), abs(mention.end - verb)), year))
    return min(years)[1] if years else None
