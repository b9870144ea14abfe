"""Exports: images through the shared Chromium (Cyrillic included), offline HTML, CSV and XLSX, file names."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import struct
import threading
import zlib
from pathlib import Path

import openpyxl
import pandas as pd
import plotly.graph_objects as go
import pytest

from conftest import fact, year
from tradeviz import chart_cli, charts, export
from tradeviz.cli import main
from tradeviz.frame import COLUMNS, facts_to_frame

needs_browser = pytest.mark.skipif(
    not export.browser_available(), reason="no Chromium: apt-get install chromium"
)
RUSSIAN_TITLE = "Товарооборот Китай–Казахстан"


@pytest.fixture(scope="module")
def russian_figure():  # type: ignore[no-untyped-def]
    frame = facts_to_frame([fact(amount="18e9", **year(2021)), fact(amount="40e9", **year(2023))])
    return charts.turnover_chart(frame, title=RUSSIAN_TITLE)


@pytest.fixture(scope="module", autouse=True)
def _close_browser():  # type: ignore[no-untyped-def]
    yield
    export.close_browser()


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


# --- images ----------------------------------------------------------------------------------------------


@needs_browser
def test_svg_keeps_a_cyrillic_title_as_text(russian_figure) -> None:  # type: ignore[no-untyped-def]
    svg = export.figure_to_image(russian_figure, "svg").decode("utf-8")
    assert svg.lstrip().startswith("<svg")
    assert RUSSIAN_TITLE in svg


@needs_browser
def test_png_is_a_real_png_of_the_requested_size(russian_figure) -> None:  # type: ignore[no-untyped-def]
    data = export.figure_to_image(russian_figure, "png", width=800, height=400)
    assert png_size(data) == (800, 400)
    assert len(data) > 10_000  # drawn, not blank


@needs_browser
def test_cyrillic_title_is_drawn_with_glyphs_not_boxes(russian_figure) -> None:  # type: ignore[no-untyped-def]
    """Without a Cyrillic font every letter comes out as the same box, so two titles of as many different
    letters would look alike; with one, their pixels differ."""
    title_bands = []
    for title in ("ЖЖЖЖЖЖЖЖЖЖ", "ииииииииии"):
        figure = go.Figure(russian_figure).update_layout(title_text=title)
        data = export.figure_to_image(figure, "png", width=600, height=300)
        title_bands.append(_rows(data, 600, 0, 60))
    assert title_bands[0] != title_bands[1]


def _rows(data: bytes, width: int, first: int, last: int) -> bytes:
    """Raw (filtered) scanlines `first`..`last` of an 8-bit RGBA/RGB PNG: enough to compare two renders."""
    chunks, position = [], 8
    while position < len(data):
        length = struct.unpack(">I", data[position : position + 4])[0]
        kind = data[position + 4 : position + 8]
        if kind == b"IDAT":
            chunks.append(data[position + 8 : position + 8 + length])
        position += 12 + length
    raw = zlib.decompress(b"".join(chunks))
    channels = data[25]  # colour type: 2 RGB, 6 RGBA
    stride = 1 + width * (4 if channels == 6 else 3)
    return raw[first * stride : last * stride]


@needs_browser
def test_pdf_is_a_pdf(russian_figure) -> None:  # type: ignore[no-untyped-def]
    assert export.figure_to_image(russian_figure, "pdf").startswith(b"%PDF")


@needs_browser
def test_concurrent_exports_each_get_their_own_format(russian_figure) -> None:  # type: ignore[no-untyped-def]
    results: dict[str, bytes] = {}

    def render(fmt: str) -> None:
        results[fmt] = export.figure_to_image(russian_figure, fmt)

    threads = [threading.Thread(target=render, args=(fmt,)) for fmt in ("png", "svg", "pdf")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert results["png"].startswith(b"\x89PNG")
    assert results["svg"].lstrip().startswith(b"<svg")
    assert results["pdf"].startswith(b"%PDF")


def test_without_a_browser_images_say_how_to_get_one(monkeypatch, russian_figure) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(export, "find_browser", lambda: None)
    assert not export.browser_available()
    with pytest.raises(export.ExportError, match="apt-get install chromium"):
        export.figure_to_image(russian_figure, "png")
    assert export.figure_to_html(russian_figure).startswith(b"<!doctype html>")  # HTML needs no browser


def test_a_browser_path_that_does_not_exist_is_no_browser(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-such-chromium"))
    assert export.find_browser() is None


def test_unknown_image_format_is_refused(russian_figure) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="png, svg, pdf"):
        export.figure_to_image(russian_figure, "gif")


def test_html_works_offline(russian_figure) -> None:  # type: ignore[no-untyped-def]
    page = export.figure_to_html(russian_figure).decode("utf-8")
    assert not re.findall(r"<script[^>]*\bsrc=", page)  # plotly.js is inline, nothing is fetched
    assert "Plotly.newPlot" in page and len(page) > 1_000_000
    assert RUSSIAN_TITLE in page or "\\u0422" in page  # the title, perhaps JSON-escaped


def test_html_has_a_title_escaped_as_text(russian_figure) -> None:  # type: ignore[no-untyped-def]
    page = export.figure_to_html(russian_figure).decode("utf-8")
    assert f"<title>{RUSSIAN_TITLE}</title>" in page
    named = export.figure_to_html(russian_figure, title="<a href='x'>CN-KZ</a>").decode("utf-8")
    assert "<title>&lt;a href=&#x27;x&#x27;&gt;CN-KZ&lt;/a&gt;</title>" in named


def test_a_caption_goes_under_the_chart_without_shrinking_it(russian_figure) -> None:  # type: ignore[no-untyped-def]
    lines = ["Filters: CN-KZ, national, 2021–2023", "Sources: <b>all</b>", "Exported 2025-03-01"]
    captioned = export.with_caption(russian_figure, lines)
    (caption,) = [a for a in captioned.layout.annotations if "Exported 2025-03-01" in a.text]
    assert "&lt;b&gt;all&lt;/b&gt;" in caption.text and caption.text.count("<br>") == 2
    grown = captioned.layout.height - russian_figure.layout.height
    assert grown > 0 and captioned.layout.margin.b - russian_figure.layout.margin.b == grown
    assert len(russian_figure.layout.annotations) == len(captioned.layout.annotations) - 1  # a copy
    page = export.figure_bytes(russian_figure, "html", caption=lines).decode("utf-8")
    assert "Exported 2025-03-01" in page


def test_a_captioned_copy_keeps_the_chart_s_own_look_whatever_the_default_template(
    russian_figure, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A chart carries its look in its layout, with no template (`tradeviz.chart_figure`); a copy made for
    an export must not take the process's default template (Streamlit sets its own)."""
    import plotly.io as pio

    monkeypatch.setattr(pio.templates, "default", "seaborn")
    captioned = export.with_caption(russian_figure, ["Exported 2025-03-01"])
    layout = captioned.to_dict()["layout"]
    assert "template" not in layout
    assert layout["plot_bgcolor"] == russian_figure.layout.plot_bgcolor == "white"


