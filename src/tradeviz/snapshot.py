"""The last load's result kept whole, so that loading an unchanged corpus again is one look at its folders.

Even with every file's facts in the fact cache, a load of 50,000 unchanged files looks each one up (a
stat, a manifest entry, a metadata record, then the facts gathered and put in order): most of two seconds.
The snapshot keeps the finished facts frame, the articles and the skipped files next to the fact cache,
under a key made of the extraction rules, the paths asked for and the deep signature of what is under them
(`files.tree_signature`: every file's size and modification time, a tenth of the cost). The key is taken
before the files are read, so a file changed during a load makes the next key differ. Any doubt (another
key, a damaged or half-replaced snapshot) means the usual load, never a stale answer.

With the articles it keeps each one's file (its path as the walk gave it, size, modification time) and how
many of the frame's rows are its facts: a load of the same paths under the same rules whose key differs reads
this snapshot (`previous`) and keeps the rows and articles of the files unchanged since (`rerun`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import secrets
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from tradeviz.cache_files import (
    column_dates,
    column_values,
    optional_text,
    write_parquet_atomically,
    write_text_atomically,
)
from tradeviz.files import tree_signature
from tradeviz.frame import conform
from tradeviz.read.article import ArticleInfo, Skipped

log = logging.getLogger(__name__)

_INDEX = "snapshot.json"
_PREFIX = "snapshot-"
_ARTICLE_COLUMNS = tuple(field.name for field in dataclasses.fields(ArticleInfo))  # kept in this order


class Loaded(NamedTuple):
    """What a load produced (`pipeline.Corpus`'s fields)."""

    facts: pd.DataFrame
    articles: tuple[ArticleInfo, ...]
    skipped: tuple[Skipped, ...]


class Files(NamedTuple):
    """Each article's file, in the articles' order: its path as the walk gave it, size and mtime_ns, and how
    many rows of the facts frame (in a row, in the articles' order) are its facts."""

    texts: list[str]
    sizes: list[int]
    mtimes: list[int]
    facts: list[int]


class Previous(NamedTuple):
    """The snapshot of an earlier load of the same paths under the same rules: its frame and its articles
    table (the fields of `ArticleInfo` and the columns of `Files`)."""

    facts: pd.DataFrame
    table: pd.DataFrame


FILE_COLUMNS = ("file", "size", "mtime_ns", "facts")


def origin_of(paths: Sequence[str | os.PathLike[str]], rules: str) -> list[object]:
    """What a load must share with an earlier one for its snapshot to be reused file by file: the rules,
    the paths as given and as absolute paths (the articles' paths are the walk's, relative or not)."""
    texts = [os.fspath(path) for path in paths]
    return [rules, [[text, os.path.abspath(text)] for text in texts]]


def key_of(paths: Sequence[str | os.PathLike[str]], rules: str) -> str:
    """What a load of `paths` depends on: the extraction rules (`cache_version.extractor_version`), the
    paths, and every file's size and modification time under them."""
    digest = hashlib.sha256(rules.encode())
    for path in paths:
        digest.update(
            f"\0{os.path.abspath(path)}\0{tree_signature(Path(path), deep=True)}".encode(
                "utf-8", "surrogateescape"
            )
        )
    return digest.hexdigest()


def load(directory: Path, key: str) -> Loaded | None:
    """The load kept under `key` in `directory`, or None when there is none, or it cannot be read, or its
    tables disagree with the counts its index saved (then with a warning: the usual load replaces it)."""
    try:
        index = json.loads((directory / _INDEX).read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError):
        return None
    except Exception as error:
        log.warning("load snapshot in %s unreadable (%s); reading the corpus", directory, error)
        return None
    if not isinstance(index, dict):
        log.warning("load snapshot in %s damaged (not a JSON object); reading the corpus", directory)
        return None
    if index.get("key") != key:
        return None
    try:
        token = str(index["token"])
        facts = conform(pd.read_parquet(directory / f"{_PREFIX}{token}-facts.parquet"))
        articles = pd.read_parquet(  # its files are for `previous`
            directory / f"{_PREFIX}{token}-articles.parquet", columns=list(_ARTICLE_COLUMNS)
        )
        skipped = tuple(Skipped(Path(str(path)), str(reason)) for path, reason in index["skipped"])
        if (len(facts), len(articles)) != (index["facts"], index["articles"]):
            raise ValueError(
                f"{len(facts):,} facts and {len(articles):,} articles, where it kept "
                f"{index['facts']:,} and {index['articles']:,}"
            )
        return Loaded(facts, article_infos(articles), skipped)
    except Exception as error:  # damaged (any way at all): the usual load will replace it
        log.warning("load snapshot in %s damaged (%s); reading the corpus", directory, error)
        return None


def previous(directory: Path, key: str, origin: list[object]) -> Previous | None:
    """The snapshot kept for another key by a load of the same `origin` (`origin_of`), with its files; None
    when there is none, it is of this key (then `load` found it damaged), or anything about it is in doubt:
    its counts, its files' columns, or its rows not those of its articles, in their order."""
    try:
        index = json.loads((directory / _INDEX).read_text(encoding="utf-8"))
        if not isinstance(index, dict) or index.get("key") == key or index.get("origin") != origin:
            return None
        token = str(index["token"])
        facts = conform(pd.read_parquet(directory / f"{_PREFIX}{token}-facts.parquet"))
        table = pd.read_parquet(directory / f"{_PREFIX}{token}-articles.parquet")
        if (len(facts), len(table)) != (index["facts"], index["articles"]):
            raise ValueError("counts differ from the index")
        missing = {*_ARTICLE_COLUMNS, *FILE_COLUMNS} - set(table.columns)
        if missing:
            return None  # kept without its files (two articles of one name)
        counts = table["facts"].to_numpy()
        if counts.sum() != len(facts) or not table["file"].is_unique or not table["name"].is_unique:
            raise ValueError("its files disagree with its rows")
        names = facts["article"].astype(object).to_numpy()
        if not (names == table["name"].to_numpy(dtype=object).repeat(counts)).all():
            raise ValueError("its rows are not those of its articles")
        return Previous(facts, table)
    except Exception as error:  # any doubt: the usual load
        log.info("load snapshot in %s not reusable file by file (%s)", directory, error)
        return None


def save(
    directory: Path,
    key: str,
    loaded: Loaded,
    files: Files | None = None,
    origin: list[object] | None = None,
    table: pd.DataFrame | None = None,
) -> None:
    """Keep `loaded` under `key`, replacing the snapshot before it. The tables are written under a new
    name first and the index naming them last, so a reader sees the old snapshot or the new, never half.
    `files` (each article's file) and `origin` (`origin_of`) let a later load reuse it file by file;
    `table`: `articles_table` of the articles, if the caller has it already."""
    try:
        _save(directory, key, loaded, files, origin, table)
    except OSError as error:  # a snapshot that cannot be kept costs time on the next run, nothing else
        log.warning("cannot keep the load snapshot in %s (%s)", directory, error.strerror or error)


def articles_table(articles: Sequence[ArticleInfo]) -> pd.DataFrame:
    """The articles as the snapshot keeps them (`ArticleInfo`'s fields, in order)."""
    table = pd.DataFrame(
        {
            name: [
                None if info.path is None else str(info.path) if name == "path" else getattr(info, name)
                for info in articles
            ]
            for name in _ARTICLE_COLUMNS
        }
    )
    table["published"] = pd.to_datetime(table["published"])
    return table


def _save(
    directory: Path,
    key: str,
    loaded: Loaded,
    files: Files | None,
    origin: list[object] | None,
    table: pd.DataFrame | None,
) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    token = secrets.token_hex(8)
    articles = articles_table(loaded.articles) if table is None else table.reset_index(drop=True)
    if files is not None and origin is not None:
        articles["file"] = files.texts
        for name, values in zip(FILE_COLUMNS[1:], files[1:], strict=True):
            articles[name] = pd.Series(values, dtype="int64")
    write_parquet_atomically(directory / f"{_PREFIX}{token}-facts.parquet", loaded.facts)
    write_parquet_atomically(directory / f"{_PREFIX}{token}-articles.parquet", articles)
    index = {
        "key": key,
        "token": token,
        "skipped": [[str(item.path), item.reason] for item in loaded.skipped],
        "facts": len(loaded.facts),
        "articles": len(articles),
        "origin": origin if files is not None else None,
    }
    write_text_atomically(directory / _INDEX, json.dumps(index))  # \u escapes: any path, even not UTF-8
    for old in directory.glob(f"{_PREFIX}*.parquet"):
        if not old.name.startswith(f"{_PREFIX}{token}-"):
            old.unlink(missing_ok=True)


def article_infos(table: pd.DataFrame, paths: Sequence[Path] | None = None) -> tuple[ArticleInfo, ...]:
    """The table's articles; `paths`: their paths, if known (else read from the table)."""
    columns: list[Sequence[object]] = [
        column_dates(table[name]) if name == "published" else column_values(table[name])
        for name in _ARTICLE_COLUMNS
    ]
    if paths is not None:
        columns[_ARTICLE_COLUMNS.index("path")] = list(paths)
    return tuple(
        ArticleInfo(
            name=str(name),
            path=path if path is None or isinstance(path, Path) else Path(str(path)),
            content_hash=str(content_hash),
            text_hash=str(text_hash),
            source=optional_text(source),
            url=optional_text(url),
            title=optional_text(title),
            published=published,
            published_inferred=bool(published_inferred),
            lang=optional_text(lang),
        )
        for (
            name,
            path,
            content_hash,
            text_hash,
            source,
            url,
            title,
            published,
            published_inferred,
            lang,
        ) in (zip(*columns, strict=True))
    )
