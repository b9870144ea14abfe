"""Take docs/dashboard.png: the dashboard on the bundled articles, in Debian's Chromium.

    .venv/bin/python scripts/screenshot.py [--out docs/dashboard.png] [--url http://127.0.0.1:8501]

Without --url it starts `streamlit run dashboard.py` on a free local port and stops it afterwards.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # devserver.py: the browser tests' server, shared with them

from devserver import CHART, CHROMIUM, CHROMIUM_ARGS, ServerError, dashboard_server  # noqa: E402


def take(url: str, out: Path) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
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
        env = {key: value for key, value in os.environ.items() if key != "TRADEVIZ_ARTICLES"}
        log = Path(tempfile.gettempdir()) / "tradeviz-screenshot-server.log"
        try:
            with dashboard_server(ROOT / "dashboard.py", env=env, log=log) as url:
                take(url, args.out)
        except ServerError as error:
            raise SystemExit(f"screenshot: the dashboard did not start: {error}") from None
    print(f"screenshot: {args.out}")


if __name__ == "__main__":
    main()
