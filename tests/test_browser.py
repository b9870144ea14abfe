"""End to end in Debian's Chromium: the real Streamlit server on the bundled articles, driven by Playwright.

One server and one browser for the whole module (each costs seconds on two cores); each test gets a fresh
page. Nothing is downloaded: the browser is /usr/bin/chromium, never `playwright install`.
"""

from __future__ import annotations

import io
import itertools
import json
import os
import shutil
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from devserver import CHART, CHROMIUM, CHROMIUM_ARGS, ServerError, dashboard_server
from tradeviz.frame import COLUMNS
from tradeviz.pipeline import load_corpus

playwright_api = pytest.importorskip("playwright.sync_api")

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_MS = 60_000

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian's chromium (make chromium)"),
]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the bundled articles for the server, with its corrections file beside it: the tests that
    add articles or correct facts (at the end of the module) never touch the repository's data."""
    folder = tmp_path_factory.mktemp("workspace")
    shutil.copytree(ROOT / "data" / "articles", folder / "articles")
    return folder


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, workspace: Path) -> Iterator[str]:
    """`streamlit run dashboard.py` on a free port, over the workspace's copy of the articles."""
    env = dict(os.environ)
    env["TRADEVIZ_ARTICLES"] = str(workspace / "articles")
    env["TRADEVIZ_CORRECTIONS"] = str(workspace / "corrections.jsonl")
    log = tmp_path_factory.mktemp("streamlit") / "server.log"
    try:
        with dashboard_server(ROOT / "dashboard.py", env=env, log=log) as url:
            yield url
    except ServerError as error:
        pytest.fail(str(error))


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def open_dashboard(chromium: Any, url: str) -> Any:
    context = chromium.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.goto(url)
    page.wait_for_selector(CHART, timeout=TIMEOUT_MS)
    return page


@pytest.fixture
def dashboard(chromium: Any, server: str) -> Iterator[Any]:
    page = open_dashboard(chromium, server)
    yield page
    page.context.close()


@pytest.fixture(scope="module")
def bundled() -> Any:
    return load_corpus([ROOT / "data" / "articles"])


TRACES_JS = """(selector) => {
    const chart = document.querySelector(selector);
    if (!chart || !chart.data) return null;
    const types = {f8: Float64Array, f4: Float32Array, i4: Int32Array, i2: Int16Array, i1: Int8Array,
                   u4: Uint32Array, u2: Uint16Array, u1: Uint8Array};
    const values = (v) => {  // a plain array, or a typed one as Plotly sends numpy arrays ({dtype, bdata})
        if (!v) return [];
        if (v.bdata === undefined) return Array.from(v);
        const bytes = Uint8Array.from(atob(v.bdata), (c) => c.charCodeAt(0));
        return Array.from(new types[v.dtype](bytes.buffer));
    };
    return JSON.stringify(chart.data.map(trace => ({name: trace.name, y: values(trace.y)})));
}"""


PAGE_READY = {
    "Charts": CHART,
    "Facts": 'button:has-text("Download CSV")',
    "Data quality": '[data-testid="stMetric"]',
    "Add articles": 'button:has-text("Fetch and add")',
}
"""What shows that a page has been drawn (the one before it may still show while the next runs)."""
PATHS = {"Charts": "charts", "Facts": "facts", "Data quality": "quality", "Add articles": "add"}


def open_page(page: Any, name: str) -> None:
    """Open a page of the dashboard from its navigation at the top, and wait until it is drawn."""
    page.get_by_role("link", name=name, exact=True).click()
    if name != "Charts":  # the default page's address is the bare one
        page.wait_for_url(f"**/{PATHS[name]}**", timeout=TIMEOUT_MS)
    page.locator(PAGE_READY[name]).first.wait_for(timeout=TIMEOUT_MS)
    page.wait_for_function(
        "() => !document.querySelector('[data-stale=\"true\"]')", timeout=TIMEOUT_MS
    )  # no element of the page before left