# --- tables ----------------------------------------------------------------------------------------------


@pytest.fixture
def risky() -> pd.DataFrame:
    return facts_to_frame(
        [
            fact(quote='=HYPERLINK("http://x")', source="+Kazinform", **year(2021)),
            fact(quote="-5% за год, товарооборот", source="@handle", growth_pct=-5, **year(2022)),
            fact(quote="Товарооборот достиг 40 млрд", title='обычный; текст, с "кавычками"', **year(2023)),
        ]
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+7 701", "'+7 701"),
        ("-5%", "'-5%"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd|' /C calc'!A0", "'\tcmd|' /C calc'!A0"),
        ("\r=1+1", "'\r=1+1"),
        ("Товарооборот", "Товарооборот"),
        ("", ""),
        (-5.0, -5.0),
        (None, None),
    ],
)
def test_neutralise(value: object, expected: object) -> None:
    assert export.neutralise(value) == expected


def test_csv_has_the_frame_columns_and_no_live_formulas(risky: pd.DataFrame) -> None:
    data = export.frame_to_csv(risky)
    assert data.startswith(b"\xef\xbb\xbf")  # a BOM in both dialects: Excel then opens Cyrillic right
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert back.columns.tolist() == list(COLUMNS)
    assert back["quote"].tolist()[:2] == ['\'=HYPERLINK("http://x")', "'-5% за год, товарооборот"]
    assert back["source"].tolist()[:2] == ["'+Kazinform", "'@handle"]
    assert back["growth_pct"].tolist()[1] == -5.0  # numbers stay numbers
    assert back["period_start"].tolist()[0] == "2021-01-01"
    assert back["title"].tolist()[2] == 'обычный; текст, с "кавычками"'


