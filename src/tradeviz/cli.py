"""The `tradeviz` command: extract facts from articles, export charts. Messages for people, not tracebacks."""

from __future__ import annotations

import argparse
import json
import math
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from tradeviz.cli_common import (
    ARTICLE_TYPES,
    UsageError,
    add_corrections_argument,
    check_output_folder,
    corrections_files,
    plural,
    report_corrections,
)
from tradeviz.errors import TradevizError
from tradeviz.frame import DATE_COLUMNS, json_value
from tradeviz.read import Skipped
from tradeviz.read.corpus import printable, shown_path

if TYPE_CHECKING:  # pandas and the pipeline are imported by the commands that use them, not at start
    import pandas as pd

    from tradeviz.rows import Extracted

FORMATS = ("table", "csv", "jsonl", "parquet", "xlsx")
_BINARY_FORMATS = ("parquet", "xlsx")
FORMAT_OF_SUFFIX = {".txt": "table", ".csv": "csv", ".jsonl": "jsonl", ".parquet": "parquet", ".xlsx": "xlsx"}
"""What `-o FILE` without `--format` writes, by FILE's extension."""


COMMANDS = ("extract", "add", "chart", "correct")
"""The sub-commands, in the order the help lists them (each module registers its own)."""


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line: one sub-command per job. `only`: register just that command (the one being run:
    the others' modules import pandas and plotly, half a second of every start)."""
    parser = argparse.ArgumentParser(prog="tradeviz", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    if only in (None, "extract"):
        _add_extract_parser(commands)
    if only in (None, "add"):
        from tradeviz.ingest.add_cli import add_add_parser

        add_add_parser(commands)
    if only in (None, "chart"):
        from tradeviz.chart_cli import add_chart_parser

        add_chart_parser(commands)
    if only in (None, "correct"):
        from tradeviz.corrections_cli import add_correct_parser

        add_correct_parser(commands)
    for command in commands.choices.values():
        command.add_argument(
            "--debug", action="store_true", help="show the traceback of unexpected failures (for bug reports)"
        )
    return parser


def command_of(argv: Sequence[str]) -> str | None:
    """The sub-command `argv` runs, if it names one before any help option; else None (all are registered,
    so that help and mistakes read as ever)."""
    for arg in argv:
        if arg in ("-h", "--help") or not arg.startswith("-"):
            return arg if arg in COMMANDS else None
    return None


def _add_extract_parser(commands: argparse._SubParsersAction[Any]) -> None:
    extract = commands.add_parser(
        "extract",
        help="extract trade figures and targets from articles (files or folders)",
        description=f"Extract every dated trade figure and target from articles ({ARTICLE_TYPES} "
        "files, saved web pages included) into one table.",
    )
    extract.add_argument(
        "paths", nargs="+", metavar="PATH", help=f"{ARTICLE_TYPES} files, or folders (read recursively)"
    )
    suffixes = ", ".join(f"{suffix} {fmt}" for suffix, fmt in FORMAT_OF_SUFFIX.items())
    extract.add_argument(
        "--format",
        choices=FORMATS,
        help=f"output format (default: from -o FILE's extension: {suffixes}; else table)",
    )
    extract.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    extract.add_argument(
        "--jobs", type=int, default=0, metavar="N", help="worker processes (default 0: one per core)"
    )
    cache = extract.add_mutually_exclusive_group()
    cache.add_argument(
        "--cache",
        metavar="DIR",
        help="keep facts between runs in DIR (default: $TRADEVIZ_CACHE, else ~/.cache/tradeviz; a few small "
        "files are extracted afresh and the default cache left as it is: reading it would cost more)",
    )
    cache.add_argument("--no-cache", action="store_true", help="extract everything afresh, keep nothing")
    extract.add_argument(
        "--ids", action="store_true", help="add a fact_id column: the id `tradeviz correct` takes"
    )
    add_corrections_argument(extract)
    extract.set_defaults(handler=run_extract)


def run_extract(args: argparse.Namespace) -> int:
    """`tradeviz extract`: skipped files on stderr; a non-zero exit only when nothing could be read."""
    fmt = output_format(args.format, args.output)  # mistakes in the arguments fail before any work
    files = corrections_files(args, args.paths)
    small = _small_extract(args, fmt, files)
    if small is not None:
        return _write_small(small, fmt, args)

    from tradeviz.cache import default_cache_dir
    from tradeviz.corrections import fact_ids
    from tradeviz.pipeline import load_corpus
    from tradeviz.reviewed import reviewed_facts

    cache_dir = None if args.no_cache else (args.cache or default_cache_dir())
    corpus = load_corpus(args.paths, progress=True, jobs=args.jobs, cache_dir=cache_dir)
    report_skipped(corpus.skipped, debug=args.debug)
    reviewed = reviewed_facts(corpus, files)
    report_corrections(reviewed.problems, reviewed.orphans)
    facts = reviewed.frame
    if args.ids and "fact_id" not in facts.columns:
        facts = facts.assign(fact_id=fact_ids(corpus.facts, corpus.articles))
    if not corpus.articles:
        print("tradeviz: no article could be read", file=sys.stderr)
        return 1
    write_frame(facts, fmt, args.output)
    if args.output:
        counts = f"{plural(len(facts), 'fact')} from {plural(len(corpus.articles), 'article')}"
        print(f"tradeviz: {counts} written to {args.output}", file=sys.stderr)
    return 0


def _small_extract(args: argparse.Namespace, fmt: str, corrections: Sequence[Path]) -> Extracted | None:
    """The facts of a few small files without pandas (`tradeviz.rows`), when nothing asked for needs a frame:
    a text format, no fact ids, no corrections file, no `--cache` given. Else None: the full load."""
    if fmt not in ("table", "jsonl", "csv") or args.ids or args.cache or any(p.exists() for p in corrections):
        return None
    from tradeviz import rows

    found = rows.small_files(args.paths)
    return rows.extract_files(*found) if found is not None else None


def _write_small(extracted: Extracted, fmt: str, args: argparse.Namespace) -> int:
    """`run_extract`'s output and messages, for a small extract."""
    from tradeviz import rows

    report_skipped(extracted.skipped, debug=args.debug)
    if not extracted.articles:
        print("tradeviz: no article could be read", file=sys.stderr)
        return 1
    if fmt == "csv":
        _write_bytes(rows.csv_bytes(extracted.rows), args.output)
    else:
        _write_text((rows.table if fmt == "table" else rows.jsonl)(extracted.rows), args.output)
    if args.output:
        counts = f"{plural(len(extracted.rows), 'fact')} from {plural(len(extracted.articles), 'article')}"
        print(f"tradeviz: {counts} written to {args.output}", file=sys.stderr)
    return 0


def _write_text(text: str, output: str | None) -> None:
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        _write_stdout(text, sys.stdout)


def _write_bytes(data: bytes, output: str | None) -> None:
    """As `export.write_table` writes a table: to the file, or to standard output for none or `-`."""
    if output and output != "-":
        Path(output).write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()


def report_skipped(skipped: Sequence[Skipped], *, debug: bool = False) -> None:
    """One line per skipped file on stderr; the traceback of an unexpected failure only with `debug`."""
    for item in skipped:
        print(f"tradeviz: skipped {shown_path(item.path)}: {printable(item.reason)}", file=sys.stderr)
        if debug and item.detail:
            print(item.detail.rstrip("\n"), file=sys.stderr)


def output_format(fmt: str | None, output: str | None) -> str:
    """The format to write: `--format`, else the one `-o FILE`'s extension names, else the table.
    `UsageError` for an extension that names no format, one that contradicts `--format`, a binary format
    without a file, and a file in a folder that does not exist."""
    suffix = Path(output).suffix.lower() if output and output != "-" else ""
    implied = FORMAT_OF_SUFFIX.get(suffix)
    if suffix and fmt is None and implied is None:
        known = ", ".join(FORMAT_OF_SUFFIX)
        raise UsageError(f"cannot tell the format from {output!r}: use {known}, or give --format")
    if fmt is not None and implied is not None and implied != fmt:
        raise UsageError(f"--format {fmt} but {output!r} says {implied}: drop one, or make them agree")
    chosen = fmt or implied or "table"
    if chosen in _BINARY_FORMATS and not (output and output != "-"):
        raise UsageError(f"--format {chosen} needs -o FILE")
    if output and output != "-":
        check_output_folder(Path(output))
    return chosen


def write_frame(frame: pd.DataFrame, fmt: str, output: str | None) -> None:
    """Write the facts frame in one of `FORMATS` to a file, or to standard output for text formats."""
    from tradeviz.export import write_table

    if fmt == "parquet":
        frame.to_parquet(output, index=False)
        return
    if fmt in ("csv", "xlsx"):  # the same bytes as the dashboard's downloads, formulas neutralised
        write_table(frame, output or "-", fmt)
        return
    _write_text({"table": format_table, "jsonl": format_jsonl}[fmt](frame), output)


def _write_stdout(text: str, stream: IO[str]) -> None:
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:  # `tradeviz extract ... | head`
        pass


def format_table(frame: pd.DataFrame) -> str:
    """A readable table for the terminal: the columns an analyst scans first, quotes shortened."""
    import pandas as pd

    from tradeviz.rows import TABLE_COLUMNS

    if frame.empty:
        return "no facts found\n"
    extra = [column for column in ("correction", "fact_id") if column in frame.columns]
    shown = frame.loc[:, [*TABLE_COLUMNS, *extra]].copy()
    for column in ("period_start", "period_end"):
        shown[column] = shown[column].dt.strftime("%Y-%m-%d")
    shown["quote"] = shown["quote"].map(lambda quote: quote if len(quote) <= 70 else quote[:67] + "...")
    with pd.option_context("display.width", 250, "display.max_columns", None, "display.max_colwidth", 70):
        return shown.astype(object).where(shown.notna(), "").to_string(index=False) + "\n"


def format_jsonl(frame: pd.DataFrame) -> str:
    """One JSON object per fact; dates as ISO strings, missing values as null."""
    lines = []
    for record in frame.to_dict(orient="records"):
        clean = {str(key): _finite_or_none(json_value(value)) for key, value in record.items()}
        for column in DATE_COLUMNS:
            if isinstance(clean.get(column), str):
                clean[column] = str(clean[column])[:10]
        lines.append(json.dumps(clean, ensure_ascii=False, allow_nan=False))
    return "".join(line + "\n" for line in lines)


def _finite_or_none(value: object) -> object:
    """NaN and infinity are no JSON (Python would write `NaN`, `Infinity`): null, as for a missing value."""
    return None if isinstance(value, float) and not math.isfinite(value) else value


def parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace:
    """The arguments; a mistyped option is shown with the usage of its own command, not the top one's."""
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        commands: Any = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
        commands[args.command].error(f"unrecognized arguments: {' '.join(unknown)}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `tradeviz` console script."""
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(command_of(argv))
    args = parse(parser, argv)
    try:
        return int(args.handler(args))
    except UsageError as error:
        print(f"tradeviz: {error}", file=sys.stderr)
        return 2
    except TradevizError as error:
        print(f"tradeviz: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug: one line for the user, the traceback only when asked for
        from tradeviz.pipeline import failure_reason

        if getattr(args, "debug", False):
            traceback.print_exc()
        print(f"tradeviz: {failure_reason('unexpected failure', error)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
