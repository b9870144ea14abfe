"""Where a chart's text labels go so that none overlaps another label, a marker or a line, or leaves the plot,
at any chart width from `Canvas.min_width` up. Labels that fit nowhere are dropped (the hover keeps them).

A chart is drawn at whatever width the page gives it, so positions are checked for every plot width from
the narrowest to the widest at once: the plot's height is fixed, and horizontally every point moves in
proportion to the width while a label keeps its size in pixels. Two boxes then overlap at some width of a
range exactly when an interval swept linearly by their distance meets another (`_clashes`); lines are
checked as points sampled densely enough that no label fits between two of them.

The placement works on the traces' properties (`tradeviz.charts.Trace`) before the figure is made: it reads
their points, markers, lines and texts, and writes each text's position (or blanks it).
"""

from __future__ import annotations

import dataclasses
import itertools
import math
from collections.abc import Sequence
from typing import Any

import numpy as np

CHAR_WIDTH = 6.6
"""Pixels per character of an 11 px label, a little over Plotly's default font's average (digits are 6.1,
Cyrillic letters up to 6.5): an overestimate drops a label more, never lets two collide."""
LINE_HEIGHT = 14.0
SAMPLE_PX = 5.0
"""Largest gap between two points sampled on a line, at the widest plot: a label is wider and taller."""

POSITIONS = (
    "middle right",
    "middle left",
    "top center",
    "bottom center",
    "top right",
    "top left",
    "bottom right",
    "bottom left",
)
"""Every position Plotly offers next to a point, in the order tried (a report's own side first)."""


@dataclasses.dataclass(frozen=True)
class Canvas:
    """The plot area: its axes' ranges (x as nanoseconds since 1970, y in the axis's unit) and its size in
    pixels, the height fixed and the width anywhere between `min_width` and `max_width`."""

    x_range: tuple[float, float]
    y_range: tuple[float, float]
    height: float
    min_width: float
    max_width: float


@dataclasses.dataclass(frozen=True)
class _Spot:
    """A point a label may hang from (x as a share of the plot's width, y in pixels from the top), and
    the positions it may take there, in the order tried."""

    point: int
    fx: float
    py: float
    positions: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class _Label:
    """A label to place: its trace, the point that carries it, the spots it may hang from (its own point
    first; a line's label may go to the line's other end), its marker's radius, its width and its rank."""

    trace: int
    point: int
    spots: tuple[_Spot, ...]
    radius: float
    width: float
    rank: tuple[float, ...]


Box = tuple[float, float, float, float, float, float]
"""A box hung at (share of the width, pixels from the top), with its left, right, top and bottom edges in
pixels from there."""


class _Obstacles:
    """What labels must keep clear of: the markers and lines (fixed), and the labels placed so far."""

    def __init__(self, fixed: Sequence[Box]) -> None:
        self._fixed = np.array(fixed, dtype=float).reshape(-1, 6)
        self._placed: list[Box] = []
        self._placed_array = np.empty((0, 6))

    def add(self, box: Box) -> None:
        self._placed.append(box)
        self._placed_array = np.array(self._placed, dtype=float)

    def clashes(self, fx: float, py: float, box: tuple[float, float, float, float], canvas: Canvas) -> bool:
        return _clashes(self._placed_array, fx, py, box, canvas) or _clashes(self._fixed, fx, py, box, canvas)


def _clashes(
    taken: np.ndarray, fx: float, py: float, box: tuple[float, float, float, float], canvas: Canvas
) -> bool:
    """Whether `box` (left, right, top, bottom in pixels from its anchor at (fx, py)) overlaps any box of
    `taken` at some plot width between the canvas's narrowest and widest.

    Vertically nothing moves. Horizontally the other box's anchor is `(its fx - fx) * width` pixels away,
    which sweeps the interval between its values at the two extreme widths; the boxes overlap at some width
    when that interval meets the open interval of distances at which they overlap."""
    if not len(taken):
        return False
    left, right, top, bottom = box
    other_fx, other_py, other_left, other_right, other_top, other_bottom = taken.T
    rows = (other_py + other_top < py + bottom) & (other_py + other_bottom > py + top)
    if not rows.any():
        return False
    share = other_fx[rows] - fx
    near, far = share * canvas.min_width, share * canvas.max_width
    lowest, highest = np.minimum(near, far), np.maximum(near, far)
    return bool(((highest > left - other_right[rows]) & (lowest < right - other_left[rows])).any())


