"""The dashboard under Streamlit's AppTest, every page of it, on the bundled articles: filters drive the
charts and the URL, downloads are offered with the right types, and empty results are explained rather
than raised. Pages are opened as a click in the navigation does (`AppTest.switch_page`)."""

from __future__ import annotations

import base64
import html
import io
import json
from pathlib import Path
from typing import Any

import numpy as np
import openpyxl
import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from tradeviz import charts, export, views
from tradeviz.frame import COLUMNS
from tradeviz.pipeline import load_corpus

ROOT = Path(__file__).resolve().parent.parent
DASHBOARD = str(ROOT / "dashboard.py")
ARTICLES = ROOT / "data" / "articles"


@pytest.fixture(scope="module")
def bundled():  # type: ignore[no-untyped-def]
    return load_corpus([ARTICLES])


@pytest.fixture
def deferred(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Every deferred download the page registers: AppTest shows buttons, not what they would send."""
    seen: list[dict[str, Any]] = []
    original = MediaFileManager.add_deferred

    def record(self, data_callable, mimetype, coordinates, file_name=None, **kwargs):  # type: ignore[no-untyped-def]
        seen.append({"callable": data_callable, "mime": mimetype, "file_name": file_name})
        return original(self, data_callable, mimetype, coordinates, file_name, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add_deferred", record)
    return seen


PAGES = {name: f"src/tradeviz/app/pages/{name}.py" for name in ("charts", "facts", "quality", "add")}
TURNOVER, FACTS, QUALITY, ADD = "charts", "facts", "quality", "add"


def run_app(query: dict[str, Any] | None = None, *, view: str | None = None) -> AppTest:
    """The dashboard after its first run, on the page `view` (the charts by default)."""
    app = AppTest.from_file(DASHBOARD, default_timeout=120)
    for key, value in (query or {}).items():
        app.query_params[key] = value
    app.run()
    return open_view(app, view) if view is not None else app


def open_view(app: AppTest, view: str) -> AppTest:
    """Open another page, as a click in the navigation does."""
    return app.switch_page(PAGES[view]).run()


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.delenv("TRADEVIZ_ARTICLES", raising=False)
    return run_app()


def figures(app: AppTest) -> list[dict[str, Any]]:
    return [json.loads(chart.proto.spec) for chart in app.get("plotly_chart")]


def values(array: Any) -> list[float]:
    """Plotly's JSON arrays, plain or typed (`{"dtype", "bdata"}`), as rounded floats."""
    if isinstance(array, dict):
        array = np.frombuffer(base64.b64decode(array["bdata"]), dtype=np.dtype(array["dtype"]))
    return [round(float(v), 6) for v in array]


def reports(figure: dict[str, Any]) -> dict[str, list[float]]:
    return {
        t["name"]: values(t["y"]) for t in figure["data"] if charts.trace_meta(t).get("role") == "reports"
    }


def facts_found(app: AppTest) -> int:
    """The count in the caption every page shows ("3 facts from 2 articles: ...", "1 fact from 1 article")."""
    (count,) = [
        caption.value.split(" ")[0]
        for caption in app.caption
        if " fact from " in caption.value or " facts from " in caption.value
    ]
    return int(count.replace(",", ""))


def facts_shown(app: AppTest) -> Any:
    """The facts table's frame (the table with quotes)."""
    (table,) = [frame.value for frame in app.dataframe if "quote" in frame.value.columns]
    return table


def param(app: AppTest, key: str) -> list[str]:
    """A query parameter of the page's URL, always as a list."""
    value = app.query_params[key]
    return [value] if isinstance(value, str) else list(value)


def no_errors(app: AppTest) -> None:
    assert not app.exception, [e.value for e in app.exception]
    assert not app.error, [e.value for e in app.error]


# --- the page on the bundled articles --------------------------------------------------------------------


def test_the_page_opens_on_the_pair_with_most_facts(app: AppTest, bundled) -> None:  # type: ignore[no-untyped-def]
    no_errors(app)
    default_pair = views.filter_options(bundled.facts).pairs[0]
    assert app.selectbox(key="f_pair").value == default_pair
    assert app.selectbox(key="f_scope").value == views.NATIONAL
    assert param(app, "pair") == [default_pair]
    turnover = figures(app)[0]
    assert default_pair in turnover["layout"]["title"]["text"]


def test_bundled_turnover_figures_are_on_the_chart(app: AppTest) -> None:
    drawn = sorted(y for ys in reports(figures(app)[0]).values() for y in ys)
    for expected in (18.0, 19.7, 40.0, 41.0):  # 2021, Jan–Oct 2022, 2023 twice (see the issue)
        assert expected in drawn


def test_changing_the_years_changes_the_chart(app: AppTest) -> None:
    before = reports(figures(app)[0])
    low = app.slider(key="f_years").value[0]
    app.slider(key="f_years").set_range(low, 2022).run()
    no_errors(app)
    after = reports(figures(app)[0])
    assert after != before
    assert 40.0 not in [y for ys in after.values() for y in ys]  # 2023 is out
    assert param(app, "to") == ["2022"]


def test_changing_the_sources_changes_the_chart(app: AppTest) -> None:
    before = reports(figures(app)[0])
    assert len(before) > 1
    keep = sorted(before)[0]
    app.multiselect(key="f_sources").set_value([keep]).run()
    no_errors(app)
    assert set(reports(figures(app)[0])) == {keep}
    assert param(app, "source") == [keep]


def test_region_scope_shows_its_own_scale(app: AppTest, bundled) -> None:  # type: ignore[no-untyped-def]
    regions = [s for s in views.filter_options(bundled.facts, pair=app.selectbox(key="f_pair").value).scopes]
    region = next(s for s in regions if s != views.NATIONAL)
    app.selectbox(key="f_scope").set_value(region).run()
    no_errors(app)
    titles = [figure["layout"]["title"]["text"] for figure in figures(app)]
    assert any(region in title and "mn USD" in title for title in titles)


def test_chart_downloads_have_the_right_types(monkeypatch, deferred) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("TRADEVIZ_ARTICLES", raising=False)
    app = run_app()
    no_errors(app)
    labels = [button.proto.label for button in app.get("download_button")]
    open_view(app, FACTS)
    labels += [button.proto.label for button in app.get("download_button")]
    mimes = {Path(d["file_name"]).suffix: d["mime"] for d in deferred}
    assert mimes[".png"] == "image/png"
    assert mimes[".svg"] == "image/svg+xml"
    assert mimes[".pdf"] == "application/pdf"
    assert mimes[".html"] == "text/html"
    assert mimes[".csv"] == "text/csv"
    assert mimes[".xlsx"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    pair = app.selectbox(key="f_pair").value
    assert all(pair in d["file_name"] for d in deferred)
    assert {"Download PNG", "Download SVG", "Download PDF", "Download HTML", "Download XLSX"} <= set(labels)


def test_data_downloads_follow_the_filters(monkeypatch, deferred) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("TRADEVIZ_ARTICLES", raising=False)
    app = run_app(view=FACTS)
    keep = app.multiselect(key="f_sources").value[0]
    deferred.clear()
    app.multiselect(key="f_sources").set_value([keep]).run()
    (xlsx,) = [d for d in deferred if d["file_name"].endswith(".xlsx")]
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx["callable"]())).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == list(COLUMNS)
    assert {row[COLUMNS.index("source")] for row in rows[1:]} == {keep}


