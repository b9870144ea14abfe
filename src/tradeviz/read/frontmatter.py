"""Optional ``key: value`` front matter between two ``---`` lines at the very top of an article.

It lets a user state what inference would otherwise guess (source, publication date, url, title, lang).
Only this flat subset of YAML is understood; anything else at the top is a mistake worth reporting, since
a silently ignored date would be worse than a skipped file.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator

import regex

from tradeviz.errors import ReadError

FENCE = "---"
"""The line that opens and closes front matter."""

MAX_LINES = 50
"""The closing fence must come within this many lines of the top; beyond it the text is a body."""

KNOWN_KEYS = ("source", "published", "url", "title", "lang")
"""Keys callers use; others are kept in the dict and ignored."""

REGEX_TIMEOUT = 1.0
"""Seconds; the patterns run on one short line at a time."""

FENCE_LINE = regex.compile(r"---[ \t]*")

KEY_VALUE = regex.compile(
    r"""
    (?P<key>[^\W\d][\w-]*)          # a key: a word starting with a letter, dashes allowed (e.g. source-url)
    [ \t]*:[ \t]*                   # the colon, maybe with spaces around it
    (?P<value>.*?)                  # the value, maybe empty
    [ \t]*                          # trailing spaces are not part of the value
    """,
    regex.VERBOSE,
)

SKIPPABLE = regex.compile(r"[ \t]*(?:\#.*)?")
"""Blank lines and ``# comments`` inside front matter."""

ISO_DATE = regex.compile(r"(?P<year>\d{4})-(?P<month>\d{2})(?:-(?P<day>\d{2}))?")
"""YYYY-MM-DD, or YYYY-MM when only the month is known (read as its first day: the year and month are what
relative dates such as "last year" or "in March" are resolved against)."""

QUOTES = ('"', "'")

PUBLISHED_YEARS = range(1900, 2101)
"""Years a stated publication date may have: news of trade figures, and dates every table and chart can
hold (pandas' timestamps end in 1677 and 2262; "9999-12-31" is a placeholder, not a date)."""


def _iter_lines(text: str) -> Iterator[tuple[str, int]]:
    r"""The lines without their line breaks, each with the offset just past its break, read as asked for.

    >>> list(_iter_lines("a\r\nb\nc"))
    [('a', 3), ('b', 5), ('c', 6)]
    """
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        stop = len(text) if end == -1 else end + 1
        yield text[start:stop].rstrip("\r\n"), stop
        start = stop


def _lines(text: str, limit: int) -> list[tuple[str, int]]:
    """The first ``limit`` lines (`_iter_lines`)."""
    return list(itertools.islice(_iter_lines(text), limit))


def _lines_to_fence(text: str, limit: int) -> list[tuple[str, int]]:
    """`_lines(text, limit)` up to the first fence after the first line (included), if there is one.

    >>> _lines_to_fence("---\\na: b\\n---\\nbody\\n---", 50)
    [('---', 4), ('a: b', 9), ('---', 13)]
    """
    lines: list[tuple[str, int]] = []
    for line, stop in itertools.islice(_iter_lines(text), limit):
        lines.append((line, stop))
        if len(lines) > 1 and _is_fence(line):
            break
    return lines


def _unquote(value: str) -> str:
    """Values may be quoted, as in YAML.

    >>> _unquote('"Kazinform"'), _unquote("'a: b'"), _unquote('"half')
    ('Kazinform', 'a: b', '"half')
    """
    if len(value) >= 2 and value[0] == value[-1] and value[0] in QUOTES:
        return value[1:-1]
    return value


def parse_published(value: str) -> dt.date:
    """A ``published`` value as a date; ReadError unless it is a real YYYY-MM-DD date (or a YYYY-MM month,
    read as its first day) in PUBLISHED_YEARS.

    >>> parse_published("2024-07-03"), parse_published("2020-10")
    (datetime.date(2024, 7, 3), datetime.date(2020, 10, 1))
    """
    match = ISO_DATE.fullmatch(value.strip(), timeout=REGEX_TIMEOUT)
    try:
        if match is None:
            raise ValueError
        date = dt.date(int(match["year"]), int(match["month"]), int(match["day"] or 1))
    except ValueError:
        raise ReadError(
            f"broken front matter: published is {value!r}; expected a date as YYYY-MM-DD (or YYYY-MM)"
        ) from None
    if date.year not in PUBLISHED_YEARS:
        first, last = PUBLISHED_YEARS[0], PUBLISHED_YEARS[-1]
        raise ReadError(
            f"broken front matter: published is {value!r}; expected a date between {first} and {last}"
        )
    return date


