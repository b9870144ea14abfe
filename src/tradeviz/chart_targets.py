"""A chart's targets: a star at each deadline reached by a dashed path from the figure reported when it was
set, or a dotted line across the chart when it has none. One target stated by several outlets (the same
amount by the same deadline in the same series) is drawn once, its hover naming every outlet.

Targets of one colour share a trace (paths broken by gaps): a corpus with a thousand targets draws a few
dozen traces, not two thousand (each trace costs Plotly milliseconds).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from tradeviz import aggregates, views
from tradeviz.chart_marks import (
    HOVER,
    SEVERAL,
    Memo,
    TargetMark,
    colour_of,
    escape,
    mid_year,
    table,
    target_mark,
    texts,
)

TARGET_SYMBOL = "star"

Trace = dict[str, Any]


class Target:
    """One target as drawn: the marks of every report of it, earliest first."""

    def __init__(self, marks: Sequence[TargetMark]) -> None:
        self.marks = sorted(marks, key=lambda mark: _day(mark.row["published"]))
        self.first = self.marks[0]
        self.sources = list(dict.fromkeys(_source(mark) for mark in self.marks))

    def key(self, colour_by: str) -> str:
        row = self.first.row
        if colour_by == "flow" and row.get("flow") and row["metric"] in ("export", "import"):
            return str(row["flow"])
        if colour_by in ("metric", "flow"):
            return str(row["metric"])
        return self.sources[0] if len(self.sources) == 1 else SEVERAL

    @property
    def hover(self) -> list[str]:
        """The first report's hover, naming every outlet that stated it, and a blank consensus line."""
        shown = list(self.first.hover)
        if len(self.sources) > 1:
            shown[3] = escape(f"{', '.join(self.sources)} ({len(self.sources)} outlets)")
        return [*shown, ""]

    @property
    def outlets(self) -> str:
        return "" if len(self.sources) == 1 else f", {len(self.sources)} outlets"


def _source(mark: TargetMark) -> str:
    source = mark.row["source"]
    return source if isinstance(source, str) else views.UNKNOWN  # a name, or a missing value


def _day(value: object) -> pd.Timestamp:
    return pd.Timestamp.max if value is None or pd.isna(value) else pd.Timestamp(value)  # type: ignore[arg-type, call-overload]


def grouped(
    targets: pd.DataFrame, unit: views.Unit, *, quotes: bool, memo: Memo, source: pd.DataFrame
) -> list[Target]:
    """The targets of `targets` with those stated by several outlets made one (hovers not in `memo` are
    made from the rows of `source`, the full frame: `targets` lacks the quotes)."""
    marks = [
        TargetMark._make(kept)
        for kept in memo.values(
            targets.index, source, ("target", unit, quotes), lambda row: target_mark(row, unit, quotes)
        )
    ]
    by_identity: dict[tuple[object, ...], list[TargetMark]] = {}
    for mark in marks:
        row = mark.row
        identity = (mark.series, row["target_year"], row["amount"], row["amount_high"])
        by_identity.setdefault(tuple(None if _gap(v) else v for v in identity), []).append(mark)
    return [Target(group) for group in by_identity.values()]


def _gap(value: object) -> bool:
    """Missing (None, NaN, NA, NaT); the common types answered without `pd.isna`, which costs a
    microsecond a value."""
    if value is None:
        return True
    if isinstance(value, (str, tuple, int)):
        return False
    if isinstance(value, float):
        return value != value  # NaN
    return bool(pd.isna(value))  # type: ignore[call-overload]


