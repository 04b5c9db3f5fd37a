"""Reviewer verification: a full rebuild from raw data matches what is committed, and
tampering with any published number, cell or table is caught and named."""

import json
import shutil

import pytest

from analysis.core import paths
from analysis.verify import compare, rebuild

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def rebuilt():
    with rebuild(jobs=2) as root:
        yield root


@pytest.fixture
def published(tmp_path):
    """A copy of the committed outputs, free to tamper with."""
    shutil.copytree(paths.REPORTS, tmp_path / "reports")
    shutil.copytree(paths.PROCESSED, tmp_path / "data" / "processed")
    return tmp_path


def test_the_committed_outputs_are_what_raw_data_and_code_produce(rebuilt):
    result = compare(paths.ROOT, rebuilt)
    assert result.differences == [], "\n".join(result.table())
    assert result.counts["figures"] >= 30
    assert result.counts["processed files"] == len(list(paths.PROCESSED.glob("*")))
    assert result.table()[-1].startswith("verify: OK")


def test_a_changed_figure_is_caught_and_named(published, rebuilt):
    path = published / "reports" / "overview-all" / "figures.json"
    figures = json.loads(path.read_text())
    figures["figures"][0]["value"] += 1
    path.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
    diffs = compare(published, rebuilt).differences
    named = {(d.report, d.item, d.status) for d in diffs}
    assert ("overview-all", "claim_rows", "DIFFERENT value") in named
    assert ("overview-all", "figures.json", "DIFFERENT bytes") in named


def test_a_changed_cell_output_is_caught_and_named(published, rebuilt):
    path = published / "reports" / "casualties-all" / "report.ipynb"
    nb = json.loads(path.read_text())
    cell = next(i for i, c in enumerate(nb["cells"]) if c.get("outputs")
                and any("text" in o for o in c["outputs"]))
    output = next(o for o in nb["cells"][cell]["outputs"] if "text" in o)
    output["text"] = ["tampered\n"]
    path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n")
    diffs = compare(published, rebuilt).differences
    items = {(d.report, d.item) for d in diffs}
    assert ("casualties-all", f"report.ipynb cell {cell + 1}") in items
    assert any("output 1, text differs" in d.status for d in diffs)


def test_a_changed_processed_table_is_caught_and_named(published, rebuilt):
    path = published / "data" / "processed" / "claim_groups.csv"
    path.write_text(path.read_text().replace("3000", "3001", 1))
    diffs = compare(published, rebuilt).differences
    assert [(d.report, d.item, d.status) for d in diffs] == [
        ("(data)", "data/processed/claim_groups.csv", "DIFFERENT bytes")]


def test_a_missing_chart_is_caught(published, rebuilt):
    (published / "reports" / "deployments-all-claimants" / "deployments_over_time.png").unlink()
    diffs = compare(published, rebuilt).differences
    assert [(d.report, d.item, d.published) for d in diffs] == [
        ("deployments-all-claimants", "deployments_over_time.png", "(missing)")]


def test_a_stray_hidden_file_or_folder_under_reports_is_caught(published, rebuilt):
    (published / "reports" / "overview-all" / ".x.html").write_text("<img src=x>")
    (published / "reports" / "_failed").mkdir()
    diffs = compare(published, rebuilt).differences
    assert [(d.report, d.item, d.status) for d in diffs if d.report == "(reports)"] == [
        ("(reports)", "reports/_failed/", "UNEXPECTED"),
        ("(reports)", "reports/overview-all/.x.html", "UNEXPECTED")]