def test_semicolon_csv_is_for_russian_spreadsheets(risky: pd.DataFrame) -> None:
    data = export.frame_to_csv(risky, dialect="semicolon")
    assert data.startswith(b"\xef\xbb\xbf")  # a BOM, so Cyrillic opens as UTF-8
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == ";".join(COLUMNS)
    back = pd.read_csv(io.StringIO(text), sep=";", decimal=",")
    assert back["amount"].tolist() == [18e9, 18e9, 18e9] and back["growth_pct"].tolist()[1] == -5.0
    assert ",0" in text  # decimal comma
    assert back["quote"].tolist()[2] == "Товарооборот достиг 40 млрд"


@pytest.fixture
def hostile() -> pd.DataFrame:
    """Text that a spreadsheet runs, cuts or cannot store, in several text columns; qualifiers of each kind."""
    return facts_to_frame(
        [
            fact(article="a\rb.txt", quote="\tcmd|' /C calc'!A0", qualifier="=", **year(2020)),
            fact(article="c.txt", quote="\r=1+1", title="\x01\x0bbell\x07", qualifier="~", **year(2021)),
            fact(article="d.txt", source="=cmd", quote="ok", url="-x", qualifier=">", **year(2022)),
            fact(article="e.txt", quote="ok", qualifier="<", **year(2023)),
        ]
    )


@pytest.mark.parametrize("dialect", ["comma", "semicolon"])
def test_csv_guards_every_text_column_but_shows_the_qualifier(hostile: pd.DataFrame, dialect: str) -> None:
    separator = {"comma": ",", "semicolon": ";"}[dialect]
    text = export.frame_to_csv(hostile, dialect=dialect).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))
    assert len(rows) == 1 + len(hostile)  # the CR in a file name splits no row
    header = rows[0]
    column = {name: [row[header.index(name)] for row in rows[1:]] for name in header}
    assert column["qualifier"] == ["=", "~", ">", "<"]
    assert column["article"][0] == "a\rb.txt"
    assert column["quote"][:2] == ["'\tcmd|' /C calc'!A0", "'\r=1+1"]
    assert column["source"][2] == "'=cmd" and column["url"][2] == "'-x"
    for name in header:
        if name != "qualifier":
            assert not any(cell.startswith(export.FORMULA_STARTS) for cell in column[name]), name


def test_xlsx_stores_control_characters_and_shows_the_qualifier(hostile: pd.DataFrame) -> None:
    sheet = openpyxl.load_workbook(io.BytesIO(export.frame_to_xlsx(hostile))).active
    rows = list(sheet.iter_rows(values_only=True))
    column = {name: [row[position] for row in rows[1:]] for position, name in enumerate(rows[0])}
    assert column["qualifier"] == ["=", "~", ">", "<"]
    assert column["title"][1] == "\ufffd\ufffdbell\ufffd"  # each character XLSX cannot hold is marked
    assert column["quote"][:2] == ["'\tcmd|' /C calc'!A0", "'\r=1+1"]
    assert column["source"][2] == "'=cmd"
    for cells in sheet.iter_rows(min_row=2):
        assert all(cell.data_type != "f" for cell in cells)


def test_unknown_csv_dialect_is_refused(risky: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="comma, semicolon"):
        export.frame_to_csv(risky, dialect="tab")


def test_xlsx_opens_with_the_frame_columns_and_text_never_runs(risky: pd.DataFrame) -> None:
    workbook = openpyxl.load_workbook(io.BytesIO(export.frame_to_xlsx(risky)))
    sheet = workbook.active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == list(COLUMNS)
    column = {name: position for position, name in enumerate(COLUMNS)}
    assert rows[1][column["quote"]] == '\'=HYPERLINK("http://x")'
    assert rows[2][column["source"]] == "'@handle"
    assert rows[2][column["growth_pct"]] == -5.0
    assert rows[1][column["period_start"]] == dt.datetime(2021, 1, 1)
    assert rows[1][column["region"]] is None
    assert rows[1][column["published_inferred"]] is False
    for cells in sheet.iter_rows(min_row=2):
        assert all(cell.data_type != "f" for cell in cells)


