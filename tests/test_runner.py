from analysis.publish.runner import recover_interrupted


def test_an_interrupted_swap_is_repaired(tmp_path):
    # killed between "old aside" and "new in": only the old folder is left
    (tmp_path / ".old-a-123").mkdir()
    (tmp_path / ".old-a-123" / "report.ipynb").write_text("old a")
    # killed after the swap, before the old copy was deleted
    (tmp_path / "b").mkdir()
    (tmp_path / ".old-b-9").mkdir()
    (tmp_path / ".tmp-c-7").mkdir()
    assert recover_interrupted(tmp_path) == ["restored a from an interrupted run"]
    assert (tmp_path / "a" / "report.ipynb").read_text() == "old a"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]
    assert recover_interrupted(tmp_path) == []


def test_package_files_skip_caches_and_checkpoints(tmp_path, monkeypatch):
    import analysis.publish.runner as runner

    (tmp_path / "mod.py").write_text("x = 1\n")
    (tmp_path / "table.csv").write_text("a\n")
    for hidden in (".ipynb_checkpoints", "__pycache__"):
        (tmp_path / hidden).mkdir()
        (tmp_path / hidden / "mod-checkpoint.py").write_text("x = 2\n")
    (tmp_path / ".editor.py").write_text("")
    monkeypatch.setattr(runner, "PACKAGE_DIR", tmp_path.resolve())
    assert [p.name for p in runner.package_files()] == ["mod.py", "table.csv"]


def test_every_failed_report_is_named_in_one_reports_failed(tmp_path, monkeypatch):
    import pytest

    import analysis.publish.runner as runner
    from analysis.core import paths
    from analysis.core.errors import ClaimsDeskError, ReportExecutionError, ReportsFailed
    from analysis.publish.config import ReportSpec
    from analysis.publish.report import ReportResult

    notebook = paths.NOTEBOOKS / "01_claims_overview.ipynb"
    specs = [ReportSpec(name=n, notebook=notebook, title=n.title())
             for n in ("a-bad", "b-good", "c-bad", "d-good")]
    ran = []

    def fake_run(spec, reports_dir, info, check_value):
        ran.append(spec.name)
        if spec.name.endswith("bad"):
            raise ReportExecutionError(f"report {spec.name!r} failed in cell 2", report=spec.name,
                                       cell=2, error="ZeroDivisionError: division by zero",
                                       file=f"reports/_failed/{spec.name}/report.ipynb")
        folder = reports_dir / spec.name
        folder.mkdir(parents=True)
        (folder / "report.html").write_text("<html></html>")
        return ReportResult(name=spec.name, folder=folder, files=("report.html",))

    monkeypatch.setattr(runner, "_run_one", fake_run)
    events = []
    with pytest.raises(ReportsFailed) as caught:
        runner.run_reports(specs, reports_dir=tmp_path, jobs=1,
                           progress=lambda event, name, *_: events.append((event, name)))
    # every report ran; the failures come in reports.yml order, each one named
    assert ran == ["a-bad", "b-good", "c-bad", "d-good"]
    failed = caught.value
    assert isinstance(failed, ClaimsDeskError)
    assert [e.report for e in failed.errors] == ["a-bad", "c-bad"]
    assert str(failed) == ("2 report(s) failed: reports/_failed/a-bad/report.ipynb: report "
                           "'a-bad' failed in cell 2; reports/_failed/c-bad/report.ipynb: "
                           "report 'c-bad' failed in cell 2")
    assert ("fail", "a-bad") in events and ("done", "d-good") in events
    # the index was written all the same, listing what is published
    index = (tmp_path / "index.html").read_text()
    assert 'href="b-good/report.html"' in index and 'href="d-good/report.html"' in index
    assert "a-bad" not in index and "c-bad" not in index


def test_run_reports_passes_the_domain_check_to_the_parameter_check(tmp_path, monkeypatch):
    import pytest

    import analysis.publish.runner as runner
    from analysis.core import paths
    from analysis.core.errors import ReportConfigError
    from analysis.publish.config import ReportSpec

    spec = ReportSpec(name="r", notebook=paths.NOTEBOOKS / "01_claims_overview.ipynb",
                      title="t", parameters={"metrics": ["anything"]})
    monkeypatch.setattr(runner, "_run_one", lambda *a: pytest.fail("no report may run"))
    with pytest.raises(ReportConfigError, match="parameter 'metrics': refused"):
        runner.run_reports([spec], reports_dir=tmp_path,
                           check_value=lambda name, value: "refused")
    assert not (tmp_path / "r").exists()


def test_the_kernel_gets_its_environment_explicitly(tmp_path, monkeypatch):
    import os

    import papermill
    from jupyter_client.manager import KernelManager

    import analysis.publish.report as report
    from analysis.core import paths
    from analysis.publish.config import ReportSpec

    started = {}
    monkeypatch.setattr(KernelManager, "start_kernel",
                        lambda self, **kw: started.update(kw))
    monkeypatch.setattr(papermill, "execute_notebook", lambda *a, **kw: started.update(
        km=kw["km"]))
    monkeypatch.setenv("PYTHONHASHSEED", "random")
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    before = dict(os.environ)
    notebook = paths.NOTEBOOKS / "01_claims_overview.ipynb"
    report._execute(ReportSpec(name="r", notebook=notebook, title="t"), tmp_path / "out.ipynb")
    assert started["env"]["PYTHONHASHSEED"] == "0" and started["env"]["SOURCE_DATE_EPOCH"] == "0"
    assert started["env"]["PATH"] == os.environ["PATH"]
    assert started["cwd"] == str(notebook.parent)
    assert dict(os.environ) == before  # this process's environment is untouched
