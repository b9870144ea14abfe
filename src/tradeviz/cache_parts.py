"""The fact cache's appended parts: what one re-run changed, kept beside the whole tables.

A re-run that read 500 of 50,000 files used to rewrite the three tables whole (most of half a second). It
writes a part instead: the manifest entries it changed (an entry with no content hash forgets its file),
the articles and the facts it added, three small Parquet files named by a random token. The part counts only
once `parts.json` names it, and that index is written last (to a temporary name, renamed into place): a crash
before leaves files no index names, which are ignored and removed when the tables are next rewritten. A part
named but torn or damaged is ignored with a warning (`cache.FactCache`): its files are read again.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import NamedTuple

import pandas as pd
import pyarrow.parquet

log = logging.getLogger(__name__)

INDEX = "parts.json"
PREFIX = "part-"
TABLES = ("manifest", "articles", "facts")
MOST_PARTS = 4
"""Parts read on opening before they are folded into the tables: each costs three small files read
(tens of milliseconds), so a dozen parts cost what rewriting the tables saves (benchmarks/README.md)."""
MOST_PART_ARTICLES = 2_000
"""Articles the parts may hold (or a tenth of the cache's, if more) before they are folded in."""


@dataclass(frozen=True)
class Part:
    """One part as the index names it, with the row counts its tables must have."""

    token: str
    facts: int
    articles: int
    manifest: int


class Tables(NamedTuple):
    manifest: pd.DataFrame
    articles: pd.DataFrame
    facts: Path  # read when the facts are first wanted


def path_of(directory: Path, token: str, table: str) -> Path:
    return directory / f"{PREFIX}{token}-{table}.parquet"


def listed(directory: Path, version: str) -> list[Part]:
    """The parts the index names, if it is of these rules; none if there is no index. An index that cannot
    be read is damage: raised, so that the cache is read afresh."""
    try:
        index = json.loads((directory / INDEX).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    if not isinstance(index, dict) or index.get("version") != version:
        raise ValueError(f"{INDEX} is not an index of parts of these rules")
    return [
        Part(str(p["token"]), int(p["facts"]), int(p["articles"]), int(p["manifest"])) for p in index["parts"]
    ]


def read(directory: Path, part: Part) -> Tables:
    """A part's manifest and articles, checked against the counts the index gave (its facts are checked
    against its articles by the caller)."""
    manifest = pd.read_parquet(path_of(directory, part.token, "manifest"))
    articles = pd.read_parquet(path_of(directory, part.token, "articles"))
    facts = path_of(directory, part.token, "facts")
    if (len(manifest), len(articles)) != (part.manifest, part.articles):
        raise ValueError(
            f"{len(manifest):,} manifest entries and {len(articles):,} articles, where the index names "
            f"{part.manifest:,} and {part.articles:,}"
        )
    rows = pyarrow.parquet.read_metadata(facts).num_rows
    if rows != part.facts:
        raise ValueError(f"{rows:,} facts, where the index names {part.facts:,}")
    return Tables(manifest, articles, facts)


def write(
    directory: Path, part: Part, manifest: pd.DataFrame, articles: pd.DataFrame, facts: pd.DataFrame
) -> None:
    """Write a part's three tables (each atomically); it counts once `write_index` names it."""
    from tradeviz.cache import write_parquet_atomically  # looked up there on each call: tests replace it

    for table, frame in zip(TABLES, (manifest, articles, facts), strict=True):
        write_parquet_atomically(path_of(directory, part.token, table), frame)


def write_index(directory: Path, version: str, parts: list[Part]) -> None:
    from tradeviz.cache import write_text_atomically

    index = {"version": version, "parts": [asdict(part) for part in parts]}
    write_text_atomically(directory / INDEX, json.dumps(index))


def remove_unlisted(directory: Path, parts: list[Part]) -> None:
    """Delete the part files the index does not name (folded into the tables, or left by a crash)."""
    kept = {part.token for part in parts}
    for found in directory.glob(f"{PREFIX}*.parquet"):
        token = found.name[len(PREFIX) :].split("-", 1)[0]
        if token not in kept:
            found.unlink(missing_ok=True)
