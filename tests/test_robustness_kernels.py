"""Kernels that die or hang fail their report with one line (issue 18).

A cell calling ``os._exit``, a segfault, or the OOM killer used to hang ``analysis reports``
for ever; a cell that never ends held the lock for ever. Each case runs a real kernel on a
small notebook through :func:`analysis.publish.report.run_report`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from analysis.core.errors import ReportConfigError, ReportExecutionError
from analysis.publish.config import DEFAULT_CELL_TIMEOUT, ReportSpec, load_config
from analysis.publish.report import run_report


def _notebook(folder: Path, source: str, kernelspec: bool = True) -> Path:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("x = 1"), nbformat.v4.new_code_cell(source)]
    if kernelspec:
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                     "language": "python"}
    path = folder / "nb.ipynb"
    nbformat.write(nb, path)
    return path


@pytest.mark.parametrize("source", [
    "import os\nos._exit(3)",
    "import ctypes\nctypes.string_at(0)",  # a segfault
    "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)",  # as the OOM killer does
], ids=["os-exit", "segfault", "sigkill-as-oom"])
def test_a_dying_kernel_fails_its_report_with_one_line(tmp_path, source):
    spec = ReportSpec(name="dies", notebook=_notebook(tmp_path, source), title="t", timeout=60)
    reports = tmp_path / "reports"
    start = time.monotonic()
    with pytest.raises(ReportExecutionError) as caught:
        run_report(spec, reports)
    assert time.monotonic() - start < 60
    message = str(caught.value)
    assert "\n" not in message and "the kernel died" in message, message
    assert not (reports / "dies").exists()
    assert not [p for p in reports.iterdir() if p.name.startswith(".tmp-")]


def test_a_cell_over_its_timeout_fails_its_report_with_one_line(tmp_path):
    spec = ReportSpec(name="slow", notebook=_notebook(tmp_path, "import time\ntime.sleep(120)"),
                      title="t", timeout=3)
    start = time.monotonic()
    with pytest.raises(ReportExecutionError) as caught:
        run_report(spec, tmp_path / "reports")
    assert time.monotonic() - start < 60
    assert "longer than its timeout of 3 s" in str(caught.value)


def test_a_notebook_without_kernelspec_runs_on_the_project_kernel(tmp_path):
    spec = ReportSpec(name="nospec", notebook=_notebook(tmp_path, "y = x + 1", kernelspec=False),
                      title="t")
    result = run_report(spec, tmp_path / "reports")
    assert "report.ipynb" in result.files


def _config(root: Path, entry: str) -> Path:
    (root / "notebooks").mkdir(exist_ok=True)
    _notebook(root / "notebooks", "y = 2")
    path = root / "reports.yml"
    path.write_text("reports:\n  - " + entry.replace("\n", "\n    ") + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("entry", "words"), [
    ("name: r\nnotebook: /etc/passwd\ntitle: t", "outside the project"),
    ("name: r\nnotebook: ../x/notebooks/nb.ipynb\ntitle: t", "outside the project"),
    ("name: r\nnotebook: notebooks/nb.ipynb\ntitle: t\ninputs: [/etc/shadow]",
     "input '/etc/shadow' is outside the project"),
    ("name: r\nnotebook: notebooks/nb.ipynb\ntitle: t\ninputs: [data/../../x]", "outside"),
    ("name: " + "r" * 250 + "\nnotebook: notebooks/nb.ipynb\ntitle: t", "250 characters"),
    ("name: r\nnotebook: notebooks/nb.ipynb\ntitle: t\ntimeout: 0", "`timeout` must be"),
    ("name: r\nnotebook: notebooks/nb.ipynb\ntitle: t\ntimeout: '5'", "`timeout` must be"),
], ids=["absolute-notebook", "dotdot-notebook", "absolute-input", "dotdot-input",
        "250-character-name", "zero-timeout", "text-timeout"])
def test_reports_yml_paths_stay_in_the_project_and_values_are_bounded(
        tmp_path, monkeypatch, entry, words):
    from analysis.core import paths

    monkeypatch.setattr(paths, "ROOT", tmp_path)
    with pytest.raises(ReportConfigError) as caught:
        load_config(_config(tmp_path, entry))
    assert words in str(caught.value) and "\n" not in str(caught.value)


def test_the_cell_timeout_is_read_per_report_with_a_default(tmp_path, monkeypatch):
    from analysis.core import paths

    monkeypatch.setattr(paths, "ROOT", tmp_path)
    spec, = load_config(_config(tmp_path, "name: r\nnotebook: notebooks/nb.ipynb\ntitle: t"))
    assert spec.timeout == DEFAULT_CELL_TIMEOUT == 600
    spec, = load_config(_config(tmp_path, "name: r\nnotebook: notebooks/nb.ipynb\ntitle: t\n"
                                          "timeout: 30"))
    assert spec.timeout == 30


def test_a_dying_kernel_is_one_line_from_the_command_line(tmp_path):
    # a report of a notebook without kernelspec metadata runs beside it (no traceback)
    (tmp_path / "dies").mkdir()
    (tmp_path / "nospec").mkdir()
    _notebook(tmp_path / "dies", "import os\nos._exit(3)")
    _notebook(tmp_path / "nospec", "y = x + 1", kernelspec=False)
    (tmp_path / "reports.yml").write_text(
        "reports:\n  - name: dies\n    notebook: dies/nb.ipynb\n    title: t\n"
        "  - name: nospec\n    notebook: nospec/nb.ipynb\n    title: t\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "analysis", "reports", "--jobs", "1"],
                          env={**os.environ, "ANALYSIS_ROOT": str(tmp_path)},
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    # before: nbclient's own "Kernel died while waiting for execute reply." came first
    assert done.stderr.splitlines() == [
        "analysis reports: error: 1 report(s) failed: reports/_failed/dies/report.ipynb: "
        "report 'dies' failed: the kernel died (a crash, os._exit, or the system ran out of "
        "memory and killed it)"], done.stderr
    assert (tmp_path / "reports" / "nospec" / "report.html").is_file()