def test_table_bytes_and_write_table(risky: pd.DataFrame, tmp_path, capsysbinary) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "facts.xlsx"
    export.write_table(risky, target, "xlsx")
    assert target.read_bytes()[:2] == b"PK"
    export.write_table(risky, "-", "csv;")
    assert capsysbinary.readouterr().out.startswith(b"\xef\xbb\xbfarticle;source")
    with pytest.raises(ValueError, match="csv, csv; or xlsx"):
        export.table_bytes(risky, "ods")


def test_empty_frame_exports_just_the_header() -> None:
    empty = facts_to_frame([])
    assert export.frame_to_csv(empty).decode("utf-8-sig").strip() == ",".join(COLUMNS)
    rows = list(
        openpyxl.load_workbook(io.BytesIO(export.frame_to_xlsx(empty))).active.iter_rows(values_only=True)
    )
    assert rows == [tuple(COLUMNS)]


# --- file names ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {"view": "turnover", "pair": "CN-KZ", "scope": "national", "years": (2021, 2030), "ext": "png"},
            "tradeviz_turnover_CN-KZ_national_2021-2030_2025-03-01.png",
        ),
        (
            {"view": "facts", "pair": "CN-KZ", "scope": "Turkestan Region", "years": None, "ext": ".xlsx"},
            "tradeviz_facts_CN-KZ_Turkestan-Region_all-years_2025-03-01.xlsx",
        ),
        (
            {
                "view": "trade",
                "pair": None,
                "scope": "Туркестанская/область",
                "years": (2024, 2024),
                "ext": "csv",
            },
            "tradeviz_trade_all-pairs_Туркестанская-область_2024-2024_2025-03-01.csv",
        ),
    ],
)
def test_export_names_say_what_is_inside(fields: dict, expected: str) -> None:  # type: ignore[type-arg]
    assert export.export_name(on=dt.date(2025, 3, 1), **fields) == expected


# --- the same exports from the command line --------------------------------------------------------------

ARTICLES = str(Path(__file__).resolve().parent.parent / "data" / "articles")


def test_chart_command_writes_offline_html(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "turnover.html"
    assert main(["chart", "--articles", ARTICLES, "-o", str(target)]) == 0
    page = target.read_text(encoding="utf-8")
    assert "Plotly.newPlot" in page and "turnover vs targets" in page
    assert "written to" in capsys.readouterr().err


@needs_browser
def test_chart_command_follows_the_filters(tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "trade.svg"
    args = [
        "chart",
        "--articles",
        ARTICLES,
        "--scope",
        "Turkestan Region",
        "--metric",
        "export",
        "--metric",
        "import",
    ]
    assert main([*args, "--title", "Экспорт и импорт", "-o", str(target)]) == 0
    svg = target.read_text(encoding="utf-8")
    assert "Экспорт и импорт" in svg and "mn USD" in svg


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        pytest.param(["--pair", "XX-YY"], 2, "pairs: CN-KZ", id="unknown-pair"),
        pytest.param(["--source", "Nowhere"], 2, "'Nowhere'", id="unknown-source"),
        pytest.param(["--from", "1990", "--to", "1991"], 2, "1990–1991", id="years-without-facts"),
        pytest.param(
            ["--kind", "target", "--metric", "investment"], 1, "nothing to draw", id="nothing-to-draw"
        ),
    ],
)
def test_chart_command_explains_mistakes(tmp_path, capsys, args, code, message) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "chart.html"
    assert main(["chart", "--articles", ARTICLES, *args, "-o", str(target)]) == code
    assert message in capsys.readouterr().err
    assert not target.exists()


def test_chart_command_needs_a_known_extension(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["chart", "--articles", ARTICLES, "-o", str(tmp_path / "chart.gif")]) == 2
    assert ".png, .svg, .pdf or .html" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("metrics", "view"),
    [
        ((), "turnover"),
        (("export",), "trade"),
        (("export", "import"), "trade"),
        (("investment",), "investment"),
    ],
)
def test_chart_view_follows_the_metrics(metrics: tuple[str, ...], view: str) -> None:
    assert chart_cli.view_for(metrics or None) == view
