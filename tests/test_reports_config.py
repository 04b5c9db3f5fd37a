"""reports.yml and parameter checks: everything that must fail before a kernel starts."""

import base64

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook, new_output

from analysis.core import paths
from analysis.core.errors import ReportConfigError
from analysis.pipeline import check_report_value
from analysis.publish.config import (
    ReportSpec,
    check_parameters,
    load_config,
    notebook_parameters,
)
from analysis.publish.provenance import CHART_MIME_KEY
from analysis.publish.report import clean_notebook, extract_charts
from analysis.publish.runner import run_reports

NB01 = paths.NOTEBOOKS / "01_claims_overview.ipynb"


def write_config(tmp_path, text):
    config = tmp_path / "reports.yml"
    config.write_text(text, encoding="utf-8")
    return config


def test_the_shipped_reports_are_valid():
    specs = load_config()
    overview = [s for s in specs if s.notebook == NB01]
    assert len(overview) >= 2
    assert len({s.name for s in specs}) == len(specs)
    for spec in specs:
        check_parameters(spec, check_value=check_report_value)


def test_notebook_01_declares_documented_parameters():
    declared = notebook_parameters(NB01)
    assert set(declared) == {"metrics", "start", "end"}
    assert declared["metrics"]["inferred_type_name"] == "list[str]"
    assert all(p["help"] for p in declared.values())


@pytest.mark.parametrize(
    ("parameters", "words"),
    [
        pytest.param({"metric": ["killed"]},
                     "unknown parameter 'metric'; valid: end, metrics, start", id="unknown-name"),
        pytest.param({"metrics": "killed"}, "parameter 'metrics' must be list", id="str-for-list"),
        pytest.param({"start": 2025}, "parameter 'start' must be str", id="int-for-str"),
    ],
)
def test_wrong_parameters_are_refused_naming_the_valid_ones(parameters, words):
    spec = ReportSpec(name="x", notebook=NB01, title="x", parameters=parameters)
    with pytest.raises(ReportConfigError) as caught:
        check_parameters(spec)
    assert words in caught.value.message
    assert caught.value.column == next(iter(parameters))


NB02 = paths.NOTEBOOKS / "02_deployments.ipynb"
NB04 = paths.NOTEBOOKS / "04_article_check.ipynb"
NB05 = paths.NOTEBOOKS / "05_general_staff.ipynb"


@pytest.mark.parametrize(
    ("notebook", "parameters", "words"),
    [
        pytest.param(NB01, {"start": "2025-02-30"}, "'2025-02-30' is not a date", id="bad-date"),
        pytest.param(NB01, {"end": "31/12/2025"}, "'31/12/2025' is not a date", id="not-iso"),
        pytest.param(NB01, {"metrics": ["dead"]}, "unknown value(s) 'dead'", id="metric"),
        pytest.param(NB02, {"claimants": ["NIS"]}, "unknown value(s) 'NIS'", id="claimant"),
        pytest.param(NB04, {"article_url": "https://example.org/x"},
                     "is not an article of the ledger", id="article-not-in-ledger"),
        pytest.param(NB05, {"category": "tank"}, "unknown value(s) 'tank'", id="gs-category"),
        pytest.param(NB01, {"start": "__import__('os').system('true')"}, "is not a date",
                     id="code-is-never-run"),
    ],
)
def test_parameter_values_are_checked_before_any_kernel(notebook, parameters, words):
    spec = ReportSpec(name="x", notebook=notebook, title="x", parameters=parameters)
    with pytest.raises(ReportConfigError) as caught:
        check_parameters(spec, check_value=check_report_value)
    assert words in caught.value.message
    assert caught.value.column == next(iter(parameters))


def test_good_parameter_values_pass():
    check_parameters(ReportSpec(name="x", notebook=NB04, title="x", parameters={
        "article_url": "https://theins.ru/en/amp/news/278689"}), check_value=check_report_value)
    check_parameters(ReportSpec(name="x", notebook=NB02, title="x", parameters={
        "claimants": ["South Korea National Intelligence Service (NIS)"], "as_of": ""}),
        check_value=check_report_value)


@pytest.mark.parametrize(
    ("notebook", "parameters"),
    [
        pytest.param(NB01, {"metrics": ["dead"]}, id="metric"),
        pytest.param(NB02, {"claimants": ["NIS"]}, id="claimant"),
        pytest.param(NB04, {"article_url": "https://example.org/x"}, id="article"),
        pytest.param(NB05, {"category": "tank"}, id="gs-category"),
    ],
)
def test_domain_values_are_checked_only_through_the_callback(notebook, parameters):
    spec = ReportSpec(name="x", notebook=notebook, title="x", parameters=parameters)
    check_parameters(spec)  # publish knows no domain: name and type are right
    seen = []

    def refuse(name, value):
        seen.append((name, value))
        return "not on the list"

    with pytest.raises(ReportConfigError) as caught:
        check_parameters(spec, check_value=refuse)
    name, value = next(iter(parameters.items()))
    assert seen == [(name, value)]
    assert caught.value.message == f"report 'x': parameter {name!r}: not on the list"
    assert caught.value.column == name
    with pytest.raises(ReportConfigError, match="unknown value|not an article"):
        check_parameters(spec, check_value=check_report_value)