def snapshot(page: Any) -> str:
    """The turnover chart's traces (name and y), as plotly.js in the page holds them, serialised."""
    return str(page.evaluate(TRACES_JS, CHART))


def turnover_traces(page: Any) -> list[dict[str, Any]]:
    return list(json.loads(snapshot(page)))


def wait_for_change(page: Any, before: str) -> list[dict[str, Any]]:
    """The turnover chart's traces once they differ from `before` (Streamlit reruns, then redraws)."""
    script = (
        f"([selector, before]) => {{ const now = ({TRACES_JS})(selector); return now && now !== before; }}"
    )
    page.wait_for_function(script, arg=[CHART, before], timeout=TIMEOUT_MS)
    return turnover_traces(page)


def test_the_page_loads_with_the_turnover_chart(dashboard: Any, bundled: Any) -> None:
    names = [trace["name"] for trace in turnover_traces(dashboard)]
    sources = set(bundled.facts["source"].dropna())
    assert any(name in sources for name in names)
    assert any(name.startswith("Target") for name in names)
    assert "pair=" in dashboard.url
    assert dashboard.locator(".js-plotly-plot .gtitle").first.text_content().startswith("CN-KZ")


def test_removing_a_source_changes_the_chart_and_the_link(dashboard: Any) -> None:
    before = snapshot(dashboard)
    dropped = next(trace["name"] for trace in json.loads(before) if trace["name"] != "Consensus, full years")
    dashboard.get_by_role("button", name=f"Remove {dropped}").click()
    after = wait_for_change(dashboard, before)
    assert dropped not in [trace["name"] for trace in after]
    dashboard.wait_for_url("**source=**", timeout=TIMEOUT_MS)


DRAWS_JS = """(() => {
  window.__draws = [];  // each full draw of a chart (plotly.js's _doPlot announces it as plotly_beforeplot)
  Object.defineProperty(HTMLElement.prototype, "emit", {
    configurable: true,
    set(fn) {  // plotly.js gives a chart's div its events: `on` first, then `emit`
      if (this.on) this.on("plotly_beforeplot", () => { window.__draws.push(performance.now()); });
      Object.defineProperty(this, "emit", {configurable: true, writable: true, value: fn});
    },
  });
})();"""


def test_a_filter_change_draws_the_chart_once(chromium: Any, server: str) -> None:
    """Streamlit draws a new chart, then hands plotly.js a copy of it: the copy must redraw nothing."""
    context = chromium.new_context(viewport={"width": 1400, "height": 1000})
    context.add_init_script(DRAWS_JS)
    page = context.new_page()
    try:
        page.goto(server)
        page.wait_for_selector(CHART, timeout=TIMEOUT_MS)
        page.wait_for_timeout(1500)
        assert page.evaluate("() => window.__draws.length") == 1  # the first chart
        before = snapshot(page)
        dropped = next(t["name"] for t in json.loads(before) if t["name"] != "Consensus, full years")
        page.get_by_role("button", name=f"Remove {dropped}").click()
        wait_for_change(page, before)
        page.wait_for_function("() => !document.querySelector('[data-stale=\"true\"]')")
        page.wait_for_timeout(1500)
        assert page.evaluate("() => window.__draws.length") == 2  # one more
    finally:
        context.close()


def test_the_chart_is_under_the_tabs_not_inside_a_tab_panel(dashboard: Any) -> None:
    """A tab panel searches its content for something focusable on every change of it, element by
    element: the chart's thousands of SVG elements stay out of it (`tradeviz.app.pages.charts`)."""
    assert dashboard.locator(f'[role="tabpanel"] {CHART}').count() == 0
    chart, tabs = (
        dashboard.locator(CHART).first.bounding_box(),
        dashboard.get_by_role("tablist").bounding_box(),
    )
    assert chart["y"] > tabs["y"] + tabs["height"]  # drawn below the tabs, as inside the panel


