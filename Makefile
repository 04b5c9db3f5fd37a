# claims-desk: the front door. `make reports` and `make test` are all a newcomer needs.
# Every target sets up .venv from requirements.lock first (only when the lock changed).

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
ANALYSIS := $(PY) -m analysis
JOBS   ?=

.PHONY: help setup data reports verify test lint lab lock raw-manifest clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 16

setup:  ## create .venv from requirements.lock (re-installs only when the lock changed)
	@$(PYTHON) tools/setup_venv.py $(VENV)

data: setup  ## fetch data/external/ (mirror or pinned download, sha256 checked), rebuild data/processed/
	$(ANALYSIS) fetch
	$(ANALYSIS) build

reports: data  ## build data, then run every report in reports.yml into reports/
	$(ANALYSIS) reports $(if $(JOBS),--jobs $(JOBS))

verify: setup  ## rebuild everything from data/raw in a temporary folder and compare with what is published
	$(ANALYSIS) verify --all

test: setup  ## the whole suite: lint, unit, end-to-end and notebook tests
	$(VENV)/bin/ruff check .
	$(VENV)/bin/pytest

lint: setup  ## ruff over the code and the notebooks
	$(VENV)/bin/ruff check .

lab: setup  ## JupyterLab on the project's kernel, rooted at the project (extra options: LAB_ARGS=...)
	$(VENV)/bin/jupyter lab --ServerApp.root_dir="$(CURDIR)" $(LAB_ARGS)

lock: setup  ## re-resolve requirements.lock from pyproject.toml, then environment.yml from the lock
	$(VENV)/bin/pip-compile -q --extra dev --strip-extras --allow-unsafe --no-emit-index-url \
	  --no-emit-find-links --no-header --annotation-style line -o requirements.lock pyproject.toml
	$(PY) tools/write_environment.py

raw-manifest: setup  ## record the checksums of data/raw/ on purpose after adding or correcting a raw file
	$(PY) -m analysis.manifest --write

clean:  ## remove .venv and caches (keeps data/processed and reports, which are committed)
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis build src/*.egg-info test-artifacts .analysis.lock reports/_failed
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
