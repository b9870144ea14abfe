"""A fact cache: extraction results kept per file content, so a re-run costs only what changed.

Three Parquet tables in one folder: `manifest` (path, size, mtime -> content hash: an unchanged file is not
even read), `articles` (one row of metadata per content hash) and `facts` (the facts frame plus the content
hash). The cache is tied to the extractor's own source code: when the rules change, it starts afresh.
Writes go to temporary files renamed into place, so a crash never leaves a half-written cache.

A re-run that read a few files does not rewrite the three tables: it appends a part holding only what it
changed (`cache_parts`), and the parts are folded into the tables now and then (`_worth_compacting`).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import secrets
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd
import pyarrow.parquet

from tradeviz import cache_parts
from tradeviz.cache_files import _is_in, column_dates, column_values, optional_text
from tradeviz.cache_files import default_cache_dir as default_cache_dir  # where callers look for them
from tradeviz.cache_files import write_parquet_atomically as write_parquet_atomically
from tradeviz.cache_files import write_text_atomically as write_text_atomically
from tradeviz.cache_version import extractor_sources as extractor_sources  # re-exported
from tradeviz.cache_version import extractor_version
from tradeviz.frame import COLUMNS as FACT_COLUMNS
from tradeviz.frame import FactRow, conform, facts_to_frame, rows_to_frame
from tradeviz.read.article import ArticleInfo

log = logging.getLogger(__name__)

ARTICLE_FIELDS = ("name", "source", "url", "title", "published", "published_inferred", "lang", "text_hash")
_VERSION_FILE = "version.txt"


def file_key(path: str | os.PathLike[str]) -> str:
    """The manifest's key for a file: its absolute path (not resolved: one syscall per file saved, and a
    file reached through another link is at worst read once more and found by its content hash)."""
    return os.path.abspath(path)


class _Entry(NamedTuple):
    size: int
    mtime_ns: int
    content_hash: str


class FactCache:
    """Facts and article metadata by content hash, and which file held which content."""

    def __init__(self, directory: str | os.PathLike[str], *, fresh: bool = False) -> None:
        """The cache in `directory`; `fresh`: ignore what is there (it is replaced on `save`)."""
        self.directory = Path(directory)
        self.version = extractor_version()
        self.manifest: dict[str, _Entry] = {}
        self.articles: dict[str, tuple[Any, ...]] = {}  # content hash -> values in ARTICLE_FIELDS order
        self._facts = facts_to_frame([]).assign(content_hash=pd.Series(dtype="string"))
        self._new_facts: list[FactRow] = []  # kept as rows: one frame is built for all, not one per article
        self._new_hashes: list[str] = []
        self._facts_files: list[tuple[Path, frozenset[str] | None]] = []  # base, then parts (None: all rows)
        self._parts: list[cache_parts.Part] = []  # the parts read on top of the tables
        self._part_rows: list[FactRow] = []  # what this run adds, for the part it writes
        self._part_hashes: list[str] = []
        self._part_articles: dict[str, None] = {}  # content hashes added, in order
        self._part_paths: set[str] = set()  # manifest keys changed or forgotten
        self._compact = True  # until whole tables were read: the next save writes them whole
        self._dirty = fresh
        if not fresh:
            self._load()

    # --- reading the cache -----------------------------------------------------------------------------

    def _load(self) -> None:
        """The cache on disk, if it is whole and of these rules; anything else (another version, a damaged
        or foreign table, a table that disagrees with the counts saved beside it) is a cold cache, with a
        warning: the articles are read again, so no fact is lost or made up."""
        try:
            version = (self.directory / _VERSION_FILE).read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return
        except (OSError, ValueError) as error:  # not text, not a file, the cache path a file...
            log.warning("fact cache %s unreadable (%s); reading every article again", self.directory, error)
            return
        if version != self.version:
            log.info("fact cache %s was made by other extraction rules; starting afresh", self.directory)
            return
        try:
            self._load_tables()
        except Exception as error:  # a damaged cache is a cold cache, never a failure
            self.manifest, self.articles, self._facts_files, self._parts = {}, {}, [], []
            self._compact = True
            log.warning("fact cache %s damaged (%s); reading every article again", self.directory, error)

    def _load_tables(self) -> None:
        manifest = _checked(pd.read_parquet(self.directory / "manifest.parquet"), _MANIFEST_COLUMNS)
        articles = _checked(pd.read_parquet(self.directory / "articles.parquet"), _ARTICLE_COLUMNS)
        _check_facts(self.directory / "facts.parquet", articles)  # its rows are read when first needed
        contents: list[tuple[Path, tuple[set[str], bool]]] = [
            (self.directory / "facts.parquet", self._apply(manifest, articles))
        ]
        for part in cache_parts.listed(self.directory, self.version):
            try:
                tables = cache_parts.read(self.directory, part)
                _checked(tables.manifest, _MANIFEST_COLUMNS)
                _checked(tables.articles, _ARTICLE_COLUMNS)
                _check_facts(tables.facts, tables.articles)
            except Exception as error:  # a torn or damaged part: what it held is read again, never guessed
                log.warning("fact cache %s: part %s damaged (%s); ignored", self.directory, part.token, error)
                continue
            contents.append((tables.facts, self._apply(tables.manifest, tables.articles)))
            self._parts.append(part)
        held = {entry.content_hash for entry in self.manifest.values()}
        stale = self.articles.keys() - held
        for content_hash in stale:  # no file holds it any more: dropped from the tables when compacted
            del self.articles[content_hash]
        self._facts_files = [  # a facts table's rows all wanted (None), or only those of some contents
            (path, None if whole and not (added & stale) else frozenset(added - stale))
            for path, (added, whole) in contents
        ]
        self._compact = False

    def _apply(self, manifest: pd.DataFrame, articles: pd.DataFrame) -> tuple[set[str], bool]:
        """Take a table's (or a part's) manifest entries and its articles not already known: the content
        hashes taken (whose facts to take from its facts table), and whether they are all it holds. An entry
        with no content hash forgets its file."""
        # Built with zip over whole columns: a 50,000-article cache loads in tenths of a second.
        entries = dict(
            zip(
                map(str, manifest["path"].tolist()),
                map(
                    _Entry._make,
                    zip(
                        map(int, manifest["size"].tolist()),
                        map(int, manifest["mtime_ns"].tolist()),
                        map(str, manifest["content_hash"].tolist()),
                        strict=True,
                    ),
                ),
                strict=True,
            )
        )
        self.manifest.update(entries)
        for key in [key for key, entry in entries.items() if not entry.content_hash]:
            del self.manifest[key]
        columns = [
            column_dates(articles[field]) if field == "published" else column_values(articles[field])
            for field in ARTICLE_FIELDS
        ]
        records = dict(
            zip(map(str, articles["content_hash"].tolist()), zip(*columns, strict=True), strict=True)
        )
        added = records.keys() - self.articles.keys()  # a part folded in already, then listed again: once
        if len(added) == len(records):
            self.articles.update(records)
        else:
            self.articles.update((key, records[key]) for key in added)
        return set(added), len(added) == len(records)

    def hash_for(self, path: str | os.PathLike[str], stat: os.stat_result) -> str | None:
        """The content hash of a file seen before with the same size and modification time."""
        entry = self.manifest.get(file_key(path))
        if entry is None or entry.size != stat.st_size or entry.mtime_ns != stat.st_mtime_ns:
            return None
        return entry.content_hash if entry.content_hash in self.articles else None

    def info(self, content_hash: str, path: Path) -> ArticleInfo | None:
        """The article metadata cached for a content, named after the file it is in now."""
        record = self.articles.get(content_hash)
        if record is None:
            return None
        _name, source, url, title, published, published_inferred, lang, text_hash = record
        return ArticleInfo(
            name=path.name,
            path=path,
            content_hash=content_hash,
            text_hash=str(text_hash),
            source=optional_text(source),
            url=optional_text(url),
            title=optional_text(title),
            published=published if isinstance(published, dt.date) else None,
            published_inferred=bool(published_inferred),
            lang=optional_text(lang),
        )

    def facts_for(self, names_by_hash: dict[str, list[str]]) -> pd.DataFrame:
        """The cached facts of these contents, with `article` set to the file names they are in now."""
        cached = self._all_facts()
        if names_by_hash.keys() >= self.articles.keys():  # the usual case: the cache holds just this corpus
            wanted = cached
        else:
            wanted = cached[_is_in(cached["content_hash"], names_by_hash.keys())]
        if wanted.empty:
            return facts_to_frame([])
        first_names = {content_hash: names[0] for content_hash, names in names_by_hash.items()}
        pieces = [wanted.assign(article=wanted["content_hash"].map(first_names))]
        for content_hash, names in names_by_hash.items():  # the same text under several names: rare
            for name in names[1:]:
                pieces.append(wanted[wanted["content_hash"] == content_hash].assign(article=name))
        return conform(pd.concat(pieces, ignore_index=True) if len(pieces) > 1 else pieces[0])

    def stored_facts(self) -> pd.DataFrame:
        """Every fact the cache holds (of contents some file holds), with its content hash."""
        return self._all_facts()

    def _all_facts(self) -> pd.DataFrame:
        """Every cached fact; facts added since the last call become part of the one frame first.

        The facts on disk are read here, not on opening the cache: worker processes forked to extract new
        files would otherwise each start with a copy of the whole table in their memory map.
        """
        if self._facts_files:
            try:
                frames = [_facts_of(path, only) for path, only in self._facts_files]
            except Exception as error:  # changed or damaged since it was opened: the caller reads afresh
                raise CacheDamaged(f"fact cache {self.directory} damaged ({error})") from error
            frames = [frame for frame in frames if not frame.empty] or frames[:1]
            self._facts = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
            self._facts_files = []
        if self._new_facts:
            added = rows_to_frame(self._new_facts).assign(content_hash=self._new_hashes)
            self._facts = added if self._facts.empty else pd.concat([self._facts, added], ignore_index=True)
            self._new_facts, self._new_hashes = [], []
        return self._facts

    # --- writing it ----------------------------------------------------------------------------------------

    def remember(self, path: Path, stat: os.stat_result, content_hash: str) -> None:
        """Note which content a file holds now."""
        key = file_key(path)
        self.manifest[key] = _Entry(stat.st_size, stat.st_mtime_ns, content_hash)
        self._part_paths.add(key)
        self._dirty = True

    def add(self, info: ArticleInfo, facts: Iterable[FactRow]) -> None:
        """Keep an article's metadata and facts under its content hash."""
        self.articles[info.content_hash] = (
            info.name,
            info.source,
            info.url,
            info.title,
            info.published,
            info.published_inferred,
            info.lang,
            info.text_hash,
        )
        if info.content_hash in self._part_articles:  # the same new content in two files: its facts once
            self._dirty = True
            return
        self._part_articles[info.content_hash] = None
        for fact in facts:
            self._new_facts.append(fact)
            self._new_hashes.append(info.content_hash)
            self._part_rows.append(fact)
            self._part_hashes.append(info.content_hash)
        self._dirty = True

    def forget_missing(self, folders: Iterable[Path], found: int) -> None:
        """Forget the files under `folders` (walked just now, `found` files in all) that are gone.

        A deleted or edited file leaves its old content behind; once no file holds a content, `save` drops
        it, so the cache stays the size of what is on disk and an unchanged re-run skips the search for its
        facts. Counting the manifest's files under the folders is enough to know whether any is gone.
        """
        prefixes = tuple(os.path.join(os.path.abspath(folder), "") for folder in folders)
        if not prefixes:
            return
        under = [key for key in self.manifest if key.startswith(prefixes)]
        if len(under) <= found:
            return
        gone = [key for key in under if not os.path.exists(key)]
        for key in gone:
            del self.manifest[key]
            self._part_paths.add(key)
        self._dirty = self._dirty or bool(gone)

    def save(self) -> None:
        """Keep what changed: as a new part beside the tables, or (now and then) the tables rewritten whole
        without the contents no file holds any more. Every file is written under a temporary name and
        renamed into place, and a part counts only once the parts' index names it."""
        if not self._dirty:
            return
        try:
            self._save()
        except OSError as error:  # a cache that cannot be kept costs time on the next run, nothing else
            log.warning("cannot keep the fact cache in %s (%s)", self.directory, error.strerror or error)

    def _save(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(self.directory)
        if self._compact or self._worth_compacting():
            self._save_whole()
        else:
            self._save_part()
        self._part_rows, self._part_hashes, self._part_articles, self._part_paths = [], [], {}, set()
        self._dirty = False

    def _worth_compacting(self) -> bool:
        """Fold the parts into the tables once there are many, or they hold much: reading a part costs a
        file opened, and a content no file holds stays in the tables until they are rewritten."""
        return len(self._parts) >= cache_parts.MOST_PARTS or sum(part.articles for part in self._parts) > max(
            cache_parts.MOST_PART_ARTICLES, len(self.articles) // 10
        )

    def _save_part(self) -> None:
        manifest = pd.DataFrame(
            [
                (key, entry.size, entry.mtime_ns, entry.content_hash)
                if (entry := self.manifest.get(key)) is not None
                else (key, 0, 0, "")  # forgotten
                for key in sorted(self._part_paths)
            ],
            columns=list(_MANIFEST_COLUMNS),
        ).astype({"size": "int64", "mtime_ns": "int64"})
        facts = rows_to_frame(self._part_rows).assign(
            content_hash=pd.Series(self._part_hashes, dtype="string")
        )
        counts = facts["content_hash"].value_counts()
        added = [key for key in self._part_articles if key in self.articles]
        articles = pd.DataFrame(
            [(key, *self.articles[key], int(counts.get(key, 0))) for key in added],
            columns=list(_ARTICLE_COLUMNS),
        )
        articles["published"] = pd.to_datetime(articles["published"])
        part = cache_parts.Part(secrets.token_hex(8), len(facts), len(articles), len(manifest))
        cache_parts.write(self.directory, part, manifest, articles, facts)
        cache_parts.write_index(self.directory, self.version, [*self._parts, part])
        self._parts.append(part)

    def _save_whole(self) -> None:
        held = {entry.content_hash for entry in self.manifest.values()}
        self.articles = {key: record for key, record in self.articles.items() if key in held}
        facts = self._all_facts()
        facts = facts[_is_in(facts["content_hash"], held)].drop_duplicates(
            subset=["content_hash", "start", "end", "metric", "kind", "amount"]
        )
        manifest = pd.DataFrame(
            [(path, e.size, e.mtime_ns, e.content_hash) for path, e in self.manifest.items()],
            columns=["path", "size", "mtime_ns", "content_hash"],
        )
        counts = facts["content_hash"].value_counts()
        articles = pd.DataFrame(
            [(key, *record, int(counts.get(key, 0))) for key, record in self.articles.items()],
            columns=list(_ARTICLE_COLUMNS),
        )
        articles["published"] = pd.to_datetime(articles["published"])
        write_parquet_atomically(self.directory / "facts.parquet", facts)
        write_parquet_atomically(self.directory / "articles.parquet", articles)
        write_parquet_atomically(self.directory / "manifest.parquet", manifest)
        write_text_atomically(self.directory / _VERSION_FILE, self.version)
        self._facts = facts
        # Only now: a crash before this leaves parts already in the tables, and they are read once (`_apply`).
        cache_parts.write_index(self.directory, self.version, [])
        cache_parts.remove_unlisted(self.directory, [])
        self._parts, self._compact = [], False


class CacheDamaged(Exception):
    """The cache's facts could not be read after it was opened; `load_corpus` reads the articles afresh."""


_MANIFEST_COLUMNS = ("path", "size", "mtime_ns", "content_hash")
_ARTICLE_COLUMNS = ("content_hash", *ARTICLE_FIELDS, "facts")  # facts: how many this content has
_FACT_COLUMNS = (*FACT_COLUMNS, "content_hash")

_TEMPORARY_PREFIXES = (
    *(f".{name}." for name in ("facts.parquet", "articles.parquet", "manifest.parquet", _VERSION_FILE)),
    ".snapshot",
    f".{cache_parts.PREFIX}",
    f".{cache_parts.INDEX}.",
)

STALE_SECONDS = 3600.0
"""A temporary file of the cache this old was left by a writer that was killed: no write takes an hour."""


def _check_facts(path: Path, articles: pd.DataFrame) -> None:
    """A facts table holds the columns and as many rows as its articles say, else it is damaged."""
    facts = pyarrow.parquet.read_metadata(path)
    missing = set(_FACT_COLUMNS) - set(facts.schema.names)
    if missing:
        raise ValueError(f"{path.name} lacks the columns {sorted(missing)}")
    expected = int(articles["facts"].sum())
    if facts.num_rows != expected:
        raise ValueError(f"{path.name} holds {facts.num_rows:,} facts, its articles {expected:,}")


def _facts_of(path: Path, only: frozenset[str] | None) -> pd.DataFrame:
    frame = _checked(pd.read_parquet(path), _FACT_COLUMNS)
    return frame if only is None else frame[_is_in(frame["content_hash"], only)]


def _checked(frame: pd.DataFrame, columns: Iterable[str]) -> pd.DataFrame:
    """`frame`, if it has every one of `columns` (a table of another shape is damage, not a cache)."""
    missing = [column for column in columns if column not in frame.columns]
    if missing:
        raise ValueError(f"a table lacks the columns {missing}")
    return frame


def remove_stale_temporaries(directory: Path) -> None:
    """Delete the temporary files (".NAME.random", `write_parquet_atomically`) that writers killed mid-write
    left in `directory`: those of the cache's tables and of the load snapshot."""
    now = time.time()
    for temporary in directory.glob(".*.*"):
        if not temporary.name.startswith(_TEMPORARY_PREFIXES):
            continue
        try:
            if temporary.is_file() and now - temporary.stat().st_mtime > STALE_SECONDS:
                temporary.unlink()
        except OSError:
            continue