def test_a_link_reproduces_the_years(chromium: Any, server: str) -> None:
    page = open_dashboard(chromium, f"{server}/?pair=CN-KZ&scope=national&from=2021&to=2022")
    try:
        values = [y for trace in turnover_traces(page) for y in trace["y"]]
        assert 40 not in values and 18 in values  # 2023 is out, 2021 is in
    finally:
        page.context.close()


def test_png_download_is_a_real_png(dashboard: Any, tmp_path: Path) -> None:
    with dashboard.expect_download(timeout=TIMEOUT_MS) as download:
        dashboard.get_by_role("button", name="Download PNG").click()
    assert download.value.suggested_filename.startswith("tradeviz_turnover_CN-KZ_national_")
    target = tmp_path / "chart.png"
    download.value.save_as(target)
    data = target.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    assert width >= 600 and height >= 300


def test_xlsx_download_opens_with_openpyxl(dashboard: Any, tmp_path: Path, bundled: Any) -> None:
    open_page(dashboard, "Facts")
    with dashboard.expect_download(timeout=TIMEOUT_MS) as download:
        dashboard.get_by_role("button", name="Download XLSX").click()
    assert download.value.suggested_filename.endswith(".xlsx")
    target = tmp_path / "facts.xlsx"
    download.value.save_as(target)
    rows = list(openpyxl.load_workbook(io.BytesIO(target.read_bytes())).active.iter_rows(values_only=True))
    assert list(rows[0]) == list(COLUMNS)
    national_cn_kz = bundled.facts[(bundled.facts["parties"] == "CN-KZ") & bundled.facts["region"].isna()]
    assert len(rows) - 1 == len(national_cn_kz)


def test_a_screenshot_of_the_page(dashboard: Any, tmp_path: Path) -> None:
    dashboard.wait_for_timeout(500)  # let the chart finish its transition
    shot = dashboard.screenshot(path=str(tmp_path / "dashboard.png"))
    assert shot[:8] == b"\x89PNG\r\n\x1a\n"


def test_selecting_a_fact_opens_its_article_with_the_quote_marked(dashboard: Any) -> None:
    open_page(dashboard, "Facts")
    grid = dashboard.locator('[data-testid="stDataFrame"]:visible').first
    box = grid.bounding_box()
    row_height = 35  # Streamlit's default header and row height
    dashboard.mouse.click(box["x"] + 18, box["y"] + row_height + row_height / 2)  # the first row's checkbox
    focus = dashboard.locator(".tradeviz-article mark.focus")
    focus.wait_for(timeout=TIMEOUT_MS)
    assert focus.inner_text().strip()
    tags = dashboard.locator(".tradeviz-article *").evaluate_all("elements => elements.map(e => e.tagName)")
    assert set(tags) == {"MARK"}  # the article's own text never becomes elements


POINT_JS = """([selector, target]) => {
    const gd = document.querySelector(selector);
    const layout = gd._fullLayout, box = gd.getBoundingClientRect();
    for (const trace of gd._fullData) {
        const meta = Array.isArray(trace.meta) ? trace.meta[0] : trace.meta;  // a one-element list
        if (!meta || meta.role !== "reports") continue;
        for (let i = 0; i < trace.y.length; i++) {
            if (Math.abs(trace.y[i] - target) < 1e-9) {
                const x = layout.xaxis.l2p(layout.xaxis.d2l(trace.x[i])), y = layout.yaxis.l2p(trace.y[i]);
                return [box.left + layout._size.l + x, box.top + layout._size.t + y, trace.name];
            }
        }
    }
    return null;
}"""