def test_without_chromium_image_buttons_say_how_to_install_it(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("TRADEVIZ_ARTICLES", raising=False)
    monkeypatch.setattr(export, "find_browser", lambda: None)
    app = run_app()
    no_errors(app)
    buttons = {button.proto.label: button.proto for button in app.get("download_button")}
    assert buttons["Download PNG"].disabled and "apt-get install chromium" in buttons["Download PNG"].help
    assert not buttons["Download HTML"].disabled
    assert any("apt-get install chromium" in caption.value for caption in app.caption)


# --- empty results and mistakes --------------------------------------------------------------------------


def test_no_source_selected_is_a_message_not_an_error(app: AppTest) -> None:
    app.multiselect(key="f_sources").set_value([]).run()
    no_errors(app)
    assert not app.get("plotly_chart")
    assert any("No facts match" in info.value for info in app.info)
    assert param(app, "source") == [""]


def test_a_link_reproduces_the_filters(monkeypatch, bundled) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("TRADEVIZ_ARTICLES", raising=False)
    source = sorted(views.filter_options(bundled.facts).sources)[0]
    app = run_app({"source": source, "from": "2022", "to": "2024"})
    no_errors(app)
    assert app.multiselect(key="f_sources").value == [source]
    assert tuple(app.slider(key="f_years").value) == (2022, 2024)
    assert set(reports(figures(app)[0])) <= {source}
    assert set(facts_shown(open_view(app, FACTS))["source"]) == {source}


def test_the_facts_table_follows_the_filters(app: AppTest, bundled) -> None:  # type: ignore[no-untyped-def]
    everything = len(facts_shown(open_view(app, FACTS)))
    expected = views.apply_filters(bundled.facts, views.with_defaults(views.Filters(), bundled.facts))
    assert everything == len(expected)
    app.multiselect(key="f_kinds").set_value(["target"]).run()
    assert set(facts_shown(app)["kind"]) == {"target"}


def test_a_bad_link_gives_warnings_and_the_default_view(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("TRADEVIZ_ARTICLES", raising=False)
    app = run_app({"pair": "XX-YY", "source": "Nowhere", "from": "soon"})
    no_errors(app)
    warnings = " ".join(w.value for w in app.warning).replace("\\", "")  # shown as text: markup escaped
    assert "XX-YY" in warnings and "Nowhere" in warnings and "year" in warnings
    assert figures(app)


def test_a_folder_without_articles_is_explained(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TRADEVIZ_ARTICLES", str(tmp_path))
    app = run_app()
    assert not app.exception
    assert any("No trade figures" in info.value for info in app.info)


def test_a_missing_folder_is_an_error_message(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TRADEVIZ_ARTICLES", str(tmp_path / "nowhere"))
    app = run_app()
    assert not app.exception
    assert any("TRADEVIZ_ARTICLES" in error.value for error in app.error)


def test_data_quality_counts_the_corpus(app: AppTest, bundled) -> None:  # type: ignore[no-untyped-def]
    metrics = {metric.label: metric.value for metric in open_view(app, QUALITY).metric}
    assert metrics["Articles read"] == str(len(bundled.articles))
    assert metrics["Facts found"] == str(len(bundled.facts))


# --- article view ----------------------------------------------------------------------------------------


def article_html(app: AppTest) -> str:
    (html,) = app.get("html")
    return str(html.proto.body)


def test_picking_an_article_shows_it_with_its_facts_marked(app: AppTest, bundled) -> None:  # type: ignore[no-untyped-def]
    picker = open_view(app, FACTS).selectbox(key="article_pick")
    name = bundled.facts["article"].iloc[0]
    picker.set_value(name).run()
    no_errors(app)
    page = article_html(app)
    quotes = bundled.facts.loc[bundled.facts["article"] == name]
    text = bundled.article_text(name)
    for start, end in zip(quotes["start"], quotes["end"], strict=True):
        assert f"<mark>{html.escape(text[start:end])}</mark>" in page


def test_article_text_is_escaped_never_rendered(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    hostile = (
        "<script>alert('x')</script><img src=x onerror=alert(1)>\n"
        "По итогам 2023 года товарооборот между Казахстаном и Китаем достиг 40 млрд долларов.\n"
    )
    (tmp_path / "hostile.txt").write_text(hostile, encoding="utf-8")
    monkeypatch.setenv("TRADEVIZ_ARTICLES", str(tmp_path))
    app = run_app(view=FACTS)
    no_errors(app)
    app.selectbox(key="article_pick").set_value("hostile.txt").run()
    page = article_html(app)
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;" in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<mark>" in page  # the 40 bn sentence was found and marked


# --- caching ---------------------------------------------------------------------------------------------


def test_articles_are_read_once_and_again_when_they_change(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os

    import tradeviz.pipeline

    calls: list[object] = []
    real = tradeviz.pipeline.load_corpus

    def counting(paths, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(paths)
        return real(paths, **kwargs)

    monkeypatch.setattr(tradeviz.pipeline, "load_corpus", counting)
    article = tmp_path / "a.txt"
    article.write_text(
        "По итогам 2023 года товарооборот Казахстана и Китая достиг 40 млрд долларов.\n", "utf-8"
    )
    monkeypatch.setenv("TRADEVIZ_ARTICLES", str(tmp_path))
    app = run_app()
    assert len(calls) == 1
    app.multiselect(key="f_kinds").set_value(["actual"]).run()  # a rerun: no new read
    assert len(calls) == 1
    article.write_text(
        article.read_text("utf-8") + "В 2022 году товарооборот составил 31 млрд долларов.\n", "utf-8"
    )
    os.utime(article, ns=(article.stat().st_atime_ns, article.stat().st_mtime_ns + 10**9))
    app.run()
    assert len(calls) == 2
    assert facts_found(app) == 2


# --- adding articles -------------------------------------------------------------------------------------

RU_ARTICLE = "По итогам 2023 года товарооборот между Казахстаном и Китаем достиг 40 млрд долларов.\n"
EN_ARTICLE = "In 2022, trade between Kazakhstan and China reached $31 billion, the ministry said.\n"


@pytest.fixture
def workspace(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """An article folder with one article, and a corrections file beside it (never the repository's)."""
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "first.txt").write_text(
        "---\nsource: El.kz\npublished: 2024-05-20\n---\n" + RU_ARTICLE, "utf-8"
    )
    monkeypatch.setenv("TRADEVIZ_ARTICLES", str(articles))
    monkeypatch.setenv("TRADEVIZ_CORRECTIONS", str(tmp_path / "corrections.jsonl"))
    return articles


def by_label(widgets: Any, label: str) -> Any:
    (found,) = [widget for widget in widgets if widget.label == label]
    return found


def test_uploads_and_pasted_text_are_added_and_their_facts_appear(workspace: Path) -> None:
    app = run_app(view=ADD)
    no_errors(app)
    assert facts_found(app) == 1
    app.file_uploader(key="add_files").set_value(
        [
            ("second.txt", EN_ARTICLE.encode(), "text/plain"),
            ("empty.txt", b"", "text/plain"),
            ("binary.txt", b"\x00\x01\x02\x03" * 100, "text/plain"),
        ]
    )
    app.text_area(key="add_text").set_value(
        "В 2021 году товарооборот Казахстана и Китая составил 25 млрд долларов.\n"
    )
    app.text_input(key="add_source").set_value("Kazinform")
    app.button(key="add_submit").click().run()
    no_errors(app)
    assert facts_found(app) == 3  # no restart: the new files are read on the next run
    (success,) = app.success
    assert "Added 2 articles" in success.value
    (warning,) = app.warning
    assert "Skipped 2" in warning.value and "empty" in warning.value and "NUL bytes" in warning.value
    stored = sorted(path.name for path in workspace.glob("*.txt"))
    assert len(stored) == 3 and "second.txt" in stored
    assert "source: Kazinform" in (workspace / "second.txt").read_text("utf-8")


def test_a_duplicate_is_refused_naming_the_stored_file(workspace: Path) -> None:
    app = run_app(view=ADD)
    app.text_area(key="add_text").set_value(RU_ARTICLE)
    app.button(key="add_submit").click().run()
    no_errors(app)
    (warning,) = app.warning
    assert "first" in warning.value and "already stored" in warning.value
    assert facts_found(app) == 1


def test_a_bad_link_is_a_warning(workspace: Path) -> None:
    app = run_app(view=ADD)
    app.text_input(key="add_url").set_value("file:///etc/passwd")
    app.button(key="link_submit").click().run()
    no_errors(app)
    assert any("only http and https" in warning.value for warning in app.warning)


def test_an_empty_folder_still_offers_adding(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TRADEVIZ_ARTICLES", str(tmp_path))
    monkeypatch.setenv("TRADEVIZ_CORRECTIONS", str(tmp_path / "c.jsonl"))
    app = run_app()
    app.text_area(key="add_text").set_value(RU_ARTICLE)
    app.button(key="add_submit").click().run()
    no_errors(app)
    assert facts_found(app) == 1 and any("Added 1 article" in s.value for s in app.success)
    assert figures(open_view(app, TURNOVER))  # the charts page is there now, with the new fact


# --- corrections -----------------------------------------------------------------------------------------


def select_fact(app: AppTest, amount: float) -> None:
    """Open the Facts tab and select the table's row with this amount (AppTest cannot click a row)."""
    frame = facts_shown(open_view(app, FACTS))
    position = next(i for i, figure in enumerate(frame["figure"]) if figure.startswith(f"{amount:g} "))
    app.session_state["facts_table"] = {"selection": {"rows": [position], "columns": [], "cells": []}}
    app.run()


def test_rejecting_a_fact_takes_it_off_the_chart_and_undo_brings_it_back(workspace: Path) -> None:
    (workspace / "second.txt").write_text(EN_ARTICLE, "utf-8")
    app = run_app()
    assert sorted(y for ys in reports(figures(app)[0]).values() for y in ys) == [31.0, 40.0]
    select_fact(app, 40)
    by_label(app.radio, "Action").set_value("Reject")
    by_label(app.text_input, "Reason (required)").set_value("GDP, not trade")
    app.button(key="correct_submit").click().run()
    no_errors(app)
    assert any("rejected" in success.value for success in app.success)
    table = facts_shown(app)
    assert list(table["correction"].fillna("")).count("rejected") == 1  # still in the table, flagged
    saved = (workspace.parent / "corrections.jsonl").read_text("utf-8")
    assert '"reason": "GDP, not trade"' in saved
    assert sorted(y for ys in reports(figures(open_view(app, TURNOVER))[0]).values() for y in ys) == [31.0]
    select_fact(app, 40)
    app.button(key=next(b.key for b in app.button if b.key and b.key.startswith("undo_"))).click().run()
    no_errors(app)
    assert sorted(y for ys in reports(figures(open_view(app, TURNOVER))[0]).values() for y in ys) == [
        31.0,
        40.0,
    ]
    assert (workspace.parent / "corrections.jsonl").read_text("utf-8") == ""


def test_a_corrected_value_shows_with_its_original(workspace: Path) -> None:
    app = run_app()
    select_fact(app, 40)
    by_label(app.text_input, "Value (млрд)").set_value("41.5")
    by_label(app.text_input, "Reason (required)").set_value("typo in the article")
    app.button(key="correct_submit").click().run()
    no_errors(app)
    table = facts_shown(app)
    assert list(table["original"]) == ["value=40; amount=40000000000"]
    open_view(app, TURNOVER)
    assert sorted(y for ys in reports(figures(app)[0]).values() for y in ys) == [41.5]
    hover = [
        d
        for t in figures(app)[0]["data"]
        if charts.trace_meta(t).get("role") == "reports"
        for d in t["customdata"]
    ]
    assert "41.5 bn USD · corrected (was 40 bn)" in hover[0][0]
    assert run_app().get("plotly_chart")  # a new session (a restart) still applies it
    assert sorted(y for ys in reports(figures(run_app())[0]).values() for y in ys) == [41.5]


def test_a_correction_without_reason_is_an_error_message(workspace: Path) -> None:
    app = run_app()
    select_fact(app, 40)
    by_label(app.radio, "Action").set_value("Reject")
    app.button(key="correct_submit").click().run()
    assert not app.exception
    assert any("reason is required" in error.value for error in app.error)
    assert not (workspace.parent / "corrections.jsonl").exists()


def test_an_orphaned_correction_is_listed_under_data_quality(workspace: Path, tmp_path: Path) -> None:
    from tradeviz.corrections import Correction, save_correction

    save_correction(
        tmp_path / "corrections.jsonl",
        Correction("0123456789abcdef:0-10:turnover:actual:5", "reject", "old", article="first.txt"),
    )
    app = run_app(view=QUALITY)
    no_errors(app)
    orphans = [
        frame.value
        for frame in app.dataframe
        if "correction" in frame.value.columns and "quote" not in frame.value.columns
    ]
    assert orphans and "0123456789abcdef" in orphans[0]["correction"][0]


def test_a_link_is_fetched_from_a_local_server_and_its_facts_appear(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import http.server
    import threading

    from tradeviz.ingest.fetch import ALLOW_PRIVATE_ENV

    monkeypatch.setenv(ALLOW_PRIVATE_ENV, "1")  # the test-only allowance: the page's server is on 127.0.0.1

    page = (
        b"<html><head><title>Trade news</title></head><body><article><h1>Trade news</h1>"
        b"<p>In 2021, trade between Kazakhstan and China reached $25 billion, officials said on Monday.</p>"
        b"<p>The two countries discussed new transport corridors and customs at the meeting in Astana.</p>"
        b"</article></body></html>"
    )

    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/news/trade.html"
        app = run_app(view=ADD)
        app.text_input(key="add_url").set_value(url)
        app.button(key="link_submit").click().run()
        no_errors(app)
        assert app.success and not app.warning
        assert facts_found(app) == 2
        (stored,) = [p for p in workspace.glob("*.txt") if p.name != "first.txt"]
        assert f"url: {url}" in stored.read_text("utf-8")
        monkeypatch.delenv(ALLOW_PRIVATE_ENV)  # without it, the same link is refused, and says why
        app.text_input(key="add_url").set_value(url.replace("trade.html", "other.html"))
        app.button(key="link_submit").click().run()
        no_errors(app)
        assert any("loopback address" in warning.value for warning in app.warning)
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("script", [DASHBOARD, *(str(ROOT / path) for path in PAGES.values())])
def test_the_page_source_has_no_bare_strings_streamlit_would_print(script: str) -> None:
    """Streamlit's "magic" writes every bare expression of a page's file on the page; only docstrings
    (the first statement of the module, a function or a class) are spared."""
    import ast

    tree = ast.parse(Path(script).read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0])
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef) and node.body
    }
    stray = [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and id(node) not in docstrings
    ]
    assert stray == []


# --- the analyst's session (issue 15) and damaged state (issue 14) --------------------------------------


def test_every_page_opens_without_an_error(app: AppTest) -> None:
    for view in (FACTS, QUALITY, ADD, TURNOVER):
        no_errors(open_view(app, view))
    assert figures(app) and param(app, "pair")  # back on the charts, the filters still in the link


def test_the_open_chart_is_part_of_the_link(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRADEVIZ_ARTICLES", raising=False)
    app = run_app({"chart": "Investment"})
    no_errors(app)
    (figure,) = figures(app)
    assert "investment" in figure["layout"]["title"]["text"]
    assert param(app, "chart") == ["Investment"] and param(app, "pair")


TWO_PAIRS = {
    "kz-cn.txt": ("El.kz", "В 2023 году товарооборот Казахстана и Китая составил 41 млрд долларов.\n"),
    "kz-cn-2.txt": ("Xinhua", "In 2022, trade between Kazakhstan and China reached $31 billion.\n"),
    "kz-cn-3.txt": ("Kazinform", "В 2021 году товарооборот Казахстана и Китая составил 25 млрд долларов.\n"),
    "uz-ru.txt": ("ТАСС", "В 2023 году товарооборот России и Узбекистана составил 11 млрд долларов.\n"),
}


@pytest.fixture
def two_pairs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Articles on two pairs, in a store whose corrections file is beside it (no override)."""
    articles = tmp_path / "x" / "corpus"
    articles.mkdir(parents=True)
    for name, (source, text) in TWO_PAIRS.items():
        (articles / name).write_text(f"---\nsource: {source}\npublished: 2024-05-20\n---\n{text}", "utf-8")
    monkeypatch.setenv("TRADEVIZ_ARTICLES", str(articles))
    monkeypatch.delenv("TRADEVIZ_CORRECTIONS", raising=False)
    return articles


def test_the_sources_filter_lists_the_pairs_sources_and_the_link_the_shorter_list(two_pairs: Path) -> None:
    app = run_app()
    no_errors(app)
    assert app.selectbox(key="f_pair").value == "CN-KZ"
    assert app.multiselect(key="f_sources").options == ["El.kz", "Kazinform", "Xinhua"]  # not TASS
    app.multiselect(key="f_sources").set_value(["El.kz", "Kazinform"]).run()
    assert param(app, "not_source") == ["Xinhua"] and "source" not in app.query_params
    reopened = run_app({"pair": "CN-KZ", "not_source": "Xinhua"})
    assert reopened.multiselect(key="f_sources").value == ["El.kz", "Kazinform"]
    assert set(reports(figures(reopened)[0])) == {"El.kz", "Kazinform"}


def test_outlets_in_two_scripts_are_one_source_on_the_page(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name, source, amount in (("a.txt", "Синьхуа", 40), ("b.txt", "Xinhua", 41)):
        body = (
            f"В {2020 + amount - 39} году товарооборот Казахстана и Китая составил {amount} млрд долларов.\n"
        )
        (tmp_path / name).write_text(f"---\nsource: {source}\n---\n{body}", "utf-8")
    monkeypatch.setenv("TRADEVIZ_ARTICLES", str(tmp_path))
    monkeypatch.setenv("TRADEVIZ_CORRECTIONS", str(tmp_path / "c.jsonl"))
    app = run_app()
    assert app.multiselect(key="f_sources").options == ["Xinhua"]
    assert list(reports(figures(app)[0])) == ["Xinhua"]


def test_inferred_dates_are_marked_in_the_facts_table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRADEVIZ_ARTICLES", raising=False)
    app = run_app(view=FACTS)
    published = facts_shown(app)["published"].tolist()
    assert any(day.endswith(" (inferred)") for day in published)
    assert all(day[:4].isdigit() for day in published if day)


def test_a_correction_goes_to_the_stores_file_which_extract_finds_from_anywhere(
    two_pairs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tradeviz.cli import main

    app = run_app()
    select_fact(app, 41)
    by_label(app.radio, "Action").set_value("Reject")
    by_label(app.text_input, "Reason (required)").set_value("double-counted")
    app.button(key="correct_submit").click().run()
    no_errors(app)
    stored = tmp_path / "x" / "corrections.jsonl"
    assert "double-counted" in stored.read_text("utf-8")  # beside the store, not in the current folder
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert main(["extract", str(two_pairs), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["correction"] for row in rows if row["amount"] == 41e9] == ["rejected"]


def test_a_damaged_corrections_file_is_reported_and_its_good_lines_applied(two_pairs: Path) -> None:
    from tradeviz.corrections import fact_ids

    corpus = load_corpus([two_pairs])
    ids = dict(zip(corpus.facts["amount"], fact_ids(corpus.facts, corpus.articles), strict=True))
    good = json.dumps(
        {"action": "reject", "at": "2025-03-01T10:00:00+00:00", "fact_id": ids[41e9], "reason": "x"}
    )
    stored = two_pairs.parent / "corrections.jsonl"
    stored.write_text("{broken\n" + "[" * 100_000 + "]" * 100_000 + "\n" + good + "\n", "utf-8")
    app = run_app()
    assert not app.exception
    assert any("Not applied" in w.value and "2 lines" in w.value for w in app.warning)
    assert 41.0 not in [y for ys in reports(figures(app)[0]).values() for y in ys]  # the good line applies
    lines = [f.value for f in open_view(app, QUALITY).dataframe if "line" in f.value.columns]
    assert len(lines[0]) == 2 and "line 1" in lines[0]["line"][0] and "line 2" in lines[0]["line"][1]
    select_fact(app, 31)
    by_label(app.radio, "Action").set_value("Reject")
    by_label(app.text_input, "Reason (required)").set_value("why")
    app.button(key="correct_submit").click().run()
    assert any("nothing was written" in e.value for e in app.error) and not app.exception
    assert stored.read_text("utf-8").startswith("{broken\n")


def test_a_session_never_changes_what_another_is_shown(monkeypatch: pytest.MonkeyPatch, deferred) -> None:  # type: ignore[no-untyped-def]
    from tradeviz.app import data

    monkeypatch.delenv("TRADEVIZ_ARTICLES", raising=False)
    app = run_app()
    (html_download,) = [d for d in deferred if d["file_name"].endswith(".html")]
    before = json.dumps(figures(app)[0], sort_keys=True)
    html_download["callable"]()  # an export: a caption is added to a copy
    app.multiselect(key="f_kinds").set_value(["actual"]).run()
    other = run_app()  # a second session, drawing from the same caches
    assert json.dumps(figures(other)[0], sort_keys=True) == before
    loaded = data.load(ARTICLES)
    shown = data.filtered(loaded, views.Filters(pair="CN-KZ"))
    shown["quote"] = "changed"  # a page changing what it was handed
    shown.loc[shown.index[0], "amount"] = -1.0
    kept = data.filtered(loaded, views.Filters(pair="CN-KZ"))
    assert "changed" not in set(kept["quote"]) and (kept["amount"] > 0).all()
    reviewed = data.reviewed(loaded).frame
    reviewed.iloc[0, reviewed.columns.get_loc("source")] = "changed"
    assert "changed" not in set(data.reviewed(loaded).frame["source"].dropna())


def test_a_target_due_after_the_years_shown_stays_in_the_progress_table(app: AppTest) -> None:
    def targets() -> list[str]:
        (table,) = [frame.value for frame in app.dataframe if "growth needed" in frame.value.columns]
        return list(table["target"])

    assert "35 bn USD by 2030" in targets()
    app.slider(key="f_years").set_range(2021, 2025).run()
    no_errors(app)
    assert "35 bn USD by 2030" in targets()  # due after 2025, still followed
    x_range = [value[:4] for value in figures(app)[0]["layout"]["xaxis"]["range"]]
    assert x_range == ["2021", "2025"]  # while the chart spans the years chosen


def test_bad_articles_never_break_the_page_and_are_listed_under_data_quality(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    import tradeviz.pipeline as pipeline

    real = pipeline.extract_article

    def extract(article):  # type: ignore[no-untyped-def]
        if "POISON" in article.text:  # a bug of the extractor met on one text
            raise RuntimeError("a bug met on this text")
        return real(article)

    monkeypatch.setattr(pipeline, "extract_article", extract)
    (workspace / "date.txt").write_text("---\npublished: 9999-12-31\n---\n" + RU_ARTICLE, "utf-8")
    (workspace / "poison.txt").write_text(EN_ARTICLE + " POISON", "utf-8")
    (workspace / "huge.txt").write_text(RU_ARTICLE.replace("40", "9" * 100_000), "utf-8")
    (workspace / os.fsdecode(b"name-\xff.txt")).write_text(RU_ARTICLE, "utf-8")
    for view in (TURNOVER, QUALITY):
        app = run_app(view=view)
        no_errors(app)
        assert facts_found(app) == 1  # first.txt's; huge.txt is read, with no figure in it
    listed = [frame.value for frame in app.dataframe if list(frame.value.columns) == ["file", "reason"]]
    reasons = dict(zip(listed[0]["file"].map(lambda path: Path(path).name), listed[0]["reason"], strict=True))
    assert set(reasons) == {"date.txt", "poison.txt", "name-\\xff.txt"}
    assert "between 1900 and 2100" in reasons["date.txt"] and "RuntimeError" in reasons["poison.txt"]
    assert all("Traceback" not in reason for reason in reasons.values())
