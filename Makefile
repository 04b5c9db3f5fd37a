# claims-desk: the front door. `make reports` and `make test` are all a newcomer needs.
# Every target sets up .venv from requirements.lock first (only when the lock, pyproject.toml or
# the Python changed).

# The Python that makes .venv (3.11, 3.12 or 3.13): python3, or the one picked once with
# `make PYTHON=python3.12`, which .venv remembers until `make clean`.
PYTHON ?= $(or $(shell p="$$(sed -n 's/^interpreter: //p' $(VENV)/.claims-desk-installed 2>/dev/null)"; \
            [ -x "$$p" ] && echo "$$p"),python3)
# One line, not a traceback, when $(PYTHON) is missing or too old to run tools/setup_venv.py
# (which names the versions that work when the Python is merely the wrong one).
NEED_PYTHON = $(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 6))' >/dev/null 2>&1 || \
  { echo "setup: no usable Python at '$(PYTHON)' (missing, or older than 3.6): claims-desk needs Python 3.11, 3.12 or 3.13; install one and pick it with \`make PYTHON=python3.12\`" >&2; exit 2; }
# Python writes its bytecode caches (__pycache__/, ignored by git) under make even where the
# environment sets PYTHONDONTWRITEBYTECODE, as our machines do: otherwise every process, report
# kernel and test worker compiles the project's modules and the tests from source again (the
# suite's collection took 27 s a worker instead of 15, 2026-12-07). The installed packages are
# compiled once at set-up (tools/setup_venv.py).
unexport PYTHONDONTWRITEBYTECODE
VENV   := .venv
PY     := $(VENV)/bin/python
ANALYSIS := $(PY) -m analysis
JOBS   ?=

.PHONY: help setup data reports verify test lint lab lock raw-manifest clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 16

setup:  ## create .venv from requirements.lock with uv (rebuilt only when the lock, pyproject.toml or the Python changed), then compile the figure engine (mypyc, build/compiled/) when its sources changed
	@$(NEED_PYTHON)
	@$(PYTHON) tools/setup_venv.py $(VENV)

data: setup  ## rebuild what changed in data/processed/ (fetches external data only when a stage needs it)
	@$(ANALYSIS) build

reports: data  ## build data, then run every report in reports.yml into reports/
	@$(ANALYSIS) reports $(if $(JOBS),--jobs $(JOBS))

verify: setup  ## rebuild everything from data/raw in a temporary folder and compare with what is published
	$(ANALYSIS) verify --all

test: setup  ## the whole suite: lint, unit, end-to-end and notebook tests
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/pytest

lint: setup  ## ruff over the code and the notebooks, and the import contracts
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

lab: setup  ## JupyterLab on the project's kernel, rooted at the project (extra options: LAB_ARGS=...)
	$(VENV)/bin/jupyter lab --ServerApp.root_dir="$(CURDIR)" $(LAB_ARGS)

lock:  ## re-resolve requirements.lock (Python 3.11-3.13) from pyproject.toml with uv, then environment.yml (UPGRADE="pandas" moves a pin)
	@$(NEED_PYTHON)
	@$(PYTHON) tools/setup_venv.py --lock $(foreach name,$(UPGRADE),--upgrade-package $(name))
	@$(PYTHON) tools/write_environment.py

raw-manifest: setup  ## record the checksums of data/raw/ on purpose after adding or correcting a raw file
	$(PY) -m analysis manifest --write

clean:  ## remove .venv, the compiled figure engine (build/) and caches (keeps data/processed and reports, which are committed, and uv's download cache)
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis build src/*.egg-info test-artifacts .analysis.lock reports/_failed
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
