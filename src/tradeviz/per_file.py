"""One file in, its article's metadata and fact rows out: reading, hashing and extracting it, whatever goes
wrong with it kept to it. No pandas here: the frame is built by `pipeline` from the rows, and a small
`tradeviz extract` writes the rows without one (`tradeviz.rows`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
import os
import traceback
from collections.abc import Callable
from pathlib import Path

from tradeviz.errors import ReadError
from tradeviz.frame import COLUMNS, Fact, FactRow, fact_row
from tradeviz.read import (
    Article,
    ArticleInfo,
    Skipped,
    article_from_bytes,
    read_file_bytes,
    with_inferred_metadata,
)
from tradeviz.read.metadata import detect_lang


def text_hash(text: str) -> str:
    """Identity of an article's body text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def extract_article(article: Article) -> tuple[list[Fact], Article]:
    """Facts of one article, and the article with its publication date inferred when it had none.

    An article no fact can come of (`extract.may_hold_facts`: most of a news feed) comes back as given: read
    with `infer=False` (as `process` reads), it keeps only the metadata it states, since inferring the rest
    costs more than the gate (`pipeline.Corpus.article_details` infers it when asked). Any other article
    gets its metadata inferred (`read.with_inferred_metadata`) before its facts are read."""
    from tradeviz.extract import ArticleMeta, extract_with_inferred_date, may_hold_facts  # compiled here

    if not may_hold_facts(article.text):
        return [], article
    article = with_inferred_metadata(article)
    meta = ArticleMeta(
        article=article.name,
        source=article.source,
        url=article.url,
        title=article.title,
        published=article.published,
        published_inferred=article.published_inferred,
        lang=article.lang or detect_lang(article.text),  # set by with_inferred_metadata: kept for mypy
    )
    facts, inferred = extract_with_inferred_date(article.text, meta)
    if inferred is not None:
        article = dataclasses.replace(article, published=inferred, published_inferred=True)
    return facts, article


def _as_extracted(article: Article) -> Article:
    """The article's metadata as `extract_article` leaves it, without extracting: inferred if a fact may
    come of the article."""
    from tradeviz.extract import may_hold_facts

    return with_inferred_metadata(article) if may_hold_facts(article.text) else article


def _info(article: Article, content_hash: str) -> ArticleInfo:
    return ArticleInfo(
        name=article.name,
        path=article.path,
        content_hash=content_hash,
        text_hash=text_hash(article.text),
        source=article.source,
        url=article.url,
        title=article.title,
        published=article.published,
        published_inferred=article.published_inferred,
        lang=article.lang,
    )


# What one file gives: skipped, or its metadata with its facts (None: the content is already cached).
_Outcome = Skipped | tuple[ArticleInfo, list[FactRow] | None, os.stat_result]

_CACHED_HASHES: frozenset[str] = frozenset()  # set in each worker by `_init_worker`


def _init_worker(cached: frozenset[str]) -> None:
    global _CACHED_HASHES
    _CACHED_HASHES = cached


MAX_REASON_CHARS = 200
"""An unexpected failure's message is cut to this: a reason is one line, the traceback is for --debug."""


def failure_reason(what: str, error: BaseException) -> str:
    """One line for an unexpected failure: what was being done, the error's type and the start of its text.

    >>> failure_reason("cannot extract facts", ValueError("bad\\nvalue"))
    'cannot extract facts (ValueError: bad value); run with --debug for the traceback'
    """
    text = " ".join(str(error).split())
    if len(text) > MAX_REASON_CHARS:
        text = text[: MAX_REASON_CHARS - 3] + "..."
    shown = f"{type(error).__name__}: {text}" if text else type(error).__name__
    return f"{what} ({shown}); run with --debug for the traceback"


def _failed(path: Path, what: str, error: BaseException) -> Skipped:
    return Skipped(path, failure_reason(what, error), detail=traceback.format_exc())


_FIGURE = frozenset(COLUMNS.index(name) for name in ("value", "amount", "amount_high"))
"""Positions in a FactRow of the figure itself: not finite there, the fact is no fact."""


def _finite(row: FactRow) -> FactRow | None:
    """The fact with NaN or infinity nowhere (an optional number such as a growth rate becomes missing);
    None when the figure itself is not finite. Never in any output, whatever the extractor produced."""
    if all(not isinstance(value, float) or math.isfinite(value) for value in row):
        return row
    if any(isinstance(row[at], float) and not math.isfinite(row[at]) for at in _FIGURE):  # type: ignore[arg-type]
        return None
    return tuple(None if isinstance(value, float) and not math.isfinite(value) else value for value in row)


def process(
    path: Path,
    extract: Callable[[Article], tuple[list[Fact], Article]] | None = None,
    read: Callable[[Path], bytes] | None = None,
) -> _Outcome:
    """Read, hash and extract one file. Whatever goes wrong with one file (a ReadError, an OSError, or a
    bug met on its content) makes it Skipped with a one-line reason: the other files are still read.
    `extract` and `read` default to this module's `extract_article` and `read_file_bytes`, looked up on
    each call (`pipeline` passes its own names: tests replace either module's)."""
    extract = extract or extract_article
    try:
        stat = path.stat()
        data = (read or read_file_bytes)(path)
        content_hash = hashlib.sha256(data).hexdigest()
        article = article_from_bytes(path, data, infer=False)  # the rest once a fact may come of it
    except ReadError as error:
        return Skipped(path, str(error))
    except OSError as error:
        return Skipped(path, f"cannot read {path.name}: {error.strerror or error}")
    except Exception as error:  # isolation: one file never stops the rest
        return _failed(path, f"cannot read {path.name}", error)
    if (
        content_hash in _CACHED_HASHES
    ):  # known content under another path: its metadata as extracting leaves it
        return _info(_as_extracted(article), content_hash), None, stat
    try:
        facts, article = extract(article)
        rows = [row for row in map(_finite, map(fact_row, facts)) if row is not None]
        return _info(article, content_hash), rows, stat
    except Exception as error:  # isolation, as above
        return _failed(path, "cannot extract facts", error)