def add_deadline_targets(
    traces: list[Trace], targets: Sequence[Target], frame: pd.DataFrame, unit: views.Unit, colour_by: str
) -> None:
    """Each target a star at its deadline, reached by a dashed path from the figure of its announcement."""
    series = aggregates.SeriesIndex(frame)
    paths: dict[str, tuple[list[pd.Timestamp | None], list[float | None], list[str]]] = {}
    stars: dict[str, list[Target]] = {}
    for target in targets:
        key, mark = target.key(colour_by), target.first
        deadline = int(mark.row["target_year"])
        stars.setdefault(key, []).append(target)
        baseline = series.baseline(mark.series, mark.row["article"], mark.row["published"], deadline)
        if baseline is not None:
            xs, ys, names = paths.setdefault(key, ([], [], []))
            xs.extend([mid_year(baseline[0]), mid_year(deadline), None])
            ys.extend([baseline[1] / unit.factor, mark.y, None])
            names.append(f"Path to {mark.described} by {deadline}")
    for key, (xs, ys, names) in paths.items():
        traces.append(
            dict(
                x=_dates(xs[:-1]),
                y=np.array(ys[:-1], dtype=object),
                mode="lines",
                line={"color": _colour(key, colour_by), "dash": "dash", "width": 1.5},
                showlegend=False,
                legendgroup=escape(key),
                hoverinfo="skip",
                name=escape(names[0] if len(names) == 1 else f"Paths to {len(names)} targets"),
                meta={"role": "target-path"},
            )
        )
    for key, marked in stars.items():
        deadlines = [int(target.first.row["target_year"]) for target in marked]
        colour = _colour(key, colour_by)
        traces.append(
            dict(
                x=np.array([mid_year(deadline) for deadline in deadlines], dtype="datetime64[ns]"),
                y=np.array([target.first.y for target in marked], dtype=float),
                mode="markers+text",
                name=escape(_stars_name(marked, deadlines)),
                legendgroup=escape(key),
                marker={"symbol": TARGET_SYMBOL, "size": 18, "color": colour},
                text=texts(
                    [
                        escape(f"target {target.first.amount} by {deadline}")
                        for target, deadline in zip(marked, deadlines, strict=True)
                    ]
                ),
                textposition="top center",
                textfont={"color": colour, "size": 11},
                customdata=table([target.hover for target in marked]),
                hovertemplate=HOVER,
                meta={"role": "target", "deadlines": sorted(set(deadlines)), "outlets": _outlets(marked)},
            )
        )


def add_open_targets(
    traces: list[Trace],
    targets: Sequence[Target],
    span: tuple[pd.Timestamp, pd.Timestamp],
    colour_by: str,
) -> None:
    """Each target without deadline a dotted horizontal line across the chart, labelled at its right end."""
    lines: dict[str, list[Target]] = {}
    for target in targets:
        lines.setdefault(target.key(colour_by), []).append(target)
    for key, marked in lines.items():
        colour = _colour(key, colour_by)
        xs: list[pd.Timestamp | None] = []
        ys: list[object] = []
        labels: list[str] = []
        hovers: list[list[str]] = []
        for target in marked:
            xs += [*span, None]
            ys += [target.first.y, target.first.y, None]
            labels += ["", escape(f"target {target.first.amount}, no deadline"), ""]
            hovers += [target.hover, target.hover, [""] * len(target.hover)]
        first = marked[0]
        name = (
            f"Target {first.first.described} (no deadline{first.outlets})"
            if len(marked) == 1
            else f"{len(marked)} targets without deadline"
        )
        traces.append(
            dict(
                x=_dates(xs[:-1]),
                y=np.array(ys[:-1], dtype=object),
                mode="lines+text",
                name=escape(name),
                legendgroup=escape(key),
                line={"color": colour, "dash": "dot", "width": 2},
                text=texts(labels[:-1]),
                textposition="top left",
                textfont={"color": colour, "size": 11},
                customdata=table(hovers[:-1]),
                hovertemplate=HOVER,
                meta={"role": "target", "deadlines": [], "outlets": _outlets(marked)},
            )
        )


def _colour(key: str, colour_by: str) -> str:
    return colour_of(key, colour_by)


def _outlets(marked: Sequence[Target]) -> list[list[str]]:
    """Each target's outlets, escaped like every text in a figure (Plotly could show `meta` in a hover)."""
    return [[escape(source) for source in target.sources] for target in marked]


def _stars_name(marked: Sequence[Target], deadlines: Sequence[int]) -> str:
    """A legend entry for the targets of one colour: the target itself when there is one."""
    if len(marked) == 1:
        return f"Target {marked[0].first.described} by {deadlines[0]}{marked[0].outlets}"
    first, last = min(deadlines), max(deadlines)
    several = " stated by several outlets" if marked[0].key("source") == SEVERAL and marked[0].outlets else ""
    spread = f"by {first}" if first == last else f"{first}–{last}"
    return f"{len(marked)} targets{several}, {spread}"


def _dates(values: Sequence[pd.Timestamp | None]) -> np.ndarray:
    """Times broken by gaps (None, NaT in the array): an array of times copies at once, Timestamps slowly."""
    return np.array(
        [_NAT if value is None else value.to_datetime64() for value in values], dtype="datetime64[ns]"
    )


_NAT = np.datetime64("NaT", "ns")
