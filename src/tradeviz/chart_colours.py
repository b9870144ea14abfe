"""A chart's colours: each source's own (the same in every chart), each flow's and metric's, and the greys.

Its own module because a colour is a promise across charts and sessions: a source keeps its colour
whatever else is drawn beside it, so the palette, the known outlets and the rules that pick a trace's
colour key live in one place.
"""

from __future__ import annotations

import hashlib

import pandas as pd

from tradeviz import views

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
