"""A crowded chart's reported figures, summarised: each period's spread instead of thousands of markers.

Above `SPREAD_LIMIT` distinct figures a chart of markers is a solid block (at 50,000 articles, 5,600 figures
in 20 colours over 20 years: nothing can be read off it) and takes the browser most of a second to draw.
There, each series' figures of one period are drawn as one bar from the lowest to the highest, thicker over
the middle half, with a marker at the median whose hover gives the count of figures, reports and outlets,
the range and the middle half. The facts table still lists every report, and narrowing the filters below
the limit brings the markers back (the chart's note says so). Three traces per series, whatever the count:
the bars are two line traces broken at gaps (one SVG path each), the medians one marker trace.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from tradeviz.chart_marks import SHARED_COLOUR, ReportMark, escape, mid_year, strings
from tradeviz.chart_targets import Target

Trace = dict[str, Any]
SPREAD_LIMIT = 2000
"""Distinct reported figures a chart draws one by one; above it, each period's spread."""
TARGET_LIMIT = 300
"""Distinct targets a chart draws one by one (each a large star, most with a path to it); above it, each
deadline's spread, and the targets without deadline as one line at their median."""

SPREAD_HOVER = (
    "<b>Median %{customdata[0]}</b><br>"
    "Period: %{customdata[1]}<br>"
    "%{customdata[2]}<br>"
    "Range: %{customdata[3]}<br>"
    "Middle half: %{customdata[4]}<extra></extra>"
)
"""The hover of a period's median: customdata is (median, period, counts, range, middle half)."""


class Period(NamedTuple):
    """What one bar summarises: the figures (or targets) of one series at one x."""

    x: int  # nanoseconds since 1970
    label: str  # the period as the hovers name it
    values: np.ndarray  # each distinct figure's y, in the chart's unit
    reports: int
    outlets: int


def spread_note(figures: int, targets: int) -> str:
    """The chart's note on what it summarised (`figures` figures, `targets` targets; 0: each drawn)."""
    parts = [f"{figures:,} reported figures (over {SPREAD_LIMIT:,})" if figures else ""]
    parts.append(f"{targets:,} targets (over {TARGET_LIMIT:,})" if targets else "")
    return (
        " and ".join(part for part in parts if part)
        + ": each period's range (thick: the middle half) and median. Narrow the years or sources to see each"
    )


def add_spread(
    traces: list[Trace],
    groups: Sequence[Sequence[int]],
    series: Sequence[str],
    base: Sequence[int | None],
    marks: Sequence[ReportMark],
    outlets: Sequence[str],
    *,
    unit_label: str,
    name_of: Callable[[str], str],
    colour_of: Callable[[str], str],
) -> None:
    """The spread of reports grouped into figures (`groups` of positions in `series`, `base` (each
    report's x in nanoseconds, None when it has no place in time), `marks` and `outlets`): per series and
    period, the range bar, the middle-half bar and the median."""
    found: dict[tuple[str, int], list[Sequence[int]]] = {}
    for group in groups:
        x = base[group[0]]
        if x is not None:
            found.setdefault((series[group[0]], x), []).append(group)
    periods: dict[str, list[Period]] = {}
    for (key, x), figures in sorted(found.items()):
        periods.setdefault(key, []).append(
            Period(
                x,
                marks[figures[0][0]].hover[1],
                np.array([marks[group[0]].y for group in figures], dtype=float),
                sum(len(group) for group in figures),
                len({outlets[n] for group in figures for n in group}),
            )
        )
    for key, at in periods.items():
        add_period_spreads(
            traces, at, key, name_of(key), colour_of(key), unit_label, REPORT_MARKER, "figures", "reports"
        )


REPORT_MARKER = {"symbol": "line-ew", "size": 12, "line": {"width": 2}}
TARGET_MARKER = {"symbol": "star", "size": 14}
TARGET_COLOUR = SHARED_COLOUR
"""Targets summarised are grey stars and bars: each series' reports keep its own colour."""


def add_period_spreads(
    traces: list[Trace],
    at: Sequence[Period],
    key: str,
    name: str,
    colour: str,
    unit_label: str,
    marker: dict[str, Any],
    what: str,
    role: str,
) -> None:
    """One series' bars (lowest to highest, and the middle half) and medians, a period each."""
    times = np.array([period.x for period in at], dtype="int64").view("datetime64[ns]")
    quantiles = _quantiles(at)
    hovers = _hovers(at, unit_label, what)
    for bottom, top, width, opacity in ((0, 4, 2, 0.45), (1, 3, 7, 0.6)):
        traces.append(
            dict(
                x=_broken(times, times),
                y=_broken(quantiles[:, bottom], quantiles[:, top]),
                mode="lines",
                name=escape(name),
                legendgroup=escape(key),
                showlegend=False,
                line={"color": colour, "width": width},
                opacity=opacity,
                hoverinfo="skip",
                meta={"role": "spread"},
            )
        )
    line = {**marker.get("line", {}), "color": colour}
    traces.append(
        dict(
            x=times,
            y=quantiles[:, 2],
            mode="markers",
            name=escape(f"{name}: range and median"),
            legendgroup=escape(key),
            marker={**marker, "color": colour, "line": line},
            customdata=strings(np.array(hovers, dtype=object)),
            hovertemplate=SPREAD_HOVER,
            meta={"role": role},
        )
    )


