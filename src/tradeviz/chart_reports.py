"""A chart's reported figures: one point per distinct figure, whoever reported it.

The same figure (the same amount for the same period and series, with the same qualifier, the same side of
a flow and the same correction) stated in several articles is one point, not a stack of markers on one
spot: its hover names every outlet, says how many reports it stands for and when the first was published,
and quotes the first; the facts table keeps each report with its own sentence. It takes the colour of its
outlet when one outlet stated it every time, else the grey of several outlets, as a target does. The
consensus of a year still counts every report.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from tradeviz import chart_spread, views
from tradeviz.chart_marks import (
    HOVER,
    SEVERAL,
    Memo,
    Placed,
    ReportMark,
    colour_keys,
    escape,
    positions,
    report_mark,
    table,
    texts,
    x_position,
)

Trace = dict[str, Any]
SOURCES_LINE = 70
"""Characters of the hover's list of outlets before it wraps."""


def add_all_reports(
    traces: list[Trace],
    actual: pd.DataFrame,
    full: pd.DataFrame,
    unit: views.Unit,
    quotes: bool,
    memo: Memo,
    colour_by: str,
    notes: dict[tuple[str, int], str],
    *,
    name_of: Any,
    colour_of: Any,
    axis_unit: str,
) -> int:
    """One trace of reports per colour (source, flow or metric), one point per distinct figure; each
    hover with its year's consensus (`notes`). `name_of(key, colour_by)` and `colour_of(key, colour_by)`
    name and colour a trace's key. Over `chart_spread.SPREAD_LIMIT` figures, each period's spread instead
    (by metric, or by flow): the figures summarised, else 0."""
    if actual.empty:
        return 0
    keys = colour_keys(actual, colour_by).tolist()
    marks = [
        ReportMark._make(kept)
        for kept in memo.values(
            actual.index, full, ("report", unit, quotes), lambda row: report_mark(row, unit, quotes)
        )
    ]
    base = memo.values(actual.index, actual, ("x",), x_position)
    consensus = _consensus_notes(actual, notes)
    series = keys if colour_by != "source" else actual["metric"].astype(str).tolist()
    groups = same_figures(series, base, marks)
    if len(groups) > chart_spread.SPREAD_LIMIT:
        by = "metric" if colour_by == "source" else colour_by
        chart_spread.add_spread(
            traces,
            groups,
            series,
            base,
            marks,
            [mark.hover[3] for mark in marks],
            unit_label=axis_unit,
            name_of=lambda key: name_of(key, by),
            colour_of=lambda key: colour_of(key, by),
        )
        return len(groups)
    firsts = [group[0] for group in groups]
    shown = [_merged(group, marks, keys, quotes) for group in groups]
    drawn_keys = [
        keys[group[0]] if len({keys[i] for i in group}) == 1 or colour_by != "source" else SEVERAL
        for group in groups
    ]
    placed = positions(actual.iloc[firsts], pd.Series(drawn_keys), memo)
    codes, names = pd.factorize(pd.Series(drawn_keys), sort=True)
    for code, key in enumerate(names.tolist()):
        at = np.flatnonzero(codes == code)
        _add_reports(
            traces,
            placed,
            at,
            [shown[i] for i in at.tolist()],
            [consensus[firsts[i]] for i in at.tolist()],
            name_of(str(key), colour_by),
            str(key),
            colour_of(str(key), colour_by),
        )
    return 0


