"""A chart's traces and layout made into the figure the browser draws once per change.

Streamlit's Plotly element draws a figure when it mounts, then hands plotly.js a JSON copy of the same
figure (`Plotly.react`). plotly.js redraws everything when anything in that copy differs by identity
where it compares by identity: a template object, an object `meta`, any typed array (numpy's numbers are
sent as typed arrays), or any data array at all when the layout has no `datarevision`. At 50,000 articles
that second draw was half of a filter change. So the figure here has:

- the house look (TEMPLATE's layout) written into its own layout, and no template object;
- each trace's `meta` inside a one-element list (a list is compared by identity only with the data);
- numbers as plain lists, times as short text (`2023-07-01`, or to the minute when a time is set);
- a `datarevision` worked out from what is drawn, so that a copy of one figure tells plotly.js nothing
  changed, and two different figures never share one.

Plotly's value-by-value checks of the traces are skipped (tenths of a second on thousands of points, and
again for every copy on the way to the browser): their values are made in the types those checks make; a
test validates every chart's traces and compares. The layout is checked as usual.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping, Sequence
from typing import Any, Literal

import numpy as np
import plotly.graph_objects as go
import plotly.io as pio

from tradeviz.chart_marks import strings

TEMPLATE = "plotly_white"
HOUSE_KEYS = ("font", "paper_bgcolor", "plot_bgcolor", "hovermode", "hoverlabel", "xaxis", "yaxis")
"""What of TEMPLATE's layout a two-axis scatter chart uses (the rest is for maps, polar and 3-D plots)."""

Trace = dict[str, Any]


def house_layout() -> dict[str, Any]:
    """TEMPLATE's look for these charts, as layout properties (read once; a copy each time)."""
    if not _HOUSE:
        found = pio.templates[TEMPLATE].layout.to_plotly_json()
        _HOUSE.update({key: found[key] for key in HOUSE_KEYS if key in found})
    return json.loads(json.dumps(_HOUSE))


_HOUSE: dict[str, Any] = {}


def with_house_look(layout: Mapping[str, Any]) -> dict[str, Any]:
    """`layout` over the house look, merged key by key (an axis keeps the house's grid and title
    standoff under its own title text)."""
    return _merged(house_layout(), layout)


def _merged(base: dict[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(base.get(key), dict):
            base[key] = _merged(base[key], value)
        else:
            base[key] = value
    return base


def meta(trace: Any) -> dict[str, Any]:
    """A trace's own metadata (its role on the chart and what goes with it), from a trace of a figure made
    here or its properties, or {} when it has none."""
    found = trace.get("meta") if isinstance(trace, Mapping) else trace.meta
    if isinstance(found, (list, tuple)) and found:
        found = found[0]
    return dict(found) if isinstance(found, Mapping) else {}


def make_figure(traces: Sequence[Trace], layout: Mapping[str, Any]) -> go.Figure:
    """The figure of `traces` (property dicts, as the charts build them) and `layout` (checked), in the
    house look, ready to be drawn once (module docstring)."""
    sent = [_for_browser(trace) for trace in traces]
    checked = go.Layout(**with_house_look(layout), datarevision=revision(sent, layout))
    figure = go.Figure(data=sent, layout=checked, _validate=False)
    figure._validate = figure.layout._validate = True  # whatever changes the figure later is checked
    figure.layout.template = None  # go.Figure put the default template in (checked, None takes it out)
    return figure


def _for_browser(trace: Trace) -> Trace:
    out = {name: _value(value) for name, value in trace.items()}
    if "meta" in out:
        out["meta"] = [out["meta"]]
    return out


def _value(value: Any) -> Any:
    if isinstance(value, np.ndarray):
        if value.dtype.kind in "fiu":
            return [None if math.isnan(v) else v for v in value.astype(float).tolist()]
        if value.dtype.kind == "M":
            return short_times(value)
        return value
    if isinstance(value, dict):
        return {name: _value(inner) for name, inner in value.items()}
    return value


DAY_NS = 86_400 * 10**9


def short_times(values: np.ndarray) -> np.ndarray:
    """datetime64 values as the text plotly.js reads, to the day when every one is at midnight, else to
    the minute; NaT as None (a gap).

    >>> short_times(np.array(["2023-07-01", "NaT"], dtype="datetime64[ns]")).tolist()
    ['2023-07-01', None]
    >>> short_times(np.array(["2023-07-01T12:00"], dtype="datetime64[ns]")).tolist()
    ['2023-07-01T12:00']
    """
    times = values.astype("datetime64[ns]")
    missing = np.isnat(times)
    nanoseconds = times.view("int64")[~missing]
    unit: Literal["D", "m"] = "D" if not (nanoseconds % DAY_NS).any() else "m"
    text = np.datetime_as_string(times, unit=unit).astype(object)
    text[missing] = None
    return strings(text)


def revision(traces: Sequence[Trace], layout: Mapping[str, Any]) -> str:
    """A digest of what is drawn: every value of every trace and the layout."""
    digest = hashlib.blake2b(digest_size=10)
    for trace in traces:
        _feed(digest, trace)
    digest.update(json.dumps(dict(layout), sort_keys=True, default=str).encode())
    return digest.hexdigest()


def _feed(digest: Any, value: Any) -> None:
    if isinstance(value, Mapping):
        for name in sorted(value):
            digest.update(f"\x1e{name}=".encode())
            _feed(digest, value[name])
    elif isinstance(value, np.ndarray):
        digest.update(f"{value.dtype.str}{value.shape}".encode())
        if value.dtype.kind == "O":
            digest.update("\x1f".join(map(str, value.ravel().tolist())).encode("utf-8", "surrogatepass"))
        else:
            digest.update(np.ascontiguousarray(value).tobytes())
    elif isinstance(value, (list, tuple)):
        digest.update(f"[{len(value)}".encode())
        digest.update("\x1f".join(map(repr, value)).encode("utf-8", "surrogatepass"))
    else:
        digest.update(repr(value).encode("utf-8", "surrogatepass"))
