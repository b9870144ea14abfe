"""The article store: one folder of UTF-8 text articles with front matter, added to safely.

Whatever comes in (pasted text, a .txt/.md/.html file, a web page), the store keeps plain text with its
metadata in front matter, so the corpus reads the same way however it was built. Three promises:

- an article is written whole or not at all (a hidden temporary file, fsynced, then linked into place);
- two adders at the same moment, threads or processes, never take the same name nor damage a file
  (a lock file, held through filelock, around "is it new?" and "write it");
- the same text is stored once: body hashes of the stored files are kept in a hidden index, checked on
  each add by size and modification time, so thousands of files are not re-read every time.

The files' names are made in `store_names`, the index kept in `store_index`; their public names are
importable from here too.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import errno
import os
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

from tradeviz.errors import TradevizError
from tradeviz.files import exclusive_lock, sync_folder, written_temporary
from tradeviz.ingest.fetch import Fetched, fetch
from tradeviz.ingest.store_index import BodyIndex
from tradeviz.ingest.store_index import body_hash as body_hash
from tradeviz.ingest.store_index import stored_body as stored_body
from tradeviz.ingest.store_names import INDEX_NAME as INDEX_NAME
from tradeviz.ingest.store_names import LOCK_NAME as LOCK_NAME
from tradeviz.ingest.store_names import MAX_SLUG_BYTES as MAX_SLUG_BYTES
from tradeviz.ingest.store_names import MAX_SLUG_CHARS as MAX_SLUG_CHARS
from tradeviz.ingest.store_names import SUFFIX as SUFFIX
from tradeviz.ingest.store_names import TEMP_PREFIX as TEMP_PREFIX
from tradeviz.ingest.store_names import WINDOWS_RESERVED as WINDOWS_RESERVED
from tradeviz.ingest.store_names import file_names, file_stem, url_label
from tradeviz.ingest.store_names import slug_from_url as slug_from_url
from tradeviz.ingest.store_names import slugify as slugify
from tradeviz.read import HTML_SUFFIXES, MAX_BYTES, TEXT_SUFFIXES
from tradeviz.read.corpus import article_from_text, read_file_bytes
from tradeviz.read.decode import decode_bytes, normalise_newlines
from tradeviz.read.frontmatter import join_front_matter, parse_published, split_front_matter
from tradeviz.read.html import decode_html, extract_html
from tradeviz.read.metadata import detect_lang, infer_title

ARTICLES_ENV = "TRADEVIZ_ARTICLES"
DEFAULT_ROOT = Path("data") / "articles"

STORED_KEYS = ("source", "published", "url", "title", "lang")
"""Front matter written, in this order (the keys the reader knows)."""

ACCEPTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES

LOCK_WAIT = 30.0
"""Seconds to wait for another adder to finish; adding one article takes far less."""


class StoreError(TradevizError):
    """An article could not be added to the store; the message says why, for the user."""


class DuplicateArticle(StoreError):
    """The same text is already stored; `existing` is the file that holds it."""

    def __init__(self, message: str, existing: Path) -> None:
        super().__init__(message)
        self.existing = existing


class UnsupportedInput(StoreError):
    """A file the store does not take (not .txt, .md, .html or .htm)."""


def default_root() -> Path:
    """Where articles live unless told: $TRADEVIZ_ARTICLES, else data/articles in the current folder."""
    return Path(os.environ.get(ARTICLES_ENV) or DEFAULT_ROOT)


# --- what is written ----------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class _Entry:
    """A stored article to write: the body, what is stated about it, and the words to name it after."""

    body: str
    metadata: dict[str, str]
    name_from: tuple[str | None, ...]
    label: str


def _one_line(value: object) -> str | None:
    """A metadata value fit for one front matter line: whitespace collapsed, controls gone, None if empty."""
    if value is None:
        return None
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    text = "".join(char for char in text if unicodedata.category(char) != "Cc" or char.isspace())
    return " ".join(text.split()) or None


def _metadata(**stated: object) -> dict[str, str]:
    """Front matter for the stated values, in STORED_KEYS order, empty values left out."""
    cleaned = {key: _one_line(stated.get(key)) for key in STORED_KEYS}
    return {key: value for key, value in cleaned.items() if value}


def _stated_date(value: str | None) -> dt.date | None:
    return parse_published(value) if value else None


def _render(entry: _Entry) -> tuple[str, str]:
    """(file content, body as the reader will see it), checked by reading the content back."""
    body = entry.body if entry.body.endswith("\n") else entry.body + "\n"
    content = join_front_matter(entry.metadata, body)
    data = content.encode("utf-8")
    # What reading the file will give: the same checks (size, binary, mojibake) as any article file.
    readable = decode_bytes(data, entry.label, max_bytes=MAX_BYTES)
    _front, body = split_front_matter(readable)
    return readable, body


# --- the store --------------------------------------------------------------------------------------------


class ArticleStore:
    """A folder of articles, added to atomically, under safe unique names, each text once."""

    def __init__(self, root: str | os.PathLike[str] | None = None) -> None:
        self.root = Path(root) if root is not None else default_root()

    # --- ways in ------------------------------------------------------------------------------------------

    def add_text(
        self,
        text: str,
        *,
        source: str | None = None,
        published: dt.date | None = None,
        url: str | None = None,
        title: str | None = None,
        name_hint: str | None = None,
    ) -> Path:
        """Store pasted text; its own front matter is kept, the arguments win over it."""
        label = name_hint or "the pasted text"
        article = article_from_text(
            text, name=label, source=source, published=published, url=url, title=title
        )  # ReadError for empty text or broken front matter
        front, _body = split_front_matter(normalise_newlines(text))
        metadata = _metadata(
            source=source or front.get("source"),
            published=published or _stated_date(front.get("published")),
            url=url or front.get("url"),
            title=title or front.get("title"),
            lang=front.get("lang") or article.lang,
        )
        name_from = (article.title, article.url, Path(name_hint).stem if name_hint else None, article.text)
        return self._store(_Entry(article.text, metadata, name_from, label))

    def add_bytes(
        self,
        data: bytes,
        *,
        name: str,
        source: str | None = None,
        published: dt.date | None = None,
        url: str | None = None,
        charset: str | None = None,
    ) -> Path:
        """Store an uploaded file's bytes: .txt/.md as text, .html/.htm as the article extracted from it."""
        suffix = Path(name).suffix.lower()
        if suffix in HTML_SUFFIXES:
            return self._add_html(data, name, source=source, published=published, url=url, charset=charset)
        if suffix in TEXT_SUFFIXES:
            text = decode_html(data, name, charset=charset) if charset else decode_bytes(data, name)
            return self.add_text(text, source=source, published=published, url=url, name_hint=name)
        shown = ", ".join(ACCEPTED_SUFFIXES)
        raise UnsupportedInput(f"{name} is not an article file; expected one of {shown}")

    def add_file(
        self, path: str | os.PathLike[str], *, source: str | None = None, published: dt.date | None = None
    ) -> Path:
        """Store the article in a .txt, .md, .html or .htm file."""
        path = Path(path)
        if path.suffix.lower() not in ACCEPTED_SUFFIXES:
            shown = ", ".join(ACCEPTED_SUFFIXES)
            raise UnsupportedInput(f"{path.name} is not an article file; expected one of {shown}")
        data = read_file_bytes(path)  # ReadError for a missing, unreadable or oversized file
        return self.add_bytes(data, name=path.name, source=source, published=published)

    def add_url(
        self,
        url: str,
        *,
        source: str | None = None,
        published: dt.date | None = None,
        fetcher: Callable[[str], Fetched] = fetch,
    ) -> Path:
        """Fetch a page and store its article, with the address it came from."""
        fetched = fetcher(url)
        name = url_label(fetched.final_url)
        if fetched.content_type == "text/html":
            return self._add_html(
                fetched.data,
                name,
                source=source,
                published=published,
                url=fetched.final_url,
                charset=fetched.charset,
            )
        text = decode_html(fetched.data, name, charset=fetched.charset)
        return self.add_text(text, source=source, published=published, url=fetched.final_url, name_hint=name)

    def _add_html(
        self,
        data: bytes,
        name: str,
        *,
        source: str | None,
        published: dt.date | None,
        url: str | None,
        charset: str | None,
    ) -> Path:
        page = extract_html(data, name=name, url=url, charset=charset)  # ReadError: no article text
        metadata = _metadata(
            source=source or page.source,
            published=published or page.published,
            url=page.url,
            title=page.title,
            lang=detect_lang(page.text),
        )
        name_from = (page.title or infer_title(page.text), page.url, Path(name).stem)
        return self._store(_Entry(page.text, metadata, name_from, name))

    # --- writing ------------------------------------------------------------------------------------------

    def _store(self, entry: _Entry) -> Path:
        """Write ``entry`` under a new name unless its text is stored already."""
        content, body = _render(entry)
        digest = body_hash(body)
        stem = file_stem(entry.name_from)
        try:
            with self._locked():
                _remove_stale_temporaries(self.root)
                index = BodyIndex.load(self.root)
                existing = index.refresh()
                if digest in existing:
                    shown = self.root / existing[digest]
                    raise DuplicateArticle(f"the same text is already stored as {shown}", shown)
                path = _write_new(self.root, stem, content)
                index.remember(path, digest)
                index.save()
                return path
        except OSError as error:
            raise StoreError(f"cannot write to {self.root}: {error.strerror or error}") from None

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold the store's lock (every adder, in any thread or process, takes it before writing)."""
        busy = f"{self.root} is busy: another add has held it for {LOCK_WAIT:g} seconds"
        with exclusive_lock(self.root / LOCK_NAME, wait=LOCK_WAIT, busy=lambda: StoreError(busy)):
            yield


def _write_new(root: Path, stem: str, content: str) -> Path:
    """Write ``content`` to a new file named after ``stem``: whole (fsynced) or not at all, never over one."""
    # An article is an ordinary file (0o644); the link is its one name, the temporary one goes.
    with written_temporary(root, content, prefix=TEMP_PREFIX, suffix=".part", mode=0o644) as temporary:
        path = _publish(temporary, root, stem)
    sync_folder(root)
    return path


def _publish(temporary: Path, root: Path, stem: str) -> Path:
    """Give the written file its name: a hard link fails rather than replace a file of that name."""
    for name in file_names(stem):
        target = root / name
        try:
            os.link(temporary, target)
            return target
        except FileExistsError:
            continue
        except OSError as error:
            if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
                raise
            # No hard links here (some network and USB file systems): the lock keeps other adders out.
            if target.exists():
                continue
            os.replace(temporary, target)
            return target
    raise AssertionError("unreachable: names never run out")


def _remove_stale_temporaries(root: Path) -> None:
    """Temporary files left by a crashed adder; called under the lock, when no adder is writing."""
    for leftover in root.glob(TEMP_PREFIX + "*"):
        leftover.unlink(missing_ok=True)