def test_the_centre_of_a_lone_report_shows_that_report(dashboard: Any, bundled: Any) -> None:
    x, y, name = dashboard.evaluate(POINT_JS, [CHART, 18])  # 2021: one report, the consensus under it
    dashboard.mouse.move(x, y)
    hover = dashboard.locator(".hoverlayer .hovertext")
    hover.first.wait_for(timeout=TIMEOUT_MS)
    text = hover.first.text_content()
    assert f"Source: {name}" in text and "Period: 2021" in text
    assert "median" not in text


def test_the_open_chart_is_in_the_link(dashboard: Any) -> None:
    dashboard.get_by_role("tab", name="Investment").click()
    dashboard.wait_for_url("**chart=Investment**", timeout=TIMEOUT_MS)
    page = open_dashboard(dashboard.context.browser, dashboard.url)
    try:
        title = page.locator(".js-plotly-plot .gtitle").first.text_content()
        assert "investment" in title
    finally:
        page.context.close()


def test_csv_downloads_have_distinct_names_and_a_bom_and_html_a_title(dashboard: Any, tmp_path: Path) -> None:
    with dashboard.expect_download(timeout=TIMEOUT_MS) as download:
        dashboard.get_by_role("button", name="Download HTML").click()
    target = tmp_path / "chart.html"
    download.value.save_as(target)
    page = target.read_text("utf-8")
    assert "<title>CN-KZ turnover vs targets, national (bn USD)</title>" in page
    assert "Exported from tradeviz on" in page and "Sources (all)" in page  # the caption
    open_page(dashboard, "Facts")
    names = []
    for label in ("Download CSV", "CSV for Russian-locale spreadsheets (;)"):
        with dashboard.expect_download(timeout=TIMEOUT_MS) as download:
            dashboard.get_by_role("button", name=label).click()
        names.append(download.value.suggested_filename)
        saved = tmp_path / names[-1]
        download.value.save_as(saved)
        assert saved.read_bytes().startswith(b"\xef\xbb\xbfarticle")
    assert len(set(names)) == 2 and all(name.endswith(".csv") for name in names)


LABELS_JS = """(selector) => {
    const gd = document.querySelector(selector);
    const plot = gd.querySelector(".nsewdrag").getBoundingClientRect();
    const boxes = Array.from(gd.querySelectorAll(".scatterlayer .textpoint text"))
        .filter((t) => t.textContent.trim())
        .map((t) => { const r = t.getBoundingClientRect();
                      return {text: t.textContent, l: r.left, r: r.right, t: r.top, b: r.bottom}; });
    const markers = Array.from(gd.querySelectorAll(".scatterlayer .points path")).map((m) => {
        const r = m.getBoundingClientRect(); return {l: r.left, r: r.right, t: r.top, b: r.bottom}; });
    return JSON.stringify({plot: {l: plot.left, r: plot.right, t: plot.top, b: plot.bottom}, boxes, markers});
}"""

CROWDED = [
    (
        "Kazinform",
        "2024-02-01",
        "По итогам 2023 года товарооборот между Казахстаном и Китаем составил около 65 млрд долларов.",
    ),
    (
        "Xinhua",
        "2024-02-02",
        "По итогам 2023 года товарооборот между Казахстаном и Китаем составил 65,7 млрд долларов.",
    ),
    ("TASS", "2023-02-01", "В 2022 году товарооборот между Казахстаном и Китаем составил 60 млрд долларов."),
    (
        "TASS",
        "2023-10-20",
        "За январь–сентябрь 2023 года товарооборот между Казахстаном и Китаем составил 58 млрд долларов.",
    ),
    ("El.kz", "2022-03-01", "В 2021 году товарооборот между Казахстаном и Китаем составил 31 млрд долларов."),
    (
        "Kazinform",
        "2024-02-03",
        "Стороны поставили цель по увеличению товарооборота между Казахстаном и Китаем до 80 млрд долларов к 2025 году.",
    ),
    (
        "Xinhua",
        "2024-02-04",
        "Стороны поставили цель по увеличению товарооборота между Казахстаном и Китаем до 82 млрд долларов к 2025 году.",
    ),
    (
        "TASS",
        "2024-02-05",
        "Стороны поставили цель по увеличению товарооборота между Казахстаном и Китаем до 100 млрд долларов к 2030 году.",
    ),
    (
        "El.kz",
        "2024-02-06",
        "Стороны поставили цель по увеличению товарооборота между Казахстаном и Китаем до 100 млрд долларов к 2030 году.",
    ),
]


