"""Charts: each a function from a facts frame (one pair, one scope) to a Plotly figure; nothing drawn here.

Every reported figure is a marker at its period: its symbol says the qualifier (circle as reported, diamond
about, triangles more/less than), hollow when the period is not a whole calendar year. Full-year figures
are joined by a consensus line (the median of the reports of each year, with their spread as error bars).
Targets are stars at their deadline, reached by a dashed path from the figure reported when they were set;
a target without deadline is a dotted horizontal line. Hovering any point shows where it came from.

Labels are placed so that none overlaps another, a marker or a line, or leaves the plot, from the
narrowest chart the page draws (`MIN_WIDTH`) up (`tradeviz.labels`); the legend sits under the plot, so the
plot keeps its width whatever the sources are called. Each fact's drawing values come from
`tradeviz.chart_marks`, the targets' traces from `tradeviz.chart_targets`, the axes, notes and legend's
room from `tradeviz.chart_layout`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from tradeviz import aggregates, chart_layout, chart_spread, labels, views
from tradeviz.chart_figure import TEMPLATE, make_figure, with_house_look
from tradeviz.chart_figure import meta as trace_meta
from tradeviz.chart_layout import MARGIN as MARGIN
from tradeviz.chart_layout import MAX_WIDTH as MAX_WIDTH
from tradeviz.chart_layout import MIN_WIDTH as MIN_WIDTH
from tradeviz.chart_layout import PLOT_HEIGHT as PLOT_HEIGHT
from tradeviz.chart_marks import (
    CONSENSUS_COLOUR,
    METRIC_COLOURS,
    PALETTE,
    SEVERAL,
    SYMBOLS,
    Memo,
    colour_keys,
    colour_of,
    consensus_notes,
    escape,
    flow_name,
    mid_year,
)
from tradeviz.chart_reports import add_all_reports
from tradeviz.chart_spread import add_deadline_spreads, add_undated_spread, spread_note
from tradeviz.chart_targets import add_deadline_targets, add_open_targets, grouped

__all__ = [
    "CHARTS",
    "METRIC_COLOURS",
    "PALETTE",
    "SYMBOLS",
    "TEMPLATE",
    "Memo",
    "empty_figure",
    "trace_meta",
    "turnover_chart",
]

METRIC_NAMES = {"turnover": "Turnover", "export": "Exports", "import": "Imports", "investment": "Investment"}
LABEL_LIMIT = 400
"""Above this many labelled points a chart drops its labels (the hover still tells each point)."""
QUOTE_LIMIT = 2000
"""Above this many points a chart's hovers leave out the sentence: thousands of sentences make the chart
megabytes to send on every filter change (the Facts tab and the downloads have them)."""

KEY = (
    ("circle", "● as reported"),
    ("diamond", "◆ about"),
    ("triangle-up", "▲ more than"),
    ("triangle-down", "▼ less than"),
    ("-open", "○ hollow: part of a year"),
    ("star", "★ target"),
)
"""The symbol key, each entry shown only when its symbol is drawn."""

Trace = dict[str, Any]
"""A scatter trace's properties, as Plotly takes them; made into a figure once all are known."""


def turnover_chart(
    frame: pd.DataFrame,
    *,
    title: str | None = None,
    memo: Memo | None = None,
    years: tuple[int, int] | None = None,
) -> go.Figure:
    """Reported turnover against targets over time, coloured by source."""
    return _facts_figure(frame, ("turnover",), "source", "turnover vs targets", title, memo, years)


def trade_chart(
    frame: pd.DataFrame,
    *,
    title: str | None = None,
    memo: Memo | None = None,
    years: tuple[int, int] | None = None,
) -> go.Figure:
    """Reported exports and imports over time, one series per flow (exporter → importer): a country's
    exports and its partner's imports of the same goods are drawn together (a mirror view), each hover
    saying which side reported it; figures that do not say their direction keep a series per metric."""
    return _facts_figure(frame, ("export", "import"), "flow", "exports and imports", title, memo, years)


def investment_chart(
    frame: pd.DataFrame,
    *,
    title: str | None = None,
    memo: Memo | None = None,
    years: tuple[int, int] | None = None,
) -> go.Figure:
    """Reported investment figures (often stocks over several years), coloured by source."""
    return _facts_figure(frame, ("investment",), "source", "investment", title, memo, years)


CHARTS: dict[str, Callable[..., go.Figure]] = {
    "turnover": turnover_chart,
    "trade": trade_chart,
    "investment": investment_chart,
}
"""The charts by the name the dashboard and `tradeviz chart --view` use; each takes the frame and
`title`, `memo` (`chart_marks.Memo`) and `years` (the x-axis spans them; default: what is drawn)."""