def label_box(position: str, radius: float, width: float) -> tuple[float, float, float, float]:
    """The box (left, right, top, bottom, in pixels from the point) Plotly gives a label of `width` at
    `position` beside a marker of `radius` (it keeps `radius / 0.8 + 1` clear around a marker).

    >>> label_box("middle right", 6.5, 30)
    (9.125, 39.125, -7.0, 7.0)
    """
    gap = radius / 0.8 + 1 if radius else 1.0
    vertical, _, horizontal = position.partition(" ")
    if horizontal == "right":
        left, right = gap, gap + width
    elif horizontal == "left":
        left, right = -gap - width, -gap
    else:
        left, right = -width / 2, width / 2
    if vertical == "top":
        top, bottom = -gap - LINE_HEIGHT, -gap
    elif vertical == "bottom":
        top, bottom = gap, gap + LINE_HEIGHT
    else:
        top, bottom = -LINE_HEIGHT / 2, LINE_HEIGHT / 2
    return left, right, top, bottom


def text_width(text: str) -> float:
    return len(text) * CHAR_WIDTH + 2


def _inside(fx: float, py: float, box: tuple[float, float, float, float], canvas: Canvas) -> bool:
    """Whether the box stays on the plot at every width: its edges move linearly with the width, so the
    two extreme widths decide."""
    left, right, top, bottom = box
    if py + top < 0 or py + bottom > canvas.height:
        return False
    return all(
        fx * width + left >= 0 and fx * width + right <= width
        for width in (canvas.min_width, canvas.max_width)
    )


def place_labels(traces: list[dict[str, Any]], canvas: Canvas) -> int:
    """Give every text label of `traces` a position where it collides with nothing, most important first
    (targets with a deadline, targets without, full-year reports, part-year reports; later years first);
    a label that fits nowhere is blanked. Returns how many were blanked."""
    fixed: list[Box] = []
    labels: list[_Label] = []
    for number, trace in enumerate(traces):
        points = _points(trace, canvas)
        fixed += _marker_boxes(trace, points) + _line_samples(trace, points, canvas)
        labels.extend(_labels_of(number, trace, points))
    obstacles = _Obstacles(fixed)
    positions: dict[int, list[str]] = {}
    dropped = 0
    for label in sorted(labels, key=lambda label: label.rank):
        trace = traces[label.trace]
        chosen = positions.setdefault(label.trace, _initial_positions(trace))
        spot, position = _first_clear(label, obstacles, canvas)
        if spot is None:
            trace["text"][label.point] = ""
            dropped += 1
            continue
        obstacles.add((spot.fx, spot.py, *label_box(position, label.radius, label.width)))
        chosen[spot.point] = position
        if spot.point != label.point:  # moved to the line's other end
            trace["text"][spot.point], trace["text"][label.point] = trace["text"][label.point], ""
    for number, chosen in positions.items():
        traces[number]["textposition"] = np.array(chosen, dtype=object)
    return dropped


def _first_clear(label: _Label, obstacles: _Obstacles, canvas: Canvas) -> tuple[_Spot | None, str]:
    """The first spot and position, in the label's order, where it is on the plot and clear of all else."""
    for spot in label.spots:
        for position in spot.positions:
            box = label_box(position, label.radius, label.width)
            if _inside(spot.fx, spot.py, box, canvas) and not obstacles.clashes(
                spot.fx, spot.py, box, canvas
            ):
                return spot, position
    return None, ""


def _initial_positions(trace: dict[str, Any]) -> list[str]:
    given = trace.get("textposition", "middle right")
    count = len(trace["text"])
    return [str(value) for value in given] if not isinstance(given, str) else [given] * count


def _points(trace: dict[str, Any], canvas: Canvas) -> list[tuple[float, float] | None]:
    """Each point of the trace as (share of width, pixels from the top); None for a gap."""
    (x0, x1), (y0, y1) = canvas.x_range, canvas.y_range
    points: list[tuple[float, float] | None] = []
    for x, y in zip(_nanoseconds(trace["x"]), _numbers(trace["y"]), strict=True):
        if math.isnan(x) or math.isnan(y):
            points.append(None)
        else:
            points.append(((x - x0) / (x1 - x0), (y1 - y) / (y1 - y0) * canvas.height))
    return points


