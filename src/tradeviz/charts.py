"""Charts: each a function from a facts frame (one pair, one scope) to a Plotly figure; nothing drawn here.

Every reported figure is a marker at its period: its symbol says the qualifier (circle as reported, diamond
about, triangles more/less than), hollow when the period is not a whole calendar year. Full-year figures
are joined by a consensus line (the median of the reports of each year, with their spread as error bars).
Targets are stars at their deadline, reached by a dashed path from the figure reported when they were set;
a target without deadline is a dotted horizontal line. Hovering any point shows where it came from.
"""

from __future__ import annotations

import functools
import html
import textwrap
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from tradeviz import views

SYMBOLS = {"=": "circle", "~": "diamond", ">": "triangle-up", "<": "triangle-down"}
TARGET_SYMBOL = "star"
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#bcbd22")
METRIC_COLOURS = {"export": "#1f77b4", "import": "#d62728", "turnover": "#2ca02c", "investment": "#9467bd"}
METRIC_NAMES = {"turnover": "Turnover", "export": "Exports", "import": "Imports", "investment": "Investment"}
CONSENSUS_COLOUR = "#3b3b3b"
LABEL_LIMIT = 400
"""Above this many labelled points a chart drops its labels (the hover still tells each point)."""
QUOTE_LIMIT = 2000
"""Above this many points a chart's hovers leave out the sentence: thousands of sentences make the chart
megabytes to send on every filter change (the Facts tab and the downloads have them)."""
TEMPLATE = "plotly_white"
SYMBOL_KEY = "● as reported   ◆ about   ▲ more than   ▼ less than   ○ hollow: part of a year   ★ target"

HOVER = (
    "<b>%{customdata[0]}</b><br>"
    "Period: %{customdata[1]}<br>"
    "Qualifier: %{customdata[2]}<br>"
    "Source: %{customdata[3]}<br>"
    "Published: %{customdata[4]}<br>"
    "<i>%{customdata[5]}</i><extra></extra>"
)


Memo = dict[tuple[Any, ...], dict[Any, Any]]
"""Each fact's drawing values (position, symbol, label, hover) by what they are and its index label,
kept between the charts
of one facts frame: a filter change then redraws thousands of facts without formatting them again. Whoever
keeps one gives a new one when the frame changes (its index labels then mean other facts)."""

MEMO_LIMIT = 500_000
"""Entries a memo holds before it starts afresh (a few per fact)."""


def turnover_chart(frame: pd.DataFrame, *, title: str | None = None, memo: Memo | None = None) -> go.Figure:
    """Reported turnover against targets over time, coloured by source."""
    return _facts_figure(
        frame, ("turnover",), colour_by="source", what="turnover vs targets", title=title, memo=memo
    )


def trade_chart(frame: pd.DataFrame, *, title: str | None = None, memo: Memo | None = None) -> go.Figure:
    """Reported exports and imports over time, coloured by direction."""
    return _facts_figure(
        frame, ("export", "import"), colour_by="metric", what="exports and imports", title=title, memo=memo
    )


def investment_chart(frame: pd.DataFrame, *, title: str | None = None, memo: Memo | None = None) -> go.Figure:
    """Reported investment figures (often stocks over several years), coloured by source."""
    return _facts_figure(
        frame, ("investment",), colour_by="source", what="investment", title=title, memo=memo
    )


CHARTS: dict[str, Callable[..., go.Figure]] = {
    "turnover": turnover_chart,
    "trade": trade_chart,
    "investment": investment_chart,
}
"""The charts by the name the dashboard and `tradeviz chart --view` use."""


