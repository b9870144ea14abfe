"""Articles in, facts frame out: reading, extraction and the frame put together for the CLI and the app."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from tradeviz.extract import ArticleMeta, extract_with_inferred_date
from tradeviz.frame import Fact, facts_to_frame
from tradeviz.read import Article, Skipped, article_from_text, read_articles
from tradeviz.read.metadata import detect_lang


@dataclasses.dataclass(frozen=True)
class Corpus:
    """Everything one load produced: the facts, every article read (facts or not), and what was skipped."""

    facts: pd.DataFrame
    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...]


def extract_article(article: Article) -> tuple[list[Fact], Article]:
    """Facts of one article, and the article with its publication date inferred when it had none."""
    meta = ArticleMeta(
        article=article.name,
        source=article.source,
        url=article.url,
        title=article.title,
        published=article.published,
        published_inferred=article.published_inferred,
        lang=article.lang or detect_lang(article.text),
    )
    facts, inferred = extract_with_inferred_date(article.text, meta)
    if inferred is not None:
        article = dataclasses.replace(article, published=inferred, published_inferred=True)
    return facts, article


def load_corpus(paths: Sequence[str | Path], *, progress: bool = False) -> Corpus:
    """Read every article under `paths` (files or folders) and extract their facts; bad files are skipped."""
    facts: list[Fact] = []
    articles: list[Article] = []
    skipped: list[Skipped] = []
    items: Iterable[Article | Skipped] = read_articles([Path(p) for p in paths])
    if progress:
        items = tqdm(items, desc="articles", unit=" files", disable=not sys.stderr.isatty(), file=sys.stderr)
    for item in items:
        if isinstance(item, Skipped):
            skipped.append(item)
            continue
        article_facts, article = extract_article(item)
        facts.extend(article_facts)
        articles.append(article)
    return Corpus(facts_to_frame(facts), tuple(articles), tuple(skipped))


def extract_text(text: str, *, published: dt.date | None = None, source: str | None = None) -> pd.DataFrame:
    """The facts frame of one article given as text (front matter honoured; arguments win over it)."""
    article = article_from_text(text, name="text", source=source, published=published)
    facts, _ = extract_article(article)
    return facts_to_frame(facts)


def extract_paths(paths: Sequence[str | Path]) -> pd.DataFrame:
    """The facts frame of every article under `paths`."""
    return load_corpus(paths).facts
