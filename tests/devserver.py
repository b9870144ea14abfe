"""The dashboard served locally for a real browser: the browser tests and scripts/screenshot.py share it
(a test helper, not part of the package: the script puts tests/ on its path).

Debian's Chromium with the launch options this machine needs (no sandbox as root, no background network),
and `streamlit run dashboard.py` on a free 127.0.0.1 port, waited for, then terminated (killed if it
lingers: Streamlit can take seconds to exit).
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
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
START_TIMEOUT = 60.0


class ServerError(RuntimeError):
    """The dashboard did not start; the message carries its log."""


def free_port() -> int:
    """A port on 127.0.0.1 nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def dashboard_server(dashboard: Path, *, env: Mapping[str, str] | None = None, log: Path) -> Iterator[str]:
    """Serve `dashboard` on a free local port and yield its URL; ServerError (with the log) if it fails."""
    port = free_port()
    command = [sys.executable, "-m", "streamlit", "run", str(dashboard), "--server.headless", "true"]
    command += ["--server.address", "127.0.0.1", "--server.port", str(port)]
    command += ["--browser.gatherUsageStats", "false"]
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as output:
        process = subprocess.Popen(
            command,
            cwd=dashboard.parent,
            env=dict(env or os.environ),
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_healthy(url, process, log)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def _wait_until_healthy(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        if process.poll() is not None:
            raise ServerError(
                f"streamlit exited with {process.returncode}:\n{log.read_text(errors='replace')}"
            )
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise ServerError(
                f"streamlit did not answer in {START_TIMEOUT:g} s:\n{log.read_text(errors='replace')}"
            )
        time.sleep(0.3)