def test_generic_checks_come_first_and_need_no_callback():
    def never(name, value):
        raise AssertionError("the domain check must not see a value of the wrong type")

    for parameters, words in [({"colour": "red"}, "unknown parameter 'colour'"),
                              ({"start": 2025}, "parameter 'start' must be str"),
                              ({"start": "31/12/2025"}, "is not a date in the form YYYY-MM-DD")]:
        spec = ReportSpec(name="x", notebook=NB01, title="x", parameters=parameters)
        for check in (None, never):
            with pytest.raises(ReportConfigError, match=words):
                check_parameters(spec, check_value=check)


def test_run_reports_refuses_bad_parameters_before_running_anything(tmp_path):
    good = ReportSpec(name="good", notebook=NB01, title="g", parameters={})
    bad = ReportSpec(name="bad", notebook=NB01, title="b", parameters={"colour": "red"})
    with pytest.raises(ReportConfigError, match="unknown parameter 'colour'"):
        run_reports([good, bad], reports_dir=tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_unknown_report_name_is_refused(tmp_path):
    spec = ReportSpec(name="good", notebook=NB01, title="g")
    with pytest.raises(ReportConfigError, match="unknown report.*nope; known: good"):
        run_reports([spec], reports_dir=tmp_path, only=["nope"])


@pytest.mark.parametrize(
    ("text", "words", "line"),
    [
        pytest.param("reports: [\n  - name: a\n", "not valid YAML", 2, id="bad-yaml"),
        pytest.param("other: 1\n", "top-level list `reports:`", None, id="no-reports"),
        pytest.param("reports:\n  - name: a\n    notebook: notebooks/01_claims_overview.ipynb\n",
                     "needs a text field `title`", None, id="missing-title"),
        pytest.param("reports:\n  - name: a\n    title: t\n    notebook: notebooks/nope.ipynb\n",
                     "notebook notebooks/nope.ipynb not found", None, id="missing-notebook"),
        pytest.param("reports:\n  - name: a b\n    title: t\n"
                     "    notebook: notebooks/01_claims_overview.ipynb\n",
                     "report name 'a b'", None, id="unsafe-name"),
        pytest.param("reports:\n" + "  - name: a\n    title: t\n"
                     "    notebook: notebooks/01_claims_overview.ipynb\n" * 2,
                     "appears twice", None, id="repeated-name"),
        pytest.param("reports:\n  - name: a\n    title: t\n    colour: red\n"
                     "    notebook: notebooks/01_claims_overview.ipynb\n",
                     "unknown field(s) colour", None, id="unknown-field"),
        pytest.param("reports:\n  - name: a\n    title: t\n    parameters: [1]\n"
                     "    notebook: notebooks/01_claims_overview.ipynb\n",
                     "`parameters` must be a mapping", None, id="parameters-list"),
        pytest.param("reports:\n  - name: a\n    title: t\n    inputs: data/x.csv\n"
                     "    notebook: notebooks/01_claims_overview.ipynb\n",
                     "`inputs` must be a list of globs", None, id="inputs-not-a-list"),
        pytest.param("reports:\n  - !!python/object/apply:os.system ['true']\n",
                     "not valid YAML", 2, id="yaml-code-is-not-run"),
    ],
)
def test_broken_report_lists_are_refused_clearly(tmp_path, text, words, line):
    with pytest.raises(ReportConfigError) as caught:
        load_config(write_config(tmp_path, text))
    assert words in caught.value.message
    assert caught.value.file.endswith("reports.yml")
    assert caught.value.line == line


def test_clean_notebook_removes_timestamps_and_machine_paths():
    nb = new_notebook(cells=[new_code_cell("x = 1", id="c1"),
                             new_code_cell("y = 2", id="random-123")])
    nb.cells[1].metadata["tags"] = ["injected-parameters"]
    nb.metadata["papermill"] = {
        "start_time": "2026-01-01T00:00:00", "end_time": "2026-01-01T00:00:05",
        "duration": 5.0, "environment_variables": {"HOME": "/root"},
        "input_path": str(NB01), "output_path": "/tmp/xyz/report.ipynb",
        "parameters": {"a": 1}, "version": "2.7.0",
    }
    nb.cells[0].metadata["papermill"] = {"start_time": "t", "duration": 1.0, "status": "completed"}
    nb.cells[0].metadata["execution"] = {"iopub.execute_input": "2026-01-01T00:00:01"}
    spec = ReportSpec(name="r", notebook=NB01, title="A title")
    cleaned = clean_notebook(nb, spec)
    assert cleaned.metadata["papermill"] == {
        "input_path": "notebooks/01_claims_overview.ipynb", "parameters": {"a": 1},
        "version": "2.7.0"}
    assert cleaned.metadata["title"] == "A title"
    assert cleaned.cells[0].metadata == {}
    assert cleaned.cells[1]["id"] == "injected-parameters"
    text = nbformat.writes(cleaned)
    assert "2026-01-01" not in text and "/tmp/xyz" not in text


def test_extract_charts_writes_named_png_and_svg():
    png = b"\x89PNG\r\n\x1a\nfake"
    output = new_output("display_data", data={"image/png": base64.b64encode(png).decode(),
                                              "image/svg+xml": "<svg/>"},
                        metadata={CHART_MIME_KEY: "deaths"})
    plain = new_output("display_data", data={"image/png": base64.b64encode(b"x").decode()})
    nb = new_notebook(cells=[new_code_cell("", outputs=[plain, output])])
    assert extract_charts(nb) == {"deaths.png": png, "deaths.svg": b"<svg/>"}
    nb.cells.append(new_code_cell("", outputs=[output]))
    with pytest.raises(ReportConfigError, match="two charts are named 'deaths'"):
        extract_charts(nb)
