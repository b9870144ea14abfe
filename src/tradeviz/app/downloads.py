"""The download buttons the pages share: a chart in four formats, the facts in three.

Every file is made when its button is pressed (a deferred callable), not on every run, and every button
leaves the page as it is (`on_click="ignore"`): a rerun per download would redraw the page for nothing.
"""

from __future__ import annotations

import functools

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from tradeviz import app_actions, export
from tradeviz.app.state import Shown

TABLE_FORMATS = (
    # label, format, the name's view, extension
    ("Download CSV", "csv", "facts", "csv"),
    ("CSV for Russian-locale spreadsheets (;)", "csv;", "facts-semicolon", "csv"),
    ("Download XLSX", "xlsx", "facts", "xlsx"),
)


def chart_buttons(view: str, figure: go.Figure, shown: Shown) -> None:
    """PNG, SVG and PDF (drawn by Chromium, when it is there) and offline HTML, each with a caption
    saying what the chart shows."""
    has_browser = export.browser_available()
    caption = tuple(shown.caption())
    for column, fmt in zip(st.columns(4), ("png", "svg", "pdf", "html"), strict=True):
        usable = has_browser or fmt == "html"
        column.download_button(
            f"Download {fmt.upper()}",
            data=functools.partial(export.figure_bytes, figure, fmt, caption=caption) if usable else b"",
            file_name=shown.file_name(view, fmt),
            mime=export.MIME_TYPES[fmt],
            on_click="ignore",
            disabled=not usable,
            help=None if usable else export.INSTALL_BROWSER,
            key=f"download_{view}_{fmt}",
            width="stretch",
        )
    if not has_browser:
        st.caption(export.INSTALL_BROWSER)


def table_bytes(frame: pd.DataFrame, fmt: str) -> bytes:
    """The bytes of a table download, made when the button is pressed."""
    return export.table_bytes(app_actions.export_frame(frame), fmt)


def table_buttons(frame: pd.DataFrame, shown: Shown) -> None:
    """The facts as CSV (comma, and semicolon for Russian-locale spreadsheets; distinct names) and XLSX."""
    for column, (label, fmt, view, ext) in zip(st.columns(3), TABLE_FORMATS, strict=True):
        column.download_button(
            label,
            data=functools.partial(table_bytes, frame, fmt),
            file_name=shown.file_name(view, ext),
            mime=export.MIME_TYPES[ext],
            on_click="ignore",
            key=f"download_facts_{fmt}",
            width="stretch",
        )
