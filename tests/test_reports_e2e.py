"""End to end: the runner executes real notebooks in Jupyter kernels into a temporary folder."""

import json
import os
import subprocess
import sys

import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from analysis.core import paths
from analysis.core.errors import ReportExecutionError, ReportsFailed
from analysis.publish.config import ReportSpec, load_config
from analysis.publish.report import run_report
from analysis.publish.runner import build_info, changed_inputs, run_reports

pytestmark = pytest.mark.slow

NB01 = paths.NOTEBOOKS / "01_claims_overview.ipynb"
DEPLOYMENTS = ReportSpec(
    name="deployments", notebook=NB01, title="Deployment claims",
    parameters={"metrics": ["deployed", "additional_deployed"]},
)


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    reports_dir = tmp_path_factory.mktemp("reports")
    result = run_report(DEPLOYMENTS, reports_dir)
    return reports_dir, result


def test_a_report_folder_holds_notebook_html_and_charts(published):
    reports_dir, result = published
    assert result.folder == reports_dir / "deployments"
    assert result.files == ("claims_over_time.csv", "claims_over_time.png",
                            "claims_over_time.svg", "figures.json", "report.html", "report.ipynb")
    data = (result.folder / "claims_over_time.csv").read_text().splitlines()
    assert data[0] == "month,deployed,additional_deployed"  # the chart's data, to paste
    assert sorted(p.name for p in reports_dir.iterdir()) == ["deployments"]
    png = (result.folder / "claims_over_time.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    svg = (result.folder / "claims_over_time.svg").read_text()
    assert svg.lstrip().startswith("<?xml") and "<dc:date>" not in svg


def test_the_executed_notebook_used_the_parameters_and_has_no_timestamps(published):
    _, result = published
    text = (result.folder / "report.ipynb").read_text()
    nb = nbformat.reads(text, as_version=4)
    assert nb.metadata["papermill"]["parameters"] == {
        "metrics": ["deployed", "additional_deployed"]}
    versions = nb.metadata["claims_desk"]["versions"]
    assert versions["pandas"] == pd.__version__ and versions["analysis"] == "0.1.0"
    outputs = "".join(
        "".join(o.get("text", "")) for c in nb.cells for o in c.get("outputs", []))
    # 71 deployed + 33 additional_deployed rows in the ledger, of 334.
    assert "104 of 334 claim rows selected" in outputs
    for stamp in ("start_time", "end_time", "duration", "iopub.execute_input", str(paths.ROOT)):
        assert stamp not in text


def test_the_html_has_no_code_but_the_table_and_chart(published):
    _, result = published
    html = (result.folder / "report.html").read_text()
    assert "<title>Deployment claims</title>" in html
    assert "explore.load_claims" not in html and "charts.publish" not in html
    assert "additional deployed" in html and "<table" in html  # human words, not snake_case
    assert "data:image/svg+xml;base64," in html and 'alt="Stacked bars of claims' in html
    assert "cdnjs" not in html and "<script" not in html  # self-contained
    assert "What it answers" in html
    # it ends with the sources: every article behind the figures, linked
    sources = html[html.index('<section class="claims-desk-sources">'):]
    assert '<h2 id="sources">Sources</h2>' in sources
    assert '<a href="https://instapundit.com/678503/">' in sources
    assert "</section>" in sources and "<table" not in sources


def test_figures_json_lists_each_figure_with_its_claims(published):
    _, result = published
    figures = json.loads((result.folder / "figures.json").read_text())
    assert figures["report"] == "deployments"
    by_name = {f["name"]: f for f in figures["figures"]}
    assert by_name["claim_rows"]["value"] == 104
    ids = [s["id"] for s in by_name["claim_rows"]["sources"]]
    assert len(ids) == 104 and ids == sorted(ids) and "d001" in ids
    d001 = next(s for s in by_name["claim_rows"]["sources"] if s["id"] == "d001")
    assert d001["url"] == "https://instapundit.com/678503/"


def test_rerunning_a_report_gives_identical_bytes(published, tmp_path):
    _, first = published
    again = run_report(DEPLOYMENTS, tmp_path)
    for name in first.files:
        assert (again.folder / name).read_bytes() == (first.folder / name).read_bytes(), name


def failing_notebook(folder):
    nb = new_notebook(cells=[
        new_markdown_cell("# Fails on purpose"),
        new_code_cell("divisor = 0", metadata={"tags": ["parameters"]}),
        new_code_cell("ratio = 1 / divisor"),
    ], metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                "language": "python"}})
    path = folder / "fails.ipynb"
    nbformat.write(nb, path)
    return path


def test_a_failing_report_names_the_cell_and_keeps_the_last_good_one(tmp_path):
    notebook = failing_notebook(tmp_path)
    reports_dir = tmp_path / "reports"
    good = ReportSpec(name="r", notebook=notebook, title="t", parameters={"divisor": 2})
    run_report(good, reports_dir)
    before = (reports_dir / "r" / "report.ipynb").read_bytes()
    bad = ReportSpec(name="r", notebook=notebook, title="t", parameters={"divisor": 0})
    with pytest.raises(ReportExecutionError) as caught:
        run_report(bad, reports_dir)
    error = caught.value
    # cells: markdown, parameters, injected parameters, the division
    assert error.cell == 4
    assert error.error == "ZeroDivisionError: division by zero"
    assert "report 'r' failed in cell 4 (In [3]: ratio = 1 / divisor)" in error.message
    assert (reports_dir / "r" / "report.ipynb").read_bytes() == before
    kept = reports_dir / "_failed" / "r" / "report.ipynb"
    assert kept.is_file() and error.file.endswith("_failed/r/report.ipynb")
    assert not list(reports_dir.glob(".tmp-*"))


