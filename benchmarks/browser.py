"""The dashboard as the analyst meets it: `streamlit run dashboard.py` on 127.0.0.1, driven in Debian's
Chromium by Playwright, timed in the page's own clock.

    python benchmarks/browser.py --articles /tmp/dash50k/corpus/articles --cache /tmp/dash50k/cache \
        [--code DIR[::NAME=VALUE,...] ...] [--rounds 3] [--changes 3] [--shots DIR] [--out results.json]

Each round starts a server per `--code` (a checkout: its dashboard.py and src/ are measured, with the
environment variables after `::`; alternating in that order, so old and new see the same machine) and a
browser, then measures:

- first chart, cold: the first visit after the server started (the fact cache on disk is warm, Streamlit's
  caches are not): navigation start to the chart drawn and settled;
- first chart, warm: the same for new visitors (`--visits`) once the server has the corpus in memory;
- filter changes in the last visit: the years slider's start one year on (`--changes` times, each a new
  choice) and one source taken out (as many times): the key press or click to the chart settled.

Settled: plotly.js has drawn (`plotly_afterplot`) after the input, nothing of the page is stale and nothing
arrived for QUIET_MS. Each step also records the draws it took, the bytes the server sent over the
WebSocket, the points and traces the chart holds (by trace type) and its SVG elements. Memory: the
server's resident set (its process tree; the peak polled every 50 ms), the browser's (every Chromium
process; shared pages counted once per process, an upper bound) and the page's JavaScript heap.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psutil
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # devserver.py: the browser tests' server and Chromium options

from devserver import CHART, CHROMIUM, CHROMIUM_ARGS, dashboard_server  # noqa: E402

QUIET_MS = 1000
TIMEOUT_MS = 180_000

INSTRUMENT = """(() => {
  const tv = window.__tv = {events: [], received: [], sent: [], inputs: [], stale: [], tasks: []};
  new PerformanceObserver((list) => {  // the main thread's long tasks: parsing, drawing, scripts
    for (const task of list.getEntries()) tv.tasks.push([task.startTime, task.duration]);
  }).observe({type: "longtask", buffered: true});
  const Native = window.WebSocket;  // every frame the page receives or sends, timed and sized
  const size = (d) => d.byteLength ?? d.size ?? d.length ?? 0;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (e) => tv.received.push([performance.now(), size(e.data)]));
    }
    send(data) { tv.sent.push([performance.now(), size(data)]); return super.send(data); }
  };
  // plotly.js gives each chart's div an `emit`; catching the assignment catches every event from the first,
  // and a full draw (its `_doPlot`) announces itself to `on` listeners as plotly_beforeplot
  Object.defineProperty(HTMLElement.prototype, "emit", {
    configurable: true,
    set(fn) {
      if (this.on) this.on("plotly_beforeplot", () => { tv.events.push([performance.now(), "full draw"]); });
      Object.defineProperty(this, "emit", {configurable: true, writable: true, value(name, data) {
        tv.events.push([performance.now(), name]);
        return fn.call(this, name, data);
      }});
    },
  });
  for (const kind of ["keydown", "pointerdown"]) {
    window.addEventListener(kind, () => tv.inputs.push(performance.now()), true);
  }
  let wasStale = false;
  new MutationObserver(() => {
    const stale = !!document.querySelector('[data-stale="true"]');
    if (stale !== wasStale) { tv.stale.push([performance.now(), stale]); wasStale = stale; }
  }).observe(document, {subtree: true, childList: true, attributes: true, attributeFilter: ["data-stale"]});
})();"""

CHART_JS = """(selector) => {
  const gd = document.querySelector(selector);
  if (!gd || !gd._fullData) return null;
  const types = {};
  let points = 0;
  for (const trace of gd._fullData) {
    const n = trace._length ?? (trace.x ? trace.x.length : 0);
    types[trace.type] = (types[trace.type] || 0) + n;
    points += n;
  }
  return {traces: gd._fullData.length, points, by_type: types,
          svg_elements: gd.querySelectorAll("svg *").length,
          canvases: gd.querySelectorAll("canvas").length};
}"""

NOW_JS = "() => performance.now()"
STATE_JS = """() => ({now: performance.now(), tv: window.__tv,
  stale: !!document.querySelector('[data-stale="true"]'),
  running: !!document.querySelector(
    '[data-testid="stStatusWidgetRunningIcon"], [data-testid="stStatusWidgetRunningManIcon"]')})"""


def settle(page: Any, since: float) -> dict[str, Any]:
    """Wait until the chart has drawn after `since` (page clock, ms) and the page is quiet; the timings."""
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while True:
        state = page.evaluate(STATE_JS)
        tv, now = state["tv"], state["now"]
        draws = [t for t, name in tv["events"] if name == "plotly_afterplot" and t >= since]
        full = [t for t, name in tv["events"] if name == "full draw" and t >= since]
        last = max(
            [t for t, _ in tv["received"] if t >= since] + [t for t, _ in tv["events"] if t >= since],
            default=since,
        )
        if draws and not state["stale"] and not state["running"] and now - max(last, draws[-1]) > QUIET_MS:
            break
        if time.monotonic() > deadline:
            raise TimeoutError(f"the page did not settle in {TIMEOUT_MS} ms")
        time.sleep(0.1)
    received = [(t, n) for t, n in tv["received"] if t >= since]
    sent = [t for t, _ in tv["sent"] if t >= since]
    stale_end = [t for t, stale in tv["stale"] if t >= since and not stale]
    done = max([draws[-1], *stale_end])
    return {
        "settled_ms": round(done - since, 1),
        "first_draw_ms": round(draws[0] - since, 1),
        "draws": len(draws),
        "full_draws": len(full),
        "plotly_events": sorted({name for t, name in tv["events"] if t >= since}),
        "first_send_ms": round(sent[0] - since, 1) if sent else None,
        "last_received_ms": round(received[-1][0] - since, 1) if received else None,
        "received_bytes": sum(n for _, n in received),
        "largest_message_bytes": max((n for _, n in received), default=0),
        "long_tasks_ms": [[round(t - since), round(d)] for t, d in tv["tasks"] if t >= since],
    }


def chromium_rss_mb() -> float:
    """Resident memory of every Chromium process under this one (shared pages once per process)."""
    total = 0
    for child in psutil.Process().children(recursive=True):
        with contextlib.suppress(psutil.Error):
            if "chrom" in child.name():
                total += child.memory_info().rss
    return round(total / 2**20, 1)


def tree_rss(process: psutil.Process) -> int:
    total = 0
    for one in [process, *process.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            total += one.memory_info().rss
    return total


class Peak:
    """The largest resident set of a process tree, polled in a thread while it runs."""

    def __init__(self, pid: int) -> None:
        self.process, self.peak, self._stop = psutil.Process(pid), 0, threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self._thread.start()

    def _poll(self) -> None:
        while not self._stop.wait(0.05):
            self.peak = max(self.peak, tree_rss(self.process))

    def now_mb(self) -> float:
        return round(tree_rss(self.process) / 2**20, 1)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return round(self.peak / 2**20, 1)


def js_heap_mb(page: Any) -> float:
    session = page.context.new_cdp_session(page)
    session.send("Performance.enable")
    metrics = {m["name"]: m["value"] for m in session.send("Performance.getMetrics")["metrics"]}
    session.detach()
    return round(metrics.get("JSHeapUsedSize", 0) / 2**20, 1)


def visit(browser: Any, url: str) -> tuple[Any, dict[str, Any]]:
    """A new visitor: a fresh context (no browser cache), the page opened and settled."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.add_init_script(INSTRUMENT)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.goto(url)
    page.wait_for_selector(CHART, timeout=TIMEOUT_MS)
    timing = settle(page, 0.0)  # the page's clock starts at its navigation
    timing["chart"] = page.evaluate(CHART_JS, CHART)
    return page, timing


