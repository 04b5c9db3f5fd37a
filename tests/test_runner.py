from analysis.runner import recover_interrupted


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
    import analysis.runner as runner

    (tmp_path / "mod.py").write_text("x = 1\n")
    (tmp_path / "table.csv").write_text("a\n")
    for hidden in (".ipynb_checkpoints", "__pycache__"):
        (tmp_path / hidden).mkdir()
        (tmp_path / hidden / "mod-checkpoint.py").write_text("x = 2\n")
    (tmp_path / ".editor.py").write_text("")
    monkeypatch.setattr(runner, "PACKAGE_DIR", tmp_path.resolve())
    assert [p.name for p in runner.package_files()] == ["mod.py", "table.csv"]
