"""Report parameters and configuration: refused before any kernel starts, never run as code.

Each bad parameter in ``reports.yml`` is run through the real command line: one line naming
the notebook and the parameter, exit 1, and no kernel (no staging folder, no report).
YAML is loaded with ``safe_load``; parameter defaults with ``ast.literal_eval``; values are
injected by papermill as literals.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from analysis.core import paths
from analysis.core.errors import ReportConfigError
from analysis.pipeline import check_report_value
from analysis.publish.config import ReportSpec, check_parameters, load_config

HOSTILE_CODE = "__import__('os').system('touch {marker}')"


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """Notebooks, the committed processed tables and a reports.yml to fill in."""
    root = tmp_path_factory.mktemp("params") / "project"
    shutil.copytree(paths.NOTEBOOKS, root / "notebooks")
    shutil.copytree(paths.PROCESSED, root / "data" / "processed")
    shutil.copy(paths.ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


def run_reports(root: Path, entry: str) -> subprocess.CompletedProcess:
    (root / "reports.yml").write_text("reports:\n" + entry, encoding="utf-8")
    shutil.rmtree(root / "reports", ignore_errors=True)
    return subprocess.run([sys.executable, "-m", "analysis", "reports", "--jobs", "1"],
                          env={**os.environ, "ANALYSIS_ROOT": str(root)},
                          capture_output=True, text=True, timeout=120)


ENTRY = "  - name: r\n    notebook: notebooks/{nb}\n    title: t\n    parameters:\n      {params}\n"


@pytest.mark.parametrize(
    ("nb", "params", "last"),
    [
        pytest.param("01_claims_overview.ipynb", "metric: [killed]",
                     "notebooks/01_claims_overview.ipynb, column 'metric': report 'r': unknown "
                     "parameter 'metric'; valid: end, metrics, start", id="unknown-name"),
        pytest.param("01_claims_overview.ipynb", "metrics: killed",
                     "notebooks/01_claims_overview.ipynb, column 'metrics': report 'r': "
                     "parameter 'metrics' must be list (like its default [])", id="wrong-type"),
        pytest.param("01_claims_overview.ipynb", "start: 2025",
                     "notebooks/01_claims_overview.ipynb, column 'start': report 'r': "
                     "parameter 'start' must be str", id="int-for-a-date"),
        pytest.param("01_claims_overview.ipynb", "start: '2025-02-30'",
                     "notebooks/01_claims_overview.ipynb, column 'start': report 'r': parameter "
                     "'start': '2025-02-30' is not a date in the form YYYY-MM-DD",
                     id="date-does-not-parse"),
        pytest.param("01_claims_overview.ipynb", "end: 31/12/2025",
                     "parameter 'end': '31/12/2025' is not a date", id="date-not-iso"),
        pytest.param("04_article_check.ipynb", "article_url: 'https://example.org/nowhere'",
                     "notebooks/04_article_check.ipynb, column 'article_url': report 'r': "
                     "parameter 'article_url': 'https://example.org/nowhere' is not an article "
                     "of the ledger (data/processed/claims.csv)", id="article-not-in-ledger"),
        pytest.param("01_claims_overview.ipynb", f"start: \"{HOSTILE_CODE}\"",
                     "is not a date in the form YYYY-MM-DD", id="code-in-a-parameter"),
    ],
)
def test_a_bad_parameter_is_refused_before_any_kernel(tmp_path, nb, params, last):
    import yaml

    marker = tmp_path / "PWNED"
    entry = yaml.safe_load("reports:\n" + ENTRY.format(nb=nb, params=params.format(
        marker=marker)))["reports"][0]
    spec = ReportSpec(name="r", notebook=paths.NOTEBOOKS / nb, title="t",
                      parameters=entry["parameters"])
    with pytest.raises(ReportConfigError) as caught:
        check_parameters(spec, check_value=check_report_value)
    assert last in f"{caught.value}"
    assert caught.value.column == next(iter(entry["parameters"]))
    assert not marker.exists()


@pytest.mark.parametrize(
    ("nb", "params", "last"),
    [
        pytest.param("01_claims_overview.ipynb", "metric: [killed]",
                     "notebooks/01_claims_overview.ipynb, column 'metric': report 'r': unknown "
                     "parameter 'metric'; valid: end, metrics, start", id="unknown-name"),
        pytest.param("04_article_check.ipynb", "article_url: 'https://example.org/nowhere'",
                     "notebooks/04_article_check.ipynb, column 'article_url': report 'r': "
                     "parameter 'article_url': 'https://example.org/nowhere' is not an article "
                     "of the ledger (data/processed/claims.csv)", id="article-not-in-ledger"),
    ],
)
def test_cli_stops_on_a_bad_parameter_with_one_line_and_no_kernel(project, nb, params, last):
    done = run_reports(project, ENTRY.format(nb=nb, params=params))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1] == f"analysis reports: error: {last}"
    # no kernel started: nothing staged, nothing published
    assert not (project / "reports").exists() or not any((project / "reports").iterdir())


def test_yaml_tags_that_would_run_code_are_refused(tmp_path):
    marker = tmp_path / "PWNED"
    config = tmp_path / "reports.yml"
    config.write_text(f"reports:\n  - !!python/object/apply:os.system ['touch {marker}']\n",
                      encoding="utf-8")
    with pytest.raises(ReportConfigError, match="not valid YAML") as caught:
        load_config(config)
    assert caught.value.line == 2
    assert not marker.exists()


def test_a_notebook_default_is_read_never_run(tmp_path):
    marker = tmp_path / "PWNED"
    nb = new_notebook(cells=[new_code_cell(
        f"limit = {HOSTILE_CODE.format(marker=marker)}\nname: str = 'x'",
        metadata={"tags": ["parameters"]})], metadata={"kernelspec": {
            "name": "python3", "display_name": "Python 3", "language": "python"}})
    path = tmp_path / "n.ipynb"
    nbformat.write(nb, path)
    check_parameters(ReportSpec(name="n", notebook=path, title="t",
                                parameters={"limit": 3, "name": "y"}))
    with pytest.raises(ReportConfigError, match="parameter 'name' must be str"):
        check_parameters(ReportSpec(name="n", notebook=path, title="t", parameters={"name": 1}))
    assert not marker.exists()


@pytest.mark.parametrize("value", [
    "'); import os; os.system('touch x'); ('",
    '"""\nimport os\n"""',
    "\\'; raise SystemExit #",
    ["a', __import__('os'), '", "\x00\n\r"],
], ids=["close-the-quote", "triple-quotes", "backslash-quote", "list-with-control-chars"])
def test_values_are_injected_as_literals_never_as_code(value):
    import papermill.iorw
    import papermill.parameterize

    nb = papermill.iorw.load_notebook_node(str(paths.NOTEBOOKS / "01_claims_overview.ipynb"))
    out = papermill.parameterize.parameterize_notebook(nb, {"start": value, "metrics": [value]})
    injected = next(c for c in out.cells if "injected-parameters" in c.metadata.get("tags", []))
    tree = ast.parse(injected.source)
    for node in tree.body:
        assert isinstance(node, ast.Assign)
        assert ast.literal_eval(node.value) is not None  # a literal, nothing to call
    values = {node.targets[0].id: ast.literal_eval(node.value) for node in tree.body}
    assert values == {"start": value, "metrics": [value]}


@pytest.mark.parametrize("content", ['{"cells": [', "<<<<<<< HEAD\n{}\n=======\n"],
                         ids=["truncated", "merge-conflict"])
def test_a_notebook_that_cannot_be_read_stops_the_run_with_one_line(project, content):
    (project / "notebooks" / "broken.ipynb").write_text(content, encoding="utf-8")
    done = run_reports(project, "  - name: r\n    notebook: notebooks/broken.ipynb\n"
                                "    title: t\n")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith(
        "analysis reports: error: notebooks/broken.ipynb")