def _quantiles(at: Sequence[Period]) -> np.ndarray:
    """Each period's lowest, lower quartile, median, upper quartile and highest: one row each."""
    return np.array([np.quantile(period.values, (0.0, 0.25, 0.5, 0.75, 1.0)) for period in at])


def _hovers(at: Sequence[Period], unit_label: str, what: str) -> list[list[str]]:
    """Each period's customdata for SPREAD_HOVER."""
    hovers = []
    for period, row in zip(at, _quantiles(at).tolist(), strict=True):
        counts = f"{len(period.values):,} {what}, {period.reports:,} reports, {period.outlets:,} outlet"
        amount = [_amount(value, unit_label) for value in row]
        hovers.append(
            [
                amount[2],
                period.label,
                counts + ("s" if period.outlets != 1 else ""),
                f"{amount[0]} to {amount[4]}",
                f"{amount[1]} to {amount[3]}",
            ]
        )
    return hovers


def _broken(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Pairs (first[i], second[i]) one after another, each pair followed by a gap: many vertical bars as one
    line trace."""
    gap = np.array(["NaT"], dtype="datetime64[ns]") if first.dtype.kind == "M" else np.array([np.nan])
    joined = np.empty(3 * len(first), dtype=first.dtype)
    joined[0::3], joined[1::3], joined[2::3] = first, second, gap[0]
    return joined


def _amount(value: float, unit_label: str) -> str:
    """A figure as the hover shows it: 'unit_label' is the axis's ('bn USD')."""
    return f"{value:,.2f}".rstrip("0").rstrip(".") + f" {unit_label}"


def add_deadline_spreads(
    traces: list[Trace],
    dated: Sequence[Target],
    *,
    colour_by: str,
    unit_label: str,
    name_of: Callable[[str, str], str],
) -> None:
    """Targets with a deadline, over `TARGET_LIMIT`: per series (metric or flow) and deadline, a bar and a
    median star."""
    by = "metric" if colour_by == "source" else colour_by
    found: dict[tuple[str, int], list[Target]] = {}
    for target in dated:
        found.setdefault((target.key(by), int(target.first.row["target_year"])), []).append(target)
    periods: dict[str, list[Period]] = {}
    for (key, deadline), targets in sorted(found.items()):
        periods.setdefault(key, []).append(_period(int(mid_year(deadline).value), f"by {deadline}", targets))
    for key, at in periods.items():
        group = f"targets {key}"  # a legend entry of their own, apart from the reports'
        name = f"{name_of(key, by)} targets"
        add_period_spreads(
            traces, at, group, name, TARGET_COLOUR, unit_label, TARGET_MARKER, "targets", "target"
        )


def add_undated_spread(
    traces: list[Trace],
    undated: Sequence[Target],
    span: tuple[pd.Timestamp, pd.Timestamp],
    *,
    colour_by: str,
    unit_label: str,
    name_of: Callable[[str, str], str],
) -> None:
    """Targets without deadline, where targets are over `TARGET_LIMIT`: per series one dotted line at their
    median across the chart (`span`), its hover their spread."""
    by = "metric" if colour_by == "source" else colour_by
    lines: dict[str, list[Target]] = {}
    for target in undated:
        lines.setdefault(target.key(by), []).append(target)
    for key, targets in lines.items():
        period = _period(0, "no deadline", targets)
        hover = _hovers([period], unit_label, "targets")[0]
        traces.append(
            dict(
                x=np.array([span[0].to_datetime64(), span[1].to_datetime64()], dtype="datetime64[ns]"),
                y=np.full(2, float(np.median(period.values))),
                mode="lines",
                name=escape(f"{len(targets):,} {name_of(key, by).lower()} targets without deadline: median"),
                legendgroup=escape(f"targets {key}"),
                line={"color": TARGET_COLOUR, "dash": "dot", "width": 2},
                customdata=strings(np.array([hover, hover], dtype=object)),
                hovertemplate=SPREAD_HOVER,
                meta={"role": "target"},
            )
        )


def _period(x: int, label: str, targets: Sequence[Target]) -> Period:
    return Period(
        x,
        label,
        np.array([target.first.y for target in targets], dtype=float),
        sum(len(target.marks) for target in targets),
        len({source for target in targets for source in target.sources}),
    )
