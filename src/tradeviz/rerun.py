"""A re-run after a few files changed, in proportion to them: the last load's snapshot reused file by file.

The load snapshot keeps each article's file (path as walked, size, mtime_ns) and how many rows of its frame
are the article's facts (`snapshot.Files`). A load of the same paths under the same rules whose snapshot key
differs (something changed) reads that snapshot once (`snapshot.previous`), compares the walk's stats with its
files in one vectorised step (`kept_positions`), and keeps the articles and rows of the files unchanged; only
the new or changed files are looked up in the fact cache or extracted, as in a full load, and the frame is put
together in the order a full load gives (`facts_frame`: articles in walk order, each one's facts by start).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from tradeviz.cache import FactCache
from tradeviz.frame import FactRow, conform, facts_to_frame, rows_to_frame
from tradeviz.read.article import ArticleInfo
from tradeviz.snapshot import Previous, article_infos, articles_table


class NotReusable(Exception):
    """The snapshot cannot be reused file by file for this load (two articles of one name): the caller does
    the usual load."""


def kept_positions(previous: Previous, texts: list[str], sizes: list[int], mtimes: list[int]) -> np.ndarray:
    """For each walked file, the row of `previous.table` holding it unchanged (same path, size and mtime_ns),
    or -1 (new, changed, or its stat failed: size -1)."""
    table = previous.table
    if not texts or not len(table):  # nothing walked, or nothing kept before (an empty folder)
        return np.full(len(texts), -1, dtype=np.int64)
    at = pd.Index(table["file"].astype(object)).get_indexer(pd.Index(texts, dtype=object))
    found = at >= 0
    rows = np.where(found, at, 0)
    same = (
        found
        & (table["size"].to_numpy(dtype=np.int64)[rows] == np.asarray(sizes, dtype=np.int64))
        & (table["mtime_ns"].to_numpy(dtype=np.int64)[rows] == np.asarray(mtimes, dtype=np.int64))
    )
    return np.where(same, at, -1).astype(np.int64)


def kept_infos(previous: Previous, rows: np.ndarray, paths: list[Path]) -> tuple[ArticleInfo, ...]:
    """The articles of those rows of the previous snapshot, as it kept them, with the walk's `paths` (the
    same paths: a `Path` parsed again from text costs more than the rest of an article)."""
    return article_infos(previous.table.iloc[rows].reset_index(drop=True), paths)


def facts_frame(
    previous: Previous,
    articles: tuple[ArticleInfo, ...],
    kept: list[int],
    fresh: dict[int, list[FactRow]],
    cache: FactCache | None,
) -> tuple[pd.DataFrame, list[int]]:
    """The facts frame of `articles` and how many rows each has. `kept[i]`: the previous snapshot's row of
    article i, or -1; `fresh[i]`: the facts just extracted for article i (else its content's facts are taken
    from the previous snapshot, or from the cache when the snapshot does not hold them).

    The previous frame's rows of the kept articles and the few others' rows are put in order (articles in
    order, each one's facts by start, stably) and taken in one step."""
    names = [info.name for info in articles]
    if len(set(names)) != len(names):
        raise NotReusable("two articles of one name")
    counts = previous.table["facts"].to_numpy(dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64) if len(counts) else counts
    kept_at = np.asarray(kept, dtype=np.int64)
    now_at = np.full(len(counts), -1, dtype=np.int64)  # each previous article's position now, or -1
    now_at[kept_at[kept_at >= 0]] = np.flatnonzero(kept_at >= 0)
    row_at = np.repeat(now_at, counts)  # each previous row's article now, or -1
    kept_rows = np.flatnonzero(row_at >= 0)
    extra, extra_at = _others(previous, articles, kept_at, fresh, cache, counts, starts)
    at = np.concatenate([row_at[kept_rows], extra_at]).astype(np.int64)
    if not len(at):
        return facts_to_frame([]), [0] * len(articles)
    frame = pd.concat([previous.facts, extra], ignore_index=True) if len(extra) else previous.facts
    taken = np.concatenate([kept_rows, len(previous.facts) + np.arange(len(extra))])
    order = np.lexsort((frame["start"].to_numpy()[taken], at))  # stable: facts at one start as found
    frame = frame.take(taken[order]).reset_index(drop=True)
    return frame, np.bincount(at, minlength=len(articles)).tolist()


def _others(
    previous: Previous,
    articles: tuple[ArticleInfo, ...],
    kept_at: np.ndarray,
    fresh: dict[int, list[FactRow]],
    cache: FactCache | None,
    counts: np.ndarray,
    starts: np.ndarray,
) -> tuple[pd.DataFrame, np.ndarray]:
    """The facts of the articles not kept, in one frame, and each row's article: extracted just now, else
    its content's rows in the previous frame (named after the file it is in now), else the cache's."""
    by_content: dict[str, int] | None = None
    rows: list[FactRow] = []
    rows_at: list[int] = []
    again: list[np.ndarray] = []  # rows of the previous frame, of a content now in another file
    again_names: list[str] = []
    again_at: list[int] = []
    cached: list[pd.DataFrame] = []
    cached_at: list[int] = []
    for position in np.flatnonzero(kept_at < 0).tolist():
        info = articles[position]
        if position in fresh:
            rows.extend(fresh[position])
            rows_at.extend([position] * len(fresh[position]))
            continue
        if by_content is None:
            hashes = map(str, previous.table["content_hash"].tolist())
            by_content = dict(zip(hashes, range(len(counts)), strict=False))
        row = by_content.get(info.content_hash, -1)
        if row >= 0:
            again.append(np.arange(starts[row], starts[row] + counts[row]))
            again_names.extend([info.name] * int(counts[row]))
            again_at.extend([position] * int(counts[row]))
        elif cache is not None:
            cached.append(cache.facts_for({info.content_hash: [info.name]}))
            cached_at.extend([position] * len(cached[-1]))
        else:
            raise NotReusable(f"the facts of {info.name} are in no table")
    frames = [rows_to_frame(rows)] if rows else []
    if again:
        taken = previous.facts.take(np.concatenate(again))
        frames.append(taken.assign(article=pd.Series(again_names, index=taken.index, dtype="string")))
    frames.extend(frame for frame in cached if len(frame))
    at = np.asarray([*rows_at, *again_at, *cached_at], dtype=np.int64)
    if not frames:
        return facts_to_frame([]), at
    return conform(pd.concat(frames, ignore_index=True)) if len(frames) > 1 else frames[0], at


def table_of(previous: Previous, articles: tuple[ArticleInfo, ...], kept: list[int]) -> pd.DataFrame:
    """`snapshot.articles_table(articles)`, the kept articles' rows taken from the previous snapshot's."""
    kept_at = np.asarray(kept, dtype=np.int64)
    others = np.flatnonzero(kept_at < 0)
    new = articles_table([articles[position] for position in others.tolist()])
    old = previous.table.iloc[kept_at[kept_at >= 0]].loc[:, list(new.columns)]
    if not len(new) or not len(old):  # (an empty table read back has no text dtypes to convert to)
        return old.reset_index(drop=True) if len(old) else new
    table = pd.concat([old, new.astype(old.dtypes.to_dict())], ignore_index=True)
    return table.take(np.argsort(np.concatenate([np.flatnonzero(kept_at >= 0), others]), kind="stable"))
