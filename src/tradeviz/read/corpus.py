"""Files and folders the user named -> Article records, with a Skipped note for each file that is not one.

Metadata precedence is the same for files and pasted text: explicit arguments, then front matter, then
what the body itself says (metadata.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from tradeviz.errors import ReadError
from tradeviz.read.article import Article, Skipped
from tradeviz.read.decode import MAX_BYTES, check_size, decode_bytes, join_split_digits, normalise_newlines
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
SPECIAL_FILE = "not a regular file (a pipe, socket or device); expected an article file"
DANGLING_LINK = "a link to a file that does not exist"
NOT_UTF8_NAME = "its name is not valid UTF-8, which no table or export can hold; rename it (e.g. with convmv)"


_UNSHOWN = {
    code: f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    for code in (*range(0x20), *range(0x7F, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A))
}
"""Characters a name may hold that would break or disguise a line showing it: controls (a line break in a
name would forge a line of the report) and direction overrides (which turn "gpj.txt" around)."""


def shown_path(path: str | os.PathLike[str]) -> str:
    """A path as one line of text that any output can hold: bytes of a name that are not UTF-8, controls
    and direction overrides shown as escapes.

    >>> print(shown_path(os.fsdecode(b"caf\\xe9.txt")), shown_path("a\\nb\\u202e.txt"))
    caf\\xe9.txt a\\x0ab\\u202e.txt
    """
    return printable(os.fspath(path))


def printable(text: str) -> str:
    """`text` as one line any output can hold (`shown_path`): for reasons that quote a file's name."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace").translate(_UNSHOWN)


def is_utf8_name(name: str) -> bool:
    """Whether a name read from the file system is valid UTF-8 (Python keeps other bytes as surrogates).

    >>> is_utf8_name("статья.txt"), is_utf8_name(os.fsdecode(b"\\xff.txt"))
    (True, False)
    """
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


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
            is_link = entry.is_symlink()
            is_special = not (is_dir or is_file) and (not is_link or os.path.exists(entry.path))
        except OSError:
            continue
        named_article = entry.name.lower().endswith(ARTICLE_SUFFIXES)
        if is_special:  # a pipe, socket or device: never opened (a pipe would block the read for ever)
            yield Skipped(folder / entry.name, SPECIAL_FILE)
            continue
        if is_link and not (is_dir or is_file):  # a link to nothing in a folder is left alone, as before
            continue
        if (is_dir or named_article) and not is_utf8_name(entry.name):
            yield Skipped(folder / entry.name, NOT_UTF8_NAME)
            continue
        real = os.path.realpath(entry.path) if is_link else os.path.join(real_folder, entry.name)
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
        if not path.exists():
            items = [Skipped(path, DANGLING_LINK if path.is_symlink() else NO_SUCH_PATH)]
        elif not is_utf8_name(str(path)):
            items = [Skipped(path, NOT_UTF8_NAME)]
        elif path.is_dir():
            real_folder = os.path.realpath(path)
            seen_folders.add(real_folder)
            items = _walk(path, real_folder, seen_folders)
        elif path.is_file():
            items = [(path, os.path.realpath(path), str(path))]  # named explicitly: read whatever the suffix
        else:
            items = [Skipped(path, SPECIAL_FILE)]
        for item in items:
            if isinstance(item, Skipped):
                yield item
                continue
            file, real, text = item
            if real not in seen_files:
                seen_files.add(real)
                yield file, text


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; a file over the limit is refused before it is loaded, and anything but a regular
    file before it is read: opened without blocking (a pipe with no writer would wait for ever) and looked
    at through the open descriptor, so a file swapped for a pipe after a check is still refused."""
    name = shown_path(path.name)
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise ReadError(f"cannot read {name}: {error.strerror or error}") from None
    try:
        status = os.fstat(descriptor)
        if stat.S_ISDIR(status.st_mode):
            raise ReadError(f"cannot read {name}: it is a folder")
        if not stat.S_ISREG(status.st_mode):
            raise ReadError(f"{name} is {SPECIAL_FILE}")
        check_size(status.st_size, name, max_bytes)
        with os.fdopen(descriptor, "rb", closefd=False) as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise ReadError(f"cannot read {name}: {error.strerror or error}") from None
    finally:
        os.close(descriptor)
    check_size(len(data), name, max_bytes)  # grown since it was looked at
    return data


def _article(
    name: str,
    text: str,
    *,
    path: Path | None = None,
    source: str | None = None,
    published: dt.date | None = None,
    url: str | None = None,
    title: str | None = None,
    infer: bool = True,
) -> Article:
    """The Article for a whole text: explicit values, else front matter, else (`infer`) inferred from the
    body; without `infer` what neither states stays None (`with_inferred_metadata` fills it in later)."""
    front, body = split_front_matter(text)
    body = join_split_digits(body)
    stated_date = parse_published(front["published"]) if front.get("published") else None
    article = Article(
        name=name,
        text=body,
        source=source or front.get("source") or None,
        url=url or front.get("url") or None,
        title=title or front.get("title") or None,
        published=published or stated_date,
        published_inferred=False,
        lang=(front.get("lang") or "").lower() or None,
        path=path,
    )
    return with_inferred_metadata(article) if infer else article


def with_inferred_metadata(article: Article) -> Article:
    """The article with what its body says (metadata.py) wherever it has no outlet, headline, date or
    language: the last step of reading, which the pipeline takes only for an article a fact may come of."""
    text = article.text
    return dataclasses.replace(
        article,
        source=article.source or infer_source(text),
        title=article.title or infer_title(text),
        published=article.published or infer_published(text),
        lang=article.lang or detect_lang(text),
    )


def read_article(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> Article:
    """The article in one file; ReadError says why the file is not one."""
    path = Path(path)
    return article_from_bytes(path, read_file_bytes(path, max_bytes=max_bytes), max_bytes=max_bytes)


def read_file_bytes(path: Path, *, max_bytes: int = MAX_BYTES) -> bytes:
    """A file's bytes, refused (ReadError) when it is too large or cannot be opened."""
    return _read_bytes(path, max_bytes)


def article_from_bytes(path: Path, data: bytes, *, max_bytes: int = MAX_BYTES, infer: bool = True) -> Article:
    """The article in a file's bytes already read (so a caller can hash them first); HTML by its suffix.
    `infer=False`: a text file's metadata only as far as it states it (`with_inferred_metadata` adds the
    rest); a page's is always complete (its markup states most of it)."""
    if _suffix(path) in HTML_SUFFIXES:
        return article_from_html(data, name=path.name, path=path, max_bytes=max_bytes)
    text = decode_bytes(data, path.name, max_bytes=max_bytes)
    return _article(path.name, text, path=path, infer=infer)


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
