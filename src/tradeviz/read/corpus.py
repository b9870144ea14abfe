"""Files and folders the user named -> Article records, with a Skipped note for each file that is not one.

Metadata precedence is the same for files and pasted text: explicit arguments, then front matter, then
what the body itself says (metadata.py).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from tradeviz.errors import ReadError
from tradeviz.read.article import Article, Skipped
from tradeviz.read.decode import MAX_BYTES, check_size, decode_bytes, normalise_newlines
from tradeviz.read.frontmatter import parse_published, split_front_matter
from tradeviz.read.html import article_from_html
from tradeviz.read.metadata import detect_lang, infer_published, infer_source, infer_title

TEXT_SUFFIXES = (".txt", ".md")
"""Plain text articles (maybe with front matter)."""

HTML_SUFFIXES = (".html", ".htm")
"""Saved web pages: the article is extracted from the markup (html.py)."""

ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
"""Files read from folders; a file named explicitly is read whatever its suffix (as text unless HTML)."""

NO_SUCH_PATH = "no such file or folder"
NOT_A_FILE = "not a regular file or folder"


def _suffix(path: Path) -> str:
    return path.suffix.lower()


def _walk(folder: Path, real_folder: str, seen: set[str]) -> Iterator[tuple[Path, str, str] | Skipped]:
    """Article files under ``folder`` with their real paths and their paths as text, depth first in name
    order.

    One `scandir` per folder: the entry types come with the listing, so a folder of 50,000 articles costs
    no stat or path resolution per file (only symlinks are resolved).
    """
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as error:
        yield Skipped(folder, f"cannot open the folder: {error.strerror or error}")
        return
    for entry in entries:
        if entry.name.startswith("."):  # dot files and folders (.git, .DS_Store) are never articles
            continue
        try:
            is_dir = entry.is_dir()
            is_file = not is_dir and entry.is_file()
        except OSError:
            continue
        real = os.path.realpath(entry.path) if entry.is_symlink() else os.path.join(real_folder, entry.name)
        if is_dir:
            if real not in seen:  # a symlink back up the tree must not loop forever
                seen.add(real)
                yield from _walk(folder / entry.name, real, seen)
        elif is_file and entry.name.lower().endswith(ARTICLE_SUFFIXES):
            yield folder / entry.name, real, entry.path


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | Skipped]:
    """Every article file among ``paths`` (files or folders, searched recursively), each once."""
    for item in iter_file_paths(paths):
        yield item if isinstance(item, Skipped) else item[0]


def iter_file_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[Path, str] | Skipped]:
    """`iter_files`, each file with its path as text too: a `Path` made by joining parts builds its text
    on first use, which for 50,000 files costs more than the `stat` a re-run does with it."""
    seen_files: set[str] = set()
    seen_folders: set[str] = set()
    for given in paths:
        path = Path(given)
        items: Iterable[tuple[Path, str, str] | Skipped]
        if path.is_dir():
            real_folder = os.path.realpath(path)
            seen_folders.add(real_folder)
            items = _walk(path, real_folder, seen_folders)
        elif not path.exists():
            items = [Skipped(path, NO_SUCH_PATH)]
        elif path.is_file():
            items = [(path, os.path.realpath(path), str(path))]  # named explicitly: read whatever the suffix
        else:
            items = [Skipped(path, NOT_A_FILE)]
        for item in items:
            if isinstance(item, Skipped):
                yield item
                continue
            file, real, text = item
            if real not in seen_files:
                seen_files.add(real)
                yield file, text


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; a file over the limit is refused before it is loaded."""
    try:
        check_size(path.stat().st_size, path.name, max_bytes)
        return path.read_bytes()
    except OSError as error:
        raise ReadError(f"cannot read {path.name}: {error.strerror or error}") from None


def _article(
    name: str,
    text: str,
    *,
    path: Path | None = None,
    source: str | None = None,
    published: dt.date | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Article:
    """The Article for a whole text: explicit values, else front matter, else inferred from the body."""
    front, body = split_front_matter(text)
    stated_date = parse_published(front["published"]) if front.get("published") else None
    return Article(
        name=name,
        text=body,
        source=source or front.get("source") or infer_source(body),
        url=url or front.get("url") or None,
        title=title or front.get("title") or infer_title(body),
        published=published or stated_date or infer_published(body),
        published_inferred=False,
        lang=(front.get("lang") or detect_lang(body)).lower(),
        path=path,
    )


def read_article(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> Article:
    """The article in one file; ReadError says why the file is not one."""
    path = Path(path)
    return article_from_bytes(path, read_file_bytes(path, max_bytes=max_bytes), max_bytes=max_bytes)


def read_file_bytes(path: Path, *, max_bytes: int = MAX_BYTES) -> bytes:
    """A file's bytes, refused (ReadError) when it is too large or cannot be opened."""
    return _read_bytes(path, max_bytes)


def article_from_bytes(path: Path, data: bytes, *, max_bytes: int = MAX_BYTES) -> Article:
    """The article in a file's bytes already read (so a caller can hash them first); HTML by its suffix."""
    if _suffix(path) in HTML_SUFFIXES:
        return article_from_html(data, name=path.name, path=path, max_bytes=max_bytes)
    text = decode_bytes(data, path.name, max_bytes=max_bytes)
    return _article(path.name, text, path=path)


def article_from_text(
    text: str,
    *,
    name: str = "pasted.txt",
    source: str | None = None,
    published: dt.date | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Article:
    """An article from text given directly (pasted); front matter is honoured, explicit arguments win.

    >>> article = article_from_text("---\\nsource: Kazinform\\n---\\nТоварооборот вырос.", title="Рост")
    >>> article.source, article.title, article.text, article.lang
    ('Kazinform', 'Рост', 'Товарооборот вырос.', 'ru')
    """
    if not text.strip():
        raise ReadError(f"{name} is empty; expected the text of an article")
    return _article(
        name,
        normalise_newlines(text),
        source=source,
        published=published,
        url=url,
        title=title,
    )


def read_articles(
    paths: Iterable[str | os.PathLike[str]], *, max_bytes: int = MAX_BYTES
) -> Iterator[Article | Skipped]:
    """Every article under ``paths``; a file that cannot be read becomes Skipped, never an exception."""
    for item in iter_files(paths):
        if isinstance(item, Skipped):
            yield item
            continue
        try:
            yield read_article(item, max_bytes=max_bytes)
        except ReadError as error:
            yield Skipped(item, str(error))
