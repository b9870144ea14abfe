"""The set-up's promises: the lock names only PyPI, the package imports without fcntl, the locks time out
with the caller's message, the cache folder follows the platform, and the dev server is no part of the package.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import threading
import tomllib
from pathlib import Path
from typing import Any

import pytest

from tradeviz.cache import default_cache_dir
from tradeviz.files import exclusive_lock

ROOT = Path(__file__).resolve().parent.parent
PYPI_INDEX = "https://pypi.org/simple"
PYPI_FILES = "https://files.pythonhosted.org/"


def _locked_packages() -> list[dict[str, Any]]:
    with (ROOT / "uv.lock").open("rb") as handle:
        return list(tomllib.load(handle)["package"])


def test_the_lock_installs_from_pypi_only() -> None:
    """A lock made on a machine with local indexes must still install on one that only reaches PyPI."""
    elsewhere = []
    for package in _locked_packages():
        source = package["source"]
        if source == {"editable": "."}:
            continue
        if source != {"registry": PYPI_INDEX}:
            elsewhere.append((package["name"], source))
        files = [*package.get("wheels", []), *([package["sdist"]] if "sdist" in package else [])]
        elsewhere += [(package["name"], f["url"]) for f in files if not f["url"].startswith(PYPI_FILES)]
        elsewhere += [
            (package["name"], f["url"]) for f in files if not f.get("hash", "").startswith("sha256:")
        ]
    assert elsewhere == []


def test_the_lock_holds_the_new_helpers_and_the_test_tools() -> None:
    names = {package["name"] for package in _locked_packages()}
    assert {"filelock", "platformdirs", "streamlit", "pytest", "playwright", "ruff", "mypy"} <= names


def test_the_package_imports_without_fcntl() -> None:
    """fcntl exists only on Unix: the package, its store and its corrections must import on Windows too."""
    code = (
        "import sys; sys.modules['fcntl'] = None\n"
        "import warnings; warnings.simplefilter('ignore')\n"  # filelock says it falls back to a soft lock
        "import tradeviz, tradeviz.cli, tradeviz.corrections, tradeviz.ingest.store, tradeviz.files\n"
        "print('imported')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert (result.returncode, result.stdout.strip()) == (0, "imported"), result.stderr


def test_a_held_lock_makes_another_writer_give_up_with_its_own_message(tmp_path: Path) -> None:
    lock_file = tmp_path / "sub" / ".lock"
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with exclusive_lock(lock_file, wait=5, busy=lambda: RuntimeError("unexpected")):
            holding.set()
            release.wait(30)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert holding.wait(30)
        with (
            pytest.raises(LookupError, match="busy: try later"),
            exclusive_lock(lock_file, wait=0.2, busy=lambda: LookupError("busy: try later")),
        ):
            pytest.fail("the lock was taken twice")
    finally:
        release.set()
        holder.join(30)
    with exclusive_lock(lock_file, wait=0.2, busy=lambda: LookupError("still held")):
        assert lock_file.exists()  # free again once the holder left, and the folder was made for it


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the Linux rule; platformdirs has the others"
)
@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        pytest.param(
            {"TRADEVIZ_CACHE": "{tmp}/mine", "XDG_CACHE_HOME": "{tmp}/xdg"}, "{tmp}/mine", id="explicit"
        ),
        pytest.param({"TRADEVIZ_CACHE": "", "XDG_CACHE_HOME": "{tmp}/xdg"}, "{tmp}/xdg/tradeviz", id="xdg"),
        pytest.param({"TRADEVIZ_CACHE": "", "XDG_CACHE_HOME": ""}, "{tmp}/home/.cache/tradeviz", id="home"),
    ],
)
def test_the_cache_folder_default(
    environment: dict[str, str], expected: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for name, value in environment.items():
        if value:
            monkeypatch.setenv(name, value.format(tmp=tmp_path))
        else:
            monkeypatch.delenv(name, raising=False)
    assert default_cache_dir() == Path(expected.format(tmp=tmp_path))


def test_the_dev_server_lives_with_the_browser_tests_not_in_the_package() -> None:
    assert importlib.util.find_spec("tradeviz.devserver") is None
    assert (ROOT / "tests" / "devserver.py").is_file()