def same_figures(
    series: Sequence[str], base: Sequence[int | None], marks: Sequence[ReportMark]
) -> list[list[int]]:
    """The positions of the reports that are one figure, grouped, each group earliest published first
    (ties in the frame's order), the groups in the frame's order of their first row.

    >>> mark = ReportMark("circle", "18", ("18 bn USD", "2021", "as reported", "A", "2022-03-01", ""), 18.0)
    >>> later = mark._replace(hover=(*mark.hover[:3], "B", "2022-01-01", ""))
    >>> same_figures(["turnover"] * 3, [1, 1, 2], [mark, later, mark])
    [[1, 0], [2]]
    """
    found: dict[tuple[Any, ...], list[int]] = {}
    for number, (key, x, mark) in enumerate(zip(series, base, marks, strict=True)):
        identity = (key, x, mark.symbol, mark.y, mark.hover[0], mark.hover[1], mark.hover[2])
        found.setdefault(identity, []).append(number)
    return [sorted(group, key=lambda n: (marks[n].hover[4], n)) for group in found.values()]


def _merged(
    group: Sequence[int], marks: Sequence[ReportMark], keys: Sequence[str], quotes: bool
) -> ReportMark:
    """The mark of one figure: the first report's, its hover naming every outlet and report."""
    first = marks[group[0]]
    if len(group) == 1:
        return first
    outlets = list(dict.fromkeys(marks[n].hover[3] for n in group))
    count = f"{len(outlets)} outlets" if len(outlets) > 1 else ""
    if len(group) > len(outlets):
        count = f"{count}, {len(group)} reports" if count else f"{len(group)} reports"
    hover = list(first.hover)
    hover[3] = wrapped_list(outlets) + f" ({count})"
    hover[4] = f"{first.hover[4]}, the first of {len(group)}"
    if quotes and hover[5]:
        hover[5] += f"<br>(and {len(group) - 1} more: see the facts table)"
    return first._replace(hover=tuple(hover))


def wrapped_list(names: Sequence[str], width: int = SOURCES_LINE) -> str:
    """Names (escaped already) joined with commas, a line break where a line would pass `width`.

    >>> wrapped_list(["Kazinform", "Xinhua"], width=12)
    'Kazinform,<br>Xinhua'
    """
    lines: list[str] = []
    for name in names:
        if lines and len(lines[-1]) + 2 + len(name) <= width:
            lines[-1] += f", {name}"
        else:
            lines.append(name)
    return ",<br>".join(lines)


def _consensus_notes(actual: pd.DataFrame, notes: dict[tuple[str, int], str]) -> list[str]:
    """Each report's line on its year's consensus (blank but for full years of several reports)."""
    full_year = views.is_full_year(actual).to_numpy(dtype=bool)
    ends = actual["period_end"].dt.year.to_numpy(dtype=float, na_value=math.nan)
    return [
        notes.get((metric, int(end)), "") if whole and not math.isnan(end) else ""
        for metric, end, whole in zip(
            actual["metric"].tolist(), ends.tolist(), full_year.tolist(), strict=True
        )
    ]


def _add_reports(
    traces: list[Trace],
    placed: Placed,
    at: np.ndarray,
    marks: list[ReportMark],
    consensus: list[str],
    name: str,
    key: str,
    colour: str,
) -> None:
    """One trace of reported figures: the points at positions `at` of those `placed` places, grouped in
    the legend with the targets of the same `key`."""
    drawn = ~np.isnat(placed.x[at])
    if not drawn.any():
        return
    kept = [(mark, note) for mark, note, keep in zip(marks, consensus, drawn.tolist(), strict=True) if keep]
    at = at[drawn]
    traces.append(
        dict(
            x=placed.x[at],
            y=np.array([mark.y for mark, _note in kept], dtype=float),
            mode="markers+text",
            name=escape(name),
            legendgroup=escape(key),
            marker={
                "symbol": texts([mark.symbol for mark, _note in kept]),
                "size": 13,
                "color": colour,
                "line": {"width": 2, "color": colour},
            },
            text=texts([mark.label for mark, _note in kept]),
            textposition=placed.side[at],
            textfont={"color": colour, "size": 11},
            customdata=table([[*mark.hover, "<br>" + note if note else ""] for mark, note in kept]),
            hovertemplate=HOVER,
            meta={"role": "reports"},
        )
    )
