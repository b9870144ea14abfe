# Two entry points, both self-installing on a fresh machine (Python 3.11+, make, PyPI):
#   make dashboard   -> the dashboard on the bundled articles (PORT=8501 unless given)
#   make test        -> lint, type check and the whole test suite (what CI runs)
# Both install exactly the versions in uv.lock (`uv sync --locked`); `make lock` refreshes the lock.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501

# uv itself, pinned, in its own small venv: the lock is read by the same uv everywhere.
UV_VERSION := 0.13.9
UV_HOME := .uv
UV := $(UV_HOME)/bin/uv
export UV_PYTHON_DOWNLOADS := never

# Two stamps: the dashboard's packages only, and those plus the test and lint tools.
APP_STAMP := $(VENV)/.installed-app
STAMP := $(VENV)/.installed
SYNC := $(UV) sync --locked --python $(PYTHON)

.PHONY: dashboard extract test lint lock bench-env chromium clean

$(UV):
	$(PYTHON) -m venv $(UV_HOME)
	$(UV_HOME)/bin/python -m pip install --quiet --disable-pip-version-check 'uv==$(UV_VERSION)'

# --inexact: test tools already in the venv stay (the dashboard never installs them itself).
$(APP_STAMP): pyproject.toml uv.lock | $(UV)
	$(SYNC) --no-default-groups --inexact
	touch $@

$(STAMP): pyproject.toml uv.lock | $(UV)
	$(SYNC) --group test
	touch $@ $(APP_STAMP)

dashboard: $(APP_STAMP)
	$(BIN)/streamlit run dashboard.py --server.port $(PORT) --browser.gatherUsageStats false

extract: $(APP_STAMP)
	$(BIN)/tradeviz extract data/articles

# Every package to its newest release within pyproject.toml's ranges; run `make test` before committing.
lock: | $(UV)
	$(UV) lock --upgrade --python $(PYTHON)

# The comparison tools of benchmarks/ (quantulum3, natasha, psutil, pyinstrument), from the lock too.
bench-env: | $(UV)
	$(SYNC) --group test --extra bench
	touch $(STAMP) $(APP_STAMP)

# Debian's Chromium drives the browser tests and kaleido's static export; never a downloaded browser.
chromium:
	@test -x /usr/bin/chromium || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; }

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: $(STAMP) chromium lint
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) $(UV_HOME) .pytest_cache .mypy_cache .ruff_cache