@pytest.fixture(scope="module")
def crowded_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A second server over articles whose labels would collide: two reports of a year, part years,
    targets close together, one target stated twice, the last target at the edge of the years."""
    yield from serve_crowded(tmp_path_factory.mktemp("crowded"), ROOT / "dashboard.py")


def serve_crowded(folder: Path, script: Path) -> Iterator[str]:
    """`script` served over the crowded articles, written to `folder`."""
    (folder / "articles").mkdir()
    for number, (source, published, sentence) in enumerate(CROWDED):
        text = f"---\nsource: {source}\npublished: {published}\n---\n{sentence}\n"
        (folder / "articles" / f"{number}.txt").write_text(text, "utf-8")
    env = dict(os.environ)
    env["TRADEVIZ_ARTICLES"] = str(folder / "articles")
    env.pop("TRADEVIZ_CORRECTIONS", None)
    try:
        with dashboard_server(script, env=env, log=folder / "server.log") as url:
            yield url
    except ServerError as error:
        pytest.fail(str(error))


@pytest.mark.parametrize("width", [800, 1400])
def test_labels_overlap_nothing_and_stay_on_the_plot(chromium: Any, crowded_server: str, width: int) -> None:
    context = chromium.new_context(viewport={"width": width, "height": 1000})
    page = context.new_page()
    try:
        page.goto(crowded_server)
        page.wait_for_selector(CHART, timeout=TIMEOUT_MS)
        page.wait_for_timeout(1500)
        drawn = json.loads(page.evaluate(LABELS_JS, CHART))
        boxes, plot = drawn["boxes"], drawn["plot"]
        assert len(boxes) >= 5, boxes  # most labels are shown
        texts = [box["text"] for box in boxes]
        assert any("target 100 by 2030" in text for text in texts)  # the last target, not clipped
        for box in boxes:
            assert plot["l"] - 1 <= box["l"] and box["r"] <= plot["r"] + 1, box
            assert plot["t"] - 1 <= box["t"] and box["b"] <= plot["b"] + 1, box
        for a, b in itertools.combinations(boxes, 2):
            assert not (
                a["l"] < b["r"] - 1 and b["l"] < a["r"] - 1 and a["t"] < b["b"] - 1 and b["t"] < a["b"] - 1
            ), (a, b)
        for box in boxes:
            for m in drawn["markers"]:
                inside = (
                    box["l"] < m["r"] - 1
                    and m["l"] < box["r"] - 1
                    and box["t"] < m["b"] - 1
                    and m["t"] < box["b"] - 1
                )
                assert not inside, (box, m)
        page.screenshot(
            path=str(ROOT / "docs" / f"crowded-{width}.png") if os.environ.get("TRADEVIZ_SHOTS") else None
        )
    finally:
        context.close()


SUMMARISING = """import runpy
from tradeviz import chart_spread
chart_spread.SPREAD_LIMIT = 3  # the crowded articles' 8 reports and 4 targets are then 'too many'
chart_spread.TARGET_LIMIT = 2
runpy.run_path({dashboard!r}, run_name="__main__")
"""


@pytest.fixture(scope="module")
def summarising_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The crowded articles on a server whose limits are so low that its chart is summarised: what 50,000
    articles look like, without building them."""
    folder = tmp_path_factory.mktemp("summarising")
    script = folder / "dashboard.py"
    script.write_text(SUMMARISING.format(dashboard=str(ROOT / "dashboard.py")), "utf-8")
    yield from serve_crowded(folder, script)


