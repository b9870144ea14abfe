"""What a chart draws of each fact: its place in time, symbol, label, colour and hover, kept in a `Memo`.

`tradeviz.charts` assembles figures from these; nothing here makes a figure. Every text that goes into a
figure is HTML-escaped here or where it is put together: Plotly reads a subset of HTML in labels, legends,
titles and hovers, and a source named `<a href=...>` must stay text.

The colours are picked in `chart_colours`, the hovers and other texts written in `chart_texts`; their
public names are importable from here too.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from tradeviz import aggregates, views
from tradeviz.chart_colours import CONSENSUS_COLOUR as CONSENSUS_COLOUR
from tradeviz.chart_colours import FLOW_COLOURS as FLOW_COLOURS
from tradeviz.chart_colours import KNOWN_OUTLETS as KNOWN_OUTLETS
from tradeviz.chart_colours import METRIC_COLOURS as METRIC_COLOURS
from tradeviz.chart_colours import OUTLET_COLOURS as OUTLET_COLOURS
from tradeviz.chart_colours import PALETTE as PALETTE
from tradeviz.chart_colours import SEVERAL as SEVERAL
from tradeviz.chart_colours import SHARED_COLOUR as SHARED_COLOUR
from tradeviz.chart_colours import colour_keys as colour_keys
from tradeviz.chart_colours import colour_of as colour_of
from tradeviz.chart_colours import source_colour as source_colour
from tradeviz.chart_texts import HOVER as HOVER
from tradeviz.chart_texts import WRAPPED_LIMIT as WRAPPED_LIMIT
from tradeviz.chart_texts import consensus_notes as consensus_notes
from tradeviz.chart_texts import escape as escape
from tradeviz.chart_texts import flow_name as flow_name
from tradeviz.chart_texts import hover as hover
from tradeviz.chart_texts import reported_side as reported_side
from tradeviz.chart_texts import wrapped_quote as wrapped_quote

SYMBOLS = {"=": "circle", "~": "diamond", ">": "triangle-up", "<": "triangle-down"}


class Memo:
    """Each fact's drawing values (position, symbol, label, hover), by what they are and its index label,
    kept between the charts of one facts frame: a filter change then redraws thousands of facts without
    formatting them again. Whoever keeps one gives a new one when the frame changes (its index labels then
    mean other facts). Sessions draw at once from one memo, so every look and change holds its lock.

    Values are plain tuples of strings, numbers and dates: Python's garbage collector stops tracking such
    tuples, so hundreds of thousands of them do not slow its full passes (which walk every tracked object)."""

    LIMIT = 500_000
    """Entries it holds before it starts afresh (a few per fact)."""

    def __init__(self) -> None:
        self._known: dict[tuple[Any, ...], dict[Any, Any]] = {}
        self._size = 0
        self._lock = threading.Lock()

    def values(
        self,
        labels: pd.Index,
        source: pd.DataFrame,
        what: tuple[Any, ...],
        compute: Callable[[views.Row], Any],
    ) -> list[Any]:
        """`compute(row)` for the rows of `source` at `labels`, from memory where it is known (keyed by
        `what` and label). Only the rows not yet known are read from `source`."""
        wanted = labels.tolist()
        with self._lock:
            if self._size > self.LIMIT:
                self._known.clear()
                self._size = 0
            known = self._known.setdefault(what, {})
            missing = list(dict.fromkeys(label for label in wanted if label not in known))
            if missing:
                for label, row in zip(missing, views.rows(source.loc[missing]), strict=True):
                    known[label] = compute(row)
                self._size += len(missing)
            return [known[label] for label in wanted]


# --- places in time ----------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1024)
def mid_year(year: int) -> pd.Timestamp:
    """Where a year's figures sit (kept: a chart asks for a few years thousands of times)."""
    return pd.Timestamp(year, 7, 1)


