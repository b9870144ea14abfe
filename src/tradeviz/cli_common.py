"""What every `tradeviz` command checks and says the same way: usage mistakes, output folders, counts, the
`--corrections` options and the corrections' messages. Light to import (no pandas): `tradeviz extract`
starts with it."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from tradeviz.correction_files import CORRECTIONS_ENV, paths_for
from tradeviz.errors import TradevizError
from tradeviz.read import HTML_SUFFIXES, TEXT_SUFFIXES

ARTICLE_TYPES = ", ".join((*TEXT_SUFFIXES, *HTML_SUFFIXES))
"""The article files every command reads, for help texts."""


class UsageError(TradevizError):
    """The command line asks for something impossible; shown with exit code 2."""


def check_output_folder(output: Path) -> None:
    """`UsageError` unless `output`'s folder exists: a typo in a path should not create folders."""
    folder = output.parent
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        raise UsageError(f"cannot write {output}: the folder {folder} {what}")


def report_corrections(problems: Sequence[str], orphans: Sequence[str]) -> None:
    """Damaged correction lines (not applied) and corrections matching no fact, on stderr."""
    for problem in problems:
        print(f"tradeviz: not applied, not a correction: {problem}", file=sys.stderr)
    for message in orphans:
        print(f"tradeviz: {message}", file=sys.stderr)


def plural(count: int, noun: str) -> str:
    """A count with its noun, plural unless it is one.

    >>> plural(1, "fact"), plural(0, "article"), plural(1234, "article")
    ('1 fact', '0 articles', '1,234 articles')
    """
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


# --- --corrections, for the commands that load facts -----------------------------------------------------


def add_corrections_argument(parser: argparse.ArgumentParser) -> None:
    """Add `--corrections FILE` and `--no-corrections` to a command that loads facts."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--corrections",
        metavar="FILE",
        help=f"analysts' corrections to apply (default: ${CORRECTIONS_ENV}, else corrections.jsonl beside "
        "each article folder read, when it exists); adds the columns fact_id, corrected, correction, "
        "correction_reason, original",
    )
    group.add_argument(
        "--no-corrections",
        action="store_true",
        help="the facts exactly as extracted: no corrections, no extra columns",
    )


def corrections_files(
    args: argparse.Namespace, articles: Sequence[str | os.PathLike[str]]
) -> tuple[Path, ...]:
    """The corrections files the arguments ask for, for facts read from `articles`: none for
    `--no-corrections`.

    An explicit `--corrections FILE` must exist (a typo should not silently apply nothing); a store's file
    need not: no file means no corrections yet.
    """
    if getattr(args, "no_corrections", False):
        return ()
    explicit = getattr(args, "corrections", None)
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            from tradeviz.corrections import CorrectionsError  # pandas: only on this mistake

            raise CorrectionsError(f"no corrections file at {path}")
        return (path,)
    return paths_for(articles)
