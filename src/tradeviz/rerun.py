"""A re-run after a few files changed, in proportion to them: the last load's snapshot reused file by file.

The load snapshot keeps each article's file (path as walked, size, mtime_ns) and how many rows of its frame
are the article's facts (`snapshot.Files`). A load of the same paths under the same rules whose snapshot key
differs (something changed) reads that snapshot once (`snapshot.previous`), compares the walk's stats with its
files in one vectorised step (`kept_positions`), and keeps the articles and rows of the files unchanged; only
the new or changed files are looked up in the fact cache or extracted, as in a full load, and the frame is put
together in the order a full load gives (`facts_frame`: articles in walk order, each one's facts by start).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from tradeviz.cache import FactCache
from tradeviz.frame import COLUMNS, FactRow, conform, facts_to_frame, rows_to_frame
from tradeviz.read.article import ArticleInfo
from tradeviz.snapshot import Previous, article_infos


class NotReusable(Exception):
    """The snapshot cannot be reused file by file for this load (two articles of one name): the caller does
    the usual load."""


def kept_positions(previous: Previous, texts: list[str], sizes: list[int], mtimes: list[int]) -> np.ndarray:
    """For each walked file, the row of `previous.table` holding it unchanged (same path, size and mtime_ns),
    or -1 (new, changed, or its stat failed: size -1)."""
    table = previous.table
    if not texts:
        return np.empty(0, dtype=np.int64)
    at = pd.Index(table["file"].astype(object)).get_indexer(pd.Index(texts, dtype=object))
    found = at >= 0
    rows = np.where(found, at, 0)
    same = (
        found
        & (table["size"].to_numpy(dtype=np.int64)[rows] == np.asarray(sizes, dtype=np.int64))
        & (table["mtime_ns"].to_numpy(dtype=np.int64)[rows] == np.asarray(mtimes, dtype=np.int64))
    )
    return np.where(same, at, -1).astype(np.int64)


def kept_infos(previous: Previous, rows: np.ndarray) -> tuple[ArticleInfo, ...]:
    """The articles of those rows of the previous snapshot, as it kept them."""
    return article_infos(previous.table.iloc[rows].reset_index(drop=True))


def facts_frame(
    previous: Previous,
    articles: tuple[ArticleInfo, ...],
    kept: list[int],
    fresh: dict[int, list[FactRow]],
    cache: FactCache | None,
) -> tuple[pd.DataFrame, list[int]]:
    """The facts frame of `articles` and how many rows each has. `kept[i]`: the previous snapshot's row of
    article i, or -1; `fresh[i]`: the facts just extracted for article i (else its content's facts are taken
    from the previous snapshot, or from the cache when the snapshot does not hold them)."""
    names = [info.name for info in articles]
    if len(set(names)) != len(names):
        raise NotReusable("two articles of one name")
    counts = previous.table["facts"].to_numpy(dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]]) if len(counts) else counts
    by_content: dict[str, int] | None = None
    take: list[np.ndarray] = []  # rows of the previous frame kept, article by article
    take_at: list[int] = []  # the article each kept range is of
    pieces: list[pd.DataFrame] = []  # facts of other articles
    piece_at: list[int] = []
    rows: list[FactRow] = []
    rows_at: list[int] = []
    for position, (info, row) in enumerate(zip(articles, kept, strict=True)):
        if row < 0 and position in fresh:
            rows.extend(fresh[position])
            rows_at.extend([position] * len(fresh[position]))
            continue
        if row < 0:  # a known content in a new or changed file: the previous load's rows of that content
            if by_content is None:
                hashes = map(str, previous.table["content_hash"].tolist())
                by_content = dict(zip(hashes, range(len(counts)), strict=False))
            row = by_content.get(info.content_hash, -1)
            if row < 0:
                frame = cache.facts_for({info.content_hash: [info.name]}) if cache is not None else None
                if frame is None:
                    raise NotReusable(f"the facts of {info.name} are in no table")
                pieces.append(frame)
                piece_at.append(position)
                continue
            if previous.table["name"].iat[row] != info.name:
                pieces.append(
                    previous.facts.iloc[starts[row] : starts[row] + counts[row]].assign(article=info.name)
                )
                piece_at.append(position)
                continue
        take.append(np.arange(starts[row], starts[row] + counts[row]))
        take_at.append(position)
    kept_rows = np.concatenate(take) if take else np.empty(0, dtype=np.int64)
    frames = [previous.facts.iloc[kept_rows]] if len(kept_rows) else []
    positions = [np.repeat(np.asarray(take_at, dtype=np.int64), [len(item) for item in take])]
    if rows:
        frames.append(rows_to_frame(rows))
        positions.append(np.asarray(rows_at, dtype=np.int64))
    for piece, position in zip(pieces, piece_at, strict=True):
        frames.append(piece)
        positions.append(np.full(len(piece), position, dtype=np.int64))
    frames = [frame for frame in frames if len(frame)]
    if not frames:
        return facts_to_frame([]), [0] * len(articles)
    frame = conform(pd.concat(frames, ignore_index=True)) if len(frames) > 1 else frames[0]
    at = np.concatenate(positions)
    order = np.lexsort((frame["start"].to_numpy(), at))  # stable: facts at one start in the order found
    frame = frame.iloc[order].reset_index(drop=True).loc[:, list(COLUMNS)]
    return conform(frame), np.bincount(at, minlength=len(articles)).tolist()
