# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PIP := $(BIN)/python -m pip --quiet --disable-pip-version-check
LOCK := requirements.lock
LOCK_VENV := .venv-lock

.PHONY: run test lint bench lock clean

# The locked versions only, each checked against its hash; then the project itself, editable.
$(STAMP): pyproject.toml $(LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --require-hashes -r $(LOCK)
	$(PIP) install --no-deps --no-build-isolation -e .
	$(BIN)/python -m pip check || { echo "Is $(LOCK) up to date with pyproject.toml? Run: make lock"; exit 1; }
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/clio-bot run

test: $(STAMP)
	$(BIN)/pytest

# Style, formatting, the layers (pyproject.toml's import-linter contracts: nothing imports upward)
# and the types (pyproject.toml's [tool.mypy]).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache
	$(BIN)/mypy

bench: $(STAMP)
	for b in benchmarks/*_bench.py; do $(BIN)/python $$b || exit 1; done

# Refresh the lock from pyproject.toml (runtime, dev and build dependencies, with hashes), keeping
# the pins that still fit; `make lock UPGRADE=1` moves every pin to the newest version allowed.
lock:
	test -x $(LOCK_VENV)/bin/pip-compile || { $(PYTHON) -m venv $(LOCK_VENV) && \
		$(LOCK_VENV)/bin/python -m pip install --quiet 'pip-tools>=7.6,<8'; }
	CUSTOM_COMPILE_COMMAND="make lock" $(LOCK_VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --all-build-deps \
		--extra dev --strip-extras --no-emit-index-url --no-emit-find-links \
		--no-emit-trusted-host $(if $(UPGRADE),--upgrade) --output-file $(LOCK) pyproject.toml

clean:
	rm -rf $(VENV) $(LOCK_VENV) build *.egg-info .pytest_cache .ruff_cache
