# Two commands on a fresh machine with Python 3.11+ and pip:
#   make run   set up, then clean the bundled raw/ sample into clean/ (Prefect's ephemeral API)
#   make test  set up, then lint and run the test suite (installs Debian's chromium for the browser
#              tests when it is missing)
# Set-up bootstraps a pinned uv into .tools/ and installs the locked dependencies (uv.lock) into .venv/.

PYTHON ?= python3
UV_VERSION := 0.13.8
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv

export UV_PYTHON_DOWNLOADS := never
# These machines are often offline: no telemetry from Prefect's client or its temporary server.
export DO_NOT_TRACK := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false

.PHONY: setup run test lint format clean-output browser

setup: $(VENV)/.synced

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.synced: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --python $(PYTHON)
	touch $@

run: setup
	$(VENV)/bin/saring run --raw raw --out clean

test: setup lint browser
	$(VENV)/bin/python -m pytest

browser:
	.ci/ensure-chromium

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: setup
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean-output:
	rm -rf clean
