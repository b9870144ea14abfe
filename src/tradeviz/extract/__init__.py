"""Find trade figures and targets in an article's text: amounts first, then what, when and between whom."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging

import regex

from tradeviz.extract.facts import ArticleMeta, extract_facts, infer_published
from tradeviz.frame import Fact

__all__ = ["ArticleMeta", "extract_facts", "extract_with_inferred_date"]

log = logging.getLogger(__name__)


def extract_with_inferred_date(text: str, meta: ArticleMeta) -> tuple[list[Fact], dt.date | None]:
    """Facts of one text, and the publication date inferred from them when none was given.

    Never raises on a `str`: a text that makes a pattern time out gives no facts and a logged warning.
    """
    try:
        facts = extract_facts(text, meta)
    except TimeoutError:
        log.warning(
            "%s: text too pathological to search in time; no facts taken from it", meta.article or "text"
        )
        return [], None
    except regex.error:  # pragma: no cover - patterns are fixed at import; kept as a last guard
        log.exception("%s: pattern error", meta.article or "text")
        return [], None
    if meta.published is not None or not facts:
        return facts, None
    inferred = infer_published(facts)
    if inferred is None:
        return facts, None
    return [dataclasses.replace(f, published=inferred, published_inferred=True) for f in facts], inferred
