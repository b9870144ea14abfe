"""What reading produces: an article's text with its metadata, or the reason a file was skipped."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from pathlib import Path


@dataclasses.dataclass(frozen=True, slots=True)
class Article:
    """One article's body text (after front matter) and what is known about it."""

    name: str
    text: str
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    published_inferred: bool = False
    lang: str | None = None
    path: Path | None = None

    @property
    def content_hash(self) -> str:
        """Stable identity of the text, for caches and fact ids."""
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclasses.dataclass(frozen=True, slots=True)
class Skipped:
    """A file that was not read, and why (shown to the user, never raised).

    `detail`: the traceback of an unexpected failure, for `--debug` only; never part of the identity."""

    path: Path
    reason: str
    detail: str | None = dataclasses.field(default=None, compare=False, repr=False)


@dataclasses.dataclass(frozen=True, slots=True)
class ArticleInfo:
    """What a corpus keeps of an article once its facts are out: metadata, not the text.

    `content_hash` identifies the file's bytes (front matter included: the cache key); `text_hash` the body
    text the facts' offsets refer to. The text itself is read again from `path` when someone asks for it.
    """

    name: str
    path: Path | None
    content_hash: str
    text_hash: str
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    published_inferred: bool = False
    lang: str | None = None
