"""Articles in, facts frame out: reading, extraction and the frame put together for the CLI and the app.

Files are streamed: each is read, hashed and extracted, and only its metadata and facts are kept, so a corpus
of tens of thousands of articles never sits in memory as text. With a cache, a file whose size and mtime are
unchanged is not read at all; with `jobs > 1`, extraction runs in that many processes.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import datetime as dt
import functools
import logging
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import numpy as np
import pandas as pd
from tqdm import tqdm

from tradeviz import rerun, snapshot
from tradeviz.cache import CacheDamaged, FactCache
from tradeviz.cache_version import extractor_version
from tradeviz.errors import ReadError
from tradeviz.frame import COLUMNS, FactRow, facts_to_frame, rows_to_frame
from tradeviz.per_file import (  # re-exported: what reads one file is in `per_file`, free of pandas
    MAX_REASON_CHARS as MAX_REASON_CHARS,
)
from tradeviz.per_file import _finite as _finite
from tradeviz.per_file import _init_worker as _init_worker
from tradeviz.per_file import _Outcome, process
from tradeviz.per_file import extract_article as extract_article
from tradeviz.per_file import failure_reason as failure_reason
from tradeviz.per_file import text_hash as text_hash
from tradeviz.read import (
    ArticleInfo,
    Skipped,
    article_from_bytes,
    article_from_text,
    iter_file_paths,
    read_file_bytes,
    with_inferred_metadata,
)

log = logging.getLogger(__name__)

_CHUNK = 32  # files per task sent to a worker process
# Fewer files than this to extract are extracted in this process whatever `jobs` says: starting workers
# costs tenths of a second, and each adds the memory of a process that has loaded a large cache. From a
# hundred files on the workers win (a 1 %-changed re-run of 50,000 files, 500 files: 3.7 s with two
# workers, 4.3 s in this process; 820 MB against 520 MB for the process tree).
_IN_PROCESS_BELOW = 100


def _process(path: Path) -> _Outcome:
    return process(path, extract_article, read_file_bytes)  # looked up here: tests replace them


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


@dataclasses.dataclass(frozen=True)
class Corpus:
    """Everything one load produced: the facts, every article read (facts or not), and what was skipped."""

    facts: pd.DataFrame
    articles: tuple[ArticleInfo, ...]
    skipped: tuple[Skipped, ...]

    def article(self, name: str) -> ArticleInfo | None:
        """The article of that file name (the first, if two folders hold the same name)."""
        return next((info for info in self.articles if info.name == name), None)

    def article_details(self, name: str) -> ArticleInfo | None:
        """The article's info with the metadata its text says filled in. An article no fact can come of
        is read without inferring its outlet, headline, date and language (`per_file.extract_article`):
        they are inferred here, from its file read again, when someone asks."""
        info = self.article(name)
        if info is None or info.path is None:
            return info
        read = with_inferred_metadata(article_from_bytes(info.path, read_file_bytes(info.path), infer=False))
        return dataclasses.replace(
            info,
            source=info.source or read.source,
            title=info.title or read.title,
            published=info.published or read.published,
            lang=info.lang or read.lang,
        )

    def article_text(self, name: str) -> str:
        """The body text of an article (what the facts' offsets refer to), read again from its file."""
        info = self.article(name)
        if info is None or info.path is None:
            raise ReadError(f"no article named {name} in this corpus")
        return article_from_bytes(info.path, read_file_bytes(info.path)).text


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
    previous = None
    origin: list[object] = []
    if cache_dir is not None:
        rules = extractor_version()
        snapshot_key, origin = snapshot.key_of(paths, rules), snapshot.origin_of(paths, rules)
        kept = snapshot.load(Path(cache_dir), snapshot_key)
        if kept is not None:
            return Corpus(*kept)
        previous = snapshot.previous(Path(cache_dir), snapshot_key, origin)
    load = functools.partial(_load, paths, progress, jobs, cache_dir, snapshot_key, origin)
    try:
        if previous is not None:
            try:
                return load(previous, fresh=False)
            except rerun.NotReusable as error:
                log.info("load snapshot not reusable file by file (%s); the usual load", error)
        return load(None, fresh=False)
    except CacheDamaged as error:  # found only once the facts were wanted: the articles are read again
        log.warning("%s; reading every article again", error)
        return load(None, fresh=True)


def _load(
    paths: Sequence[str | os.PathLike[str]],
    progress: bool,
    jobs: int,
    cache_dir: str | os.PathLike[str] | None,
    snapshot_key: str | None,
    origin: list[object],
    previous: snapshot.Previous | None,
    *,
    fresh: bool,
) -> Corpus:
    """A load through the cache, if any; with `previous`, the files unchanged since that snapshot are taken
    from it as they are (`rerun`), and only the others looked up in the cache or extracted."""
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
    stats = [_stat(text) for text in texts] if cache is not None else []
    kept = [-1] * len(files)
    infos: list[ArticleInfo | None] = [None] * len(files)
    if previous is not None:
        sizes = [-1 if stat is None else stat.st_size for stat in stats]
        rows = rerun.kept_positions(
            previous, texts, sizes, [0 if s is None else s.st_mtime_ns for s in stats]
        )
        at = np.flatnonzero(rows >= 0)
        positions = at.tolist()
        taken = rerun.kept_infos(previous, rows[at], [files[position] for position in positions])
        for position, info in zip(positions, taken, strict=True):
            infos[position] = info
        kept = rows.tolist()
    if cache is not None:
        for position, (path, text, stat) in enumerate(zip(files, texts, stats, strict=True)):
            if infos[position] is None and stat is not None:
                infos[position] = _cached_info(cache, path, text, stat)
    to_read = [position for position, info in enumerate(infos) if info is None]

    new_facts: list[FactRow] = []
    fresh_rows: dict[int, list[FactRow]] = {}  # by position: the facts extracted, for `rerun.facts_frame`
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
        if facts is None and cache is not None:  # a copy of a cached content: its metadata as extracted
            info = cache.info(info.content_hash, info.path) or info  # type: ignore[arg-type]
        infos[position] = info
        if cache is not None:
            stats[position] = stat  # what it held when read
            if facts is not None:
                cache.add(info, facts)
                fresh_rows[position] = facts
            cache.remember(info.path, stat, info.content_hash)  # type: ignore[arg-type]
        if facts is not None and cache is None:
            new_facts.extend(facts)
    if cache is not None:
        cache.forget_missing([Path(path) for path in paths if Path(path).is_dir()], len(files))
        cache.save()

    present = [position for position, info in enumerate(infos) if info is not None]
    articles = tuple(info for info in infos if info is not None)
    counts: list[int] | None
    table = None
    if previous is not None:
        frame, counts = rerun.facts_frame(
            previous,
            articles,
            [kept[position] for position in present],
            {index: fresh_rows[position] for index, position in enumerate(present) if position in fresh_rows},
            cache,
        )
        table = rerun.table_of(previous, articles, [kept[position] for position in present])
    else:
        frame = _facts_frame(articles, new_facts, cache)
        counts = _counts(frame, articles)
    skipped.sort(key=lambda item: str(item.path))
    corpus = Corpus(frame, articles, tuple(skipped))
    if cache_dir is not None and snapshot_key is not None:
        kept_files = None
        if counts is not None:
            stated = [stats[position] for position in present]
            kept_files = snapshot.Files(
                [texts[position] for position in present],
                [stat.st_size for stat in stated],  # type: ignore[union-attr]
                [stat.st_mtime_ns for stat in stated],  # type: ignore[union-attr]
                counts,
            )
        snapshot.save(
            Path(cache_dir),
            snapshot_key,
            snapshot.Loaded(frame, articles, corpus.skipped),
            kept_files,
            origin,
            table,
        )
    return corpus


def _stat(text: str) -> os.stat_result | None:
    try:
        return os.stat(text)
    except OSError:
        return None


def _cached_info(cache: FactCache, path: Path, text: str, stat: os.stat_result) -> ArticleInfo | None:
    content_hash = cache.hash_for(text, stat)
    return cache.info(content_hash, path) if content_hash else None


def _counts(frame: pd.DataFrame, articles: tuple[ArticleInfo, ...]) -> list[int] | None:
    """How many rows of `frame` each article has, when its rows are told apart by name (else None)."""
    names = [info.name for info in articles]
    if len(set(names)) != len(names):
        return None
    found = frame["article"].value_counts()
    return [int(found.get(name, 0)) for name in names]


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