def empty_figure(message: str, *, title: str | None = None) -> go.Figure:
    """A figure that says why there is nothing to draw."""
    figure = go.Figure(layout=with_house_look({"title": {"text": escape(title or "")}}))
    figure.layout.template = None  # the house look is in the layout, as in every chart
    figure.add_annotation(text=escape(message), showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper")
    figure.update_xaxes(visible=False)
    figure.update_yaxes(visible=False)
    return figure


_TEXT_COLUMNS = ("quote", "title", "url")
"""Long texts a chart reads only for the hovers it has not drawn before: left out of the frame it slices on
every filter change (copying them was a third of a change's time), read from the full frame when needed."""


def _facts_figure(
    frame: pd.DataFrame,
    metrics: Sequence[str],
    colour_by: str,
    what: str,
    title: str | None,
    memo: Memo | None,
    years: tuple[int, int] | None,
) -> go.Figure:
    """The one figure behind every chart: `metrics`' reports, consensus lines and targets, in one currency
    (the most common; the rest are counted in a note) and the unit that suits its largest amount."""
    full, frame = frame, frame.drop(columns=[name for name in _TEXT_COLUMNS if name in frame.columns])
    rows = frame[frame["metric"].isin(metrics).fillna(False).astype(bool)]
    series = set(
        pd.DataFrame({"pair": rows["parties"].fillna(""), "scope": views.scope_of(rows)})
        .drop_duplicates()
        .itertuples(index=False, name=None)
    )
    if len(series) > 1:
        raise ValueError(f"a chart shows one pair and one scope; got {sorted(series)}")
    currency = views.main_currency(rows)
    in_currency = rows[(rows["currency"] == currency).fillna(False).astype(bool)]
    if in_currency.empty:
        return empty_figure(f"No {what} figures match the filters.", title=title)
    pair, scope = next(iter(series))
    unit = views.choose_unit([*in_currency["amount"], *in_currency["amount_high"].dropna()])
    axis_unit = f"{unit.label} {currency}".strip()
    quotes = len(in_currency) <= QUOTE_LIMIT
    memo = Memo() if memo is None else memo

    traces: list[Trace] = []  # the figure is made once from all: adding traces one by one copies each
    actual = in_currency[(in_currency["kind"] == "actual").fillna(False)]
    targets = in_currency[(in_currency["kind"] == "target").fillna(False)]
    notes: dict[tuple[str, int], str] = {}
    if colour_by == "flow":  # a consensus per flow, of both sides' reports: the metric column keyed by it
        actual = actual.assign(metric=colour_keys(actual, colour_by))
        metrics = sorted(set(actual["metric"].tolist()))
    for metric in metrics:
        yearly = aggregates.consensus(actual, metric)
        _add_consensus(traces, yearly, metric, unit, colour_by=colour_by)
        notes.update({(metric, y): n for y, n in consensus_notes(yearly, unit, axis_unit).items()})
    summarised = add_all_reports(
        traces,
        actual,
        full,
        unit,
        quotes,
        memo,
        colour_by,
        notes,
        name_of=_series_name,
        colour_of=colour_of,
        axis_unit=axis_unit,
    )
    stated = grouped(targets, unit, quotes=quotes, memo=memo, source=full)
    dated = [t for t in stated if not _gap(t.first.row["target_year"])]
    undated = [t for t in stated if _gap(t.first.row["target_year"])]
    spread = len(stated) > chart_spread.TARGET_LIMIT  # thousands of stars and paths: each deadline's spread
    namer = dict(unit_label=axis_unit, colour_by=colour_by)
    if spread:
        add_deadline_spreads(traces, dated, **namer, name_of=_series_name)
    else:
        add_deadline_targets(traces, dated, in_currency, unit, colour_by)
    drawn = chart_layout.drawn_years(traces) or [pd.Timestamp(p).year for p in targets["published"].dropna()]
    span = chart_layout.year_range(years, drawn)
    if spread:
        add_undated_spread(traces, undated, span, **namer, name_of=_series_name)
    else:
        add_open_targets(traces, undated, span, colour_by)

    _one_legend_entry_per_colour(traces)
    y_top = chart_layout.y_top(traces)
    canvas = labels.Canvas(
        x_range=(float(span[0].value), float(span[1].value)),
        y_range=(0.0, y_top),
        height=PLOT_HEIGHT,
        min_width=MIN_WIDTH - MARGIN["l"] - MARGIN["r"],
        max_width=MAX_WIDTH - MARGIN["l"] - MARGIN["r"],
    )
    unlabelled = _drop_labels_when_crowded(traces)
    crowded = labels.place_labels(traces, canvas) if not unlabelled else 0
    notes_shown = _notes(
        traces, len(rows) - len(in_currency), unlabelled, crowded, quotes or bool(summarised)
    )
    if summarised or spread:
        notes_shown.append(spread_note(summarised, len(stated) if spread else 0))
    layout = chart_layout.layout(
        title=escape(title or f"{pair} {what}, {scope} ({axis_unit})"),
        axis_unit=escape(axis_unit),
        span=span,
        y_top=y_top,
        legend_title={"source": "Source", "flow": "Exporter → importer"}.get(colour_by, ""),
        legend_rows=chart_layout.legend_rows(
            [str(trace["name"]) for trace in traces if trace.get("showlegend", True)]
        ),
        notes=notes_shown,
    )
    return make_figure(traces, layout)


def _series_name(key: str, colour_by: str) -> str:
    """A colour key as the legend names it: a metric's name, a flow ('KZ → CN'), or the source."""
    if key == SEVERAL:
        return "Several outlets"
    if colour_by == "flow":
        return flow_name(key)
    return METRIC_NAMES.get(key, key) if colour_by == "metric" else key


def _gap(value: object) -> bool:
    return value is None or bool(pd.isna(value))  # type: ignore[call-overload]


def _add_consensus(
    traces: list[Trace], years: pd.DataFrame, metric: str, unit: views.Unit, *, colour_by: str
) -> None:
    """The median of each year's full-year reports, joined, with their spread as error bars. It takes no
    hover: the reports of a year say their consensus, and a point under the pointer is always a report."""
    if years.empty:
        return
    median = years["median"] / unit.factor
    colour = CONSENSUS_COLOUR if colour_by == "source" else colour_of(metric, colour_by)
    label = "Consensus" if colour_by == "source" else f"{_series_name(metric, colour_by)}, consensus"
    traces.append(
        dict(
            x=_dates([mid_year(int(y)) for y in years["year"]]),
            y=np.array(median, dtype=float),
            mode="lines+markers",
            name=f"{label}, full years",
            line={"color": colour, "width": 2},
            marker={"size": 5, "color": colour},
            opacity=0.8,
            error_y={
                "type": "data",
                "symmetric": False,
                "array": np.array(years["high"] / unit.factor - median, dtype=float),
                "arrayminus": np.array(median - years["low"] / unit.factor, dtype=float),
                "color": colour,
                "thickness": 1.5,
                "width": 6,
            },
            hoverinfo="skip",
            meta={"role": "consensus", "metric": metric},
        )
    )


def _one_legend_entry_per_colour(traces: list[Trace]) -> None:
    """One legend entry per source (or metric): its reports, else its first targets. A star's label and
    hover tell each target; more entries would make the legend under the plot taller than the plot."""
    seen: set[str] = set()
    order = sorted(range(len(traces)), key=lambda n: traces[n]["meta"]["role"] != "reports")
    for number in order:
        trace = traces[number]
        group = trace.get("legendgroup")
        if group is None or trace.get("showlegend") is False:
            continue
        trace["showlegend"] = group not in seen
        seen.add(group)


def _drop_labels_when_crowded(traces: list[Trace]) -> int:
    """Take the text labels off every trace when the chart has more than LABEL_LIMIT labelled points:
    thousands of labels hide each other, and make the chart slow to send and to export. The labels dropped."""
    labelled = [trace for trace in traces if "text" in trace["mode"] and trace.get("text") is not None]
    points = sum(sum(1 for label in trace["text"] if label) for trace in labelled)
    if points <= LABEL_LIMIT:
        return 0
    for trace in labelled:
        trace["mode"] = trace["mode"].replace("+text", "")
        for name in ("text", "textposition", "textfont"):
            trace.pop(name, None)
    return points


def _notes(
    traces: list[Trace], other_currencies: int, unlabelled: int, crowded: int, quotes: bool
) -> list[str]:
    """The symbol key (only what is drawn), then what the chart leaves out."""
    drawn = {
        str(symbol)
        for trace in traces
        if "markers" in trace["mode"] and trace["meta"]["role"] != "consensus"
        for symbol in np.atleast_1d(trace["marker"]["symbol"]).tolist()
    }
    shapes = {symbol.removesuffix("-open") for symbol in drawn}
    if any(symbol.endswith("-open") for symbol in drawn):
        shapes.add("-open")
    key = [text for symbol, text in KEY if symbol in shapes]
    notes = ["   ".join(key)] if key else []
    if other_currencies:
        notes.append(f"{other_currencies} figure(s) in other currencies not shown")
    if unlabelled:
        notes.append(f"{unlabelled:,} labels left out: hover for each point")
    if crowded:
        notes.append(f"{crowded:,} label(s) left out where they would overlap: hover for each point")
    if not quotes:
        notes.append(f"over {QUOTE_LIMIT:,} points: hovers without their sentences (see the facts table)")
    return notes


def _dates(values: Sequence[pd.Timestamp | None]) -> np.ndarray:
    """Times broken by gaps (None, NaT in the array): an array of times copies at once, Timestamps slowly."""
    return np.array(
        [_NAT if value is None else value.to_datetime64() for value in values], dtype="datetime64[ns]"
    )


_NAT = np.datetime64("NaT", "ns")
