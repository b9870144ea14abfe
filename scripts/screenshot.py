"""Take docs/dashboard.png: the dashboard on the bundled articles, in Debian's Chromium.

    .venv/bin/python scripts/screenshot.py [--out docs/dashboard.png] [--url http://127.0.0.1:8501]

Without --url it starts `streamlit run dashboard.py` on a free local port and stops it afterwards.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
CHART = '[data-testid="stPlotlyChart"] .js-plotly-plot'


@contextlib.contextmanager
def dashboard_server() -> Iterator[str]:
    """A local `streamlit run dashboard.py`, terminated (then killed if need be) on exit."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(ROOT / "dashboard.py"),
        "--server.headless",
        "true",
    ]
    command += [
        "--server.address",
        "127.0.0.1",
        "--server.port",
        str(port),
        "--browser.gatherUsageStats",
        "false",
    ]
    env = {key: value for key, value in os.environ.items() if key != "TRADEVIZ_ARTICLES"}
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("screenshot: the dashboard did not start") from None
                time.sleep(0.3)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def take(url: str, out: Path) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1080})
        page.goto(url)
        page.wait_for_selector(CHART, timeout=60_000)
        page.wait_for_timeout(1500)  # the chart's first transition
        out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(out))
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "dashboard.png")
    parser.add_argument("--url", help="an already running dashboard (default: start one)")
    args = parser.parse_args()
    if args.url:
        take(args.url, args.out)
    else:
        with dashboard_server() as url:
            take(url, args.out)
    print(f"screenshot: {args.out}")


if __name__ == "__main__":
    main()