def change_years(page: Any) -> dict[str, Any]:
    """The years slider's start one year on, by the keyboard (react-aria commits on each key)."""
    thumb = page.locator('[data-testid="stSlider"] input[type="range"]').first
    thumb.focus()
    since = page.evaluate(NOW_JS)
    thumb.press("ArrowRight")
    return settle(page, since)


def change_sources(page: Any) -> dict[str, Any]:
    """One source taken out of the sources' multiselect (its tag's remove button)."""
    button = page.locator('[data-testid="stMultiSelect"]').first.get_by_role("button", name="Remove").first
    if not button.count():
        button = page.get_by_role("button", name="Remove ").first
    since = page.evaluate(NOW_JS)
    button.click()
    return settle(page, since)


HOVER_POINT_JS = """(selector) => {
  const gd = document.querySelector(selector), L = gd._fullLayout, box = gd.getBoundingClientRect();
  const [x0, x1] = L.xaxis.range.map(L.xaxis.d2l);
  let best = null;
  for (const trace of gd._fullData) {
    const meta = Array.isArray(trace.meta) ? trace.meta[0] : trace.meta;
    if (!meta || meta.role !== "reports") continue;
    for (let i = 0; i < trace._length; i++) {
      const x = L.xaxis.d2l(trace.x[i]);
      if (x < x0 || x > x1) continue;
      const merged = trace.name === "Several outlets";
      if (!best || (merged && !best.merged) || (merged === best.merged && trace.y[i] > best.y)) {
        best = {merged, x, y: trace.y[i]};
      }
    }
  }
  if (!best) return null;
  return [box.left + L._size.l + L.xaxis.l2p(best.x), box.top + L._size.t + L.yaxis.l2p(best.y)];
}"""


def hover_shot(page: Any, path: Path) -> str | None:
    """Hover a report inside the axes (one of several outlets if any, the highest), take a screenshot and
    return the hover's text (the nearest point's: at 50k others may lie on top)."""
    found = page.evaluate(HOVER_POINT_JS, CHART)
    if not found:
        return None
    page.mouse.move(found[0] + 2, found[1] + 2)
    page.mouse.move(found[0], found[1])
    text = page.locator(".hoverlayer .hovertext").first
    with contextlib.suppress(Exception):
        text.wait_for(timeout=10_000)
    page.screenshot(path=str(path))
    return text.text_content() if text.count() else None


