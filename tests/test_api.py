"""The notebook API: what `analysis`, `analysis.charts` and `analysis.external` declare."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import analysis
from analysis import charts, external

ROOT = Path(__file__).resolve().parents[1]

# A snapshot: changing the public API is a decision, made here on purpose.
ANALYSIS_API = [
    "Figure", "Period", "article_check", "article_headline", "article_table", "build",
    "busiest_month", "casualty_shares", "casualty_title", "check_article", "check_article_file",
    "cite", "claims_by", "current_estimates", "deployment_title", "describe_figure",
    "explain_figure", "explain_period", "extract_figures", "find_claimants", "flagged_rows",
    "headline_sources", "latest_by_claimant", "latest_by_claimant_metric", "load_claim_groups",
    "load_claims", "load_review_queue", "monthly_counts", "parse_figure", "parse_figures",
    "parse_period", "parse_periods", "proposed_ledger_rows", "record", "review_counts",
    "select_claims", "select_statements", "show_flagged", "show_sources", "show_table",
]
CHARTS_API = [
    "claimant_sources", "claims_over_time", "comparison_bars", "cumulative_chart",
    "daily_chart", "daily_title", "house_style", "monthly_chart", "monthly_title", "publish",
    "ratio_chart",
    "render_png", "render_svg", "statements_over_time",
]
EXTERNAL_API = [
    "GENERAL_STAFF", "LABELS", "ORYX", "busiest_unflagged_month", "credits", "latest_comparison",
    "load_changes",
    "load_comparison", "load_corrections", "load_daily", "load_losses", "load_totals",
    "mapping_table", "select", "select_comparison", "short_label", "source_files",
    "summarise_changes", "totals_by",
]
NOTEBOOK_MODULES = {"analysis", "analysis.charts", "analysis.external"}


@pytest.mark.parametrize(("module", "expected"), [
    (analysis, ANALYSIS_API), (charts, CHARTS_API), (external, EXTERNAL_API)],
    ids=["analysis", "charts", "external"])
def test_the_declared_api_is_the_snapshot_and_every_name_loads(module, expected):
    assert module.__all__ == expected
    for name in expected:
        assert getattr(module, name) is not None, name
    assert set(expected) <= set(dir(module))


def test_import_analysis_loads_no_heavy_module():
    code = ("import sys, analysis; heavy = [m for m in ('pandas', 'matplotlib', 'pandera') "
            "if m in sys.modules]; print(heavy)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"


def _notebook_imports(path: Path) -> set[str]:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    code = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    found = set(re.findall(r"^\s*import (analysis[\w.]*)", code, flags=re.M))
    for module, names in re.findall(r"^\s*from (analysis[\w.]*) import ([\w, ]+)", code,
                                    flags=re.M):
        found |= ({f"{module}.{n.strip()}" for n in names.split(",")} if module == "analysis"
                  else {module})
    return found


@pytest.mark.parametrize("notebook", sorted((ROOT / "notebooks").glob("*.ipynb")),
                         ids=lambda p: p.name)
def test_notebooks_import_only_the_notebook_api(notebook):
    imported = _notebook_imports(notebook)
    assert imported, "a notebook that uses no analysis API is not a claims-desk notebook"
    assert imported <= NOTEBOOK_MODULES, sorted(imported - NOTEBOOK_MODULES)


def test_the_import_check_catches_an_internal_import(tmp_path):
    notebook = tmp_path / "x.ipynb"
    notebook.write_text(json.dumps({"cells": [{"cell_type": "code", "source": [
        "import analysis\n", "from analysis.claims import statements\n"]}]}))
    assert _notebook_imports(notebook) - NOTEBOOK_MODULES == {"analysis.claims"}


@pytest.mark.parametrize(("old", "new"), sorted(analysis.MOVED_MODULES.items()))
def test_old_module_paths_still_work_and_warn(old, new):
    code = (f"import warnings; warnings.simplefilter('error', DeprecationWarning)\n"
            f"try:\n    import {old}\nexcept DeprecationWarning as w:\n    print(w)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert f"{old} moved to {new}" in done.stdout
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        module = __import__(old, fromlist=["_"])
    new_module = __import__(new, fromlist=["_"])
    public = [n for n in vars(new_module) if not n.startswith("_")]
    assert all(getattr(module, n) is getattr(new_module, n) for n in public)


def test_old_names_on_the_facades_warn_and_resolve():
    with pytest.warns(DeprecationWarning, match="analysis.external.fetch_all moved"):
        fetch_all = external.fetch_all
    from analysis.external.registry import fetch_all as real

    assert fetch_all is real
    with pytest.warns(DeprecationWarning, match="analysis.claims.build_claims moved"):
        from analysis.claims import build_claims  # noqa: F401
