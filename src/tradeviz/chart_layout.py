"""A chart's frame in pixels: the plot's fixed height, its axes, and the notes and legend under it.

Its own module because the room a chart takes is worked out, not left to Plotly: labels are placed for the
narrowest chart the page draws (`MIN_WIDTH`), and the notes and a legend that wraps at that width are given
their rows under a plot that keeps its height whatever they take.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

MIN_WIDTH = 440
"""The narrowest chart labels are placed for: the page's main column beside the sidebar in an 800-pixel
window is about 470 pixels wide. Wider, the points move apart and labels keep their size, so nothing that
was clear collides."""
MAX_WIDTH = 2400
MARGIN = {"l": 64, "r": 24, "t": 48}
PLOT_HEIGHT = 330
"""Pixels: the plot's own height, the same whatever the legend and notes under it take."""
AXIS_PX, LEGEND_ROW_PX, NOTE_LINE_PX = 30, 21, 15

Trace = dict[str, Any]
"""A scatter trace's properties, as Plotly takes them; made into a figure once all are known."""


def drawn_years(traces: list[Trace]) -> list[int]:
    """The first and last year drawn (none when nothing is)."""
    years = [pd.DatetimeIndex(trace["x"]).dropna().year for trace in traces if len(trace["x"])]
    drawn = [year for part in years if len(part) for year in (part.min(), part.max())]
    return [min(drawn), max(drawn)] if drawn else []


def year_range(chosen: tuple[int, int] | None, drawn: Sequence[int]) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The x-axis: exactly the years chosen; else whole years around those drawn, at least three, so a
    lone point still has year labels around it."""
    if chosen is not None:
        return pd.Timestamp(chosen[0], 1, 1), pd.Timestamp(chosen[1], 12, 31, 23, 59)
    first, last = (min(drawn), max(drawn)) if drawn else (2000, 2000)
    if last - first < 2:
        first, last = first - 1, last + 1
    return pd.Timestamp(first - 1, 10, 1), pd.Timestamp(last + 1, 3, 31)


def y_top(traces: list[Trace]) -> float:
    """The top of the y-axis: a tenth above the highest point or error bar, so top labels fit."""
    highest = 0.0
    for trace in traces:
        values = np.array([math.nan if v is None else v for v in trace["y"]], dtype=float)
        bars = trace.get("error_y")
        if bars:
            values = values + np.array(bars["array"], dtype=float)
        if values.size and not np.isnan(values).all():
            highest = max(highest, float(np.nanmax(values)))
    return highest * 1.12 if highest > 0 else 1.0


LEGEND_CHAR_PX = 7.4
"""Pixels per character of a 12 px legend entry, over the average (as `labels.CHAR_WIDTH`)."""


def legend_rows(names: Sequence[str]) -> int:
    """Rows the horizontal legend takes at the narrowest chart, as Plotly lays it out: in one line when
    every entry fits (each its symbol, about 40 pixels, and its text), else in columns as wide as the widest
    entry, as many as fit in the plot's width."""
    widths = [40 + len(html.unescape(name)) * LEGEND_CHAR_PX for name in names]
    room = MIN_WIDTH - MARGIN["l"] - MARGIN["r"]
    if not widths or sum(widths) <= room:
        return 1
    columns = max(1, int(room // max(widths)))
    return math.ceil(len(widths) / columns)


def layout(
    *,
    title: str,
    axis_unit: str,
    span: tuple[pd.Timestamp, pd.Timestamp],
    y_top: float,
    legend_title: str,
    legend_rows: int,
    notes: list[str],
) -> dict[str, Any]:
    """Title, axes, then under the plot the notes and the legend, in a fixed plot height: the notes first,
    so that the room kept for a legend that wraps at narrow widths stays blank at the bottom."""
    legend_px = legend_rows * LEGEND_ROW_PX + (LEGEND_ROW_PX if legend_title else 0)
    lines = note_lines(notes)
    notes_px = len(lines) * NOTE_LINE_PX + (6 if lines else 0)
    bottom = AXIS_PX + notes_px + legend_px + 12
    below = -AXIS_PX / PLOT_HEIGHT
    return dict(
        title={"text": title, "x": 0, "xanchor": "left", "xref": "paper"},
        yaxis={"title": {"text": axis_unit}, "range": [0, y_top], "fixedrange": False},
        xaxis={
            "type": "date",
            "dtick": f"M{12 * years_per_tick(span)}",
            "tickformat": "%Y",
            "ticklabelmode": "period",
            "tickangle": 0,  # never turned on their side, over the notes under the plot
            "range": [start.isoformat() for start in span],
        },
        hoverlabel={"align": "left"},
        showlegend=True,
        legend={
            "title": {"text": legend_title, "side": "top"} if legend_title else {"text": ""},
            "orientation": "h",
            "traceorder": "normal",  # in a line, wrapped; "grouped" would stack each source's entries
            "x": 0,
            "xanchor": "left",
            "y": below - notes_px / PLOT_HEIGHT,
            "yanchor": "top",
            "font": {"size": 12},
        },
        margin={**MARGIN, "b": bottom, "autoexpand": False},
        height=PLOT_HEIGHT + MARGIN["t"] + bottom,
        annotations=[
            {
                "text": "<br>".join(lines),
                "showarrow": False,
                "x": 0,
                "y": below,
                "yanchor": "top",
                "xref": "paper",
                "yref": "paper",
                "xanchor": "left",
                "align": "left",
                "font": {"size": 11, "color": "#555"},
            }
        ]
        if lines
        else [],
    )


YEAR_LABEL_PX = 34
"""Room a year label needs beside the next one (four digits and a gap)."""


def years_per_tick(span: tuple[pd.Timestamp, pd.Timestamp]) -> int:
    """Years between labelled ticks, so that the labels fit side by side at the narrowest chart.

    >>> years_per_tick((pd.Timestamp(2021, 1, 1), pd.Timestamp(2030, 12, 31)))
    1
    >>> years_per_tick((pd.Timestamp(2012, 1, 1), pd.Timestamp(2035, 12, 31)))
    3
    """
    years = span[1].year - span[0].year + 1
    fit = max(1, int((MIN_WIDTH - MARGIN["l"] - MARGIN["r"]) // YEAR_LABEL_PX))
    return max(1, math.ceil(years / fit))


NOTE_CHARS = 66
"""Characters of a note line at the narrowest chart (11 px text): longer ones are wrapped."""


def note_lines(notes: Sequence[str]) -> list[str]:
    """The notes under a chart as lines that fit the narrowest one: the symbol key wrapped between its
    entries, each other note on its own line, wrapped between words.

    >>> note_lines(["● as reported   ◆ about", "a note"])
    ['● as reported   ◆ about', 'a note']
    """
    lines: list[str] = []
    for number, note in enumerate(notes):
        parts = note.split("   ") if number == 0 else note.split(" ")
        glue = "   " if number == 0 else " "
        line = ""
        for part in parts:
            if line and len(line) + len(glue) + len(part) > NOTE_CHARS:
                lines.append(line)
                line = part
            else:
                line = f"{line}{glue}{part}" if line else part
        lines.append(line)
    return lines