@contextlib.contextmanager
def server_for(
    code: Path, articles: Path, cache: Path, log: Path, extra: dict[str, str] | None = None
) -> Iterator[tuple[str, int]]:
    env = dict(os.environ, TRADEVIZ_ARTICLES=str(articles), TRADEVIZ_CACHE=str(cache), **(extra or {}))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(code / "src"), env.get("PYTHONPATH"))))
    with dashboard_server(code / "dashboard.py", env=env, log=log) as url:
        port = int(url.rsplit(":", 1)[1])  # the server listening there now (an earlier one may linger)
        listening = [
            c.pid
            for c in psutil.net_connections("tcp")
            if c.laddr.port == port and c.status == psutil.CONN_LISTEN
        ]
        yield url, listening[0]


def parse_code(spec: str) -> tuple[str, Path, dict[str, str]]:
    """`DIR[::NAME=VALUE,...]`: the spec itself (its label), the checkout and its environment."""
    folder, _, variables = spec.partition("::")
    extra = dict(item.split("=", 1) for item in variables.split(",") if item)
    return spec, Path(folder).resolve(), extra


def one_round(browser: Any, spec: str, args: argparse.Namespace, number: int) -> dict[str, Any]:
    label, code, extra = parse_code(spec)
    log = Path(args.work) / f"server-{code.name}-{number}.log"
    result: dict[str, Any] = {"code": label, "round": number, "load_before": os.getloadavg()}
    with server_for(code, args.articles, args.cache, log, extra) as (url, pid):
        peak = Peak(pid)
        result["server_rss_idle_mb"] = peak.now_mb()
        page, result["first_cold"] = visit(browser, url)
        result["server_rss_loaded_mb"] = peak.now_mb()
        page.context.close()
        result["first_warm"] = []
        for _visit in range(args.visits):
            page, timing = visit(browser, url)
            result["first_warm"].append(timing)
            if _visit < args.visits - 1:
                page.context.close()
        result["years"] = [change_years(page) for _ in range(args.changes)]
        result["sources"] = [change_sources(page) for _ in range(args.changes)]
        result["chart_after"] = page.evaluate(CHART_JS, CHART)
        result["js_heap_mb"] = js_heap_mb(page)
        result["browser_rss_mb"] = chromium_rss_mb()
        if args.shots:
            shots = Path(args.shots)
            shots.mkdir(parents=True, exist_ok=True)
            name = "".join(c if c.isalnum() else "-" for c in label.strip("/"))[-60:]
            page.screenshot(path=str(shots / f"{name}-page.png"), full_page=True)
            result["hover_text"] = hover_shot(page, shots / f"{name}-hover.png")
        page.context.close()
        result["server_rss_mb"] = peak.now_mb()
        result["server_rss_peak_mb"] = peak.stop()
    result["load_after"] = os.getloadavg()
    return result


def summary(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    """Per code: the samples of each figure in seconds, and their median."""
    out: dict[str, Any] = {}
    for result in rounds:
        entry: dict[str, list[float]] = out.setdefault(result["code"], {})

        def add(name: str, value: float, entry: dict[str, list[float]] = entry) -> None:
            entry.setdefault(name, []).append(round(value / 1000, 3))

        add("first_chart_cold_s", result["first_cold"]["settled_ms"])
        for timing in result["first_warm"]:
            add("first_chart_warm_s", timing["settled_ms"])
        for kind in ("years", "sources"):
            for timing in result[kind]:
                add(f"{kind}_change_s", timing["settled_ms"])
    return {
        code: {name: {"median": statistics.median(v), "samples": v} for name, v in entry.items()}
        for code, entry in out.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, required=True)
    parser.add_argument(
        "--cache", type=Path, required=True, help="a warm fact cache (tradeviz extract --cache)"
    )
    parser.add_argument(
        "--code", action="append", help="a checkout to measure, DIR[::NAME=VALUE,...] (default: this one)"
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--visits", type=int, default=2, help="new visitors on the warm server per round")
    parser.add_argument("--changes", type=int, default=3, help="changes of each filter per round")
    parser.add_argument("--shots", help="folder for screenshots of the page and of a hover (last round)")
    parser.add_argument("--work", default="/tmp/tvbrowser", help="server logs")
    parser.add_argument("--out", type=Path, help="write every sample here (JSON)")
    args = parser.parse_args()
    Path(args.work).mkdir(parents=True, exist_ok=True)
    codes = args.code or [str(ROOT)]
    rounds = []
    shots = args.shots
    with sync_playwright() as playwright:
        for number in range(args.rounds):
            for code in codes:
                args.shots = shots if number == args.rounds - 1 else None
                browser = playwright.chromium.launch(
                    executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
                )
                try:
                    rounds.append(one_round(browser, code, args, number))
                finally:
                    browser.close()
                print(json.dumps(rounds[-1]), flush=True)
    report = {"summary": summary(rounds), "rounds": rounds}
    if args.out:
        args.out.write_text(json.dumps(report, indent=1))
    print(json.dumps(report["summary"], indent=1))


if __name__ == "__main__":
    main()