SPREADS_JS = """(selector) => {
    const gd = document.querySelector(selector);
    return JSON.stringify({
        roles: gd.data.map((trace) => (trace.meta && trace.meta[0] ? trace.meta[0].role : "") || ""),
        hovers: gd.data.map((trace) => trace.hovertemplate || ""),
        notes: Array.from(gd.querySelectorAll(".annotation-text")).map((note) => note.textContent),
        points: gd.querySelectorAll(".scatterlayer .point").length,
    });
}"""


def test_a_crowded_chart_is_drawn_as_each_periods_spread(chromium: Any, summarising_server: str) -> None:
    context = chromium.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    try:
        page.goto(summarising_server)
        page.wait_for_selector(CHART, timeout=TIMEOUT_MS)
        page.wait_for_timeout(1500)
        drawn = json.loads(page.evaluate(SPREADS_JS, CHART))
        assert any("Middle half" in hover for hover in drawn["hovers"]), drawn["hovers"]
        assert any("reported figures (over 3)" in note for note in drawn["notes"]), drawn["notes"]
        # a median per period (and the consensus line's points) and a star per deadline, not a marker each
        assert 0 < drawn["points"] <= 10, drawn
        page.screenshot(
            path=str(ROOT / "docs" / "summarised.png") if os.environ.get("TRADEVIZ_SHOTS") else None
        )
    finally:
        context.close()


# --- adding articles and correcting facts (these change the server's data: keep them last) ---------------

HOSTILE = (
    "<script>window.__tradeviz_xss = 1; alert('script')</script>\n"
    "<img src=x onerror=\"window.__tradeviz_xss = 2; alert('img')\">\n"
    "[click me](javascript:alert('link')) and **bold**\n"
    "В 2015 году товарооборот Казахстана и Китая составил 10,5 млрд долларов.\n"
)


def open_add_tab(page: Any) -> None:
    open_page(page, "Add articles")
    page.get_by_label("Or paste an article's text").wait_for()


def test_uploaded_hostile_article_shows_as_text_and_runs_nothing(dashboard: Any) -> None:
    dialogs: list[str] = []
    dashboard.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    open_add_tab(dashboard)
    dashboard.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        [
            {"name": "hostile.md", "mimeType": "text/markdown", "buffer": HOSTILE.encode()},
            {"name": "empty.txt", "mimeType": "text/plain", "buffer": b""},
        ]
    )
    dashboard.get_by_text("empty.txt").first.wait_for()
    dashboard.get_by_role("button", name="Add", exact=True).click()
    warning = dashboard.locator('[data-testid="stAlertContentWarning"]')
    warning.wait_for(timeout=TIMEOUT_MS)
    assert "empty.txt" in warning.inner_text() and "is empty" in warning.inner_text()
    added = dashboard.locator('[data-testid="stAlertContentSuccess"]').inner_text()
    assert "Added 1 article" in added
    name = added.split(": ", 1)[1].split(". ", 1)[0].strip()
    open_page(dashboard, "Facts")
    picker = dashboard.get_by_label("Select a row above, or an article here")
    picker.click()
    picker.fill(name[:30])
    dashboard.get_by_role("option", name=name, exact=True).click()
    article = dashboard.locator(".tradeviz-article:visible")
    article.wait_for(timeout=TIMEOUT_MS)
    text = article.inner_text()
    assert "<script>" in text and "onerror=" in text and "[click me](javascript:" in text
    tags = article.locator("*").evaluate_all("elements => elements.map(e => e.tagName)")
    assert set(tags) <= {"MARK"}
    assert dashboard.locator("a[href^='javascript']").count() == 0
    dashboard.wait_for_timeout(300)
    assert dashboard.evaluate("() => window.__tradeviz_xss") is None
    assert dialogs == []