def _nanoseconds(values: Any) -> list[float]:
    times = np.array(
        [np.datetime64("NaT") if value is None else value for value in values], dtype="datetime64[ns]"
    )
    as_float = times.astype("int64").astype(float)
    as_float[np.isnat(times)] = math.nan
    return as_float.tolist()


def _numbers(values: Any) -> list[float]:
    return [math.nan if value is None else float(value) for value in values]


def _radius(trace: dict[str, Any], point: int) -> float:
    if "markers" not in trace["mode"]:
        return 0.0
    size: Any = trace.get("marker", {}).get("size", 6)
    one = size[point] if isinstance(size, (list, np.ndarray)) else size
    return float(one) / 2


def _marker_boxes(trace: dict[str, Any], points: list[tuple[float, float] | None]) -> list[Box]:
    if "markers" not in trace["mode"]:
        return []
    boxes = []
    for number, point in enumerate(points):
        if point is not None:
            radius = _radius(trace, number)
            boxes.append((point[0], point[1], -radius, radius, -radius, radius))
    return boxes


def _line_samples(
    trace: dict[str, Any], points: list[tuple[float, float] | None], canvas: Canvas
) -> list[Box]:
    """Points along the trace's lines (and error bars), close enough that no label fits between two."""
    samples: list[Box] = []
    segments: list[tuple[tuple[float, float], tuple[float, float]]] = []
    if "lines" in trace["mode"]:
        segments += [(a, b) for a, b in itertools.pairwise(points) if a is not None and b is not None]
    for start, end in segments + _error_bars(trace, points, canvas):
        steps = max(
            1,
            math.ceil(abs(end[0] - start[0]) * canvas.max_width / SAMPLE_PX),
            math.ceil(abs(end[1] - start[1]) / SAMPLE_PX),
        )
        for t in np.linspace(0.0, 1.0, steps + 1).tolist():
            fx, py = start[0] + t * (end[0] - start[0]), start[1] + t * (end[1] - start[1])
            samples.append((fx, py, -1.0, 1.0, -1.0, 1.0))
    return samples


def _error_bars(
    trace: dict[str, Any], points: list[tuple[float, float] | None], canvas: Canvas
) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    bars = trace.get("error_y")
    if not bars:
        return []
    scale = canvas.height / (canvas.y_range[1] - canvas.y_range[0])
    segments = []
    for point, up, down in zip(points, bars["array"], bars["arrayminus"], strict=True):
        if point is not None and (up or down):
            segments.append(((point[0], point[1] - up * scale), (point[0], point[1] + down * scale)))
    return segments


def _labels_of(number: int, trace: dict[str, Any], points: list[tuple[float, float] | None]) -> list[_Label]:
    texts = trace.get("text")
    if texts is None or "text" not in trace["mode"]:
        return []
    role = (trace.get("meta") or {}).get("role")
    symbols = (trace.get("marker") or {}).get("symbol")
    preferred = _initial_positions(trace)
    labels = []
    for point, (text, where) in enumerate(zip(texts, points, strict=True)):
        if not text or where is None:
            continue
        spots = _spots(trace, points, point, preferred[point])
        symbol = "" if symbols is None or isinstance(symbols, str) else str(symbols[point])
        if role == "target":
            importance = 0 if "markers" in trace["mode"] else 1  # with a deadline, then without
        else:
            importance = 3 if symbol.endswith("-open") else 2  # full years before parts of one
        labels.append(
            _Label(
                trace=number,
                point=point,
                spots=spots,
                radius=_radius(trace, point),
                width=text_width(str(text)),
                rank=(importance, -where[0], where[1]),
            )
        )
    return labels


def _spots(
    trace: dict[str, Any], points: list[tuple[float, float] | None], point: int, preferred: str
) -> tuple[_Spot, ...]:
    """Where a label may go: beside its marker anywhere (its own side first); a line's label above or
    below either end of its segment (its own end first), never over the line itself."""
    fx, py = points[point]  # type: ignore[misc]
    if "markers" in trace["mode"]:
        return (_Spot(point, fx, py, (preferred, *(p for p in POSITIONS if p != preferred))),)
    spots = [_Spot(point, fx, py, (preferred, "bottom left" if preferred == "top left" else "top left"))]
    other = points[point - 1] if point > 0 else None
    if other is not None and not trace["text"][point - 1]:
        spots.append(_Spot(point - 1, other[0], other[1], ("top right", "bottom right")))
    return tuple(spots)