def whole_year(start: pd.Timestamp, end: pd.Timestamp) -> bool:
    return (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year


def x_position(row: views.Row) -> int | None:
    """Where a fact sits in time, in nanoseconds since 1970: mid-year for a year (tick labels are centred
    on years), the middle of a shorter period, the last year of a longer one (a total up to then), else its
    publication date."""
    start, end = row["period_start"], row["period_end"]
    if not pd.isna(start) and not pd.isna(end):
        if start.year != end.year or whole_year(start, end):
            return int(mid_year(end.year).value)
        return int((start + (end - start) / 2).value)
    for value in (end, start, row["published"]):
        if not pd.isna(value):
            return int(pd.Timestamp(value).value)
    return None


_NAT = np.iinfo("int64").min  # NaT as nanoseconds


class Placed(NamedTuple):
    """Where each report of a chart is drawn (`positions`), by position in its frame."""

    x: np.ndarray  # datetime64[ns], NaT where it cannot be placed in time
    side: np.ndarray  # which side of the marker its label goes first


NUDGE_DAYS = 50
"""How far apart reports of one period are drawn."""


def positions(actual: pd.DataFrame, keys: pd.Series, memo: Memo) -> Placed:
    """Each report's x and the side its label tries first. Reports of one metric and period that would
    overlap are nudged apart (by colour, then amount); those moved left try a label on the left first.

    Worked out on arrays: a sort of the frame and a group-by cost a filter change more than the rest."""
    nanoseconds = memo.values(actual.index, actual, ("x",), x_position)
    base = np.array([_NAT if x is None else x for x in nanoseconds], dtype="int64").view("datetime64[ns]")
    x, side = base.copy(), np.full(len(base), "middle right", dtype=object)
    placed = np.flatnonzero(~np.isnat(base))
    if not placed.size:
        return Placed(x, side.astype(str))
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
    days = np.round(shift * NUDGE_DAYS).astype("int64").astype("timedelta64[D]")
    x[moved] = times.view("datetime64[ns]") + days
    side[moved[shift < 0]] = "middle left"
    return Placed(x, side.astype(str))


# --- marks -------------------------------------------------------------------------------------------------


class ReportMark(NamedTuple):
    """A report's symbol, label, hover and y: what a chart draws of it (kept in a memo as a plain tuple:
    `ReportMark._make` reads it)."""

    symbol: str
    label: str
    hover: tuple[str, ...]
    y: float


def report_mark(row: views.Row, unit: views.Unit, quotes: bool) -> tuple[str, str, tuple[str, ...], float]:
    partial: bool = not pd.isna(row["period_start"]) and not whole_year(
        row["period_start"], row["period_end"]
    )
    symbol = SYMBOLS.get(str(row["qualifier"]), "circle") + ("-open" if partial else "")
    label = views.describe_figure(row, unit, with_unit=False)
    if partial:
        label += f" ({views.period_label(row['period_start'], row['period_end'])})"
    return (symbol, escape(label), hover(row, unit, quote=quotes), views.point_of(row) / unit.factor)


class TargetMark(NamedTuple):
    """A target's drawing values, kept in a memo like a report's (a plain tuple; `TargetMark._make`)."""

    row: dict[str, Any]  # what `SeriesIndex.baseline` reads, and the source, deadline and amounts
    series: aggregates.SeriesKey
    y: float
    amount: str
    described: str
    hover: tuple[str, ...]


_TARGET_FIELDS = ("article", "target_year", "source", "metric", "flow", "amount", "amount_high")


def target_mark(row: views.Row, unit: views.Unit, quotes: bool) -> tuple[Any, ...]:
    """A target's `TargetMark`, as a plain tuple of values the garbage collector need not track: no
    Timestamps (the publication date as a `datetime`), no NA objects."""
    fields: dict[str, Any] = {
        name: None if views._missing(row.get(name)) else row[name] for name in _TARGET_FIELDS
    }
    fields["published"] = None if views._missing(row["published"]) else row["published"].to_pydatetime()
    if fields["target_year"] is not None:
        fields["target_year"] = int(fields["target_year"])
    return (
        fields,
        aggregates.SeriesIndex.key(row),
        views.point_of(row) / unit.factor,
        views.format_amount(float(row["amount"]), unit),
        views.describe_figure(row, unit),
        hover(row, unit, quote=quotes),
    )


def texts(values: Sequence[str]) -> np.ndarray:
    return np.array(values, dtype=str)


class Strings(np.ndarray):
    """An object array of strings (or None). Strings cannot change, so its deep copy is a plain copy: Plotly
    deep-copies every trace it is given, and numpy deep-copies an object array value by value (a tenth of a
    second for a 50k chart's hovers)."""

    def __deepcopy__(self, memo: dict[int, Any] | None = None, /) -> Strings:
        return self.copy()


def strings(values: Any) -> Strings:
    """`values` (text, None) as a `Strings` array of their shape."""
    return np.asarray(values, dtype=object).view(Strings)


def table(rows: Sequence[Sequence[str]]) -> Strings:
    """Rows of text of one length (each point's customdata) as one two-dimensional array of the strings
    themselves (a fixed-width text array would take four bytes per character of the longest hover for
    every cell: megabytes per chart kept)."""
    return strings(np.array(rows, dtype=object).reshape(len(rows), -1))
