"""The last load's result kept whole, so that loading an unchanged corpus again is one look at its folders.

Even with every file's facts in the fact cache, a load of 50,000 unchanged files looks each one up (a
stat, a manifest entry, a metadata record, then the facts gathered and put in order): most of two seconds.
The snapshot keeps the finished facts frame, the articles and the skipped files next to the fact cache,
under a key made of the extraction rules, the paths asked for and the deep signature of what is under them
(`files.tree_signature`: every file's size and modification time, a tenth of the cost). The key is taken
before the files are read, so a file changed during a load makes the next key differ. Any doubt (another
key, a damaged or half-replaced snapshot) means the usual load, never a stale answer.
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


def key_of(paths: Sequence[str | os.PathLike[str]], rules: str) -> str:
    """What a load of `paths` depends on: the extraction rules (`cache.extractor_version`), the paths, and
    every file's size and modification time under them."""
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
        articles = pd.read_parquet(directory / f"{_PREFIX}{token}-articles.parquet")
        skipped = tuple(Skipped(Path(str(path)), str(reason)) for path, reason in index["skipped"])
        if (len(facts), len(articles)) != (index["facts"], index["articles"]):
            raise ValueError(
                f"{len(facts):,} facts and {len(articles):,} articles, where it kept "
                f"{index['facts']:,} and {index['articles']:,}"
            )
        return Loaded(facts, _article_infos(articles), skipped)
    except Exception as error:  # damaged (any way at all): the usual load will replace it
        log.warning("load snapshot in %s damaged (%s); reading the corpus", directory, error)
        return None


def save(directory: Path, key: str, loaded: Loaded) -> None:
    """Keep `loaded` under `key`, replacing the snapshot before it. The tables are written under a new
    name first and the index naming them last, so a reader sees the old snapshot or the new, never half."""
    try:
        _save(directory, key, loaded)
    except OSError as error:  # a snapshot that cannot be kept costs time on the next run, nothing else
        log.warning("cannot keep the load snapshot in %s (%s)", directory, error.strerror or error)


def _save(directory: Path, key: str, loaded: Loaded) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    token = secrets.token_hex(8)
    articles = pd.DataFrame(
        {
            name: [
                None if info.path is None else str(info.path) if name == "path" else getattr(info, name)
                for info in loaded.articles
            ]
            for name in _ARTICLE_COLUMNS
        }
    )
    articles["published"] = pd.to_datetime(articles["published"])
    write_parquet_atomically(directory / f"{_PREFIX}{token}-facts.parquet", loaded.facts)
    write_parquet_atomically(directory / f"{_PREFIX}{token}-articles.parquet", articles)
    index = {
        "key": key,
        "token": token,
        "skipped": [[str(item.path), item.reason] for item in loaded.skipped],
        "facts": len(loaded.facts),
        "articles": len(articles),
    }
    write_text_atomically(directory / _INDEX, json.dumps(index))  # \u escapes: any path, even not UTF-8
    for old in directory.glob(f"{_PREFIX}*.parquet"):
        if not old.name.startswith(f"{_PREFIX}{token}-"):
            old.unlink(missing_ok=True)


def _article_infos(table: pd.DataFrame) -> tuple[ArticleInfo, ...]:
    columns = [
        column_dates(table[name]) if name == "published" else column_values(table[name])
        for name in _ARTICLE_COLUMNS
    ]
    return tuple(
        ArticleInfo(
            name=str(name),
            path=None if path is None else Path(str(path)),
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
