"""`tradeviz chart`: the dashboard's charts, with the same filters, written to PNG, SVG, PDF or HTML.

`tradeviz/cli.py` registers it with `add_chart_parser(subparsers)`; the parser's `handler` is `run_chart`.
Table exports for `tradeviz extract --format csv|xlsx` are `tradeviz.export.write_table`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path
from typing import Any

from tradeviz import charts, export, links, views
from tradeviz.cli_common import check_output_folder, plural, report_corrections
from tradeviz.corrections import visible
from tradeviz.corrections_cli import ARTICLE_TYPES, add_corrections_argument, corrections_files
from tradeviz.frame import KINDS, METRICS

ARTICLES_ENV = "TRADEVIZ_ARTICLES"
DEFAULT_ARTICLES = "data/articles"
FORMATS = ("png", "svg", "pdf", "html")
_TRADE = {"export", "import"}


def add_chart_parser(subparsers: argparse._SubParsersAction[Any]) -> argparse.ArgumentParser:
    """Add the `chart` command to the `tradeviz` command line."""
    parser = subparsers.add_parser(
        "chart",
        help="draw turnover vs targets (or trade, investment) to PNG, SVG, PDF or HTML",
        description=(
            "Draw a chart of the facts in the articles, filtered like the dashboard, to FILE. The format "
            "follows FILE's extension: .png, .svg, .pdf (need Chromium) or .html (interactive, offline)."
        ),
    )
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.png, .svg, .pdf or .html")
    parser.add_argument(
        "--articles",
        nargs="+",
        metavar="PATH",
        help=f"{ARTICLE_TYPES} files or folders (default: ${ARTICLES_ENV}, else {DEFAULT_ARTICLES})",
    )
    parser.add_argument(
        "--view",
        choices=sorted(charts.CHARTS),
        help="which chart (default: from --metric, else turnover)",
    )
    parser.add_argument("--pair", help="country pair such as CN-KZ (default: the pair with most facts)")
    parser.add_argument(
        "--scope", help=f"'{views.NATIONAL}' (default) or a region such as 'Turkestan Region'"
    )
    parser.add_argument("--from", dest="year_from", type=int, metavar="YEAR", help="first year shown")
    parser.add_argument("--to", dest="year_to", type=int, metavar="YEAR", help="last year shown")
    parser.add_argument("--source", action="append", metavar="NAME", help="only this source (repeatable)")
    parser.add_argument("--lang", action="append", metavar="CODE", help="only this language (repeatable)")
    parser.add_argument("--metric", action="append", choices=METRICS, help="only this metric (repeatable)")
    parser.add_argument("--kind", action="append", choices=KINDS, help="only actual figures or targets")
    parser.add_argument("--title", help="chart title (default: pair, view, scope and unit)")
    add_corrections_argument(parser)
    parser.set_defaults(handler=run_chart)
    return parser


def run_chart(args: argparse.Namespace) -> int:
    """Load the articles, filter, draw and write the chart; 0 when written, 1 when nothing to draw, 2 on
    a mistake in the arguments."""
    from tradeviz.pipeline import load_corpus  # the extractor is only needed once a chart is asked for
    from tradeviz.reviewed import reviewed_facts

    output = Path(args.output)
    fmt = output.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        return _fail(f"cannot tell the format from {args.output!r}: use .png, .svg, .pdf or .html", 2)
    check_output_folder(output)
    paths = args.articles or [os.environ.get(ARTICLES_ENV) or DEFAULT_ARTICLES]
    files = corrections_files(args, paths)
    corpus = load_corpus(paths)
    for skipped in corpus.skipped:
        print(f"tradeviz: skipped {skipped.path}: {skipped.reason}", file=sys.stderr)
    reviewed = reviewed_facts(corpus, files)
    report_corrections(reviewed.problems, reviewed.orphans)
    facts = visible(reviewed.frame)  # a rejected figure is in no chart
    if facts.empty:
        return _fail("no facts found in the articles", 1)

    wanted = filters_from_args(args)
    options = views.filter_options(facts, pair=wanted.pair)
    wanted, problems = views.reconcile(wanted, options)
    if problems:
        for problem in problems:
            print(f"tradeviz: {problem}", file=sys.stderr)
        print(_offered(views.filter_options(facts)), file=sys.stderr)
        return 2
    filters = views.with_defaults(wanted, facts)
    shown = views.apply_filters(facts, filters)
    view = args.view or view_for(filters.metrics)
    figure = charts.CHARTS[view](shown, title=args.title, years=filters.years)
    if not figure.data:
        return _fail(
            f"nothing to draw: no {view} facts for {filters.pair}, {filters.scope} with these filters", 1
        )
    caption = links.caption_lines(filters, views.filter_options(facts, pair=filters.pair), dt.date.today())
    try:
        data = export.figure_bytes(figure, fmt, caption=caption)
    finally:
        export.close_browser()
    output.write_bytes(data)
    print(f"tradeviz: {view} chart of {plural(len(shown), 'fact')} written to {output}", file=sys.stderr)
    return 0


def filters_from_args(args: argparse.Namespace) -> views.Filters:
    """The dashboard's filters from command-line options (unset options restrict nothing)."""
    years = None
    if args.year_from is not None or args.year_to is not None:
        low = args.year_from if args.year_from is not None else -(10**4)
        high = args.year_to if args.year_to is not None else 10**4
        years = (min(low, high), max(low, high))
    return views.Filters(
        years=years,
        sources=tuple(args.source) if args.source else None,
        langs=tuple(args.lang) if args.lang else None,
        metrics=tuple(args.metric) if args.metric else None,
        kinds=tuple(args.kind) if args.kind else None,
        pair=args.pair,
        scope=args.scope,
    )


def view_for(metrics: tuple[str, ...] | None) -> str:
    """The chart that shows these metrics: trade for exports/imports, investment for investment.

    >>> view_for(("export",)), view_for(("investment",)), view_for(None)
    ('trade', 'investment', 'turnover')
    """
    if metrics and set(metrics) <= _TRADE:
        return "trade"
    if metrics and set(metrics) == {"investment"}:
        return "investment"
    return "turnover"


def _offered(options: views.Options) -> str:
    lines = [
        f"  pairs: {', '.join(options.pairs)}",
        f"  scopes: {', '.join(options.scopes)}",
        f"  sources: {', '.join(options.sources)}",
        f"  languages: {', '.join(options.langs)}",
    ]
    return "tradeviz: the articles offer\n" + "\n".join(lines)


def _fail(message: str, code: int) -> int:
    print(f"tradeviz: {message}", file=sys.stderr)
    return code