def test_two_pages_adding_at_once_both_succeed(chromium: Any, server: str, workspace: Path) -> None:
    texts = [
        f"В {year} году товарооборот Казахстана и Китая составил {amount} млрд долларов.\n"
        for year, amount in ((2016, 13.1), (2017, 18.2))
    ]
    pages = [open_dashboard(chromium, server) for _text in texts]
    try:
        for page, text in zip(pages, texts, strict=True):
            open_add_tab(page)
            page.get_by_label("Or paste an article's text").fill(text)
        buttons = [page.get_by_role("button", name="Add", exact=True) for page in pages]
        for button in buttons:
            button.click(no_wait_after=True)
        for page in pages:
            page.locator('[data-testid="stAlertContentSuccess"]').wait_for(timeout=TIMEOUT_MS)
            assert page.locator('[data-testid="stAlertContentWarning"]').count() == 0
    finally:
        for page in pages:
            page.context.close()
    bodies = [path.read_text("utf-8") for path in (workspace / "articles").glob("*.txt")]
    for text in texts:
        assert sum(body.endswith(text) for body in bodies) == 1


def test_rejecting_a_fact_in_the_table_takes_it_off_the_chart(dashboard: Any, workspace: Path) -> None:
    before = snapshot(dashboard)
    open_page(dashboard, "Facts")
    grid = dashboard.locator('[data-testid="stDataFrame"]:visible').first
    box = grid.bounding_box()
    dashboard.mouse.click(box["x"] + 18, box["y"] + 35 + 35 / 2)  # the first row's checkbox
    dashboard.get_by_text("Correct this fact").wait_for(timeout=TIMEOUT_MS)
    dashboard.get_by_text("Reject", exact=True).click()
    dashboard.get_by_label("Reason (required)").fill("checked against the ministry's figure")
    dashboard.get_by_role("button", name="Save", exact=True).click()
    dashboard.get_by_text("The fact was rejected").wait_for(timeout=TIMEOUT_MS)
    open_page(dashboard, "Charts")
    wait_for_change(dashboard, before)
    saved = (workspace / "corrections.jsonl").read_text("utf-8")
    assert '"action": "reject"' in saved and "ministry" in saved


HOSTILE_SOURCE = '<a href="http://evil.example/">Evil</a><img src=x onerror="window.__tradeviz_xss=3">'


def test_a_source_named_as_markup_is_text_in_the_chart_and_its_exports(
    dashboard: Any, tmp_path: Path
) -> None:
    open_add_tab(dashboard)
    text = f"---\nsource: {HOSTILE_SOURCE}\n---\nВ 2019 году товарооборот Казахстана и Китая составил 12 млрд долларов.\n"
    dashboard.get_by_label("Or paste an article's text").fill(text)
    dashboard.get_by_role("button", name="Add", exact=True).click()
    dashboard.locator('[data-testid="stAlertContentSuccess"]').wait_for(timeout=TIMEOUT_MS)
    open_page(dashboard, "Charts")
    dashboard.wait_for_function(
        "(s) => Array.from(document.querySelectorAll(s + ' .legendtext')).some(t => t.textContent.includes('Evil'))",
        arg=CHART,
        timeout=TIMEOUT_MS,
    )
    chart = dashboard.locator(CHART)
    assert chart.locator("a").count() == 0 and chart.locator("img").count() == 0
    legend = " ".join(chart.locator(".legendtext").all_text_contents())
    assert '<a href="http://evil.example/">Evil</a>' in legend
    assert dashboard.evaluate("() => window.__tradeviz_xss") is None
    with dashboard.expect_download(timeout=TIMEOUT_MS) as download:
        dashboard.get_by_role("button", name="Download SVG").click()
    svg = tmp_path / "chart.svg"
    download.value.save_as(svg)
    drawn = svg.read_text("utf-8")
    assert "<a " not in drawn and "<img" not in drawn  # no element made of the name
    assert "&#60;a href=" in drawn or "&lt;a href=" in drawn  # the name as text
