"""What a chart draws of each fact: its place in time, symbol, label, colour and hover, kept in a `Memo`.

`tradeviz.charts` assembles figures from these; nothing here makes a figure. Every text that goes into a
figure is HTML-escaped here or where it is put together: Plotly reads a subset of HTML in labels, legends,
titles and hovers, and a source named `<a href=...>` must stay text.
"""

from __future__ import annotations

import functools
import hashlib
import html
import textwrap
import threading
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from tradeviz import aggregates, tables, views

SYMBOLS = {"=": "circle", "~": "diamond", ">": "triangle-up", "<": "triangle-down"}
PALETTE = (
    "#1f77b4",  # blue
    "#d62728",  # red
    "#2ca02c",  # green
    "#9467bd",  # purple
    "#ff7f0e",  # orange
    "#8c564b",  # brown
    "#e377c2",  # pink
    "#17becf",  # cyan
    "#7f7f00",  # olive
    "#393b79",  # navy
    "#ad494a",  # brick
    "#637939",  # moss
    "#7b4173",  # plum
    "#b5179e",  # magenta
    "#006d77",  # dark teal
    "#9c6500",  # ochre
    "#4361ee",  # bright blue
    "#5e548e",  # slate violet
    "#c2185b",  # raspberry
    "#00a676",  # jade
)
"""Colours of sources: dark enough for labels on white, told apart from each other and from the grey of the
consensus and of targets several outlets state."""
KNOWN_OUTLETS = (
    "Kazinform",
    "Xinhua",
    "TASS",
    "Tengrinews.kz",
    "El.kz",
    "Akorda",
    "Interfax-Kazakhstan",
    "Kursiv",
    "Kapital.kz",
    "24.kz",
    "The Astana Times",
    "Trend",
    "Daryo",
    "Kun.uz",
    "Global Times",
    "Sputnik Kazakhstan",
    "RIA Novosti",
    "Interfax",
    "Kazpravda",
    "Azattyq",
)
"""Outlets (by the one name `tradeviz.outlets` gives them) with a colour of their own, in the palette's
order: the ones often seen together never share one. Any other source's colour comes from its name."""
OUTLET_COLOURS = dict(zip(KNOWN_OUTLETS, PALETTE, strict=False))
METRIC_COLOURS = {"export": "#1f77b4", "import": "#d62728", "turnover": "#2ca02c", "investment": "#9467bd"}
CONSENSUS_COLOUR = "#3b3b3b"
SHARED_COLOUR = "#555555"
"""A figure or target stated by several outlets belongs to none of them."""
SEVERAL = "\0several outlets"
"""The colour key of a figure or target several outlets state (no source's name can be it)."""


def escape(text: str) -> str:
    """Text as Plotly shows it literally: `&`, `<` and `>` as entities, which it turns back into the
    characters (it reads tags, not quotes; `&quot;` it would show as it is).

    >>> escape('<a href="x">S&P</a>')
    '&lt;a href="x"&gt;S&amp;P&lt;/a&gt;'
    """
    return html.escape(text, quote=False)


def source_colour(name: str) -> str:
    """A source's colour, from its name alone: the same whatever other sources are drawn beside it (a
    known outlet's own, else one the name's hash picks).

    >>> source_colour("Kazinform"), source_colour("Xinhua"), source_colour("Blog") == source_colour("Blog")
    ('#1f77b4', '#d62728', True)
    """
    known = OUTLET_COLOURS.get(name)
    if known is not None:
        return known
    digest = hashlib.blake2b(name.casefold().encode("utf-8"), digest_size=4).digest()
    return PALETTE[int.from_bytes(digest, "big") % len(PALETTE)]


FLOW_COLOURS = ("#1f77b4", "#ff7f0e")
"""A pair's two flows: the one whose exporter's code sorts first, then the other (the same in every chart)."""


def colour_of(key: str, colour_by: str) -> str:
    """The colour of a trace's key: a flow's, a metric's own, its source's, or several outlets' grey."""
    if key == SEVERAL:
        return SHARED_COLOUR
    if colour_by == "flow" and ">" in key:
        exporter, importer = key.split(">", 1)
        return FLOW_COLOURS[0] if exporter <= importer else FLOW_COLOURS[1]
    if colour_by in ("metric", "flow"):
        return METRIC_COLOURS.get(key, CONSENSUS_COLOUR)
    return source_colour(key)


