"""Exports: a figure to PNG/SVG/PDF (one shared headless Chromium) or offline HTML; a frame to CSV or XLSX.

Static images go through kaleido. Starting a browser per image costs seconds, so one browser is kept for
the whole process and every export holds one lock: the browser serves one request at a time, and Streamlit
runs each session in its own thread. The browser is Debian's Chromium found on PATH (or `BROWSER_PATH`);
nothing is ever downloaded.
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import datetime as dt
import html
import io
import os
import re
import sys
import threading
from collections.abc import Coroutine, Sequence
from pathlib import Path
from typing import Any, BinaryIO

import pandas as pd
import plotly.graph_objects as go
import regex

from tradeviz.cells import CSV_DIALECTS as CSV_DIALECTS
from tradeviz.cells import CSV_ENCODING as CSV_ENCODING
from tradeviz.cells import CSV_LINE_END as CSV_LINE_END
from tradeviz.cells import FORMULA_STARTS as FORMULA_STARTS
from tradeviz.cells import UNGUARDED as UNGUARDED
from tradeviz.cells import neutralise as neutralise
from tradeviz.errors import TradevizError

IMAGE_FORMATS = ("png", "svg", "pdf")
MIME_TYPES = {
    "png": "image/png",
    "svg": "image/svg+xml",
    "pdf": "application/pdf",
    "html": "text/html",
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
INSTALL_BROWSER = (
    "Image export needs Chromium, which was not found. On Debian or Ubuntu: "
    "`sudo apt-get install chromium`, or set BROWSER_PATH to a Chrome/Chromium executable. "
    "The HTML export works without it."
)
CONTROL_CHARACTERS = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
"""Characters XLSX cannot hold (openpyxl refuses them): each becomes U+FFFD, so the loss shows."""
IMAGE_SIZE = {"width": 1100, "height": 560}
START_TIMEOUT = 60.0
RENDER_TIMEOUT = 60.0


class ExportError(TradevizError):
    """An export could not be made; the message says why, for the user."""


# --- static images --------------------------------------------------------------------------------------


def find_browser() -> str | None:
    """The Chromium-based browser kaleido would use (`BROWSER_PATH` first, then PATH and the usual places),
    or None; never downloads one."""
    from choreographer.browsers.chromium import Chromium

    path = Chromium.find_browser(skip_local=False)
    if path and Path(path).is_file() and os.access(path, os.X_OK):
        return str(path)
    return None


def browser_available() -> bool:
    """True when static image export can work."""
    return find_browser() is not None


class _Renderer:
    """One kaleido browser on its own event-loop thread; calls time out instead of hanging if it dies."""

    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="tradeviz-kaleido", daemon=True)
        self._thread.start()
        self._kaleido: Any = None
        try:
            self._kaleido = self._run(self._open(), START_TIMEOUT)
        except BaseException:
            self.close()
            raise

    async def _open(self) -> Any:
        import kaleido

        browser = kaleido.Kaleido(mathjax=False)  # MathJax would come from a CDN; we have no formulas
        await browser.open()
        return browser

    def _run(self, coroutine: Coroutine[Any, Any, Any], timeout: float) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout)

    def render(self, figure: go.Figure, options: dict[str, Any]) -> bytes:
        return bytes(self._run(self._kaleido.calc_fig(figure, opts=options), RENDER_TIMEOUT))

    def close(self) -> None:
        if self._kaleido is not None:
            with contextlib.suppress(Exception):  # a dead browser needs no closing
                self._run(self._kaleido.close(), 10)
            self._kaleido = None
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)


_lock = threading.Lock()
_renderer: _Renderer | None = None


def figure_to_image(
    figure: go.Figure, fmt: str, *, width: int | None = None, height: int | None = None, scale: float = 1.0
) -> bytes:
    """The figure as PNG, SVG or PDF bytes, drawn by the shared browser (started on first use)."""
    global _renderer
    if fmt not in IMAGE_FORMATS:
        raise ValueError(f"image format must be one of {', '.join(IMAGE_FORMATS)}; got {fmt!r}")
    if not browser_available():
        raise ExportError(INSTALL_BROWSER)
    options = {
        "format": fmt,
        "width": width or figure.layout.width or IMAGE_SIZE["width"],
        "height": height or figure.layout.height or IMAGE_SIZE["height"],
        "scale": scale,
    }
    with _lock:
        try:
            if _renderer is None:
                _renderer = _Renderer()
            return _renderer.render(figure, options)
        except Exception as error:
            if _renderer is not None:  # start afresh next time rather than reuse a broken browser
                _renderer.close()
                _renderer = None
            raise ExportError(
                f"Could not draw the chart as {fmt.upper()}: {error or type(error).__name__}"
            ) from error


def close_browser() -> None:
    """Stop the shared browser (it is started again when needed)."""
    global _renderer
    with _lock:
        if _renderer is not None:
            _renderer.close()
            _renderer = None


def figure_to_html(figure: go.Figure, *, title: str | None = None) -> bytes:
    """A self-contained interactive HTML page (plotly.js inlined, about 5 MB) that opens offline, titled
    `title` (else the chart's own title, which is already escaped for Plotly)."""
    page = figure.to_html(include_plotlyjs=True, full_html=True, config={"displaylogo": False})
    shown = html.escape(title) if title is not None else str(figure.layout.title.text or "tradeviz chart")
    return page.replace("<head>", f"<head><title>{shown}</title>", 1).encode("utf-8")


def figure_bytes(figure: go.Figure, fmt: str, *, caption: Sequence[str] = ()) -> bytes:
    """The figure in any export format: png, svg, pdf or html, with `caption` lines under it (what it
    shows: filters, sources, the day of export) so a copy passed around still says where it came from."""
    if caption:
        figure = with_caption(figure, caption)
    return figure_to_html(figure) if fmt == "html" else figure_to_image(figure, fmt)


CAPTION_LINE_PX = 15


def with_caption(figure: go.Figure, lines: Sequence[str]) -> go.Figure:
    """A copy of the figure with `lines` (plain text, escaped here) in small print below everything else;
    the figure grows by their height, so the plot keeps its size and the labels their places."""
    captioned = go.Figure(figure)
    # A new figure takes the default template (Streamlit's, in the dashboard); a chart's look is its own.
    captioned.layout.template = figure.layout.to_plotly_json().get("template")
    extra = CAPTION_LINE_PX * len(lines) + 10
    height = int(captioned.layout.height or IMAGE_SIZE["height"])
    bottom = int(captioned.layout.margin.b if captioned.layout.margin.b is not None else 80)
    captioned.update_layout(height=height + extra, margin={"b": bottom + extra})
    captioned.add_annotation(
        text="<br>".join(html.escape(line, quote=False) for line in lines),  # Plotly shows &quot; as is
        showarrow=False,
        xref="paper",
        yref="paper",
        x=0,
        xanchor="left",
        y=0,
        yanchor="top",
        yshift=-(bottom + 4),
        align="left",
        font={"size": 10, "color": "#666"},
    )
    return captioned


# --- tables ---------------------------------------------------------------------------------------------


def _neutralised(frame: pd.DataFrame) -> pd.DataFrame:
    """Every text column neutralised, but the known values of a closed-vocabulary column (`UNGUARDED`)."""
    safe = frame.copy()
    for name in frame.columns:
        column = frame[name]
        if not (pd.api.types.is_string_dtype(column) or column.dtype == object):
            continue
        known = UNGUARDED.get(str(name), frozenset())
        safe[name] = column.map(
            lambda value, known=known: value if value in known else neutralise(value), na_action="ignore"
        )
    return safe


def frame_to_csv(frame: pd.DataFrame, *, dialect: str = "comma") -> bytes:
    """The frame as CSV bytes (UTF-8 with a BOM) with the frame's columns; text that could run as a formula
    is neutralised, and a cell holding a line break is quoted."""
    if dialect not in CSV_DIALECTS:
        raise ValueError(f"CSV dialect must be one of {', '.join(CSV_DIALECTS)}; got {dialect!r}")
    separator, decimal = CSV_DIALECTS[dialect]
    text = _neutralised(frame).to_csv(
        index=False,
        sep=separator,
        decimal=decimal,
        date_format="%Y-%m-%d",
        quoting=csv.QUOTE_MINIMAL,
        lineterminator=CSV_LINE_END,
    )
    return text.encode(CSV_ENCODING)


def frame_to_xlsx(frame: pd.DataFrame, *, sheet: str = "facts") -> bytes:
    """The frame as an XLSX workbook with the frame's columns; text cells never start a formula."""
    import openpyxl  # here, not at the top: every `tradeviz` command would pay its import otherwise
    from openpyxl.utils import get_column_letter

    workbook = openpyxl.Workbook()
    worksheet = workbook.active
    assert worksheet is not None  # a new workbook always has one sheet
    worksheet.title = sheet
    worksheet.append(list(frame.columns))
    dates = {name for name in frame.columns if pd.api.types.is_datetime64_any_dtype(frame[name])}
    for record in _neutralised(frame).itertuples(index=False, name=None):
        worksheet.append([_cell(value) for value in record])
    for position, name in enumerate(frame.columns, start=1):
        letter = get_column_letter(position)
        if name in dates:
            for cell in worksheet[letter][1:]:
                cell.number_format = "yyyy-mm-dd"
        for cell in worksheet[letter][1:]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # a string, never a formula, whatever it starts with
        worksheet.column_dimensions[letter].width = 60 if name in ("quote", "title", "url") else 14
    worksheet.freeze_panes = "A2"
    worksheet.auto_filter.ref = worksheet.dimensions
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _cell(value: object) -> object:
    """A frame value as openpyxl writes it: no NA objects, plain datetimes, text without the control
    characters XLSX cannot hold."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):  # type: ignore[call-overload]
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalars
        return value.item()
    if isinstance(value, str):
        return CONTROL_CHARACTERS.sub("\ufffd", value, timeout=10.0)
    return value


def table_bytes(frame: pd.DataFrame, fmt: str) -> bytes:
    """The frame as `csv` (comma), `csv;` (semicolon) or `xlsx` bytes."""
    if fmt == "xlsx":
        return frame_to_xlsx(frame)
    if fmt in ("csv", "csv;"):
        return frame_to_csv(frame, dialect="semicolon" if fmt == "csv;" else "comma")
    raise ValueError(f"table format must be csv, csv; or xlsx; got {fmt!r}")


def write_table(frame: pd.DataFrame, destination: str | Path | BinaryIO, fmt: str) -> None:
    """Write the frame as csv, csv; or xlsx to a path, to a binary stream, or to stdout when `-`."""
    data = table_bytes(frame, fmt)
    if isinstance(destination, (str, Path)):
        if str(destination) == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            Path(destination).write_bytes(data)
    else:
        destination.write(data)


# --- file names -----------------------------------------------------------------------------------------


def export_name(
    *,
    view: str,
    pair: str | None,
    scope: str | None,
    years: tuple[int, int] | None,
    on: dt.date,
    ext: str,
) -> str:
    """A file name that says what is inside: view, pair, scope, years, and the day it was made.

    >>> export_name(view="turnover", pair="CN-KZ", scope="national", years=(2021, 2030),
    ...             on=dt.date(2025, 3, 1), ext="png")
    'tradeviz_turnover_CN-KZ_national_2021-2030_2025-03-01.png'
    >>> export_name(view="facts", pair=None, scope="Turkestan Region", years=None,
    ...             on=dt.date(2025, 3, 1), ext="csv")
    'tradeviz_facts_all-pairs_Turkestan-Region_all-years_2025-03-01.csv'
    """
    parts = [
        "tradeviz",
        view,
        pair or "all-pairs",
        scope or "all-scopes",
        f"{years[0]}-{years[1]}" if years else "all-years",
        on.isoformat(),
    ]
    stem = "_".join(_slug(part) for part in parts)
    return f"{stem}.{ext.lstrip('.')}"


def _slug(text: str) -> str:
    """Letters (any script), digits, dots and dashes; anything else becomes one dash."""
    return re.sub(r"[^\w.\-]+", "-", text, flags=re.UNICODE).strip("-_") or "x"
