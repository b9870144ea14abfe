"""The words a chart shows of a fact: its hover, its quote wrapped, its flow's name, and the consensus note.

Its own module because every text that goes into a figure is HTML-escaped here or where it is put
together (`escape`): Plotly reads a subset of HTML in labels, legends, titles and hovers, and a source named
`<a href=...>` must stay text.
"""

from __future__ import annotations

import html
import textwrap

import pandas as pd

from tradeviz import tables, views


def escape(text: str) -> str:
    """Text as Plotly shows it literally: `&`, `<` and `>` as entities, which it turns back into the
    characters (it reads tags, not quotes; `&quot;` it would show as it is).

    >>> escape('<a href="x">S&P</a>')
    '&lt;a href="x"&gt;S&amp;P&lt;/a&gt;'
    """
    return html.escape(text, quote=False)


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