def empty_figure(message: str, *, title: str | None = None) -> go.Figure:
    """A figure that says why there is nothing to draw."""
    figure = go.Figure(layout={"template": TEMPLATE, "title": {"text": title or ""}})
    figure.add_annotation(text=message, showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper")
    figure.update_xaxes(visible=False)
    figure.update_yaxes(visible=False)
    return figure


def _facts_figure(
    frame: pd.DataFrame,
    metrics: Sequence[str],
    *,
    colour_by: str,
    what: str,
    title: str | None,
    memo: Memo | None,
) -> go.Figure:
    """The one figure behind every chart: `metrics`' reports, consensus lines and targets, in one currency
    (the most common; the rest are counted in a note) and the unit that suits its largest amount."""
    colours = _colours(frame, colour_by)
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
    memo = {} if memo is None else memo
    if sum(map(len, memo.values())) > MEMO_LIMIT:
        memo.clear()
    traces: list[Trace] = []  # the figure is made once from all: adding traces one by one copies each
    actual = in_currency[(in_currency["kind"] == "actual").fillna(False)]
    targets = in_currency[(in_currency["kind"] == "target").fillna(False)]
    for metric in metrics:
        _add_consensus(traces, actual, metric, unit, colour_by=colour_by, axis_unit=axis_unit)
    keys = _colour_key(actual, colour_by)
    placed = _positions(actual, keys, memo)
    codes, names = pd.factorize(keys, sort=True)
    for code, key in enumerate(names.tolist()):
        group = np.flatnonzero(codes == code)  # positions in `actual`: slicing arrays, not frames
        marks = _memoised(
            memo,
            actual.index[group],
            full,
            ("report", unit, quotes),
            lambda row: _report_mark(row, unit, quotes),
        )
        name = METRIC_NAMES.get(str(key), str(key)) if colour_by == "metric" else str(key)
        _add_reports(traces, placed, group, marks, name=name, colour=colours[str(key)])
    target_keys = _colour_key(targets, colour_by)
    deadline = targets["target_year"].notna()
    _add_deadline_targets(
        traces,
        targets[deadline],
        target_keys[deadline],
        in_currency,
        unit,
        colours,
        quotes=quotes,
        memo=memo,
        source=full,
    )
    span = _year_range(_drawn_years(traces) or [pd.Timestamp(p).year for p in targets["published"].dropna()])
    _add_open_targets(
        traces,
        targets[~deadline],
        target_keys[~deadline],
        unit,
        colours,
        span,
        quotes=quotes,
        memo=memo,
        source=full,
    )
    unlabelled = _drop_labels_when_crowded(traces)

    notes = [SYMBOL_KEY]
    dropped = len(rows) - len(in_currency)
    if dropped:
        notes.append(f"{dropped} figure(s) in other currencies not shown")
    if unlabelled:
        notes.append(f"{unlabelled:,} labels left out: hover for each point")
    if not quotes:
        notes.append(f"over {QUOTE_LIMIT:,} points: hovers without their sentences (see the facts table)")
    layout = go.Layout(
        title={"text": title or f"{pair} {what}, {scope} ({axis_unit})"},
        yaxis={"title": {"text": axis_unit}, "rangemode": "tozero"},
        xaxis={
            "type": "date",
            "dtick": "M12",
            "tickformat": "%Y",
            "ticklabelmode": "period",
            "range": [start.date().isoformat() for start in span],
        },
        hoverlabel={"align": "left"},
        legend={"title": {"text": "Source" if colour_by == "source" else ""}},
        margin={"b": 110},
        height=540,
        annotations=[
            {
                # The symbol key on its own line when there is more to say: one line would run off the chart.
                "text": notes[0] if len(notes) == 1 else notes[0] + "<br>" + "  ·  ".join(notes[1:]),
                "showarrow": False,
                "x": 0,
                "y": -0.16,
                "yanchor": "top",
                "xref": "paper",
                "yref": "paper",
                "xanchor": "left",
                "font": {"size": 11, "color": "#555"},
            }
        ],
    )
    figure = _figure(traces, layout)
    return figure


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


def _colours(frame: pd.DataFrame, colour_by: str) -> dict[str, str]:
    """One colour per source (stable: sorted names over the whole frame) or per metric."""
    if colour_by == "metric":
        return dict(METRIC_COLOURS)
    names = sorted({views.UNKNOWN if pd.isna(name) else str(name) for name in frame["source"].unique()})
    return {name: PALETTE[position % len(PALETTE)] for position, name in enumerate(names)}


def _colour_key(frame: pd.DataFrame, colour_by: str) -> pd.Series:
    if colour_by == "metric":
        return frame["metric"].astype(str)
    return frame["source"].fillna(views.UNKNOWN).astype(str)


def _x_position(row: views.Row) -> pd.Timestamp | None:
    """Where a fact sits in time: mid-year for a year (tick labels are centred on years), the middle of a
    shorter period, the last year of a longer one (a total up to then), else its publication date."""
    start, end = row["period_start"], row["period_end"]
    if not pd.isna(start) and not pd.isna(end):
        if start.year != end.year or _whole_year(start, end):
            return _mid_year(end.year)
        return start + (end - start) / 2
    for value in (end, start, row["published"]):
        if not pd.isna(value):
            return pd.Timestamp(value)
    return None


def _memoised(
    memo: Memo,
    labels: pd.Index,
    source: pd.DataFrame,
    what: tuple[Any, ...],
    compute: Callable[[views.Row], Any],
) -> list[Any]:
    """`compute(row)` for the rows of `source` at `labels`, from `memo` where it is known (keyed by `what`
    and label). Only the rows not yet known are read from `source`."""
    known = memo.setdefault(what, {})
    wanted = labels.tolist()
    missing = list(dict.fromkeys(label for label in wanted if label not in known))
    if missing:
        for label, row in zip(missing, views.rows(source.loc[missing]), strict=True):
            known[label] = compute(row)
    return [known[label] for label in wanted]


class _Placed(NamedTuple):
    """Where each report of a chart is drawn (`_positions`), by position in its frame."""

    x: np.ndarray  # datetime64[ns], NaT where it cannot be placed in time
    side: np.ndarray  # which side of the marker its label goes


def _positions(actual: pd.DataFrame, keys: pd.Series, memo: Memo) -> _Placed:
    """Each report's x and the side of its label. Reports of one metric and period that would overlap are
    nudged apart by a few weeks (by colour, then amount); those moved left are labelled on the left.

    Worked out on arrays: a sort of the frame and a group-by cost a filter change more than the rest."""
    base = pd.DatetimeIndex(_memoised(memo, actual.index, actual, ("x",), _x_position)).to_numpy(
        "datetime64[ns]"
    )
    x, side = base.copy(), np.full(len(base), "middle right", dtype=object)
    placed = np.flatnonzero(~np.isnat(base))
    if not placed.size:
        return _Placed(x, side.astype(str))
    times = base[placed].view("int64")
    metrics = pd.factorize(actual["metric"].to_numpy()[placed], sort=True)[0]
    colours = pd.factorize(keys.to_numpy()[placed], sort=True)[0]
    amounts = actual["amount"].to_numpy(dtype=float)[placed]
    order = np.lexsort((amounts, colours, metrics, times))  # the last is the first sort key
    times, metrics = times[order], metrics[order]
    new_place = np.r_[True, (times[1:] != times[:-1]) | (metrics[1:] != metrics[:-1])]
    firsts = np.flatnonzero(new_place)
    group = np.cumsum(new_place) - 1
    sizes = np.diff(np.r_[firsts, len(order)])
    shift = (np.arange(len(order)) - firsts[group]) - (sizes[group] - 1) / 2
    moved = placed[order]
    x[moved] = times.view("datetime64[ns]") + np.round(shift * 50).astype("int64").astype("timedelta64[D]")
    side[moved[shift < 0]] = "middle left"
    return _Placed(x, side.astype(str))


def _drawn_years(traces: list[Trace]) -> list[int]:
    """The first and last year drawn (none when nothing is)."""
    years = [pd.DatetimeIndex(trace["x"]).dropna().year for trace in traces if len(trace["x"])]
    drawn = [year for part in years if len(part) for year in (part.min(), part.max())]
    return [min(drawn), max(drawn)] if drawn else []


def _year_range(years: Sequence[int]) -> tuple[pd.Timestamp, pd.Timestamp]:
    """Whole years around `years`, at least three, so a lone point still has year labels around it."""
    first, last = (min(years), max(years)) if years else (2000, 2000)
    if last - first < 2:
        first, last = first - 1, last + 1
    return pd.Timestamp(first - 1, 10, 1), pd.Timestamp(last + 1, 3, 31)


def _whole_year(start: pd.Timestamp, end: pd.Timestamp) -> bool:
    return (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year


_TEXT_COLUMNS = ("quote", "title", "url")
"""Long texts a chart reads only for the hovers it has not drawn before: left out of the frame it slices on
every filter change (copying them was a third of a change's time), read from the full frame when needed."""

Trace = dict[str, Any]
"""A scatter trace's properties, as Plotly takes them; made into a figure once all are known."""


def _figure(traces: list[Trace], layout: go.Layout) -> go.Figure:
    """A figure of `traces` in TEMPLATE without Plotly's value-by-value checks of them (tenths of a second
    on thousands of points, and again for each copy on the way to the browser). Their values are made here,
    of the types those checks would make, typed arrays where they can be (a test validates every chart's
    traces and compares). The layout is checked as usual, and so is whatever changes the figure later.

    The template is set unchecked, as Plotly sets its default one: a registered template is checked
    already, and checking it again took 10 ms of every filter change."""
    figure = go.Figure(data=traces, layout=layout, _validate=False)
    figure.layout._validate = False
    try:
        figure.layout.template = pio.templates[TEMPLATE]
    finally:
        figure.layout._validate = True
    figure._validate = True
    return figure


def _array(values: list[Any]) -> np.ndarray:
    """Values of mixed types (numbers and gaps) as one numpy array."""
    return np.array(values, dtype=object)


def _floats(values: Sequence[float] | pd.Series) -> np.ndarray:
    return np.array(values, dtype=float)


def _times(values: Sequence[Any]) -> np.ndarray:
    return np.array(values, dtype="datetime64[ns]")


def _dates(values: Sequence[pd.Timestamp | None]) -> np.ndarray:
    """Times broken by gaps (None) as text, as Plotly sends them: a timestamp copies slowly, text at once."""
    return np.array([None if value is None else value.isoformat() for value in values], dtype=object)


def _texts(values: Sequence[str]) -> np.ndarray:
    return np.array(values, dtype=str)


def _table(rows: Sequence[Sequence[str]]) -> np.ndarray:
    """Rows of text of one length (each point's customdata) as one two-dimensional text array."""
    return np.array(rows, dtype=str).reshape(len(rows), -1)


@functools.lru_cache(maxsize=1024)
def _mid_year(year: int) -> pd.Timestamp:
    """Where a year's figures sit (kept: a chart asks for a few years thousands of times)."""
    return pd.Timestamp(year, 7, 1)


def _hover(row: views.Row, unit: views.Unit, *, quote: bool = True) -> list[str]:
    """The customdata behind HOVER: figure, period, qualifier, source, publication date, quote (blank
    when `quote` is False)."""
    period: str
    if row["kind"] == "target":
        period = "no deadline" if pd.isna(row["target_year"]) else f"target for {row['target_year']}"
    else:
        period = views.period_label(row["period_start"], row["period_end"]) or "not stated"
    published: str = "unknown" if pd.isna(row["published"]) else row["published"].date().isoformat()
    if row["published_inferred"]:
        published += " (inferred)"
    qualifier = views.QUALIFIER_WORDS.get(str(row["qualifier"]), str(row["qualifier"]))
    note = views.correction_note(row, unit)
    return [
        html.escape(views.describe_figure(row, unit) + (f" · {note}" if note else "")),
        html.escape(period),
        qualifier,
        html.escape(str(row["source"]) if not pd.isna(row["source"]) else views.UNKNOWN),
        published,
        _wrapped_quote(row["quote"]) if quote else "",
    ]


def _wrapped_quote(quote: object, width: int = 70, limit: int = 420) -> str:
    """The source sentence, escaped (hover labels read a few HTML tags) and wrapped for a hover label."""
    return "" if pd.isna(quote) else _wrapped(str(quote), width, limit)  # type: ignore[call-overload]


@functools.lru_cache(maxsize=2**16)
def _wrapped(quote: str, width: int, limit: int) -> str:
    """`_wrapped_quote` of a text, kept: every filter change redraws the same quotes, and wrapping
    thousands of them costs tenths of a second."""
    text = " ".join(quote.split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return "<br>".join(html.escape(line) for line in textwrap.wrap(text, width))


def _report_mark(row: views.Row, unit: views.Unit, quotes: bool) -> tuple[str, str, list[str], float]:
    """A report's symbol, label, hover and y: what `_add_reports` draws of it."""
    partial: bool = not pd.isna(row["period_start"]) and not _whole_year(
        row["period_start"], row["period_end"]
    )
    symbol = SYMBOLS.get(str(row["qualifier"]), "circle") + ("-open" if partial else "")
    label = views.describe_figure(row, unit, with_unit=False)
    if partial:
        label += f" ({views.period_label(row['period_start'], row['period_end'])})"
    return symbol, label, _hover(row, unit, quote=quotes), views.point_of(row) / unit.factor


def _add_reports(
    traces: list[Trace],
    placed: _Placed,
    group: np.ndarray,
    marks: list[tuple[str, str, list[str], float]],
    *,
    name: str,
    colour: str,
) -> None:
    """One trace of reported figures (one source, or one metric): the reports at positions `group` of the
    frame `placed` places; `marks` from `_report_mark`, in order."""
    drawn = ~np.isnat(placed.x[group])
    if not drawn.any():
        return
    kept = [mark for mark, keep in zip(marks, drawn.tolist(), strict=True) if keep]
    at = group[drawn]
    traces.append(
        dict(
            x=placed.x[at],
            y=_floats([mark[3] for mark in kept]),
            mode="markers+text",
            name=name,
            legendgroup=name,
            marker={
                "symbol": _texts([mark[0] for mark in kept]),
                "size": 13,
                "color": colour,
                "line": {"width": 2, "color": colour},
            },
            text=_texts([mark[1] for mark in kept]),
            textposition=placed.side[at],
            textfont={"color": colour, "size": 11},
            customdata=_table([mark[2] for mark in kept]),
            hovertemplate=HOVER,
            meta={"role": "reports"},
        )
    )


def _add_consensus(
    traces: list[Trace],
    actual: pd.DataFrame,
    metric: str,
    unit: views.Unit,
    *,
    colour_by: str,
    axis_unit: str,
) -> None:
    """The median of each year's full-year reports, joined, with their spread as error bars."""
    years = views.consensus(actual, metric)
    if years.empty:
        return
    median = years["median"] / unit.factor
    colour = METRIC_COLOURS.get(metric, CONSENSUS_COLOUR) if colour_by == "metric" else CONSENSUS_COLOUR
    spread = [
        f"median of {n} reports ({views.format_amount(low, unit)}–{views.format_amount(high, unit)})"
        if n > 1
        else "one report"
        for n, low, high in zip(years["reports"], years["low"], years["high"], strict=True)
    ]
    label = "Consensus" if colour_by == "source" else f"{METRIC_NAMES.get(metric, metric)}, consensus"
    traces.append(
        dict(
            x=_dates([_mid_year(int(y)) for y in years["year"]]),
            y=_floats(median),
            mode="lines+markers",
            name=f"{label}, full years",
            line={"color": colour, "width": 2},
            marker={"size": 5, "color": colour},
            opacity=0.8,
            error_y={
                "type": "data",
                "symmetric": False,
                "array": _floats(years["high"] / unit.factor - median),
                "arrayminus": _floats(median - years["low"] / unit.factor),
                "color": colour,
                "thickness": 1.5,
                "width": 6,
            },
            customdata=_table([[str(int(y)), s] for y, s in zip(years["year"], spread, strict=True)]),
            hovertemplate=(
                f"<b>%{{customdata[0]}}: %{{y:,.2f}} {axis_unit}</b><br>"
                f"%{{customdata[1]}}<extra>{label}</extra>"
            ),
            meta={"role": "consensus", "metric": metric},
        )
    )


def _add_deadline_targets(
    traces: list[Trace],
    targets: pd.DataFrame,
    keys: pd.Series,
    frame: pd.DataFrame,
    unit: views.Unit,
    colours: dict[str, str],
    *,
    quotes: bool,
    memo: Memo,
    source: pd.DataFrame,
) -> None:
    """Each target a star at its deadline, reached by a dashed path from the figure of its announcement.

    Paths of one colour share a trace (broken by gaps), and so do stars of one colour: a corpus with a
    thousand targets draws a few dozen traces, not two thousand (each trace costs Plotly milliseconds).
    Hovers not in `memo` are made from the rows of `source` (the full frame: `targets` lacks the quotes).
    """
    series = views.SeriesIndex(frame)
    paths: dict[str, tuple[list[pd.Timestamp | None], list[float | None], list[str]]] = {}
    stars: dict[str, list[_TargetMark]] = {}
    marks = _memoised(
        memo, targets.index, source, ("target", unit, quotes), lambda row: _target_mark(row, unit, quotes)
    )
    for mark, key in zip(marks, keys, strict=True):
        deadline = int(mark.row["target_year"])
        stars.setdefault(key, []).append(mark)
        baseline = series.baseline(mark.series, mark.row["article"], mark.row["published"], deadline)
        if baseline is not None:
            xs, ys, names = paths.setdefault(key, ([], [], []))
            xs.extend([_mid_year(baseline[0]), _mid_year(deadline), None])
            ys.extend([baseline[1] / unit.factor, mark.y, None])
            names.append(f"Path to {mark.described} by {deadline}")
    for key, (xs, ys, names) in paths.items():
        traces.append(
            dict(
                x=_dates(xs[:-1]),
                y=_array(ys[:-1]),
                mode="lines",
                line={"color": colours.get(key, CONSENSUS_COLOUR), "dash": "dash", "width": 1.5},
                showlegend=False,
                legendgroup=key,
                hoverinfo="skip",
                name=names[0] if len(names) == 1 else f"Paths to {len(names)} targets",
                meta={"role": "target-path"},
            )
        )
    for key, marked in stars.items():
        colour = colours.get(key, CONSENSUS_COLOUR)
        deadlines = [int(mark.row["target_year"]) for mark in marked]
        traces.append(
            dict(
                x=_times([_mid_year(deadline) for deadline in deadlines]),
                y=_floats([mark.y for mark in marked]),
                mode="markers+text",
                name=_targets_name(marked, deadlines),
                legendgroup=key,
                marker={"symbol": TARGET_SYMBOL, "size": 18, "color": colour},
                text=_texts(
                    [
                        f"target {mark.amount} by {deadline}"
                        for mark, deadline in zip(marked, deadlines, strict=True)
                    ]
                ),
                textposition="top center",
                textfont={"color": colour, "size": 11},
                customdata=_table([mark.hover for mark in marked]),
                hovertemplate=HOVER,
                meta={"role": "target", "deadlines": sorted(set(deadlines))},
            )
        )


class _TargetMark(NamedTuple):
    """A target's drawing values, kept in a memo like a report's (`_memoised`)."""

    row: views.Row  # what `SeriesIndex.baseline` reads: article, publication date, deadline
    series: views.SeriesKey
    y: float
    amount: str
    described: str
    hover: list[str]


_BASELINE_FIELDS = ("article", "published", "target_year")


def _target_mark(row: views.Row, unit: views.Unit, quotes: bool) -> _TargetMark:
    return _TargetMark(
        row={name: row[name] for name in _BASELINE_FIELDS},
        series=views.SeriesIndex.key(row),
        y=float(row["amount"]) / unit.factor,
        amount=views.format_amount(float(row["amount"]), unit),
        described=views.describe_figure(row, unit),
        hover=_hover(row, unit, quote=quotes),
    )


def _targets_name(marked: Sequence[_TargetMark], deadlines: Sequence[int]) -> str:
    """A legend entry for the targets of one colour: the target itself when there is one."""
    if len(marked) == 1:
        return f"Target {marked[0].described} by {deadlines[0]}"
    first, last = min(deadlines), max(deadlines)
    return f"{len(marked)} targets by {first}" if first == last else f"{len(marked)} targets, {first}–{last}"


def _add_open_targets(
    traces: list[Trace],
    targets: pd.DataFrame,
    keys: pd.Series,
    unit: views.Unit,
    colours: dict[str, str],
    span: tuple[pd.Timestamp, pd.Timestamp],
    *,
    quotes: bool,
    memo: Memo,
    source: pd.DataFrame,
) -> None:
    """Each target without deadline a dotted horizontal line across the chart, labelled at its right end;
    the lines of one colour share a trace (broken by gaps). `memo` and `source` as for the deadlines'."""
    lines: dict[str, list[_TargetMark]] = {}
    marks = _memoised(
        memo, targets.index, source, ("target", unit, quotes), lambda row: _target_mark(row, unit, quotes)
    )
    for mark, key in zip(marks, keys, strict=True):
        lines.setdefault(key, []).append(mark)
    for key, marked in lines.items():
        colour = colours.get(key, CONSENSUS_COLOUR)
        xs: list[pd.Timestamp | None] = []
        ys: list[object] = []
        texts: list[str] = []
        hovers: list[list[str]] = []
        for mark in marked:
            xs += [*span, None]
            ys += [mark.y, mark.y, None]
            texts += ["", f"target {mark.amount}, no deadline", ""]
            hovers += [mark.hover, mark.hover, [""] * len(mark.hover)]
        name = (
            f"Target {marked[0].described} (no deadline)"
            if len(marked) == 1
            else f"{len(marked)} targets without deadline"
        )
        traces.append(
            dict(
                x=_dates(xs[:-1]),
                y=_array(ys[:-1]),
                mode="lines+text",
                name=name,
                legendgroup=key,
                line={"color": colour, "dash": "dot", "width": 2},
                text=_texts(texts[:-1]),
                textposition="top left",
                textfont={"color": colour, "size": 11},
                customdata=_table(hovers[:-1]),
                hovertemplate=HOVER,
                meta={"role": "target", "deadlines": []},
            )
        )
