"""Find trade figures and targets in an article's text: amounts first, then what, when and between whom.

The flow, one module each: `normalize` and `sentences` (text -> sentences) -> `numerals`, `currencies`,
`amounts` (amounts) -> `cues`, `qualifiers`, `times`/`periods`, `growth`, `places` (what the words around an
amount say) -> `context` (what a sentence holds) -> `nonfacts` (what is not a pair's trade figure) ->
`stages`, `when` (the decisions for one amount) -> `facts` (an article's findings). Word tables are in
`vocab`, the regex toolkit in `kit`. This module is the public face: nothing outside `extract` imports from
inside it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import operator
from collections.abc import Iterable

import regex

from tradeviz.extract.kit.compiled import stored_patterns
from tradeviz.frame import Fact

with stored_patterns():  # the rules' patterns compiled once per install, not at every start: see kit.compiled
    from tradeviz.extract import gate
    from tradeviz.extract.context import Candidate, read_article
    from tradeviz.extract.facts import find_facts, infer_published
    from tradeviz.extract.found import Finding
    from tradeviz.extract.glosses import original_span, strip_glosses
    from tradeviz.extract.normalize import lower_same_length, normalize

    gate.prepare()

__all__ = ["ArticleMeta", "explain", "extract_facts", "extract_with_inferred_date", "may_hold_facts"]

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True, slots=True)
class ArticleMeta:
    """What the caller knows about the article; attached to its facts once, here."""

    article: str = ""
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    published_inferred: bool = False
    lang: str = "ru"


def may_hold_facts(text: str) -> bool:
    """False when no fact can come of `text` (the gate's one pass, `gate.may_hold_facts`); True promises
    nothing. The pipeline asks it before inferring an article's metadata."""
    return gate.may_hold_facts(lower_same_length(normalize(strip_glosses(text)[0])))


def _findings(text: str, meta: ArticleMeta) -> list[Finding]:
    """The findings, read without the text's pinyin glosses ("經(jīng)貿"), quoted from the text given."""
    read, dropped = strip_glosses(text)
    if not gate.may_hold_facts(lower_same_length(normalize(read))):  # most of a feed: see `gate`
        return []
    article = read_article(read, meta.published, meta.lang)
    findings = find_facts(article) if article is not None else []
    if not dropped:
        return findings
    spans = [original_span(finding.start, finding.end, dropped) for finding in findings]
    return [
        dataclasses.replace(finding, start=start, end=end, quote=text[start:end])
        for finding, (start, end) in zip(findings, spans, strict=True)
    ]


_FINDING_FIELDS = tuple(field.name for field in dataclasses.fields(Finding))
_finding_values = operator.attrgetter(*_FINDING_FIELDS)


def _attach(findings: Iterable[Finding], meta: ArticleMeta) -> list[Fact]:
    """The facts: each finding with the article's metadata."""
    return [
        Fact(
            article=meta.article,
            source=meta.source,
            url=meta.url,
            title=meta.title,
            published=meta.published,
            published_inferred=meta.published_inferred,
            lang=meta.lang,
            **dict(zip(_FINDING_FIELDS, _finding_values(finding), strict=True)),
        )
        for finding in findings
    ]


def extract_facts(text: str, meta: ArticleMeta) -> list[Fact]:
    """Every dated trade figure and target in an article's text, in order of appearance."""
    return _attach(_findings(text, meta), meta)


def extract_with_inferred_date(text: str, meta: ArticleMeta) -> tuple[list[Fact], dt.date | None]:
    """Facts of one text, and the publication date inferred from them when none was given.

    Never raises on a `str`: a text that makes a pattern time out gives no facts and a logged warning.
    """
    try:
        findings = _findings(text, meta)
    except TimeoutError:
        log.warning(
            "%s: text too pathological to search in time; no facts taken from it", meta.article or "text"
        )
        return [], None
    except regex.error:  # pragma: no cover - patterns are fixed at import; kept as a last guard
        log.exception("%s: pattern error", meta.article or "text")
        return [], None
    inferred = infer_published(findings) if meta.published is None else None
    if inferred is None:
        return _attach(findings, meta), None
    return _attach(findings, dataclasses.replace(meta, published=inferred, published_inferred=True)), inferred


def explain(text: str, published: dt.date | None = None, lang: str = "ru") -> list[tuple[str, str]]:
    """Why each amount of a text gave no fact: (the amount as written, the rule that dropped it).

    >>> explain("Дефицит торговли Казахстана с Китаем составил 2 млрд долларов.")
    [('2 млрд долларов', 'names_no_trade')]
    """
    article = read_article(text, published, lang)
    if article is None:
        return []
    why: list[tuple[str, str]] = []

    def dropped(candidate: Candidate, reason: str) -> None:
        why.append((text[candidate.amount.start : candidate.amount.end], reason))

    find_facts(article, dropped)
    return why
