"""What every `tradeviz` command checks and says the same way: usage mistakes, output folders, counts and
the corrections' messages."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from tradeviz.errors import TradevizError


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