def test_other_reports_still_run_when_one_fails(tmp_path):
    notebook = failing_notebook(tmp_path)
    specs = [ReportSpec(name="bad", notebook=notebook, title="t", parameters={"divisor": 0}),
             ReportSpec(name="good", notebook=notebook, title="t", parameters={"divisor": 4})]
    with pytest.raises(ReportsFailed, match="report 'bad' failed") as caught:
        run_reports(specs, reports_dir=tmp_path / "out", jobs=2)
    assert [e.report for e in caught.value.errors] == ["bad"]
    assert (tmp_path / "out" / "good" / "report.ipynb").is_file()
    assert not (tmp_path / "out" / "bad").exists()


def test_unchanged_reports_are_skipped_and_changes_are_named(tmp_path):
    notebook = failing_notebook(tmp_path)
    spec = ReportSpec(name="r", notebook=notebook, title="t", parameters={"divisor": 2},
                      inputs=(str(tmp_path / "input.csv"),))
    (tmp_path / "input.csv").write_text("a\n1\n")
    first = run_reports([spec], reports_dir=tmp_path / "out")
    assert [r.name for r in first.published] == ["r"]
    assert first.reasons == {"r": ["never published"]}
    built = json.loads((tmp_path / "out" / "r" / "build.json").read_text())
    assert built["inputs_sha256"] == build_info(spec)["inputs_sha256"]
    assert built["versions"]["pandas"] == pd.__version__
    assert built["files"] == ["build.json", "figures.json", "report.html", "report.ipynb"]
    again = run_reports([spec], reports_dir=tmp_path / "out")
    assert (again.published, again.skipped) == ([], ["r"])
    (tmp_path / "out" / "r" / "report.html").unlink()
    assert changed_inputs(spec, build_info(spec), tmp_path / "out") == [
        "published file(s) missing: report.html"]
    assert run_reports([spec], reports_dir=tmp_path / "out").published
    (tmp_path / "input.csv").write_text("a\n2\n")
    reasons = changed_inputs(spec, build_info(spec), tmp_path / "out")
    assert reasons == [f"{(tmp_path / 'input.csv').resolve()} changed"]
    assert run_reports([spec], reports_dir=tmp_path / "out", force=False).published
    assert run_reports([spec], reports_dir=tmp_path / "out", force=True).reasons == {
        "r": ["forced"]}


def test_a_report_that_runs_but_cannot_be_published_keeps_the_last_good_one(tmp_path):
    nb = new_notebook(cells=[
        new_code_cell("from analysis import charts\nimport matplotlib.pyplot as plt"),
        new_code_cell("charts.publish(plt.figure(), 'same')"),
        new_code_cell("charts.publish(plt.figure(), 'same')"),
    ], metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                "language": "python"}})
    nbformat.write(nb, tmp_path / "twice.ipynb")
    spec = ReportSpec(name="twice", notebook=tmp_path / "twice.ipynb", title="t")
    with pytest.raises(ReportsFailed) as caught:
        run_reports([spec], reports_dir=tmp_path / "out")
    [error] = caught.value.errors
    assert isinstance(error, ReportExecutionError)
    assert "ran but could not be published: two charts are named 'same'" in error.message
    assert (tmp_path / "out" / "_failed" / "twice" / "report.ipynb").is_file()
    assert not (tmp_path / "out" / "twice").exists()
    assert not list((tmp_path / "out").glob(".tmp-*"))
    assert (tmp_path / "out" / "index.html").is_file()  # the index is written all the same


def test_cli_reports_fails_loudly_with_one_line(tmp_path):
    root = tmp_path / "project"
    (root / "notebooks").mkdir(parents=True)
    failing_notebook(root / "notebooks")
    (root / "reports.yml").write_text(
        "reports:\n  - name: broken\n    title: t\n    notebook: notebooks/fails.ipynb\n")
    done = subprocess.run([sys.executable, "-m", "analysis", "reports"],
                          env={**os.environ, "ANALYSIS_ROOT": str(root)},
                          capture_output=True, text=True)
    assert done.returncode == 1
    last = done.stderr.strip().splitlines()[-1]
    # no parameters in reports.yml, so no injected cell: the division is cell 3
    assert last.startswith("analysis reports: error: 1 report(s) failed: "
                           "reports/_failed/broken/report.ipynb: "
                           "report 'broken' failed in cell 3 (In [2]: ratio = 1 / divisor)")
    assert last.endswith("ZeroDivisionError: division by zero")
    assert "Traceback" not in done.stderr


def test_every_shipped_report_is_published_and_up_to_date():
    specs = load_config()
    for spec in specs:
        folder = paths.REPORTS / spec.name
        assert (folder / "report.ipynb").is_file(), f"{spec.name}: run `make reports`"
        nb = json.loads((folder / "report.ipynb").read_text())
        assert nb["metadata"]["papermill"]["parameters"] == spec.parameters
        # no warnings or errors in published reports (they also carry machine paths)
        streams = [o for c in nb["cells"] for o in c.get("outputs", [])
                   if o.get("name") == "stderr" or o.get("output_type") == "error"]
        assert streams == [], f"{spec.name}: {streams[:1]}"
        assert (folder / "report.html").is_file()
        if "charts.publish" in spec.notebook.read_text():
            assert list(folder.glob("*.png")), f"{spec.name} has no chart"
        assert changed_inputs(spec, build_info(spec), paths.REPORTS) == [], (
            f"{spec.name} is stale: run `make reports` and commit reports/")
    index = (paths.REPORTS / "index.html").read_text()
    readme = (paths.REPORTS / "README.md").read_text()
    for spec in specs:
        assert f'href="{spec.name}/report.html"' in index
        assert f"]({spec.name}/report.html)" in readme
