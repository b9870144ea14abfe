"""Corrections on the command line: `--corrections FILE` for the commands that load facts, and
`tradeviz correct`.

`tradeviz/cli.py` and `chart_cli.py` add `--corrections`/`--no-corrections` with
`add_corrections_argument`, then take the files from `corrections_files(args, paths)` and the frame from
`tradeviz.reviewed.reviewed_facts`. `add_correct_parser(commands)` registers `tradeviz correct`, whose
handler is `run_correct`.

Which file: `--corrections FILE` (it must exist), else $TRADEVIZ_CORRECTIONS, else the corrections file of
each article store read: `corrections.jsonl` beside the folder (`corrections.store_path`), the file the
dashboard writes for that folder, whatever the current folder is.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path
from typing import Any

from tradeviz.cache import default_cache_dir
from tradeviz.cli_common import ARTICLE_TYPES as ARTICLE_TYPES
from tradeviz.cli_common import add_corrections_argument as add_corrections_argument
from tradeviz.cli_common import corrections_files as corrections_files
from tradeviz.corrections import (
    ARTICLES_ENV,
    CHANGED_FIELDS,
    CORRECTIONS_ENV,
    DEFAULT_ARTICLES,
    Correction,
    CorrectionsError,
    apply_corrections,
    check_correction,
    default_path,
    plain_number,
    read_corrections,
    remove_correction,
    save_correction,
    to_record,
)
from tradeviz.frame import KINDS, METRICS, QUALIFIERS
from tradeviz.pipeline import Corpus, load_corpus

# --- tradeviz correct ------------------------------------------------------------------------------------


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date such as 2022-10-31; got {text!r}") from None


def _positive(text: str) -> float:
    try:
        number = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number such as 20.1e9; got {text!r}") from None
    if not number > 0 or number == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a positive number; got {text!r}")
    return number


def add_correct_parser(commands: argparse._SubParsersAction[Any]) -> argparse.ArgumentParser:
    """Add the `correct` command: reject or correct a fact, remove a correction, list them."""
    parser = commands.add_parser(
        "correct",
        help="reject or correct an extracted fact (or list the corrections)",
        description=(
            "Record an analyst's correction of one fact, named by its fact_id (the fact_id column of "
            "`tradeviz extract --ids`). The fact is looked up in the articles first, so a "
            "mistyped id is refused. Corrections are applied by `tradeviz extract` and the dashboard."
        ),
        epilog=(
            'examples:  tradeviz correct ID --reject --reason "duplicate of the TASS report"\n'
            '           tradeviz correct ID --amount 20.1e9 --reason "typo in the article, see p. 2"\n'
            "           tradeviz correct ID --remove\n"
            "           tradeviz correct --list"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("fact_id", nargs="?", metavar="FACT_ID", help="the fact to reject or correct")
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--reject", action="store_true", help="the fact is wrong: drop it from the charts")
    what.add_argument("--remove", action="store_true", help="forget the correction of this fact")
    what.add_argument("--list", action="store_true", help="list the corrections in the file")
    amount = parser.add_mutually_exclusive_group()
    amount.add_argument("--amount", type=_positive, metavar="N", help="in currency units, e.g. 20.1e9")
    amount.add_argument("--value", type=_positive, metavar="N", help="in the fact's reported unit, e.g. 20.1")
    parser.add_argument("--period-start", type=_date, metavar="DATE", help="first day of the period")
    parser.add_argument("--period-end", type=_date, metavar="DATE", help="last day of the period")
    parser.add_argument("--target-year", type=int, metavar="YEAR", help="the year a target is set for")
    parser.add_argument("--metric", choices=METRICS)
    parser.add_argument("--kind", choices=KINDS)
    parser.add_argument("--qualifier", choices=QUALIFIERS, help="= exact, ~ about, > over, < under")
    parser.add_argument("--currency", type=str.upper, metavar="CODE", help="ISO 4217, e.g. USD")
    parser.add_argument("--parties", type=str.upper, metavar="PAIR", help="two country codes, e.g. CN-KZ")
    parser.add_argument("--reason", help="why, in a sentence (required to reject or correct)")
    parser.add_argument("--author", help="who decided (optional)")
    parser.add_argument(
        "--corrections",
        metavar="FILE",
        help=f"the corrections file (default: ${CORRECTIONS_ENV}, else corrections.jsonl beside the first "
        "article folder)",
    )
    parser.add_argument(
        "--articles",
        nargs="+",
        metavar="PATH",
        help=f"where to look the fact up: {ARTICLE_TYPES} files or folders "
        f"(default: ${ARTICLES_ENV}, else {DEFAULT_ARTICLES})",
    )
    parser.set_defaults(handler=run_correct)
    return parser


def run_correct(args: argparse.Namespace) -> int:
    """`tradeviz correct`: one change to the corrections file, or its listing. A file with damaged lines is
    listed (the damage on stderr, exit code 1) but never written to until they are mended."""
    path = Path(args.corrections) if args.corrections else default_path(_article_paths(args)[0])
    if args.list:
        found = read_corrections(path)
        print(format_corrections(list(found.corrections), path), end="")
        for problem in found.problems:
            print(f"tradeviz: not a correction: {problem}", file=sys.stderr)
        return 1 if found.problems else 0
    if not args.fact_id:
        raise CorrectionsError("name the fact to correct (FACT_ID), or use --list")
    if args.remove:
        if not remove_correction(path, args.fact_id):
            raise CorrectionsError(f"{path} holds no correction of {args.fact_id}")
        print(f"tradeviz: removed the correction of {args.fact_id} from {path}", file=sys.stderr)
        return 0
    correction = _correction(args)
    corpus = _corpus(args)
    correction = check_correction(corpus.facts, corpus.articles, correction)
    save_correction(path, correction)
    print(f"tradeviz: {_done(corpus, correction)} (in {path})", file=sys.stderr)
    return 0


def _correction(args: argparse.Namespace) -> Correction:
    changes = {name: getattr(args, name) for name in CHANGED_FIELDS if getattr(args, name) is not None}
    if not args.reject and not changes:
        raise CorrectionsError("say what to do: --reject, or a field to correct such as --amount")
    if not args.reason:
        raise CorrectionsError("give a --reason: the next analyst will want to know why")
    action = "reject" if args.reject else "correct"
    return Correction(args.fact_id, action, args.reason, author=args.author, **changes)


def _article_paths(args: argparse.Namespace) -> list[str]:
    return list(args.articles or [os.environ.get(ARTICLES_ENV) or str(DEFAULT_ARTICLES)])


def _corpus(args: argparse.Namespace) -> Corpus:
    """The articles the fact is looked up in (cached, so only new or changed files are read)."""
    paths = _article_paths(args)
    missing = [path for path in paths if not Path(path).exists()]
    if missing:
        raise CorrectionsError(f"no articles at {missing[0]} to look the fact up in; give --articles PATH")
    return load_corpus(paths, jobs=0, cache_dir=default_cache_dir())


def _done(corpus: Corpus, correction: Correction) -> str:
    """What the correction did, in words: the quote for a rejection, old and new values for a change."""
    frame = apply_corrections(corpus.facts, corpus.articles, [correction]).frame
    row = frame.loc[frame["fact_id"] == correction.fact_id].iloc[0]
    if correction.action == "reject":
        quote = str(row["quote"])
        return f"rejected {correction.fact_id}: {quote if len(quote) <= 80 else quote[:77] + '...'}"
    return f"corrected {correction.fact_id}: {_changes_text(correction)} (was: {row['original']})"


def _changes_text(correction: Correction) -> str:
    return "; ".join(
        f"{name}={plain_number(value) if isinstance(value, float) else value}"
        for name, value in correction.changes.items()
    )


def format_corrections(corrections: list[Correction], path: Path) -> str:
    """The corrections as the terminal shows them: one line each, then the reason and who and when."""
    if not corrections:
        return f"no corrections in {path}\n"
    lines = []
    for correction in corrections:
        record = to_record(correction)
        what = "reject" if correction.action == "reject" else _changes_text(correction)
        who = ", ".join(str(record[key]) for key in ("article", "author", "at") if key in record)
        lines.append(f"{correction.fact_id}  {what}\n    {correction.reason}  ({who})\n")
    return "".join(lines)