def _is_fence(line: str) -> bool:
    """Whether FENCE_LINE matches the whole line (said with str methods: it is tried on every text).

    >>> _is_fence("---"), _is_fence("--- \\t"), _is_fence("----"), _is_fence(" ---"), _is_fence("--- x")
    (True, True, False, False, False)
    """
    return line.startswith(FENCE) and not line[len(FENCE) :].strip(" \t")


def _is_skippable(line: str) -> bool:
    """Whether SKIPPABLE matches the whole line (a line holds no line break, which its "." would not match).

    >>> _is_skippable(" \\t"), _is_skippable("  # note"), _is_skippable("a: b # c"), _is_skippable("")
    (True, True, False, True)
    """
    rest = line.lstrip(" \t")
    return not rest or rest.startswith("#")


def _parse_line(line: str, number: int) -> tuple[str, str] | None:
    """One front matter line as (key, value); None for blank and comment lines."""
    if _is_skippable(line):
        return None
    match = KEY_VALUE.fullmatch(line, timeout=REGEX_TIMEOUT)
    if match is None:
        raise ReadError(f"broken front matter: line {number} is {line!r}; expected 'key: value'")
    return match["key"].lower(), _unquote(match["value"])


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(metadata with lower-cased keys, body) of ``text``; ``({}, text)`` itself when there is none.

    >>> split_front_matter("---\\nSource: Kazinform\\npublished: 2024-07-03\\n---\\nBody")
    ({'source': 'Kazinform', 'published': '2024-07-03'}, 'Body')
    >>> split_front_matter("No front matter")
    ({}, 'No front matter')
    """
    first = _lines(text, 1)  # most texts have no front matter: their first line says so
    if not first or not _is_fence(first[0][0]):
        return {}, text
    lines = _lines_to_fence(text, MAX_LINES)
    closing = len(lines) - 1 if len(lines) > 1 and _is_fence(lines[-1][0]) else None
    if closing is None:
        raise ReadError(
            f"broken front matter: the text opens with {FENCE!r} but no closing {FENCE!r} line "
            f"follows within the first {MAX_LINES} lines"
        )
    metadata: dict[str, str] = {}
    for number, (line, _end) in enumerate(lines[1:closing], start=2):
        pair = _parse_line(line, number)
        if pair is None:
            continue
        key, value = pair
        if key in metadata:
            raise ReadError(f"broken front matter: {key!r} is given twice (line {number}); expected once")
        metadata[key] = value
    if metadata.get("published"):
        parse_published(metadata["published"])
    return metadata, text[lines[closing][1] :]


def _quote(value: str) -> str:
    """Quote a value that reading back would otherwise change (outer spaces or quotes).

    >>> print(_quote("Kazinform"), _quote(" padded"), _quote("'quoted'"))
    Kazinform " padded" "'quoted'"
    """
    if value != value.strip(" \t") or _unquote(value) != value:
        return f'"{value}"'
    return value


def join_front_matter(metadata: dict[str, str], body: str) -> str:
    """The inverse of :func:`split_front_matter`, for writing an article with its metadata.

    >>> join_front_matter({"source": "Kazinform"}, "Body")
    '---\\nsource: Kazinform\\n---\\nBody'
    """
    lines = []
    for key, value in metadata.items():
        if not KEY_VALUE.fullmatch(f"{key}: x", timeout=REGEX_TIMEOUT) or "\n" in value or "\r" in value:
            raise ValueError(f"cannot write {key!r}: {value!r} as front matter; expected a word and one line")
        lines.append(f"{key}: {_quote(value)}")
    return "\n".join([FENCE, *lines, FENCE, body])