def colour_keys(frame: pd.DataFrame, colour_by: str) -> pd.Series:
    """What colours each fact: its flow (an export or import whose direction is known; else its metric),
    its metric, or its source (missing: `views.UNKNOWN`)."""
    if colour_by == "flow":
        metric = frame["metric"].astype(str)
        flow = frame["flow"] if "flow" in frame.columns else pd.Series(pd.NA, index=frame.index)
        directed = flow.notna().to_numpy(dtype=bool) & metric.isin(("export", "import")).to_numpy(dtype=bool)
        return metric.where(~directed, flow.astype(str))
    if colour_by == "metric":
        return frame["metric"].astype(str)
    return frame["source"].fillna(views.UNKNOWN).astype(str)


def flow_name(key: str) -> str:
    """A flow key as the legend shows it: 'KZ → CN'; a metric without direction says so.

    >>> flow_name("KZ>CN"), flow_name("export")
    ('KZ → CN', 'Exports, direction not stated')
    """
    if ">" in key:
        return " → ".join(key.split(">", 1))
    return f"{_METRIC_WORDS.get(key, key)}, direction not stated"


_METRIC_WORDS = {"export": "Exports", "import": "Imports"}


def reported_side(row: views.Row) -> str:
    """Which side an export or import of known direction was reported from: the exporter's exports or the
    importer's imports of one flow are the same goods counted at either end (a mirror view).

    >>> reported_side({"metric": "import", "flow": "KZ>CN"})
    "as CN's imports"
    """
    flow = row.get("flow")
    if views._missing(flow) or row["metric"] not in ("export", "import") or ">" not in str(flow):
        return ""
    exporter, importer = str(flow).split(">", 1)
    return f"as {exporter}'s exports" if row["metric"] == "export" else f"as {importer}'s imports"


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


# --- hovers and labels -------------------------------------------------------------------------------------

HOVER = (
    "<b>%{customdata[0]}</b><br>"
    "Period: %{customdata[1]}<br>"
    "Qualifier: %{customdata[2]}<br>"
    "Source: %{customdata[3]}<br>"
    "Published: %{customdata[4]}<br>"
    "<i>%{customdata[5]}</i>%{customdata[6]}<extra></extra>"
)
"""Every point's hover; customdata[6] is the year's consensus (with its own line break) or blank."""


def hover(row: views.Row, unit: views.Unit, *, quote: bool = True) -> tuple[str, ...]:
    """The customdata behind HOVER but the last: figure, period, qualifier, source, publication date, quote
    (blank when `quote` is False), each escaped."""
    period: str
    if row["kind"] == "target":
        period = "no deadline" if pd.isna(row["target_year"]) else f"target for {row['target_year']}"
    else:
        period = views.period_label(row["period_start"], row["period_end"]) or "not stated"
    published: str = "unknown" if pd.isna(row["published"]) else row["published"].date().isoformat()
    if row["published_inferred"]:
        published += tables.INFERRED_MARK
    qualifier = views.QUALIFIER_WORDS.get(str(row["qualifier"]), str(row["qualifier"]))
    note = views.correction_note(row, unit)
    side = reported_side(row)
    return (
        escape(
            views.describe_figure(row, unit) + (f" {side}" if side else "") + (f" · {note}" if note else "")
        ),
        escape(period),
        escape(qualifier),
        escape(str(row["source"]) if not pd.isna(row["source"]) else views.UNKNOWN),
        published,
        wrapped_quote(row["quote"]) if quote else "",
    )


def wrapped_quote(quote: object, width: int = 70, limit: int = 420) -> str:
    """The source sentence, escaped (hover labels read a few HTML tags) and wrapped for a hover label;
    kept, as every filter change redraws the same quotes and wrapping thousands costs tenths of a second.
    (A dict of strings, not an `lru_cache`: its entries are not tracked by the garbage collector.)"""
    if pd.isna(quote):  # type: ignore[call-overload]
        return ""
    key = (str(quote), width, limit)
    found = _WRAPPED.get(key)
    if found is None:
        if len(_WRAPPED) >= WRAPPED_LIMIT:
            _WRAPPED.clear()
        text = " ".join(key[0].split())
        if len(text) > limit:
            text = text[: limit - 1] + "…"
        found = _WRAPPED[key] = "<br>".join(escape(line) for line in textwrap.wrap(text, width))
    return found


WRAPPED_LIMIT = 2**16
_WRAPPED: dict[tuple[str, int, int], str] = {}


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


def consensus_notes(years: pd.DataFrame, unit: views.Unit, axis_unit: str) -> dict[int, str]:
    """By year, what a full-year report's hover says of its year's consensus (years of several reports)."""
    notes = {}
    for year, median, low, high, reports in years.itertuples(index=False, name=None):
        if reports > 1:
            spread = f"{views.format_amount(low, unit)}–{views.format_amount(high, unit)}"
            notes[int(year)] = escape(
                f"Consensus of {int(year)}: {views.format_amount(median, unit)} {axis_unit}, "
                f"the median of {reports} reports ({spread})"
            )
    return notes


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
