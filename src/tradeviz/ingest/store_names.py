"""What the store's files are called: a safe, readable name from a title or address, and the hidden files.

Its own module because making a file name from arbitrary text (any script, no path separator, no device
name Windows refuses, within the bytes a file system allows) is a job apart from writing the file.
"""

from __future__ import annotations

import unicodedata
import urllib.parse
from collections.abc import Iterator

import regex

SUFFIX = ".txt"
"""Every stored article is plain text, whatever it came in as."""

INDEX_NAME = ".tradeviz-index.json"
LOCK_NAME = ".tradeviz-lock"
TEMP_PREFIX = ".tradeviz-tmp-"
"""Hidden names (a leading dot): the reader never takes them for articles."""

MAX_SLUG_CHARS = 80
MAX_SLUG_BYTES = 200
"""A file name from a title stays readable, and within the 255 bytes file systems allow (with -N.txt)."""

WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)), *(f"lpt{n}" for n in range(1, 10))}
)
"""Names Windows refuses for a file, whatever the extension; the store may be synced to such a machine."""

REGEX_TIMEOUT = 2.0
"""Seconds; the dash pattern is linear and runs on titles of a few hundred characters at most."""

SLUG_CATEGORIES = ("L", "M", "N")
"""Unicode categories kept in names: letters of any script, their marks, digits. Separators, dots, controls,
emoji and unassigned code points become dashes (Python's own Unicode tables decide, so that what is kept
is what this Python knows to be a letter)."""

DASHES = regex.compile(r"-{2,}")


def _truncate(slug: str, max_chars: int, max_bytes: int) -> str:
    """``slug`` cut to the limits, at a dash when one is near, never leaving a dash at either end."""
    cut = slug[:max_chars]
    while len(cut.encode("utf-8")) > max_bytes:
        cut = cut[:-1]
    if cut != slug and "-" in cut[len(cut) // 2 :]:
        cut = cut[: cut.rindex("-")]
    return cut.strip("-")


def slugify(text: str, *, max_chars: int = MAX_SLUG_CHARS, max_bytes: int = MAX_SLUG_BYTES) -> str:
    """A file name stem from a title: lower-case letters and digits of any script, joined by dashes.

    No path separator, dot, control character or reserved device name survives; "" when nothing does.

    >>> slugify("Товарооборот Казахстана и Китая: 41 млрд $")
    'товарооборот-казахстана-и-китая-41-млрд'
    >>> slugify("../../etc/passwd"), slugify("CON"), slugify("🚀✨")
    ('etc-passwd', 'con-article', '')
    """
    folded = unicodedata.normalize("NFKC", text).lower()
    kept = "".join(char if unicodedata.category(char)[0] in SLUG_CATEGORIES else "-" for char in folded)
    slug = _truncate(DASHES.sub("-", kept, timeout=REGEX_TIMEOUT).strip("-"), max_chars, max_bytes)
    return f"{slug}-article" if slug in WINDOWS_RESERVED else slug


def slug_from_url(url: str) -> str:
    """A file name stem from a web address: host and path, the page's extension dropped.

    >>> slug_from_url("https://www.inform.kz/ru/news/tovarooborot-2024.html?utm=x")
    'inform-kz-ru-news-tovarooborot-2024'
    """
    parts = urllib.parse.urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    path = urllib.parse.unquote(parts.path)
    stem, dot, extension = path.rpartition(".")
    if dot and "/" not in extension and len(extension) <= 5:
        path = stem
    return slugify(f"{host} {path}")


def url_label(url: str) -> str:
    """The last part of a web address's path, as a label in messages (or the host)."""
    parts = urllib.parse.urlsplit(url)
    last = urllib.parse.unquote(parts.path.rstrip("/").rpartition("/")[2])
    return last or parts.hostname or url


def file_stem(candidates: tuple[str | None, ...]) -> str:
    """The first usable file name stem among title, address, original name, text; "article" failing all."""
    for candidate in candidates:
        if not candidate:
            continue
        candidate = candidate.strip()[: MAX_SLUG_CHARS * 4]  # a whole text: its first words will do
        slug = slug_from_url(candidate) if "://" in candidate else slugify(candidate)
        if slug:
            return slug
    return "article"


def file_names(stem: str) -> Iterator[str]:
    """stem.txt, stem-2.txt, stem-3.txt, ..."""
    yield stem + SUFFIX
    number = 2
    while True:
        yield f"{stem}-{number}{SUFFIX}"
        number += 1
