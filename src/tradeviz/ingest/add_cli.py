"""`tradeviz add`: put articles into the store from files, folders, web addresses or standard input.

`tradeviz/cli.py` registers it with `add_add_parser(commands)`; the parser's `handler` is `run_add`.
One line per input: `added PATH` on standard output, `tradeviz: skipped INPUT: REASON` on standard error;
the exit code is non-zero only when nothing at all was added.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import regex

from tradeviz.errors import ReadError, TradevizError
from tradeviz.ingest.store import ARTICLES_ENV, DEFAULT_ROOT, ArticleStore
from tradeviz.read import MAX_BYTES, Skipped, iter_files
from tradeviz.read.frontmatter import parse_published

STDIN = "-"

WEB_ADDRESS = regex.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
"""Anything with a scheme is an address (fetch refuses all but http and https, with a message)."""

LOOKS_LIKE_HTML = regex.compile(
    rb"""
    (?:\xef\xbb\xbf)?\s*                     # maybe a UTF-8 byte order mark, then blank space
    (?:<!--.*?-->\s*)*                       # comments before the page (saved-from notes)
    <(?:!doctype\s+html|html|head|body)\b    # the page itself starts
    """,
    regex.IGNORECASE | regex.DOTALL | regex.VERBOSE,
)
"""Standard input that starts as a page is read as one; anything else as text."""

REGEX_TIMEOUT = 1.0


def add_add_parser(commands: argparse._SubParsersAction[Any]) -> argparse.ArgumentParser:
    """Add the `add` command to the `tradeviz` command line."""
    parser = commands.add_parser(
        "add",
        help="add articles to the store (files, folders, http(s) links, or - for standard input)",
        description=(
            "Add articles to the article store: .txt, .md, .html and .htm files (folders are searched), "
            "web pages by their http(s) address, or text on standard input ('-'). Each is stored as UTF-8 "
            "text with its metadata in front matter; a text already stored is refused."
        ),
    )
    parser.add_argument("inputs", nargs="+", metavar="FILE_OR_URL", help="files, folders, links or -")
    parser.add_argument(
        "--articles",
        metavar="DIR",
        help=f"the article store (default: ${ARTICLES_ENV}, else {DEFAULT_ROOT.as_posix()})",
    )
    parser.add_argument("--source", metavar="NAME", help="the outlet, for every input (default: the page's)")
    parser.add_argument(
        "--published",
        type=_date,
        metavar="YYYY-MM-DD",
        help="publication date, for every input (default: the page's, else inferred from the text)",
    )
    parser.set_defaults(handler=run_add)
    return parser


def _date(value: str) -> dt.date:
    try:
        return parse_published(value)
    except ReadError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; expected YYYY-MM-DD") from None


def _read_stdin(stream: BinaryIO) -> bytes:
    """Standard input, refused past the article size limit without reading all of it."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ReadError(f"standard input is over {MAX_BYTES // 1024 // 1024} MiB; expected one article")
    return data


def _add_one(store: ArticleStore, given: str, args: argparse.Namespace) -> Iterator[tuple[str, Path | str]]:
    """(input, stored path or reason skipped) for one command line input; a folder gives one per file."""
    meta = {"source": args.source, "published": args.published}
    try:
        if given == STDIN:
            data = _read_stdin(sys.stdin.buffer)
            html = LOOKS_LIKE_HTML.match(data[:4096], timeout=REGEX_TIMEOUT) is not None
            yield given, store.add_bytes(data, name="stdin.html" if html else "stdin.txt", **meta)
        elif WEB_ADDRESS.match(given, timeout=REGEX_TIMEOUT):
            yield given, store.add_url(given, **meta)
        elif Path(given).is_dir():
            yield from _add_folder(store, Path(given), meta)
        else:
            yield given, store.add_file(given, **meta)
    except TradevizError as error:
        yield given, str(error)
    except TimeoutError:
        yield given, "took too long to read"


def _add_folder(store: ArticleStore, folder: Path, meta: dict[str, Any]) -> Iterator[tuple[str, Path | str]]:
    for item in iter_files([folder]):
        if isinstance(item, Skipped):
            yield str(item.path), item.reason
            continue
        try:
            yield str(item), store.add_file(item, **meta)
        except TradevizError as error:
            yield str(item), str(error)


def run_add(args: argparse.Namespace) -> int:
    """`tradeviz add`: each input added or skipped with the reason; non-zero only if none was added."""
    store = ArticleStore(args.articles)
    added = 0
    for given in args.inputs:
        for name, outcome in _add_one(store, given, args):
            if isinstance(outcome, Path):
                added += 1
                print(f"added {outcome}", flush=True)
            else:
                print(f"tradeviz: skipped {name}: {outcome}", file=sys.stderr, flush=True)
    if not added:
        print("tradeviz: nothing was added", file=sys.stderr)
        return 1
    return 0
