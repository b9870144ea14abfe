"""Articles in, facts frame out: reading, extraction and the frame put together for the CLI and the app.

Files are streamed: each is read, hashed and extracted, and only its metadata and facts are kept, so a corpus
of tens of thousands of articles never sits in memory as text. With a cache, a file whose size and mtime are
unchanged is not read at all; with `jobs > 1`, extraction runs in that many processes.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import datetime as dt
import hashlib
import logging
import math
import os
import sys
import traceback
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import numpy as np
import pandas as pd
from tqdm import tqdm

from tradeviz import snapshot
from tradeviz.cache import CacheDamaged, FactCache, extractor_version
from tradeviz.errors import ReadError
from tradeviz.frame import COLUMNS, Fact, FactRow, fact_row, facts_to_frame, rows_to_frame
from tradeviz.read import (
    Article,
    ArticleInfo,
    Skipped,
    article_from_bytes,
    article_from_text,
    iter_file_paths,
    read_file_bytes,
)
from tradeviz.read.metadata import detect_lang

log = logging.getLogger(__name__)

_CHUNK = 32  # files per task sent to a worker process
# Fewer files than this to extract are extracted in this process whatever `jobs` says: starting workers
# costs tenths of a second, and each adds the memory of a process that has loaded a large cache. From a
# hundred files on the workers win (a 1 %-changed re-run of 50,000 files, 500 files: 3.7 s with two
# workers, 4.3 s in this process; 820 MB against 520 MB for the process tree).
_IN_PROCESS_BELOW = 100


@dataclasses.dataclass(frozen=True)
class Corpus:
    """Everything one load produced: the facts, every article read (facts or not), and what was skipped."""

    facts: pd.DataFrame
    articles: tuple[ArticleInfo, ...]
    skipped: tuple[Skipped, ...]

    def article(self, name: str) -> ArticleInfo | None:
        """The article of that file name (the first, if two folders hold the same name)."""
        return next((info for info in self.articles if info.name == name), None)

    def article_text(self, name: str) -> str:
        """The body text of an article (what the facts' offsets refer to), read again from its file."""
        info = self.article(name)
        if info is None or info.path is None:
            raise ReadError(f"no article named {name} in this corpus")
        return article_from_bytes(info.path, read_file_bytes(info.path)).text


def text_hash(text: str) -> str:
    """Identity of an article's body text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def extract_article(article: Article) -> tuple[list[Fact], Article]:
    """Facts of one article, and the article with its publication date inferred when it had none."""
    from tradeviz.extract import ArticleMeta, extract_with_inferred_date  # compiled only when extracting

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


def _process(path: Path) -> _Outcome:
    """Read, hash and extract one file. Whatever goes wrong with one file (a ReadError, an OSError, or a
    bug met on its content) makes it Skipped with a one-line reason: the other files are still read."""
    try:
        stat = path.stat()
        data = read_file_bytes(path)
        content_hash = hashlib.sha256(data).hexdigest()
        article = article_from_bytes(path, data)
    except ReadError as error:
        return Skipped(path, str(error))
    except OSError as error:
        return Skipped(path, f"cannot read {path.name}: {error.strerror or error}")
    except Exception as error:  # isolation: one file never stops the rest
        return _failed(path, f"cannot read {path.name}", error)
    if content_hash in _CACHED_HASHES:
        return _info(article, content_hash), None, stat
    try:
        facts, article = extract_article(article)
        rows = [row for row in map(_finite, map(fact_row, facts)) if row is not None]
        return _info(article, content_hash), rows, stat
    except Exception as error:  # isolation, as above
        return _failed(path, "cannot extract facts", error)


def _process_chunk(paths: list[Path]) -> list[_Outcome]:
    return [_process(path) for path in paths]


def _chunks(paths: Iterable[Path], size: int) -> Iterator[list[Path]]:
    chunk: list[Path] = []
    for path in paths:
        chunk.append(path)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _outcomes(paths: list[Path], jobs: int, cached: frozenset[str]) -> Iterator[_Outcome]:
    """Each file's outcome, in the order given; in worker processes when jobs > 1."""
    if paths:
        import tradeviz.extract  # noqa: F401  # its patterns compiled once, here, before the workers fork
    if jobs <= 1 or len(paths) < _IN_PROCESS_BELOW:
        _init_worker(cached)
        yield from (_process(path) for path in paths)
        return
    with concurrent.futures.ProcessPoolExecutor(
        max_workers=jobs, initializer=_init_worker, initargs=(cached,)
    ) as pool:
        for chunk in pool.map(_process_chunk, _chunks(paths, _CHUNK)):
            yield from chunk


def load_corpus(
    paths: Sequence[str | os.PathLike[str]],
    *,
    progress: bool = False,
    jobs: int = 1,
    cache_dir: str | os.PathLike[str] | None = None,
) -> Corpus:
    """Read every article under `paths` (files or folders) and extract their facts; bad files are skipped.

    `jobs`: worker processes (0 means one per core). `cache_dir`: where to keep facts between runs.
    """
    jobs = (os.cpu_count() or 1) if jobs == 0 else jobs
    snapshot_key = None
    if cache_dir is not None:
        snapshot_key = snapshot.key_of(paths, extractor_version())
        kept = snapshot.load(Path(cache_dir), snapshot_key)
        if kept is not None:
            return Corpus(*kept)
    try:
        return _load(paths, progress, jobs, cache_dir, snapshot_key, fresh=False)
    except CacheDamaged as error:  # found only once the facts were wanted: the articles are read again
        log.warning("%s; reading every article again", error)
        return _load(paths, progress, jobs, cache_dir, snapshot_key, fresh=True)


def _load(
    paths: Sequence[str | os.PathLike[str]],
    progress: bool,
    jobs: int,
    cache_dir: str | os.PathLike[str] | None,
    snapshot_key: str | None,
    *,
    fresh: bool,
) -> Corpus:
    cache = FactCache(cache_dir, fresh=fresh) if cache_dir is not None else None
    skipped: list[Skipped] = []
    files: list[Path] = []
    texts: list[str] = []  # each file's path as text: what a re-run stats and looks up
    for item in iter_file_paths(paths):
        if isinstance(item, Skipped):
            skipped.append(item)
        else:
            files.append(item[0])
            texts.append(item[1])

    # By position in `files`, not in a dict keyed by path: hashing 50,000 paths costs a tenth of a second.
    infos: list[ArticleInfo | None] = [
        _cached_info(cache, path, text) if cache is not None else None
        for path, text in zip(files, texts, strict=True)
    ]
    to_read = [position for position, info in enumerate(infos) if info is None]

    new_facts: list[FactRow] = []
    outcomes: Iterable[_Outcome] = _outcomes(
        [files[position] for position in to_read], jobs, frozenset(cache.articles) if cache else frozenset()
    )
    if progress:
        outcomes = tqdm(
            outcomes,
            total=len(to_read),
            desc="extracting",
            unit=" files",
            file=sys.stderr,
            disable=not sys.stderr.isatty(),
        )
    for position, outcome in zip(to_read, outcomes, strict=True):
        if isinstance(outcome, Skipped):
            skipped.append(outcome)
            continue
        info, facts, stat = outcome
        infos[position] = info
        if cache is not None:
            if facts is not None:
                cache.add(info, facts)
            cache.remember(info.path, stat, info.content_hash)  # type: ignore[arg-type]
        if facts is not None and cache is None:
            new_facts.extend(facts)
    if cache is not None:
        cache.forget_missing([Path(path) for path in paths if Path(path).is_dir()], len(files))
        cache.save()

    articles = tuple(info for info in infos if info is not None)
    frame = _facts_frame(articles, new_facts, cache)
    skipped.sort(key=lambda item: str(item.path))
    corpus = Corpus(frame, articles, tuple(skipped))
    if cache_dir is not None and snapshot_key is not None:
        snapshot.save(Path(cache_dir), snapshot_key, snapshot.Loaded(frame, articles, corpus.skipped))
    return corpus


def _cached_info(cache: FactCache, path: Path, text: str) -> ArticleInfo | None:
    try:
        stat = os.stat(text)
    except OSError:
        return None
    content_hash = cache.hash_for(text, stat)
    return cache.info(content_hash, path) if content_hash else None


def _facts_frame(
    articles: tuple[ArticleInfo, ...], new_facts: list[FactRow], cache: FactCache | None
) -> pd.DataFrame:
    """The corpus's facts in article order, then text order."""
    if cache is None:
        frame = rows_to_frame(new_facts)
    else:
        names_by_hash: dict[str, list[str]] = {}
        for info in articles:
            names_by_hash.setdefault(info.content_hash, []).append(info.name)
        frame = cache.facts_for(names_by_hash)
    if frame.empty:
        return facts_to_frame([])
    order = {info.name: position for position, info in enumerate(articles)}
    positions = np.array([order.get(name, len(order)) for name in frame["article"].tolist()])
    starts = frame["start"].to_numpy()
    in_order = bool(
        np.all(
            (positions[1:] > positions[:-1])
            | ((positions[1:] == positions[:-1]) & (starts[1:] >= starts[:-1]))
        )
    )
    if not in_order:  # the cache keeps the order of the last load: a re-run of the same corpus skips this
        frame = frame.iloc[np.lexsort((starts, positions))]
    return frame.reset_index(drop=True).loc[:, list(COLUMNS)]


def extract_text(text: str, *, published: dt.date | None = None, source: str | None = None) -> pd.DataFrame:
    """The facts frame of one article given as text (front matter honoured; arguments win over it).

    Any `str` is accepted: text with no article in it (empty, blank) gives an empty frame.
    """
    try:
        article = article_from_text(text, name="text", source=source, published=published)
    except ReadError:
        return facts_to_frame([])
    facts, _ = extract_article(article)
    return facts_to_frame(facts)


def extract_paths(paths: Sequence[str | os.PathLike[str]], *, jobs: int = 1) -> pd.DataFrame:
    """The facts frame of every article under `paths`."""
    return load_corpus(paths, jobs=jobs).facts
